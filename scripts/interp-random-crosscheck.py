#!/usr/bin/env python3
"""Random differential check of the interpreter (`escapade run`) against real `go run` (go1.27.3).

Generates N random, always-compiling `package main` programs (deterministic given --seed), each
a few snippets of one or more kinds that stress the interpreter's semantics: integer wraparound
of every width, shifts, conversions, division signs, float formatting, strings/bytes/strconv/
unicode, slices (growth, copy, 3-index slicing, aliasing), maps (printed through fmt, which sorts
keys), struct/array equality, pointers, closures over loop variables, methods/interfaces/type
switches, generics, defer/recover with runtime panics (and sometimes an uncaught panic at the
end), labeled loops, goto, fallthrough, range over int/func, invalid UTF-8, sort/slices/maps,
errors wrapping, fmt verbs with flags. With --escape-gen, the programs of
scripts/escape-random-crosscheck.py's generator are used instead.

Each program is built with real Go and run, and run by `escapade run`; it is classified as
  identical   same stdout, same exit status, and the same stderr (exit 0) or the same first
              stderr line (non-zero exit: the panic line)
  refused     escapade stopped with `unsupported: …` (or a budget message), exit status 3
  wrong       anything else (printed with the first difference; kept under --keep DIR)
A program gc rejects is a generator bug, counted as `rejected by gc`.

Usage:
  scripts/interp-random-crosscheck.py N [--seed S] [--kinds a,b] [--escape-gen]
        [--bin target/debug/escapade] [--keep DIR] [--jobs J] [--print I] [--reasons K]
Exits 1 if any program is wrong or rejected.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import re
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from interp_common import GO_MOD, ROOT, go_binary, go_env  # noqa: E402


def _load(name, file):
    spec = importlib.util.spec_from_file_location(name, str(ROOT / "scripts" / file))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# The corpus script's stderr normalization and the escape cross-check's program generator.
normalize_stderr = _load("interp_corpus", "interp-corpus.py").normalize_stderr
escape_random = _load("escape_random", "escape-random-crosscheck.py")

IMPORTS = ["errors", "os", "sync", "fmt", "maps", "math", "slices", "sort", "strconv", "strings", "unicode",
           "unicode/utf8", "bytes"]



def prelude(code):
    """`package main` and the imports `code` uses (each package only if named in it)."""
    used = [p for p in IMPORTS if re.search(r"\b" + p.rsplit("/", 1)[-1] + r"\.", code)]
    return "package main\n\nimport (\n" + "".join(f'\t"{p}"\n' for p in used) + ")\n"


INT_TYPES = {  # name: (bits, signed)
    "int8": (8, True), "int16": (16, True), "int32": (32, True), "int64": (64, True),
    "int": (64, True), "uint8": (8, False), "uint16": (16, False), "uint32": (32, False),
    "uint64": (64, False), "uint": (64, False), "uintptr": (64, False),
}
STRINGS = ['""', '"a"', '"Hello, World"', '"  padded\\t "', '"héllo wörld"', '"ÀÉÎ õü"',
           '"a,b,,c"', '"\\xff\\xfeok"', '"x\\x80y"', '"日本語"', '"go gopher GO"',
           '"tab\\there"', '"line1\\nline2"', '"\\u00e9\\U0001F600"', '"aaa"', '"12345"',
           '"-42"', '"3.25"', '"0x1F"', '"ß"', '"İi"', '"quote\\"s"']
RUNES = ["'a'", "'Z'", "'0'", "' '", "'é'", "'ß'", "'Σ'", "'ǅ'", "'\\n'", "'\\t'", "'日'",
         "'😀'", "'_'", "'.'", "0x10FFFF", "0xD800", "-1", "0x110000", "'\\u00a0'", "'\\x7f'"]


class Gen:
    def __init__(self, r: random.Random):
        self.r = r
        self.n = 0
        self.funcs = []
        self.calls = []
        self.types = []
        self.kinds = []

    def name(self, p):
        self.n += 1
        return f"{p}{self.n}"

    def add(self, body, types=""):
        f = self.name("f")
        self.funcs.append(f"func {f}() {{\n{body}}}\n")
        self.calls.append(f"{f}()")
        if types:
            self.types.append(types)

    # ---- values ---------------------------------------------------------------------------
    def int_lit(self, t):
        bits, signed = INT_TYPES[t]
        r = self.r
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
        v = r.choice([lo, hi, lo + 1, hi - 1, 0, 1, -1 if signed else 2, r.randint(lo, hi),
                      r.randint(-300, 300) if signed else r.randint(0, 600), hi // 2, hi // 3])
        return str(max(lo, min(hi, v)))

    def float_lit(self):
        r = self.r
        k = r.randrange(8)
        if k == 0:
            return repr(float(r.randint(-10**6, 10**6)))
        if k == 1:
            return repr(r.randint(-999, 999) / r.choice([2, 4, 8, 10, 100, 3, 7]))
        if k == 2:
            return repr(r.uniform(-1, 1) * 10 ** r.randint(-30, 30))
        if k == 3:
            return r.choice(["0.5", "1.5", "2.5", "-0.5", "0.125", "1e21", "1e20", "1e-7",
                             "123456789.0", "0.000001", "1e6", "999999.5", "100000.0", "5e-324",
                             "1.7976931348623157e308", "0.1", "0.7", "2.675", "1.005"])
        if k == 4:
            return repr(r.random() * r.choice([1, 10, 1000, 1e9]))
        if k == 5:
            return repr(float(r.randint(1, 99)) * 10 ** r.randint(-8, 22))
        if k == 6:
            return repr(r.randint(1, 2**53) / 2 ** r.randint(0, 60))
        return repr(round(r.uniform(-100, 100), r.randint(0, 4)))

    # ---- kinds ----------------------------------------------------------------------------
    def k_intops(self):
        r = self.r
        t = r.choice(list(INT_TYPES))
        a, b = self.int_lit(t), self.int_lit(t)
        if b == "0":
            b = "3"
        s = r.choice([0, 1, 3, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 100])
        ops = r.sample(["a+b", "a-b", "a*b", "a/b", "a%b", "a&b", "a|b", "a^b", "a&^b", "a<<s",
                        "a>>s", "-a", "^a", "b<<s", "b>>s", "a*a", "a+1", "a-1", "a*b/b"],
                       r.randint(4, 10))
        body = (f"\tvar a {t} = {a}\n\tvar b {t} = {b}\n\tvar s uint = {s}\n"
                f"\tfmt.Println({', '.join(ops)})\n"
                f"\ta += b\n\tb *= a | 1\n\ta <<= s % 9\n\tfmt.Println(a, b, a == b, a < b)\n"
                f"\tfmt.Printf(\"%d %x %X %o %b %v\\n\", a, a, b, a, b&0x7f, {t}(a)^b)\n")
        self.add(body)

    def k_conv(self):
        r = self.r
        i = r.choice([0, 1, -1, 255, 256, -129, 65535, 70000, 2**31, -2**31 - 1, 2**53 + 1,
                      2**62 + 12345, r.randint(-10**12, 10**12)])
        f = self.float_lit()
        rn = r.choice(RUNES)
        body = (f"\tvar i int64 = {i}\n\tvar f float64 = {f}\n\tvar rn = {rn}\n"
                f"\tfmt.Println(int8(i), uint8(i), int16(i), uint16(i), int32(i), uint32(i), uint64(i))\n"
                f"\tfmt.Println(float64(i), float32(i), float32(f), float64(float32(f)))\n"
                f"\tif f > -1e18 && f < 1e18 {{\n\t\tfmt.Println(int64(f), int(f/3), int32(int64(f)))\n\t}}\n"
                f"\tif f >= 0 && f < 255 {{\n\t\tfmt.Println(uint8(f))\n\t}}\n"
                f"\tfmt.Println(string(rune(rn)), []byte(string(rune(rn))), strconv.Itoa(int(i)), fmt.Sprint(f))\n"
                f"\tfmt.Println(strconv.FormatInt(i, {r.choice([2, 8, 16, 36])}), strconv.Quote(string(rune(rn))), len(string(rune(rn))))\n"
                f"\tfmt.Println(int(rn)+1, rune(i), uint(rn), i/7, i%7, -i/7, -i%7, i>>3, uint64(i)>>3)\n")
        self.add(body)

    def k_divmod(self):
        r = self.r
        vals = [r.randint(-50, 50) for _ in range(4)]
        ds = [d or 1 for d in (r.randint(-9, 9) for _ in range(4))]
        t = r.choice(["int", "int8", "int32", "int64"])
        body = "\tfor _, p := range [][2]" + t + "{" + ", ".join(
            f"{{{v}, {d}}}" for v, d in zip(vals, ds)) + "} {\n"
        body += ("\t\ta, b := p[0], p[1]\n\t\tfmt.Println(a/b, a%b, -a/b, a%-b, a/b*b+a%b == a)\n\t}\n"
                 f"\tvar m {t} = -128\n\tvar n {t} = -1\n\tfmt.Println(m/n, m%n, m*n)\n")
        self.add(body)

    def k_floatfmt(self):
        r = self.r
        vals = [self.float_lit() for _ in range(r.randint(2, 4))]
        verbs = r.sample(["%v", "%g", "%e", "%f", "%.3f", "%8.2f", "%-10.4g|", "%+e", "%G", "%E",
                          "%.0f", "%.1e", "%010.3f", "% .2f", "%#g", "%.10g", "%6.0f", "%+.3g",
                          "%.20f", "%5.1e", "%.2v", "%8v|"], r.randint(4, 8))
        body = f"\tvs := []float64{{{', '.join(vals)}}}\n\tfor _, v := range vs {{\n"
        body += f"\t\tfmt.Printf(\"{' '.join(verbs)}\\n\", {', '.join(['v'] * len(verbs))})\n"
        body += "\t\tfmt.Println(v, float32(v), v*3, v/7, -v, v+0.1)\n"
        body += "\t\tfmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'f', 2, 32), strconv.FormatFloat(v, 'e', 4, 64))\n\t}\n"
        body += "\tz := 0.0\n\tfmt.Println(1/z, -1/z, z/z, math.Inf(1), -z, math.Copysign(0, -1))\n"
        body += "\tfmt.Printf(\"%v %.2f %e %g\\n\", z/z, 1/z, -1/z, math.NaN())\n"
        self.add(body)

    def k_strings(self):
        r = self.r
        a, b = r.choice(STRINGS), r.choice(STRINGS)
        calls = r.sample([
            "strings.ToUpper(a)", "strings.ToLower(a)", "strings.Repeat(a, 3)", "strings.Index(a, b)",
            "strings.Split(a, \",\")", "strings.Fields(a)", "strings.TrimSpace(a)",
            "strings.Replace(a, \"a\", \"A\", 1)", "strings.ReplaceAll(a, \"l\", \"L\")",
            "strings.Contains(a, b)", "strings.HasPrefix(a, b)", "strings.Count(a, \"\")",
            "strings.LastIndex(a, \"o\")", "strings.EqualFold(a, b)", "strings.TrimLeft(a, \" Hh\")",
            "strings.Title(a)", "strings.IndexRune(a, 'o')", "strings.IndexByte(a, 'l')",
            "strings.SplitN(a, \"\", 3)", "strings.Join([]string{a, b}, \"|\")", "len(a)",
            "strings.TrimFunc(a, unicode.IsLetter)", "strings.Map(unicode.ToUpper, a)",
            "strings.ContainsRune(a, 'é')", "strings.TrimPrefix(a, b)", "strings.TrimSuffix(a, \"d\")",
            "strings.Compare(a, b)", "a < b", "a + b", "strings.ToValidUTF8(a, \"?\")",
            "strings.IndexAny(a, \"lo\")", "strings.SplitAfter(a, \"l\")", "strings.Trim(a, \"ah\")",
            "strings.ContainsAny(a, \"xyz\")", "bytes.ToUpper([]byte(a))", "bytes.Fields([]byte(a))",
            "strings.ToTitle(a)", "strings.Count(a, \"a\")", "utf8.RuneCountInString(a)",
            "utf8.ValidString(a)", "[]rune(a)", "[]byte(a)", "strings.Cut(a, \",\")",
        ], r.randint(4, 9))
        body = f"\ta, b := {a}, {b}\n"
        for c in calls:
            verb = r.choice(["%v", "%q", "%v", "%x"]) if "Cut" not in c else "%v"
            if "Cut" in c:
                body += f"\tbefore, after, found := {c}\n\tfmt.Printf(\"%q %q %v\\n\", before, after, found)\n"
            else:
                body += f"\tfmt.Printf(\"{c.split('(')[0]}: {verb}\\n\", {c})\n"
        body += "\tfmt.Println(a, b)\n"
        self.add(body)

    def k_strconv(self):
        r = self.r
        s = r.choice(STRINGS + ['"127"', '"-129"', '"1e5"', '"0b101"', '"0o17"', '"9223372036854775808"',
                                '"true"', '"F"', '"+5"', '" 5"', '"1_000"', '"inf"', '"-0"'])
        body = f"\ts := {s}\n"
        body += "\tn, err := strconv.Atoi(s)\n\tfmt.Println(n, err)\n"
        body += f"\ti8, err := strconv.ParseInt(s, {r.choice([0, 10, 16, 2])}, {r.choice([8, 16, 64])})\n\tfmt.Println(i8, err)\n"
        body += f"\tu, err := strconv.ParseUint(s, {r.choice([0, 10])}, {r.choice([8, 32, 64])})\n\tfmt.Println(u, err)\n"
        body += "\tbv, err := strconv.ParseBool(s)\n\tfmt.Println(bv, err)\n"
        body += "\tfv, err := strconv.ParseFloat(s, 64)\n\tfmt.Println(fv, err)\n"
        body += "\tfmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteRune('☺'))\n"
        body += f"\tfmt.Println(strconv.FormatInt({self.int_lit('int64')}, {r.randint(2, 36)}), strconv.FormatUint({self.int_lit('uint64')}, {r.randint(2, 36)}))\n"
        body += f"\tfmt.Println(string(strconv.AppendInt([]byte(\"x=\"), {self.int_lit('int32')}, 10)), strconv.FormatBool(len(s) > 2), strconv.QuoteToASCII(s[min(1, len(s)):]))\n"
        self.add(body)

    def k_unicode(self):
        rs = self.r.sample(RUNES[:14] + ["'\\u2028'", "'Ⅻ'", "'ǆ'", "'ﬀ'", "'١'"], 5)
        body = f"\tfor _, r := range []rune{{{', '.join(rs)}}} {{\n"
        body += ("\t\tfmt.Println(r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), "
                 "unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsNumber(r), string(unicode.ToUpper(r)), "
                 "string(unicode.ToLower(r)), string(unicode.ToTitle(r)), utf8.RuneLen(r))\n")
        body += "\t\tfmt.Printf(\"%c %U %q %x %d %#U\\n\", r, r, r, r, r, r)\n\t}\n"
        self.add(body)

    def k_slices(self):
        r = self.r
        et, mk = r.choice([("int", "{i}"), ("byte", "byte({i})"), ("string", "strconv.Itoa({i})"),
                           ("int32", "int32({i})"), ("[3]int64", "[3]int64{{int64({i})}}"),
                           ("struct{ a, b int }", "struct{{ a, b int }}{{{i}, {i}}}"),
                           ("float64", "float64({i})/2")])
        n = r.randint(1, 40)
        start = r.choice(["var s []" + et, "s := make([]" + et + ", 0, " + str(r.randint(0, 5)) + ")",
                          "s := []" + et + "{}", "s := make([]" + et + ", " + str(r.randint(1, 3)) + ")"])
        body = f"\t{start}\n\tfor i := 0; i < {n}; i++ {{\n\t\ts = append(s, {mk.format(i='i')})\n"
        body += "\t\tfmt.Println(len(s), cap(s))\n\t}\n" if r.random() < 0.5 else "\t}\n\tfmt.Println(len(s), cap(s))\n"
        body += "\tfmt.Println(s)\n\tkeep(s)\n"
        lo, hi = sorted(r.sample(range(0, n + 1), 2)) if n >= 2 else (0, 1)
        body += f"\tt := s[{lo}:{hi}:{hi}]\n\tfmt.Println(len(t), cap(t))\n"
        body += f"\tu := s[{lo}:{hi}]\n\tu = append(u, {mk.format(i=r.randint(100, 200))})\n"
        body += "\tfmt.Println(s[:min(len(s), 8)], u[:min(len(u), 4)], len(u))\n"
        body += "\tc := make([]" + et + ", " + str(r.randint(0, 6)) + ")\n\tfmt.Println(copy(c, s), c)\n"
        body += "\tfmt.Println(copy(s, s[1:]), s[:min(len(s), 5)])\n"
        self.add(body)
        self.want_keep = True

    def k_slicealias(self):
        r = self.r
        body = (f"\ta := [6]int{{{', '.join(str(r.randint(0, 9)) for _ in range(6))}}}\n"
                f"\ts := a[{r.randint(0, 2)}:{r.randint(3, 4)}]\n\tt := s[:{r.randint(1, 2)}]\n"
                f"\tt = append(t, 70)\n\ts[0] = 80\n\tfmt.Println(a, s, t, len(s), cap(s), len(t), cap(t))\n"
                f"\tu := a[:]\n\tu = append(u[:2], u[3:]...)\n\tfmt.Println(a, u)\n"
                f"\tb := a\n\tb[0] = -1\n\tfmt.Println(a == b, a[0], b[0])\n"
                f"\tp := &a[{r.randint(0, 5)}]\n\t*p += 100\n\tfmt.Println(a, *p)\n"
                f"\tvar z []int\n\tfmt.Println(z == nil, len(z), z[:0] == nil, fmt.Sprintf(\"%v %d %#v\", z, z, z))\n"
                f"\tss := [][]int{{{{1, 2}}, {{3}}, nil}}\n\tss[2] = append(ss[2], ss[0]...)\n\tss[0][0] = 9\n\tfmt.Println(ss, len(ss[2]))\n")
        self.add(body)

    def k_maps(self):
        r = self.r
        kt, mk = r.choice([("int", "i * 7 % 11"), ("string", "strconv.Itoa(i * 3)"), ("[2]int", "[2]int{i % 3, i}"),
                           ("bool", "i%2 == 0"), ("float64", "float64(i) / 4"), ("int8", "int8(i * 50)"),
                           ("struct{ a int; b string }", "struct{ a int; b string }{i % 4, strconv.Itoa(i % 3)}"),
                           ("rune", "rune('a' + i)"), ("uint16", "uint16(i * 9999)")])
        vt, mv = r.choice([("int", "i"), ("string", "fmt.Sprint(i)"), ("[]int", "[]int{i}"), ("bool", "i > 3"),
                           ("*int", "nil"), ("float64", "float64(i) * 1.5")])
        n = r.randint(0, 14)
        body = f"\tm := map[{kt}]{vt}{{}}\n\tfor i := 0; i < {n}; i++ {{\n\t\tm[{mk}] = {mv}\n\t}}\n"
        body += "\tfmt.Println(len(m), m)\n\tfmt.Printf(\"%v|%+v|%d\\n\", m, m, len(m))\n"
        body += f"\tfor i := 0; i < {n}; i += 2 {{\n\t\tv, ok := m[{mk}]\n\t\tfmt.Println(v, ok)\n\t\tdelete(m, {mk})\n\t}}\n"
        body += "\tfmt.Println(len(m), m)\n"
        body += "\tvar nm map[string]int\n\tfmt.Println(nm == nil, len(nm), nm[\"x\"], nm)\n"
        body += "\tcnt := map[string]int{}\n\tfor _, w := range strings.Fields(\"a b a c b a\") {\n\t\tcnt[w]++\n\t}\n\tfmt.Println(cnt)\n"
        if kt == "float64" and r.random() < 0.5:
            body += "\tnan := math.NaN()\n\tm[nan] = m[nan]\n\tm[nan] = m[0]\n\tfmt.Println(len(m))\n"
        self.add(body)

    def k_structs(self):
        r = self.r
        types = ("type P struct {\n\tX, Y int\n\tName string\n\tTags [2]string\n}\n\n"
                 "type Q struct {\n\tP\n\tPtr *int\n\tF float64\n}\n")
        v = [r.randint(-5, 5) for _ in range(4)]
        body = (f"\tp1 := P{{{v[0]}, {v[1]}, \"a\", [2]string{{\"x\", \"\"}}}}\n\tp2 := P{{X: {v[2]}, Y: {v[3]}, Name: \"a\"}}\n"
                f"\tp2.Tags[0] = \"x\"\n\tfmt.Println(p1 == p2, p1, p2)\n\tfmt.Printf(\"%v %+v\\n\", p1, p2)\n"
                f"\tfmt.Printf(\"%#v\\n\", p1)\n"
                f"\tq := Q{{P: p1, F: {self.float_lit()}}}\n\tq.X++\n\tpp := &q.P\n\tpp.Y *= 3\n"
                f"\tfmt.Printf(\"%v %+v %v\\n\", q.P, q.P, q.Ptr == nil)\n"
                f"\tarr := [3]P{{p1, p2}}\n\tarr2 := arr\n\tarr2[2].Name = \"z\"\n\tfmt.Println(arr == arr2, arr[2] == P{{}}, len(arr))\n"
                f"\tps := []*P{{&p1, &p2}}\n\tfor _, p := range ps {{\n\t\tp.X += 10\n\t}}\n\tfmt.Println(p1.X, p2.X, *ps[0])\n"
                f"\ttype local struct{{ a, b int }}\n\tfmt.Println(local{{1, 2}} == local{{1, 2}}, local{{}})\n")
        self.add(body, types)

    def k_closures(self):
        r = self.r
        k = r.randint(1, 5)
        body = (f"\tvar fs []func() int\n\tfor i := 0; i < {r.randint(1, 5)}; i++ {{\n\t\tfs = append(fs, func() int {{ return i * {k} }})\n\t}}\n"
                f"\tfor _, f := range fs {{\n\t\tfmt.Print(f(), \" \")\n\t}}\n\tfmt.Println()\n"
                f"\tvar gs []func() string\n\tfor _, s := range []string{{\"a\", \"b\", \"c\"}} {{\n\t\tgs = append(gs, func() string {{ return s + s }})\n\t}}\n"
                f"\tfor _, g := range gs {{\n\t\tfmt.Print(g())\n\t}}\n\tfmt.Println()\n"
                f"\tcounter := func() func() int {{\n\t\tc := {r.randint(0, 9)}\n\t\treturn func() int {{\n\t\t\tc++\n\t\t\treturn c\n\t\t}}\n\t}}\n"
                f"\tc1, c2 := counter(), counter()\n\tfmt.Println(c1(), c1(), c2(), c1())\n"
                f"\tx := {k}\n\tinc := func() {{ x++ }}\n\tinc()\n\tinc()\n\tfmt.Println(x)\n"
                f"\tfor i := range 3 {{\n\t\tdefer func() {{ fmt.Println(\"deferred\", i) }}()\n\t}}\n")
        self.add(body)

    def k_methods(self):
        types = ("type Shape interface {\n\tArea() float64\n\tName() string\n}\n\n"
                 "type Rect struct{ W, H float64 }\n\ntype Circle struct{ R float64 }\n\n"
                 "type Celsius float64\n\ntype Count int\n\n"
                 "func (r Rect) Area() float64 { return r.W * r.H }\nfunc (r Rect) Name() string { return \"rect\" }\n"
                 "func (c *Circle) Area() float64 { return 3 * c.R * c.R }\nfunc (c *Circle) Name() string { return \"circle\" }\n"
                 "func (c Celsius) String() string { return fmt.Sprintf(\"%.1f°C\", float64(c)) }\n"
                 "func (c *Count) Inc() { *c++ }\n"
                 "func (c Count) Error() string { return \"count \" + strconv.Itoa(int(c)) }\n")
        r = self.r
        body = (f"\tshapes := []Shape{{Rect{{{r.randint(1, 5)}, {self.float_lit()}}}, &Circle{{{r.randint(1, 4)}}}}}\n"
                f"\tfor _, s := range shapes {{\n\t\tfmt.Printf(\"%s %.2f %T\\n\", s.Name(), s.Area(), s)\n\t}}\n"
                f"\tvar c Count = {r.randint(0, 5)}\n\tc.Inc()\n\tinc := c.Inc\n\tinc()\n\tfmt.Println(c, int(c))\n"
                f"\tvar e error = c\n\tfmt.Println(e, e.Error())\n\tfmt.Printf(\"%v %d %s\\n\", c, c, c)\n"
                f"\tt := Celsius({self.float_lit()})\n\tfmt.Println(t, []Celsius{{t, 0}})\n\tfmt.Printf(\"%v %.3f %s %d\\n\", t, t, t, t)\n"
                f"\tvals := []any{{1, \"s\", 2.5, t, c, Rect{{}}, nil, []int{{1}}, int8(3), 'x', true, &Circle{{}}, map[string]int{{\"a\": 1}}}}\n"
                f"\tfor _, v := range vals {{\n\t\tswitch x := v.(type) {{\n\t\tcase int, int8:\n\t\t\tfmt.Println(\"int-ish\", x)\n"
                f"\t\tcase string:\n\t\t\tfmt.Println(\"string\", len(x))\n\t\tcase fmt.Stringer:\n\t\t\tfmt.Println(\"stringer\", x.String())\n"
                f"\t\tcase error:\n\t\t\tfmt.Println(\"error\", x)\n\t\tcase Shape:\n\t\t\tfmt.Println(\"shape\", x.Name())\n"
                f"\t\tcase nil:\n\t\t\tfmt.Println(\"nil\")\n\t\tdefault:\n\t\t\tfmt.Printf(\"other %T %v\\n\", x, x)\n\t\t}}\n\t}}\n"
                f"\tif s, ok := vals[3].(fmt.Stringer); ok {{\n\t\tfmt.Println(\"ok\", s)\n\t}}\n"
                f"\t_, ok := vals[0].(string)\n\tfmt.Println(ok)\n")
        self.add(body, types)

    def k_generics(self):
        types = ("type Number interface {\n\t~int | ~int64 | ~float64 | ~uint8\n}\n\n"
                 "func Sum[T Number](xs ...T) T {\n\tvar s T\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n\n"
                 "func Map[T, U any](xs []T, f func(T) U) []U {\n\tout := make([]U, 0, len(xs))\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}\n\n"
                 "type Stack[T any] struct{ items []T }\n\n"
                 "func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\n\n"
                 "func (s *Stack[T]) Pop() (T, bool) {\n\tvar zero T\n\tif len(s.items) == 0 {\n\t\treturn zero, false\n\t}\n"
                 "\tv := s.items[len(s.items)-1]\n\ts.items = s.items[:len(s.items)-1]\n\treturn v, true\n}\n\n"
                 "type Pair[K comparable, V any] struct {\n\tKey K\n\tVal V\n}\n\n"
                 "type MyInt int\n")
        r = self.r
        body = (f"\tfmt.Println(Sum[uint8]({r.randint(100, 200)}, {r.randint(100, 200)}), Sum(1.5, {self.float_lit()}), Sum[MyInt](3, 4), Sum[int]())\n"
                f"\tfmt.Println(Map([]int{{1, 2, 3}}, func(i int) string {{ return strings.Repeat(\"*\", i) }}))\n"
                f"\tvar st Stack[string]\n\tst.Push(\"a\")\n\tst.Push(\"b\")\n\tv, ok := st.Pop()\n\tfmt.Println(v, ok, len(st.items))\n"
                f"\tst.Pop()\n\tv, ok = st.Pop()\n\tfmt.Printf(\"%q %v\\n\", v, ok)\n"
                f"\tp := Pair[string, []int]{{\"k\", []int{{{r.randint(0, 9)}}}}}\n\tfmt.Printf(\"%v %+v\\n\", p, p)\n"
                f"\tfmt.Println(slices.Max([]MyInt{{3, {r.randint(-9, 9)}, 1}}), min(2.5, {self.float_lit()}), max(\"a\", \"b\"))\n")
        self.add(body, types)

    def k_panics(self):
        r = self.r
        k = r.randrange(12)
        cases = [
            ("\tvar s []int\n\ti := {n}\n\t_ = s[i]\n", 3),
            ("\ts := make([]int, {n})\n\tj := -1\n\t_ = s[{n}+j+1:]\n\t_ = s[:j+{n}+2]\n", 3),
            ("\tvar m map[string]int\n\tm[\"a\"] = {n}\n", 1),
            ("\tvar p *struct{{ a, b int }}\n\tfmt.Println(p.b + {n})\n", 1),
            ("\tz := {n} - {n}\n\tfmt.Println(10 / z)\n", 1),
            ("\tvar v any = \"str\"\n\tfmt.Println(v.(int) + {n})\n", 1),
            ("\tvar v any\n\tfmt.Println(v.(fmt.Stringer))\n", 1),
            ("\tpanic(fmt.Sprintf(\"custom %d\", {n}))\n", 1),
            ("\tpanic(errors.New(\"boom {n}\"))\n", 1),
            ("\tn := -{n} - 1\n\t_ = make([]int, n)\n", 1),
            ("\ta := [3]int{{}}\n\ti := {n} + 3\n\ta[i%8] = 1\n\tfmt.Println(a)\n", 1),
            ("\tvar e error\n\tfmt.Println(e.Error())\n", 1),
            ("\tpanic(Temp({n}) / 3)\n", 1),
            ("\tpanic(Code({n}))\n", 1),
            ("\tpanic(Loud{{{n}}})\n", 1),
            ("\tpanic(fmt.Errorf(\"wrapped %w\", errors.New(\"inner{n}\")))\n", 1),
            ("\tvar b []int\n\tpanic(len(b) + {n})\n", 1),
            ("\tpanic([2]int{{{n}}})\n", 1),
            ("\tvar x uint8 = {n}\n\tpanic(x)\n", 1),
            ("\ts := \"abc\"\n\ti := {n} + 2\n\tfmt.Println(s[i])\n", 1),
            ("\tvar f func(int) int\n\tfmt.Println(f({n}))\n", 1),
            ("\tch := make(chan int)\n\tclose(ch)\n\tclose(ch)\n\t_ = {n}\n", 1),
            ("\tvar arr *[4]int\n\tfor i := range arr {{\n\t\tfmt.Println(i + {n})\n\t}}\n\tfmt.Println(arr[1])\n", 1),
            ("\tx := []any{{{n}, \"s\"}}\n\tfmt.Println(x[1].(int))\n", 1),
            ("\ts := []int{{1, 2, 3}}\n\ta, b := {n} % 4, 1\n\tfmt.Println(s[a:b])\n", 1),
            ("\ts := make([]int, 2, 3)\n\tn := {n} + 4\n\tfmt.Println(s[1:2:n])\n", 1),
            ("\ts := []int{{1, 2, 3}}\n\tfmt.Println([4]int(s[:min({n}, 3)]))\n", 1),
            ("\tsh := {n} - 7\n\tfmt.Println(1 << sh)\n", 1),
            ("\tvar ch chan int\n\t_ = {n}\n\tclose(ch)\n", 1),
            ("\tch := make(chan int, 1)\n\tclose(ch)\n\tch <- {n}\n", 1),
            ("\tm := map[any]int{{}}\n\tm[[]int{{{n}}}] = 1\n", 1),
            ("\tvar a, b any = []int{{{n}}}, []int{{{n}}}\n\tfmt.Println(a == b)\n", 1),
            ("\tn, c := 2, {n} % 2\n\t_ = make([]int, n, c)\n", 1),
            ("\tvar v any = Loud{{{n}}}\n\t_ = v.(error)\n", 1),
            ("\tfmt.Println(strings.Repeat(\"x\", {n}-7))\n", 1),
            ("\tpanic(nil)\n\t_ = {n}\n", 1),
            ("\ts := \"héllo\"\n\ti := {n} + 4\n\tfmt.Println(s[i:])\n", 1),
            ("\tvar p *[3]int\n\tfmt.Println(len(p), p[{n} % 3])\n", 1),
            ("\ts := []int{{1}}\n\tp := (*[2]int)(s[:min({n}, 1)])\n\tfmt.Println(p)\n", 1),
            ("\tch := make(chan int)\n\tfmt.Println({n})\n\t<-ch\n", 1),
            ("\tvar wg sync.WaitGroup\n\twg.Add({n} - 7)\n", 1),
            ("\tvar mu sync.Mutex\n\t_ = {n}\n\tmu.Unlock()\n", 1),
            ("\tvar mu sync.Mutex\n\tmu.Lock()\n\t_ = {n}\n\tmu.Lock()\n", 1),
        ]
        k = r.randrange(len(cases))
        self.types.append("type Temp float64\n\ntype Code int\n\nfunc (c Code) Error() string { return \"code \" + strconv.Itoa(int(c)) }\n\n"
                          "type Loud struct{ N int }\n\nfunc (l Loud) String() string { return \"LOUD\" }\n")
        src, _ = cases[k]
        src = src.format(n=r.randint(0, 6))
        mode = r.randrange(3)
        if mode == 0:
            body = ("\tdefer func() {\n\t\tif e := recover(); e != nil {\n\t\t\tfmt.Println(\"recovered:\", e)\n"
                    "\t\t\tif re, ok := e.(error); ok {\n\t\t\t\tfmt.Println(\"error:\", re.Error())\n\t\t\t}\n"
                    "\t\t\tfmt.Printf(\"%v|%T\\n\", e, e == nil)\n\t\t}\n\t}()\n" + src + "\tfmt.Println(\"not reached\")\n")
            self.add(body)
        elif mode == 1:
            body = ("\tdefer fmt.Println(\"deferred 1\")\n\tdefer func() {\n\t\tr := recover()\n\t\tfmt.Println(\"r:\", r)\n"
                    "\t\tpanic(fmt.Sprint(\"again: \", r))\n\t}()\n" + src)
            g = self.name("g")
            self.funcs.append(f"func {g}() {{\n{body}}}\n")
            f = self.name("f")
            self.funcs.append(f"func {f}() {{\n\tdefer func() {{\n\t\tfmt.Println(\"outer:\", recover())\n\t}}()\n\t{g}()\n}}\n")
            self.calls.append(f"{f}()")
        elif r.random() < 0.15:
            self.final_panic = f"\tdefer fmt.Println(\"not run\")\n\tfmt.Println(\"exiting\")\n\tos.Exit({r.randint(0, 4)})\n"
        else:
            self.final_panic = "\tfunc() {\n\t\tdefer fmt.Println(\"last defer\")\n" + src.replace("\n\t", "\n\t\t").replace("\t", "\t\t", 1) + "\t}()\n"

    def k_control(self):
        r = self.r
        n = r.randint(3, 7)
        body = (f"outer:\n\tfor i := 0; i < {n}; i++ {{\n\t\tfor j := 0; j < {n}; j++ {{\n"
                f"\t\t\tif j == i {{\n\t\t\t\tcontinue outer\n\t\t\t}}\n\t\t\tif i*j > {r.randint(3, 12)} {{\n\t\t\t\tbreak outer\n\t\t\t}}\n"
                f"\t\t\tfmt.Print(i, j, \";\")\n\t\t}}\n\t}}\n\tfmt.Println()\n"
                f"\tk := 0\nloop:\n\tif k < {n} {{\n\t\tk += 2\n\t\tgoto loop\n\t}}\n\tfmt.Println(\"k\", k)\n"
                f"\tfor x := range {n + 2} {{\n\t\tswitch {{\n\t\tcase x%4 == 0:\n\t\t\tfmt.Print(\"zero \")\n\t\t\tfallthrough\n"
                f"\t\tcase x%4 == 1:\n\t\t\tfmt.Print(\"one \")\n\t\tcase x > 5:\n\t\t\tfmt.Print(\"big \")\n\t\t\tbreak\n"
                f"\t\tdefault:\n\t\t\tfmt.Print(\"d \")\n\t\t}}\n\t}}\n\tfmt.Println()\n"
                f"\tswitch y := {r.randint(0, 5)}; y {{\n\tcase 1, 2:\n\t\tfmt.Println(\"small\")\n\tcase 3:\n\t\tfallthrough\n\tcase 4:\n\t\tfmt.Println(\"mid\")\n\tdefault:\n\t\tfmt.Println(\"other\", y)\n\t}}\n")
        self.add(body)

    def k_rangefunc(self):
        types = ("func Squares(n int) func(func(int) bool) {\n\treturn func(yield func(int) bool) {\n"
                 "\t\tfor i := 0; i < n; i++ {\n\t\t\tif !yield(i * i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}\n\n"
                 "func Pairs(s []string) func(func(int, string) bool) {\n\treturn func(yield func(int, string) bool) {\n"
                 "\t\tfor i := len(s) - 1; i >= 0; i-- {\n\t\t\tif !yield(i, s[i]) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}\n")
        r = self.r
        body = (f"\tfor v := range Squares({r.randint(0, 8)}) {{\n\t\tif v > {r.randint(5, 40)} {{\n\t\t\tbreak\n\t\t}}\n\t\tfmt.Print(v, \" \")\n\t}}\n\tfmt.Println()\n"
                f"\tfor i, s := range Pairs([]string{{\"a\", \"b\", \"c\"}}) {{\n\t\tfmt.Println(i, s)\n\t}}\n"
                f"\tfor i := range {r.randint(0, 4)} {{\n\t\tfmt.Print(i)\n\t}}\n\tfmt.Println()\n"
                f"\tvar n8 int8 = {r.randint(0, 5)}\n\tfor i := range n8 {{\n\t\tfmt.Printf(\"%T%v \", i, i)\n\t}}\n\tfmt.Println()\n"
                f"\tfmt.Println(slices.Collect(maps.Keys(map[int]bool{{}})), slices.Sorted(maps.Keys(map[string]int{{\"b\": 1, \"a\": 2}})))\n")
        self.add(body, types)

    def k_utf8(self):
        s = self.r.choice(['"a\\xffb"', '"\\xe2\\x82"', '"é\\x80ü"', '"\\xf0\\x9f\\x98\\x80!"', '"\\xc0\\xaf"',
                           '"\\xed\\xa0\\x80"', '"日\\xe6本"', '"ok"'])
        body = (f"\ts := {s}\n\tfor i, r := range s {{\n\t\tfmt.Println(i, r, string(r), utf8.RuneLen(r))\n\t}}\n"
                "\tfmt.Println(len(s), utf8.RuneCountInString(s), []rune(s), []byte(s), utf8.ValidString(s))\n"
                "\tfmt.Printf(\"%q %+q %x % x %s %v\\n\", s, s, s, s, s, string([]rune(s)))\n"
                "\tr, size := utf8.DecodeRuneInString(s)\n\tfmt.Println(r, size)\n"
                "\tr, size = utf8.DecodeLastRuneInString(s)\n\tfmt.Println(r, size, strings.ToValidUTF8(s, \"?\"))\n"
                "\tb := []byte(s)\n\tfor len(b) > 0 {\n\t\tr, n := utf8.DecodeRune(b)\n\t\tfmt.Print(r, \":\", n, \" \")\n\t\tb = b[n:]\n\t}\n\tfmt.Println()\n")
        self.add(body)

    def k_sorting(self):
        r = self.r
        xs = [r.randint(-20, 20) for _ in range(r.randint(0, 12))]
        ws = r.sample(["pear", "Apple", "fig", "banana", "kiwi", "apple", "Fig", "date", "cherry", "é"], r.randint(1, 8))
        body = (f"\txs := []int{{{', '.join(map(str, xs))}}}\n\tys := slices.Clone(xs)\n\tsort.Ints(xs)\n\tfmt.Println(xs, ys)\n"
                f"\tslices.SortFunc(ys, func(a, b int) int {{ return b - a }})\n\tfmt.Println(ys, slices.Index(ys, {r.randint(-5, 5)}), slices.Contains(xs, 3))\n"
                f"\ti, found := slices.BinarySearch(xs, {r.randint(-5, 5)})\n\tfmt.Println(i, found, sort.SearchInts(xs, 0))\n"
                f"\tws := []string{{{', '.join(chr(34) + w + chr(34) for w in ws)}}}\n\tsort.Strings(ws)\n\tfmt.Println(ws, sort.StringsAreSorted(ws))\n"
                f"\tslices.Reverse(ws)\n\tfmt.Println(ws, slices.Compact(slices.Sorted(slices.Values(xs))))\n"
                f"\tsort.Slice(ws, func(i, j int) bool {{ return len(ws[i]) < len(ws[j]) }})\n\tfmt.Println(len(ws))\n"
                f"\tsort.SliceStable(ws, func(i, j int) bool {{ return strings.ToLower(ws[i]) < strings.ToLower(ws[j]) }})\n\tfmt.Println(ws)\n"
                f"\tm := map[string]int{{}}\n\tfor i, w := range ws {{\n\t\tm[w] = i\n\t}}\n\tks := slices.Collect(maps.Keys(m))\n\tslices.Sort(ks)\n\tfmt.Println(ks, m)\n"
                f"\tif len(xs) > 0 {{\n\t\tfmt.Println(slices.Min(xs), slices.Max(xs))\n\t}}\n")
        self.add(body)

    def k_errors(self):
        types = ("type NotFound struct{ Name string }\n\n"
                 "func (e *NotFound) Error() string { return \"not found: \" + e.Name }\n\n"
                 "var ErrBase = errors.New(\"base\")\n")
        r = self.r
        body = (f"\te1 := fmt.Errorf(\"layer1: %w\", ErrBase)\n\te2 := fmt.Errorf(\"layer2 %d: %w\", {r.randint(0, 9)}, e1)\n"
                f"\tfmt.Println(e2, errors.Is(e2, ErrBase), errors.Unwrap(e2) == e1, errors.Unwrap(ErrBase))\n"
                f"\tvar nf error = &NotFound{{\"k{r.randint(0, 9)}\"}}\n\twrapped := fmt.Errorf(\"ctx: %w\", nf)\n"
                f"\tvar target *NotFound\n\tfmt.Println(errors.As(wrapped, &target), target.Name, wrapped)\n"
                f"\tj := errors.Join(ErrBase, nil, nf)\n\tfmt.Println(j, errors.Is(j, ErrBase))\n\tfmt.Printf(\"%q %v\\n\", j.Error(), errors.Is(nf, ErrBase))\n"
                f"\tm := fmt.Errorf(\"two: %w, %w\", ErrBase, nf)\n\tfmt.Println(m, errors.Is(m, ErrBase), errors.As(m, &target))\n"
                f"\tfmt.Println(fmt.Errorf(\"plain %v\", ErrBase), errors.Is(fmt.Errorf(\"plain %v\", ErrBase), ErrBase))\n")
        self.add(body, types)

    def k_fmtverbs(self):
        r = self.r
        vals = r.sample(["42", "-7", "uint8(200)", "\"hi\"", "'x'", "3.5", "true", "[]int{1, 2}", "[]string{\"a\", \"b\"}",
                         "[2]bool{true}", "struct{ A int; B string }{1, \"x\"}", "map[string]int{\"z\": 1, \"a\": 2}",
                         "[]byte(\"ab\")", "int64(-1 << 40)", "nil", "complex(1, -2)", "\"\"", "[]any{1, \"a\", nil}",
                         "uint64(1<<63)", "\"日本\"", "float32(0.1)", "[]float64{0.5, 1e9}", "struct{}{}", "'\\n'",
                         "errors.New(\"e\")", "[]error{nil}", "uintptr(10)", "[][]int{{1}, nil}", "\"a\\x00b\""],
                        r.randint(2, 5))
        verbs = r.sample(["%v", "%+v", "%#v", "%T", "%q", "%x", "%X", "%d", "%s", "%5v|", "%-6v|", "%08v", "%.2v",
                          "%c", "%U", "%t", "%o", "%b", "%e", "%6.2f", "%#x", "% x", "%+d", "%10q", "%-8s|", "%.1s",
                          "%#q", "%x", "%08.3f", "%+q", "%#o", "%O"], r.randint(3, 7))
        body = f"\tvals := []any{{{', '.join(vals)}}}\n\tfor _, v := range vals {{\n"
        for v in verbs:
            body += f"\t\tfmt.Printf(\"{v}\\n\", v)\n"
        body += "\t\tfmt.Println(fmt.Sprint(v, v), fmt.Sprintf(\"%v\", v), fmt.Sprintln(\"a\", v))\n\t}\n"
        body += f"\tfmt.Printf(\"%[2]d %[1]d %d|%*d|%-*d|%.*f\\n\", 1, 2, 5, {r.randint(0, 99)}, 4, 7, 2, 3.14159)\n"
        body += "\tfmt.Printf(\"%d %s\\n\", \"str\", 5)\n\tfmt.Printf(\"%d\\n\")\n\tfmt.Printf(\"%d %d\\n\", 1, 2, 3)\n"
        self.add(body)


    def k_defers(self):
        r = self.r
        k = r.randint(1, 9)
        types = ("func named(x int) (res int, err error) {\n\tdefer func() {\n\t\tif e := recover(); e != nil {\n"
                 "\t\t\terr = fmt.Errorf(\"caught: %v\", e)\n\t\t\tres = -x\n\t\t}\n\t}()\n\tdefer func() { res *= 2 }()\n"
                 "\tif x%3 == 0 {\n\t\tpanic(x)\n\t}\n\treturn x + 1, nil\n}\n")
        body = (f"\tx := {k}\n\tdefer fmt.Println(\"defer arg\", x, x*2)\n\tx = 100\n"
                f"\tfor i := range {r.randint(1, 4)} {{\n\t\tdefer fmt.Print(i, \" \")\n\t}}\n"
                f"\tfor _, v := range []int{{{k}, {k + 1}, {k + 2}, 3, 6}} {{\n\t\tfmt.Println(named(v))\n\t}}\n"
                f"\ttype pt struct{{ x, y int }}\n\tpts := []pt{{{{1, 2}}, {{3, 4}}}}\n\tfor _, p := range pts {{\n\t\tp.x = 9\n\t}}\n"
                f"\tfor i := range pts {{\n\t\tpts[i].y += {k}\n\t}}\n\tfmt.Println(pts)\n"
                f"\tarr := [3]int{{1, 2, 3}}\n\tfor i, v := range arr {{\n\t\tarr[2] = 10\n\t\tfmt.Print(i, v, \" \")\n\t}}\n\tfmt.Println(arr)\n"
                f"\tsl := []int{{1, 2, 3}}\n\tfor i, v := range sl {{\n\t\tsl[2] = 10\n\t\tif i == 0 {{\n\t\t\tsl = append(sl, 4)\n\t\t}}\n\t\tfmt.Print(i, v, \" \")\n\t}}\n\tfmt.Println(sl)\n"
                f"\tvar a, b any = {k}, {k}\n\tfmt.Println(a == b, a != any(int64({k})), any(nil) == nil)\n"
                f"\tfunc() {{\n\t\tdefer func() {{ fmt.Println(\"cmp:\", recover()) }}()\n\t\tvar c, d any = []int{{1}}, []int{{1}}\n\t\tfmt.Println(c == d)\n\t}}()\n"
                f"\tfunc() {{\n\t\tdefer func() {{ fmt.Println(\"hash:\", recover()) }}()\n\t\tm := map[any]int{{}}\n\t\tm[[]int{{{k}}}] = 1\n\t}}()\n")
        self.add(body, types)

    def k_chans(self):
        r = self.r
        n = r.randint(0, 6)
        cap_ = r.choice([0, 0, 1, 3])
        types = ("func produce(n int, out chan<- int) {\n\tfor i := range n {\n\t\tout <- i * i\n\t}\n\tclose(out)\n}\n")
        body = (f"\tch := make(chan int, {cap_})\n\tgo produce({n}, ch)\n\tsum := 0\n\tfor v := range ch {{\n\t\tsum += v\n\t\tfmt.Print(v, \" \")\n\t}}\n"
                f"\tfmt.Println(\"sum\", sum, len(ch), cap(ch))\n\tv, ok := <-ch\n\tfmt.Println(v, ok)\n"
                f"\tdone := make(chan string)\n\tgo func() {{\n\t\tdone <- strings.Repeat(\"z\", {n})\n\t}}()\n\tfmt.Println(<-done)\n"
                f"\tres := make(chan int, {n + 1})\n\tfor i := range {n + 1} {{\n\t\tres <- i * 10\n\t}}\n\tclose(res)\n\tfor x := range res {{\n\t\tfmt.Print(x, \",\")\n\t}}\n\tfmt.Println()\n")
        self.add(body, types)

    def k_builder(self):
        r = self.r
        n = r.randint(0, 12)
        body = (f"\tvar sb strings.Builder\n\tfor i := range {n} {{\n\t\tfmt.Fprintf(&sb, \"%d-%c;\", i, 'a'+rune(i))\n\t\tsb.WriteByte('|')\n\t}}\n"
                f"\tsb.WriteString(\"end\")\n\tsb.WriteRune('é')\n\tfmt.Println(sb.String(), sb.Len())\n"
                f"\tvar buf bytes.Buffer\n\tbuf.WriteString(\"{'x' * r.randint(0, 5)}\")\n\tfmt.Fprint(&buf, {n}, \"y\", 2.5)\n\tfmt.Println(buf.String(), buf.Len())\n"
                f"\tb := []byte(\"hello\")\n\tb = append(b, \" world\"...)\n\tb[0] = 'H'\n\tfmt.Println(string(b), bytes.Contains(b, []byte(\"wor\")), bytes.Equal(b[:2], []byte(\"He\")))\n"
                f"\ts := \"\"\n\tfor i := range {n} {{\n\t\ts += string(rune('A' + i%26))\n\t}}\n\tfmt.Println(s, len(s), s[:min(len(s), 3)], s > \"B\")\n"
                f"\tfmt.Println(strings.Repeat(\"ab\", {n % 4}) + fmt.Sprintf(\"%03d\", {n}), fmt.Sprintf(\"%6.2f|%-6s|%6s\", 3.14159, \"ab\", \"cd\"))\n")
        self.add(body)

    def k_floatconv(self):
        r = self.r
        f = r.choice(["1e19", "-1e19", "9.3e18", "-3.7", "4294967296.5", "-1", "1.8446744073709552e19",
                      "2147483648.0", "-2147483649.0", "300.7", "-0.9", "65536.25", "1e300"])
        body = (f"\tvar f float64 = {f}\n\tfmt.Println(int64(f), int32(f), uint64(f), uint32(f), int8(f), uint8(f), int(f))\n"
                f"\tg64 := {self.float_lit()}\n\tg := float32(g64)\n\th := g * 3\n\th += 0.1\n\tfmt.Println(g, h, g/7, float64(g), h == float32(float64(h)))\n"
                f"\tvar acc float32\n\tfor i := range {r.randint(1, 30)} {{\n\t\tacc += 0.1 * float32(i)\n\t}}\n\tfmt.Println(acc, float64(acc))\n"
                f"\tc := complex({self.float_lit()}, {self.float_lit()})\n\td := c * c\n\tfmt.Println(c, d, real(d), imag(d), c == d, -c)\n"
                f"\tfmt.Printf(\"%v %.2f %g\\n\", c, d, complex64(c))\n"
                f"\tvar big int64 = {r.choice(['1<<53 + 1', '1<<63 - 1', '-1 << 63', '123456789123456789'])}\n"
                f"\tfmt.Println(float64(big), float32(big), float64(big) == float64(big-1), uint64(float64(big)/2))\n")
        self.add(body)

    def k_recover(self):
        types = ("func helperRecover() any { return recover() }\n\n"
                 "func indirect() (out string) {\n\tdefer func() {\n\t\tif r := helperRecover(); r != nil {\n\t\t\tout = \"helper got it\"\n\t\t}\n\t}()\n"
                 "\tdefer func() {\n\t\tout = fmt.Sprint(\"direct: \", recover())\n\t}()\n\tpanic(\"p1\")\n}\n\n"
                 "func nested() {\n\tdefer func() {\n\t\tfmt.Println(\"outer recovered:\", recover())\n\t}()\n"
                 "\tdefer func() {\n\t\tdefer func() {\n\t\t\tfmt.Println(\"inner recovered:\", recover())\n\t\t}()\n\t\tpanic(\"second\")\n\t}()\n\tpanic(\"first\")\n}\n\n"
                 "func noPanic() {\n\tdefer func() {\n\t\tfmt.Println(\"recover without panic:\", recover())\n\t}()\n}\n\n"
                 "func deferredRecoverCall() {\n\tdefer func() { fmt.Println(\"after:\", recover()) }()\n\tfunc() {\n\t\tdefer recover()\n\t\tpanic(\"direct defer recover\")\n\t}()\n\tfmt.Println(\"unreached?\")\n}\n")
        r = self.r
        body = "".join(r.sample(["\tfmt.Println(indirect())\n", "\tnested()\n", "\tnoPanic()\n"], r.randint(1, 3)))
        if r.random() < 0.1:  # `defer recover()` is refused (a deferred builtin call)
            body += "\tdeferredRecoverCall()\n"
        body += (f"\tfor i := range {r.randint(1, 4)} {{\n\t\tfunc() {{\n\t\t\tdefer func() {{\n\t\t\t\tif e := recover(); e != nil {{\n\t\t\t\t\tfmt.Println(i, e)\n\t\t\t\t}}\n\t\t\t}}()\n"
                 f"\t\t\tif i%2 == 1 {{\n\t\t\t\tpanic(i)\n\t\t\t}}\n\t\t\tfmt.Println(\"ok\", i)\n\t\t}}()\n\t}}\n")
        self.add(body, types)

    def k_embed(self):
        types = ("type Animal interface{ Sound() string }\n\ntype Named interface {\n\tAnimal\n\tName() string\n}\n\n"
                 "type Base struct{ ID int }\n\nfunc (b Base) Name() string { return \"base\" + strconv.Itoa(b.ID) }\nfunc (b *Base) SetID(i int) { b.ID = i }\nfunc (b Base) Sound() string { return \"...\" }\n\n"
                 "type Dog struct {\n\tBase\n\tBreed string\n}\n\nfunc (d Dog) Sound() string { return \"woof\" }\n\n"
                 "type Puppy struct {\n\t*Dog\n\tAge int\n}\n")
        r = self.r
        body = (f"\td := Dog{{Base{{{r.randint(0, 9)}}}, \"lab\"}}\n\td.SetID(d.ID + {r.randint(1, 5)})\n\tfmt.Println(d.Name(), d.Sound(), d.Base.Sound(), d)\n"
                f"\tvar n Named = d\n\tfmt.Println(n.Name(), n.Sound())\n\tvar a Animal = n\n\t_, isNamed := a.(Named)\n\tfmt.Println(isNamed)\n"
                f"\tp := Puppy{{&d, 1}}\n\tp.SetID(42)\n\tfmt.Println(d.ID, p.Name(), p.Sound(), p.Age)\n"
                f"\tf := Dog.Sound\n\tg := (*Base).SetID\n\tg(&d.Base, 7)\n\tfmt.Println(f(d), d.ID)\n"
                f"\th := d.Name\n\td.ID = 99\n\tfmt.Println(h(), d.Name())\n"
                f"\tfmt.Printf(\"%v %+v %T %T\\n\", d, d, n, a)\n")
        self.add(body, types)

    def k_misc(self):
        r = self.r
        k = r.randint(1, 9)
        body = (f"\tnan := math.NaN()\n\tfmt.Println([1]float64{{nan}} == [1]float64{{nan}}, any(nan) == any(nan), min(2.5, 1.0), max(-0.5, 0.0), min(\"b\", \"a\", \"c\"))\n"
                f"\ttype fp struct{{ f float64 }}\n\tfmt.Println(fp{{nan}} == fp{{nan}}, fp{{-0.0}} == fp{{0}}, 1/math.Copysign(0, -1))\n"
                f"\tb := make([]byte, {r.randint(0, 6)})\n\tn := copy(b, \"héllo\")\n\tb = append(b, \"wörld\"...)\n\tfmt.Println(n, b, string(b), len(b))\n"
                f"\tm := map[int]int{{1: 1, 2: 2}}\n\tclear(m)\n\tsl := []int{{1, 2, 3}}\n\tclear(sl[1:])\n\tfmt.Println(m, len(m), sl)\n"
                f"\tarr := [3]int{{1, 2, 3}}\n\tfor i, v := range &arr {{\n\t\tarr[2] = 30\n\t\tfmt.Print(i, v, \" \")\n\t}}\n\tfmt.Println()\n"
                f"\tx, y := {k}, {k + 1}\n\tx, y = y, x+y\n\tfmt.Println(x, y)\n"
                f"\ts := []int{{10, 20, 30}}\n\ti := 0\n\ti, s[i] = {r.randint(1, 2)}, {k}\n\tfmt.Println(i, s)\n"
                f"\ts[0], s[2] = s[2], s[0]\n\tfmt.Println(s)\n"
                f"\tvar u8 uint8 = {r.choice([0, 1, 254, 255])}\n\tu8++\n\tu8 += 2\n\tvar i8 int8 = {r.choice([-128, 127, 0])}\n\ti8--\n\ti8 = -i8\n\tfmt.Println(u8, i8, u8<<1, i8>>1, ^u8, -u8)\n"
                f"\tsh := {r.randint(0, 70)}\n\tfmt.Println(1<<sh, -1>>sh, uint32(1)<<sh, int8(-5)>>sh, uint64(1)<<(sh%64))\n"
                f"\tvar keys = map[any]int{{1: 1, int64(1): 2, \"1\": 3, 1.0: 4, [1]int{{1}}: 5}}\n\tfmt.Println(len(keys), keys[1], keys[int64(1)], keys[1.0], keys[[1]int{{1}}], keys[uint(1)])\n")
        self.add(body)

    def k_consts(self):
        r = self.r
        body = (f"\tconst big = 1 << 100\n\tconst c = big >> {r.randint(40, 98)}\n\tfmt.Println(c, big/(big>>10), 7/2, 7.0/2, 1<<3.0, -7>>1, ^0, 'a'+1, \"s\"+\"t\")\n"
                f"\tfmt.Println(0.1+0.2 == 0.3, float32(0.1) == 0.1, 1e300*1e300/1e300, 5%-3, -5%3, -5/3, 1e2, 100*1.1)\n"
                f"\tconst f = 1.0 / 3\n\tvar g float32 = f\n\tvar h float64 = f\n\tfmt.Println(f, g, h, float64(g) == h, f*3 == 1)\n"
                f"\ttype Weekday int\n\tconst (\n\t\tSun Weekday = iota\n\t\tMon\n\t\tTue\n\t\t_\n\t\tThu\n\t)\n\tfmt.Println(Sun, Mon, Thu, Thu-Mon)\n"
                f"\tconst (\n\t\tKB = 1 << (10 * (iota + 1))\n\t\tMB\n\t\tGB\n\t)\n\tfmt.Println(KB, MB, GB, GB/MB)\n"
                f"\tfmt.Println(len(\"héllo\"), len([3]int{{}}), 'x', \"\\u00e9\" == \"é\", `raw\\n`, '\\377', \"\\377\"[0])\n"
                f"\tvar i int = {r.randint(-100, 100)}\n\tfmt.Println(i/4, i>>2, i%4, i&3, float64(i)/4)\n")
        self.add(body)

    def k_goroutines(self):
        r = self.r
        n = r.randint(1, 6)
        body = (f"\tvar wg sync.WaitGroup\n\tvar mu sync.Mutex\n\ttotal := 0\n\tfor i := range {n} {{\n\t\twg.Add(1)\n\t\tgo func() {{\n\t\t\tdefer wg.Done()\n"
                f"\t\t\tmu.Lock()\n\t\t\ttotal += i * i\n\t\t\tmu.Unlock()\n\t\t}}()\n\t}}\n\twg.Wait()\n\tfmt.Println(\"total\", total)\n"
                f"\tresults := make([]int, {n})\n\tvar wg2 sync.WaitGroup\n\tfor i := range results {{\n\t\twg2.Add(1)\n\t\tgo func(j int) {{\n\t\t\tdefer wg2.Done()\n\t\t\tresults[j] = j * {r.randint(2, 9)}\n\t\t}}(i)\n\t}}\n\twg2.Wait()\n\tfmt.Println(results)\n"
                f"\tch := make(chan int, 1)\n\tselect {{\n\tcase v := <-ch:\n\t\tfmt.Println(\"got\", v)\n\tdefault:\n\t\tfmt.Println(\"empty\")\n\t}}\n"
                f"\tch <- {n}\n\tselect {{\n\tcase v := <-ch:\n\t\tfmt.Println(\"got\", v)\n\tdefault:\n\t\tfmt.Println(\"empty\")\n\t}}\n"
                f"\tvar once sync.Once\n\tfor range 3 {{\n\t\tonce.Do(func() {{ fmt.Println(\"once\") }})\n\t}}\n")
        self.add(body)

    def k_nilprint(self):
        types = ("type Temp2 float64\n\nfunc (t Temp2) String() string { return fmt.Sprintf(\"%.1f deg\", float64(t)) }\n\n"
                 "type Box struct {\n\tV    int\n\tNext *Box\n\tErr  error\n\tAny  any\n\tS    []string\n\tM    map[string]int\n}\n")
        r = self.r
        body = (f"\tvar e error\n\tvar p *Box\n\tvar s []int\n\tvar m map[string]bool\n\tvar f func()\n\tvar a any\n"
                f"\tfmt.Println(e, p, s, m, f == nil, a)\n\tfmt.Printf(\"%v %+v %#v %T %T\\n\", e, p, s, e, a)\n"
                f"\tb := Box{{V: {r.randint(0, 9)}}}\n\tfmt.Printf(\"%v\\n%+v\\n%#v\\n\", b, b, b)\n"
                f"\tts := []Temp2{{{self.float_lit()}, 0}}\n\tfmt.Println(ts, Temp2(-1.25))\n\tfmt.Printf(\"%v %s %d %5.1f|%x\\n\", ts, ts[0], ts, ts[1], ts[0])\n"
                f"\tvar st fmt.Stringer = ts[0]\n\tfmt.Printf(\"%v %T %q\\n\", st, st, st)\n"
                f"\tfmt.Println(fmt.Sprint(nil), fmt.Sprint(nil, nil), fmt.Sprint(\"a\", nil), fmt.Sprintf(\"%d\", nil), fmt.Sprintf(\"%s\", nil))\n")
        self.add(body, types)

    def k_fmtfuzz(self):
        r = self.r
        vals = r.sample(["\"héllo\"", "\"\"", "\"a\\tb\"", "[]byte(\"xy\")", "[]string{\"a\", \"bc\"}", "[]int{-1, 20}",
                         "true", "-42", "uint16(65535)", "3.25", "-0.0", "float32(2.5)", "'é'", "[2]float64{1.5, -2}",
                         "struct {\n\t\tA int\n\t\tB []string\n\t}{7, []string{\"q\"}}", "map[string]float64{\"k\": 0.25, \"a\": 1}",
                         "map[int][]string{2: {\"x\"}, 1: nil}", "complex64(1 + 2i)", "int8(-8)", "[]any{\"s\", 1.5, true}",
                         "1e21", "\"\\xff\"", "[]rune(\"aé\")", "struct{}{}", "[]*int{nil}", "[][2]int{{1, 2}}"],
                        r.randint(2, 5))
        dirs = []
        for _ in range(r.randint(4, 9)):
            flags = "".join(r.sample(["-", " ", "0", "-", " "], r.choice([0, 0, 1, 1, 2])))
            width = r.choice(["", "", "1", "5", "8", "12"])
            prec = r.choice(["", "", ".0", ".1", ".3", ".10"])
            verb = r.choice("vvvvsdqxfegt")
            dirs.append(f"%{flags}{width}{prec}{verb}")
        body = f"\tvals := []any{{{', '.join(vals)}}}\n\tfor _, v := range vals {{\n"
        body += f"\t\tfmt.Printf(\"{'|'.join(dirs)}|\\n\", {', '.join(['v'] * len(dirs))})\n\t}}\n"
        self.add(body)

    def k_strfuzz(self):
        r = self.r
        pool = ['""', '"a"', '"aaa"', '"abcabc"', '"héllo"', '"x y\\u00a0z"', '"ß"', '"AbC"', '"ǅx"', '" "', '"\\t\\n"', '"日本日"', '"a-b_c"']
        calls = []
        for _ in range(r.randint(5, 10)):
            a, b, c = r.choice(pool), r.choice(pool), r.choice(pool)
            n = r.choice([-1, 0, 1, 2, 5])
            calls.append(r.choice([
                f"strings.SplitN({a}, {b}, {n})", f"strings.Replace({a}, {b}, {c}, {n})", f"strings.Index({a}, {b})",
                f"strings.LastIndex({a}, {b})", f"strings.Repeat({a}, {abs(n)})", f"strings.Fields({a})",
                f"strings.Count({a}, {b})", f"strings.SplitAfterN({a}, {b}, {n})", f"strings.EqualFold({a}, {b})",
                f"strings.Title({a})", f"strings.TrimRight({a}, {b})", f"strings.Trim({a}, {b})", f"strings.ContainsAny({a}, {b})",
                f"strings.IndexAny({a}, {b})", f"strings.HasSuffix({a}, {b})",
                f"strings.ToUpper({a})", f"strings.ToLower({a})", f"strings.Join(strings.Split({a}, {b}), {c})",
                f"strings.TrimLeft({a}, {b})", f"strings.Cut({a}, {b})", f"strings.CutPrefix({a}, {b})",
                f"strings.Index({a}, {b}) + strings.IndexByte({a}, 'a')", f"strings.Fields({a} + {b})",
                f"bytes.Split([]byte({a}), []byte({b}))", f"strings.IndexFunc({a}, unicode.IsUpper)",
                f"strings.FieldsFunc({a}, func(r rune) bool {{ return r == 'a' || unicode.IsSpace(r) }})",
                f"strings.LastIndexByte({a}, 'a')", f"strings.ContainsFunc({a}, unicode.IsDigit)",
                f"strings.NewReplacer(\"a\", \"1\", \"b\", \"2\", {b}, \"<>\").Replace({a})",
            ]))
        body = "".join(f"\tfmt.Printf(\"%q\\n\", fmt.Sprint({c}))\n" if "Cut" not in c else f"\tfmt.Println({c})\n" for c in calls)
        self.add(body)

    def k_sem(self):
        r = self.r
        k = r.randint(1, 9)
        types = ("type Acc struct {\n\tN   int\n\tLog []string\n\tArr [2]int\n}\n\n"
                 "func (a Acc) Show() { fmt.Println(\"show\", a.N, a.Arr, len(a.Log)) }\n\n"
                 "func (a *Acc) Add(n int) *Acc {\n\ta.N += n\n\ta.Log = append(a.Log, strconv.Itoa(n))\n\treturn a\n}\n\n"
                 "func trace(name string, v int) int {\n\tfmt.Print(name, \" \")\n\treturn v\n}\n\n"
                 "func bump(xs ...int) int {\n\tfor i := range xs {\n\t\txs[i] *= 2\n\t}\n\treturn len(xs)\n}\n\n"
                 "func fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\n"
                 "func split(sum int) (x, y int) {\n\tx = sum * 4 / 9\n\ty = sum - x\n\tif x > 5 {\n\t\tx := 0\n\t\t_ = x\n\t}\n\treturn\n}\n")
        body = (f"\ta := Acc{{N: {k}}}\n\tdefer a.Show()\n\ta.Add(1).Add(2)\n\tb := a\n\tb.Arr[0] = 5\n\tb.Log[0] = \"changed\"\n\tfmt.Println(a.N, a.Arr, a.Log, b.Arr, b.Log)\n"
                f"\tvar i any = a\n\ta.N = 100\n\tfmt.Println(i.(Acc).N, a.N)\n"
                f"\tif trace(\"a\", {k}) > 3 && trace(\"b\", 2) > 1 || trace(\"c\", 3) > 2 {{\n\t\tfmt.Println(\"yes\")\n\t}} else {{\n\t\tfmt.Println(\"no\")\n\t}}\n"
                f"\tswitch trace(\"tag\", {k % 4}) {{\n\tcase trace(\"c0\", 0), trace(\"c1\", 1):\n\t\tfmt.Println(\"low\")\n\tcase trace(\"c2\", 2):\n\t\tfmt.Println(\"two\")\n\tdefault:\n\t\tfmt.Println(\"def\")\n\t}}\n"
                f"\tnums := []int{{1, 2, 3}}\n\tfmt.Println(bump(nums...), nums, bump(1, 2), bump())\n"
                f"\tfmt.Println(fib({r.randint(5, 18)}))\n\tfmt.Println(split({r.randint(0, 30)}))\n"
                f"\tgrid := [3][3]int{{}}\n\tfor i := range 3 {{\n\t\tfor j := range 3 {{\n\t\t\tgrid[i][j] = i*3 + j\n\t\t}}\n\t}}\n\trow := grid[1]\n\trow[0] = -1\n\tfmt.Println(grid, row, len(grid[0]))\n"
                f"\tpa := &grid[2]\n\tps := pa[1:]\n\tps[0] = 77\n\tfmt.Println(grid[2], len(ps), cap(ps))\n"
                f"\tm := map[string][]int{{}}\n\tfor i := range {k + 2} {{\n\t\tkey := []string{{\"odd\", \"even\"}}[i%2]\n\t\tm[key] = append(m[key], i)\n\t}}\n\tfmt.Println(m, len(m[\"none\"]))\n"
                f"\tms := map[int]Acc{{1: {{N: 1}}}}\n\tv := ms[1]\n\tv.N = 9\n\tfmt.Println(ms[1].N, v.N)\n"
                f"\tfor key := range m {{\n\t\tdelete(m, key)\n\t}}\n\tfmt.Println(len(m))\n"
                f"\tstr := \"héllo, 世界\"\n\tfmt.Println(str[1], str[1:3], str[7:], len(str[7:]), str[len(str)-1])\n")
        self.add(body, types)

    def k_stringers(self):
        types = ("type PS struct{ n int }\n\nfunc (p *PS) String() string { return \"PS#\" + strconv.Itoa(p.n) }\n\n"
                 "type VS struct{ N int }\n\nfunc (v VS) String() string { return fmt.Sprintf(\"VS<%d>\", v.N) }\n\n"
                 "type Outer struct {\n\tVS\n\tX int\n}\n\n"
                 "type Holder struct {\n\tPub  VS\n\tpriv VS\n\tPtr  *PS\n\tErr  error\n}\n\n"
                 "type ErrT struct{ Code int }\n\nfunc (e ErrT) Error() string { return \"err\" + strconv.Itoa(e.Code) }\n\nfunc (e ErrT) String() string { return \"str\" }\n")
        r = self.r
        k = r.randint(0, 9)
        body = (f"\tp := PS{{{k}}}\n\tfmt.Println(&p, []*PS{{&p}}, []PS{{p}})\n\tfmt.Printf(\"%v %s %d %+v\\n\", &p, &p, p, p)\n"
                f"\tv := VS{{{k}}}\n\tfmt.Println(v, &v, []VS{{v, {{}}}}, map[string]VS{{\"a\": v}}, [1]VS{{v}})\n\tfmt.Printf(\"%v %+v %#v %s %q %x %d\\n\", v, v, v, v, v, v, v)\n"
                f"\to := Outer{{v, {k + 1}}}\n\tfmt.Println(o, o.X)\n\tfmt.Printf(\"%+v %v\\n\", o, []Outer{{o}})\n"
                f"\th := Holder{{Pub: v, priv: v, Ptr: &p, Err: ErrT{{{k}}}}}\n\tfmt.Printf(\"%v\\n%+v\\n\", h, h)\n"
                f"\tfmt.Println(ErrT{{{k}}}, error(ErrT{{1}}), fmt.Sprint(ErrT{{2}}))\n\tfmt.Printf(\"%v %s %d\\n\", ErrT{{3}}, ErrT{{4}}, ErrT{{5}})\n")
        self.add(body, types)

    def k_generics2(self):
        types = ("type Ints []int\n\ntype Name string\n\n"
                 "type Shower interface{ Show() string }\n\n"
                 "type Num int\n\nfunc (n Num) Show() string { return \"#\" + strconv.Itoa(int(n)) }\n\n"
                 "func ShowAll[T Shower](xs []T) []string {\n\tvar out []string\n\tfor _, x := range xs {\n\t\tout = append(out, x.Show())\n\t}\n\treturn out\n}\n\n"
                 "func Upper[S ~string](s S) S { return S(strings.ToUpper(string(s))) }\n\n"
                 "func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }\n\n"
                 "func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {\n\tacc := init\n\tfor _, x := range xs {\n\t\tacc = f(acc, x)\n\t}\n\treturn acc\n}\n\n"
                 "type List[T any] struct {\n\thead *node[T]\n\tn    int\n}\n\ntype node[T any] struct {\n\tv    T\n\tnext *node[T]\n}\n\n"
                 "func (l *List[T]) Push(v T) {\n\tl.head = &node[T]{v, l.head}\n\tl.n++\n}\n\n"
                 "func (l *List[T]) All() func(func(T) bool) {\n\treturn func(yield func(T) bool) {\n\t\tfor n := l.head; n != nil; n = n.next {\n\t\t\tif !yield(n.v) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}\n\n"
                 "func Zero[T any]() T {\n\tvar z T\n\treturn z\n}\n")
        r = self.r
        k = r.randint(1, 6)
        body = (f"\tis := Ints{{{', '.join(str(r.randint(-9, 9)) for _ in range(k))}}}\n\tc := slices.Clone(is)\n\tslices.Sort(c)\n\tfmt.Printf(\"%v %T %v\\n\", c, c, is)\n"
                f"\tfmt.Println(ShowAll([]Num{{1, {k}}}), Upper(Name(\"abc\")), Upper(\"x\"), Keys(map[string]int{{\"a\": 1}}))\n"
                f"\tfmt.Println(Reduce(is, 0, func(a, x int) int {{ return a*2 + x }}), Reduce([]string{{\"a\", \"b\"}}, \">\", func(a, x string) string {{ return a + x }}))\n"
                f"\tvar l List[string]\n\tfor i := range {k} {{\n\t\tl.Push(strconv.Itoa(i))\n\t}}\n\tfor v := range l.All() {{\n\t\tif v == \"1\" {{\n\t\t\tcontinue\n\t\t}}\n\t\tfmt.Print(v, \" \")\n\t}}\n\tfmt.Println(l.n)\n"
                f"\tfmt.Println(Zero[int](), Zero[string]() == \"\", Zero[*int]() == nil, Zero[[]int]() == nil, Zero[[2]bool]())\n"
                f"\tfmt.Printf(\"%T %T %T\\n\", Upper(Name(\"q\")), Zero[Num](), ShowAll[Num])\n")
        self.add(body, types)

    def k_slices2(self):
        """Appends whose capacity depends on escape analysis: local slices, helpers, returns."""
        r = self.r
        et, mk = r.choice([("int", "{i}"), ("byte", "byte({i})"), ("string", "strconv.Itoa({i})"),
                           ("int64", "int64({i})"), ("[2]int32", "[2]int32{{int32({i})}}")])
        n = r.randint(1, 12)
        f = self.name("grow")
        self.funcs.append(f"func {f}(n int) []{et} {{\n\tvar s []{et}\n\tfor i := 0; i < n; i++ {{\n\t\ts = append(s, {mk.format(i='i')})\n\t}}\n\treturn s\n}}\n")
        body = (f"\tvar s []{et}\n\tfor i := 0; i < {n}; i++ {{\n\t\ts = append(s, {mk.format(i='i')})\n\t\tfmt.Println(len(s), cap(s))\n\t}}\n"
                f"\tt := {f}({r.randint(0, 12)})\n\tfmt.Println(len(t), cap(t))\n\tt = append(t, s...)\n\tfmt.Println(len(t), cap(t))\n"
                f"\tu := make([]{et}, {r.randint(0, 4)}, {r.randint(4, 6)})\n\tu = append(u, s[:min(len(s), {r.randint(0, 8)})]...)\n\tfmt.Println(len(u), cap(u))\n"
                f"\tw := append([]{et}(nil), s...)\n\tfmt.Println(len(w), cap(w), len(slices.Clone(s)))\n")
        self.add(body)

    KINDS = ["intops", "conv", "divmod", "floatfmt", "strings", "strconv", "unicode", "slices",
             "slicealias", "maps", "structs", "closures", "methods", "generics", "panics", "control",
             "rangefunc", "utf8", "sorting", "errors", "fmtverbs", "defers", "chans", "builder",
             "floatconv", "recover", "embed", "misc", "consts", "goroutines", "nilprint",
             "fmtfuzz", "strfuzz", "sem", "stringers", "generics2", "slices2"]

    def program(self, kinds=None):
        self.final_panic = ""
        pool = kinds or self.KINDS
        chosen = [self.r.choice(pool) for _ in range(self.r.randint(1, 3))]
        seen_types = set()
        for k in chosen:
            self.kinds.append(k)
            getattr(self, "k_" + k)()
        uniq = []
        for t in self.types:
            if t not in seen_types:
                seen_types.add(t)
                uniq.append(t)
        main = "func main() {\n" + "".join(f"\t{c}\n" for c in self.calls) + self.final_panic + "}\n"
        code = ("\nvar sink any\n\nfunc keep(v any) { sink = v }\n\n" + "\n".join(uniq) + "\n" + "\n".join(self.funcs)
                + "\n" + main)
        return f"// kinds: {' '.join(self.kinds)}\n" + prelude(code) + code


def run_go(go, src, tmp):
    d = Path(tmp)
    (d / "go.mod").write_text(GO_MOD)
    (d / "main.go").write_text(src)
    b = subprocess.run([go, "build", "-o", "prog", "."], cwd=d, env=go_env(), capture_output=True,
                       text=True, timeout=300)
    if b.returncode:
        return None, b.stderr
    r = subprocess.run([str(d / "prog")], cwd=d, env=go_env(), capture_output=True, timeout=60)
    return (r.stdout.decode("utf-8", "surrogateescape"), r.stderr.decode("utf-8", "surrogateescape"),
            r.returncode), ""


def run_ours(binary, tmp):
    r = subprocess.run([binary, "run", "main.go"], cwd=tmp, capture_output=True, timeout=300)
    return (r.stdout.decode("utf-8", "surrogateescape"), r.stderr.decode("utf-8", "surrogateescape"),
            r.returncode)


def first_line(err):
    return normalize_stderr(err).split("\n", 1)[0]


def stderr_for(err, code):
    """What is compared of stderr: all of it (println output) for exit 0, else its first line."""
    if code == 0:
        return err
    return first_line(err)


def classify(go, binary, src):
    with tempfile.TemporaryDirectory(prefix="interp-random-") as tmp:
        want, why = run_go(go, src, tmp)
        if want is None:
            return "rejected by gc", [l for l in why.splitlines() if l][:5]
        got = run_ours(binary, tmp)
    wo, we, wc = want
    if wc:  # what `go run` adds (escapade run prints what `go run` prints)
        we += f"exit status {wc}\n"
    go_, ge, gc = got
    if gc == 3 and ("unsupported" in ge or "budget" in ge or "limit" in ge):
        reason = next((l for l in ge.splitlines() if "unsupported" in l), ge.strip().splitlines()[-1])
        reason = re.sub(r"\b\d+:\d+\b", "L:C", reason.split("unsupported:", 1)[-1]).strip()
        # A refusal must not follow wrong output: what was printed is a prefix of Go's.
        if not wo.startswith(go_):
            return "wrong", [f"  refused ({reason}) after printing output that is not Go's prefix",
                             *first_diff(wo, go_)]
        return "refused", [reason]
    ws, gs = stderr_for(we, wc), stderr_for(ge if gc != 2 else ge.split("\n\ngoroutine ")[0], gc)
    if wo == go_ and wc == gc and ws == gs:
        return "identical", []
    diff = []
    if wc != gc:
        diff.append(f"  exit: go {wc}, us {gc}")
    if ws != gs:
        diff.append(f"  stderr: go {ws[:300]!r}, us {gs[:300]!r}")
    diff += first_diff(wo, go_)
    return "wrong", diff


def first_diff(want, got):
    wl, gl = want.splitlines(), got.splitlines()
    for i in range(max(len(wl), len(gl))):
        a = wl[i] if i < len(wl) else "<none>"
        b = gl[i] if i < len(gl) else "<none>"
        if a != b:
            return [f"  stdout line {i + 1}: go {a!r}", f"  stdout line {i + 1}: us {b!r}"]
    return []


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kinds", help="comma-separated kinds (default all): " + ",".join(Gen.KINDS))
    ap.add_argument("--escape-gen", action="store_true",
                    help="use scripts/escape-random-crosscheck.py's programs")
    ap.add_argument("--bin", default=str(ROOT / "target/debug/escapade"))
    ap.add_argument("--go")
    ap.add_argument("--keep", help="directory to write each wrong program to")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--print", type=int, help="print program INDEX and exit")
    ap.add_argument("--reasons", type=int, default=0, help="list the K most common refusals")
    a = ap.parse_args()
    kinds = a.kinds.split(",") if a.kinds else None
    if a.escape_gen:
        progs = [escape_random.Gen(random.Random(f"{a.seed}:{i}")).program() for i in range(a.n)]
    else:
        progs = [Gen(random.Random(f"interp:{a.seed}:{i}")).program(kinds) for i in range(a.n)]
    if a.print is not None:
        sys.stdout.write(progs[a.print])
        return 0
    go = go_binary(a.go)
    binary = os.path.abspath(a.bin)
    with ThreadPoolExecutor(a.jobs) as ex:
        results = list(ex.map(lambda s: classify(go, binary, s), progs))
    counts = {"identical": 0, "refused": 0, "wrong": 0, "rejected by gc": 0}
    reasons = {}
    for i, (cls, diff) in enumerate(results):
        counts[cls] += 1
        if cls == "refused":
            reasons[diff[0]] = reasons.get(diff[0], 0) + 1
        if cls in ("wrong", "rejected by gc"):
            head = progs[i].split("\n", 1)[0] if not a.escape_gen else ""
            print(f"== program {i} ({cls}, seed {a.seed}) {head}")
            print("\n".join(diff))
            if a.keep:
                os.makedirs(a.keep, exist_ok=True)
                with open(os.path.join(a.keep, f"s{a.seed}-p{i}.go"), "w") as f:
                    f.write(progs[i])
    gen = "escape-gen" if a.escape_gen else f"kinds {a.kinds or 'all'}"
    print(f"interp-random-crosscheck n={a.n} seed={a.seed} {gen}:",
          ", ".join(f"{k} {v}" for k, v in counts.items()), flush=True)
    for why, n in sorted(reasons.items(), key=lambda x: -x[1])[:a.reasons]:
        print(f"    refused {n:4}: {why}")
    return 1 if counts["wrong"] or counts["rejected by gc"] else 0


if __name__ == "__main__":
    sys.exit(main())
