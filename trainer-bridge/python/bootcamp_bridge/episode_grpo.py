"""GRPO on interactive bootcamps: multi-turn rollouts where a whole episode is one sample.

Each step starts ``prompts_per_step`` episodes (fresh seeds) and plays each ``group_size`` times: the G rollouts of
a group share the hidden state, so their outcomes compare like the G completions of one prompt. All rollouts play in
lockstep through the bridge's batch form (one request per turn for every open episode). A rollout's tokens are the
opening, then for each turn the action the policy sampled and the observation the environment answered; only the
action tokens get gradient (the observation tokens are weighted 0), and the episode's outcome (1 for a win, else 0)
is the reward, turned into group-relative advantages exactly as the single-turn trainer does
(:func:`bootcamp_bridge.grpo.group_advantages`, the same clipped objective, aggregation and KL).
"""

from __future__ import annotations

import itertools
import os
import time
from dataclasses import asdict, dataclass
from typing import Any, List, Optional, Sequence, TextIO

import torch

from .client import BridgeClient, BridgeError
from .episodes import EpisodeClient
from .grpo import GRPOConfig, GRPOTrainer, Record, Sample, group_advantages, informative_groups
from .policy import Policy, TinyPolicy

_run_ids = itertools.count(1)


@dataclass
class EpisodeGRPOConfig(GRPOConfig):
    """:class:`GRPOConfig` with ``mix`` naming ONE interactive bootcamp and ``knobs`` overriding its level's knobs.
    The supervised warm-up of the single-turn trainer needs gold answers, which episodes do not have: it is off."""
    warmup_steps: int = 0
    max_observation_chars: int = 48
    max_episode_tokens: int = 480  # a rollout that would grow past this ends, lost (the tiny model has 512 positions)


@dataclass
class Rollout:
    """One played episode as a training sample."""
    prompt: List[int]
    completion: List[int]
    weights: List[float]
    reward: float
    turns: int
    open: bool
    episode_id: str
    actions: List[str]


def play(policy: Policy, episodes: EpisodeClient, seeds: Sequence[int], group_size: int, level: Any,
         knobs: Any, max_new_tokens: int, temperature: float = 1.0, top_p: float = 1.0, greedy: bool = False,
         max_episode_tokens: int = 480) -> List[List[Rollout]]:
    """Play ``group_size`` rollouts of the episode of each seed, all at once; ``[len(seeds)][group_size]``."""
    run = f"grpo-{os.getpid()}-{next(_run_ids)}"
    resets = [{"seed": int(seed), "level": level, "knobs": dict(knobs or {}), "episode_id": f"{run}-{g}-{j}"}
              for g, seed in enumerate(seeds) for j in range(group_size)]
    rollouts: List[Rollout] = []
    for reset, opened in zip(resets, episodes.reset_many(resets)):
        if isinstance(opened, BridgeError):
            raise opened
        rollouts.append(Rollout(policy.encode_turn(opened.text, first=True), [], [], 0.0, 0, True,
                                str(reset["episode_id"]), []))
    while True:
        active = [r for r in rollouts if r.open]
        if not active:
            break
        outputs = policy.generate([r.prompt + r.completion for r in active], max_new_tokens, temperature, top_p,
                                  greedy=greedy)
        actions = [policy.decode(ids) for ids in outputs]
        replies = episodes.step_many([(r.episode_id, a) for r, a in zip(active, actions)])
        for rollout, ids, action, reply in zip(active, outputs, actions, replies):
            rollout.completion += ids
            rollout.weights += [1.0] * len(ids)
            rollout.actions.append(action)
            rollout.turns += 1
            if isinstance(reply, BridgeError):
                raise reply
            if reply.done:
                rollout.reward = float(reply.reward or 0.0)
                rollout.open = False
                continue
            seen = policy.encode_turn(reply.text, first=False)
            if len(rollout.prompt) + len(rollout.completion) + len(seen) + max_new_tokens > max_episode_tokens:
                rollout.open = False  # too long to continue: it ends here, lost; the bridge drops it when idle
                continue
            rollout.completion += seen
            rollout.weights += [0.0] * len(seen)
    return [rollouts[g * group_size:(g + 1) * group_size] for g in range(len(seeds))]


