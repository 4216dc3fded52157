#!/usr/bin/env python3
"""Assemble the seed corpus of one fuzz target at run time (scripts/fuzz).

    make_seeds.py TARGET OUT_DIR SOURCE_DIR SHARED_DIR

Seeds are made from the shared corpus (SHARED_DIR/corpus: bulletins as text
and HTML, statistics as CSV and JSON) and from the project's examples/, cut
to the target's input limit and given the header bytes the target expects
(zeros: default options). They are written to OUT_DIR, outside the
repository: the bulletins' text must not be copied into the project. The
hand-written seeds of tests/fuzz/seeds/TARGET are passed to libFuzzer
separately. A missing shared corpus only means fewer seeds.
"""
import pathlib
import re
import sys

target, out, src, shared = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]), pathlib.Path(sys.argv[4])
corpus = shared / "corpus"
examples = src / "examples"


def files(*patterns):
    found = []
    for base in (corpus, examples):
        if base.is_dir():
            for p in patterns:
                found += sorted(base.rglob(p))
    return [f for f in found if f.is_file()]


def limit():
    m = re.search(r"if \(size > (\d+) \* 1024\) return 0;", (src / "tests" / "fuzz" / f"{target}.cpp").read_text())
    return int(m.group(1)) * 1024 if m else 4096


out.mkdir(parents=True, exist_ok=True)
for old in out.iterdir():
    old.unlink()
cap = limit()
seeds = {}


def add(name, data):
    seeds[name] = data[:cap]


texts = files("*.txt")
texts = [t for t in texts if t.name not in ("SOURCES.md",) and "README" not in t.name]
htmls = files("*.html")
bulletins = texts + htmls
header = {"read_text": 1, "read_html": 1, "data": 1, "braille": 3, "plain": 2, "render": 2, "pdf": 1}

if target in ("read_text",):
    for f in texts:
        add(f.name, b"\0" + f.read_bytes())
elif target == "read_html":
    for f in htmls:
        add(f.name, b"\0" + f.read_bytes())
elif target == "recognise":
    # One seed per paragraph: the target wraps its input in a bulletin of its own.
    for f in texts:
        for i, para in enumerate(re.split(rb"\n\s*\n", f.read_bytes())):
            para = para.strip()
            if 8 <= len(para) <= cap:
                add(f"{f.stem}-{i}", para)
elif target == "data":
    for f in files("*.csv", "*.json"):
        add(f.name, (b"\1" if f.suffix == ".json" else b"\0") + f.read_bytes())
elif target in ("braille", "plain", "render", "pdf"):
    for f in bulletins:
        add(f.name, b"\0" * header[target] + f.read_bytes())
elif target == "capi":
    for f in bulletins:
        add(f.name, f.read_bytes())
    for f in files("*.csv", "*.json"):
        add(f.name, b"from=data\nsource-name=" + f.name.encode() + b"\nto=text,json\n%%\n" + f.read_bytes())
elif target == "options":
    # A line "key=value" for every sample of tests/options/samples.tsv (the
    # keys naming files are skipped by the target anyway).
    lines = []
    for line in (src / "tests" / "options" / "samples.tsv").read_text().splitlines():
        if line and not line.startswith("#") and "\t" in line:
            k, v = line.split("\t", 1)
            lines.append(f"{k}={v}".encode())
    for i, l in enumerate(lines):
        add(f"sample-{i}", l + b"\n")

for name, data in seeds.items():
    (out / re.sub(r"[^A-Za-z0-9._-]", "_", name)).write_bytes(data)
print(f"make_seeds: {len(seeds)} seeds for {target} in {out}")
