#!/usr/bin/env python3
"""Facts about the standard library's generic functions as gc instantiates them in a user
package, recorded from the real toolchains for Escapade's escape analysis.

When a program calls `slices.Sort(xs)`, gc instantiates `slices.Sort[go.shape.int]` (and
everything it calls) in the user's package, analyses those bodies with the user's code and
prints their verdicts at `$GOROOT/src/...` positions; the caller's own verdicts use the
instantiation's parameter tags. For every (function, type arguments) below this script
compiles a probe program with go1.27.3 and go1.23.9 and records:

  * the `$GOROOT/...` lines of `-m -l`, in gc's order, each with the instantiated function
    (node) it belongs to: the std function whose source holds the position, with the
    shape arguments found in the object file's symbols (used to print a node shared by two
    instantiations only once);
  * the instantiation's parameter tags, read off the probe `func probe(p0 A, ...) (R...) {
    return pkg.F[T...](p0, ...) }` whose own summary equals the callee's: `-m -l`
    "leaking param" lines, `-m=2` "with derefs=D" for heap leaks, and
    `-d=escapemutationscalls=1` for the mutator/callee bits.

Output: crates/escapade_escape/data/std_generics.txt (format in its header). It also writes
what the real compilers print for the test programs crates/escapade_escape/tests/stdgeneric/
NAME.go (NAME.CONFIG.txt for go1.27.3-m-l, go1.27.3-m2-l, go1.23.9-m-l; compiled like
scripts/escape-goldens.py does), which `cargo test -p escapade_escape --test stdgeneric` compares
with the analyzer.

  usage: scripts/std-generics.py [--check] [--jobs N] [--cross-check N [--seed S]]
  --check        regenerate in memory and fail when the committed file differs
  --cross-check  compile N random programs calling these functions with the real toolchains
                 and require the analyzer's `-m -l` / `-m=2 -l` / go1.23 `-m -l` output to be
                 identical or refused (no data is written)
"""

import argparse
import concurrent.futures
import importlib.util
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "crates", "escapade_escape", "data", "std_generics.txt")
STUBS = os.path.join(ROOT, "crates", "escapade_types", "stdlib", "go1.27")
PROGRAMS = os.path.join(ROOT, "crates", "escapade_escape", "tests", "stdgeneric")
PROGRAM_CONFIGS = [("1.27.3", ["-m", "-l"], "go1.27.3-m-l"), ("1.27.3", ["-m=2", "-l"], "go1.27.3-m2-l"),
                   ("1.23.9", ["-m", "-l"], "go1.23.9-m-l")]

_spec = importlib.util.spec_from_file_location(
    "escape_goldens", os.path.join(ROOT, "scripts", "escape-goldens.py"))
eg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(eg)

VERSIONS = [("1.27.3", "go1.27"), ("1.23.9", "go1.23")]
# The release whose `-m=2 -l` lines are recorded (the go1.23 goldens are `-m -l` only).
M2_VERSION = "1.27.3"

# Packages and the generic functions recorded (all exported generic funcs of these stubs).
PACKAGES = ["slices", "maps", "cmp", "sync", "iter"]

# Element types tried for a type parameter: `cmp.Ordered` ones, and the extra ones for
# `any` / `comparable` (a pointer element shares gc's shape `*uint8`).
ORDERED = ["int", "string", "float64", "byte", "int64"]
EXTRA = ["*int"]
# (key, value) pairs for maps.
PAIRS = [("string", "int"), ("int", "string"), ("string", "string"), ("int", "int"),
         ("string", "*int"), ("int", "*int")]


def die(msg):
    print(f"std-generics: {msg}", file=sys.stderr)
    sys.exit(1)


def split_top(s, sep=","):
    """Splits at `sep` outside brackets and parentheses."""
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == sep and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def matching(s, i):
    """Index of the bracket closing the one at s[i]."""
    depth = 0
    for j in range(i, len(s)):
        if s[j] in "([{":
            depth += 1
        elif s[j] in ")]}":
            depth -= 1
            if depth == 0:
                return j
    die(f"unbalanced: {s}")


FUNC_RE = re.compile(r"^func ([A-Z]\w*)\[")


