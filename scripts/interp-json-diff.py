#!/usr/bin/env python3
"""Differential check of the interpreter's encoding/json against real Go (go1.27.3).

Generates Go programs that decode random JSON texts (random shapes and keys, numbers near the
limits of int8/float32/float64, strings with escapes and HTML characters, base64, json.Number,
RawMessage, the `string` option, case-insensitive keys, embedded fields) into a struct tree,
into `any` and into a slice, and marshal what they got back; runs each with real Go and with
the interpreter (`cargo run --example run_file`) and compares stdout line by line. A run the
interpreter refuses (`unsupported:`) is reported as refused, not as a difference.

usage:
  scripts/interp-json-diff.py [--seeds 1-9] [--inputs 150] [--go PATH]
  scripts/interp-json-diff.py --emit SEED N     print one generated program (corpus use)
Exit status 1 when any seed's output differs.
"""

from __future__ import annotations

import argparse
import json as pj
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from interp_common import ROOT, go_binary, run_go_program  # noqa: E402

KEYS = ["s", "n", "F", "b", "U", "Name", "kids", "Meta", "Arr", "P", "Any", "Bytes", "Num",
        "Raw", "NAME", "name", "x", "S", "f"]
NUMBERS = ["0", "-0", "1", "-1", "7", "127", "128", "-129", "255", "3.5", "1e3", "1E-2",
           "-2.5e+1", "1e40", "1e400", "123456789012345678901", "0.1", "9007199254740993", "-0.0"]
STRINGS = ["", "a", "12", "x y", "<&>", "\u00e9", "\u2028", "aGk=", "true", "-3", "1.5", "\\",
           "\"q\"", "\t"]

HEADER = """// Covers: encoding/json on generated inputs (scripts/interp-json-diff.py --emit SEED N): random JSON shapes decoded into a struct tree (embedded struct, int8/float32 limits, *bool, the string option, [2]Leaf, *Leaf, any, []byte, json.Number, RawMessage), into any and into []Leaf; first errors with their paths; everything marshaled back.
package main

import (
\t"encoding/json"
\t"fmt"
)

type Leaf struct {
\tS string `json:"s"`
\tN int8   `json:"n,omitempty"`
\tF float32
\tB *bool `json:"b"`
\tU uint  `json:",string"`
}

type Tree struct {
\tName  string
\tKids  []Tree `json:"kids"`
\tMeta  map[string]any
\tArr   [2]Leaf
\tP     *Leaf
\tAny   any
\tBytes []byte
\tNum   json.Number
\tRaw   json.RawMessage
\tLeaf
}

func main() {
\tinputs := []string{
"""

FOOTER = """\t}
\tfor i, in := range inputs {
\t\tvar t Tree
\t\terr := json.Unmarshal([]byte(in), &t)
\t\tb, err2 := json.Marshal(t)
\t\tfmt.Println(i, err, string(b), err2)
\t\tvar a any
\t\terr = json.Unmarshal([]byte(in), &a)
\t\tb, err2 = json.Marshal(a)
\t\tfmt.Println(i, err, string(b), err2)
\t\tvar ls []Leaf
\t\terr = json.Unmarshal([]byte(in), &ls)
\t\tb, err2 = json.Marshal(ls)
\t\tfmt.Println(i, err, string(b), err2)
\t}
}
"""


def gen_value(r: random.Random, depth: int) -> str:
    k = r.randrange(8 if depth < 3 else 4)
    if k == 0:
        return "null"
    if k == 1:
        return r.choice(["true", "false"])
    if k == 2:
        return r.choice(NUMBERS)
    if k == 3:
        return pj.dumps(r.choice(STRINGS))
    if k in (4, 5):
        return "[" + ",".join(gen_value(r, depth + 1) for _ in range(r.randrange(4))) + "]"
    items = []
    for _ in range(r.randrange(5)):
        key = r.choice(KEYS)
        if key == "Bytes":  # valid base64 only (invalid base64 is refused by design)
            v = r.choice(['"aGk="', '"AAEC"', "null", "[1,2]", "5", '""'])
        elif key == "Num":
            v = r.choice(["1", "1.50", "-3e2", "null", "true", "{}", "[]", '"12"', '"x"'])
        elif key == "U":  # no lenient spellings like "01" (refused by design)
            v = r.choice(['"12"', '"0"', '"x"', "12", "null", "true", '"1.5"', '"-1"'])
        else:
            v = gen_value(r, depth + 1)
        items.append(pj.dumps(key) + ":" + v)
    return "{" + ",".join(items) + "}"


def program(seed: int, n: int) -> str:
    r = random.Random(seed)
    lines = [f"\t\t{pj.dumps(gen_value(r, 0))},\n" for _ in range(n)]
    head = HEADER.replace("--emit SEED N", f"--emit {seed} {n}")
    return head + "".join(lines) + FOOTER


def run_interp(src: str) -> tuple[str, str]:
    """(stdout, outcome) of the interpreter's run of `src`."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "main.go"
        path.write_text(src)
        env = dict(os.environ)
        env.setdefault("CARGO_TARGET_DIR", str(ROOT / "target"))
        out = subprocess.run(["cargo", "run", "-q", "-p", "escapade_interp", "--example",
                              "run_file", "--", str(path)], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=True).stdout
    stdout = out.split("-- stdout\n", 1)[-1].split("\n-- stderr", 1)[0]
    outcome = out.rsplit("-- outcome ", 1)[-1].strip()
    return stdout.removesuffix("\n") + "\n" if stdout else "", outcome


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="1-9")
    ap.add_argument("--inputs", type=int, default=150)
    ap.add_argument("--go")
    ap.add_argument("--emit", nargs=2, type=int, metavar=("SEED", "N"))
    args = ap.parse_args()
    if args.emit:
        sys.stdout.write(program(*args.emit))
        return 0
    lo, _, hi = args.seeds.partition("-")
    go = go_binary(args.go)
    bad = 0
    for seed in range(int(lo), int(hi or lo) + 1):
        src = program(seed, args.inputs)
        want = run_go_program(go, src)
        got, outcome = run_interp(src)
        if outcome.startswith("Stopped"):
            print(f"seed {seed}: refused: {outcome}")
            continue
        diff = [(a, b) for a, b in zip(got.splitlines(), want.splitlines()) if a != b]
        if got != want:
            bad += 1
            print(f"seed {seed}: DIFFERS ({len(diff)} lines; first: {diff[:1]})")
        else:
            print(f"seed {seed}: identical ({len(want.splitlines())} lines)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
