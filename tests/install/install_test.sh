#!/usr/bin/env bash
# Install aksesibel into a temporary prefix, move the prefix elsewhere, and
# use it from there as another project would: the CLI, a CMake consumer
# (find_package, shared and static), a C consumer built with pkg-config, the
# Python module and the manual pages (English and Indonesian). Nothing may
# come from the build or source tree: LOUIS_TABLEPATH and AKSESIBEL_* are
# unset, and the consumers check that data and tables are found inside the
# moved prefix (the CLI's, by giving the moved prefix a boilerplate rule and
# a braille rule that the source tree does not have, and seeing them at work).
#
#   install_test.sh BUILD_DIR SOURCE_DIR PYTHON PYTHON_INSTALL_DIR
#
# Exits non-zero (and prints "install: FAIL: …") when a check fails. No
# "cmd | grep -q" under pipefail: grep -q may close the pipe early and the
# writer's SIGPIPE would fail the pipeline; output goes to a file first.
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
abi=$(sed -n 's/^#define AKS_ABI_VERSION \([0-9][0-9]*\)$/\1/p' "$src/include/aksesibel/aksesibel.h")
[ -n "$abi" ] || fail "no AKS_ABI_VERSION in aksesibel.h"
for f in include/aksesibel/aksesibel.h include/aksesibel/convert.hpp include/aksesibel/options.hpp \
         "$libdir/libaksesibel.a" "$libdir/libaksesibel.so" "$libdir/libaksesibel.so.$abi" \
         "$libdir/pkgconfig/aksesibel.pc" "$libdir/pkgconfig/aksesibel-static.pc" "$libdir/cmake/aksesibel/aksesibel-config.cmake" \
         bin/aksesibel share/aksesibel/data/boilerplate-id.txt share/aksesibel/tables/id-id-g1.utb \
         share/man/man1/aksesibel.1 share/man/id/man1/aksesibel.1; do
  [ -e "$p/$f" ] || fail "$f is not installed"
done
[ ! -e "$p/share/aksesibel/tables/tests" ] || fail "the table tests are installed"
soname=$(objdump -p "$p/$libdir/libaksesibel.so" | awk '/SONAME/ {print $2}')
[ "$soname" = "libaksesibel.so.$abi" ] || fail "soname $soname, but AKS_ABI_VERSION is $abi"
step "files in place, soname $soname"

step "the installed CLI"
"$p/bin/aksesibel" convert "$src/examples/buletin-sulteng-2021-07-14.txt" --to brf -o - > "$tmp/cli.brf" || fail "CLI"
grep -q '#BAC' "$tmp/cli.brf" || fail "the CLI's braille has no #BAC (213)"
"$p/bin/aksesibel" convert "$src/examples/buletin-sulteng-2021-07-14.txt" --to json -o "$tmp/out" --quiet || fail "CLI json"
[ -s "$tmp/out/buletin-sulteng-2021-07-14.json" ] || fail "CLI json output"

step "the moved CLI's data and tables are the moved prefix's"
# A line only the moved prefix's boilerplate removes, and a character only
# its braille table has (U+2603 as the full cell); the source tree knows
# neither, so the CLI shows them only when it reads the moved prefix.
printf 'Palu - Kasus baru bertambah 213 orang pada Rabu (14/7/2021). Tanda \xe2\x98\x83 di sini.\nPENANDA UJI PREFIX\n' > "$tmp/marked.txt"
"$p/bin/aksesibel" convert "$tmp/marked.txt" --to json -o - > "$tmp/before.json" 2>/dev/null || fail "CLI json (before)"
"$p/bin/aksesibel" convert "$tmp/marked.txt" --to braille-text -o - > "$tmp/before.braille" 2>/dev/null || true
printf 'line\tinstall-test\t^PENANDA UJI PREFIX$\n' >> "$p/share/aksesibel/data/boilerplate-id.txt"
printf 'always \\x2603 123456\n' >> "$p/share/aksesibel/tables/id-id-g1.utb"
"$p/bin/aksesibel" convert "$tmp/marked.txt" --to json -o - > "$tmp/after.json" || fail "CLI json (after)"
"$p/bin/aksesibel" convert "$tmp/marked.txt" --to braille-text -o - > "$tmp/after.braille" || fail "CLI braille (after)"
if grep -q 'install-test' "$tmp/before.json"; then fail "the rule was there before it was added"; fi
grep -q '"install-test"' "$tmp/after.json" || fail "the CLI does not use the moved prefix's data/"
if grep -q $'\xe2\xa0\xbf' "$tmp/before.braille"; then fail "the cell was there before the table rule"; fi
grep -q $'\xe2\xa0\xbf' "$tmp/after.braille" || fail "the CLI does not use the moved prefix's tables/"