def generic_funcs(pkg):
    """(name, [(tparam, constraint)], [param type], [result type]) of the stub's generic funcs."""
    out = []
    with open(os.path.join(STUBS, pkg + ".go")) as f:
        for line in f:
            line = line.rstrip("\n")
            m = FUNC_RE.match(line)
            if not m:
                continue
            name = m.group(1)
            i = m.end() - 1
            j = matching(line, i)
            tps = []
            pending = []
            for part in split_top(line[i + 1:j]):
                words = part.split(None, 1)
                if len(words) == 1:
                    pending.append(words[0])
                    continue
                for p in pending + [words[0]]:
                    tps.append((p, words[1]))
                pending = []
            k = matching(line, j + 1)
            params = []
            for part in split_top(line[j + 2:k]):
                words = part.split(None, 1)
                params.append(words[1] if len(words) == 2 else words[0])
            rest = line[k + 1:].strip()
            if rest.startswith("("):
                results = split_top(rest[1:-1])
            elif rest:
                results = [rest]
            else:
                results = []
            out.append((name, tps, params, results))
    return out


def type_args(tps):
    """The type-argument tuples tried for these type parameters."""
    names = [t for t, _ in tps]
    cons = dict(tps)
    elems = [t for t, c in tps if not c.startswith("~")]
    # Two element parameters (K, V or E, T) get the pairs; one gets the element list.
    if len(elems) == 1:
        c = cons[elems[0]]
        pool = ORDERED if "Ordered" in c else ORDERED + EXTRA
        choices = [{elems[0]: e} for e in pool]
    elif len(elems) == 2 and any(t in ("K", "V") for t in elems):
        choices = [dict(zip(elems, p)) for p in PAIRS]
    elif len(elems) == 2:
        choices = [{elems[0]: e, elems[1]: e} for e in ["int", "string"]]
    elif len(elems) == 3:  # K, V1, V2
        choices = [dict(zip(elems, (k, v, v))) for k, v in PAIRS]
    else:
        return []
    out = []
    for ch in choices:
        full = dict(ch)
        for t, c in tps:
            if c.startswith("~"):
                full[t] = subst(c[1:], ch)
        out.append(([full[n] for n in names], named_variant(tps, ch)))
    return out


def named_variant(tps, ch):
    """The same instantiation with every element type argument replaced by a named type
    (`type t0 int`, or `*tP` for a pointer), so that the slice/map type arguments get
    user-specific shapes (`go.shape.[]main.t0`): (type args, declarations, [(recorded shape,
    named shape)], the named type arguments' link strings)."""
    named, decls, user = {}, [], {}
    for i, (t, e) in enumerate(sorted(ch.items())):
        if e.startswith("*"):
            named[t], user[t] = "*tP", "*main.tP"
            if "type tP struct{ x int }" not in decls:
                decls.append("type tP struct{ x int }")
        else:
            named[t], user[t] = f"t{i}", f"main.t{i}"
            decls.append(f"type t{i} {e}")
    targs, pairs, links = [], [], []
    for t, c in tps:
        if c.startswith("~"):
            targs.append(subst(c[1:], named))
            rec = "go.shape." + link_text(subst(c[1:], ch))
            pairs.append((rec, "go.shape." + link_text(subst(c[1:], user))))
            links.append(link_text(subst(c[1:], user)))
        else:
            targs.append(named[t])
            links.append(user[t])
    return targs, decls, pairs, ",".join(links)


def named_container_variant(tps, ch):
    """The same instantiation with each slice/map type argument a named type (`type s0
    []int`): same shapes, other type-argument texts: (type args, declarations, links)."""
    targs, decls, links = [], [], []
    for i, (t, c) in enumerate(tps):
        if c.startswith("~"):
            decls.append(f"type s{i} {subst(c[1:], ch)}")
            targs.append(f"s{i}")
            links.append(f"main.s{i}")
        else:
            targs.append(ch[t])
            links.append(link_text(ch[t]))
    return targs, decls, ",".join(links)


