#!/usr/bin/env python3
"""Every public declaration of include/aksesibel/ (the C++ headers and the C
ABI, aksesibel.h) carries a Doxygen comment.

Checked: each struct, class, enum (also C's "typedef enum") and free function
at namespace (or extern "C") scope, each C typedef, and
each data member and enumerator, has a "///" or "/** */" comment on the lines
just above it or a "///<" / "/**<" comment after it on the same line. A run of
declarations right under one comment counts as documented by it (e.g. a group
of related renderers). Prints what is missing and exits 1 if anything is.

    check_docs.py include/aksesibel [--pending a.hpp,b.hpp]

Headers named by --pending are still being written (plain.hpp and
convert.hpp, by the plain-language work): what they miss is printed as
"pending" and does not fail the check. Empty the list when they are done.
"""
import pathlib
import re
import sys

DECL_TYPE = re.compile(r"^\s*(typedef\s+)?(struct|class|enum class|enum)\s+(\w+)[^;]*\{")
C_TYPEDEF = re.compile(r"^typedef\s+(struct|enum)\s+\w+\s+\w+;")
DECL_FUNC = re.compile(r"^[A-Za-z][\w:<>,\s&*]*\s[*&]?(\w+)\(")
MEMBER = re.compile(r"^\s+[\w:<>,\s&*]+\s(\w+)(\s*=[^;]*)?;")
ENUMERATOR = re.compile(r"^\s+([A-Z]\w*)(\s*=\s*\w+)?,?\s*(///<.*|/\*\*<.*)?$")
SKIP = re.compile(r"^\s*(return|.*\boperator\b|.*\w_;|.*\w_ =|using|namespace|public:|private:|protected:|#|template|friend|static_assert)")


def documented(lines, i):
    line = lines[i]
    if "///<" in line or "/**<" in line:
        return True
    j = i - 1
    # Declarations grouped under one comment: walk up over declarations.
    while j >= 0:
        prev = lines[j].strip()
        if prev.startswith("///") or prev.endswith("*/") or prev.startswith("/**") or prev.startswith("*"):
            return True
        if prev == "" or prev.startswith("//"):
            return False
        if prev.endswith(";") or prev.endswith(",") or prev.endswith("("):
            j -= 1
            continue
        return False
    return False


def check(path):
    missing = []
    lines = path.read_text(encoding="utf-8").splitlines()
    depth = 0          # brace depth inside aksesibel's namespace
    kinds = []         # stack: "ns", "type", "enum", "func", "other"
    for i, raw in enumerate(lines):
        line = raw.split("//")[0] if "///" not in raw else raw
        stripped = raw.strip()
        top = kinds[-1] if kinds else None
        if stripped and not stripped.startswith("//") and not SKIP.match(raw):
            if (top in (None, "ns", "type")) and (DECL_TYPE.match(raw) or C_TYPEDEF.match(raw)):
                if not documented(lines, i):
                    missing.append((i + 1, stripped))
            elif top in (None, "ns") and DECL_FUNC.match(raw) and not raw.startswith(("inline ", "static ")):
                if not documented(lines, i):
                    missing.append((i + 1, stripped))
            elif top == "type" and MEMBER.match(raw) and "(" not in raw.split("=")[0]:
                if not documented(lines, i):
                    missing.append((i + 1, stripped))
            elif top == "enum" and ENUMERATOR.match(raw):
                if not documented(lines, i):
                    missing.append((i + 1, stripped))
        # Track braces to know where we are.
        code = re.sub(r'"([^"\\]|\\.)*"', '""', raw.split("//")[0])
        for ch in code:
            if ch == "{":
                if re.match(r"^\s*namespace\b", raw) or 'extern "C"' in raw:
                    kinds.append("ns")
                elif re.search(r"\benum\b", raw):
                    kinds.append("enum")
                elif re.search(r"\b(struct|class)\b", raw) and "(" not in raw.split("{")[0]:
                    kinds.append("type")
                else:
                    kinds.append("other")
            elif ch == "}" and kinds:
                kinds.pop()
    return missing


def main():
    root = pathlib.Path(sys.argv[1])
    pending = set()
    if len(sys.argv) > 3 and sys.argv[2] == "--pending":
        pending = {p for p in sys.argv[3].split(",") if p}
    failures = 0
    pending_count = 0
    headers = sorted(root.glob("*.hpp")) + sorted(root.glob("*.h"))
    for h in headers:
        for number, text in check(h):
            if h.name in pending:
                print(f"{h.name}:{number}: pending: {text}")
                pending_count += 1
            else:
                print(f"{h.name}:{number}: undocumented: {text}")
                failures += 1
    print(f"docs: {len(headers)} headers, {failures} undocumented declarations, {pending_count} pending")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
