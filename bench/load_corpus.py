#!/usr/bin/env python3
"""Converts a generated corpus into the documents the peer engines index.

    python3 bench/load_corpus.py <corpus-dir> <docs.json> [--ingest BIN]

Runs `newsprism-ingest inspect <dir> --json` (the same ingest the page's build
runs) and writes one JSON array of
{id, title, body, source, people[], organisations[], places[], published}:
entity and source ids as in newsprism's URLs, body = paragraphs joined by blank
lines, published = "YYYY-MM-DD" or null. Python rather than Node because at
100k articles the inspect JSON is larger than the longest string V8 allows.
"""
import json
import subprocess
import sys


def main() -> None:
    args = sys.argv[1:]
    ingest = ["cargo", "run", "--quiet", "--release", "-p", "newsprism-ingest", "--"]
    if "--ingest" in args:
        i = args.index("--ingest")
        ingest = [args[i + 1]]
        del args[i : i + 2]
    corpus_dir, out = args
    raw = subprocess.run(ingest + ["inspect", corpus_dir, "--json"], check=True, stdout=subprocess.PIPE).stdout
    corpus = json.loads(raw)
    del raw
    kinds = {e["id"]: e["kind"] for e in corpus["entities"]}
    docs = []
    for a in corpus["articles"]:
        ents = {"person": [], "organisation": [], "place": []}
        for m in a["mentions"]:
            lst = ents[kinds[m["entity"]]]
            if m["entity"] not in lst:
                lst.append(m["entity"])
        docs.append(
            {
                "id": a["id"],
                "title": a["title"],
                "body": "\n\n".join(a["paragraphs"]),
                "source": a["source"]["id"],
                "people": ents["person"],
                "organisations": ents["organisation"],
                "places": ents["place"],
                "published": a["published"],
            }
        )
    with open(out, "w", encoding="utf-8") as f:
        json.dump(docs, f, ensure_ascii=False, separators=(",", ":"))
    print(f"load_corpus: {len(docs)} documents from {corpus_dir} -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
