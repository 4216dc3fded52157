#!/usr/bin/env python3
"""Run a program; pass when it exits 0 AND its output matches a pattern.

    expect_output.py REGEX PROGRAM [ARG...]

ctest ignores a test's exit status once PASS_REGULAR_EXPRESSION is set, so a
program that prints the expected line and then crashes or returns 1 would
pass. This runner checks both. The pattern is a Python regular expression
searched in stdout and stderr together (re.S: "." crosses lines).
"""
import re
import subprocess
import sys

if len(sys.argv) < 3:
    print("usage: expect_output.py REGEX PROGRAM [ARG...]")
    sys.exit(2)
pattern, command = sys.argv[1], sys.argv[2:]
run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
sys.stdout.write(run.stdout)
ok = True
if run.returncode != 0:
    print(f"expect_output: FAIL: {command[0]} exited with {run.returncode}")
    ok = False
if not re.search(pattern, run.stdout, re.S):
    print(f"expect_output: FAIL: the output does not match {pattern!r}")
    ok = False
sys.exit(0 if ok else 1)
