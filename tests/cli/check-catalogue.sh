#!/usr/bin/env bash
# Every message marked for translation (tr() and N_() in cli/, translate() and
# N_() in lib/: errors, warnings, option and format descriptions) has an
# Indonesian translation in po/id.po: none missing, none empty, none fuzzy,
# and every translation keeps its {0}, {1} … (GNU gettext's msgcmp, msgfmt).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
xgettext --language=C++ --from-code=UTF-8 --keyword=tr --keyword=N_ --keyword=translate --no-wrap -o "$tmp/now.pot" \
  cli/*.cpp $(find lib -name "*.cpp" | sort)
# msgcmp: each msgid of the code must be translated in id.po (untranslated and fuzzy count as missing).
msgcmp po/id.po "$tmp/now.pot"
stats=$(msgfmt --check --statistics -o /dev/null po/id.po 2>&1)
echo "po/id.po: $stats"
case $stats in *untranslated*|*fuzzy*) echo "po/id.po has untranslated or fuzzy messages; run po/update and translate them" >&2; exit 1 ;; esac
# Placeholders: the same {N} in each translation as in its English.
python3 - po/id.po <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
bad = 0
for m in re.finditer(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n)+)', text, re.M):
    src = "".join(re.findall(r'"(.*)"', m.group(1)))
    dst = "".join(re.findall(r'"(.*)"', m.group(2)))
    if src and sorted(re.findall(r"\{\d\}", src)) != sorted(re.findall(r"\{\d\}", dst)):
        print("placeholders differ:", src, "->", dst, file=sys.stderr)
        bad += 1
sys.exit(1 if bad else 0)
PY
echo "catalogue complete"
