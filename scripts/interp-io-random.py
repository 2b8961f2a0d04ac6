#!/usr/bin/env python3
"""Random differential check of the interpreter's bytes/io/bufio layer against real go1.27.3.

Two generators (deterministic given the seed):
  bytes  250 random calls per program of the bytes functions parallel to strings (Trim family,
         Split/SplitN/SplitAfter/Fields/FieldsFunc, Join, ToUpper/ToLower/Title, Index*/Contains*,
         Equal/Compare/EqualFold, Clone) on slices with spare capacity or nil, printing values,
         nil-ness, lengths and capacities (where Go's are deterministic).
  io     40 random compositions per program of readers (strings/bytes readers, bytes.Buffer, a
         program Read type logging the lengths it is given, io.LimitReader, io.MultiReader,
         io.TeeReader, io.SectionReader, bufio.Reader of several sizes) and writers (bytes.Buffer,
         strings.Builder, a program Write type, io.MultiWriter, io.Discard) through io.ReadAll,
         io.Copy, io.CopyN, io.ReadFull, bufio.Reader.ReadString/ReadLine and bufio.Scanner with
         each std split function and Buffer; printing lengths, capacities, checksums, errors and
         the logged read/write sizes.
Each program runs with real Go and with `escapade run`: identical (same stdout), refused
(`unsupported:`), or wrong (anything else, printed with a diff).

Usage: scripts/interp-io-random.py --mode bytes|io --seeds A-B [--bin target/debug/escapade]
Exits 1 if any program is wrong.
"""
from __future__ import annotations

import argparse
import difflib
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from interp_common import GO_MOD, ROOT, go_binary, go_env  # noqa: E402


def q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'
def gen_bytes(seed: int) -> str:
    random.seed(seed)
    parts = []
    alpha=["a","b"," ","\t",",","x","é","\n","ab",", ","  ","ß","\u00a0","1","2"]
    def rs():
        return "".join(random.choice(alpha) for _ in range(random.randint(0,8)))
    lines=[]
    for i in range(250):
        s=rs(); t=random.choice(["a","b"," ",",","ab","x","é",""]) 
        src=f"mk({q(s)}, {random.randint(0,4)})"
        k=random.randint(0,22)
        if k==0: e=f"bytes.TrimSpace({src})"
        elif k==1: e=f"bytes.Trim({src}, {q(t)})"
        elif k==2: e=f"bytes.TrimLeft({src}, {q(t)})"
        elif k==3: e=f"bytes.TrimRight({src}, {q(t)})"
        elif k==4: e=f"bytes.TrimPrefix({src}, []byte({q(t)}))"
        elif k==5: e=f"bytes.TrimSuffix({src}, []byte({q(t)}))"
        elif k==6: e=f"bytes.TrimFunc({src}, unicode.IsLetter)"
        elif k==7: e=f"bytes.TrimLeftFunc({src}, unicode.IsSpace)"
        elif k==8: e=f"bytes.TrimRightFunc({src}, unicode.IsSpace)"
        elif k==9:
            lines.append(f"\tshowAll({q('Split')}, bytes.Split({src}, []byte({q(t)})))"); continue
        elif k==10:
            lines.append(f"\tshowAll({q('SplitN')}, bytes.SplitN({src}, []byte({q(t)}), {random.randint(-1,3)}))"); continue
        elif k==11:
            lines.append(f"\tshowAll({q('SplitAfter')}, bytes.SplitAfter({src}, []byte({q(t)})))"); continue
        elif k==12:
            lines.append(f"\tshowAll({q('Fields')}, bytes.Fields({src}))"); continue
        elif k==13:
            lines.append(f"\tshowAll({q('FieldsFunc')}, bytes.FieldsFunc({src}, unicode.IsPunct))"); continue
        elif k==14: e=f"bytes.Join([][]byte{{{', '.join('[]byte('+q(rs())+')' for _ in range(random.randint(0,3)))}}}, []byte({q(t)}))"
        elif k==15:
            lines.append(f"\tfmt.Println(bytes.Index({src}, []byte({q(t)})), bytes.Contains({src}, []byte({q(t)})), bytes.Count({src}, []byte({q(t)})), bytes.HasPrefix({src}, []byte({q(t)})), bytes.HasSuffix({src}, []byte({q(t)})))"); continue
        elif k==16:
            lines.append(f"\tfmt.Println(bytes.IndexAny({src}, {q(t)}), bytes.ContainsAny({src}, {q(t)}), bytes.IndexRune({src}, 'é'), bytes.ContainsRune({src}, ' '), bytes.LastIndexByte({src}, 'a'))"); continue
        elif k==17:
            lines.append(f"\tfmt.Println(bytes.Equal({src}, []byte({q(s)})), bytes.Compare({src}, []byte({q(t)})), bytes.EqualFold({src}, []byte({q(s.upper())})))"); continue
        elif k==18: e=f"bytes.ToUpper({src})"
        elif k==19: e=f"bytes.ToLower({src})"
        elif k==20:
            lines.append(f"\tfmt.Println(bytes.IndexFunc({src}, unicode.IsSpace), bytes.LastIndexFunc({src}, unicode.IsLetter), bytes.ContainsFunc({src}, unicode.IsDigit))"); continue
        elif k==21: e=f"bytes.Clone({src})"
        else: e=f"bytes.Title({src})"
        capok = k<=8
        lines.append(f"\tshow({q(str(i))}, {e}, {'true' if capok else 'false'})")
    parts.append('''package main

    import (
    	"bytes"
    	"fmt"
    	"unicode"
    )

    // mk returns s in an array with extra capacity (nil for "" with extra 0).
    func mk(s string, extra int) []byte {
    	if s == "" && extra == 0 {
    		return nil
    	}
    	b := make([]byte, len(s), len(s)+extra)
    	copy(b, s)
    	return b
    }

    func show(name string, b []byte, withCap bool) {
    	if withCap {
    		fmt.Printf("%s %q %v %d %d\\n", name, b, b == nil, len(b), cap(b))
    	} else {
    		fmt.Printf("%s %q %v %d\\n", name, b, b == nil, len(b))
    	}
    }

    func showAll(name string, bs [][]byte) {
    	fmt.Print(name, " ", len(bs), " ", cap(bs), " ", bs == nil)
    	for _, b := range bs {
    		fmt.Printf(" %q/%d/%d", b, len(b), cap(b))
    	}
    	fmt.Println()
    }

    func main() {''')
    parts.append("\n".join(lines))
    parts.append("}")
    return "\n".join(parts) + "\n"


