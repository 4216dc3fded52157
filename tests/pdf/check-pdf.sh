#!/bin/sh
# Checks a large-print PDF as a reader's tools see it (poppler-utils), for a CI step:
#
#   tests/pdf/check-pdf.sh FILE.pdf FONT_SIZE
#
# - every font embedded, none italic or oblique (pdffonts);
# - title, author and subject set; page size A4 or Letter (pdfinfo);
# - every word at least 0.9 x FONT_SIZE high (pdftotext -bbox-layout: a word's
#   box is the font's ascent to descent, 1.164 em for DejaVu Sans);
# - "Halaman 1 dari N" on page 1, N the number of pages;
# - page 1 drawn at 50 dpi into FILE-halaman-1.png beside the PDF, to look at.
#
# Prints what it measured; exits 1 if a check fails, 2 on wrong use.
set -u

if [ $# -ne 2 ] || [ ! -f "$1" ]; then
  echo "usage: $0 FILE.pdf FONT_SIZE" >&2
  exit 2
fi
pdf=$1
size=$2
case $size in
  ''|*[!0-9.]*) echo "$0: FONT_SIZE must be a number of points, not '$size'" >&2; exit 2 ;;
esac
for tool in pdffonts pdfinfo pdftotext pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$0: $tool is missing (Debian: apt-get install poppler-utils)" >&2
    exit 2
  fi
done

failed=0
fail() {
  echo "FAIL: $*"
  failed=1
}

# Fonts: "name type encoding emb sub uni object ID"; emb is the fifth field from the end.
fonts=$(pdffonts "$pdf") || fail "pdffonts cannot read $pdf"
nfonts=$(printf '%s\n' "$fonts" | awk 'NR > 2 && NF >= 6' | wc -l)
[ "$nfonts" -gt 0 ] || fail "no fonts in $pdf"
not_embedded=$(printf '%s\n' "$fonts" | awk 'NR > 2 && NF >= 6 && $(NF-4) != "yes" { print $1 }')
[ -z "$not_embedded" ] || fail "fonts not embedded: $not_embedded"
italic=$(printf '%s\n' "$fonts" | awk 'NR > 2' | grep -Ei 'italic|oblique' | awk '{ print $1 }')
[ -z "$italic" ] || fail "italic fonts: $italic"
echo "fonts: $nfonts, all embedded, none italic: $(printf '%s\n' "$fonts" | awk 'NR > 2 { printf "%s ", $1 }')"

# Document information and paper.
info=$(pdfinfo "$pdf") || fail "pdfinfo cannot read $pdf"
for key in Title Author Subject; do
  value=$(printf '%s\n' "$info" | sed -n "s/^$key: *//p")
  [ -n "$value" ] || fail "no $key in the document information"
  echo "$key: $value"
done
paper=$(printf '%s\n' "$info" | sed -n 's/^Page size: *//p')
case $paper in
  "595.28 x 841.89 pts"*|"612 x 792 pts"*) echo "page size: $paper" ;;
  *) fail "page size is neither A4 (595.28 x 841.89) nor Letter (612 x 792): $paper" ;;
esac
pages=$(printf '%s\n' "$info" | sed -n 's/^Pages: *//p')
echo "pages: $pages"

# Glyph sizes: the lowest word box.
words=$(pdftotext -enc UTF-8 -bbox-layout "$pdf" - |
  sed -n 's/.*<word xMin="[^"]*" yMin="\([^"]*\)" xMax="[^"]*" yMax="\([^"]*\)">.*/\1 \2/p')
[ -n "$words" ] || fail "pdftotext finds no words (text not extractable?)"
result=$(printf '%s\n' "$words" | awk -v size="$size" '
  NF == 2 { h = $2 - $1; if (n == 0 || h < min) min = h; n++ }
  END { limit = 0.9 * size; printf "%d %.3f %.3f %s\n", n, min, limit, (n > 0 && min >= limit) ? "ok" : "small" }')
set -- $result
echo "words: $1, lowest word box: $2 pt (at least $3 pt wanted for $size pt text)"
[ "$4" = ok ] || fail "a word is smaller than 0.9 x $size pt: $2 pt"

# Page numbers.
first=$(pdftotext -enc UTF-8 -f 1 -l 1 "$pdf" - | tr -s ' \n' '  ')
case $first in
  *"Halaman 1 dari $pages"*) echo "page 1: Halaman 1 dari $pages" ;;
  *) fail "page 1 does not say 'Halaman 1 dari $pages'" ;;
esac

# A picture of page 1, to look at.
png_base=${pdf%.pdf}-halaman-1
if pdftoppm -r 50 -png -f 1 -l 1 -singlefile "$pdf" "$png_base"; then
  echo "page 1: $png_base.png"
else
  fail "pdftoppm cannot draw page 1"
fi

[ $failed -eq 0 ] && echo "OK: $pdf"
exit $failed
