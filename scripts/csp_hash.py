#!/usr/bin/env python3
"""Trunk post-build hook: allow exactly the inline start-up script Trunk writes.

index.html's Content-Security-Policy allows scripts from the page's own origin
only. Trunk starts the WebAssembly with one inline module script, so this hook
adds that script's SHA-256 to `script-src`; any other inline script (say, one
smuggled in through corpus text) would still be refused by the browser.
"""
import base64
import hashlib
import os
import re
import sys

path = os.path.join(os.environ.get("TRUNK_STAGING_DIR", "dist"), "index.html")
html = open(path, encoding="utf-8").read()
# `trunk build --release` minifies index.html (Trunk.toml), which drops the quotes.
scripts = re.findall(r"<script type=\"?module\"?>(.*?)</script>", html, flags=re.S)
if len(scripts) != 1:
    sys.exit(f"csp_hash: expected one inline start-up script in {path}, found {len(scripts)}")
digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
marker = "script-src 'self'"
if marker not in html:
    sys.exit(f"csp_hash: {path} has no \"{marker}\" in its Content-Security-Policy")
html = html.replace(marker, f"{marker} 'sha256-{digest}'", 1)
open(path, "w", encoding="utf-8").write(html)
