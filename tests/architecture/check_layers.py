#!/usr/bin/env python3
"""No include runs from a lower layer of the library to a higher one.

The layers are the table under "## Layers" in docs/architecture.md: each row
gives a layer's number, its name and the folders and files it holds. Every
file of lib/ and include/aksesibel/ must belong to a layer, and may include
only files of its own layer or of lower ones. A quoted include that names
no file of the tree is a violation too (it would escape the check). A source
file defines what its own header declares (its first include, by the
project's convention): the two must be in the same layer, or a function
declared low would be defined high ("version.hpp" in base, its definition in
the facade). Prints each violation and exits 1; prints a one-line summary and
exits 0 otherwise.
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[2])
doc = (root / "docs" / "architecture.md").read_text(encoding="utf-8")
section = doc.split("## Layers", 1)[1].split("\n## ", 1)[0]

places = []  # (path prefix, layer number, layer name)
for row in section.splitlines():
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    if len(cells) < 3 or not cells[0].isdigit():
        continue
    for place in re.findall(r"`([^`]+)`", cells[2]):
        places.append((place, int(cells[0]), cells[1]))
if not places:
    sys.exit("check_layers: docs/architecture.md has no layer table under '## Layers'")


def layer_of(rel):
    best = None
    for place, number, name in places:
        if rel == place or (place.endswith("/") and rel.startswith(place)):
            if best is None or len(place) > len(best[0]):
                best = (place, number, name)
    return best


files = sorted(p for p in (root / "lib").rglob("*") if p.suffix in (".cpp", ".hpp", ".h"))
files += sorted((root / "include" / "aksesibel").glob("*"))
problems, edges = [], 0
for path in files:
    rel = path.relative_to(root).as_posix()
    own = layer_of(rel)
    if own is None:
        problems.append(f"{rel}: in no layer of docs/architecture.md")
        continue
    first_include = True
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
        if not m:
            if re.match(r"\s*#\s*include\s+<", line):
                first_include = False
            continue
        included = m.group(1)
        target = f"include/{included}" if included.startswith("aksesibel/") else f"lib/{included}"
        if not (root / target).exists():
            same_folder = path.parent / included
            if same_folder.exists():
                target = same_folder.relative_to(root).as_posix()
            else:
                problems.append(f"{rel}:{number}: includes \"{included}\", which is no file of lib/ or include/")
                continue
        other = layer_of(target)
        edges += 1
        # The own header: "x.cpp" first includes "x.hpp" (or the public header of the same name).
        if first_include and path.suffix == ".cpp" and pathlib.PurePosixPath(target).stem == path.stem:
            if other is not None and other[1] != own[1]:
                problems.append(f"{rel}:{number}: defines {target} (layer {other[1]}, {other[2]}) in layer {own[1]} ({own[2]})")
        first_include = False
        if other is None:
            problems.append(f"{rel}:{number}: includes {target}, which is in no layer")
        elif other[1] > own[1]:
            problems.append(f"{rel}:{number}: layer {own[1]} ({own[2]}) includes {target}, layer {other[1]} ({other[2]})")

for p in problems:
    print(p)
if problems:
    sys.exit(1)
print(f"check_layers: {len(files)} files, {edges} includes, none upward")