step "find_package(aksesibel) consumer, shared and static"
cmake -S "$src/tests/install/find_package" -B "$tmp/cmake-consumer" -DCMAKE_PREFIX_PATH="$p" \
      -DCMAKE_BUILD_TYPE=Release > "$tmp/cmake-consumer.log" 2>&1 || { cat "$tmp/cmake-consumer.log"; fail "configure"; }
cmake --build "$tmp/cmake-consumer" -j2 > "$tmp/cmake-build.log" 2>&1 || { cat "$tmp/cmake-build.log"; fail "build"; }
"$tmp/cmake-consumer/consumer_shared" "$p" || fail "consumer_shared"
ldd "$tmp/cmake-consumer/consumer_shared" > "$tmp/ldd-shared.txt" || fail "ldd consumer_shared"
grep -qF "$p/$libdir/libaksesibel.so.$abi" "$tmp/ldd-shared.txt" || fail "consumer_shared links another libaksesibel"
# A program linked with the static library is not in the prefix: it is told
# where the data and tables are, as the documentation says.
AKSESIBEL_DATA_DIR="$p/share/aksesibel/data" AKSESIBEL_TABLES_DIR="$p/share/aksesibel/tables" \
  "$tmp/cmake-consumer/consumer_static" "$p" || fail "consumer_static"
ldd "$tmp/cmake-consumer/consumer_static" > "$tmp/ldd-static.txt" || fail "ldd consumer_static"
if grep -q libaksesibel "$tmp/ldd-static.txt"; then fail "consumer_static links the shared library"; fi

step "pkg-config consumer (C11)"
export PKG_CONFIG_PATH="$p/$libdir/pkgconfig"
version=$(pkg-config --modversion aksesibel) || fail "pkg-config does not find aksesibel"
"$p/bin/aksesibel" --version > "$tmp/version.txt" || fail "aksesibel --version"
grep -qF "$version" "$tmp/version.txt" || fail "pkg-config gives version $version"
# shellcheck disable=SC2046
cc -std=c11 -Wall -Wextra -Wpedantic -Werror "$src/tests/install/pkgconfig/consumer.c" -o "$tmp/pc-consumer" \
   $(pkg-config --cflags --libs aksesibel) -Wl,-rpath,"$(pkg-config --variable=libdir aksesibel)" || fail "cc"
"$tmp/pc-consumer" "$p" || fail "pc-consumer"
[ "$(pkg-config --cflags aksesibel | wc -w)" = 1 ] || fail "aksesibel.pc asks for more than its include folder"
# shellcheck disable=SC2046
cc -std=c11 -Wall -Wextra -Wpedantic -Werror "$src/tests/install/pkgconfig/consumer.c" -o "$tmp/pc-consumer-static" \
   $(pkg-config --cflags --libs aksesibel-static) || fail "cc with aksesibel-static"
ldd "$tmp/pc-consumer-static" > "$tmp/ldd-pc-static.txt" || fail "ldd pc-consumer-static"
if grep -q libaksesibel "$tmp/ldd-pc-static.txt"; then fail "pc-consumer-static links the shared library"; fi
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
  # The folder is where this Python looks for packages under the configured
  # prefix (Debian's python3: lib/python3.X/dist-packages for /usr/local),
  # as sysconfig says, asked here independently of CMake.
  configured=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
  "$python" - "$configured" "$pydir" <<'PY' || fail "the Python install folder is not this Python's"
