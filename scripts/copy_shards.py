#!/usr/bin/env python3
"""Trunk post-build hook: publish a sharded corpus's files next to the page.

For a large corpus, build.rs writes article bodies and the text index as
content-addressed files into its OUT_DIR (`.../out/shards/`, with a
`manifest.txt` naming them) and embeds their names in the WebAssembly. Cargo
keeps one OUT_DIR per build configuration, so this hook copies the folder whose
every name appears in the WebAssembly Trunk just staged: the shards of exactly
this build, never those of another corpus or feature set. A page whose corpus
is embedded has no shard names, and nothing is copied.
"""
import glob
import os
import re
import shutil
import sys

staging = os.environ.get("TRUNK_STAGING_DIR", "dist")
source = os.environ.get("TRUNK_SOURCE_DIR", os.getcwd())
target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(source, "target")
if not os.path.isabs(target):
    target = os.path.join(source, target)

wasm_files = glob.glob(os.path.join(staging, "*.wasm"))
if len(wasm_files) != 1:
    sys.exit(f"copy_shards: expected one .wasm in {staging}, found {len(wasm_files)}")
with open(wasm_files[0], "rb") as f:
    names_in_wasm = set(m.decode() for m in re.findall(rb"[0-9a-f]{16}", f.read()))

chosen = None
tail = ("build", "newsprism-*", "out", "shards", "manifest.txt")
manifests = glob.glob(os.path.join(target, "*", "*", *tail)) + glob.glob(os.path.join(target, "*", *tail))
for manifest in manifests:
    with open(manifest, encoding="utf-8") as f:
        names = f.read().split()
    if names and all(n in names_in_wasm for n in names):
        if chosen and chosen[1] != sorted(names):
            sys.exit(f"copy_shards: two shard folders match this build: {chosen[0]} and {manifest}")
        chosen = (manifest, sorted(names))

if chosen is None:
    # An embedded corpus (the usual small page): nothing to publish.
    sys.exit(0)
folder = os.path.dirname(chosen[0])
out = os.path.join(staging, "shards")
os.makedirs(out, exist_ok=True)
for name in chosen[1]:
    shutil.copyfile(os.path.join(folder, f"{name}.bin"), os.path.join(out, f"{name}.bin"))
print(f"copy_shards: {len(chosen[1])} shard files from {folder}")
