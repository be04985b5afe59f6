"""A reference GRPO trainer that learns from the bridge.

Each step takes ``prompts_per_step`` cases from a background prefetcher (so the trainer does not wait on the
bridge), samples ``group_size`` completions per case, scores them all with one ``POST /v1/verify`` (which also
feeds the curriculum), turns rewards into group-relative advantages and takes a clipped policy-gradient step.
The formulas (as verl, DAPO and Dr. GRPO define them):

* advantages: ``grpo`` = (r - mean) / (std + eps) with the unbiased std (verl), ``dr_grpo`` = r - mean;
* ratio ``rho = exp(lp - lp_old)``, per-token objective ``min(rho A, clip(rho, 1 - eps_low, 1 + eps_high) A)``,
  optional dual clip for ``A < 0``;
* DAPO: clip-higher (``eps_high > eps_low``) and dropping groups whose rewards are all equal, generating up
  to ``max_gen_batches`` rounds to fill the step;
* aggregation ``token-mean`` (DAPO), ``seq-mean-token-mean`` (GRPO), ``seq-mean-token-sum`` or
  ``seq-mean-token-sum-norm`` (Dr. GRPO, divided by G * L_max with L_max = ``max_new_tokens``);
* KL ``k3 = exp(x) - x - 1`` with ``x = lp_ref - lp`` (clamped as verl does), weighted by ``beta``.

Every step writes one JSON line: step, mean reward, pass rate, kept groups, queue depth, seconds waited for
cases, loss, KL, clip fraction and timings.
"""

from __future__ import annotations

import json
import math
import queue
import random
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Sequence, TextIO, Tuple

import torch

from .client import BridgeClient, BridgeConnectionError, BridgeError, BridgeHTTPError, default_url, spec_of
from .policy import HFPolicy, Policy, TinyPolicy, completion_logprobs

Case = Dict[str, Any]
"""A case record as the bridge sends it (id, bootcamp, version, level, seed, knobs, prompt, answer_text, ...)."""
Record = Dict[str, Any]
"""One JSON line of the training log."""


@dataclass
class Rollouts:
    """One generation batch: G completions for each of P cases, flattened case-major, and their scores."""
    prompts: List[List[int]]
    completions: List[List[int]]
    texts: List[str]
    results: List[Dict[str, Any]]
    rewards: torch.Tensor  # [P, G]
    passes: torch.Tensor  # [P, G]
    gen_s: float
    verify_s: float


class Sample(NamedTuple):
    """A completion kept for the update, with its group-relative advantage. ``weights`` (one per completion token,
    1 or 0) marks the tokens that get gradient: a multi-turn episode is one completion whose observation tokens,
    written by the environment, are weighted 0; ``None`` means every token."""
    prompt: List[int]
    completion: List[int]
    advantage: float
    weights: Optional[List[float]] = None

    def tokens(self) -> float:
        return float(len(self.completion)) if self.weights is None else math.fsum(self.weights)

ESTIMATORS = ("grpo", "dr_grpo")
LOSS_AGGREGATIONS = ("token-mean", "seq-mean-token-mean", "seq-mean-token-sum", "seq-mean-token-sum-norm")


# ---- the algorithm, as pure functions ------------------------------------------------------------------------

def group_advantages(rewards: torch.Tensor, estimator: str = "grpo", eps: float = 1e-6) -> torch.Tensor:
    """``rewards`` is ``[groups, G]``; the advantage of each completion, broadcast later to its tokens.

    For ``G == 1`` the mean is taken as 0 and the std as 1 (verl's convention), so the advantage is the reward.
    """
    if estimator not in ESTIMATORS:
        raise ValueError(f"unknown advantage estimator {estimator!r}; choose one of {', '.join(ESTIMATORS)}")
    rewards = rewards.float()
    if rewards.shape[-1] == 1:
        return rewards.clone()
    centred = rewards - rewards.mean(-1, keepdim=True)
    if estimator == "dr_grpo":
        return centred
    return centred / (rewards.std(-1, unbiased=True, keepdim=True) + eps)


def informative_groups(values: torch.Tensor) -> torch.Tensor:
    """``[groups]`` booleans: True where the group's values are not all equal (DAPO dynamic sampling keeps
    only those; an all-equal group has zero advantage and contributes no policy gradient)."""
    return (values.max(-1).values - values.min(-1).values) > 0