def m2_renamed(r, pairs, rec_targs, user_targs):
    """The `-m=2` node and wrapper lines of record `r` with shape texts renamed by `pairs`
    and the wrapper's type-argument list `[rec_targs]` renamed to `[user_targs]` (the
    renaming escapade_escape applies)."""
    nodes = [(replace_all(n, pairs), replace_all(line, pairs)) for n, line in r[2][0]]
    wlines = [replace_all(line, pairs).replace(f"[{rec_targs}]", f"[{user_targs}]")
              for line in r[2][1]]
    return nodes, wlines


def subst(t, m):
    return re.sub(r"\b[A-Z]\w*\b", lambda x: m.get(x.group(0), x.group(0)), t)


def qualify(t, pkg):
    """Qualifies the package's own exported type names (`Seq[int]` in iter → `iter.Seq[int]`)."""
    return re.sub(r"(?<![.\w])([A-Z]\w*)", pkg + r".\1", t)


def probe_source(pkg, name, tps, params, results, targs, decls=()):
    m = dict(zip([t for t, _ in tps], targs))
    ps, args = [], []
    for i, p in enumerate(params):
        if p.startswith("..."):
            ps.append(f"p{i} ...{qualify(subst(p[3:], m), pkg)}")
            args.append(f"p{i}...")
        else:
            ps.append(f"p{i} {qualify(subst(p, m), pkg)}")
            args.append(f"p{i}")
    rs = [qualify(subst(r, m), pkg) for r in results]
    res = "" if not rs else (f" {rs[0]}" if len(rs) == 1 else f" ({', '.join(rs)})")
    call = f"{pkg}.{name}[{', '.join(targs)}]({', '.join(args)})"
    body = f"return {call}" if rs else call
    sig = " ".join(ps + rs + targs)
    imports = sorted({pkg} | {p for p in ("cmp", "iter") if p + "." in sig})
    text = "\n".join(f'\t"{p}"' for p in imports)
    src = f"package main\n\nimport (\n{text}\n)\n\n"
    src += "".join(f"{d}\n\n" for d in decls)
    line = src.count("\n") + 1
    src += f"func probe({', '.join(ps)}){res} {{ {body} }}\n\nfunc main() {{}}\n"
    return src, line


LINE_RE = re.compile(r"^probe\.go:(\d+):(\d+): (.*)$")


def tags_from(m1, m2, probe_line):
    """The probe's parameter tags in the stub format (`0=heap:1,result0:0`)."""
    flows = {}
    for line in m1.splitlines():
        x = LINE_RE.match(line)
        if not x or x.group(1) != str(probe_line):
            continue
        msg = x.group(3)
        if (y := re.fullmatch(r"leaking param: p(\d+)", msg)):
            flows.setdefault(int(y.group(1)), {})["heap"] = 0
        elif (y := re.fullmatch(r"leaking param content: p(\d+)", msg)):
            flows.setdefault(int(y.group(1)), {})["heap"] = None
        elif (y := re.fullmatch(r"leaking param: p(\d+) to result ~r(\d+) level=(\d+)", msg)):
            flows.setdefault(int(y.group(1)), {})["result" + y.group(2)] = int(y.group(3))
        elif (y := re.fullmatch(r"p(\d+) does not escape", msg)):
            flows.setdefault(int(y.group(1)), {})
        else:
            return None
    for line in m2.splitlines():
        x = LINE_RE.match(line)
        if not x:
            continue
        msg = x.group(3)
        y = re.fullmatch(r"parameter p(\d+) leaks to \{heap\}(?: for probe)? with derefs=(\d+):", msg)
        if y:
            f = flows.setdefault(int(y.group(1)), {})
            d = int(y.group(2))
            if f.get("heap", 0) is None or (f.get("heap", 0) or 0) > d:
                f["heap"] = d
            continue
        y = re.fullmatch(r"(mutates|calls) param: p(\d+) derefs=(\d+)", msg)
        if y:
            key = "mutator" if y.group(1) == "mutates" else "callee"
            flows.setdefault(int(y.group(2)), {})[key] = int(y.group(3))
    out = []
    order = ["heap", "mutator", "callee"] + [f"result{i}" for i in range(5)]
    for p in sorted(flows):
        f = flows[p]
        if any(v is None for v in f.values()):
            return None
        parts = [f"{k}:{f[k]}" for k in order if k in f]
        out.append(f"{p}=" + (",".join(parts) if parts else "none"))
    return out


