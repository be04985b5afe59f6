"""The reference GRPO trainer against a live bridge, on CPU with the tiny model.

``test_reward_rises`` is the one real training run: a short supervised warm-up on gold answers, then 80 GRPO
steps on arithmetic at level 1 with one-digit numbers (knob digits=1); the mean reward of the last 16 steps must beat that of the first 16 by 0.05.
(Measured here with torch seeds 0-5: gains of 0.15 to 0.29; about 30 s on two busy cores.)

``test_episode_win_rate_rises`` is the multi-turn run: 40 steps of 8 episodes x 8 rollouts of number-guessing over
1..8 from an untrained policy, every episode one sample with only the action tokens trained; the sampled win rate
of the last 10 steps must beat the first 10 by 0.05. (Measured here with torch seed 0: 0.062 -> 0.184, per-10-step
means 0.06 0.14 0.21 0.18; 510 s at load average 27 on two cores.)
"""

import io
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest

from tests import _bridge

try:
    import torch
except ImportError:  # pragma: no cover - depends on the machine
    torch = None

if torch is not None:
    from bootcamp_bridge.client import BridgeClient, BridgeError
    from bootcamp_bridge.grpo import CasePrefetcher, GRPOConfig, GRPOTrainer, summarize

NO_TORCH = "PyTorch is not installed (apt-get install python3-torch; run the tests with /usr/bin/python3)"

RISING_STEPS = 80
RISING_K = 16
RISING_MARGIN = 0.05
EPISODE_STEPS = 40


def tiny_config(url, **overrides):
    # GRPOConfig's defaults are the tiny CPU recipe (warm-up 100 x 64 at 3e-3; 16 prompts x 8, lr 5e-4, 4 passes)
    # one-digit sums (arithmetic's level 1 draws two-digit numbers since its version 2): learnable in 80 CPU steps
    settings = dict(bridge_url=url, mix="arithmetic", level="1", knobs={"digits": 1}, seed=0, steps=RISING_STEPS,
                    torch_seed=0, threads=1)
    settings.update(overrides)
    return GRPOConfig(**settings)