def kl_k3(logp: torch.Tensor, ref_logp: torch.Tensor) -> torch.Tensor:
    """Schulman's k3 estimator of KL(pi || ref) per token, clamped like verl's ``low_var_kl``."""
    x = (ref_logp - logp).clamp(-20.0, 20.0)
    return (x.exp() - x - 1.0).clamp(max=10.0)


def clipped_policy_loss(logp: torch.Tensor, old_logp: torch.Tensor, advantages: torch.Tensor, eps_low: float,
                        eps_high: float, dual_clip: Optional[float] = None) -> Tuple[torch.Tensor, torch.Tensor]:
    """Per-token loss ``-min(rho A, clip(rho, 1-eps_low, 1+eps_high) A)`` (``[N, T]``) and a 0/1 tensor marking
    the tokens where the clipped term was the one taken. ``advantages`` is ``[N]``. With ``dual_clip = c`` the
    loss of tokens with ``A < 0`` is capped at ``-c A``."""
    ratio = (logp - old_logp).exp()
    adv = advantages[:, None].to(logp.dtype)
    unclipped = -adv * ratio
    clipped = -adv * ratio.clamp(1.0 - eps_low, 1.0 + eps_high)
    loss = torch.maximum(unclipped, clipped)
    was_clipped = (clipped > unclipped).float()
    if dual_clip is not None:
        if dual_clip <= 1.0:
            raise ValueError(f"the dual-clip constant must exceed 1, found {dual_clip}")
        loss = torch.where(adv < 0, torch.minimum(loss, -adv * dual_clip), loss)
    return loss, was_clipped


def aggregate(per_token: torch.Tensor, mask: torch.Tensor, mode: str, total_tokens: float, total_seqs: float,
              max_len: float) -> torch.Tensor:
    """This micro-batch's share of the batch loss. The normalisers are the whole batch's, so summing the shares
    of all micro-batches gives exactly the loss over the batch."""
    masked = per_token * mask
    if mode == "token-mean":
        return masked.sum() / max(total_tokens, 1.0)
    if mode == "seq-mean-token-mean":
        return (masked.sum(-1) / mask.sum(-1).clamp(min=1.0)).sum() / max(total_seqs, 1.0)
    if mode == "seq-mean-token-sum":
        return masked.sum() / max(total_seqs, 1.0)
    if mode == "seq-mean-token-sum-norm":
        return masked.sum() / max(total_seqs * max_len, 1.0)
    raise ValueError(f"unknown loss aggregation {mode!r}; choose one of {', '.join(LOSS_AGGREGATIONS)}")


# ---- cases in the background ---------------------------------------------------------------------------------

class CasePrefetcher:
    """A daemon thread that keeps a bounded queue of cases full, ``chunk`` cases per ``POST /v1/cases``.

    Fixed levels walk the case index from ``offset`` (deterministic for a seed); ``level="curriculum"`` lets the
    bridge choose each bootcamp's level and number the cases. Connection errors are retried with back-off; a
    4xx (bad mix, bad level) stops the thread and is raised by the next :meth:`take`.
    """

    def __init__(self, client: BridgeClient, mix: str, level: Any, seed: int, style: str = "tags",
                 capacity: int = 256, chunk: int = 64, offset: int = 0,
                 knobs: Optional[Dict[str, Any]] = None) -> None:
        if capacity < 1 or chunk < 1:
            raise ValueError("capacity and chunk must be positive")
        self.client = client
        self.mix = mix
        self.level = level
        self.seed = seed
        self.style = style
        self.chunk = chunk
        self.offset = offset
        self.knobs = dict(knobs) if knobs else None
        self.queue: "queue.Queue[Case]" = queue.Queue(maxsize=capacity)
        self.error: Optional[BaseException] = None
        self.requests = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bootcamp-case-prefetch", daemon=True)

    def start(self) -> "CasePrefetcher":
        self._thread.start()
        return self

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def depth(self) -> int:
        return self.queue.qsize()

    def take(self, n: int, timeout: float = 600.0) -> Tuple[List[Case], float]:
        """``n`` cases and the seconds spent waiting for them."""
        start = time.monotonic()
        cases: List[Case] = []
        while len(cases) < n:
            try:
                cases.append(self.queue.get(timeout=0.1))
                continue
            except queue.Empty:
                pass
            if self.error is not None:
                raise BridgeError(f"the case prefetcher stopped: {self.error}") from self.error
            if time.monotonic() - start > timeout:
                raise BridgeError(f"no cases from the bridge for {timeout:.0f} s")
        return cases, time.monotonic() - start

    def _run(self) -> None:
        delay = 0.5
        while not self._stop.is_set():
            try:
                cases = self.client.cases(self.mix, count=self.chunk, level=self.level, seed=self.seed,
                                          offset=self.offset, style=self.style, knobs=self.knobs)
            except BridgeHTTPError as e:
                self.error = e
                return
            except BridgeConnectionError:
                self._stop.wait(delay)
                delay = min(delay * 2, 30.0)
                continue
            except BaseException as e:  # surfaced to the trainer, never lost
                self.error = e
                return
            delay = 0.5
            self.requests += 1
            self.offset += len(cases)
            for case in cases:
                while not self._stop.is_set():
                    try:
                        self.queue.put(case, timeout=0.1)
                        break
                    except queue.Full:
                        continue


