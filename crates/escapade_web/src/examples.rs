//! The bundled example programs (real Go files under `www/examples/`, checked with `go vet`).
//!
//! Each escape example lists the key lines the real go1.27.3 compiler prints for it
//! (`claims`); `www/examples/NAME.m-l.go127.txt` / `.go123.txt` hold the full output of
//! `go build -gcflags='-m -l'` (written by `scripts/web-examples-goldens.sh`), and the tests
//! check that the claims are in it and that the analyzer prints exactly that output.

pub struct Example {
    pub id: &'static str,
    pub title: &'static str,
    pub source: &'static str,
    /// Key gc lines (`LINE:COL: message`) of go1.27.3 `-m -l`, shown next to the example.
    pub claims: &'static [&'static str],
    /// Real `go build -gcflags='-m -l'` output: go1.27.3, go1.23.9 (for the tests).
    #[cfg(test)]
    pub golden127: &'static str,
    #[cfg(test)]
    pub golden123: &'static str,
    /// Real go1.27.3 `go build -gcflags=-m` output (inlining on), for the tests.
    #[cfg(test)]
    pub golden127_m: &'static str,
}

macro_rules! example {
    ($id:literal, $file:literal, $title:literal, [$($claim:literal),* $(,)?]) => {
        Example {
            id: $id,
            title: $title,
            source: include_str!(concat!("../../../www/examples/", $file, ".go")),
            claims: &[$($claim),*],
            #[cfg(test)]
            golden127: include_str!(concat!("../../../www/examples/", $file, ".m-l.go127.txt")),
            #[cfg(test)]
            golden123: include_str!(concat!("../../../www/examples/", $file, ".m-l.go123.txt")),
            #[cfg(test)]
            golden127_m: include_str!(concat!("../../../www/examples/", $file, ".m.go127.txt")),
        }
    };
}

/// The first entry is the starter snippet shown on load.
pub const EXAMPLES: &[Example] = &[
    example!(
        "starter",
        "starter",
        "Starter: heap, stack and a growing map",
        ["14:2: moved to heap: p"]
    ),
    example!(
        "escape",
        "escape",
        "Five classic escape cases",
        ["10:6: moved to heap: b", "23:2: moved to heap: n"]
    ),
    example!(
        "esc-slices",
        "esc_slices",
        "Escape: slice kept local vs returned",
        ["9:11: make([]int, 8) does not escape", "23:11: make([]int, 8) escapes to heap",]
    ),
    example!(
        "esc-make",
        "esc_make",
        "Escape: make([]int, n) vs make([]int, 0, n)",
        [
            "13:11: make([]int, n) does not escape",
            "19:11: make([]int, 0, n) does not escape",
            "28:11: make([]int, 0, 16) does not escape",
        ]
    ),
    example!(
        "esc-maps",
        "esc_maps",
        "Escape: do maps always live on the heap?",
        [
            "9:11: make(map[string]int) does not escape",
            "18:11: make(map[string]int) escapes to heap",
            "27:21: map[string]int{...} does not escape",
        ]
    ),
    example!(
        "esc-slice-of-maps",
        "esc_slice_of_maps",
        "Escape: initialising a []map[string]int",
        [
            "10:16: make([]map[string]int, n) escapes to heap",
            "12:19: make(map[string]int) escapes to heap",
            "20:16: make([]map[string]int, 3) does not escape",
            "22:19: make(map[string]int) escapes to heap",
        ]
    ),
    example!(
        "esc-iface",
        "esc_iface",
        "Escape: interface boxing and fmt.Println",
        [
            "12:14: x escapes to heap",
            "12:17: p escapes to heap",
            "17:14: p does not escape",
            "28:9: p escapes to heap",
        ]
    ),
    example!(
        "esc-closures",
        "esc_closures",
        "Escape: closures capturing variables",
        [
            "9:9: func literal does not escape",
            "19:2: moved to heap: n",
            "20:9: func literal escapes to heap",
            "29:9: func literal escapes to heap",
        ]
    ),
    example!(
        "esc-slice-ptr",
        "esc_slice_ptr",
        "Escape: pointers into slices",
        [
            "9:11: make([]int, 4) does not escape",
            "18:11: make([]int, 4) escapes to heap",
            "25:9: leaking param: s to result ~r0 level=0",
            "35:11: new(int) escapes to heap",
        ]
    ),
    example!(
        "esc-large",
        "esc_large",
        "Escape: large arrays and the stack size limits",
        [
            "25:6: moved to heap: a",
            "33:11: make([]int, 16384) escapes to heap",
            "40:11: make([]int, 1024) does not escape",
            "47:10: new([16384]int) escapes to heap",
        ]
    ),
    example!(
        "esc-goroutines",
        "esc_goroutines",
        "Escape: goroutines",
        [
            "15:2: moved to heap: total",
            "18:6: func literal escapes to heap",
            "30:11: p does not escape",
            "37:6: moved to heap: a",
        ]
    ),
    example!(
        "esc-map-iface",
        "esc_map_iface",
        "Escape: map[string]int vs map[interface{}]interface{}",
        [
            "11:11: make(map[string]int) does not escape",
            "22:11: make(map[interface {}]interface {}) does not escape",
            "24:5: w escapes to heap",
            "24:10: i escapes to heap",
        ]
    ),
    example!(
        "esc-closure-slice",
        "esc_closure_slice",
        "Escape: closures capturing slices",
        [
            "9:13: make([]int, 8) does not escape",
            "25:2: moved to heap: buf",
            "25:13: make([]int, 0, 4) escapes to heap",
            "35:15: []int{...} escapes to heap",
        ]
    ),
    example!(
        "esc-strings",
        "esc_strings",
        "Escape: string and []byte conversions",
        [
            "10:14: zero-copy string->[]byte conversion",
            "22:16: ([]byte)(s) escapes to heap",
            "27:16: string(b) does not escape",
            "32:16: string(b) escapes to heap",
        ]
    ),
    example!("maps", "maps", "A map growing and shrinking", []),
    example!("map-grow", "map_grow", "Map: 100 inserts, step through growth (Map pane)", []),
];

