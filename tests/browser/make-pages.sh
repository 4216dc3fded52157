#!/usr/bin/env bash
# Write the HTML pages the browser checks look at: html, large-print,
# braille-proof and plain-html of every bulletin of the shared corpus (when it
# is there), of its statistics files (bulletins with a chart) and of the
# examples (bulletins and statistics), into the folder given.
set -euo pipefail
cli=$1 out=$2 root=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$out" && mkdir -p "$out"
inputs=("$root"/examples/*.txt "$root"/examples/*.html)
if [ -d "$root/../shared/corpus" ]; then
  inputs+=("$root"/../shared/corpus/*.txt "$root"/../shared/corpus/html/*.html)
fi
for f in "${inputs[@]}"; do
  "$cli" convert "$f" --to html,large-print,braille-proof,plain-html -o "$out" --quiet
done
if [ -d "$root/../shared/corpus/data" ]; then
  for f in "$root"/../shared/corpus/data/*.csv "$root"/../shared/corpus/data/*.json; do
    [ -e "$f" ] || continue
    "$cli" convert "$f" --to html,large-print,braille-proof,plain-html -o "$out" --quiet
  done
fi
# The examples of covid19.go.id's prov.json and data.json shapes.
"$cli" convert "$root"/examples/data/covid19goid-data-sample.json --to html,large-print,braille-proof,plain-html -o "$out" --quiet
"$cli" convert "$root"/examples/data/covid19goid-prov-sample.json --region "Sulawesi Tengah" \
  --to html,large-print,braille-proof,plain-html -o "$out" --quiet
echo "pages: $(ls "$out" | wc -l) in $out"
