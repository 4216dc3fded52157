# Sourced by the shell tests that convert every input (tests/epub, tests/audio):
# sets `inputs` to every shared bulletin, web page and statistics file and the
# project's examples (the one-region ones; examples/data/covid19goid-prov-sample.json
# holds several regions and needs --region), and `out` to a folder removed on
# exit. Exits with a FAIL line when the shared corpus is not at $corpus.
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
shopt -s nullglob
inputs=("$corpus"/*.txt "$corpus"/html/*.html "$corpus"/data/*.csv "$corpus"/data/*.json
        "$src"/examples/*.txt "$src"/examples/*.html "$src"/examples/data/covid19goid-data-sample.json)
if ((${#inputs[@]} < 30)); then
  echo "FAIL: only ${#inputs[@]} inputs: is the shared corpus at $corpus?"
  exit 1
fi
