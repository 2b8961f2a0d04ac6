#!/bin/sh
# Builds the interpreter natively and for wasm32 with the web app's release settings, then times
# both on each FILE.go in one run: tools/wasm-interp-bench/run.sh RUNS FILE.go...
set -eu
here=$(cd "$(dirname "$0")" && pwd)
runs=$1
shift
cd "$here"
cp ../../Cargo.lock . 2>/dev/null || true
target=${CARGO_TARGET_DIR:-target}
cargo build --release --offline --quiet --bin native-interp-bench
cargo build --release --target wasm32-unknown-unknown --offline --quiet --lib
"${WASM_BINDGEN:-wasm-bindgen}" --target nodejs --out-dir pkg \
  "$target/wasm32-unknown-unknown/release/wasm_interp_bench.wasm"
for f in "$@"; do
  abs=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
  "$target/release/native-interp-bench" "$abs" "$runs"
  node run.mjs "$abs" "$runs"
done
