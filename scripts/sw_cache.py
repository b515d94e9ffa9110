#!/usr/bin/env python3
"""Trunk post-build hook: write the service worker's file list and version from the build output.

Every file Trunk staged (except the worker itself and config.json, which the worker keeps on its
own terms) is listed, plus "./" for the page; the version is a hash of all their contents, so any
change to any file makes a new cache. Nothing is listed by hand, so a file added to the build can
never be missing offline.
"""
import hashlib
import json
import os
import sys


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("sw_cache.py: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)", file=sys.stderr)
        return 1
    worker = os.path.join(staging, "sw.js")
    files = []
    digest = hashlib.sha256()
    for root, _, names in os.walk(staging):
        for name in sorted(names):
            path = os.path.join(root, name)
            rel = os.path.relpath(path, staging).replace(os.sep, "/")
            # The worker itself, and the Jobcenter's config.json, which the worker fetches and keeps
            # on its own terms (read up to a size limit, kept only if it is JSON).
            if rel in ("sw.js", "config.json"):
                continue
            files.append(rel)
    files.sort()
    for rel in files:
        digest.update(rel.encode())
        with open(os.path.join(staging, rel), "rb") as f:
            digest.update(f.read())
    with open(worker, encoding="utf-8") as f:
        source = f.read()
    if source.count("SW_VERSION") != 1 or source.count("SW_FILES") != 1:
        print("sw_cache.py: expected SW_VERSION and SW_FILES once each in sw.js", file=sys.stderr)
        return 1
    listed = ["./"] + files
    source = source.replace("SW_VERSION", digest.hexdigest()[:16]).replace("SW_FILES", json.dumps(listed))
    with open(worker, "w", encoding="utf-8") as f:
        f.write(source)
    print(f"sw_cache.py: {len(listed)} files in the service worker's cache list")
    return 0


if __name__ == "__main__":
    sys.exit(main())
