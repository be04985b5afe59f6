#!/usr/bin/env python3
"""Train a policy with GRPO on cases from a running `bootcamp serve` bridge.

Tiny character model on CPU (no download, a minute or two):
    /usr/bin/python3 scripts/train_grpo.py --bridge http://127.0.0.1:8787 --mix arithmetic --level 1 --steps 150

A local Hugging Face model on a GPU:
    python3 scripts/train_grpo.py --model /models/Qwen2.5-0.5B-Instruct --device cuda --mix gcd-lcm:1,arithmetic:1 \
        --level curriculum --prompts-per-step 16 --group-size 8 --max-new-tokens 512 --beta 0.001

One JSON line per step goes to stdout (and to --log FILE).
"""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bootcamp_bridge.client import default_url  # noqa: E402


def parse(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = p.add_argument_group("cases")
    g.add_argument("--bridge", default=default_url(), help="bridge URL (default: $BOOTCAMP_BRIDGE_URL or %(default)s)")
    g.add_argument("--mix", default="arithmetic", help="bootcamp mix, e.g. 'knapsack:1,arithmetic:2' (default: %(default)s)")
    g.add_argument("--level", default="1", help="1..10, easy..expert, or 'curriculum' (default: %(default)s)")
    g.add_argument("--seed", type=int, default=0, help="run seed for the case stream (default: %(default)s)")
    g.add_argument("--no-feedback", action="store_true", help="do not feed verification results to the curriculum")
    g.add_argument("--episodes", action="store_true",
                   help="--mix names one interactive bootcamp: train on whole episodes (multi-turn rollouts)")
    g.add_argument("--knobs", default=None, help='knob overrides as JSON, e.g. \'{"range": 8}\'')
    g = p.add_argument_group("rollout")
    g.add_argument("--steps", type=int, default=80)
    g.add_argument("--prompts-per-step", type=int, default=16)
    g.add_argument("--group-size", type=int, default=8, help="completions per prompt (G)")
    g.add_argument("--max-new-tokens", type=int, default=None, help="default: 12 (tiny), 512 (--model)")
    g.add_argument("--temperature", type=float, default=1.0)
    g.add_argument("--top-p", type=float, default=1.0)
    g = p.add_argument_group("objective")
    g.add_argument("--estimator", choices=["grpo", "dr_grpo"], default="grpo",
                   help="grpo: (r-mean)/(std+eps); dr_grpo: r-mean")
    g.add_argument("--loss-agg", default=None,
                   choices=["token-mean", "seq-mean-token-mean", "seq-mean-token-sum", "seq-mean-token-sum-norm"],
                   help="default: token-mean, or seq-mean-token-sum-norm with --estimator dr_grpo")
    g.add_argument("--eps-low", type=float, default=0.2)
    g.add_argument("--eps-high", type=float, default=0.2, help="DAPO clip-higher uses 0.28")
    g.add_argument("--dual-clip", type=float, default=None, help="dual-clip constant c for A<0 (verl uses 3)")
    g.add_argument("--beta", type=float, default=0.0, help="k3 KL coefficient to a frozen reference (0: no reference)")
    g.add_argument("--drop-equal-groups", action="store_true", help="DAPO dynamic sampling: drop all-equal groups")
    g.add_argument("--max-gen-batches", type=int, default=1, help="with --drop-equal-groups: rounds to fill a step")
    g.add_argument("--dapo", action="store_true",
                   help="shorthand: --eps-high 0.28 --drop-equal-groups --max-gen-batches 3 --loss-agg token-mean")
    g.add_argument("--updates-per-batch", type=int, default=None,
                   help="optimizer passes over each rollout batch, mu (default: 4 tiny, 1 --model)")
    g.add_argument("--micro-batch", type=int, default=None, help="rollouts per forward pass (default: 256 tiny, 8 --model)")
    g = p.add_argument_group("optimisation")
    g.add_argument("--lr", type=float, default=None, help="default: 5e-4 (tiny), 1e-6 (--model)")
    g.add_argument("--weight-decay", type=float, default=0.0)
    g.add_argument("--grad-clip", type=float, default=1.0)
    g.add_argument("--warmup-steps", type=int, default=None, help="supervised steps on gold answers (default: 100 tiny, 0 --model)")
    g.add_argument("--warmup-batch", type=int, default=64)
    g.add_argument("--warmup-lr", type=float, default=None, help="default: 3e-3 (tiny), 1e-5 (--model)")
    g.add_argument("--eval-cases", type=int, default=0, help="greedy evaluation on this many fresh cases")
    g.add_argument("--eval-every", type=int, default=0)
    g = p.add_argument_group("model")
    g.add_argument("--model", default=None, help="local path of a Hugging Face causal LM (needs transformers)")
    g.add_argument("--device", default=None, help="default: cuda when available, else cpu")
    g.add_argument("--dtype", default="bfloat16", choices=["float32", "bfloat16", "float16"], help="--model weights")
    g.add_argument("--gradient-checkpointing", action="store_true")
    g.add_argument("--trust-remote-code", action="store_true")
    g.add_argument("--max-prompt-tokens", type=int, default=1024)
    g.add_argument("--d-model", type=int, default=64, help="tiny model width")
    g.add_argument("--layers", type=int, default=2, help="tiny model depth")
    g.add_argument("--heads", type=int, default=4)
    g.add_argument("--torch-seed", type=int, default=0)
    g.add_argument("--threads", type=int, default=None,
                   help="torch CPU threads (default: 1 for the tiny model on CPU, where more threads only add overhead)")
    g = p.add_argument_group("output")
    g.add_argument("--log", default=None, help="also append the JSON lines to this file")
    g.add_argument("--sample-every", type=int, default=0, help="add one sampled completion to every Nth step's line")
    g.add_argument("--save", default=None, help="save the trained policy to this directory")
    return p.parse_args(argv)


def config_from(args: argparse.Namespace):
    import torch

    from bootcamp_bridge.grpo import GRPOConfig

    hf = args.model is not None
    if args.dapo:
        args.eps_high = max(args.eps_high, 0.28)
        args.drop_equal_groups = True
        args.max_gen_batches = max(args.max_gen_batches, 3)
        args.loss_agg = args.loss_agg or "token-mean"
    loss_agg = args.loss_agg or ("seq-mean-token-sum-norm" if args.estimator == "dr_grpo" else "token-mean")
    device = args.device or ("cuda" if torch.cuda.is_available() else "cpu")
    return GRPOConfig(
        bridge_url=args.bridge, mix=args.mix, level=args.level, seed=args.seed, feedback=not args.no_feedback,
        steps=args.steps, prompts_per_step=args.prompts_per_step, group_size=args.group_size,
        max_new_tokens=args.max_new_tokens or (512 if hf else 12), temperature=args.temperature, top_p=args.top_p,
        estimator=args.estimator, eps_low=args.eps_low, eps_high=args.eps_high, dual_clip=args.dual_clip,
        loss_agg=loss_agg, beta=args.beta, drop_equal_groups=args.drop_equal_groups,
        max_gen_batches=args.max_gen_batches,
        updates_per_batch=args.updates_per_batch or (1 if hf else 4),
        micro_batch=args.micro_batch or (8 if hf else 256),
        lr=args.lr if args.lr is not None else (1e-6 if hf else 5e-4), weight_decay=args.weight_decay,
        grad_clip=args.grad_clip,
        warmup_steps=args.warmup_steps if args.warmup_steps is not None else (0 if hf else 100),
        warmup_batch=args.warmup_batch,
        warmup_lr=args.warmup_lr if args.warmup_lr is not None else (1e-5 if hf else 3e-3),
        eval_cases=args.eval_cases, eval_every=args.eval_every, model=args.model, device=device, dtype=args.dtype,
        gradient_checkpointing=args.gradient_checkpointing, trust_remote_code=args.trust_remote_code,
        max_prompt_tokens=args.max_prompt_tokens, d_model=args.d_model, n_layers=args.layers, n_heads=args.heads,
        torch_seed=args.torch_seed,
        threads=args.threads if args.threads is not None else (1 if not hf and device == "cpu" else 0),
        log_path=args.log, sample_every=args.sample_every, save_path=args.save, knobs=knobs(args.knobs))


def knobs(text):
    import json

    if text is None:
        return {}
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError(f"--knobs must be a JSON object, found {text!r}")
    return value


def main(argv=None) -> int:
    args = parse(argv)
    from bootcamp_bridge.client import BridgeError
    from bootcamp_bridge.grpo import GRPOTrainer, summarize

    try:
        config = config_from(args)
        if args.episodes:
            from dataclasses import asdict

            from bootcamp_bridge.episode_grpo import EpisodeGRPOConfig, EpisodeGRPOTrainer

            fields = asdict(config)
            fields["warmup_steps"] = 0  # episodes have no gold answers to warm up on
            history = EpisodeGRPOTrainer(EpisodeGRPOConfig(**fields)).run()
        else:
            history = GRPOTrainer(config).run()
    except (BridgeError, ValueError, ImportError) as e:
        print(f"train_grpo: {e}", file=sys.stderr)
        return 2
    k = max(1, len(history) // 5)
    curve = summarize(history, k)
    print(f"train_grpo: mean reward first {k} steps {curve['first']:.3f}, last {k} steps {curve['last']:.3f}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
