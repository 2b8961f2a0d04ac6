#!/usr/bin/env python3
"""Cross-check the escape analyzer against the REAL compiler on programs outside its corpus.

The escape corpus (crates/escapade_escape/testdata/escape) is written to exercise escape
analysis; ordinary programs (the interpreter's run corpus and the type checker's valid
programs) stress other things: constants of every kind in `fmt` calls, multi-value calls,
std packages. This script compiles each of those programs with the real go1.27.3 compiler
(`Toolchain.compile` of scripts/escape-goldens.py: `$GOTOOLDIR/compile` as `go build` runs it) and with
`escapade escape`, and classifies each program:

  identical   same multiset of lines (order is checked by the corpus goldens)
  refused     escapade printed an `unsupported:` line (a refusal, never a wrong answer)
  wrong       anything else: a silently wrong verdict, listed with its diff

Usage:
  scripts/escape-crosscheck.py ESCAPADE_BINARY [FLAGS...]     e.g. target/debug/escapade -m -l
Prints one diff block per wrong program, then a summary line; exits 1 if any is wrong.
"""
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIRS = ["crates/escapade_interp/testdata/run", "crates/escapade_types/testdata/valid"]


def load_goldens_module():
    spec = importlib.util.spec_from_file_location("eg", os.path.join(ROOT, "scripts/escape-goldens.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def lines(text):
    return [line for line in text.splitlines() if line]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    flags = sys.argv[2:] or ["-m", "-l"]
    eg = load_goldens_module()
    tc = eg.Toolchain("1.27.3")
    files = [(d, f) for d in DIRS for f in sorted(os.listdir(os.path.join(ROOT, d))) if f.endswith(".go")]
    std = set(tc._go("list", "std").split())
    imports = set()
    for d, f in files:
        with open(os.path.join(ROOT, d, f)) as fh:
            imports |= set(eg.IMPORT_RE.findall(fh.read()))
    work = tempfile.mkdtemp(prefix="escape-crosscheck-")
    try:
        tc.prepare_importcfg(sorted(i for i in imports if i in std), work)
        counts = {"identical": 0, "refused": 0, "wrong": 0, "rejected by gc": 0}
        for d, f in files:
            tmp = tempfile.mkdtemp(dir=work)
            shutil.copy(os.path.join(ROOT, d, f), tmp)
            rc, out, err = tc.compile(tmp, f, flags, "main")
            if rc:
                counts["rejected by gc"] += 1
                continue
            ours = subprocess.run([binary, "escape"] + flags + [f], capture_output=True, text=True, cwd=tmp)
            want, got = lines(out + err), lines(ours.stdout + ours.stderr)
            if any("unsupported" in line for line in got):
                counts["refused"] += 1
            elif sorted(got) == sorted(want):
                counts["identical"] += 1
            else:
                counts["wrong"] += 1
                print("==", os.path.join(d, f))
                for line in sorted(set(want) - set(got)):
                    print("  - gc :", line)
                for line in sorted(set(got) - set(want)):
                    print("  + us :", line)
        print("escape-crosscheck", " ".join(flags), ":", ", ".join(f"{k} {v}" for k, v in counts.items()))
        sys.exit(1 if counts["wrong"] else 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
