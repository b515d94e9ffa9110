#!/usr/bin/env python3
"""Trunk post-build hook: allow exactly the inline scripts and styles of the built page, by their
sha256 hash.

The app's loader is an inline <script type="module"> and the stylesheet is inlined. Rather than
allowing inline code in general, the Content-Security-Policy in index.html carries the
placeholders CSP_HASHES (script-src) and CSP_STYLE_HASHES (style-src), which this hook replaces
with one 'sha256-…' source per inline script or style element of the built page.
"""
import base64
import hashlib
import os
import re
import sys

# Placeholder → the elements whose text it allows. CSP_HASHES is not a prefix of the other.
INLINE = {
    "CSP_HASHES": re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I),
    "CSP_STYLE_HASHES": re.compile(r"<style[^>]*>(.*?)</style>", re.S | re.I),
}


def sources(texts: list[str]) -> str:
    return " ".join(
        sorted(
            {
                "'sha256-" + base64.b64encode(hashlib.sha256(t.encode("utf-8")).digest()).decode() + "'"
                for t in texts
            }
        )
    )


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("csp_hash.py: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)", file=sys.stderr)
        return 1
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    # Both lists are taken before either placeholder is replaced, so each hash covers the text
    # exactly as the browser will read it.
    found = {name: pattern.findall(html) for name, pattern in INLINE.items()}
    for name, texts in found.items():
        count = len(re.findall(name + r"\b", html))
        # A page without inline styles (the benchmark's baseline) needs no style placeholder.
        if count == 0 and not texts:
            continue
        if count != 1:
            print(f"csp_hash.py: expected the {name} placeholder exactly once in {path}", file=sys.stderr)
            return 1
        html = re.sub(name + r"\b", sources(texts), html)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    counts = ", ".join(f"{len(texts)} for {name}" for name, texts in found.items())
    print(f"csp_hash.py: inline hashes written into the CSP ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
