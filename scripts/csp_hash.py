#!/usr/bin/env python3
"""Trunk post-build hook: allow exactly the inline scripts Trunk wrote, by their sha256 hash.

Trunk's wasm loader is an inline <script type="module">. Rather than allowing inline scripts in
general, the Content-Security-Policy in index.html carries the placeholder CSP_HASHES, which this
hook replaces with one 'sha256-…' source per inline script of the built page.
"""
import base64
import hashlib
import os
import re
import sys

PLACEHOLDER = "CSP_HASHES"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("csp_hash.py: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)", file=sys.stderr)
        return 1
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    if html.count(PLACEHOLDER) != 1:
        print(f"csp_hash.py: expected the {PLACEHOLDER} placeholder exactly once in {path}", file=sys.stderr)
        return 1
    scripts = INLINE_SCRIPT.findall(html)
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
            for s in scripts
        }
    )
    html = html.replace(PLACEHOLDER, " ".join(hashes))
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"csp_hash.py: {len(hashes)} inline script hash(es) written into the CSP")
    return 0


if __name__ == "__main__":
    sys.exit(main())
