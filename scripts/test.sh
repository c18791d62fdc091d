#!/usr/bin/env bash
# The project's test command (CI runs it through .ci/run):
#   setup → rustfmt → clippy → unit tests → release build → end-to-end tests
# in headless Chromium against dist/ served under /newsprism/, as on GitHub Pages.
# Stops at the first failing step and exits non-zero; prints a summary either way.
#
# Environment:
#   NEWSPRISM_SKIP_BUILD=1   reuse the existing dist/ (end-to-end tests only)
#   NEWSPRISM_E2E_FILES      test files to run (default: tests/e2e/*.test.mjs)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

summary=()
current=""
step_start=0

finish() {
    local rc=$?
    stop_dist_server
    if [ -n "$current" ]; then
        summary+=("FAIL  $current ($((SECONDS - step_start))s)")
    fi
    echo
    echo "test: summary"
    for line in "${summary[@]}"; do echo "  $line"; done
    if [ "$rc" = 0 ]; then
        echo "test: all steps passed in ${SECONDS}s"
    else
        echo "test: FAILED (exit $rc) after ${SECONDS}s"
    fi
    exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

begin() {
    current="$1"
    step_start=$SECONDS
    echo
    echo "test: ==> $current"
}
end() {
    summary+=("ok    $current ($((SECONDS - step_start))s)")
    current=""
}

begin "setup"
bash scripts/setup.sh
end

begin "cargo fmt --check"
cargo fmt --all -- --check
end

# The crates under crates/ are checked for the host (where their tests run);
# the app (the root package) only ever runs in the browser, so it is checked
# for wasm32.
begin "clippy (crates/*, host)"
cargo clippy --locked --workspace --exclude newsprism --all-targets -- -D warnings
end

begin "clippy (app, wasm32)"
cargo clippy --locked -p newsprism --target wasm32-unknown-unknown -- -D warnings
end

begin "cargo test (crates/*)"
cargo test --locked --workspace --exclude newsprism
end

if [ "${NEWSPRISM_SKIP_BUILD:-}" = 1 ] && [ -f dist/index.html ]; then
    summary+=("skip  trunk build (NEWSPRISM_SKIP_BUILD=1)")
else
    begin "trunk build --release (scripts/build.sh)"
    bash scripts/build.sh --public-url "$NEWSPRISM_PREFIX"
    end
fi

# The seed page's download budget (issue 4): every file it fetches, gzipped.
begin "page size (seed corpus): at most 200,000 B gzip"
python3 scripts/page_size.py dist --budget 200000
end

begin "end-to-end tests (headless chromium)"
start_dist_server dist
echo "test: serving dist/ at $NEWSPRISM_URL"
# shellcheck disable=SC2086
node --test --test-concurrency=1 ${NEWSPRISM_E2E_FILES:-tests/e2e/*.test.mjs}
stop_dist_server
end

# The same seed corpus in the layout large corpora get (article text and the
# text index in shards/, fetched on demand), cut into tiny shards so that even
# five articles make several: every end-to-end test again, plus the shard tests.
if [ "${NEWSPRISM_SKIP_BUILD:-}" = 1 ] && [ -f dist-sharded/index.html ]; then
    summary+=("skip  trunk build, sharded (NEWSPRISM_SKIP_BUILD=1)")
else
    begin "trunk build --release (seed corpus, sharded layout)"
    NEWSPRISM_LAYOUT=sharded NEWSPRISM_SHARD_BYTES=6000 \
        bash scripts/build.sh --public-url "$NEWSPRISM_PREFIX" --dist dist-sharded
    end
fi

begin "end-to-end tests (headless chromium, sharded layout)"
start_dist_server dist-sharded
echo "test: serving dist-sharded/ at $NEWSPRISM_URL"
# shellcheck disable=SC2086
node --test --test-concurrency=1 ${NEWSPRISM_E2E_FILES:-tests/e2e/*.test.mjs} tests/e2e/sharded/*.test.mjs
end
