#!/usr/bin/env bash
# The math golden (crates/escapade_interp/testdata/golden/math.txt) checked from a wasm32 build,
# the way the web app runs the interpreter: a throwaway cdylib calls
# escapade_interp::std_math::check_golden on the embedded golden, node runs it. Float
# operations on wasm pick NaN payloads differently from x86; this shows the library's results
# (NaN payloads included) do not depend on that. Takes a few minutes (release wasm build of
# the interpreter's dependencies in a temporary target directory, removed afterwards).
#
#   scripts/interp-math-wasm.sh    prints "wasm32: N evaluations, D differ"; exit 1 if D > 0
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/src"
cat > "$TMP/Cargo.toml" <<TOML
[package]
name = "mathwasm"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
crate-type = ["cdylib"]

[dependencies]
escapade_interp = { path = "$ROOT/crates/escapade_interp" }

[workspace]
TOML
cat > "$TMP/src/lib.rs" <<RS
static mut OUT: [u32; 2] = [0; 2];

/// [evaluations, differing]
#[no_mangle]
pub extern "C" fn check() -> *const u32 {
    let rep = escapade_interp::std_math::check_golden(include_str!(
        "$ROOT/crates/escapade_interp/testdata/golden/math.txt"
    ));
    unsafe {
        OUT = [rep.total as u32, rep.differing() as u32];
        std::ptr::addr_of!(OUT) as *const u32
    }
}
RS
cat > "$TMP/run.mjs" <<'JS'
import { readFileSync } from 'node:fs';
const { instance } = await WebAssembly.instantiate(readFileSync(process.argv[2]), {});
const at = instance.exports.check(); // may grow memory: take the buffer afterwards
const [total, differ] = new Uint32Array(instance.exports.memory.buffer, at, 2);
console.log(`wasm32: ${total} evaluations, ${differ} differ`);
process.exit(differ === 0 && total > 0 ? 0 : 1);
JS
# tree-sitter's C code (a dependency of the syntax crate) needs the repository's wasm C wrapper.
(cd "$TMP" && CC_wasm32_unknown_unknown="$ROOT/tools/wasm-cc.sh" CARGO_TARGET_DIR="$TMP/target" \
  cargo build --quiet --release --target wasm32-unknown-unknown)
node "$TMP/run.mjs" "$TMP/target/wasm32-unknown-unknown/release/mathwasm.wasm"
