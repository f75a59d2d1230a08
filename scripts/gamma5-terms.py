#!/usr/bin/env python3
"""Optional table (not part of the tests): the length of tr(g5 p1 ... pn) in `verify trace` and in
FORM's `trace4`, n = 4..14, and their numerical agreement at 3 random kinematic points (the
evaluator and the e_ = -i eps convention of scripts/form-compare.py).

Usage: swift build -c release && python3 scripts/gamma5-terms.py [max n]   (default 14)
Needs FORM (Debian package `form`); VERIFY overrides the binary (default .build/release/verify).
"""
import importlib.util
import os
import re
import subprocess
import sys
import tempfile

MAX_N = int(sys.argv[1]) if len(sys.argv) > 1 else 14
VERIFY = os.environ.get("VERIFY", ".build/release/verify")
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.argv = sys.argv[:1]  # form-compare.py reads its own arguments at import
spec = importlib.util.spec_from_file_location("form_compare", "scripts/form-compare.py")
fc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fc)


def count(text):
    inner = re.fullmatch(r"-?[0-9/]*\*?\((.*)\)", text, re.S)
    return len(fc.split_terms(inner.group(1) if inner else text))


print(f"{'n':>3}{'verify':>9}{'FORM':>9}  agreement (max rel. diff at 3 points)")
for n in range(4, MAX_N + 1, 2):
    names = fc.vectors(n)
    ours = subprocess.run([VERIFY, "trace", f"tr(g5 {' '.join(names)})"], capture_output=True, text=True,
                          check=True).stdout.strip()
    with tempfile.NamedTemporaryFile("w", suffix=".frm", delete=False) as f:
        f.write(fc.form_program(f"g5_(1)*g_(1,{','.join(names)})", names))
        path = f.name
    form = subprocess.run(["form", "-q", path], capture_output=True, text=True, check=True).stdout
    os.unlink(path)
    form = "".join(form.split("F=", 1)[1].rsplit(";", 1)[0].split())
    worst = 0.0
    for seed in range(3):
        env = fc.kinematics(names, seed)
        a, b = fc.evaluate(ours, env, False), fc.evaluate(form, env, True)
        worst = max(worst, abs(a - b) / max(abs(a), abs(b), 1e-300))
    print(f"{n:>3}{count(ours):>9}{len(fc.split_terms(form)):>9}  {'agree' if worst < 1e-9 else 'DISAGREE'} ({worst:.1e})")
