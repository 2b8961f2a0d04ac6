#!/usr/bin/env python3
"""Random differential check of the escape analyzer + inliner model against the REAL compiler.

Generates N random, valid `package main` programs (deterministic given --seed) that exercise the
inliner and escape analysis together: functions below and above the inlining budget (loops,
calls, closures, panics, type switches, defer, go statements, method values, interface calls on
concrete values, struct/pointer parameters and results, `&T{}` constructors, slices/maps of
pointers, closures returned or called once, recursion, generic functions with two
instantiations, fmt.Println of values). Each program is compiled with go1.27.3
(`Toolchain.compile` of scripts/escape-goldens.py, as escape-crosscheck.py does) and run through
`escapade escape`, for each requested flag set, and classified as

  identical   same multiset of lines (with --order: same sequence)
  refused     escapade printed an `unsupported:` line
  wrong       anything else (listed with its diff; the program is kept under --keep DIR)

A program gc rejects is a generator bug: it is counted as `rejected by gc` and printed.

Usage:
  scripts/escape-random-crosscheck.py N [--seed S] [--flags "-m" --flags "-m=2 -l" ...]
        [--bin target/debug/escapade] [--keep DIR] [--jobs J]
Default flag sets: "-m", "-m=2", "-m -l", "-m=2 -l". Exits 1 if any program is wrong or rejected.
"""
import argparse
import importlib.util
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_FLAGS = ["-m", "-m=2", "-m -l", "-m=2 -l"]

PRELUDE = """package main

import "fmt"

type T struct {
	a, b int
	p    *int
	s    []int
}

type I interface{ Get() int }

func (t *T) Get() int { return t.a + t.b }

func (t T) Val() int { return t.a * 2 }

var sink any

var gp *T
"""

# Extra declarations of --extended programs (appended, so the default programs keep their lines).
EXTENDED_PRELUDE = """
type W struct {
	*T
	n    int
	tags map[string][]int
}

type Named interface{ Name() string }

type N struct{ s string }

func (n N) Name() string { return n.s }

var ssink string
"""