class Std:
    """Which std function holds a `$GOROOT/src/...` line (top-level `func` lines)."""

    def __init__(self, goroot):
        self.goroot = goroot
        self.cache = {}

    def owner(self, path, line):
        if path not in self.cache:
            decls = []
            with open(os.path.join(self.goroot, "src", path)) as f:
                for i, l in enumerate(f, 1):
                    m = re.match(r"^func (?:\((?:\w+ )?\*?(\w+)(?:\[[^\]]*\])?\) )?(\w+)", l)
                    if m:
                        decls.append((i, m.group(1), m.group(2)))
            self.cache[path] = decls
        best = None
        for i, recv, name in self.cache[path]:
            if i <= line:
                best = (recv, name)
        return best


SYM_RE = re.compile(rb"([a-z/]+)\.(\w+)\[go\.shape\.")


def symbols(obj):
    """Shape instantiations defined in an object file: {pkg.Name: {full symbol}}."""
    with open(obj, "rb") as f:
        data = f.read()
    out = {}
    for m in SYM_RE.finditer(data):
        depth, end = 0, None
        for j in range(m.end() - len(b"go.shape.") - 1, min(len(data), m.end() + 4096)):
            c = data[j:j + 1]
            if c == b"[":
                depth += 1
            elif c == b"]":
                depth -= 1
                if depth == 0:
                    end = j + 1
                    break
            elif c == b"\x00":
                break
        if end is None:
            continue
        full = data[m.start():end].decode("utf-8", "replace")
        out.setdefault(f"{m.group(1).decode()}.{m.group(2).decode()}", set()).add(full)
    return out


def attribute(out, std, syms):
    """Splits compiler output into the `$GOROOT` lines before the probe's own lines, each with
    its node, and those after them; `None` when a line cannot be attributed."""
    before, after = [], []
    seen_user = False
    for line in out.splitlines():
        if line.startswith("probe.go:"):
            seen_user = True
            continue
        if not line.startswith("$GOROOT/src/") or "devirtualizing" in line:
            return None
        m = re.match(r"^\$GOROOT/src/([^:]+):(\d+):\d+: ", line)
        own = std.owner(m.group(1), int(m.group(2)))
        if own is None or own[0]:
            return None
        pkgpath = os.path.dirname(m.group(1))
        if seen_user:
            after.append((f"{pkgpath}.{own[1]}", line))
            continue
        cands = syms.get(f"{pkgpath}.{own[1]}", set())
        if len(cands) != 1:
            return None
        node = next(iter(cands))
        if "ignoring self-assignment" in line and f" {node} ignoring" not in line:
            die(f"node mismatch: {node} vs {line}")
        before.append((node, line))
    return before, after


def record(tc, std, pkg, fn, targs, work, decls=(), want_m2=True):
    """(tags, -m -l node lines, -m=2 -l node lines or None, -m=2 wrapper lines), None when
    the function does not exist, "unsupported" when the lines cannot be attributed."""
    name, tps, params, results = fn
    src, probe_line = probe_source(pkg, name, tps, params, results, targs, decls)
    d = tempfile.mkdtemp(dir=work)
    with open(os.path.join(d, "probe.go"), "w") as f:
        f.write(src)
    obj = os.path.join(d, "probe.o")
    base = [os.path.join(tc.tooldir, "compile"), "-o", obj, "-trimpath", d + "=>",
            "-p", "main", "-lang=" + tc.lang, "-complete", "-importcfg", tc.importcfg]

    def run(*flags):
        return subprocess.run(base + [*flags, "./probe.go"], capture_output=True, text=True,
                              env=tc.env, cwd=d)
    r1 = run("-m", "-l")
    if r1.returncode != 0:
        # Absent from this release, or not instantiable at these type arguments.
        return None if f"undefined: {pkg}.{name}" in r1.stderr else "unsupported"
    syms = symbols(obj)
    r2 = run("-m=2", "-l", "-d=escapemutationscalls=1")
    if r2.returncode != 0:
        die(f"-m=2 probe failed for {pkg}.{name}{targs}: {r2.stderr}")
    tags = tags_from(r1.stdout, r2.stdout, probe_line)
    m1 = attribute(r1.stdout, std, syms)
    if tags is None or m1 is None or m1[1]:
        return "unsupported"
    m2 = None
    if want_m2 and tc.version == M2_VERSION:
        r3 = run("-m=2", "-l")
        got = attribute(r3.stdout, std, syms)
        if got is not None and all(owner == f"{pkg}.{name}" for owner, _ in got[1]):
            m2 = (got[0], [line for _, line in got[1]])
    return tags, m1[0], m2


