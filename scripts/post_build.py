#!/usr/bin/env python3
"""Trunk post-build hook: the WebAssembly split into its chunks, the language files, the minified JavaScript and the CSP hashes first,
then the service worker's cache list (whose version hashes the final files). One hook, because Trunk starts the hooks of a stage together."""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for script in ("split_wasm.py", "locales.py", "minify_js.py", "csp_hash.py", "sw_cache.py"):
    result = subprocess.run([sys.executable, str(HERE / script)])
    if result.returncode != 0:
        sys.exit(result.returncode)
