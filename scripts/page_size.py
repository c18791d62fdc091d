#!/usr/bin/env python3
"""Prints the gzip size of each file a built page downloads at start, and the total.

    python3 scripts/page_size.py dist [--budget BYTES]

Counts the files at the top of the dist folder (the page, its script, its
WebAssembly and its style sheet), compressed with gzip -9, as a static host
serving them compressed would send them. A large corpus's shards/ are fetched
later, on demand, and are not counted. With --budget, exits 1 when the total
is over it.
"""

import argparse
import gzip
import pathlib
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=pathlib.Path)
    parser.add_argument("--budget", type=int, help="fail above this many bytes")
    args = parser.parse_args()
    files = sorted(p for p in args.dist.iterdir() if p.is_file())
    if not files:
        print(f"page_size: no files in {args.dist}: build first", file=sys.stderr)
        return 1
    total = 0
    for path in files:
        size = len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))
        total += size
        print(f"{size:>9,} B  {path.name}")
    print(f"{total:>9,} B  in all, gzip -9")
    if args.budget is not None and total > args.budget:
        print(
            f"page_size: {args.dist} is {total:,} B gzipped, over the budget of {args.budget:,} B",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