impl Example {
    pub fn by_id(id: &str) -> Option<&'static Example> {
        EXAMPLES.iter().find(|e| e.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_are_valid_go_with_unix_newlines_and_unique_ids() {
        for (i, e) in EXAMPLES.iter().enumerate() {
            assert!(!e.source.contains('\r'), "{} has CR", e.id);
            assert!(e.source.starts_with("//"), "{} should open with a comment", e.id);
            let a = escapade_analysis::analyze(e.source);
            assert!(a.diagnostics.is_empty(), "{}: {:?}", e.id, a.diagnostics);
            assert!(EXAMPLES[..i].iter().all(|o| o.id != e.id), "duplicate id {}", e.id);
            assert_eq!(Example::by_id(e.id).map(|x| x.title), Some(e.title));
        }
        assert!(Example::by_id("missing").is_none());
    }

    /// The examples' explanations quote the real compiler, and the analyzer agrees with it
    /// line for line (both versions the selector offers).
    #[test]
    fn escape_examples_match_real_go_output() {
        use crate::escape_model::{EscapeModel, Status};
        use escapade_analysis::escape::GoVersion;
        let mut escape_examples = 0;
        for e in EXAMPLES {
            let golden: Vec<&str> = e.golden127.lines().collect();
            for c in e.claims {
                let line = format!("main.go:{c}");
                assert!(
                    golden.contains(&line.as_str()),
                    "{}: claim {c:?} not in go1.27.3 output",
                    e.id
                );
            }
            escape_examples += usize::from(e.id.starts_with("esc-"));
            for (v, want) in [(GoVersion::Go127, e.golden127), (GoVersion::Go123, e.golden123)] {
                let m = EscapeModel::new(e.source, v, false);
                assert_eq!(m.status, Status::Verdicts, "{} {v:?}", e.id);
                let want: Vec<&str> = want.lines().collect();
                assert_eq!(m.raw_m1, want, "{} {v:?}", e.id);
            }
        }
        assert!(escape_examples >= 12);
        assert!(EXAMPLES.len() >= 15);
    }
}
