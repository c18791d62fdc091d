# shellcheck shell=bash
# Sourced by the other scripts: where the project's build and test tools live.
#
# Tools that have no good Debian package (wasm-opt from binaryen, the test
# driver's node modules) go in a tools directory outside the repository, so a
# fresh clone reuses them and `git clean` never removes them.

NEWSPRISM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export NEWSPRISM_ROOT

# Versions the build depends on. wasm-bindgen's comes from Cargo.lock (see
# setup.sh); trunk's and binaryen's are fixed here and in Trunk.toml.
export NEWSPRISM_TRUNK_VERSION="0.21.14"
export NEWSPRISM_BINARYEN_VERSION="132"
# esbuild minifies the wasm-bindgen JavaScript glue (scripts/minify_js.py), which
# Trunk's own minifier cannot parse.
export NEWSPRISM_ESBUILD_VERSION="0.28.2"

if [ -z "${NEWSPRISM_TOOLS:-}" ]; then
    if [ -d /opt/newsprism-tools ] && [ -w /opt/newsprism-tools ]; then
        NEWSPRISM_TOOLS=/opt/newsprism-tools
    elif [ ! -e /opt/newsprism-tools ] && [ -w /opt ]; then
        NEWSPRISM_TOOLS=/opt/newsprism-tools
    else
        NEWSPRISM_TOOLS="${XDG_CACHE_HOME:-$HOME/.cache}/newsprism-tools"
    fi
fi
export NEWSPRISM_TOOLS

case ":$PATH:" in
    *":$HOME/.cargo/bin:"*) ;;
    *) PATH="$HOME/.cargo/bin:$PATH" ;;
esac
case ":$PATH:" in
    *":$NEWSPRISM_TOOLS/node_modules/.bin:"*) ;;
    *) PATH="$NEWSPRISM_TOOLS/node_modules/.bin:$PATH" ;;
esac
export PATH

export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
