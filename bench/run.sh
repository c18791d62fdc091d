#!/usr/bin/env bash
# The whole benchmark of issue 4, in one command; writes bench/RESULTS.md.
#
#   bash bench/run.sh            1k, 10k and 100k articles (about an hour on 2 cores)
#   bash bench/run.sh --quick    1k and 10k only
#   bash bench/run.sh --head     build and measure `git archive HEAD`, taken when the
#                                run starts, instead of the working tree (others'
#                                uncommitted edits, and commits made while it runs,
#                                stay out)
#
# Steps: generate corpora (newsprism-gen, seed 42) → ingest time and peak RSS
# (/usr/bin/time) → criterion + single-run percentiles natively (cargo bench) →
# documents for the peers (load_corpus.py) and their bundles (esbuild) → pages with
# the corpus embedded or sharded (trunk, --features bench) for the seed corpus and every size →
# start-up and download sizes (tests/e2e/measure.mjs) → the query mix in headless
# Chromium for newsprism, ItemsJS and Orama (browser.mjs) → RESULTS.md (report.mjs).
#
# Environment: NEWSPRISM_BENCH_SRC (a source tree to build and measure instead,
# e.g. one with a patch under test; the bench scripts themselves come from here), NEWSPRISM_BENCH_DIR (default /tmp/newsprism-bench: corpora, pages),
# CARGO_TARGET_DIR (default target/), BENCH_REPS (default 200), BENCH_BUDGET_MS
# (per query, default 3000), BENCH_LOADS (start-up loads per page, default 10).
# Never run by CI (scripts/test.sh does not call it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

quick=0
head=0
for arg in "$@"; do
    case "$arg" in
        --quick) quick=1 ;;
        --head) head=1 ;;
        *) echo "usage: bash bench/run.sh [--quick] [--head]" >&2; exit 2 ;;
    esac
done
if [ "$quick" = 1 ]; then sizes=(1000 10000); else sizes=(1000 10000 100000); fi
# Pages above ~1 MB of text are built in the sharded layout (README: Large corpora).
if [ "$quick" = 1 ]; then page_sizes=(1000 10000); else page_sizes=(1000 10000 100000); fi
work="${NEWSPRISM_BENCH_DIR:-/tmp/newsprism-bench}"
out="$NEWSPRISM_ROOT/bench/out"
target="${CARGO_TARGET_DIR:-$NEWSPRISM_ROOT/target}"
export CARGO_TARGET_DIR="$target"
reps="${BENCH_REPS:-200}"
budget="${BENCH_BUDGET_MS:-3000}"
loads="${BENCH_LOADS:-10}"
joined() { local IFS=,; echo "$*"; }
step() { echo; echo "bench: ==> $*"; }
trap stop_dist_server EXIT

