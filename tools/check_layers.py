#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a source file includes a header of a layer above its own.

The layers are the CMake libraries, bottom to top:
  protocol < decode < store < capture < replay < models < net < cli | ui < app
cli and ui are siblings: neither may include the other. With --dot, prints the include graph
between layers (Graphviz) instead, so the stack can be drawn.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = [  # (name, folder, rank)
    ("protocol", "app/core/protocol", 0),
    ("decode", "app/core/decode", 1),
    ("store", "app/core/store", 2),
    ("capture", "app/core/capture", 3),
    ("replay", "app/core/replay", 4),
    ("models", "app/core/models", 5),
    ("net", "app/net", 6),
    ("cli", "app/cli", 7),
    ("ui", "ui", 7),
]
INCLUDE_ROOTS = ["app/core", "app/net", "app/cli", "ui"]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def layer_of(path):
    relative = path.relative_to(ROOT).as_posix()
    if relative == "app/main.cpp":
        return ("app", 8)
    for name, folder, rank in LAYERS:
        if relative.startswith(folder + "/"):
            return (name, rank)
    return None


def resolve(source, included):
    for base in [source.parent] + [ROOT / r for r in INCLUDE_ROOTS]:
        candidate = (base / included).resolve()
        if candidate.is_file():
            return candidate
    return None


def edges():
    for source in sorted(ROOT.glob("app/**/*")) + sorted(ROOT.glob("ui/**/*")):
        if source.suffix not in (".h", ".cpp") or not source.is_file():
            continue
        own = layer_of(source)
        for included in INCLUDE.findall(source.read_text(encoding="utf-8", errors="replace")):
            target = resolve(source, included)
            if target is None:
                continue  # a generated header (moc, ui_) or a system header in quotes
            yield source, included, own, layer_of(target)


def main():
    violations = []
    graph = set()
    for source, included, own, theirs in edges():
        if own is None or theirs is None or own[0] == theirs[0]:
            continue
        graph.add((own[0], theirs[0]))
        if theirs[1] > own[1] or (theirs[1] == own[1]):
            violations.append(f"{source.relative_to(ROOT)}: includes \"{included}\" "
                              f"({own[0]} must not depend on {theirs[0]})")
    if "--dot" in sys.argv:
        print("digraph layers {\n  rankdir=BT;")
        for a, b in sorted(graph):
            print(f"  {a} -> {b};")
        print("}")
        return 0
    for line in violations:
        print(line)
    print(f"{len(graph)} layer edges checked, {len(violations)} upward includes")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