def entry_key(pkg, name, tps, targs, shapes):
    return f"{pkg}.{name}[{','.join(shapes)}]"


def shape_args(node):
    """The type arguments of an instantiated function's name, split at top-level commas."""
    inner = node[node.index("[") + 1:-1]
    return split_top(inner)


def fill(template_lines, args):
    """A template's lines with placeholder i replaced by args[i]."""
    out = []
    for line in template_lines:
        for i, a in enumerate(args):
            line = line.replace(f"\u27e6{i}\u27e7", a)
        out.append(line)
    return out


def template(node, lines):
    """`lines` with the node's type arguments (longest first) replaced by placeholders
    ⟦i⟧, so that instantiations at other shapes share them; checked to round-trip."""
    args = shape_args(node)
    if any("\u27e6" in l for l in lines):
        die(f"placeholder character in the lines of {node}")
    out = []
    order = sorted(range(len(args)), key=lambda i: -len(args[i]))
    for line in lines:
        for i in order:
            line = line.replace(args[i], f"\u27e6{i}\u27e7")
        out.append(line)
    if fill(out, args) != list(lines):
        return tuple(lines)
    return tuple(out)


def replace_all(text, pairs):
    for a, b in pairs:
        text = text.replace(a, b)
    return text


def link_text(t):
    """gc's link string of the (unnamed) type arguments used here."""
    return re.sub(r"\bbyte\b", "uint8", t)


def shape_of(t, basic):
    """gc's shape name of a type argument (the types used here are unnamed)."""
    if basic and t.startswith("*"):
        return "go.shape.*uint8"
    return "go.shape." + ("uint8" if t == "byte" else t.replace("byte", "uint8"))


