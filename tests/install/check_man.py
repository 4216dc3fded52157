#!/usr/bin/env python3
"""The manual page is valid roff and documents every option and format.

    check_man.py docs/man/aksesibel.1 path/to/aksesibel

Renders the page with groff (warnings on), then checks that every long
option of "aksesibel convert --help" and every format of "aksesibel formats"
appears in the rendered text.
"""
import re
import subprocess
import sys

page, cli = sys.argv[1], sys.argv[2]
render = subprocess.run(["groff", "-man", "-Tascii", "-ww", "-rLL=200n", "-P-c", "-P-b", "-P-u", "-P-o", page],
                        capture_output=True, text=True)
warnings = [w for w in render.stderr.splitlines() if w.strip()]
for w in warnings:
    print("roff:", w)
text = re.sub(r".\x08", "", render.stdout)
text = re.sub(r"\x1b\[[0-9;]*m", "", text)

helptext = subprocess.run([cli, "convert", "--help"], capture_output=True, text=True, check=True).stdout
options = sorted(set(re.findall(r"--([a-z][a-z-]*)", helptext.split("Options of convert:")[1].split("Examples:")[0])))
formats = [line.split("\t")[0] for line in
           subprocess.run([cli, "formats"], capture_output=True, text=True, check=True).stdout.splitlines() if line]
missing = []
th = re.search(r'^\.TH AKSESIBEL 1 \S+ "aksesibel ([^"]+)"', open(page, encoding="utf-8").read(), re.M)
version = subprocess.run([cli, "--version"], capture_output=True, text=True, check=True).stdout.split()[-1]
if not th or th.group(1) != version:
    missing.append(f"version {version} in .TH")
for o in options:
    if "--" + o not in text:
        missing.append("--" + o)
for f in formats:
    if not re.search(r"^\s+" + re.escape(f) + r"\s+\(\.", text, re.M):
        missing.append("format " + f)
for m in missing:
    print("not in the manual page:", m)
if render.returncode != 0:
    warnings.append(f"groff exit status {render.returncode}")
print(f"man: {len(options)} options and {len(formats)} formats documented, {len(missing)} missing, {len(warnings)} roff warnings")
sys.exit(1 if missing or warnings else 0)
