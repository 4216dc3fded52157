#!/usr/bin/env python3
"""The shared library exports exactly the C ABI and the public C++ API.

    check_symbols.py LIBRARY include/aksesibel

- every exported (dynamic, defined) symbol is aks_*, or — demangled — a member
  of a public class or struct (aksesibel::Upper…), its typeinfo or vtable, or a
  free function that a public header declares;
- nothing of the internal namespaces (aksesibel::text::, ::braille::, …) and no
  std:: template instantiation is exported;
- every function of aksesibel.h and every free function of the .hpp headers
  is exported;
- the soname is libaksesibel.so.N, N being AKS_ABI_VERSION of aksesibel.h
  (read here, not from CMake, so that the two are compared).
The list of public functions is read from the headers here, independently of
the build's version script (cmake/AksesibelVisibility.cmake).
"""
import pathlib
import re
import subprocess
import sys

lib, include = sys.argv[1], pathlib.Path(sys.argv[2])
abi = re.search(r"^#define AKS_ABI_VERSION (\d+)$", (include / "aksesibel.h").read_text(), re.M)
if not abi:
    print("aksesibel.h defines no AKS_ABI_VERSION")
    sys.exit(1)
soversion = abi.group(1)

c_functions = set(re.findall(r"^AKS_API [^(]*?\b(aks_\w+)\(", (include / "aksesibel.h").read_text(), re.M))
cpp_functions = set()
for h in include.glob("*.hpp"):
    for m in re.finditer(r"^(?!inline |static |return |using )[A-Za-z][\w:<>,\s&*]*?[\s*&](\w+)\(", h.read_text(), re.M):
        cpp_functions.add(m.group(1))

out = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True, text=True, check=True).stdout
names = [line.split()[-1] for line in out.splitlines() if line.strip()]
demangled = subprocess.run(["c++filt"], input="\n".join(names), capture_output=True, text=True, check=True).stdout.splitlines()

wrong, exported_c, exported_cpp = [], set(), set()
public_member = re.compile(r"^(typeinfo for |typeinfo name for |vtable for )?aksesibel::[A-Z]\w*")
free_function = re.compile(r"^aksesibel::(\w+)(\[abi:\w+\])?\(")
for raw, name in zip(names, demangled):
    if raw.startswith("aks_"):
        exported_c.add(raw)
        if raw not in c_functions:
            wrong.append(f"{name} (not in aksesibel.h)")
        continue
    m = free_function.match(name)
    if m and m.group(1) in cpp_functions:
        exported_cpp.add(m.group(1))
        continue
    if public_member.match(name):
        continue
    wrong.append(name)

missing = sorted(c_functions - exported_c) + sorted(cpp_functions - exported_cpp)
for w in wrong:
    print("exported but not public:", w)
for m in missing:
    print("public but not exported:", m)

dyn = subprocess.run(["objdump", "-p", lib], capture_output=True, text=True, check=True).stdout
soname = re.search(r"SONAME\s+(\S+)", dyn)
if not soname or soname.group(1) != f"libaksesibel.so.{soversion}":
    print("soname:", soname.group(1) if soname else None, "but AKS_ABI_VERSION is", soversion)
    wrong.append("soname")
print(f"C ABI: {len(exported_c)} functions; C++: {len(exported_cpp)} free functions")
print(f"symbols: {len(names)} exported, {len(wrong)} wrong, {len(missing)} missing")
sys.exit(1 if wrong or missing else 0)
