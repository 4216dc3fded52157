#!/usr/bin/env python3
"""The code in README.md and docs/api.md is the code the tests build and run.

    check_snippets.py SOURCE_DIR README.md docs/api.md

A fenced code block whose first line is a comment naming a file under
examples/api/ ("// examples/api/convert.cpp", "/* examples/api/convert.c …",
"# examples/api/convert.py …") must be that file, byte for byte. Each
document must hold at least one such block, and every file of examples/api/
must appear in one of them.
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
fence = re.compile(r"^```[\w+]*\n(.*?)^```", re.S | re.M)
name = re.compile(r"^(?://|/\*|#) (examples/api/[\w.]+)")
same = different = missing = 0
seen = set()
for doc in sys.argv[2:]:
    text = (root / doc).read_text(encoding="utf-8")
    found = 0
    for block in fence.findall(text):
        m = name.match(block)
        if not m:
            continue
        found += 1
        seen.add(m.group(1))
        path = root / m.group(1)
        if not path.exists():
            print(f"{doc}: names {m.group(1)}, which does not exist")
            missing += 1
        elif path.read_text(encoding="utf-8") != block:
            print(f"{doc}: the snippet of {m.group(1)} differs from the file")
            different += 1
        else:
            same += 1
    if not found:
        print(f"{doc}: no snippet of examples/api/")
        missing += 1
for f in sorted((root / "examples/api").iterdir()):
    rel = f"examples/api/{f.name}"
    if rel not in seen:
        print(f"{rel} is in no document")
        missing += 1
print(f"snippets: {same} identical, {different} different, {missing} missing")
sys.exit(1 if different or missing else 0)