def gen_io(seed: int) -> str:
    random.seed(seed)
    parts = []
    def text(): return "".join(random.choice("abcdefgh\n ") for _ in range(random.choice([0,1,5,20,100,600,1500,5000])))
    def reader(d=0):
        k=random.randint(0,8 if d<2 else 2)
        if k==8: return f"bufio.NewReaderSize({reader(d+1)}, {random.choice([16,100,4096])})"
        if k==0: return f'strings.NewReader(strings.Repeat("s", {random.choice([0,3,700,5000])}))'
        if k==1: return f'bytes.NewReader([]byte(strings.Repeat("b", {random.choice([0,4,600])})))'
        if k==2: return f'&chunky{{left: {random.choice([0,10,513,3000])}, most: {random.choice([1,7,100,700,5000])}}}'
        if k==3: return f'io.LimitReader({reader(d+1)}, {random.choice([0,1,50,600,40000])})'
        if k==4: return f'io.MultiReader({", ".join(reader(d+1) for _ in range(random.randint(0,3)))})'
        if k==5: return f'io.TeeReader({reader(d+1)}, {writer(d+1)})'
        if k==6: return f'io.NewSectionReader(strings.NewReader(strings.Repeat("z", {random.choice([10,900])})), {random.choice([0,3,20])}, {random.choice([0,5,600])})'
        return f'bytes.NewBufferString(strings.Repeat("q", {random.choice([0,9,800])}))'
    def writer(d=0):
        k=random.randint(0,4 if d<2 else 2)
        if k==0: return 'new(bytes.Buffer)'
        if k==1: return '&rec{}'
        if k==2: return 'new(strings.Builder)'
        if k==3: return f'io.MultiWriter({", ".join(writer(d+1) for _ in range(random.randint(1,2)))})'
        return 'io.Discard'
    lines=[]
    for i in range(40):
        k=random.randint(0,5)
        if k==5:
            sp=random.choice(["ScanLines","ScanWords","ScanRunes","ScanBytes"])
            bufset=random.choice(["", "sc.Buffer(make([]byte, 8), 64); ", "sc.Buffer(nil, 5000); "])
            lines.append('\t{ sc := bufio.NewScanner(' + reader() + '); sc.Split(bufio.' + sp + '); ' + bufset + 'n, tot := 0, 0; for sc.Scan() { n++; tot += len(sc.Bytes()) * n }; fmt.Println(n, tot, sc.Err()) }')
        elif k==4:
            delim=random.choice(["'a'", "'\\n'", "'s'"])
            rd=reader()
            size=random.choice([16,64])
            lines.append('\t{ br := bufio.NewReaderSize(' + rd + ', ' + str(size) + '); for j := 0; j < 6; j++ { s, err := br.ReadString(' + delim + '); line, pre, err2 := br.ReadLine(); fmt.Print(len(s), err, len(line), pre, err2, br.Buffered(), " ") }; fmt.Println() }')
        elif k==0:
            lines.append(f'\t{{ b, err := io.ReadAll({reader()}); fmt.Println({i}, len(b), cap(b), err, sum(b)) }}')
        elif k==1:
            lines.append(f'\t{{ w := {writer()}; n, err := io.Copy(w, {reader()}); fmt.Println({i}, n, err, desc(w)) }}')
        elif k==2:
            lines.append(f'\t{{ w := {writer()}; n, err := io.CopyN(w, {reader()}, {random.choice([0,5,600,9000])}); fmt.Println({i}, n, err, desc(w)) }}')
        else:
            lines.append(f'\t{{ buf := make([]byte, {random.choice([0,1,8,700])}); n, err := io.ReadFull({reader()}, buf); fmt.Println({i}, n, err, sum(buf[:n])) }}')
        lines.append('\tfmt.Println(log)\n\tlog = nil')
    parts.append('''package main

    import (
    	"bufio"
    	"bytes"
    	"fmt"
    	"io"
    	"strings"
    )

    var log []string

    type chunky struct{ left, most int }

    func (c *chunky) Read(p []byte) (int, error) {
    	log = append(log, fmt.Sprint("R", len(p)))
    	if c.left == 0 {
    		return 0, io.EOF
    	}
    	n := min(len(p), c.left, c.most)
    	for i := range n {
    		p[i] = byte('a' + i%26)
    	}
    	c.left -= n
    	return n, nil
    }

    type rec struct{ n int }

    func (r *rec) Write(p []byte) (int, error) {
    	log = append(log, fmt.Sprint("W", len(p)))
    	r.n += len(p)
    	return len(p), nil
    }

    func sum(b []byte) int {
    	s := 0
    	for i, c := range b {
    		s += int(c) * (i%7 + 1)
    	}
    	return s
    }

    func desc(w io.Writer) string {
    	switch w := w.(type) {
    	case *bytes.Buffer:
    		return fmt.Sprint("buf", w.Len(), sum(w.Bytes()))
    	case *strings.Builder:
    		return fmt.Sprint("sb", w.Len())
    	case *rec:
    		return fmt.Sprint("rec", w.n)
    	}
    	return fmt.Sprintf("%T", w)
    }

    func main() {''')
    parts.append("\n".join(lines))
    parts.append("}")
    return "\n".join(parts) + "\n"