def generate(jobs, only=None):
    toolchains = []
    for v, short in VERSIONS:
        tc = eg.Toolchain(v)
        toolchains.append((tc, short))
    work = tempfile.mkdtemp(prefix="escapade-stdgen-")
    try:
        for tc, _ in toolchains:
            tc.prepare_importcfg(PACKAGES + ["iter"], work)
        tasks = []
        for pkg in PACKAGES:
            for fn in generic_funcs(pkg):
                name, tps, _, _ = fn
                for targs, named in type_args(tps):
                    shapes = []
                    for (t, c), a in zip(tps, targs):
                        shapes.append(shape_of(a, "~" in c or c in ("any", "comparable")
                                               or "Ordered" in c))
                    key = entry_key(pkg, name, tps, targs, shapes)
                    if only is None or re.search(only, key):
                        tasks.append((pkg, fn, targs, named, key))
        stds = {short: Std(tc.goroot) for tc, short in toolchains}

        def work_one(task):
            pkg, fn, targs, named, key = task
            res = []
            for tc, short in toolchains:
                r = record(tc, stds[short], pkg, fn, targs, work)
                ok = m2ok = False
                if named and isinstance(r, tuple):
                    n_targs, decls, pairs, links = named
                    rn = record(tc, stds[short], pkg, fn, n_targs, work, decls)
                    ok = isinstance(rn, tuple) and rn[0] == r[0] and rn[1] == [
                        (replace_all(node, pairs), replace_all(line, pairs)) for node, line in r[1]]
                    rec = ",".join(link_text(t) for t in targs)
                    if ok and r[2] and rn[2]:
                        m2ok = tuple(rn[2]) == m2_renamed(r, pairs, rec, links)
                        c_targs, c_decls, c_links = named_container_variant(fn[1], dict(
                            (t, a) for (t, c), a in zip(fn[1], targs) if not c.startswith("~")))
                        rc = record(tc, stds[short], pkg, fn, c_targs, work, c_decls)
                        m2ok = m2ok and isinstance(rc, tuple) and rc[:2] == r[:2] and rc[2] \
                            and tuple(rc[2]) == m2_renamed(r, [], rec, c_links)
                res.append((short, r, ok, m2ok))
            return key, targs, res

        with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
            results = list(ex.map(work_one, tasks))
        programs = {}
        by_version = {tc.version: tc for tc, _ in toolchains}
        for name in sorted(n for n in os.listdir(PROGRAMS) if n.endswith(".go")):
            for v, flags, cfg in PROGRAM_CONFIGS:
                rc, out, err = compile_file(by_version[v], PROGRAMS, name, flags)
                if rc != 0:
                    die(f"{name} does not compile with go{v}: {err}")
                programs[f"{name[:-3]}.{cfg}.txt"] = out
    finally:
        subprocess.run(["rm", "-rf", work])
    out = [HEADER.rstrip("\n")]
    seen = set()
    node_lines = {}
    for key, targs, res in results:
        if key in seen:
            continue
        seen.add(key)
        out.append("")
        out.append(f"entry {key}")
        out.append(f"targs {','.join(link_text(t) for t in targs)}")
        for short, r, subst_ok, m2_subst_ok in res:
            if r is None:
                out.append(f"absent {short}")
                continue
            if r == "unsupported":
                out.append(f"unsupported {short}")
                continue
            tags, lines, m2 = r
            out.append(f"esc {short} {' '.join(tags)}".rstrip())
            if subst_ok:
                out.append(f"named {short}")
            if m2_subst_ok:
                out.append(f"m2named {short}")
            groups = [("m1", lines)] + ([("m2", m2[0])] if m2 else [])
            for level, ls in groups:
                by_node = {}
                for node, line in ls:
                    by_node.setdefault(node, []).append(line)
                for node, nl in by_node.items():
                    k = (short, level, node)
                    if node_lines.setdefault(k, nl) != nl:
                        die(f"{node} prints different lines under {key} ({level} {short})")
                out.append("\t".join([f"nodes {short} {level}", *by_node]))
            if m2:
                out += [f"wline {short}\t{line}" for line in m2[1]]
            elif short == VERSIONS[0][1]:
                out.append(f"m2unsupported {short}")
    out.append("")
    templates = {}
    for (short, level, node), nl in sorted(node_lines.items()):
        t = template(node, nl)
        tid = templates.setdefault(t, len(templates))
        out.append(f"node {short} {level} {node}\t{tid}")
    out.append("")
    for t, tid in templates.items():
        out += [f"tline {tid}\t{line}" for line in t]
    return "\n".join(out) + "\n", programs


HEADER = """\
# Code generated by scripts/std-generics.py from go1.27.3 and go1.23.9. DO NOT EDIT.
#
# Std generic functions as gc instantiates them in a user package. Blocks:
#   entry PKG.NAME[SHAPE,...]       the shape instantiation (gc's shape names)
#   targs TYPE,...                  the type arguments the lines were recorded with
#   esc VERSION P=TAG ...           its parameter tags (stub format of escapade_types/stdlib)
#   nodes VERSION m1|m2<TAB>NODE... the instantiated std functions with `$GOROOT/...` lines at
#                                   `-m -l` (m1) or `-m=2 -l` (m2), in the order gc prints them
#   wline VERSION<TAB>LINE          a `-m=2 -l` line of the `PKG.NAME[TARGS]` wrapper
#   m2unsupported VERSION           `-m=2 -l` lines not attributable (not served)
#   named VERSION                   with named element types (`[]Celsius`, `[]*T`,
#                                   `map[string]*T`) the slice/map shapes name them
#                                   (`go.shape.[]main.Celsius`): the `-m -l` lines and tags
#                                   are these with the recorded shape text replaced (checked
#                                   with a probe of named element types)
#   m2named VERSION                 the same for the `-m=2` lines, with also the wrapper's
#                                   type-argument list `[TARGS]` renamed to the call's
#                                   (checked with named elements and with named slice/map types)
#   absent VERSION                  the function does not exist in that release
#   unsupported VERSION             lines not attributable to one node (not served)
# then, once per instantiated std function (node):
#   node VERSION m1|m2 NODE<TAB>T   its lines are template T with ⟦i⟧ replaced by the i-th type
#                                   argument of NODE (split at top-level commas)
# and the templates:
#   tline T<TAB>LINE                one line of template T, in order
"""


