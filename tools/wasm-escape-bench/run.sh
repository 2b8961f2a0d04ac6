#!/bin/sh
# Builds the wasm harness and times it under node: tools/wasm-escape-bench/run.sh FILE.go [RUNS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
file=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$here"
cp ../../Cargo.lock . 2>/dev/null || true
cargo build --release --target wasm32-unknown-unknown --offline --quiet
"${WASM_BINDGEN:-wasm-bindgen}" --target nodejs --out-dir pkg \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/wasm_escape_bench.wasm"
node run.mjs "$file" "${2:-15}"
