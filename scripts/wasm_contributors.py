#!/usr/bin/env python3
"""What the shipped WebAssembly consists of: the top contributors of each module, by bytes.

usage: wasm_contributors.py [--top N] FILE.wasm...

Each FILE must keep its function names (wasm-opt -g; `make size` makes such copies of the release
modules). A contributor is the app's own module (antragssimulator::ui::pages, ...::domain::flow),
or a crate for library code; generic code is counted where its trait or type comes from
(`<T as tachys::view::Render>` is tachys). The data section is split into the German texts of the
catalogue (locales/de.json) and everything else. Raw bytes, and each contributor's share of the
module's brotli size estimated by compressing its bytes alone.
"""
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def leb(data: bytes, i: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def sections(data: bytes):
    i = 8
    while i < len(data):
        sid = data[i]
        size, i = leb(data, i + 1)
        yield sid, data[i : i + size]
        i += size


def imported_functions(body: bytes) -> int:
    count, j = leb(body, 0)
    functions = 0
    for _ in range(count):
        for _ in range(2):
            length, j = leb(body, j)
            j += length
        kind = body[j]
        j += 1
        if kind == 0:
            functions += 1
            _, j = leb(body, j)
        elif kind in (1, 2):
            if kind == 1:
                j += 1
            flags = body[j]
            _, j = leb(body, j + 1)
            if flags & 1:
                _, j = leb(body, j)
        elif kind == 3:
            j += 2
        else:
            _, j = leb(body, j)
    return functions


def function_names(body: bytes) -> dict[int, str]:
    names, j = {}, 0
    length, j = leb(body, j)
    if body[j : j + length] != b"name":
        return names
    j += length
    while j < len(body):
        sub = body[j]
        size, j = leb(body, j + 1)
        end = j + size
        if sub == 1:
            count, j = leb(body, j)
            for _ in range(count):
                index, j = leb(body, j)
                length, j = leb(body, j)
                names[index] = body[j : j + length].decode("utf-8", "replace")
                j += length
        j = end
    return names


def demangle(name: str) -> str:
    """Rust's legacy mangling (`_ZN…E`) to a path; v0 names (`_R…`) to their first crate. The
    main module's names come demangled from wasm-bindgen, the chunks' do not."""
    if name.startswith("_ZN"):
        parts, i = [], 3
        while i < len(name) and name[i].isdigit():
            digits = re.match(r"\d+", name[i:]).group()
            i += len(digits)
            parts.append(name[i : i + int(digits)])
            i += int(digits)
        if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
            parts.pop()
        path = "::".join(parts)
        for code, char in (("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$RF$", "&"), ("$C$", ","),
                           ("$u7b$", "{"), ("$u7d$", "}"), ("$BP$", "*"), ("..", "::")):
            path = path.replace(code, char)
        return path
    if name.startswith("_R"):
        crate = re.search(r"C(?:s[0-9a-zA-Z]*_)?(\d+)", name)
        if crate:
            start = crate.end()
            return name[start : start + int(crate.group(1))] + "::?"
        return name
    return name


def contributor(name: str) -> str:
    name = demangle(name)
    split_point = re.match(r"__wasm_split_00(\w+?)00_export", name)
    if split_point:
        return f"(split point {split_point.group(1)}, inlined)"
    own = re.search(r"antragssimulator::((?:[a-z0-9_]+::)?[a-z0-9_]+)", name)
    if own:
        return "antragssimulator::" + own.group(1)
    trait = re.match(r"<[^<>]*? as ([a-z_][a-z0-9_]*)", name)
    if trait:
        return trait.group(1)
    first = re.search(r"([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::", name)
    return first.group(1) if first else name.split("(")[0][:40]


def brotli(data: bytes) -> int:
    return len(subprocess.run(["brotli", "-q", "11", "-c"], input=data, capture_output=True, check=True).stdout)


def report(path: Path, top: int) -> None:
    data = path.read_bytes()
    imports, names, bodies, segment = 0, {}, [], b""
    for sid, body in sections(data):
        if sid == 2:
            imports = imported_functions(body)
        elif sid == 10:
            count, j = leb(body, 0)
            for k in range(count):
                size, start = leb(body, j)
                bodies.append((imports + k, body[j : start + size]))
                j = start + size
        elif sid == 11:
            segment = body
        elif sid == 0:
            names.update(function_names(body))
    groups: dict[str, bytearray] = defaultdict(bytearray)
    for index, code in bodies:
        groups[contributor(names.get(index, "?"))] += code
    german = json.loads((ROOT / "locales" / "de.json").read_text(encoding="utf-8"))
    rest = segment
    found = bytearray()
    for text in sorted(german.values(), key=len, reverse=True):
        encoded = text.encode()
        if encoded in rest:
            found += encoded
            rest = rest.replace(encoded, b"", 1)
    groups["data: German texts"] += found
    groups["data: other"] += rest
    ranked = sorted(groups.items(), key=lambda item: len(item[1]), reverse=True)
    total_raw = sum(len(v) for v in groups.values())
    print(f"\n{path.name}: code and data {total_raw:,} bytes raw")
    print(f"{'contributor':<44} {'raw':>9} {'brotli*':>9}")
    for name, blob in ranked[:top]:
        print(f"{name:<44} {len(blob):>9,} {brotli(bytes(blob)):>9,}")
    others = ranked[top:]
    print(f"{f'{len(others)} others':<44} {sum(len(v) for _, v in others):>9,}")


def main(argv: list[str]) -> int:
    top = 20
    if len(argv) > 2 and argv[1] == "--top":
        top, argv = int(argv[2]), [argv[0]] + argv[3:]
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    for file in argv[1:]:
        report(Path(file), top)
    print("\n* each contributor compressed alone: a guide to its weight, not an exact share")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
