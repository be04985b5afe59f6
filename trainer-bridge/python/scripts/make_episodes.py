#!/usr/bin/env python3
"""Write episode specs of an interactive bootcamp as verl multi-turn rows (see bootcamp_bridge/verl_interaction.py).

    python3 scripts/make_episodes.py --env mastermind --level 3 --count 1000 --out episodes.parquet

Each row is one episode: ``prompt`` is its opening as the first user message; ``extra_info.interaction_kwargs`` names
the interaction (``bootcamp``) and the episode (env, seed, level, knobs), so the interaction replays exactly this
episode; ``reward_model.ground_truth`` holds the same spec as JSON (verl needs the column; the reward is the
interaction's score). The openings come from the bridge's batch form; the episodes it opened are closed again.
``.parquet`` output needs pyarrow; anything else is written as JSON lines.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bootcamp_bridge.client import BridgeClient, BridgeError, default_url  # noqa: E402
from bootcamp_bridge.episodes import BATCH_LIMIT, EpisodeClient  # noqa: E402


def episode_row(env: str, seed: int, level, knobs: dict, opening: str, index: int, split: str) -> dict:
    kwargs = {"name": "bootcamp", "env": env, "seed": seed, "level": level, "knobs": json.dumps(knobs, sort_keys=True)}
    return {"data_source": f"bootcamp/{env}",
            "prompt": [{"role": "user", "content": opening}],
            "ability": "interactive",
            "reward_model": {"style": "interaction", "ground_truth": json.dumps(
                {"env": env, "seed": seed, "level": level, "knobs": knobs}, sort_keys=True)},
            "extra_info": {"index": index, "split": split, "interaction_kwargs": kwargs}}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--env", required=True, help="an interactive bootcamp id ('bootcamp list' shows kind 'episode')")
    p.add_argument("--level", default="1")
    p.add_argument("--knobs", default="{}", help='knob overrides as JSON, e.g. \'{"range": 8}\'')
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--seed", type=int, default=0, help="run seed; episode i is reset with seed SEED * 1000003 + i")
    p.add_argument("--split", default="train")
    p.add_argument("--out", required=True, help="a .parquet or .jsonl path")
    p.add_argument("--bridge", default=default_url())
    args = p.parse_args(argv)
    try:
        knobs = json.loads(args.knobs)
        if not isinstance(knobs, dict):
            raise ValueError("not an object")
    except ValueError as e:
        print(f"make_episodes: --knobs must be a JSON object: {e}", file=sys.stderr)
        return 2
    if args.count < 1 or args.seed < 0:
        print("make_episodes: --count must be at least 1 and --seed at least 0", file=sys.stderr)
        return 2
    level = int(args.level) if args.level.isdigit() else args.level
    episodes = EpisodeClient(args.env, BridgeClient(args.bridge))
    rows = []
    try:
        for start in range(0, args.count, BATCH_LIMIT):
            seeds = [args.seed * 1_000_003 + i for i in range(start, min(args.count, start + BATCH_LIMIT))]
            ids = [f"export-{os.getpid()}-{s}" for s in seeds]
            opened = episodes.reset_many([{"seed": s, "level": level, "knobs": knobs, "episode_id": e}
                                          for s, e in zip(seeds, ids)])
            episodes.close_many(ids)
            for i, (seed, result) in enumerate(zip(seeds, opened)):
                if isinstance(result, BridgeError):
                    raise result
                rows.append(episode_row(args.env, seed, level, knobs, result.text, start + i, args.split))
    except BridgeError as e:
        print(f"make_episodes: {e}", file=sys.stderr)
        return 1
    partial = args.out + ".partial"
    if args.out.endswith(".parquet"):
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            print("make_episodes: .parquet output needs pyarrow; write .jsonl instead", file=sys.stderr)
            return 2
        pq.write_table(pa.Table.from_pylist(rows), partial)
    else:
        with open(partial, "w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(partial, args.out)
    print(f"wrote {len(rows)} episodes of {args.env} to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
