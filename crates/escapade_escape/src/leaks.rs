//! Parameter leak summaries: the 8-byte `leaks` value and its `esc:` tag encoding.
//!
//! Byte layout: `[heap, mutator, callee, result0, …, result4]`; each byte stores
//! `min derefs + 1` (0 = no flow), saturating at 255.

/// Number of results whose flows fit in a tag (`numEscResults`).
pub const NUM_ESC_RESULTS: usize = 5;

const HEAP: usize = 0;
const MUTATOR: usize = 1;
const CALLEE: usize = 2;
const RESULT0: usize = 3;

/// The flows from one parameter to the heap, the mutator, the callee and the results.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Leaks(pub [u8; 3 + NUM_ESC_RESULTS]);

impl Leaks {
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|&b| b == 0)
    }
    /// Minimum derefs of a heap flow, or -1.
    pub fn heap(&self) -> i32 {
        self.get(HEAP)
    }
    pub fn mutator(&self) -> i32 {
        self.get(MUTATOR)
    }
    pub fn callee(&self) -> i32 {
        self.get(CALLEE)
    }
    /// Minimum derefs of a flow to result `i`, or -1.
    pub fn result(&self, i: usize) -> i32 {
        self.get(RESULT0 + i)
    }
    pub fn add_heap(&mut self, derefs: i32) {
        self.add(HEAP, derefs);
    }
    pub fn add_mutator(&mut self, derefs: i32) {
        self.add(MUTATOR, derefs);
    }
    pub fn add_callee(&mut self, derefs: i32) {
        self.add(CALLEE, derefs);
    }
    pub fn add_result(&mut self, i: usize, derefs: i32) {
        self.add(RESULT0 + i, derefs);
    }

    fn get(&self, i: usize) -> i32 {
        i32::from(self.0[i]) - 1
    }
    fn add(&mut self, i: usize, derefs: i32) {
        let old = self.get(i);
        if old < 0 || derefs < old {
            self.set(i, derefs);
        }
    }
    fn set(&mut self, i: usize, derefs: i32) {
        // derefs >= -1 always; -1 clears the entry.
        self.0[i] = (derefs + 1).clamp(0, 255) as u8;
    }

    /// Drops every non-heap flow that is not shorter than the shortest heap flow.
    pub fn optimize(&mut self) {
        let h = self.heap();
        if h >= 0 {
            for i in MUTATOR..self.0.len() {
                if self.get(i) >= h {
                    self.set(i, -1);
                }
            }
        }
    }

    /// The tag string gc stores in the parameter's `Note`: empty for "heap at 0",
    /// otherwise `esc:` followed by the bytes without trailing zeros.
    pub fn encode(&self) -> Vec<u8> {
        if self.heap() == 0 {
            return Vec::new();
        }
        let n = self.0.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
        let mut out = b"esc:".to_vec();
        out.extend_from_slice(&self.0[..n]);
        out
    }

    /// Parses a tag; anything without the `esc:` prefix (including the empty tag) means
    /// "leaks to the heap at derefs 0". Extra bytes are ignored.
    pub fn parse(tag: &[u8]) -> Leaks {
        let mut l = Leaks::default();
        match tag.strip_prefix(b"esc:") {
            Some(rest) => {
                for (dst, &b) in l.0.iter_mut().zip(rest) {
                    *dst = b;
                }
            }
            None => l.add_heap(0),
        }
        l
    }

    /// Like [`Leaks::parse`], for an optional tag (missing = heap).
    pub fn parse_opt(tag: Option<&[u8]>) -> Leaks {
        Leaks::parse(tag.unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_tag_and_missing_prefix_mean_heap() {
        assert_eq!(Leaks::parse(b"").heap(), 0);
        assert_eq!(Leaks::parse(b"garbage").heap(), 0);
        assert_eq!(Leaks::parse(b"esc:").heap(), -1);
        assert!(Leaks::parse(b"esc:").is_empty());
    }

    #[test]
    fn encode_trims_and_round_trips() {
        let mut l = Leaks::default();
        assert_eq!(l.encode(), b"esc:".to_vec());
        l.add_result(0, 0);
        assert_eq!(l.encode(), vec![b'e', b's', b'c', b':', 0, 0, 0, 1]);
        assert_eq!(Leaks::parse(&l.encode()), l);
        l.add_heap(0);
        assert_eq!(l.encode(), Vec::<u8>::new());
        let mut c = Leaks::default();
        c.add_heap(2);
        c.add_mutator(0);
        assert_eq!(c.encode(), vec![b'e', b's', b'c', b':', 3, 1]);
        assert_eq!(Leaks::parse(&c.encode()), c);
    }

    #[test]
    fn add_keeps_minimum_and_saturates() {
        let mut l = Leaks::default();
        l.add_heap(3);
        l.add_heap(5);
        assert_eq!(l.heap(), 3);
        l.add_heap(1);
        assert_eq!(l.heap(), 1);
        l.add_result(4, 1000);
        assert_eq!(l.result(4), 254);
    }

    #[test]
    fn optimize_drops_flows_not_shorter_than_heap() {
        let mut l = Leaks::default();
        l.add_heap(1);
        l.add_result(0, 0);
        l.add_result(1, 1);
        l.add_mutator(2);
        l.optimize();
        assert_eq!((l.heap(), l.result(0), l.result(1), l.mutator()), (1, 0, -1, -1));
    }
}
