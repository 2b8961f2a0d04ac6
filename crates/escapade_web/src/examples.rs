//! The bundled example programs (real Go files under `www/examples/`, checked with `go vet`).

pub struct Example {
    pub id: &'static str,
    pub title: &'static str,
    pub source: &'static str,
}

/// The first entry is the starter snippet shown on load.
pub const EXAMPLES: &[Example] = &[
    Example {
        id: "starter",
        title: "Starter: heap, stack and a growing map",
        source: include_str!("../../../www/examples/starter.go"),
    },
    Example {
        id: "escape",
        title: "Five classic escape cases",
        source: include_str!("../../../www/examples/escape.go"),
    },
    Example {
        id: "maps",
        title: "A map growing and shrinking",
        source: include_str!("../../../www/examples/maps.go"),
    },
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
}
