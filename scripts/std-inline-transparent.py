#!/usr/bin/env python3
"""Which inlinable std functions are "transparent" when gc inlines them, recorded from the
real go1.27.3 compiler for Escapade's inliner (plain `-m`).

A std function is transparent when, for every probe program calling it, the `-m` output
equals the `-m -l` output plus exactly one `FILE:L:C: inlining call to pkg.F` line per call
(the inlined body only forwards its arguments to calls gc analyses with the same tags, so the
caller's verdicts are those of the call through the function's own tags). For every
inlinable (`//escapade:inl go1.27 cost=N`) non-generic function or method of PACKAGES whose
parameter and receiver types the probes can build, this script writes one probe file (one
`//go:noinline` function per argument situation: literals, locals, pointers to locals,
values stored in globals, parameters, variadic calls with 0/1/many arguments, the result
discarded / stored globally / returned / kept local, a `defer` of the call) and compiles it
with `-m` and `-m -l`. The user lines (`can inline`, `inlining call to` of probe functions)
are dropped from `-m` before comparing.

Output: crates/escapade_escape/data/std_inline.txt, one line per probed function:
  transparent NAME        (NAME exactly as gc prints it in `inlining call to NAME`)
  opaque NAME             (some probe differed: the inliner keeps refusing it)

  usage: scripts/std-inline-transparent.py [--check] [--show NAME]
  --check   regenerate in memory and fail when the committed file differs
  --show    print the probe program of NAME (as gc prints it, e.g. fmt.Println)
"""

import argparse
import concurrent.futures
import importlib.util
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "crates", "escapade_escape", "data", "std_inline.txt")
STUBS = os.path.join(ROOT, "crates", "escapade_types", "stdlib", "go1.27")

_spec = importlib.util.spec_from_file_location(
    "escape_goldens", os.path.join(ROOT, "scripts", "escape-goldens.py"))
eg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(eg)

PACKAGES = ["fmt", "strings", "strconv", "errors", "sort", "bytes", "math", "unicode",
            "unicode/utf8", "sync", "time", "os"]

# Argument expressions per parameter type: (declarations, expression).
SCALARS = {
    "string": [("", '"lit"'), ("s := mkS()", "s"), ("", "gs"), ("", "PARAM")],
    "int": [("", "3"), ("n := mkI()", "n"), ("", "PARAM")],
    "int64": [("", "3"), ("n := int64(mkI())", "n")],
    "uint64": [("", "3"), ("n := uint64(mkI())", "n")],
    "uint32": [("", "3")],
    "uint16": [("", "3")],
    "int32": [("", "3")],
    "float64": [("", "1.5"), ("f := float64(mkI())", "f")],
    "float32": [("", "1.5")],
    "bool": [("", "true")],
    "rune": [("", "'x'"), ("r := rune(mkI())", "r")],
    "byte": [("", "'x'")],
    "[]byte": [("b := make([]byte, 8)", "b"), ("", "gb"), ("", "PARAM"),
               ("b := []byte(mkS())", "b")],
    "[]string": [("ss := []string{mkS()}", "ss"), ("", "PARAM")],
    "[]int": [("xs := make([]int, 4)", "xs"), ("", "PARAM")],
    "error": [("e := mkE()", "e"), ("", "PARAM")],
    "any": [("x := mkI()", "x"), ("x := mkI()", "&x"), ("p := &pt{1}", "p"), ("", "gp"),
            ("", "PARAM"), ("", '"lit"'), ("v := pt{2}", "v")],
}
SCALARS["interface{}"] = SCALARS["any"]

FUNC_RE = re.compile(r"^func (?:\((\w+) (\*?)(\w+)\) )?(\w+)\((.*?)\)(.*)$")


def die(msg):
    print(f"std-inline-transparent: {msg}", file=sys.stderr)
    sys.exit(1)


def stub_file(pkg):
    return os.path.join(STUBS, pkg + ".go")


def inlinable_funcs(pkg):
    """(receiver type, pointer receiver, name, params, results) of the exported inlinable
    non-generic functions and methods of pkg."""
    path = stub_file(pkg)
    if not os.path.exists(path):
        die(f"no stub file {path}")
    out = []
    inl = False
    for line in open(path):
        line = line.rstrip("\n")
        if line.startswith("//escapade:inl go1.27"):
            inl = re.match(r"//escapade:inl go1.27 cost=\d+$", line) is not None
            continue
        if line.startswith("//"):
            continue
        m = FUNC_RE.match(line)
        if m and inl:
            recv, star, rtype, name, params, results = m.groups()
            if name[0].isupper() and (rtype is None or rtype[0].isupper()) and "[" not in line:
                out.append((rtype, star == "*", name, params, results.strip()))
        inl = False
    return out