class EpisodeGRPOTrainer(GRPOTrainer):
    """The reference trainer's loop and update over multi-turn rollouts (see the module docstring)."""

    def __init__(self, config: EpisodeGRPOConfig, policy: Optional[Policy] = None,
                 client: Optional[BridgeClient] = None, out: Optional[TextIO] = None) -> None:
        if "," in config.mix or ":" in config.mix or not config.mix:
            raise ValueError(f"multi-turn training takes one interactive bootcamp id, found {config.mix!r}")
        if policy is None and not config.model:
            torch.manual_seed(config.torch_seed)
            policy = TinyPolicy(config.device, config.d_model, config.n_layers, config.n_heads,
                                max_observation_chars=config.max_observation_chars)
        super().__init__(config, policy, client, out)
        self.config: EpisodeGRPOConfig = config
        self.episodes = EpisodeClient(config.mix, self.client)
        self._seeds = itertools.count(config.seed * 1_000_003)

    def run(self) -> List[Record]:
        config = self.config
        self.client.health()
        self.log({"phase": "config", **asdict(config),
                  "parameters": sum(p.numel() for p in self.policy.module.parameters())})
        reference = self.policy.reference() if config.beta > 0 else None
        eval_seeds = [10_000_019 + i for i in range(config.eval_cases)]
        if eval_seeds:
            self.evaluate_episodes(eval_seeds, step=0)
        optimizer = torch.optim.AdamW([p for p in self.policy.module.parameters() if p.requires_grad], lr=config.lr,
                                      betas=(0.9, config.adam_beta2), weight_decay=config.weight_decay)
        for step in range(1, config.steps + 1):
            record = self.episode_step(step, optimizer, reference)
            self.history.append(record)
            self.log(record)
            if eval_seeds and config.eval_every and step % config.eval_every == 0 and step != config.steps:
                self.evaluate_episodes(eval_seeds, step)
        if eval_seeds:
            self.evaluate_episodes(eval_seeds, step=config.steps)
        if config.save_path:
            self.policy.save(config.save_path)
        return self.history

    def evaluate_episodes(self, seeds: Sequence[int], step: int) -> Record:
        """Greedy play of fixed held-out episodes: the win rate and the mean turns."""
        config = self.config
        groups = play(self.policy, self.episodes, seeds, 1, config.level, config.knobs, config.max_new_tokens,
                      greedy=True, max_episode_tokens=config.max_episode_tokens)
        played = [g[0] for g in groups]
        record = {"phase": "eval", "step": step, "episodes": len(played),
                  "win_rate": round(sum(1 for r in played if r.reward >= 1.0) / len(played), 4),
                  "reward": round(sum(r.reward for r in played) / len(played), 4),
                  "turns": round(sum(r.turns for r in played) / len(played), 2)}
        self.log(record)
        return record

    def episode_step(self, step: int, optimizer: torch.optim.Optimizer, reference: Optional[Policy]) -> Record:
        config = self.config
        G, P = config.group_size, config.prompts_per_step
        started = time.monotonic()
        kept: List[Sample] = []
        all_rewards: List[torch.Tensor] = []
        turns: List[int] = []
        groups_kept = groups_seen = 0
        sample = None
        for _ in range(config.max_gen_batches if config.drop_equal_groups else 1):
            groups = play(self.policy, self.episodes, [next(self._seeds) for _ in range(P)], G, config.level,
                          config.knobs, config.max_new_tokens, config.temperature, config.top_p,
                          max_episode_tokens=config.max_episode_tokens)
            rewards = torch.tensor([[r.reward for r in group] for group in groups])
            all_rewards.append(rewards.flatten())
            turns.extend(r.turns for group in groups for r in group)
            if sample is None:
                sample = {"actions": groups[0][0].actions, "reward": groups[0][0].reward}
            advantages = group_advantages(rewards, config.estimator, config.adv_eps)
            keep = informative_groups(rewards) if config.drop_equal_groups else torch.ones(P, dtype=torch.bool)
            groups_seen += P
            for g, group in enumerate(groups):
                if not keep[g] or groups_kept >= P:
                    continue
                groups_kept += 1
                kept.extend(Sample(r.prompt, r.completion, float(advantages[g, j]), r.weights)
                            for j, r in enumerate(group))
            if groups_kept >= P:
                break
        played = time.monotonic()
        stats = self._update(kept, optimizer, reference) if kept else {"loss": None, "kl": None, "clip_frac": None}
        rewards = torch.cat(all_rewards)
        record: Record = {
            "phase": "grpo", "step": step,
            "reward": round(rewards.mean().item(), 4),
            "win_rate": round((rewards >= 1.0).float().mean().item(), 4),
            "turns": round(sum(turns) / max(len(turns), 1), 2),
            "groups": groups_seen, "kept_groups": groups_kept, **stats,
            "play_s": round(played - started, 3), "update_s": round(time.monotonic() - played, 3),
            "step_s": round(time.monotonic() - started, 3),
        }
        if config.sample_every and step % config.sample_every == 0 and sample is not None:
            record["sample"] = sample
        return record
