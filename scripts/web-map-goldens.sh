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
check=0
[ "${1:-}" = "--check" ] && check=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
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
    golden="www/examples/$name.out.go$tag.txt"
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
[ "$status" = 0 ] && [ "$check" = 1 ] && echo "web map example goldens match go1.27.3 and go1.23.9"
exit "$status"