def split_params(params):
    """Parameter types (variadic marked with a leading `...`), or None when unparsable."""
    if not params.strip():
        return []
    parts = [p.strip() for p in params.split(",")]
    types = []
    pending = 0
    for p in parts:
        fields = p.split(" ", 1)
        if len(fields) == 1:
            # A name whose type follows (`a, b string`) or an unnamed type.
            if re.fullmatch(r"[a-z_]\w*", fields[0]):
                pending += 1
                continue
            t = fields[0]
        else:
            t = fields[1].strip()
        types += [t] * (pending + 1)
        pending = 0
    if pending:
        return None
    return types


def gc_name(pkg, rtype, ptr, name):
    base = pkg.split("/")[-1]
    if rtype is None:
        return f"{base}.{name}"
    return f"{base}.(*{rtype}).{name}" if ptr else f"{base}.{rtype}.{name}"


def result_count(results):
    if not results:
        return 0
    if results.startswith("("):
        inner = results[1:-1]
        return len(split_params(inner) or inner.split(","))
    return 1


def probe_source(pkg, rtype, ptr, name, params, results):
    """The probe program, or None when a parameter type is not one the probes build."""
    types = split_params(params)
    if types is None:
        return None
    base = pkg.split("/")[-1]
    variadic = None
    if types and types[-1].startswith("..."):
        variadic = types[-1][3:]
        types = types[:-1]
    for t in types + ([variadic] if variadic else []):
        if t not in SCALARS:
            return None
    nres = result_count(results)
    funcs = []
    counter = [0]

    def emit(recv_decl, recv_expr, args_list, pparams, decls, how):
        counter[0] += 1
        call = f"{base}.{name}({', '.join(args_list)})"
        if recv_expr is not None:
            call = f"{recv_expr}.{name}({', '.join(args_list)})"
        body = [d for d in [recv_decl] + decls if d]
        ret = ""
        if how == "stmt" or nres == 0:
            body.append(call)
        elif how == "defer":
            body.append("defer " + call)
        elif how == "global" and nres == 1:
            body.append(f"gsink = {call}")
        elif how == "return" and nres == 1:
            body.append(f"return {call}")
            ret = " any"
        elif how == "local":
            vs = [f"r{i}" for i in range(nres)]
            body.append(f"{', '.join(vs)} := {call}")
            body += [f"_ = {v}" for v in vs]
        else:
            vs = [f"r{i}" for i in range(nres)]
            body.append(f"{', '.join(vs)} := {call}")
            body += [f"gsink = {v}" for v in vs]
        sig = ", ".join(pparams)
        text = f"//go:noinline\nfunc probe{counter[0]}({sig}){ret} {{\n"
        text += "".join(f"\t{b}\n" for b in body) + "}\n"
        funcs.append(text)

    recvs = [(None, None, [])]
    if rtype is not None:
        recvs = [("var rv " + f"{base}.{rtype}", "rv", []),
                 ("rp := new(" + f"{base}.{rtype})", "rp", []),
                 ("", "gr", []),
                 ("", "pr", [f"pr *{base}.{rtype}"] if ptr else [f"pr {base}.{rtype}"])]

    def arg_variants(t, k, i):
        """(decl, expr, params) for argument i in variant k."""
        opts = SCALARS[t]
        d, e = opts[k % len(opts)]
        if e == "PARAM":
            pname = f"a{i}"
            return "", pname, [f"{pname} {t}"]
        # Rename locals per argument so several arguments of one type do not clash.
        if d:
            v = d.split(" ", 1)[0]
            d = re.sub(rf"\b{v}\b", f"{v}{i}", d, count=1)
            e = re.sub(rf"\b{v}\b", f"{v}{i}", e)
        return d, e, []

    nvar = max([len(SCALARS[t]) for t in types + ([variadic] if variadic else [])] + [1])
    hows = ["stmt", "global", "return", "local", "defer"]
    for ri, (rdecl, rexpr, rparams) in enumerate(recvs):
        for k in range(nvar):
            decls, args, pparams = [], [], list(rparams)
            for i, t in enumerate(types):
                d, e, p = arg_variants(t, k, i)
                decls.append(d)
                args.append(e)
                pparams += p
            vargs = [[]]
            if variadic:
                vargs = [[]]
                one_d, one_e, one_p = arg_variants(variadic, k, len(types))
                vargs.append([(one_d, one_e, one_p)])
                many = [arg_variants(variadic, k + j, len(types) + j) for j in range(3)]
                vargs.append(many)
            for va in vargs:
                d2 = decls + [d for d, _, _ in va]
                a2 = args + [e for _, e, _ in va]
                p2 = pparams + [p for _, _, ps in va for p in ps]
                for how in hows:
                    # Not every combination: the receiver variants with one result use.
                    if ri > 0 and how not in ("stmt", "global"):
                        continue
                    emit(rdecl, rexpr, a2, p2, d2, how)
    imports = sorted({pkg, "errors"} if pkg != "errors" else {pkg})
    head = "package main\n\nimport (\n" + "".join(f'\t"{i}"\n' for i in imports) + ")\n\n"
    head += ("type pt struct{ x int }\n\nvar (\n\tgsink any\n\tgs    string\n\tgb    []byte\n"
             "\tgp    = &pt{}\n")
    if rtype is not None:
        head += f"\tgr    {base}.{rtype}\n"
    head += ")\n\n"
    head += ("//go:noinline\nfunc mkS() string { return gs }\n\n"
             "//go:noinline\nfunc mkI() int { return len(gs) }\n\n"
             "//go:noinline\nfunc mkE() error { return errors.ErrUnsupported }\n\n")
    if pkg != "errors":
        head = head.replace("\tgsink any\n", "\tgsink any\n\t_     = errors.ErrUnsupported\n", 1)
    main = "func main() {\n" + "".join(
        f"\tprobe{i + 1}({zero_args(funcs[i])})\n" for i in range(len(funcs))) + "}\n"
    return head + "\n".join(funcs) + "\n" + main


