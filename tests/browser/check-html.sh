#!/usr/bin/env bash
# check-html.sh DIR|PAGE.html...
#
# Runs the Nu HTML Checker (vnu.jar from the vnu-jar npm package, on the
# system Java) over every *.html under each DIR (recursively) or each PAGE
# given, in one JVM. Prints every error and warning as FILE:LINE:COL, then a
# summary line "vnu: N files, E errors, W warnings".
# Exit 0 when there is no error (warnings are allowed), 1 when there is an
# error, 2 on a setup problem (no Java, vnu.jar missing, no page found).
#
# VNU_JAR overrides the path of vnu.jar; JAVA overrides the java command.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jar=${VNU_JAR:-$here/node_modules/vnu-jar/build/dist/vnu.jar}
java=${JAVA:-java}

if [ $# -eq 0 ] || [ "$1" = -h ] || [ "$1" = --help ]; then
    echo "usage: $0 DIR|PAGE.html..." >&2
    exit 2
fi
if ! command -v "$java" >/dev/null 2>&1; then
    echo "vnu: no java: install it with 'apt-get install -y default-jre-headless'" >&2
    exit 2
fi
if [ ! -f "$jar" ]; then
    echo "vnu: $jar is missing: run 'npm ci --prefix ${here#"$PWD"/}'" >&2
    exit 2
fi
if ! command -v node >/dev/null 2>&1; then
    echo "vnu: node is needed to read vnu's report" >&2
    exit 2
fi

files=()
for arg in "$@"; do
    if [ -d "$arg" ]; then
        while IFS= read -r -d '' f; do files+=("$f"); done \
            < <(find "$arg" -name node_modules -prune -o -type f -iname '*.html' -print0 | LC_ALL=C sort -z)
    elif [ -f "$arg" ]; then
        files+=("$arg")
    else
        echo "vnu: no such file or folder: $arg" >&2
        exit 2
    fi
done
if [ ${#files[@]} -eq 0 ]; then
    echo "vnu: no *.html found in $*" >&2
    exit 2
fi

report=$(mktemp)
trap 'rm -f "$report"' EXIT
# --exit-zero-always: the verdict is ours, from the JSON report below.
"$java" -jar "$jar" --format json --stdout --exit-zero-always --html "${files[@]}" >"$report"

node - "$report" "${#files[@]}" <<'EOF'
const fs = require('fs');
const [reportPath, fileCount] = process.argv.slice(2);
const raw = fs.readFileSync(reportPath, 'utf8');
let report;
try {
  report = JSON.parse(raw);
} catch (e) {
  console.error(`vnu: could not read vnu's report: ${e.message}\n${raw.slice(0, 2000)}`);
  process.exit(2);
}
const shortName = (url) => {
  if (!url) return '(unknown file)';
  let p = url.startsWith('file:') ? decodeURIComponent(new URL(url).pathname) : url;
  const cwd = process.cwd() + '/';
  return p.startsWith(cwd) ? p.slice(cwd.length) : p;
};
let errors = 0;
let warnings = 0;
for (const m of report.messages || []) {
  let kind;
  if (m.type === 'error' || m.type === 'non-document-error') kind = 'error';
  else if (m.type === 'info' && m.subType === 'warning') kind = 'warning';
  else continue; // plain info messages are not shown
  if (kind === 'error') errors += 1; else warnings += 1;
  const line = m.lastLine ?? m.firstLine;
  const col = m.firstColumn ?? m.lastColumn;
  const where = line ? `${shortName(m.url)}:${line}:${col ?? 0}` : shortName(m.url);
  const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : '';
  console.log(`${where}: ${kind}${m.subType && kind === 'error' ? ` (${m.subType})` : ''}: ${m.message}${extract}`);
}
console.log(`vnu: ${fileCount} files, ${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);
EOF