# Cross-check: random programs made of these functions (one per snippet, `{i}` numbered),
# each called from main.
SNIPPETS = [
    "func f{i}(xs []int) []int { ys := slices.Clone(xs); slices.Sort(ys); return ys }",
    "func f{i}(xs []string, s string) bool { return slices.Contains(xs, s) }",
    "func f{i}(xs []string, s string) int { return slices.Index(xs, s) }",
    "func f{i}(m map[string]int) []string { return slices.Sorted(maps.Keys(m)) }",
    "func f{i}(m map[string]int) []string { return slices.Collect(maps.Keys(m)) }",
    "func f{i}(m map[string]int) []int { return slices.Collect(maps.Values(m)) }",
    "func f{i}(xs []int) int { t := 0; for _, v := range slices.All(xs) { t += v }; return t }",
    "func f{i}(xs IDs) IDs { return slices.Clone(xs) }",
    "func f{i}(xs []Celsius) Celsius { slices.Sort(xs); return slices.Max(xs) }",
    "func f{i}(xs []*node, n *node) int { return slices.Index(xs, n) }",
    "func f{i}(xs []*node) { slices.SortFunc(xs, func(a, b *node) int { return a.id - b.id }) }",
    "func f{i}(xs []string) []string { return slices.Compact(xs) }",
    "func f{i}(xs []int, v int) []int { return slices.Insert(xs, 0, v) }",
    "func f{i}(xs []float64) { slices.Reverse(xs) }",
    "func f{i}(m map[string]*node) map[string]*node { return maps.Clone(m) }",
    "func f{i}(a, b map[string]int) { maps.Copy(a, b) }",
    "func f{i}(xs []string) []string { return slices.Sorted(slices.Values(xs)) }",
    "func f{i}() string { return sync.OnceValue(func() string { return \"x\" })() }",
    "func f{i}() []int { return sync.OnceValue(func() []int { return nil })() }",
    "func f{i}(a, b string) int { return cmp.Compare(a, b) }",
    "func f{i}(xs []int) (int, bool) { next, stop := iter.Pull(slices.Values(xs)); defer stop(); return next() }",
    "func f{i}(xs []byte) []byte { return slices.Clip(xs) }",
    "func f{i}(xs []int64) bool { return slices.IsSorted(xs) }",
    "func f{i}(xs []string, i, j int) []string { return slices.Delete(xs, i, j) }",
    "func f{i}(xs []uint16) { slices.Sort(xs) }",
    "func f{i}(xs []int) { defer slices.Sort(xs) }",
    "func f{i}(xs []string) { go slices.Reverse(xs) }",
    "func f{i}(xs []int) func() { return func() { slices.Sort(xs) } }",
    "func f{i}[T any](xs []T) []T { return slices.Clone(xs) }",
    "var v{i} = slices.Sorted(maps.Keys(map[string]int{\"a\": 1}))\n\nfunc f{i}() []string { return v{i} }",
    "func f{i}() func([]int, int) int { return slices.Index[[]int] }",
    "func f{i}(a, b []string) bool { return slices.Equal(slices.Clone(a), b) }",
    "func f{i}(m map[int]string) (int, string) { for k, v := range maps.All(m) { return k, v }; return 0, \"\" }",
    "func f{i}(xs [][]int) { slices.SortFunc(xs, func(a, b []int) int { return len(a) - len(b) }) }",
]


def compile_file(tc, src_dir, name, flags):
    """`scripts/escape-goldens.py`'s compiler invocation; (rc, stdout, stderr), also when
    the file does not compile."""
    with tempfile.TemporaryDirectory() as d:
        cmd = [os.path.join(tc.tooldir, "compile"), "-o", os.path.join(d, "x.o"),
               "-trimpath", src_dir + "=>", "-p", "main", "-lang=" + tc.lang, "-complete",
               "-importcfg", tc.importcfg, *flags, "./" + name]
        r = subprocess.run(cmd, capture_output=True, text=True, env=tc.env, cwd=src_dir)
    return r.returncode, r.stdout, r.stderr


