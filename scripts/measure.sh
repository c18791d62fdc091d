#!/usr/bin/env bash
# Times first results and sizes the downloads of the built page (tests/e2e/measure.mjs).
# Builds nothing: serves the existing dist/ (or uses NEWSPRISM_URL if set).
#   bash scripts/measure.sh [--runs N] [--json FILE]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
[ -d tests/e2e/node_modules/playwright-core ] || npm ci --prefix tests/e2e --no-audit --no-fund
if [ -z "${NEWSPRISM_URL:-}" ]; then
    trap stop_dist_server EXIT
    start_dist_server dist
fi
node tests/e2e/measure.mjs "$@"
