#!/usr/bin/env bash
# Builds the release page into dist/ with the seed corpus (or NEWSPRISM_CORPUS);
# extra arguments go to `trunk build`:
#   bash scripts/build.sh
#   bash scripts/build.sh --public-url /my-repo/          (GitHub Pages)
#   NEWSPRISM_LAYOUT=sharded bash scripts/build.sh --dist dist-sharded
# Same page as a plain `trunk build --release`, but with the standard library
# built for it (see small_std in scripts/env.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh
small_std trunk build --release "$@"
