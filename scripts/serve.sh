#!/usr/bin/env bash
# Builds and serves newsprism for development, rebuilding on change:
#   bash scripts/serve.sh            → http://127.0.0.1:8080/newsprism/
#   PORT=9000 bash scripts/serve.sh
# The sub-path matches GitHub Pages, so links that only work at / show up here.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh
port="${PORT:-8080}"
echo "serve: http://127.0.0.1:$port/newsprism/"
small_std trunk serve --release --address 127.0.0.1 --port "$port" --public-url /newsprism/
