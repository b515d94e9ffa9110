#!/usr/bin/env python3
"""Trunk post-build hook (release builds): split the WebAssembly into the first module and the
chunks loaded when first needed, then optimise each.

The release build marks split points (`#[leptos::lazy]` under `cfg(wasm_split)`, set by build.rs,
which also keeps the linker's relocations the splitting needs). wasm-split-cli (crate
wasm_split_cli_support, installed by scripts/setup.sh) must read cargo's own output, before
wasm-bindgen has rewritten it, so this hook starts again from that file: split, wasm-bindgen on
the first module, wasm-opt on every module (Trunk's own wasm-opt is off in index.html, it would
only optimise a module that is then replaced). The results take the names Trunk gave its files,
so index.html and its loader need no change; the chunks and their loader `__wasm_split-*.js` sit
beside them, named by their content, and sw_cache.py lists them for offline use like every other
file.
"""
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRATE = "antragssimulator"
# Kept from Trunk's former `data-wasm-opt-params`: flattening first measured 2.7 kB brotli less.
WASM_OPT = ["--flatten", "--rereloop", "-Oz", "-Oz"]
# The features Rust 1.95 emits for wasm32-unknown-unknown; wasm-opt must accept each.
FEATURES = [
    "--enable-reference-types",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-multivalue",
]


def optimise(source: Path, dest: Path) -> None:
    run("wasm-opt", *WASM_OPT, *FEATURES, str(source), "-o", str(dest))
    # `make size`: the same module with its function names, for scripts/wasm_contributors.py.
    names = os.environ.get("WASM_NAMES_DIR")
    if names:
        Path(names).mkdir(parents=True, exist_ok=True)
        run("wasm-opt", "-g", *WASM_OPT, *FEATURES, str(source), "-o", str(Path(names) / dest.name))


def run(*command: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def replace_once(text: str, old: str, new: str) -> str:
    if text.count(old) != 1:
        raise RuntimeError(f"expected {old} once in a generated file, found it {text.count(old)} times")
    return text.replace(old, new)


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("split_wasm.py: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)", file=sys.stderr)
        return 1
    if os.environ.get("TRUNK_PROFILE") != "release":
        return 0
    staging = Path(staging)
    glue = sorted(staging.glob(f"{CRATE}-*.js"))
    if len(glue) != 1:
        print(f"split_wasm.py: expected one {CRATE}-*.js in the build, found {len(glue)}", file=sys.stderr)
        return 1
    stem = glue[0].stem
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    linked = target / "wasm32-unknown-unknown" / "release" / f"{CRATE}.wasm"
    if not linked.is_file():
        print(f"split_wasm.py: cargo's output {linked} is missing", file=sys.stderr)
        return 1
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            split, bound = tmp / "split", tmp / "bound"
            split.mkdir()
            run("wasm-split-cli", str(linked), str(split), "--out-name", stem, "--target", "web")
            # split_<point>.wasm per split point, chunk_<n>.wasm for code two of them share.
            chunks = sorted(p for p in split.glob("*.wasm") if p.name != f"{stem}.wasm")
            if not chunks:
                raise RuntimeError("wasm-split-cli found no split point (is cfg(wasm_split) set?)")
            run("wasm-bindgen", "--target", "web", "--no-typescript", "--keep-lld-exports", "--out-dir", str(bound),
                "--out-name", stem, str(split / f"{stem}.wasm"))
            optimise(bound / f"{stem}_bg.wasm", staging / f"{stem}_bg.wasm")
            # Every chunk and the chunks' loader get a name from their content, like Trunk's
            # files: a page of one version can never load a chunk of another.
            loader = (split / "__wasm_split.js").read_text(encoding="utf-8")
            for chunk in chunks:
                optimised = tmp / chunk.name
                optimise(chunk, optimised)
                name = f"{chunk.stem}-{content_hash(optimised.read_bytes())}.wasm"
                shutil.copy(optimised, staging / name)
                loader = replace_once(loader, f'"./{chunk.name}"', f'"./{name}"')
            loader_name = f"__wasm_split-{content_hash(loader.encode())}.js"
            (staging / loader_name).write_text(loader, encoding="utf-8")
            # The glue imports the loader by the name wasm-split-cli gave it; the import object
            # keeps that name as its key, which is the module name inside the WebAssembly.
            glue_text = (bound / f"{stem}.js").read_text(encoding="utf-8")
            # (wasm-bindgen writes one import statement per split point.)
            if 'from "./__wasm_split.js"' not in glue_text:
                raise RuntimeError("the glue does not import __wasm_split.js")
            glue_text = glue_text.replace('from "./__wasm_split.js"', f'from "./{loader_name}"')
            (staging / f"{stem}.js").write_text(glue_text, encoding="utf-8")
            # The glue imports the loader statically: fetched beside the glue, not after it (it
            # otherwise arrived 30 to 70 ms later, measured, and the app waited for it). Its
            # preload goes right after the glue's (Trunk.toml), in whatever form the minifier
            # left that one.
            index = staging / "index.html"
            page = index.read_text(encoding="utf-8")
            glue_preload = re.findall(rf'<link[^>]*href="?[^" >]*{re.escape(stem)}\.js"?[^>]*>', page)
            if len(glue_preload) != 1 or "modulepreload" not in glue_preload[0]:
                raise RuntimeError(f"expected one modulepreload of {stem}.js in index.html, found {glue_preload}")
            link = f'<link rel="modulepreload" href="./{loader_name}">'
            index.write_text(replace_once(page, glue_preload[0], glue_preload[0] + link), encoding="utf-8")
    except RuntimeError as e:
        print(f"split_wasm.py: {e}", file=sys.stderr)
        return 1
    sizes = ", ".join(f"{p.name} {p.stat().st_size:,} B" for p in sorted(staging.glob("*.wasm")))
    print(f"split_wasm.py: {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