def run_go(go: str, src: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        (d / "go.mod").write_text(GO_MOD)
        (d / "main.go").write_text(src)
        r = subprocess.run([go, "run", "."], cwd=d, env=go_env(), capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            raise SystemExit(f"go failed:\n{r.stderr}")
        return r.stdout


def run_escapade(binary: str, src: str) -> tuple[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "main.go"
        f.write_text(src)
        r = subprocess.run([binary, "run", str(f)], capture_output=True, text=True, timeout=300)
        return r.stdout, r.stderr


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", choices=["bytes", "io"], required=True)
    ap.add_argument("--seeds", default="1-10")
    ap.add_argument("--bin", default=str(ROOT / "target" / "debug" / "escapade"))
    ap.add_argument("--go")
    args = ap.parse_args()
    go = go_binary(args.go)
    lo, _, hi = args.seeds.partition("-")
    gen = gen_bytes if args.mode == "bytes" else gen_io
    counts = {"identical": 0, "refused": 0, "wrong": 0}
    for seed in range(int(lo), int(hi or lo) + 1):
        src = gen(seed)
        want = run_go(go, src)
        got, err = run_escapade(args.bin, src)
        if got == want:
            counts["identical"] += 1
        elif "unsupported:" in err:
            counts["refused"] += 1
        else:
            counts["wrong"] += 1
            print(f"seed {seed}: wrong")
            sys.stdout.writelines(list(difflib.unified_diff(want.splitlines(True), got.splitlines(True), "go", "escapade"))[:20])
    print(f"{args.mode} seeds {args.seeds}: identical {counts['identical']} / refused {counts['refused']} / wrong {counts['wrong']}")
    return 1 if counts["wrong"] else 0


if __name__ == "__main__":
    sys.exit(main())
