#!/usr/bin/env python3
"""Trunk post-build hook (release builds): minify the JavaScript glue wasm-bindgen writes, with
terser from the project's npm packages, and put the new file's hash into the integrity attribute
of a link to it, if index.html has one (Trunk computed it for the unminified file). Trunk
minifies HTML and CSS itself, but its JavaScript minifier cannot read the glue's module syntax.
"""
import base64
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("minify_js.py: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)", file=sys.stderr)
        return 1
    if os.environ.get("TRUNK_PROFILE") != "release":
        return 0
    staging = Path(staging)
    terser = ROOT / "node_modules" / ".bin" / "terser"
    index = staging / "index.html"
    html = index.read_text(encoding="utf-8")
    for js in sorted(staging.glob("*.js")):
        if js.name == "sw.js":
            continue
        before = js.stat().st_size
        result = subprocess.run(
            [str(terser), str(js), "--module", "--compress", "--mangle", "--output", str(js)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            print(f"minify_js.py: terser failed on {js.name}:\n{result.stderr}", file=sys.stderr)
            return 1
        digest = base64.b64encode(hashlib.sha384(js.read_bytes()).digest()).decode()
        # Trunk's minified HTML leaves attributes unquoted where it can, in any order.
        tag = re.compile(r"<link\b[^>]*\b" + re.escape(js.name) + r"\b[^>]*>")
        value = re.compile(r'(integrity=)"?sha384-[A-Za-z0-9+/=]+"?')
        html, count = tag.subn(lambda m: value.sub(lambda v: f'{v.group(1)}"sha384-{digest}"', m.group(0)), html)
        # The chunks' loader (scripts/split_wasm.py) is imported by the glue, not named by the page.
        if count > 1 or (js.name not in html and not js.name.startswith("__wasm_split-")):
            print(f"minify_js.py: expected {js.name} in index.html, at most one link to it", file=sys.stderr)
            return 1
        print(f"minify_js.py: {js.name} {before} -> {js.stat().st_size} bytes")
    index.write_text(html, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
