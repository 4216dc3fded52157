# Sourced by the shell tests that convert every input (tests/epub, tests/audio):
# sets `inputs` to every shared bulletin, web page and statistics file and the
# project's examples (the one-region ones; examples/data/covid19goid-prov-sample.json
# holds several regions and needs --region), and `out` to a folder removed on
# exit. Exits with a FAIL line when the shared corpus is not at $corpus.
# Also the tally both tests keep: `problem TITLE [DETAIL]` prints and counts
# one problem; `fail_if_problems MESSAGE` ends with "FAIL: <count> MESSAGE".
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
shopt -s nullglob
inputs=("$corpus"/*.txt "$corpus"/html/*.html "$corpus"/data/*.csv "$corpus"/data/*.json
        "$src"/examples/*.txt "$src"/examples/*.html "$src"/examples/data/covid19goid-data-sample.json)
if ((${#inputs[@]} < 30)); then
  echo "FAIL: only ${#inputs[@]} inputs: is the shared corpus at $corpus?"
  exit 1
fi

failed=0
problem() {
  echo "== $1"
  if (($# > 1)); then echo "$2"; fi
  failed=$((failed + 1))
}
fail_if_problems() {
  if ((failed)); then
    echo "FAIL: $failed $1"
    exit 1
  fi
}
