#!/bin/bash
# EPUBCheck on the EPUB of every shared bulletin and statistics file and of
# the examples (also in plain language, and as talking books with media
# overlays): each must have 0 fatal errors, 0
# errors, 0 warnings (issue 18). Usage: check-epubs.sh AKSESIBEL SOURCE_DIR CORPUS_DIR
set -u
cli=$1 src=$2 corpus=$3
jar=/usr/share/java/epubcheck.jar
if ! command -v java > /dev/null || [ ! -f "$jar" ]; then
  echo "FAIL: EPUBCheck is not installed ($jar and java): run scripts/setup"
  exit 1
fi
. "$(dirname "$0")/../inputs.sh"
if ! "$cli" convert "${inputs[@]}" --to epub -o "$out/buletin" 2> "$out/convert.log" ||
   ! "$cli" convert "$src"/examples/data/covid19goid-prov-sample.json --region "Sulawesi Tengah" --to epub \
       -o "$out/wilayah" 2>> "$out/convert.log" ||
   ! "$cli" convert "$src"/examples/*.txt --plain --to epub -o "$out/sederhana" 2>> "$out/convert.log" ||
   ! "$cli" convert "$src"/examples/*.txt --to epub,audio -o "$out/bersuara" 2>> "$out/convert.log"; then
  cat "$out/convert.log"
  echo "FAIL: the conversion to EPUB failed"
  exit 1
fi
books=("$out"/buletin/*.epub "$out"/wilayah/*.epub "$out"/sederhana/*.epub "$out"/bersuara/*.epub)
if ((${#books[@]} != ${#inputs[@]} + 1 + 2 * $(ls "$src"/examples/*.txt | wc -l))); then
  echo "FAIL: ${#books[@]} EPUBs for ${#inputs[@]} inputs, one region, the plain and the talking examples"
  exit 1
fi
# One Java per book, as many at once as there are cores; the client compiler
# starts faster than it optimises, which is what a short check needs.
printf '%s\0' "${books[@]}" |
  xargs -0 -P "$(nproc)" -I{} sh -c 'java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$1" "$2" > "$2.log" 2>&1' sh "$jar" {}
for b in "${books[@]}"; do
  if ! grep -q "Messages: 0 fatals / 0 errors / 0 warnings / 0 infos" "$b.log"; then
    problem "${b#"$out"/}" "$(cat "$b.log")"
  fi
done
fail_if_problems "of ${#books[@]} EPUBs have EPUBCheck messages"
echo "OK: ${#books[@]} EPUBs, EPUBCheck $(java -jar "$jar" --version 2>&1 | grep -o 'v[0-9.]*' | head -1): 0 fatals / 0 errors / 0 warnings / 0 infos each"
