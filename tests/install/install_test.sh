#!/usr/bin/env bash
# Install aksesibel into a temporary prefix, move the prefix elsewhere, and
# use it from there as another project would: the CLI, a CMake consumer
# (find_package, shared and static), a C consumer built with pkg-config, the
# Python module and the manual page. Nothing may come from the build or
# source tree: LOUIS_TABLEPATH and AKSESIBEL_* are unset, and the consumers
# check that data and tables are found inside the moved prefix.
#
#   install_test.sh BUILD_DIR SOURCE_DIR PYTHON PYTHON_INSTALL_DIR
set -euo pipefail
build=$1 src=$2 python=$3 pydir=${4:-}
unset LOUIS_TABLEPATH AKSESIBEL_DATA_DIR AKSESIBEL_TABLES_DIR PYTHONPATH
tmp=$(mktemp -d /tmp/aksesibel-install.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "install: FAIL: $*"; exit 1; }
step() { echo "install: $*"; }

step "cmake --install into $tmp/first"
cmake --install "$build" --prefix "$tmp/first" > "$tmp/install.log" || { cat "$tmp/install.log"; fail "cmake --install"; }
mv "$tmp/first" "$tmp/moved"
p=$tmp/moved
libdir=$(cd "$p" && ls -d lib*/ | head -1); libdir=${libdir%/}
[ -f "$p/$libdir/libaksesibel.so" ] || libdir=$(dirname "$(cd "$p" && find . -name 'libaksesibel.so' | head -1)")
for f in include/aksesibel/aksesibel.h include/aksesibel/convert.hpp include/aksesibel/options.hpp \
         "$libdir/libaksesibel.a" "$libdir/libaksesibel.so" "$libdir/libaksesibel.so.0" \
         "$libdir/pkgconfig/aksesibel.pc" "$libdir/pkgconfig/aksesibel-static.pc" "$libdir/cmake/aksesibel/aksesibel-config.cmake" \
         bin/aksesibel share/aksesibel/data/boilerplate-id.txt share/aksesibel/tables/id-id-g1.utb \
         share/man/man1/aksesibel.1; do
  [ -e "$p/$f" ] || fail "$f is not installed"
done
[ ! -e "$p/share/aksesibel/tables/tests" ] || fail "the table tests are installed"
soname=$(objdump -p "$p/$libdir/libaksesibel.so" | awk '/SONAME/ {print $2}')
[ "$soname" = "libaksesibel.so.0" ] || fail "soname $soname"
step "files in place, soname $soname"

step "the installed CLI"
out=$("$p/bin/aksesibel" convert "$src/examples/buletin-sulteng-2021-07-14.txt" --to brf -o -) || fail "CLI"
grep -q '#BAC' <<<"$out" || fail "the CLI's braille has no #BAC (213)"
"$p/bin/aksesibel" convert "$src/examples/buletin-sulteng-2021-07-14.txt" --to json -o "$tmp/out" --quiet || fail "CLI json"
[ -s "$tmp/out/buletin-sulteng-2021-07-14.json" ] || fail "CLI json output"

step "find_package(aksesibel) consumer, shared and static"
cmake -S "$src/tests/install/find_package" -B "$tmp/cmake-consumer" -DCMAKE_PREFIX_PATH="$p" \
      -DCMAKE_BUILD_TYPE=Release > "$tmp/cmake-consumer.log" 2>&1 || { cat "$tmp/cmake-consumer.log"; fail "configure"; }
cmake --build "$tmp/cmake-consumer" -j2 > "$tmp/cmake-build.log" 2>&1 || { cat "$tmp/cmake-build.log"; fail "build"; }
"$tmp/cmake-consumer/consumer_shared" "$p" || fail "consumer_shared"
ldd "$tmp/cmake-consumer/consumer_shared" | grep -q "$p/$libdir/libaksesibel.so.0" || fail "consumer_shared links another libaksesibel"
# A program linked with the static library is not in the prefix: it is told
# where the data and tables are, as the documentation says.
AKSESIBEL_DATA_DIR="$p/share/aksesibel/data" AKSESIBEL_TABLES_DIR="$p/share/aksesibel/tables" \
  "$tmp/cmake-consumer/consumer_static" "$p" || fail "consumer_static"
if ldd "$tmp/cmake-consumer/consumer_static" | grep -q libaksesibel; then fail "consumer_static links the shared library"; fi

step "pkg-config consumer (C11)"
export PKG_CONFIG_PATH="$p/$libdir/pkgconfig"
version=$(pkg-config --modversion aksesibel) || fail "pkg-config does not find aksesibel"
"$p/bin/aksesibel" --version | grep -qF "$version" || fail "pkg-config gives version $version"
# shellcheck disable=SC2046
cc -std=c11 -Wall -Wextra -Wpedantic -Werror "$src/tests/install/pkgconfig/consumer.c" -o "$tmp/pc-consumer" \
   $(pkg-config --cflags --libs aksesibel) -Wl,-rpath,"$(pkg-config --variable=libdir aksesibel)" || fail "cc"
"$tmp/pc-consumer" "$p" || fail "pc-consumer"
[ "$(pkg-config --cflags aksesibel | wc -w)" = 1 ] || fail "aksesibel.pc asks for more than its include folder"
# shellcheck disable=SC2046
cc -std=c11 -Wall -Wextra -Wpedantic -Werror "$src/tests/install/pkgconfig/consumer.c" -o "$tmp/pc-consumer-static" \
   $(pkg-config --cflags --libs aksesibel-static) || fail "cc with aksesibel-static"
if ldd "$tmp/pc-consumer-static" | grep -q libaksesibel; then fail "pc-consumer-static links the shared library"; fi
AKSESIBEL_DATA_DIR="$p/share/aksesibel/data" AKSESIBEL_TABLES_DIR="$p/share/aksesibel/tables" \
  "$tmp/pc-consumer-static" "$p" || fail "pc-consumer-static"

if [ -n "$pydir" ]; then
  step "the installed Python module"
  PYTHONPATH="$p/$pydir" "$python" - "$p" <<'PY' || fail "python"
import os, sys
import aksesibel
prefix = sys.argv[1]
assert aksesibel.__file__.startswith(prefix), aksesibel.__file__
assert aksesibel.data_directory().startswith(prefix), aksesibel.data_directory()
assert prefix + "/share/aksesibel/tables/id-id-g1.utb" in aksesibel.braille_table(), aksesibel.braille_table()
brf = aksesibel.convert("Palu - Kasus baru bertambah 213 orang pada Rabu (14/7/2021).\n", to="brf")
assert b"#BAC" in brf, brf
print("python consumer OK")
PY
fi

step "the manual page"
export MAN_DISABLE_SECCOMP=1   # man-db's sandbox is not allowed in some containers
MANPATH="$p/share/man" man -w aksesibel | grep -q "$p/share/man/man1/aksesibel.1" || fail "man -w"
MANPATH="$p/share/man" MANPAGER=cat MANWIDTH=80 man aksesibel 2>/dev/null | grep -q -- "--cells-per-line" || fail "man aksesibel"

echo "install: all checks passed"
