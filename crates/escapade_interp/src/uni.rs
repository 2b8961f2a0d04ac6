//! Go's `unicode` predicates and case mappings over the generated tables
//! (`unicode_tables.rs`, from scripts/interp-unicode.py).

use std::sync::OnceLock;

use crate::unicode_tables as t;

/// Runes `lo, lo + stride, ..., hi` and the delta a mapping adds to them (0 in a set).
type Run = (u32, u32, u32, i32);

/// Every table: the Go function's name, its varint stream, whether it is a mapping.
const TABLES: [(&str, &[u8], bool); 14] = [
    ("IsLetter", t::IS_LETTER, false),
    ("IsUpper", t::IS_UPPER, false),
    ("IsLower", t::IS_LOWER, false),
    ("IsTitle", t::IS_TITLE, false),
    ("IsDigit", t::IS_DIGIT, false),
    ("IsNumber", t::IS_NUMBER, false),
    ("IsSpace", t::IS_SPACE, false),
    ("IsPunct", t::IS_PUNCT, false),
    ("IsMark", t::IS_MARK, false),
    ("IsSymbol", t::IS_SYMBOL, false),
    ("ToUpper", t::TO_UPPER, true),
    ("ToLower", t::TO_LOWER, true),
    ("ToTitle", t::TO_TITLE, true),
    ("SimpleFold", t::SIMPLE_FOLD, true),
];

/// Decodes one table (format in `unicode_tables.rs`): per run, varints of the gap from the
/// previous run's end, `2 * (hi - lo) + stride - 1`, and for a mapping the zigzag delta.
fn decode(data: &[u8], mapping: bool) -> Vec<Run> {
    let mut bytes = data.iter();
    let mut next = || {
        let (mut v, mut shift) = (0u32, 0);
        loop {
            let b = *bytes.next()?;
            v |= u32::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(v);
            }
            shift += 7;
        }
    };
    let (mut out, mut end) = (Vec::new(), 0u32);
    while let (Some(gap), Some(len)) = (next(), next()) {
        let lo = end + gap;
        let hi = lo + len / 2;
        let delta =
            if mapping { next().map_or(0, |z| (z >> 1) as i32 ^ -((z & 1) as i32)) } else { 0 };
        out.push((lo, hi, len % 2 + 1, delta));
        end = hi + 1;
    }
    out
}

/// The decoded table named `name` (decoded on first use); `None` for other names.
fn table(name: &str) -> Option<&'static [Run]> {
    static DECODED: [OnceLock<Vec<Run>>; 14] = [const { OnceLock::new() }; 14];
    let i = TABLES.iter().position(|t| t.0 == name)?;
    Some(DECODED[i].get_or_init(|| decode(TABLES[i].1, TABLES[i].2)))
}

/// The run containing `r`, if any.
fn run_of(runs: &[Run], r: u32) -> Option<Run> {
    let i = runs.partition_point(|x| x.0 <= r);
    let run = *runs.get(i.checked_sub(1)?)?;
    (r <= run.1 && (r - run.0).is_multiple_of(run.2)).then_some(run)
}

/// `unicode.IsX(r)` for the predicate named `name` (`"IsLetter"`); `None` for other names.
/// Runes outside 0..=U+10FFFF are in no set.
pub fn is(name: &str, r: i64) -> Option<bool> {
    if name == "IsControl" {
        // C0, DEL and C1 (Go checks only Latin-1).
        return Some(matches!(r, 0..=0x1f | 0x7f..=0x9f));
    }
    let set = table(name).filter(|_| name.starts_with("Is"))?;
    Some(u32::try_from(r).is_ok_and(|r| run_of(set, r).is_some()))
}

/// `unicode.ToUpper/ToLower/ToTitle/SimpleFold(r)` for `name` (`"ToUpper"`); `None` for other
/// names. Runes outside 0..=U+10FFFF map to themselves.
pub fn to(name: &str, r: i64) -> Option<i64> {
    let map = table(name).filter(|_| !name.starts_with("Is"))?;
    Some(match u32::try_from(r) {
        Ok(u) if u <= 0x10ffff => {
            run_of(map, u).map_or(r, |run| i64::from(u.wrapping_add_signed(run.3)))
        }
        _ => r,
    })
}

/// `strings.EqualFold` of two valid UTF-8 texts (simple case folding, as Go's).
pub fn equal_fold(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (a.chars(), b.chars());
    loop {
        let (p, q) = match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) => (p as i64, q as i64),
            _ => return false,
        };
        if p == q {
            continue;
        }
        let (lo, hi) = if p < q { (p, q) } else { (q, p) };
        // The fold orbit of the smaller rune reaches the larger one.
        let mut r = to("SimpleFold", lo).unwrap_or(lo);
        while r != lo && r < hi {
            r = to("SimpleFold", r).unwrap_or(lo);
        }
        if r != hi {
            return false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_decode_to_sorted_disjoint_runs() {
        for (name, data, mapping) in TABLES {
            let runs = table(name).unwrap();
            assert!(!runs.is_empty() && !data.is_empty(), "{name}");
            let mut end = 0;
            for &(lo, hi, stride, delta) in runs {
                assert!(lo >= end && lo <= hi && hi <= 0x10ffff, "{name}: {lo}..{hi}");
                assert!(stride == 1 || stride == 2, "{name}");
                assert_eq!(delta != 0, mapping, "{name}");
                end = hi + 1;
            }
        }
        // The first runs as go1.27.3 has them (ASCII letters; a..z up by 32).
        assert_eq!(&table("IsLetter").unwrap()[..2], &[(65, 90, 1, 0), (97, 122, 1, 0)]);
        assert_eq!(table("ToUpper").unwrap()[0], (97, 122, 1, -32));
    }

    #[test]
    fn tables_answer_like_go() {
        // What go1.27.3's unicode and strings packages answer.
        assert_eq!(is("IsLetter", 'é' as i64), Some(true));
        assert_eq!(is("IsLetter", '9' as i64), Some(false));
        assert_eq!(is("IsUpper", 'Σ' as i64), Some(true));
        assert_eq!(is("IsSpace", 0x85), Some(true));
        assert_eq!(is("IsSpace", 0x200b), Some(false));
        assert_eq!(is("IsLetter", -1), Some(false));
        assert_eq!(to("ToUpper", 'σ' as i64), Some('Σ' as i64));
        assert_eq!(to("ToLower", 'Σ' as i64), Some('σ' as i64));
        assert_eq!(to("ToUpper", 'ß' as i64), Some('ß' as i64));
        assert_eq!(to("ToUpper", 0x110000), Some(0x110000));
        assert!(!equal_fold("Straße", "STRASSE") && equal_fold("Σίσυφος", "ΣΊΣΥΦΟΣ"));
        assert!(equal_fold("k", "\u{212a}"));
    }
}
