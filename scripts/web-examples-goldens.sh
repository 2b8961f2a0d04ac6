#!/usr/bin/env bash
# Writes (or with --check, verifies) what the real Go compiler prints for each bundled web
# example: www/examples/NAME.m-l.go127.txt (go1.27.3) and NAME.m-l.go123.txt (go1.23.9), from
# `go build -gcflags='-m -l' main.go` with the file copied to main.go in a scratch directory,
# and NAME.m.go127.txt from plain `go build -gcflags=-m` (go1.27.3, inlining on).
# Normalised only as the playground names the file: the `# command-line-arguments` header is
# dropped and the leading `./` of each line removed (so lines read `main.go:L:C: message`, as
# `escapade escape -m -l main.go` prints them). The web crate's native tests compare the
# analyzer's output for every example with these files.
#   usage: scripts/web-examples-goldens.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/goldens-lib.sh
. scripts/goldens-lib.sh
goldens_init "$@"
for pair in 127:1.27.3 123:1.23.9; do
  tag=${pair%%:*}
  go=$(scripts/go-bin.sh "${pair#*:}")
  for src in www/examples/*.go; do
    name=$(basename "$src" .go)
    dir="$tmp/$name-$tag"
    mkdir -p "$dir"
    cp "$src" "$dir/main.go"
    flags=('-m -l')
    [ "$tag" = 127 ] && flags+=('-m')
    for f in "${flags[@]}"; do
      out=$(cd "$dir" && GOTOOLCHAIN=local GO111MODULE=off GOFLAGS= "$go" build -o /dev/null \
        -gcflags="$f" main.go 2>&1 | grep -v '^# ' | sed 's#^\./##') || true
      suffix=${f#-}
      golden "www/examples/$name.${suffix// -/-}.go$tag.txt" "$out"
    done
  done
done
goldens_done "web example goldens match go1.27.3 (-m -l and -m) and go1.23.9 (-m -l)"
