//! Replays the run corpus' one-element-at-a-time append loops on slices that do not escape:
//! the first append uses the compiler's 32-byte stack buffer when the elements fit, later
//! growth is the heap rule. Expected `len cap` lines are the programs' `.out` goldens.
#![allow(clippy::disallowed_methods, reason = "the test harness reads the corpus goldens")]

use escapade_interp::growslice::{grow_cap, stack_buffer_len, ElemLayout};
use std::path::Path;

/// `len cap` at each capacity change while appending `n` elements one by one to a nil slice.
fn replay(elem: ElemLayout, n: u64) -> String {
    let (mut len, mut cap, mut out) = (0u64, 0u64, String::new());
    for _ in 0..n {
        let new_len = len + 1;
        if new_len > cap {
            cap = match stack_buffer_len(elem) {
                Some(k) if len == 0 && new_len <= k => k,
                _ => grow_cap(cap, new_len, elem).expect("small slice"),
            };
            out.push_str(&format!("{new_len} {cap}\n"));
        }
        len = new_len;
    }
    out
}

#[test]
fn non_escaping_append_loops_match_go() {
    let cases = [
        ("grow_int_one", ElemLayout::new(8, false), 2000),
        ("grow_byte_one", ElemLayout::new(1, false), 5000),
        ("grow_int16", ElemLayout::new(2, false), 3000),
        ("grow_32byte", ElemLayout::new(32, false), 800),
        ("grow_24byte", ElemLayout::new(24, true), 1000),
        ("grow_40byte", ElemLayout::new(40, true), 700),
        ("grow_48byte", ElemLayout::new(48, true), 600),
    ];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/run");
    for (name, elem, n) in cases {
        let want = std::fs::read_to_string(dir.join(format!("{name}.out"))).expect("golden");
        assert_eq!(replay(elem, n), want, "{name}");
    }
}
