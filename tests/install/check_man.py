#!/usr/bin/env python3
"""The manual page is valid roff and documents every option and format.

    check_man.py docs/man/aksesibel.1 path/to/aksesibel
    check_man.py --lang id --english docs/man/aksesibel.1 docs/man/id/aksesibel.1 path/to/aksesibel

Renders the page with groff (warnings on), then checks that every long
option of "aksesibel convert --help" and every format of "aksesibel formats"
appears in the rendered text. The CLI is asked in the page's language
(--lang, default en), so that the locale of the test run does not matter.

With --lang id the page is the Indonesian one: its section headings must be
the Indonesian ones (and no English heading may be left), and with --english
it is compared with the English page it translates: the same .TH fields, the
same long options and environment variables, the same example commands.
"""
import argparse
import re
import subprocess
import sys

SECTIONS = {
    "en": ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "FORMATS", "OPTIONS", "EXIT STATUS",
           "ENVIRONMENT", "FILES", "EXAMPLES", "SEE ALSO"],
    "id": ["NAMA", "RINGKASAN", "DESKRIPSI", "PERINTAH", "FORMAT", "OPSI", "STATUS KELUAR",
           "LINGKUNGAN", "BERKAS", "CONTOH", "LIHAT JUGA"],
}
# Where the option list of "aksesibel convert --help" starts and ends, in each language.
HELP_BOUNDS = {"en": ("Options of convert:", "Examples:"), "id": ("Opsi convert:", "Contoh:")}

parser = argparse.ArgumentParser()
parser.add_argument("--lang", choices=sorted(SECTIONS), default="en", help="the language of the page")
parser.add_argument("--english", help="the English page that a translated page must agree with")
parser.add_argument("page")
parser.add_argument("cli")
args = parser.parse_args()
page, cli, lang = args.page, args.cli, args.lang


def render(path):
    return subprocess.run(["groff", "-man", "-Tascii", "-ww", "-rLL=200n", "-P-c", "-P-b", "-P-u", "-P-o", path],
                          capture_output=True, text=True)


def run_cli(*argv):
    return subprocess.run([cli, *argv, "--lang", lang], capture_output=True, text=True, check=True).stdout


rendered = render(page)
warnings = [w for w in rendered.stderr.splitlines() if w.strip()]
for w in warnings:
    print("roff:", w)
text = re.sub(r".\x08", "", rendered.stdout)
text = re.sub(r"\x1b\[[0-9;]*m", "", text)
source = open(page, encoding="utf-8").read()

helptext = run_cli("convert", "--help")
start, end = HELP_BOUNDS[lang]
if start not in helptext:
    sys.exit(f"no '{start}' in '{cli} convert --help --lang {lang}'")
options = sorted(set(re.findall(r"--([a-z][a-z-]*)", helptext.split(start)[1].split(end)[0])))
formats = [line.split("\t")[0] for line in run_cli("formats").splitlines() if line]
missing = []
th = re.search(r'^\.TH AKSESIBEL 1 \S+ "aksesibel ([^"]+)"', source, re.M)
version = run_cli("--version").split()[-1]
if not th or th.group(1) != version:
    missing.append(f"version {version} in .TH")
for o in options:
    if "--" + o not in text:
        missing.append("--" + o)
for f in formats:
    if not re.search(r"^\s+" + re.escape(f) + r"\s+\(\.", text, re.M):
        missing.append("format " + f)

if lang != "en":
    headings = [h.strip('"') for h in re.findall(r"^\.SH\s+(.+?)\s*$", source, re.M)]
    for h in SECTIONS[lang]:
        if h not in headings:
            missing.append(f"section {h}")
    for h in headings:
        if h in SECTIONS["en"] and h not in SECTIONS[lang]:
            missing.append(f"section {h} (not translated)")


def th_fields(src):
    m = re.search(r"^\.TH\s+(\S+)\s+(\S+)\s+(\S+)\s+(\"[^\"]*\"|\S+)", src, re.M)
    return m.groups() if m else None


def long_options(src):
    return set(re.findall(r"\\-\\-([a-z][a-z-]*(?:\\-[a-z]+)*)", src))


def env_vars(src):
    return set(re.findall(r"\b(AKSESIBEL_[A-Z_]+|LOUIS_TABLEPATH|LANGUAGE|LC_ALL|LC_MESSAGES|LANG)\b", src))


def examples(src):
    # The command lines between .nf and .fi, without their quoting (a quoted
    # argument of .B and a \(dq that prints the quote are the same command).
    blocks = re.findall(r"^\.nf\n(.*?)^\.fi$", src, re.M | re.S)
    return [re.sub(r'\\\(dq|"', "", line).removeprefix(".B ").strip()
            for block in blocks for line in block.splitlines() if line.strip()]


if args.english:
    english = open(args.english, encoding="utf-8").read()
    if th_fields(source) is None or th_fields(source) != th_fields(english):
        missing.append(f".TH {th_fields(english)} of {args.english} (here {th_fields(source)})")
    for o in sorted(long_options(english) - long_options(source)):
        missing.append(f"--{o.replace(chr(92), '')} of {args.english}")
    for o in sorted(long_options(source) - long_options(english)):
        missing.append(f"--{o.replace(chr(92), '')} is not in {args.english}")
    for v in sorted(env_vars(english) ^ env_vars(source)):
        missing.append(f"{v}: in only one of the two pages")
    if examples(source) != examples(english):
        missing.append(f"the examples of {args.english}")

for m in missing:
    print("not in the manual page:", m)
if rendered.returncode != 0:
    warnings.append(f"groff exit status {rendered.returncode}")
print(f"man: {len(options)} options and {len(formats)} formats documented, {len(missing)} missing, {len(warnings)} roff warnings")
sys.exit(1 if missing or warnings else 0)
