#!/usr/bin/env bash
# Go's non-AES fallback hash, from the real runtimes: builds oracle/hashcheck with go1.23.9,
# go1.24.11 and go1.27.3 and runs it with GODEBUG=cpu.aes=off (amd64 then hashes exactly as
# GOARCH=wasm does). Each run prints its random hash key and the real hashers' outputs.
#
#   scripts/maps-hash-check.sh           regenerate crates/escapade_maps/tests/data/fallback/
#   scripts/maps-hash-check.sh --check   regenerate into a temp dir (new random keys) and
#                                        require the simulator to reproduce every hash
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=local GOFLAGS=-mod=mod GOPROXY=off
OUT=$PWD/crates/escapade_maps/tests/data/fallback
[ "${1:-}" = --check ] && { OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT; }
mkdir -p "$OUT"
for v in 1.23.9 1.24.11 1.27.3; do
  go=$(scripts/go-bin.sh "$v")
  (cd crates/escapade_maps/oracle && "$go" build -ldflags=-checklinkname=0 -o "$OUT/hashcheck" ./hashcheck)
  GODEBUG=cpu.aes=off "$OUT/hashcheck" > "$OUT/go$v.txt"
  rm -f "$OUT/hashcheck"
done
if [ "${1:-}" = --check ]; then
  MAPS_FALLBACK_DIR=$OUT cargo test -q -p escapade_maps --test fallback_hash
fi
ls -l "$OUT"
