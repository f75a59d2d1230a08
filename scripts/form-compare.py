#!/usr/bin/env python3
"""Optional benchmark: the traces of `verify bench` in `verify trace` and in FORM (`trace4`).

For every case it
  1. checks numerical agreement of the two results at random kinematics (3 points): every
     Minkowski product a.b and Levi-Civita symbol is evaluated from random 4-vector components
     (metric +---, eps^{0123} = +1); FORM's e_ is taken as -i eps, fixed once by
     tr(g5 p1 p2 p3 p4) = 4 e_(p1,p2,p3,p4) in FORM and -4 I eps(p1,p2,p3,p4) here;
  2. times both as whole processes, alternating, and prints the medians and their ratio.

Neither the tool nor its tests need FORM: this script is for measurements only
(Debian package `form`). Usage: scripts/form-compare.sh [runs]   (default 5 runs per command)
"""
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time

VERIFY = os.environ.get("VERIFY", ".build-static/release/verify")
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5


def vectors(n):
    return [f"p{i}" for i in range(1, n + 1)]


def lepton_hadron(f2):
    """The nu-N L_{mu nu} H^{mu nu} in both syntaxes (same expression as BenchCommand)."""
    wm = " - F2/(4*M)*(g(mu) q - q g(mu))" if f2 else ""
    wmbar = " + F2/(4*M)*(g(nu) q - q g(nu))" if f2 else ""
    ours = ("tr(kp g(mu) (1 - g5) k g(nu) (1 - g5)) * "
            f"tr((pp + M) (cV g(mu){wm} - cA g(mu) g5) (p + M) (cV g(nu){wmbar} - cA g(nu) g5))")
    fwm = "-F2/(4*M)*(g_(2,mu,q)-g_(2,q,mu))" if f2 else ""
    fwmbar = "+F2/(4*M)*(g_(2,nu,q)-g_(2,q,nu))" if f2 else ""
    form = ("g_(1,kp)*g_(1,mu)*(gi_(1)-g5_(1))*g_(1,k)*g_(1,nu)*(gi_(1)-g5_(1))"
            f"*(g_(2,pp)+M*gi_(2))*(cV*g_(2,mu){fwm}-cA*g_(2,mu)*g5_(2))"
            f"*(g_(2,p)+M*gi_(2))*(cV*g_(2,nu){fwmbar}-cA*g_(2,nu)*g5_(2))")
    return ours, form, ["k", "kp", "p", "pp", "q"]


def cases():
    out = []
    for n in (12, 14, 16):
        v = vectors(n)
        out.append((f"tr of {n} slashed vectors", f"tr({' '.join(v)})", f"g_(1,{','.join(v)})", v))
    v = vectors(10)
    out.append(("tr(g5 and 10 vectors)", f"tr(g5 {' '.join(v)})", f"g5_(1)*g_(1,{','.join(v)})", v))
    for f2, name in ((False, "nu N L_{mu nu} H^{mu nu}"), (True, "nu N L.H with the F2 term")):
        ours, form, v = lepton_hadron(f2)
        out.append((name, ours, form, v))
    return out


def form_program(expression, names):
    return (f"Vectors {','.join(names)};\nIndices mu,nu;\nSymbols cV,cA,F2,M;\n"
            f"Local F = {expression};\ntrace4,1;\ntrace4,2;\ncontract;\nFormat nospaces;\nPrint;\n.end\n")


def split_terms(text):
    """Top-level terms of a sum (respecting parentheses), each with its sign."""
    terms, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch in "+-" and depth == 0 and i > start and text[i - 1] not in "*/^(":
            terms.append(text[start:i])
            start = i
    terms.append(text[start:])
    return [t for t in (s.strip() for s in terms) if t]


