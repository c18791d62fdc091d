# shellcheck shell=bash
# Helpers for scripts that serve a built dist/ (test.sh, measure.sh, screenshot.sh).

NEWSPRISM_PREFIX="${NEWSPRISM_PREFIX:-/newsprism/}"
dist_server_pid=""

# Serves dist/ under $NEWSPRISM_PREFIX on a free loopback port and exports
# NEWSPRISM_URL. Call stop_dist_server (e.g. from an EXIT trap) afterwards.
start_dist_server() {
    local dist="${1:-$NEWSPRISM_ROOT/dist}"
    [ -f "$dist/index.html" ] || {
        echo "no $dist/index.html: build first (bash scripts/build.sh --public-url $NEWSPRISM_PREFIX)" >&2
        return 1
    }
    local port_file
    port_file="$(mktemp "${TMPDIR:-/tmp}/newsprism-port.XXXXXX")"
    rm -f "$port_file"
    python3 "$NEWSPRISM_ROOT/scripts/static_server.py" --root "$dist" --prefix "$NEWSPRISM_PREFIX" \
        --port "${NEWSPRISM_PORT:-0}" --port-file "$port_file" &
    dist_server_pid=$!
    local _
    for _ in $(seq 100); do
        [ -s "$port_file" ] && break
        kill -0 "$dist_server_pid" 2>/dev/null || { echo "static server exited" >&2; return 1; }
        sleep 0.1
    done
    [ -s "$port_file" ] || { echo "static server did not start" >&2; return 1; }
    NEWSPRISM_URL="http://127.0.0.1:$(cat "$port_file")$NEWSPRISM_PREFIX"
    export NEWSPRISM_URL
    rm -f "$port_file"
}

stop_dist_server() {
    if [ -n "$dist_server_pid" ]; then
        kill "$dist_server_pid" 2>/dev/null || true
        wait "$dist_server_pid" 2>/dev/null || true
        dist_server_pid=""
    fi
}
