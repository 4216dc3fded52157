#!/bin/bash
# The talking bulletin of every shared bulletin, web page and statistics file
# and of the examples, through the command line: the Opus file is a whole
# Ogg Opus stream with its chapters (opusinfo), the MP3 starts with its ID3
# tag, the script is there. Usage: check-audio.sh AKSESIBEL SOURCE_DIR CORPUS_DIR
set -u
cli=$1 src=$2 corpus=$3
if ! command -v opusinfo > /dev/null; then
  echo "FAIL: opusinfo (opus-tools) is not installed: run scripts/setup"
  exit 1
fi
. "$(dirname "$0")/../inputs.sh"
# Two inputs at a time, each in its own folder (two files may share a name).
printf '%s\0' "${inputs[@]}" | xargs -0 -P "$(nproc)" -I{} sh -c \
  'd="$2/$(echo "$1" | md5sum | cut -c1-12)"; mkdir -p "$d"; "$0" convert "$1" --to audio,audio-mp3,audio-script -o "$d" 2> "$d/stderr" || echo "$1" > "$d/failed"' \
  "$cli" {} "$out"
for d in "$out"/*/; do
  if [ -e "$d/failed" ]; then
    problem "$(cat "$d/failed"): the conversion failed" "$(cat "$d/stderr")"
    continue
  fi
  opus=("$d"*.opus) mp3=("$d"*.mp3) script=("$d"*.audio.json)
  info=$(opusinfo "${opus[0]}" 2>&1)
  if ! grep -q "Playback length" <<< "$info" || grep -qiE "warning|error" <<< "$info" ||
     ! grep -q "CHAPTER001=00:00:00.000" <<< "$info"; then
    problem "${opus[0]}: not a whole Ogg Opus stream with chapters" "$info"
  fi
  if [ "$(head -c 3 "${mp3[0]}")" != "ID3" ] || [ ! -s "${script[0]}" ]; then
    problem "$d: no MP3 with its tag, or no script"
  fi
done
fail_if_problems "problems in the talking bulletins of ${#inputs[@]} inputs"
seconds=$(for d in "$out"/*/; do opusinfo "$d"*.opus | sed -n 's/.*Playback length: \([0-9]*\)m:\([0-9.]*\)s.*/\1 \2/p'; done |
          awk '{ s += $1 * 60 + $2 } END { printf "%.0f", s }')
echo "OK: ${#inputs[@]} talking bulletins (Opus, MP3, script), $seconds seconds of speech in all"