def evaluate(text, env, form):
    text = "".join(text.split())
    if not form:
        m = re.fullmatch(r"(-?[0-9/]+)\*\((.*)\)", text) or re.fullmatch(r"(-)\((.*)\)", text)
        if m:
            factor = -1 if m.group(1) == "-" else eval(m.group(1), {}, {})
            return factor * evaluate(m.group(2), env, form)
    total = 0
    for term in split_terms(text):
        t = re.sub(r"\b([A-Za-z]\w*)\.([A-Za-z]\w*)\b", r"D(\1,\2)", term)
        t = t.replace("^", "**").replace("e_(", "EF(").replace("eps(", "EPS(").replace("i_", "1j")
        t = re.sub(r"\bI\b", "1j", t)
        total += eval(t, {"__builtins__": {}}, env)
    return total


def kinematics(names, seed):
    rng = random.Random(seed)
    env = {n: [rng.uniform(-1, 1) for _ in range(4)] for n in names + ["p1"]}
    env.update({s: rng.uniform(0.5, 1.5) for s in ("cV", "cA", "F2", "M", "m")})

    def dot(a, b):
        return a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3]

    def eps(a, b, c, d):  # eps_{mu nu rho sigma} a^mu b^nu c^rho d^sigma with eps_{0123} = -1
        m = [a, b, c, d]
        det = 0
        import itertools
        for perm in itertools.permutations(range(4)):
            sign = 1
            p = list(perm)
            for i in range(4):
                for j in range(i + 1, 4):
                    if p[i] > p[j]:
                        sign = -sign
            det += sign * m[0][p[0]] * m[1][p[1]] * m[2][p[2]] * m[3][p[3]]
        return -det

    env["D"] = dot
    env["EPS"] = eps
    env["EF"] = lambda *a: -1j * eps(*a)
    return env


def run(cmd, **kw):
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    return time.perf_counter() - t0, r


def main():
    if subprocess.run(["sh", "-c", "command -v form"], capture_output=True).returncode != 0:
        print("FORM is not installed (Debian package 'form'); nothing to compare.")
        return 0
    print(f"whole-process wall time, median of {RUNS} alternating runs; agreement at 3 random points")
    print(f"{'case':34}{'terms v/F':>13}{'verify ms':>11}{'FORM ms':>10}{'ratio':>8}  agreement")
    for name, ours, form, names in cases():
        with tempfile.NamedTemporaryFile("w", suffix=".frm", delete=False) as f:
            f.write(form_program(form, names))
            path = f.name
        verify_cmd = [VERIFY, "trace", "--scalars", "cV,cA,F2", ours]
        form_cmd = ["form", "-q", path]
        tv, tf = [], []
        rv = rf = None
        for _ in range(RUNS):
            t, rv = run(verify_cmd)
            tv.append(t)
            t, rf = run(form_cmd)
            tf.append(t)
        os.unlink(path)
        if rv.returncode != 0:
            print(f"{name:34}{'':13}{'refused':>11}{1000 * statistics.median(tf):>10.1f}{'':8}  {rv.stderr.strip()}")
            continue
        form_text = rf.stdout.split("F=", 1)[1].rsplit(";", 1)[0]
        ours_text = rv.stdout.strip()
        worst = None
        if len(ours_text) < 10**7:  # the 16-vector trace (120 MB) is too large for this evaluator
            worst = 0.0
            for seed in range(3):
                env = kinematics(names, seed)
                a, b = evaluate(ours_text, env, False), evaluate(form_text, env, True)
                worst = max(worst, abs(a - b) / max(abs(a), abs(b), 1e-300))
        if worst is None:  # too large to split here: count the separators of the flat sum
            terms = f"{ours_text.count(' + ') + ours_text.count(' - ') + 1}/?"
        else:
            inner = re.fullmatch(r"-?[0-9/]*\*?\((.*)\)", ours_text, re.S)
            ours_terms = len(split_terms(inner.group(1) if inner else ours_text))
            terms = f"{ours_terms}/{len(split_terms(''.join(form_text.split())))}"
        ratio = statistics.median(tv) / statistics.median(tf)
        ok = ("not checked (output over 10 MB)" if worst is None
              else f"{'agree' if worst < 1e-9 else 'DISAGREE'} (max rel. diff {worst:.1e})")
        print(f"{name:34}{terms:>13}{1000 * statistics.median(tv):>11.1f}{1000 * statistics.median(tf):>10.1f}"
              f"{ratio:>8.2f}  {ok}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