@_bridge.requires(torch is not None, NO_TORCH)
class GRPORunTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.url = _bridge.url()

    def test_reward_rises(self):
        started = time.monotonic()
        out = io.StringIO()
        history = GRPOTrainer(tiny_config(self.url, eval_cases=64), out=out).run()
        seconds = time.monotonic() - started
        curve = summarize(history, RISING_K)
        rewards = [h["reward"] for h in history]
        evals = [json.loads(line) for line in out.getvalue().splitlines() if '"phase":"eval"' in line]
        sys.stderr.write(f"\n  GRPO arithmetic@1: mean reward first {RISING_K} steps {curve['first']:.3f}, "
                         f"last {RISING_K} steps {curve['last']:.3f}; greedy pass rate {evals[0]['pass_rate']:.3f} -> "
                         f"{evals[-1]['pass_rate']:.3f}; {len(history)} steps in {seconds:.1f} s\n"
                         f"  per-10-step means: {' '.join(f'{sum(rewards[i:i + 10]) / 10:.2f}' for i in range(0, len(rewards), 10))}\n")
        self.assertEqual(len(history), RISING_STEPS)
        self.assertGreater(curve["first"], 0.0, "the warm-up should leave the policy above zero reward")
        self.assertGreaterEqual(curve["last"] - curve["first"], RISING_MARGIN,
                                f"reward did not rise: {rewards}")
        for record in history:
            for key in ("step", "reward", "pass_rate", "kept_groups", "queue_depth", "wait_s", "loss", "step_s"):
                self.assertIn(key, record)
            self.assertEqual(record["kept_groups"], 16)
        # The prefetcher keeps ahead of the trainer: after the first step its queue is almost never empty when a
        # step ends. Counted in steps, not timed, so a busy machine cannot fail it.
        empty = [h["step"] for h in history[1:] if h["queue_depth"] == 0]
        self.assertLessEqual(len(empty), len(history) // 10, f"the case queue ran dry after steps {empty}")

    def test_every_option_runs(self):
        out = io.StringIO()
        config = tiny_config(self.url, mix="arithmetic:1,gcd-lcm:1", level="curriculum", steps=3, prompts_per_step=4,
                             group_size=4, estimator="dr_grpo", loss_agg="seq-mean-token-sum-norm", beta=0.04,
                             drop_equal_groups=True, max_gen_batches=2, eps_high=0.28, dual_clip=3.0,
                             updates_per_batch=2, micro_batch=5, warmup_steps=3, warmup_batch=8, eval_cases=4,
                             sample_every=1)
        history = GRPOTrainer(config, out=out).run()
        self.assertEqual([h["step"] for h in history], [1, 2, 3])
        for record in history:
            self.assertLessEqual(record["kept_groups"], 4)
            self.assertIn(record["groups"], (4, 8))
            if record["kept_groups"]:
                self.assertGreaterEqual(record["kl"], 0.0)
            self.assertIn("completion", record["sample"])
            self.assertTrue(record["sample"]["prompt"].startswith(("arithmetic: ", "gcd-lcm: ")))
        phases = [json.loads(line)["phase"] for line in out.getvalue().splitlines()]
        self.assertEqual(phases[0], "config")
        self.assertIn("warmup", phases)
        self.assertEqual(phases.count("eval"), 2)

    def test_kl_is_zero_before_the_first_update(self):
        config = tiny_config(self.url, steps=1, warmup_steps=2, beta=0.1, updates_per_batch=1, prompts_per_step=2,
                             group_size=2)
        history = GRPOTrainer(config, out=io.StringIO()).run()
        self.assertEqual(history[0]["kl"], 0.0)

    def test_prefetcher_surfaces_bridge_errors(self):
        prefetcher = CasePrefetcher(BridgeClient(self.url), "no-such-bootcamp", 1, 0).start()
        try:
            with self.assertRaises(BridgeError) as caught:
                prefetcher.take(1, timeout=60)
            self.assertIn("no-such-bootcamp", str(caught.exception))
        finally:
            prefetcher.close()

    def test_prefetcher_fills_a_bounded_queue_in_order(self):
        prefetcher = CasePrefetcher(BridgeClient(self.url), "knapsack", 2, 5, capacity=10, chunk=4).start()
        try:
            cases, _ = prefetcher.take(6)
            deadline = time.monotonic() + 30
            while prefetcher.depth() < 10 and time.monotonic() < deadline:
                time.sleep(0.05)
            self.assertEqual(prefetcher.depth(), 10)
        finally:
            prefetcher.close()
        expected = BridgeClient(self.url).cases("knapsack", count=6, level=2, seed=5)
        self.assertEqual([c["id"] for c in cases], [c["id"] for c in expected])

    def test_command_line(self):
        script = os.path.join(_bridge.PACKAGE_ROOT, "scripts", "train_grpo.py")
        with tempfile.TemporaryDirectory() as directory:
            log = os.path.join(directory, "run.jsonl")
            saved = os.path.join(directory, "policy")
            done = subprocess.run(
                [sys.executable, script, "--bridge", self.url, "--mix", "arithmetic", "--level", "1", "--steps", "2",
                 "--warmup-steps", "2", "--prompts-per-step", "2", "--group-size", "2", "--dapo", "--log", log,
                 "--save", saved, "--device", "cpu"],
                capture_output=True, text=True, timeout=300)
            self.assertEqual(done.returncode, 0, done.stderr)
            with open(log, encoding="utf-8") as lines_file:
                lines = [json.loads(line) for line in lines_file]
            self.assertEqual([r["step"] for r in lines if r["phase"] == "grpo"], [1, 2])
            self.assertEqual(lines[0]["eps_high"], 0.28)
            self.assertTrue(lines[0]["drop_equal_groups"])
            self.assertTrue(os.path.isfile(os.path.join(saved, "tiny.pt")))
            self.assertIn("mean reward first", done.stderr)
            bad = subprocess.run([sys.executable, script, "--bridge", self.url, "--mix", "no-such-bootcamp",
                                  "--steps", "1", "--warmup-steps", "0"], capture_output=True, text=True, timeout=120)
            self.assertEqual(bad.returncode, 2)
            self.assertIn("no-such-bootcamp", bad.stderr)

    def test_episode_win_rate_rises(self):
        """The multi-turn trainer on number-guessing over 1..8 (four turns): from a policy that writes noise, the sampled
        win rate of the last 10 steps must beat the first 10 by the same margin as the single-turn run's."""
        from bootcamp_bridge.episode_grpo import EpisodeGRPOConfig, EpisodeGRPOTrainer

        started = time.monotonic()
        config = EpisodeGRPOConfig(bridge_url=self.url, mix="number-guessing", level="1", knobs={"range": 8},
                                   steps=EPISODE_STEPS, prompts_per_step=8, group_size=8, max_new_tokens=2, lr=2e-3,
                                   updates_per_batch=2, max_observation_chars=12, torch_seed=0, threads=1)
        history = EpisodeGRPOTrainer(config, out=io.StringIO()).run()
        curve = summarize(history, 10)
        rates = [h["win_rate"] for h in history]
        sys.stderr.write(f"\n  multi-turn GRPO number-guessing 1..8: win rate first 10 steps {curve['first']:.3f}, last 10 "
                         f"{curve['last']:.3f}; {len(history)} steps in {time.monotonic() - started:.1f} s\n"
                         f"  per-10-step means: {' '.join(f'{sum(rates[i:i + 10]) / 10:.2f}' for i in range(0, len(rates), 10))}\n")
        self.assertEqual(len(history), EPISODE_STEPS)
        self.assertGreaterEqual(curve["last"] - curve["first"], RISING_MARGIN, f"win rate did not rise: {rates}")
        for record in history:
            self.assertLessEqual(record["turns"], 4)
            self.assertEqual(record["kept_groups"], 8)


if __name__ == "__main__":
    unittest.main()
