#!/usr/bin/env python3
"""Serves a built dist/ directory under a sub-path, the way GitHub Pages does.

The page is built with `--public-url /newsprism/`, so its asset links are
absolute under that prefix; serving dist/ at the root would hide broken links.
Only loopback, only GET/HEAD, explicit MIME types (WebAssembly.instantiateStreaming
refuses a .wasm not served as application/wasm).

    python3 scripts/static_server.py --root dist --prefix /newsprism/ \
        [--port 0] [--port-file FILE]

With --port 0 the OS picks a free port; it is printed and, if asked, written to
--port-file once the server is listening.
"""

import argparse
import http.server
import os
import posixpath
import sys
import urllib.parse

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
}


def make_handler(root, prefix):
    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}

        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=root, **kwargs)

        def translate_path(self, path):
            # Outside the prefix nothing exists (a 404 shows a broken link).
            path = urllib.parse.unquote(path.split("?", 1)[0].split("#", 1)[0])
            rel = posixpath.normpath(path[len(prefix):])
            parts = [p for p in rel.split("/") if p not in ("", ".", "..")]
            full = os.path.join(root, *parts)
            if path.endswith("/") and os.path.isdir(full):
                full += "/"
            return full

        def outside_prefix(self):
            """Answers requests outside the prefix; true when it did."""
            path = self.path.split("?", 1)[0]
            if path == prefix.rstrip("/"):
                self.send_response(301)
                self.send_header("Location", prefix)
                self.end_headers()
                return True
            if not path.startswith(prefix):
                self.send_error(404, "outside " + prefix)
                return True
            return False

        def do_GET(self):
            if not self.outside_prefix():
                try:
                    super().do_GET()
                except (BrokenPipeError, ConnectionResetError):
                    # The page went away mid-download (a test closed it while
                    # shards were in flight): nothing to answer.
                    pass

        def do_HEAD(self):
            if not self.outside_prefix():
                super().do_HEAD()

        def end_headers(self):
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def log_message(self, fmt, *args):
            if os.environ.get("NEWSPRISM_SERVER_LOG"):
                super().log_message(fmt, *args)

    return Handler


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", required=True)
    ap.add_argument("--prefix", default="/newsprism/")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--port-file")
    args = ap.parse_args()

    root = os.path.abspath(args.root)
    if not os.path.isfile(os.path.join(root, "index.html")):
        sys.exit(f"static_server: {root}/index.html not found (build first)")
    prefix = "/" + args.prefix.strip("/") + "/" if args.prefix.strip("/") else "/"

    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(root, prefix))
    port = server.server_address[1]
    if args.port_file:
        tmp = args.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write(f"{port}\n")
        os.replace(tmp, args.port_file)
    print(f"static_server: serving {root} at http://127.0.0.1:{port}{prefix}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