import os, sys, sysconfig
prefix, chosen = os.path.normpath(sys.argv[1]), sys.argv[2]
if "posix_local" in sysconfig.get_scheme_names() and prefix == "/usr/local":
    expected = sysconfig.get_path("platlib", "posix_local", vars={"base": "/usr", "platbase": "/usr"})
elif "deb_system" in sysconfig.get_scheme_names() and prefix == "/usr":
    expected = sysconfig.get_path("platlib", "deb_system", vars={"base": "/usr", "platbase": "/usr"})
elif "posix_local" in sysconfig.get_scheme_names():
    expected = os.path.join(prefix, "lib", "python%d.%d" % sys.version_info[:2], "dist-packages")
else:
    expected = sysconfig.get_path("platlib", vars={"base": prefix, "platbase": prefix})
if os.path.join(prefix, chosen) != expected:
    sys.exit(f"{prefix}/{chosen} is not {expected}")
if sysconfig.get_config_var("prefix") == prefix or prefix == "/usr/local" and "posix_local" in sysconfig.get_scheme_names():
    assert expected in sys.path, (expected, sys.path)
print("python folder OK:", chosen)
PY
  # Imported with no PYTHONPATH at all: the moved prefix made a virtual
  # environment of this Python, whose packages are <prefix>/lib/pythonX.Y/
  # site-packages; when that is the folder chosen, the module must be found.
  venv_dir=$("$python" -c 'import sys; print("lib/python%d.%d/site-packages" % sys.version_info[:2])')
  if [ "$pydir" = "$venv_dir" ]; then
    "$python" -m venv --without-pip "$p" > "$tmp/venv.log" 2>&1 || { cat "$tmp/venv.log"; fail "venv"; }
    (cd "$tmp" && env -u PYTHONPATH "$p/bin/python" -c 'import aksesibel, sys; assert aksesibel.__file__.startswith(sys.argv[1]), aksesibel.__file__; print("imported without PYTHONPATH:", aksesibel.__file__)' "$p") \
      || fail "the installed module is not found without PYTHONPATH"
  else
    step "(no import without PYTHONPATH: $pydir is not a virtual environment's folder, $venv_dir)"
  fi
fi

step "the manual pages, English and Indonesian"
export MAN_DISABLE_SECCOMP=1   # man-db's sandbox is not allowed in some containers
# -L en: the English page even when the test runs in an Indonesian locale
# (LANG=id_ID.UTF-8 or LANGUAGE=id would otherwise show the Indonesian one).
MANPATH="$p/share/man" man -L en -w aksesibel > "$tmp/man-w.txt" || fail "man -w"
grep -qF "$p/share/man/man1/aksesibel.1" "$tmp/man-w.txt" || fail "man -w finds another page"
MANPATH="$p/share/man" MANPAGER=cat MANWIDTH=80 man -L en aksesibel > "$tmp/man.txt" 2>/dev/null || fail "man aksesibel"
grep -q "^EXIT STATUS" "$tmp/man.txt" || fail "man -L en aksesibel is not the English page"
grep -q -- "--cells-per-line" "$tmp/man.txt" || fail "man aksesibel has no --cells-per-line"
# The Indonesian page: what man shows for LANG=id_ID.UTF-8 (when that locale
# is installed) and, whatever the locale, for man -L id.
MANPATH="$p/share/man" man -L id -w aksesibel > "$tmp/man-w-id.txt" || fail "man -L id -w"
grep -qF "$p/share/man/id/man1/aksesibel.1" "$tmp/man-w-id.txt" || fail "man -L id finds another page than the Indonesian one"
MANPATH="$p/share/man" MANPAGER=cat MANWIDTH=80 man -L id aksesibel > "$tmp/man-id.txt" 2>/dev/null || fail "man -L id aksesibel"
grep -q "^STATUS KELUAR" "$tmp/man-id.txt" || fail "man -L id aksesibel is not the Indonesian page"
grep -q -- "--cells-per-line" "$tmp/man-id.txt" || fail "man -L id aksesibel has no --cells-per-line"

echo "install: all checks passed"