command -v trunk >/dev/null && [ -x "$CHROMIUM" ] || bash scripts/setup.sh
[ -d bench/node_modules/itemsjs ] || npm ci --prefix bench --no-audit --no-fund
[ -d tests/e2e/node_modules/playwright-core ] || npm ci --prefix tests/e2e --no-audit --no-fund
mkdir -p "$work" "$out/www"
rm -f "$out"/*.json

cmd="bash bench/run.sh${*:+ $*}"
# NEWSPRISM_BENCH_COMMIT describes the tree when it is not a git checkout.
commit="${NEWSPRISM_BENCH_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}"
if [ -z "${NEWSPRISM_BENCH_COMMIT:-}" ] && [ "$head" = 0 ] && [ -n "$(git status --porcelain -- src crates Cargo.toml Cargo.lock build.rs index.html 2>/dev/null)" ]; then
    commit="$commit + uncommitted changes"
fi
cat > "$out/machine.json" <<JSON
{"date": "$(date -u +%Y-%m-%dT%H:%MZ)", "commit": "$commit",
 "nproc": "$(nproc)", "cpu": "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')",
 "mem": "$(free -h | awk '/^Mem:/ {print $2}')", "os": "$(. /etc/os-release && echo "$PRETTY_NAME")",
 "chromium": "$("$CHROMIUM" --version 2>/dev/null | head -1)", "node": "$(node --version)", "rustc": "$(rustc --version)",
 "load": "$(cut -d' ' -f1-3 /proc/loadavg)", "criterion_dir": "$target/criterion"}
JSON

# The Rust code every step below builds (generator, ingest, native benchmark,
# pages): one tree, fixed now, so that all the figures are of the same commit.
src="${NEWSPRISM_BENCH_SRC:-$NEWSPRISM_ROOT}"
if [ "$head" = 1 ]; then
    src="$work/src-head"
    rm -rf "$src" && mkdir -p "$src"
    # Stamped now, not with the commit's time: cargo decides what to rebuild by
    # file times, and an older stamp could pass off another tree's artifacts.
    git archive HEAD | tar -x -m -C "$src"
fi

step "build newsprism-gen and newsprism-ingest (release, from $src)"
(cd "$src" && cargo build --locked --release -p newsprism-gen -p newsprism-ingest)
bin="$target/release"

corpora=()
for n in "${sizes[@]}"; do
    dir="$work/gen-$n"
    if [ ! -f "$dir/.complete" ]; then
        step "generate $n articles into $dir"
        "$bin/newsprism-gen" --articles "$n" --seed 42 --force --out "$dir"
        touch "$dir/.complete"
    fi
    corpora+=("$n=$dir")
done

for n in "${sizes[@]}"; do
    [ "$n" -ge 10000 ] || continue
    step "ingest $n articles (time, peak RSS)"
    /usr/bin/time -v "$bin/newsprism-ingest" inspect "$work/gen-$n" > /dev/null 2> "$out/ingest-$n.time"
    python3 - "$out/ingest-$n.time" "$out/ingest-$n.json" <<'PY'
import json, re, sys
t = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", t)
h, m, s = (float(x or 0) for x in wall.groups())
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
json.dump({"seconds": h * 3600 + m * 60 + s, "max_rss_kb": rss}, open(sys.argv[2], "w"))
PY
    cat "$out/ingest-$n.json"; echo
done

step "query mix natively: cargo bench -p newsprism-query --bench queries"
NEWSPRISM_BENCH_SIZES="$(joined "${sizes[@]}")" NEWSPRISM_BENCH_CORPORA="$(joined "${corpora[@]}")" \
    NEWSPRISM_BENCH_OUT="$out" NEWSPRISM_BENCH_REPS="$reps" \
    bash -c 'cd "$1" && cargo bench --locked -p newsprism-query --bench queries' _ "$src" 2>&1 | tee "$out/native.log"

step "documents and bundles for the peers"
for n in "${sizes[@]}"; do
    python3 bench/load_corpus.py "$work/gen-$n" "$out/www/docs-$n.json" --ingest "$bin/newsprism-ingest"
    cp "$out/mix-$n.json" "$out/www/"
done
for engine in itemsjs orama; do
    bench/node_modules/.bin/esbuild "bench/page/$engine.mjs" --bundle --minify --format=iife --log-level=warning \
        --outfile="$out/www/$engine.js"
done
cp bench/page/bench.html "$out/www/"

newsprism_pages=()
for name in seed "${page_sizes[@]}"; do
    step "page: $name (scripts/build.sh --features bench)"
    dist="$work/dist-$name"
    if [ "$name" = seed ]; then corpus_env=(); else corpus_env=(NEWSPRISM_CORPUS="$work/gen-$name"); fi
    (cd "$src" && env "${corpus_env[@]}" bash scripts/build.sh --features bench --public-url "$NEWSPRISM_PREFIX" --dist "$dist")
    [ "$name" = seed ] || newsprism_pages+=("$name=$dist")

    step "start-up and download: $name"
    start_dist_server "$dist"
    node tests/e2e/measure.mjs --runs "$loads" --json "$out/startup-$name.json" --dist "$dist"
    stop_dist_server
done

step "query mix in headless Chromium: newsprism, ItemsJS, Orama"
node bench/browser.mjs --www "$out/www" --out "$out" --sizes "$(joined "${sizes[@]}")" \
    --newsprism "$(joined "${newsprism_pages[@]}")" --reps "$reps" --budget "$budget"

step "report"
node bench/report.mjs --out "$out" --results bench/RESULTS.md --command "$cmd" \
    --dists "$(joined "seed=$work/dist-seed" "${newsprism_pages[@]}")"
echo "bench: done; see bench/RESULTS.md"
