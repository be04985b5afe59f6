#!/usr/bin/env python3
"""Write a training set pulled from a running bridge, in the row format a trainer reads.

    python3 scripts/make_dataset.py --format verl --mix arithmetic:1,gcd-lcm:1 --level 3 --count 10000 --out train.parquet
    python3 scripts/make_dataset.py --format openrlhf --mix knapsack --level 2 --count 5000 --out train.jsonl

Every format carries the case spec as a JSON string (the label the bridge verifies against):

* verl:     data_source, prompt (chat messages), ability, reward_model {style: rule, ground_truth}, extra_info
            {id, bootcamp, level, index, split}: the schema ``bootcamp export --format verl`` writes, column for
            column and type for type (ability is the bootcamp's domain, level an int32), so files from both can
            be listed together in verl's ``data.train_files``
* openrlhf: input, label                  (--data.input_key input --data.label_key label)
* trl:      prompt (chat messages), case  (reward_funcs=[bootcamp_reward]; the case column reaches the reward)
* slime:    prompt, label

``.parquet`` output needs pyarrow; anything else is written as JSON lines. Standard library otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bootcamp_bridge.client import BridgeClient, BridgeError, default_url, spec_json  # noqa: E402

FORMATS = ("verl", "openrlhf", "trl", "slime")


def verl_schema(pyarrow):
    """The Parquet schema of the Java exporter (trainer-bridge VerlRows.SCHEMA): plain strings, int32 level."""
    pa = pyarrow
    message = pa.struct([("role", pa.string()), ("content", pa.string())])
    return pa.schema([
        pa.field("data_source", pa.string(), nullable=False),
        ("prompt", pa.list_(message)),
        ("ability", pa.string()),
        ("reward_model", pa.struct([("style", pa.string()), ("ground_truth", pa.string())])),
        ("extra_info", pa.struct([("id", pa.string()), ("bootcamp", pa.string()), ("level", pa.int32()),
                                  ("index", pa.int64()), ("split", pa.string())])),
    ])


def row(case: dict, fmt: str, split: str, index: int, domain: str = "") -> dict:
    """One row; for verl, ``domain`` is the bootcamp's domain (verl's ``ability``), as the Java exporter writes."""
    label = spec_json(case)
    if fmt == "verl":
        return {"data_source": f"bootcamp/{case['bootcamp']}",
                "prompt": [{"role": "user", "content": case["prompt"]}],
                "ability": domain,
                "reward_model": {"style": "rule", "ground_truth": label},
                "extra_info": {"id": case["id"], "bootcamp": case["bootcamp"], "level": int(case["level"]),
                               "index": index, "split": split}}
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
        domains = {b["id"]: b["domain"] for b in client.bootcamps()} if args.format == "verl" else {}
        for index, case in enumerate(client.stream(args.mix, count=args.count, level=args.level, seed=args.seed)):
            rows.append(row(case, args.format, args.split, index, domains.get(case["bootcamp"], "")))
    except BridgeError as e:
        print(f"make_dataset: {e}", file=sys.stderr)
        return 2
    if args.out.endswith(".parquet"):
        try:
            import pyarrow
            import pyarrow.parquet
        except ImportError:
            print("make_dataset: .parquet needs pyarrow; write .jsonl instead", file=sys.stderr)
            return 2
        schema = verl_schema(pyarrow) if args.format == "verl" else None
        pyarrow.parquet.write_table(pyarrow.Table.from_pylist(rows, schema=schema), args.out)
    else:
        with open(args.out, "w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"make_dataset: wrote {len(rows)} {args.format} rows to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
