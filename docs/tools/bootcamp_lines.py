#!/usr/bin/env python3
"""Lines of code per bootcamp, helpers included: the figure issue 13's kit target is stated in.

A bootcamp's lines are its *Bootcamp.java file plus a share of each helper file in the same package that it names
(a helper named by k bootcamps counts 1/k to each). The kit and the verifiers module are shared infrastructure and
are not counted. Usage: python3 docs/tools/bootcamp_lines.py [CAMPS_DIR] [--each]
"""
import pathlib
import re
import statistics
import sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = pathlib.Path(args[0] if args else "bootcamps/src/main/java/dev/bootcamp/camps")
    totals = {}
    for package in sorted(p for p in root.iterdir() if p.is_dir() and p.name != "kit"):
        files = {f.stem: f.read_text() for f in package.glob("*.java")}
        camps = [name for name in files if name.endswith("Bootcamp")]
        helpers = [name for name in files if not name.endswith("Bootcamp")]
        users = {h: [c for c in camps if re.search(r"\b" + h + r"\b", files[c])] for h in helpers}
        for camp in camps:
            lines = files[camp].count("\n")
            for helper, named in users.items():
                if camp in named:
                    lines += files[helper].count("\n") / len(named)
            totals[package.name + "/" + camp] = lines
    values = sorted(totals.values())
    if "--each" in sys.argv:
        for name, lines in sorted(totals.items(), key=lambda item: item[1]):
            print(f"{lines:7.0f}  {name}")
    p90 = values[int(len(values) * 0.9)]
    print(f"bootcamps {len(values)}  median {statistics.median(values):.0f}  p90 {p90:.0f}  max {values[-1]:.0f}  total {sum(values):.0f}")


if __name__ == "__main__":
    main()
