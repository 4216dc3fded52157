#!/usr/bin/env python3
"""Peak memory of the command-line tool against the size of its input.

The issue's bound: peak resident memory at most 20 times the input plus a
constant. An 8 MiB input is made of the shared corpus's bulletins (every
.txt file, in name order, one after another, repeated, cut at a line end)
and converted to formats that cover every pipeline: text (reading), json,
large-print-pdf (Pango and Cairo), brf (braille), plain (plain language),
each by a process of its own. The constant is the peak of the same format
for a tiny bulletin (examples/), measured here, plus a margin for noise.

    check_memory.py --cli build/bin/aksesibel [--size 8MiB] [--formats text,json]

Exits 77 (skipped) when the shared corpus (../shared/corpus) is missing.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
TINY = os.path.join(ROOT, "examples", "buletin-sulteng-2021-07-14.txt")
FORMATS = ["text", "json", "large-print-pdf", "brf", "plain"]
FACTOR = 20
MARGIN = 8 * 1024 * 1024  # bytes: the spread of the tiny input's peak between runs, and more


def corpus_input(size):
    """`size` bytes at most of the corpus's bulletins, repeated, cut after a line end."""
    files = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
    texts = [open(f, "rb").read().rstrip(b"\n") + b"\n\n" for f in files]
    out, n = [], 0
    while n < size:
        for t in texts:
            out.append(t)
            n += len(t)
            if n >= size:
                break
    data = b"".join(out)[:size]
    return data[: data.rfind(b"\n") + 1]


# Runs the command given and prints its peak resident memory (KiB). A fresh,
# small process: the peak Linux reports for a child counts the memory of the
# process that forked it until the exec, so this script's own would show.
WRAPPER = """
import resource, subprocess, sys
status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(status)
"""


def peak_rss(cmd):
    """The peak resident memory of `cmd` in bytes, its exit status and standard error."""
    p = subprocess.run([sys.executable, "-c", WRAPPER] + cmd, capture_output=True, text=True)
    out = p.stdout.strip()
    return (int(out) * 1024 if out.isdigit() else 0), p.returncode, p.stderr


def convert(cli, path, fmt, outdir):
    cmd = [cli, "convert", path, "--to", fmt, "-o", outdir, "-q", "--max-input-size", str(max(os.path.getsize(path), 1 << 20))]
    rss, status, err = peak_rss(cmd)
    if status != 0:
        sys.exit(f"FAIL: {' '.join(cmd)} exited with {status}: {err.strip()}")
    return rss


def parse_size(s):
    units = {"KiB": 1 << 10, "MiB": 1 << 20}
    for u, m in units.items():
        if s.endswith(u):
            return int(float(s[: -len(u)]) * m)
    return int(s)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", required=True)
    ap.add_argument("--size", default="8MiB")
    ap.add_argument("--formats", default=",".join(FORMATS))
    args = ap.parse_args()
    if not glob.glob(os.path.join(CORPUS, "*.txt")):
        print(f"SKIP: the shared corpus is missing ({os.path.normpath(CORPUS)})")
        return 77
    size = parse_size(args.size)
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        big = os.path.join(tmp, "input.txt")
        with open(big, "wb") as f:
            f.write(corpus_input(size))
        n = os.path.getsize(big)
        mib = 1024 * 1024
        for fmt in args.formats.split(","):
            const = convert(args.cli, TINY, fmt, tmp)
            peak = convert(args.cli, big, fmt, tmp)
            limit = FACTOR * n + const + MARGIN
            ok = peak <= limit
            print(f"{'ok  ' if ok else 'FAIL'} {fmt:16} input {n / mib:5.2f} MiB  peak {peak / mib:6.1f} MiB "
                  f"({(peak - const) / n:4.1f}x the input above the tiny bulletin's {const / mib:5.1f} MiB)  "
                  f"limit {limit / mib:6.1f} MiB", flush=True)
            if not ok:
                failed.append(fmt)
    if failed:
        print(f"FAILURE: peak memory above {FACTOR}x the input plus a constant for: {', '.join(failed)}")
        return 1
    print(f"OK: every format's peak is at most {FACTOR}x the input plus the tiny bulletin's peak")
    return 0


if __name__ == "__main__":
    sys.exit(main())
