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

# Runs a command that builds the release page (trunk build or trunk serve) so that
# the WebAssembly is compiled against its own build of the standard library, with
# panics that stop the page at once instead of formatting a message first. Core's
# panic and formatting machinery then drops out: the seed page is about 18 kB
# smaller gzipped (measured: wasm 198,580 -> 180,290 B with gzip -9). The price is
# that a panic in a release page shows only "RuntimeError: unreachable" in the
# console; a debug build (trunk serve without --release) still prints the message.
# It needs the rust-src component (setup.sh installs it) and cargo's build-std,
# which a stable toolchain accepts under RUSTC_BOOTSTRAP=1. Host code (build.rs,
# tests, the ingest) is not affected: the settings apply to wasm32 only.
# Without rust-src the command runs as is and says so: the page works, just bigger.
small_std() {
    local sysroot
    sysroot="$(rustc --print sysroot)"
    if [ ! -d "$sysroot/lib/rustlib/src/rust/library/std" ]; then
        echo "small_std: rust-src is not installed (rustup component add rust-src);" \
            "building with the prebuilt standard library, about 18 kB bigger" >&2
        "$@"
        return
    fi
    RUSTC_BOOTSTRAP=1 \
        CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
        CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
        "$@"
}
