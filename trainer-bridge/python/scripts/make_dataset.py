#!/usr/bin/env python3
"""Write a training set pulled from a running bridge, in the row format a trainer reads.

    python3 scripts/make_dataset.py --format verl --mix arithmetic:1,gcd-lcm:1 --level 3 --count 10000 --out train.parquet
    python3 scripts/make_dataset.py --format openrlhf --mix knapsack --level 2 --count 5000 --out train.jsonl

Every format carries the case spec as a JSON string (the label the bridge verifies against):

* verl:     data_source, prompt (chat messages), ability, reward_model {style: rule, ground_truth}, extra_info
* openrlhf: input, label                  (--data.input_key input --data.label_key label)
* trl:      prompt (chat messages), case  (reward_funcs=[bootcamp_reward]; the case column reaches the reward)
* slime:    prompt, label

``.parquet`` output needs pandas with pyarrow; anything else is written as JSON lines. Standard library otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bootcamp_bridge.client import BridgeClient, BridgeError, default_url, spec_json  # noqa: E402

FORMATS = ("verl", "openrlhf", "trl", "slime")


def row(case: dict, fmt: str, split: str, index: int) -> dict:
    label = spec_json(case)
    if fmt == "verl":
        return {"data_source": f"bootcamp/{case['bootcamp']}",
                "prompt": [{"role": "user", "content": case["prompt"]}],
                "ability": case["bootcamp"],
                "reward_model": {"style": "rule", "ground_truth": label},
                "extra_info": {"split": split, "index": index, "id": case["id"], "level": case["level"]}}
    if fmt == "openrlhf":
        return {"input": case["prompt"], "label": label}
    if fmt == "trl":
        return {"prompt": [{"role": "user", "content": case["prompt"]}], "case": label}
    return {"prompt": case["prompt"], "label": label}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--mix", required=True)
    p.add_argument("--level", default="medium")
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--seed", type=int, default=0, help="run seed; use another seed for a disjoint test split")
    p.add_argument("--split", default="train", help="written into verl's extra_info")
    p.add_argument("--out", required=True, help="a .parquet or .jsonl path")
    p.add_argument("--bridge", default=default_url())
    args = p.parse_args(argv)
    client = BridgeClient(args.bridge)
    rows = []
    try:
        for index, case in enumerate(client.stream(args.mix, count=args.count, level=args.level, seed=args.seed)):
            rows.append(row(case, args.format, args.split, index))
    except BridgeError as e:
        print(f"make_dataset: {e}", file=sys.stderr)
        return 2
    if args.out.endswith(".parquet"):
        try:
            import pandas
        except ImportError:
            print("make_dataset: .parquet needs pandas and pyarrow; write .jsonl instead", file=sys.stderr)
            return 2
        pandas.DataFrame(rows).to_parquet(args.out, index=False)
    else:
        with open(args.out, "w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"make_dataset: wrote {len(rows)} {args.format} rows to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