class Gen:
    """Builds one program: a list of functions plus the calls main makes."""

    def __init__(self, rng, extended=False):
        self.r = rng
        self.extended = extended
        self.funcs = []
        self.calls = []
        self.int_fns = []  # names of func(int) int
        self.ptr_fns = []  # names of func(*T) int
        self.n = 0

    def name(self, prefix):
        self.n += 1
        return f"{prefix}{self.n}"

    def filler(self, var, depth=0):
        """One statement that reads and updates the int local `var`."""
        r = self.r
        k = r.randint(1, 9)
        opts = [
            f"{var} = {var}*{k} + {r.randint(0, 5)}",
            f"if {var} > {k * 3} {{\n\t\t{var} -= {k}\n\t}}",
            f"for i := 0; i < {k}; i++ {{\n\t\t{var} += i\n\t}}",
            f"{var} ^= {var} >> {r.randint(1, 3)}",
        ]
        if self.int_fns and depth == 0:
            f = r.choice(self.int_fns)
            opts.append(f"{var} = {f}({var})")
            opts.append(f"{var} += {f}({var} + {k})")
        if depth == 0 and r.random() < 0.2:
            opts.append(f"switch {var} % 3 {{\n\tcase 0:\n\t\t{var}++\n\tcase 1:\n\t\t{var} += {k}\n\tdefault:\n\t\t{var}--\n\t}}")
        return r.choice(opts)

    def fillers(self, var, lo=0, hi=8):
        return "".join("\t" + self.filler(var) + "\n" for _ in range(self.r.randint(lo, hi)))

    def add(self, src, call, kind=None, name=None):
        self.funcs.append(src)
        self.calls.append(call)
        if kind == "int":
            self.int_fns.append(name)
        elif kind == "ptr":
            self.ptr_fns.append(name)

    # --- function kinds -------------------------------------------------------------------
    def leaf(self):
        f = self.name("leaf")
        src = f"func {f}(x int) int {{\n{self.fillers('x', 0, 10)}\treturn x\n}}\n"
        self.add(src, f"{self.use_int()}({f}({self.r.randint(0, 20)}))", "int", f)

    def ctor(self):
        f = self.name("newT")
        r = self.r
        body = self.fillers("n", 0, 6)
        field = r.choice(["a: n", "a: n, b: n + 1", "a: n, p: &n", "s: make([]int, 2), a: n"])
        src = f"func {f}(n int) *T {{\n{body}\treturn &T{{{field}}}\n}}\n"
        self.add(src, f"{self.use_ptr()}({f}({r.randint(0, 9)}))")
        self.ctors = getattr(self, "ctors", []) + [f]

    def ptr_param(self):
        f = self.name("get")
        r = self.r
        ret = r.choice(["p.a + x", "p.Get() + x", "p.Val() + x", "len(p.s) + x", "x"])
        pre = r.choice(["", "\tif p.p != nil {\n\t\tx += *p.p\n\t}\n", "\tp.b = x\n", "\tgp = p\n"])
        src = f"func {f}(p *T) int {{\n\tx := p.b\n{pre}{self.fillers('x', 0, 6)}\treturn {ret}\n}}\n"
        self.add(src, f"{self.use_int()}({f}({self.new_t()}))", "ptr", f)

    def ptr_result(self):
        f = self.name("pick")
        r = self.r
        body = r.choice([
            "\tif a.a > b.a {\n\t\treturn a\n\t}\n\treturn b\n",
            "\tq := &T{a: a.a + b.a}\n\tq.p = b.p\n\treturn q\n",
            "\treturn &T{a: a.Get(), p: &b.b}\n",
            "\tx := a.a\n" + self.fillers("x", 0, 6) + "\tb.a = x\n\treturn b\n",
        ])
        src = f"func {f}(a, b *T) *T {{\n{body}}}\n"
        self.add(src, f"{self.use_ptr()}({f}({self.new_t()}, {self.new_t()}))")

    def loop_slice(self):
        f = self.name("collect")
        r = self.r
        elem = r.choice(["&T{a: i}", "new(T)", f"{self.new_t('i')}"])
        tail = r.choice(["\treturn s\n", "\tsink = s\n\treturn nil\n", "\treturn s[:1]\n"])
        pre = r.choice(["\tvar s []*T\n", "\ts := make([]*T, 0, n)\n", "\ts := make([]*T, 0, 4)\n"])
        src = (f"func {f}(n int) []*T {{\n{pre}\tfor i := 0; i < n+1; i++ {{\n"
               f"\t\ts = append(s, {elem})\n\t}}\n{tail}}}\n")
        self.add(src, f"{self.use_any()}(len({f}({r.randint(1, 4)})))")

    def map_ptrs(self):
        f = self.name("index")
        r = self.r
        ret = r.choice(["return m", "return nil", "sink = m\n\treturn nil"])
        src = (f"func {f}(keys []string) map[string]*T {{\n\tm := make(map[string]*T)\n"
               f"\tfor i, k := range keys {{\n\t\tm[k] = &T{{a: i}}\n\t}}\n\t{ret}\n}}\n")
        self.add(src, f"{self.use_any()}(len({f}([]string{{\"x\", \"y\"}})))")

    def closure_once(self):
        f = self.name("twice")
        r = self.r
        inner = r.choice(["y * 2", "y + x", "y + len(s)"])
        src = (f"func {f}(x int) int {{\n\ts := []int{{x}}\n\tg := func(y int) int {{ return {inner} }}\n"
               f"{self.fillers('x', 0, 4)}\treturn g(x) + len(s)\n}}\n")
        self.add(src, f"{self.use_int()}({f}({r.randint(0, 9)}))", "int", f)

    def closure_returned(self):
        f = self.name("mk")
        r = self.r
        cap = r.choice(["n", "n + k", "k", "*p"])
        src = (f"func {f}(n int) func() int {{\n\tk := n * {r.randint(1, 5)}\n\tp := &k\n\t_ = p\n"
               f"\treturn func() int {{ return {cap} }}\n}}\n")
        call = r.choice([f"{self.use_int()}({f}({r.randint(0, 9)})())",
                         f"{self.use_any()}({f}({r.randint(0, 9)}))"])
        self.add(src, call)

    def panicky(self):
        f = self.name("check")
        r = self.r
        val = r.choice(['"negative"', "x", "fmt.Sprint(x)", "&T{a: x}"])
        src = (f"func {f}(x int) int {{\n\tif x < 0 {{\n\t\tpanic({val})\n\t}}\n"
               f"{self.fillers('x', 0, 5)}\treturn x\n}}\n")
        self.add(src, f"{self.use_int()}({f}({r.randint(0, 9)}))", "int", f)

    def type_switch(self):
        f = self.name("kind")
        src = (f"func {f}(v any) int {{\n\tswitch x := v.(type) {{\n\tcase int:\n\t\treturn x\n"
               f"\tcase *T:\n\t\treturn x.a\n\tcase string:\n\t\treturn len(x)\n\t}}\n\treturn 0\n}}\n")
        arg = self.r.choice(["3", "\"abc\"", self.new_t(), "1.5"])
        self.add(src, f"{self.use_int()}({f}({arg}))")

    def deferred(self):
        f = self.name("guard")
        r = self.r
        d = r.choice([
            "defer func() {\n\t\tif e := recover(); e != nil {\n\t\t\tres = -1\n\t\t}\n\t}()",
            "defer func(p *T) { p.a++ }(t)",
            "defer fmt.Println(t.a)",
            "defer t.Get()",
        ])
        src = (f"func {f}(x int) (res int) {{\n\tt := &T{{a: x}}\n\t{d}\n"
               f"{self.fillers('x', 0, 4)}\tres = x + t.a\n\treturn\n}}\n")
        self.add(src, f"{self.use_int()}({f}({r.randint(0, 9)}))", "int", f)

    def spawn(self):
        f = self.name("spawn")
        r = self.r
        g = r.choice(["go func(p *T) { p.a++ }(t)", "go t.Get()", "go func() { t.b = 1 }()"])
        src = f"func {f}(x int) int {{\n\tt := &T{{a: x}}\n\t{g}\n\treturn x\n}}\n"
        self.add(src, f"{self.use_int()}({f}({r.randint(0, 9)}))")

    def method_value(self):
        f = self.name("bound")
        r = self.r
        m = r.choice(["t.Get", "t.Val", "(*T).Get", "T.Val"])
        if m.startswith("(") or m.startswith("T."):
            arg = "t" if m.startswith("(") else "*t"
            body = f"\tg := {m}\n\treturn g({arg})\n"
        else:
            body = f"\tg := {m}\n\treturn g()\n"
        src = f"func {f}(x int) int {{\n\tt := &T{{a: x}}\n{body}}}\n"
        self.add(src, f"{self.use_int()}({f}({r.randint(0, 9)}))", "int", f)

    def iface_call(self):
        f = self.name("viaI")
        r = self.r
        body = r.choice([
            "\tvar i I = &T{a: x}\n\treturn i.Get()\n",
            "\tvar i I = t\n\treturn i.Get() + x\n",
            "\tis := []I{t, &T{b: x}}\n\ts := 0\n\tfor _, i := range is {\n\t\ts += i.Get()\n\t}\n\treturn s\n",
        ])
        src = f"func {f}(t *T, x int) int {{\n{body}}}\n"
        self.add(src, f"{self.use_int()}({f}({self.new_t()}, {r.randint(0, 9)}))")

    def recursive(self):
        f = self.name("fact")
        src = f"func {f}(n int) int {{\n\tif n <= 1 {{\n\t\treturn 1\n\t}}\n\treturn n * {f}(n-1)\n}}\n"
        self.add(src, f"{self.use_int()}({f}({self.r.randint(1, 6)}))", "int", f)

    def generic(self):
        f = self.name("Gen")
        r = self.r
        kind = r.randrange(3)
        if kind == 0:
            src = (f"func {f}[N int | float64](a, b N) N {{\n\tif a > b {{\n\t\treturn a\n\t}}\n"
                   f"\treturn b\n}}\n")
            call = f"{self.use_any()}({f}(1, 2))\n\t{self.use_any()}({f}(1.5, 0.5))"
        elif kind == 1:
            src = f"func {f}[E any](s []*E) *E {{\n\tif len(s) == 0 {{\n\t\treturn nil\n\t}}\n\treturn s[0]\n}}\n"
            call = f"{self.use_any()}({f}([]*T{{{self.new_t()}}}))\n\t{self.use_any()}({f}([]*int{{new(int)}}))"
        else:
            src = f"func {f}[E any](v E) []E {{\n\tout := make([]E, 0, 2)\n\tout = append(out, v)\n\treturn out\n}}\n"
            call = f"{self.use_any()}(len({f}(3)))\n\t{self.use_any()}(len({f}(\"s\")))"
        self.add(src, call)

    def printer(self):
        f = self.name("show")
        r = self.r
        args = r.sample(["x", "t", "t.a", "&x", '"s"', "len(s)", "s"], r.randint(1, 3))
        src = (f"func {f}(x int) {{\n\tt := T{{a: x}}\n\ts := []int{{x, x}}\n\t_, _ = t, s\n"
               f"\tfmt.Println({', '.join(args)})\n}}\n")
        self.add(src, f"{f}({r.randint(0, 9)})")

    def big(self):
        """A function near the budget: mixes several statements and calls of earlier functions."""
        f = self.name("big")
        r = self.r
        body = self.fillers("x", 4, 14)
        if self.ptr_fns and r.random() < 0.5:
            body += f"\tx += {r.choice(self.ptr_fns)}(&T{{a: x}})\n"
        src = f"func {f}(x int) int {{\n{body}\treturn x\n}}\n"
        self.add(src, f"{self.use_int()}({f}({r.randint(0, 9)}))", "int", f)

    def escaping_local(self):
        f = self.name("addr")
        r = self.r
        body = r.choice([
            "\ty := x\n\treturn &y\n",
            "\ty := x\n\tgp = &T{p: &y}\n\treturn nil\n",
            "\tt := T{a: x}\n\treturn &t.a\n",
            "\ty := x\n\tp := &y\n\t*p += 1\n\treturn new(int)\n",
        ])
        src = f"func {f}(x int) *int {{\n{self.fillers('x', 0, 3)}{body}}}\n"
        self.add(src, f"{self.use_any()}({f}({r.randint(0, 9)}))")

    def variadic(self):
        f = self.name("sum")
        src = (f"func {f}(xs ...int) int {{\n\tt := 0\n\tfor _, v := range xs {{\n\t\tt += v\n\t}}\n"
               f"\treturn t\n}}\n")
        args = ", ".join(str(self.r.randint(0, 9)) for _ in range(self.r.randint(0, 3)))
        self.add(src, f"{self.use_int()}({f}({args}))")

    def accumulate(self):
        f = self.name("acc")
        r = self.r
        src = (f"func {f}(x int) int {{\n\ts := 0\n\tadd := func(v int) {{ s += v }}\n\tadd(x)\n"
               f"{self.fillers('x', 0, 3)}\tadd({r.randint(1, 5)})\n\treturn s\n}}\n")
        self.add(src, f"{self.use_int()}({f}({r.randint(0, 9)}))", "int", f)

    def value_param(self):
        f = self.name("area")
        r = self.r
        ret = r.choice(["t.a * t.b", "t.Val()", "len(t.s) + t.a", "t.Get()"])
        src = f"func {f}(t T) int {{\n\treturn {ret}\n}}\n"
        self.add(src, f"{self.use_int()}({f}(T{{a: {r.randint(0, 9)}, b: 2}}))")

    def push(self):
        f = self.name("push")
        r = self.r
        src = f"func {f}(s []*T, x int) []*T {{\n\treturn append(s, &T{{a: x}})\n}}\n"
        arg = r.choice(["nil", "[]*T{new(T)}", "make([]*T, 0, 2)"])
        self.add(src, f"{self.use_any()}(len({f}({arg}, {r.randint(0, 9)})))")

    # --- kinds of --extended programs ---------------------------------------------------
    def iface_method_value(self):
        f = self.name("imv")
        r = self.r
        body = r.choice([
            "\tvar i I = t\n\tg := i.Get\n\treturn g() + x\n",
            "\tvar i I = &T{a: x}\n\tg := i.Get\n\treturn g()\n",
            "\tvar i I = t\n\tsink = i.Get\n\treturn x\n",
            "\tvar n Named = N{s: \"n\"}\n\tg := n.Name\n\treturn len(g()) + x\n",
        ])
        src = f"func {f}(t *T, x int) int {{\n{body}}}\n"
        self.add(src, f"{self.use_int()}({f}({self.new_t()}, {r.randint(0, 9)}))")

    def struct_slice(self):
        f = self.name("rows")
        r = self.r
        body = r.choice([
            "\tts := []T{{a: x}, {p: &x}}\n\treturn ts[0].a + *ts[1].p\n",
            "\tts := make([]T, n)\n\tfor i := range ts {\n\t\tts[i].p = &x\n\t}\n\treturn len(ts)\n",
            "\tts := make([]T, 2)\n\tts[0].s = []int{x}\n\tsink = ts\n\treturn n\n",
            "\tvar ts []T\n\tfor i := 0; i < n; i++ {\n\t\tts = append(ts, T{a: i, p: &x})\n\t}\n\treturn len(ts)\n",
            "\tts := []*T{{a: x}, {b: n}}\n\ts := 0\n\tfor _, t := range ts {\n\t\ts += t.a\n\t}\n\treturn s\n",
        ])
        src = f"func {f}(n, x int) int {{\n{body}}}\n"
        self.add(src, f"{self.use_int()}({f}({r.randint(1, 4)}, {r.randint(0, 9)}))")

    def append_loop(self):
        f = self.name("grow")
        r = self.r
        elem = r.choice(["i", "i * x", "len(s)"])
        tail = r.choice(["\treturn len(s)\n", "\tsink = s\n\treturn 0\n", "\treturn s[len(s)-1]\n",
                         "\tfor _, v := range s {\n\t\tx += v\n\t}\n\treturn x\n"])
        pre = r.choice(["\tvar s []int\n", "\ts := make([]int, 0, 8)\n", "\ts := []int{x}\n"])
        src = (f"func {f}(n, x int) int {{\n{pre}\tfor i := 0; i <= n; i++ {{\n"
               f"\t\ts = append(s, {elem})\n\t}}\n{tail}}}\n")
        self.add(src, f"{self.use_int()}({f}({r.randint(1, 4)}, {r.randint(0, 9)}))")

    def go_closure(self):
        f = self.name("worker")
        r = self.r
        body = r.choice([
            "\tch := make(chan int, 1)\n\tgo func() {\n\t\tch <- x * 2\n\t}()\n\treturn <-ch\n",
            "\tch := make(chan int)\n\tt := &T{a: x}\n\tgo func() {\n\t\tch <- t.a\n\t}()\n\treturn <-ch\n",
            "\tdone := make(chan bool)\n\tres := 0\n\tgo func() {\n\t\tres = x + 1\n\t\tdone <- true\n\t}()\n\t<-done\n\treturn res\n",
            "\tch := make(chan *T, 1)\n\tgo func(v int) {\n\t\tch <- &T{a: v}\n\t}(x)\n\treturn (<-ch).a\n",
        ])
        src = f"func {f}(x int) int {{\n{body}}}\n"
        self.add(src, f"{self.use_int()}({f}({r.randint(0, 9)}))")

    def defer_loop(self):
        f = self.name("unwind")
        r = self.r
        d = r.choice([
            "defer func() { total += i }()",
            "defer func(v int) { total += v }(i)",
            "defer fmt.Println(i)",
            "t := &T{a: i}\n\t\tdefer t.Get()",
        ])
        src = (f"func {f}(n int) (total int) {{\n\tfor i := 0; i < n; i++ {{\n\t\t{d}\n\t}}\n"
               f"\treturn n\n}}\n")
        self.add(src, f"{self.use_int()}({f}({r.randint(1, 4)}))")

    def variadic_any(self):
        f = self.name("count")
        r = self.r
        body = r.choice(["\treturn len(xs)\n", "\tsink = xs\n\treturn 0\n",
                         "\tssink = fmt.Sprint(xs...)\n\treturn len(xs)\n",
                         "\tif len(xs) > 0 {\n\t\tsink = xs[0]\n\t}\n\treturn len(xs)\n"])
        src = f"func {f}(xs ...any) int {{\n{body}}}\n"
        args = r.choice(["", "1, 2", f"{self.new_t()}, 3", "\"s\", 2.5", "[]any{1, \"x\"}..."])
        self.add(src, f"{self.use_int()}({f}({args}))")

    def conversions(self):
        f = self.name("conv")
        r = self.r
        body = r.choice([
            "\tb := []byte(s)\n\tb[0] = 'x'\n\treturn string(b)\n",
            "\tb := []byte(s)\n\treturn fmt.Sprint(len(b))\n",
            "\tb := []byte(\"lit\")\n\tif string(b) == s {\n\t\treturn s\n\t}\n\treturn \"\"\n",
            "\tm := map[string]int{}\n\tb := []byte(s)\n\tm[string(b)]++\n\treturn s\n",
            "\trs := []rune(s)\n\treturn string(rs[:1])\n",
            "\tb := []byte(s)\n\tssink = string(b)\n\treturn s + \"!\"\n",
            "\tx := s + s\n\treturn x[:1]\n",
        ])
        src = f"func {f}(s string) string {{\n{body}}}\n"
        use = r.choice(["useStr", "useStr", "fmt.Println"])
        self.add(src, f"{use}({f}(\"abc\"))")

    def embedded_ptr(self):
        f = self.name("wrap")
        r = self.r
        body = r.choice([
            "\tw := W{T: &T{a: x}, n: x}\n\tsink = w.Get() + w.n\n\treturn nil\n",
            "\tw := &W{T: t, n: x}\n\treturn w\n",
            "\tw := W{T: t}\n\tsink = w\n\treturn nil\n",
            "\tw := W{T: &T{p: &x}}\n\treturn &w\n",
            "\tw := W{T: t, n: x}\n\tw.a = x\n\treturn nil\n",
        ])
        src = f"func {f}(t *T, x int) *W {{\n{body}}}\n"
        self.add(src, f"{self.use_any()}({f}({self.new_t()}, {r.randint(0, 9)}))")

    def map_slices(self):
        f = self.name("group")
        r = self.r
        body = r.choice([
            "\tm := map[string][]int{}\n\tfor i, k := range keys {\n\t\tm[k] = append(m[k], i)\n\t}\n\treturn len(m[\"x\"])\n",
            "\tm := make(map[int][]*T)\n\tfor i := range keys {\n\t\tm[i%2] = append(m[i%2], &T{a: i})\n\t}\n\tsink = m\n\treturn len(m)\n",
            "\tw := W{tags: map[string][]int{}}\n\tfor i, k := range keys {\n\t\tw.tags[k] = append(w.tags[k], i)\n\t}\n\treturn len(w.tags)\n",
            "\tm := map[string][]string{\"a\": keys}\n\treturn len(m[\"a\"])\n",
        ])
        src = f"func {f}(keys []string) int {{\n{body}}}\n"
        self.add(src, f"{self.use_int()}({f}([]string{{\"x\", \"y\", \"x\"}}))")

    def generic_collect(self):
        f = self.name("MapTo")
        r = self.r
        size = r.choice(["len(xs)", "0, len(xs)", "len(xs), len(xs)+1"])
        body = ("\tout := make([]B, " + size + ")\n\tfor _, x := range xs {\n\t\tout = append(out, g(x))\n\t}\n"
                "\treturn out\n")
        src = f"func {f}[A, B any](xs []A, g func(A) B) []B {{\n{body}}}\n"
        arg = r.choice(["[]int{1, 2}", "[]int{}", "make([]int, 3)"])
        g = r.choice(["func(v int) string { return fmt.Sprint(v) }", "func(v int) *T { return &T{a: v} }",
                      "func(v int) int { return v * 2 }"])
        self.add(src, f"{self.use_any()}(len({f}({arg}, {g})))")

    def chan_send(self):
        f = self.name("post")
        r = self.r
        v = r.choice(["a + b", "a + \"!\"", "a[1:]", "&T{a: len(a)}", "a + b + a"])
        elem = "*T" if v.startswith("&") else r.choice(["string", "any"])
        how = r.choice([f"\tch <- {v}\n",
                        f"\tselect {{\n\tcase ch <- {v}:\n\tdefault:\n\t}}\n"])
        src = f"func {f}(a, b string) int {{\n\tch := make(chan {elem}, 1)\n{how}\treturn len(ch)\n}}\n"
        self.add(src, f"{self.use_int()}({f}(\"ab\", \"c\"))")

    def defer_panic(self):
        f = self.name("trap")
        r = self.r
        arg = r.choice(["x", "\"boom\"", "fmt.Sprint(x)", "&T{a: x}", "msg"])
        src = (f"func {f}(x int) (res int) {{\n\tmsg := \"m\"\n\t_ = msg\n"
               f"\tdefer func() {{\n\t\tif recover() != nil {{\n\t\t\tres = -1\n\t\t}}\n\t}}()\n"
               f"\tif x > 5 {{\n\t\tdefer panic({arg})\n\t}}\n\treturn x\n}}\n")
        self.add(src, f"{self.use_int()}({f}({r.randint(0, 9)}))")

    def range_array(self):
        f = self.name("slots")
        r = self.r
        head = r.choice(["for i := range fs", "for i, _ := range fs", "for i := range &fs",
                         "for i := 0; i < len(fs); i++"])
        tail = r.choice(["\ts := 0\n\tfor _, g := range fs {\n\t\ts += g()\n\t}\n\treturn s\n",
                         "\tsink = fs\n\treturn n\n", "\treturn fs[1]()\n"])
        src = (f"func {f}(n int) int {{\n\tvar fs [3]func() int\n\t{head} {{\n"
               f"\t\tfs[i] = func() int {{ return i + n }}\n\t}}\n{tail}}}\n")
        self.add(src, f"{self.use_int()}({f}({r.randint(0, 9)}))")

    def float_consts(self):
        r = self.r
        vals = ["3.14", "1e-7", "0.1", "1e-8", "1.5e-7", "16777216", "1e20", "2.0000001", "1e-45"]
        v = r.choice(vals)
        conv = r.choice(["float32", "float64"])
        self.calls.append(f"{self.use_any()}({conv}({v}))")

    # --- helpers used by main -------------------------------------------------------------
    def new_t(self, arg=None):
        ctors = getattr(self, "ctors", [])
        a = arg or str(self.r.randint(0, 9))
        if ctors and self.r.random() < 0.5:
            return f"{self.r.choice(ctors)}({a})"
        return self.r.choice([f"&T{{a: {a}}}", f"&T{{b: {a}}}", "new(T)"])

    def use_int(self):
        # fmt.Println of an inlined call's result makes -m=2 refuse the file: kept rare.
        return self.r.choice(["fmt.Println", "println"] + ["use"] * 6)

    def use_ptr(self):
        return self.r.choice(["fmt.Println", "usePtr", "keep", "usePtr", "keep"])

    def use_any(self):
        return self.r.choice(["fmt.Println", "keepAny", "keepAny"])

    def spill(self, call):
        """`USE(EXPR)` of main, sometimes as `vN := EXPR; USE(vN)` (an inlined call's result
        inside a printed expression makes the inliner model refuse the file)."""
        use, _, arg = call.partition("(")
        if use in ("use", "println", "usePtr", "keep", "keepAny", "fmt.Println") and self.r.random() < 0.6:
            v = self.name("v")
            return f"{v} := {arg[:-1]}\n\t{use}({v})"
        return call

    def program(self):
        kinds = [self.leaf, self.ctor, self.ptr_param, self.ptr_result, self.loop_slice,
                 self.map_ptrs, self.closure_once, self.closure_returned, self.panicky,
                 self.type_switch, self.deferred, self.spawn, self.method_value, self.iface_call,
                 self.recursive, self.generic, self.printer, self.big, self.escaping_local,
                 self.variadic, self.accumulate, self.value_param, self.push]
        if self.extended:
            kinds += [self.iface_method_value, self.struct_slice, self.append_loop, self.go_closure,
                      self.defer_loop, self.variadic_any, self.conversions, self.embedded_ptr,
                      self.map_slices, self.generic_collect, self.chan_send, self.defer_panic,
                      self.float_consts, self.range_array]
        for _ in range(self.r.randint(3, 7)):
            self.r.choice(kinds)()
        helpers = ("func use(x int) { _ = x }\n\nfunc usePtr(p *T) int { return p.a }\n\n"
                   "func keep(p *T) { gp = p }\n\nfunc keepAny(v any) { sink = v }\n")
        prelude = PRELUDE
        if self.extended:
            prelude += EXTENDED_PRELUDE
            helpers += "\nfunc useStr(s string) { ssink = s }\n"
        body = [self.spill(line) for c in self.calls for line in c.split("\n\t")]
        main = "func main() {\n\tfmt.Println(\"start\")\n" + "".join(f"\t{c}\n" for c in body) + "}\n"
        return prelude + "\n" + helpers + "\n" + "\n".join(self.funcs) + "\n" + main


