#!/usr/bin/env bash
# Installs what building and testing newsprism needs, skipping whatever is
# already present at the right version:
#   - the wasm32-unknown-unknown Rust target
#   - trunk (pinned below; 0.22 needs a newer rustc than these machines have)
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock
#   - wasm-opt from the npm package binaryen (Debian's is too old: its output
#     fails at start-up with "WebAssembly.Table.set(): Argument 1 is invalid")
#   - esbuild from npm, to minify the JavaScript glue (scripts/minify_js.py)
#   - Chromium and chromedriver from Debian, for the end-to-end tests
#   - the end-to-end tests' node modules (playwright-core, no browser download)
# Trunk itself would download wasm-bindgen and wasm-opt from GitHub; it uses the
# binaries found on PATH instead when their versions match Trunk.toml [tools].
#
# Usage: bash scripts/setup.sh          (or `source scripts/env.sh` afterwards
#                                        to get the same PATH in your shell)
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$NEWSPRISM_ROOT"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }
# Runs a step and says how long it took.
timed() {
    local start=$SECONDS
    "$@"
    say "  done in $((SECONDS - start))s"
}

command -v cargo >/dev/null || die "cargo not found (install Rust with rustup first)"
command -v node >/dev/null || die "node not found (Node.js 18 or newer is needed for the tests)"
command -v npm >/dev/null || die "npm not found"

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "need root to run: $*"
    fi
}

# --- Rust target ---------------------------------------------------------------
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "rust target wasm32-unknown-unknown present"
else
    say "installing rust target wasm32-unknown-unknown"
    timed rustup target add wasm32-unknown-unknown
fi

# --- Rust standard library source ----------------------------------------------
# The release page compiles its own copy of std (scripts/env.sh, small_std).
if rustup component list --installed 2>/dev/null | grep -qx rust-src; then
    say "rust component rust-src present"
else
    say "installing rust component rust-src"
    timed rustup component add rust-src
fi

# --- trunk ---------------------------------------------------------------------
want_trunk="$NEWSPRISM_TRUNK_VERSION"
have_trunk="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_trunk" = "$want_trunk" ]; then
    say "trunk $want_trunk present"
else
    say "installing trunk $want_trunk (found: ${have_trunk:-none}; takes 15-20 minutes on 2 cores)"
    timed cargo install trunk --version "$want_trunk" --locked
fi

# --- wasm-bindgen-cli ----------------------------------------------------------
# The CLI must equal the wasm-bindgen library the app links, or the generated
# glue and the module disagree. Cargo.lock is the authority.
want_wbg="$(awk '
    $0 == "[[package]]" { name = "" }
    /^name = / { gsub(/"/, "", $3); name = $3 }
    /^version = / && name == "wasm-bindgen" { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
[ -n "$want_wbg" ] || die "no wasm-bindgen package in Cargo.lock"
have_wbg="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_wbg" = "$want_wbg" ]; then
    say "wasm-bindgen-cli $want_wbg present"
else
    say "installing wasm-bindgen-cli $want_wbg (found: ${have_wbg:-none})"
    # Not --locked: its lock file names a dependency version crates.io lacks.
    timed cargo install wasm-bindgen-cli --version "$want_wbg" --force
fi
if [ -f Trunk.toml ] && ! grep -Eq "^wasm_bindgen *= *\"$want_wbg\"" Trunk.toml; then
    say "warning: Trunk.toml [tools] wasm_bindgen does not say \"$want_wbg\" (the Cargo.lock version)"
fi

# --- wasm-opt (binaryen from npm) ------------------------------------------------
want_opt="$NEWSPRISM_BINARYEN_VERSION"
have_opt="$(wasm-opt --version 2>/dev/null | sed -n 's/.*version_\([0-9]*\).*/\1/p' || true)"
if [ "$have_opt" = "$want_opt" ]; then
    say "wasm-opt version_$want_opt present ($(command -v wasm-opt))"
else
    say "installing wasm-opt version_$want_opt from npm binaryen@$want_opt into $NEWSPRISM_TOOLS (found: ${have_opt:-none})"
    mkdir -p "$NEWSPRISM_TOOLS"
    [ -f "$NEWSPRISM_TOOLS/package.json" ] || echo '{ "private": true }' >"$NEWSPRISM_TOOLS/package.json"
    timed npm install --prefix "$NEWSPRISM_TOOLS" --no-audit --no-fund --save-exact "binaryen@$want_opt"
    hash -r
    have_opt="$(wasm-opt --version 2>/dev/null | sed -n 's/.*version_\([0-9]*\).*/\1/p' || true)"
    [ "$have_opt" = "$want_opt" ] || die "wasm-opt on PATH is '$(command -v wasm-opt || echo none)' with version '${have_opt:-none}', wanted $want_opt"
fi
# So that `trunk build` typed by hand finds the same wasm-opt without sourcing
# env.sh. Never replaces a wasm-opt that is already there.
if [ -d "$HOME/.cargo/bin" ] && [ ! -e "$HOME/.cargo/bin/wasm-opt" ]; then
    ln -s "$NEWSPRISM_TOOLS/node_modules/.bin/wasm-opt" "$HOME/.cargo/bin/wasm-opt"
    say "linked $HOME/.cargo/bin/wasm-opt -> $NEWSPRISM_TOOLS/node_modules/.bin/wasm-opt"
fi

# --- esbuild (npm), for the JavaScript glue --------------------------------------
want_esbuild="$NEWSPRISM_ESBUILD_VERSION"
esbuild="$NEWSPRISM_TOOLS/node_modules/.bin/esbuild"
have_esbuild="$("$esbuild" --version 2>/dev/null || true)"
if [ "$have_esbuild" = "$want_esbuild" ]; then
    say "esbuild $want_esbuild present ($esbuild)"
else
    say "installing esbuild $want_esbuild from npm into $NEWSPRISM_TOOLS (found: ${have_esbuild:-none})"
    mkdir -p "$NEWSPRISM_TOOLS"
    [ -f "$NEWSPRISM_TOOLS/package.json" ] || echo '{ "private": true }' >"$NEWSPRISM_TOOLS/package.json"
    timed npm install --prefix "$NEWSPRISM_TOOLS" --no-audit --no-fund --save-exact "esbuild@$want_esbuild"
    have_esbuild="$("$esbuild" --version 2>/dev/null || true)"
    [ "$have_esbuild" = "$want_esbuild" ] || die "$esbuild has version '${have_esbuild:-none}', wanted $want_esbuild"
fi

# --- Chromium ------------------------------------------------------------------
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium present ($(/usr/bin/chromium --version 2>/dev/null | head -n1))"
else
    say "installing chromium and chromium-driver from Debian"
    export DEBIAN_FRONTEND=noninteractive
    timed as_root bash -c 'apt-get update -q && apt-get install -y -q chromium chromium-driver'
fi

# --- end-to-end test modules -----------------------------------------------------
# node_modules is reinstalled when package-lock.json changed since the last
# `npm ci` (a hash of the lock is stamped inside node_modules).
e2e=tests/e2e
lock_hash="$(sha256sum "$e2e/package-lock.json" | awk '{print $1}')"
stamp="$e2e/node_modules/.newsprism-lock-sha256"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ]; then
    say "e2e node modules present"
else
    say "installing e2e node modules (npm ci in $e2e)"
    # playwright-core never downloads browsers; the tests use /usr/bin/chromium.
    timed npm ci --prefix "$e2e" --no-audit --no-fund
    echo "$lock_hash" >"$stamp"
fi

say "ready. PATH=$PATH"