def zero_args(func_text):
    sig = re.search(r"func probe\d+\((.*?)\)", func_text).group(1)
    if not sig:
        return ""
    out = []
    for p in sig.split(", "):
        t = p.split(" ", 1)[1]
        out.append(f"*new({t})")
    return ", ".join(out)


def compile_probe(tc, d, flags):
    """Compiles d/p.go like `go build` does (the object file is thrown away)."""
    cmd = [os.path.join(tc.tooldir, "compile"), "-o", os.path.join(d, "p.o"),
           "-trimpath", d + "=>", "-p", "main", "-lang=" + tc.lang, "-complete",
           "-importcfg", tc.importcfg, *flags, "./p.go"]
    r = subprocess.run(cmd, capture_output=True, text=True, env=tc.env, cwd=d)
    return r.returncode, r.stdout, r.stderr


USER_RE = re.compile(r"^\S+: (can inline (probe\d+|main|mkS|mkI|mkE)\b|inlining call to (probe\d+|mkS|mkI|mkE)\b)")


def classify(tc, fn):
    pkg, rtype, ptr, name, params, results = fn
    src = probe_source(pkg, rtype, ptr, name, params, results)
    if src is None:
        return None
    gname = gc_name(pkg, rtype, ptr, name)
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "p.go"), "w") as f:
            f.write(src)
        rc1, o1, e1 = compile_probe(tc, d, ["-m"])
        rc2, o2, e2 = compile_probe(tc, d, ["-m", "-l"])
    if rc1 != 0 or rc2 != 0:
        # A probe the compiler rejects (e.g. a result that cannot be discarded): not probed.
        return None
    m = [l for l in (o1 + e1).splitlines() if l and not USER_RE.match(l)]
    ml = [l for l in (o2 + e2).splitlines() if l]
    inl = [l for l in m if l.endswith(f": inlining call to {gname}")]
    rest = [l for l in m if not l.endswith(f": inlining call to {gname}")]
    calls = src.count(f".{name}(")
    ok = rest == ml and len(inl) == calls
    return ("transparent" if ok else "opaque", gname)


def generate():
    tc = eg.Toolchain("1.27.3")
    fns = []
    for pkg in PACKAGES:
        for rtype, ptr, name, params, results in inlinable_funcs(pkg):
            fns.append((pkg, rtype, ptr, name, params, results))
    imports = set(PACKAGES) | {"errors"}
    with tempfile.TemporaryDirectory() as work:
        tc.prepare_importcfg(sorted(imports), work)
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
            res = list(ex.map(lambda f: classify(tc, f), fns))
    lines = sorted({f"{r[0]} {r[1]}" for r in res if r}, key=lambda l: l.split(" ", 1)[1])
    head = ("# Code generated by scripts/std-inline-transparent.py from go1.27.3. DO NOT EDIT.\n"
            "#\n"
            "# Inlinable std functions probed with `-m` and `-m -l` (see the script):\n"
            "#   transparent NAME  the `-m` lines are the `-m -l` lines plus `inlining call to NAME`\n"
            "#   opaque NAME       some probe differed (the inliner refuses the call)\n")
    return head + "".join(l + "\n" for l in lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--show", help="print the probe program of pkg.Name (or pkg.Type.Name)")
    args = ap.parse_args()
    if args.show:
        for pkg in PACKAGES:
            for rtype, ptr, name, params, results in inlinable_funcs(pkg):
                if gc_name(pkg, rtype, ptr, name) == args.show:
                    print(probe_source(pkg, rtype, ptr, name, params, results))
        return
    text = generate()
    if args.check:
        old = open(OUT).read() if os.path.exists(OUT) else ""
        if old != text:
            die(f"{os.path.relpath(OUT, ROOT)} differs from the real toolchain's (rerun without --check)")
        print("std-inline-transparent: ok")
        return
    with open(OUT, "w") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(OUT, ROOT)}: "
          f"{text.count(chr(10) + 'transparent ')} transparent, {text.count(chr(10) + 'opaque ')} opaque")


if __name__ == "__main__":
    main()
