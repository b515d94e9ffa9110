#!/usr/bin/env python3
"""Write the language files the app loads: a language other than German when a person chooses it,
and German with the later pages' code (the release build compiles in only the German texts the
first module shows; see build.rs).

Input: locales/<code>.json, flat objects of key -> text (de.json is checked by build.rs against
every other language). Output: <out>/locales/<code>-<fp>.txt:
the fingerprint on the first line, then one text per line in key order, so the app needs neither
key names nor a JSON parser; <fp> is the key list's fingerprint, computed exactly as build.rs does,
so an app only ever reads files made for its own key list.

As a Trunk hook the output folder is $TRUNK_STAGING_DIR; `--out DIR` writes elsewhere (tests).
"""
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ["de", "ls", "en", "uk", "ar", "tr"]  # every language of build.rs


def fingerprint(keys):
    value = 0xCBF29CE484222325
    for key in keys:
        for byte in key.encode() + b"\n":
            value ^= byte
            value = (value * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{value >> 24:010x}"


def main(argv):
    if len(argv) == 2 and argv[0] == "--out":
        out = Path(argv[1])
    elif not argv and os.environ.get("TRUNK_STAGING_DIR"):
        out = Path(os.environ["TRUNK_STAGING_DIR"])
    else:
        print("usage: locales.py --out DIR (or run as a Trunk hook)", file=sys.stderr)
        return 2
    german = json.loads((ROOT / "locales" / "de.json").read_text(encoding="utf-8"))
    keys = sorted(german)
    fp = fingerprint(keys)
    target = out / "locales"
    target.mkdir(parents=True, exist_ok=True)
    for code in LANGS:
        texts = json.loads((ROOT / "locales" / f"{code}.json").read_text(encoding="utf-8"))
        missing = [k for k in keys if k not in texts]
        if missing or len(texts) != len(keys):
            print(f"locales.py: {code}.json does not match de.json (build.rs says what differs)", file=sys.stderr)
            return 1
        if any("\n" in texts[k] or "\r" in texts[k] for k in keys):
            print(f"locales.py: {code}.json has a text with a line break", file=sys.stderr)
            return 1
        path = target / f"{code}-{fp}.txt"
        path.write_text("\n".join([fp] + [texts[k] for k in keys]) + "\n", encoding="utf-8")
    print(f"locales.py: {len(LANGS)} language files with {len(keys)} texts each ({fp})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