# ---- configuration and the training loop ---------------------------------------------------------------------

@dataclass
class GRPOConfig:
    """Defaults are the tiny-model CPU recipe the tests train with; ``scripts/train_grpo.py`` switches to
    large-model defaults (lr 1e-6, no warm-up, one update per batch) when given ``--model``."""

    # where cases come from
    bridge_url: str = field(default_factory=default_url)
    mix: str = "arithmetic"
    level: str = "1"
    knobs: Dict[str, Any] = field(default_factory=dict)  # overrides for every bootcamp of the mix (the bridge's "set")
    seed: int = 0
    style: str = "tags"
    feedback: bool = True
    # rollout
    steps: int = 80
    prompts_per_step: int = 16
    group_size: int = 8
    max_new_tokens: int = 12
    temperature: float = 1.0
    top_p: float = 1.0
    # the objective
    estimator: str = "grpo"
    adv_eps: float = 1e-6
    eps_low: float = 0.2
    eps_high: float = 0.2
    dual_clip: Optional[float] = None
    loss_agg: str = "token-mean"
    beta: float = 0.0
    drop_equal_groups: bool = False
    max_gen_batches: int = 1
    updates_per_batch: int = 4
    micro_batch: int = 256
    # optimisation
    lr: float = 5e-4
    lr_warmup_steps: int = 0
    adam_beta2: float = 0.999
    weight_decay: float = 0.0
    grad_clip: float = 1.0
    # supervised warm-up on gold answers
    warmup_steps: int = 100
    warmup_batch: int = 64
    warmup_lr: float = 3e-3
    # greedy evaluation on held-out cases (feedback off)
    eval_cases: int = 0
    eval_every: int = 0
    # prefetching; capacity 0 means 4 steps' worth, which also bounds how stale curriculum levels can get
    prefetch_capacity: int = 0
    prefetch_chunk: int = 64
    # the model: tiny (default) or a local Hugging Face path
    model: Optional[str] = None
    device: str = "cpu"
    torch_seed: int = 0
    threads: int = 0
    d_model: int = 64
    n_layers: int = 2
    n_heads: int = 4
    max_prompt_chars: int = 192
    dtype: str = "bfloat16"
    trust_remote_code: bool = False
    gradient_checkpointing: bool = False
    max_prompt_tokens: int = 1024
    # output
    log_path: Optional[str] = None
    sample_every: int = 0
    save_path: Optional[str] = None

    def check(self) -> None:
        if self.estimator not in ESTIMATORS:
            raise ValueError(f"estimator must be one of {', '.join(ESTIMATORS)}, found {self.estimator!r}")
        if self.loss_agg not in LOSS_AGGREGATIONS:
            raise ValueError(f"loss_agg must be one of {', '.join(LOSS_AGGREGATIONS)}, found {self.loss_agg!r}")
        for name in ("steps", "prompts_per_step", "group_size", "max_new_tokens", "updates_per_batch", "micro_batch",
                     "max_gen_batches"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, found {getattr(self, name)}")
        if not (0.0 <= self.eps_low < 1.0) or self.eps_high < 0.0:
            raise ValueError(f"need 0 <= eps_low < 1 and eps_high >= 0, found {self.eps_low} and {self.eps_high}")
        if self.beta < 0:
            raise ValueError(f"beta must be 0 or more, found {self.beta}")


def single_bootcamp(mix: str, ids: Sequence[str]) -> bool:
    """Whether ``mix`` names exactly one bootcamp id (a domain or glob may name many)."""
    parts = [part.split(":", 1)[0].strip() for part in mix.split(",") if part.strip()]
    return len(parts) == 1 and parts[0] in set(ids)


def build_policy(config: GRPOConfig, client: BridgeClient) -> Policy:
    if config.model:
        return HFPolicy(config.model, config.device, config.dtype, config.trust_remote_code,
                        config.gradient_checkpointing, config.max_prompt_tokens)
    # On one bootcamp the "bootcamp: " prefix is the same in every prompt: leaving it out shortens every sequence.
    prefix = not single_bootcamp(config.mix, [b["id"] for b in client.bootcamps()])
    return TinyPolicy(config.device, config.d_model, config.n_layers, config.n_heads, config.max_prompt_chars,
                      bootcamp_prefix=prefix)


class GRPOTrainer:
    def __init__(self, config: GRPOConfig, policy: Optional[Policy] = None, client: Optional[BridgeClient] = None,
                 out: Optional[TextIO] = None) -> None:
        config.check()
        self.config = config
        if config.threads:
            torch.set_num_threads(config.threads)
        torch.manual_seed(config.torch_seed)
        random.seed(config.torch_seed)
        self.client = client or BridgeClient(config.bridge_url)
        self.policy = policy if policy is not None else build_policy(config, self.client)
        self.out = out if out is not None else sys.stdout
        self.history: List[Record] = []
        self._log_file: Optional[TextIO] = None

    # -- logging

    def log(self, record: Record) -> None:
        line = json.dumps(record, separators=(",", ":"))
        self.out.write(line + "\n")
        self.out.flush()
        if self._log_file is not None:
            self._log_file.write(line + "\n")
            self._log_file.flush()

    # -- the run

    def run(self) -> List[Record]:
        config = self.config
        self.client.health()
        if config.log_path:
            self._log_file = open(config.log_path, "a", encoding="utf-8")
        capacity = config.prefetch_capacity or max(64, 4 * config.prompts_per_step * config.max_gen_batches)
        prefetcher = CasePrefetcher(self.client, config.mix, config.level, config.seed, config.style, capacity,
                                    min(config.prefetch_chunk, capacity), knobs=config.knobs).start()
        try:
            self.log({"phase": "config", **asdict(config),
                      "parameters": sum(p.numel() for p in self.policy.module.parameters())})
            if config.warmup_steps:
                self.warm_up(prefetcher)
            reference = self.policy.reference() if config.beta > 0 else None
            eval_cases = self._eval_cases()
            if eval_cases:
                self.evaluate(eval_cases, step=0)
            optimizer = torch.optim.AdamW([p for p in self.policy.module.parameters() if p.requires_grad],
                                          lr=config.lr, betas=(0.9, config.adam_beta2),
                                          weight_decay=config.weight_decay)
            # A linear ramp keeps Adam's first, poorly normalised steps from knocking the warmed-up policy over.
            schedule = torch.optim.lr_scheduler.LambdaLR(
                optimizer, lambda done: min(1.0, (done + 1) / max(1, config.lr_warmup_steps)))
            for step in range(1, config.steps + 1):
                record = self.step(step, prefetcher, optimizer, reference)
                if record["loss"] is not None:  # a step whose groups were all dropped made no update
                    schedule.step()
                self.history.append(record)
                self.log(record)
                if eval_cases and config.eval_every and step % config.eval_every == 0 and step != config.steps:
                    self.evaluate(eval_cases, step)
            if eval_cases:
                self.evaluate(eval_cases, step=config.steps)
            if config.save_path:
                self.policy.save(config.save_path)
            return self.history
        finally:
            prefetcher.close()
            if self._log_file is not None:
                self._log_file.close()
                self._log_file = None

    def warm_up(self, prefetcher: CasePrefetcher) -> None:
        """Supervised steps on gold answers (``<answer>answer_text</answer>`` then end-of-sequence), so the first
        rollouts already earn some reward."""
        config = self.config
        optimizer = torch.optim.AdamW(self.policy.module.parameters(), lr=config.warmup_lr)
        self.policy.module.train()
        started = time.monotonic()
        for step in range(1, config.warmup_steps + 1):
            cases, _ = prefetcher.take(config.warmup_batch)
            prompts = [self.policy.encode_prompt(c) for c in cases]
            targets = [self.policy.encode_target(str(c["answer_text"])) for c in cases]
            tokens = float(sum(len(t) for t in targets))
            optimizer.zero_grad(set_to_none=True)
            loss = 0.0
            for start in range(0, len(cases), config.micro_batch):
                end = start + config.micro_batch
                logp, mask = completion_logprobs(self.policy, prompts[start:end], targets[start:end])
                part = -(logp * mask).sum() / tokens
                part.backward()
                loss += float(part)
            torch.nn.utils.clip_grad_norm_(self.policy.module.parameters(), config.grad_clip)
            optimizer.step()
            if step == 1 or step % 20 == 0 or step == config.warmup_steps:
                self.log({"phase": "warmup", "step": step, "loss": round(loss, 4),
                          "seconds": round(time.monotonic() - started, 2)})

    def _eval_cases(self) -> List[Case]:
        config = self.config
        if not config.eval_cases:
            return []
        level = "easy" if str(config.level) == "curriculum" else config.level
        # A different run seed from training's, so these are fresh cases.
        return self.client.cases(config.mix, count=config.eval_cases, level=level, seed=config.seed + 7919,
                                 style=config.style)

    def evaluate(self, cases: Sequence[Case], step: int) -> Record:
        prompts = [self.policy.encode_prompt(c) for c in cases]
        completions = self.policy.generate(prompts, self.config.max_new_tokens, greedy=True)
        texts = [self.policy.decode(c) for c in completions]
        results = self.client.verify([(spec_of(c), t) for c, t in zip(cases, texts)], feedback=False)
        record = {"phase": "eval", "step": step, "cases": len(cases),
                  "reward": round(sum(r["reward"] for r in results) / len(results), 4),
                  "pass_rate": round(sum(1 for r in results if r["pass"]) / len(results), 4)}
        self.log(record)
        return record

    def _rollouts(self, cases: Sequence[Case]) -> Rollouts:
        """Sample G completions per case and score them in one request."""
        config = self.config
        G = config.group_size
        prompts = [self.policy.encode_prompt(c) for c in cases]
        repeated = [p for p in prompts for _ in range(G)]
        started = time.monotonic()
        completions = self.policy.generate(repeated, config.max_new_tokens, config.temperature, config.top_p)
        generated = time.monotonic()
        texts = [self.policy.decode(c) for c in completions]
        specs = [spec_of(c) for c in cases]
        results = self.client.verify([(specs[i // G], t) for i, t in enumerate(texts)], feedback=config.feedback)
        return Rollouts(prompts=repeated, completions=completions, texts=texts, results=results,
                        rewards=torch.tensor([float(r["reward"]) for r in results]).view(len(cases), G),
                        passes=torch.tensor([1.0 if r["pass"] else 0.0 for r in results]).view(len(cases), G),
                        gen_s=generated - started, verify_s=time.monotonic() - generated)

    def step(self, step: int, prefetcher: CasePrefetcher, optimizer: torch.optim.Optimizer,
             reference: Optional[Policy]) -> Record:
        config = self.config
        G, P = config.group_size, config.prompts_per_step
        started = time.monotonic()
        waited = gen_s = verify_s = 0.0
        all_rewards: List[torch.Tensor] = []
        all_passes: List[torch.Tensor] = []
        levels: List[int] = []
        kept: List[Sample] = []
        groups_seen = groups_kept = 0
        sample = None
        for _ in range(config.max_gen_batches if config.drop_equal_groups else 1):
            cases, wait = prefetcher.take(P)
            waited += wait
            batch = self._rollouts(cases)
            gen_s += batch.gen_s
            verify_s += batch.verify_s
            all_rewards.append(batch.rewards.flatten())
            all_passes.append(batch.passes.flatten())
            levels.extend(int(r.get("level", 0)) for r in batch.results)
            if sample is None:
                sample = {"prompt": self.policy.decode(batch.prompts[0])[-200:], "completion": batch.texts[0],
                          "reward": batch.results[0]["reward"]}
            advantages = group_advantages(batch.rewards, config.estimator, config.adv_eps)
            keep = informative_groups(batch.rewards) if config.drop_equal_groups else torch.ones(P, dtype=torch.bool)
            groups_seen += P
            for g in range(P):
                if not keep[g] or groups_kept >= P:
                    continue
                groups_kept += 1
                for j in range(g * G, (g + 1) * G):
                    kept.append(Sample(batch.prompts[j], batch.completions[j], float(advantages[g, j - g * G])))
            if groups_kept >= P:
                break
        rewards = torch.cat(all_rewards)
        passes = torch.cat(all_passes)
        update_started = time.monotonic()
        stats = self._update(kept, optimizer, reference) if kept else {"loss": None, "kl": None, "clip_frac": None}
        record = {
            "phase": "grpo", "step": step,
            "reward": round(rewards.mean().item(), 4),
            "pass_rate": round(passes.mean().item(), 4),
            "groups": groups_seen, "kept_groups": groups_kept,
            "queue_depth": prefetcher.depth(), "wait_s": round(waited, 4),
            **stats,
            "completion_len": round(sum(len(k.completion) for k in kept) / max(len(kept), 1), 2),
            "level": round(sum(levels) / max(len(levels), 1), 2),
            "gen_s": round(gen_s, 3), "verify_s": round(verify_s, 3),
            "update_s": round(time.monotonic() - update_started, 3),
            "step_s": round(time.monotonic() - started, 3),
        }
        if config.sample_every and step % config.sample_every == 0 and sample is not None:
            record["sample"] = sample
        return record

    def _update(self, kept: Sequence[Sample], optimizer: torch.optim.Optimizer,
                reference: Optional[Policy]) -> Record:
        config = self.config
        prompts = [k.prompt for k in kept]
        completions = [k.completion for k in kept]
        advantages = torch.tensor([k.advantage for k in kept], device=self.policy.device)
        total_tokens = sum(k.tokens() for k in kept)
        weighted = any(k.weights is not None for k in kept)
        total_seqs = float(len(kept))
        chunks = [range(i, min(i + config.micro_batch, len(kept))) for i in range(0, len(kept), config.micro_batch)]

        def logprobs(policy: Policy, rows: range, grad: bool) -> Tuple[torch.Tensor, torch.Tensor]:
            with torch.set_grad_enabled(grad):
                # The sampler's temperature and top-p: the ratio must compare the distribution tokens came from.
                logp, mask = completion_logprobs(policy, [prompts[i] for i in rows], [completions[i] for i in rows],
                                                 config.temperature, config.top_p)
            if weighted:
                mask = mask * token_weights([kept[i] for i in rows], mask.shape[1], mask.device)
            return logp, mask

        # With one update per batch the old policy is the current one (rho = 1 at evaluation); with several,
        # the rollout policy's log-probabilities are fixed before the first update.
        old = [logprobs(self.policy, rows, False)[0] for rows in chunks] if config.updates_per_batch > 1 else None
        ref = [logprobs(reference, rows, False)[0] for rows in chunks] if reference is not None else None
        self.policy.module.train()
        loss_sum = kl_sum = clip_sum = 0.0
        for _ in range(config.updates_per_batch):
            optimizer.zero_grad(set_to_none=True)
            loss_sum = kl_sum = clip_sum = 0.0
            for index, rows in enumerate(chunks):
                logp, mask = logprobs(self.policy, rows, True)
                old_logp = old[index] if old is not None else logp.detach()
                per_token, clipped = clipped_policy_loss(logp, old_logp, advantages[rows.start:rows.stop],
                                                         config.eps_low, config.eps_high, config.dual_clip)
                if ref is not None:
                    kl = kl_k3(logp, ref[index])
                    per_token = per_token + config.beta * kl
                    kl_sum += float((kl * mask).sum())
                loss = aggregate(per_token, mask, config.loss_agg, total_tokens, total_seqs, config.max_new_tokens)
                loss.backward()
                loss_sum += float(loss)
                clip_sum += float((clipped * mask).sum())
            torch.nn.utils.clip_grad_norm_(self.policy.module.parameters(), config.grad_clip)
            optimizer.step()
        return {"loss": round(loss_sum, 6), "kl": round(kl_sum / max(total_tokens, 1.0), 6) if ref is not None else None,
                "clip_frac": round(clip_sum / max(total_tokens, 1.0), 4)}


def token_weights(samples: Sequence[Sample], width: int, device: torch.device) -> torch.Tensor:
    """``[N, width]``: each sample's token weights (all 1 when it has none), right-padded with 0."""
    out = torch.zeros((len(samples), width), dtype=torch.float32)
    for i, sample in enumerate(samples):
        row = sample.weights if sample.weights is not None else [1.0] * len(sample.completion)
        if row:
            out[i, :len(row)] = torch.tensor(row[:width], dtype=torch.float32)
    return out.to(device)


def summarize(history: Sequence[Mapping[str, Any]], k: int) -> Dict[str, float]:
    """Mean reward of the first ``k`` and last ``k`` steps."""
    rewards = [h["reward"] for h in history]
    if not rewards:
        return {"first": math.nan, "last": math.nan}
    k = max(1, min(k, len(rewards)))
    return {"first": sum(rewards[:k]) / k, "last": sum(rewards[-k:]) / k}
