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
# The pages of aksesibel serve: the form, a result (the sample bulletin to
# html, braille proof and BRF), the result of several files (with its log of
# progress, one failed) and a refusal (nothing sent), as a browser gets them.
"$cli" serve --listen 127.0.0.1:0 2> "$out/.serve.log" &
serve_pid=$!
trap 'kill $serve_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q "http://127.0.0.1:" "$out/.serve.log" 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$out/.serve.log" | head -1)
python3 - "$port" "$out" "$root/examples/buletin-sulteng-2021-07-14.txt" <<'PY'
import sys, urllib.request, urllib.error, uuid
port, out, sample = sys.argv[1], sys.argv[2], sys.argv[3]
base = f"http://127.0.0.1:{port}"
open(f"{out}/serve-form.html", "wb").write(urllib.request.urlopen(base + "/").read())
def post(fields, files):
    b = uuid.uuid4().hex
    body = b""
    for k, v in fields:
        body += f"--{b}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode()
    for k, name, data in files:
        body += f"--{b}\r\nContent-Disposition: form-data; name=\"{k}\"; filename=\"{name}\"\r\nContent-Type: text/plain\r\n\r\n".encode() + data + b"\r\n"
    body += f"--{b}--\r\n".encode()
    req = urllib.request.Request(base + "/ubah", data=body, headers={"Content-Type": f"multipart/form-data; boundary={b}"})
    try:
        return urllib.request.urlopen(req).read()
    except urllib.error.HTTPError as e:
        return e.read()
open(f"{out}/serve-result.html", "wb").write(
    post([("to", "html"), ("to", "braille-proof"), ("to", "brf"), ("embosser", "a4")], [("berkas", "buletin.txt", open(sample, "rb").read())]))
open(f"{out}/serve-result-several.html", "wb").write(
    post([("to", "html"), ("to", "brf")], [("berkas", "satu.txt", open(sample, "rb").read()), ("berkas", "kosong.txt", b""),
                                           ("berkas", "dua.txt", open(sample, "rb").read())]))
open(f"{out}/serve-refusal.html", "wb").write(post([("to", "brf")], []))
PY
kill $serve_pid 2>/dev/null || true
rm -f "$out/.serve.log"
echo "pages: $(ls "$out" | wc -l) in $out"