def _load_crosscheck():
    spec = importlib.util.spec_from_file_location("xc", os.path.join(ROOT, "scripts/escape-crosscheck.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# The fixed-corpus cross-check's helpers: the golden script's Toolchain, and output lines.
_xc = _load_crosscheck()
load_goldens_module = _xc.load_goldens_module
lines = _xc.lines


def check(tc, binary, work, idx, src, flags, order=False):
    """Returns (class, diff lines) for one program under one flag set."""
    tmp = os.path.join(work, f"p{idx}-{flags.replace(' ', '').replace('=', '')}")
    os.makedirs(tmp, exist_ok=True)
    name = "prog.go"
    with open(os.path.join(tmp, name), "w") as f:
        f.write(src)
    fl = flags.split()
    try:
        rc, out, err = tc.compile(tmp, name, fl, "main")
    except FileNotFoundError:  # gc removed its object file: it rejected the program
        return "rejected by gc", ["(gc removed its object file)"]
    if rc:
        return "rejected by gc", lines(out + err)[:5]
    ours = subprocess.run([binary, "escape"] + fl + [name], capture_output=True, text=True, cwd=tmp)
    shutil.rmtree(tmp, ignore_errors=True)
    want, got = lines(out + err), lines(ours.stdout + ours.stderr)
    refusals = [l for l in got if "unsupported" in l]
    if refusals:
        # The reason, without its position and names (for the summary of reasons).
        why = refusals[0].split("unsupported:", 1)[1]
        why = re.sub(r"\b(?:prog\.go:)?\d+:\d+\b", "L:C", why)
        why = re.sub(r"\b[\w.()*]*(?:[a-z]+\d+)(?:\.\w+)*\b", "F", why)
        return "refused", [why.strip()]
    if sorted(got) == sorted(want):
        if order and got != want:
            at = next(i for i, (g, w) in enumerate(zip(got, want)) if g != w)
            return "wrong", [f"  (same lines, other order from line {at + 1}: gc {want[at]!r}, us {got[at]!r})"]
        return "identical", []
    diff = [f"  - gc : {l}" for l in sorted(set(want) - set(got))]
    diff += [f"  + us : {l}" for l in sorted(set(got) - set(want))]
    if not diff:
        diff = ["  (same lines, different multiplicity)"]
    return "wrong", diff


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--flags", action="append")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/debug/escapade"))
    ap.add_argument("--keep", help="directory to write each wrong program to")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--print", type=int, help="print program INDEX and exit")
    ap.add_argument("--reasons", type=int, default=0, help="list the K most common refusals")
    ap.add_argument("--order", action="store_true",
                    help="also require gc's line order (otherwise the multisets are compared)")
    ap.add_argument("--extended", action="store_true",
                    help="also generate the shapes added later (method values of interfaces, slices of "
                         "structs, append in loops, goroutine closures, defer in loops, variadic any, "
                         "string/[]byte conversions, embedded pointers, maps of slices, generic "
                         "collectors sized by len, channel sends, deferred panics, float constants, "
                         "closures stored in arrays by key-only ranges)")
    a = ap.parse_args()
    progs = [Gen(random.Random(f"{a.seed}:{i}"), a.extended).program() for i in range(a.n)]
    if a.print is not None:
        sys.stdout.write(progs[a.print])
        return
    binary = os.path.abspath(a.bin)
    eg = load_goldens_module()
    tc = eg.Toolchain("1.27.3")
    work = tempfile.mkdtemp(prefix="escape-random-")
    bad = False
    try:
        tc.prepare_importcfg(["fmt"], work)
        for flags in a.flags or DEFAULT_FLAGS:
            counts = {"identical": 0, "refused": 0, "wrong": 0, "rejected by gc": 0}
            with ThreadPoolExecutor(a.jobs) as ex:
                results = list(ex.map(lambda ip: check(tc, binary, work, ip[0], ip[1], flags, a.order),
                                      enumerate(progs)))
            reasons = {}
            for i, (cls, diff) in enumerate(results):
                counts[cls] += 1
                if cls == "refused":
                    reasons[diff[0]] = reasons.get(diff[0], 0) + 1
                if cls in ("wrong", "rejected by gc"):
                    print(f"== program {i} ({cls}, flags {flags}, seed {a.seed})")
                    print("\n".join(diff))
                    if a.keep:
                        os.makedirs(a.keep, exist_ok=True)
                        with open(os.path.join(a.keep, f"s{a.seed}-p{i}.go"), "w") as f:
                            f.write(progs[i])
            bad |= bool(counts["wrong"] or counts["rejected by gc"])
            print(f"escape-random-crosscheck n={a.n} seed={a.seed} flags '{flags}':",
                  ", ".join(f"{k} {v}" for k, v in counts.items()), flush=True)
            if a.reasons:
                for why, n in sorted(reasons.items(), key=lambda x: -x[1])[:a.reasons]:
                    print(f"    refused {n:4}: {why}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