def cross_check(n, seed):
    """Compiles `n` random programs of SNIPPETS with the real toolchains and compares the
    analyzer's output (`cargo run --example esclines`) in the three `-l` configs: each must
    be identical or refused; prints the counts and fails on any other output."""
    rnd = random.Random(seed)
    tcs = {v: eg.Toolchain(v) for v in ("1.27.3", "1.23.9")}
    env = dict(os.environ)
    subprocess.run(["cargo", "build", "-q", "-p", "escapade_escape", "--example", "esclines"],
                   cwd=ROOT, check=True, env=env)
    target = env.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    esclines = os.path.join(target, "debug", "examples", "esclines")
    counts, wrong = {}, []
    with tempfile.TemporaryDirectory() as d:
        for tc in tcs.values():
            tc.prepare_importcfg(PACKAGES, d)
        for k in range(n):
            picks = [rnd.randrange(len(SNIPPETS)) for _ in range(rnd.randint(2, 6))]
            body = "".join(SNIPPETS[p].replace("{i}", str(i)) + "\n\n" for i, p in enumerate(picks))
            imps = [p for p in sorted(PACKAGES) if p + "." in body]
            src = "package main\n\nimport (\n" + "".join(f'\t"{p}"\n' for p in imps) + ")\n\n"
            src += "type IDs []int\n\ntype Celsius float64\n\ntype node struct{ id int }\n\n"
            generic = ["[T any]" in SNIPPETS[p] for p in picks]
            src += body + "func main() {\n" + "".join(
                f"\t_ = f{i}{'[int]' if g else ''}\n" for i, g in enumerate(generic)) + "}\n"
            name = f"p{k}.go"
            with open(os.path.join(d, name), "w") as f:
                f.write(src)
            for v, flags, cfg in PROGRAM_CONFIGS:
                rc, want, err = compile_file(tcs[v], d, name, flags)
                if rc != 0:
                    die(f"cross-check program does not compile with go{v}:\n{src}\n{err}")
                args = [esclines, os.path.join(d, name), "2" if flags[0] == "-m=2" else "1"]
                args += ["1.23"] if v == "1.23.9" else []
                got = subprocess.run(args, capture_output=True, text=True).stdout
                if got == want:
                    kind = "identical"
                elif got and all(": unsupported: " in l for l in got.splitlines()):
                    kind = "refused"
                else:
                    kind = "WRONG"
                    wrong.append(f"{cfg}:\n{src}")
                counts[(cfg, kind)] = counts.get((cfg, kind), 0) + 1
    for (cfg, kind), c in sorted(counts.items()):
        print(f"{cfg} {kind}: {c}")
    if wrong:
        die("outputs differing from real Go:\n" + "\n".join(wrong))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", help="only entries matching this regex; print, do not write")
    ap.add_argument("--cross-check", type=int, metavar="N",
                    help="compare the analyzer with real Go on N random programs; no writing")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if a.cross_check:
        cross_check(a.cross_check, a.seed)
        return
    text, programs = generate(a.jobs, a.only)
    if a.only:
        print(text)
        return
    files = {OUT: text}
    files.update({os.path.join(PROGRAMS, k): v for k, v in programs.items()})
    if a.check:
        stale = []
        for path, want in files.items():
            try:
                with open(path) as f:
                    if f.read() != want:
                        stale.append(path)
            except FileNotFoundError:
                stale.append(path)
        known = {os.path.basename(p) for p in files}
        stale += [os.path.join(PROGRAMS, n) for n in os.listdir(PROGRAMS)
                  if n.endswith(".txt") and n not in known]
        if stale:
            die("stale (run scripts/std-generics.py): " +
                ", ".join(os.path.relpath(p, ROOT) for p in stale))
        print("std-generics --check: OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    for path, want in files.items():
        with open(path, "w") as f:
            f.write(want)
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {text.count(chr(10) + 'entry ')} entries")


if __name__ == "__main__":
    main()
