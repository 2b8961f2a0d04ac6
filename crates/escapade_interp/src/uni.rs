//! Go's `unicode` predicates and case mappings over the generated tables
//! (`unicode_tables.rs`, from scripts/interp-unicode.py).

use crate::unicode_tables as t;

fn in_set(set: &[(u32, u32, u32)], r: u32) -> bool {
    let i = set.partition_point(|x| x.0 <= r);
    i > 0 && {
        let (lo, hi, stride) = set[i - 1];
        r <= hi && (r - lo).is_multiple_of(stride)
    }
}

fn mapped(map: &[(u32, u32, u32, i32)], r: u32) -> u32 {
    let i = map.partition_point(|x| x.0 <= r);
    match map.get(i.wrapping_sub(1)) {
        Some(&(lo, hi, stride, delta)) if r <= hi && (r - lo).is_multiple_of(stride) => {
            r.wrapping_add_signed(delta)
        }
        _ => r,
    }
}

/// `unicode.IsX(r)` for the predicate named `name` (`"IsLetter"`); `None` for other names.
/// Runes outside 0..=U+10FFFF are in no set.
pub fn is(name: &str, r: i64) -> Option<bool> {
    let set = match name {
        "IsLetter" => t::IS_LETTER,
        "IsUpper" => t::IS_UPPER,
        "IsLower" => t::IS_LOWER,
        "IsTitle" => t::IS_TITLE,
        "IsDigit" => t::IS_DIGIT,
        "IsNumber" => t::IS_NUMBER,
        "IsSpace" => t::IS_SPACE,
        "IsPunct" => t::IS_PUNCT,
        "IsMark" => t::IS_MARK,
        "IsSymbol" => t::IS_SYMBOL,
        // C0, DEL and C1 (Go checks only Latin-1).
        "IsControl" => return Some(matches!(r, 0..=0x1f | 0x7f..=0x9f)),
        _ => return None,
    };
    Some(u32::try_from(r).is_ok_and(|r| in_set(set, r)))
}

/// `unicode.ToUpper/ToLower/ToTitle/SimpleFold(r)` for `name` (`"ToUpper"`); `None` for other
/// names. Runes outside 0..=U+10FFFF map to themselves.
pub fn to(name: &str, r: i64) -> Option<i64> {
    let map = match name {
        "ToUpper" => t::TO_UPPER,
        "ToLower" => t::TO_LOWER,
        "ToTitle" => t::TO_TITLE,
        "SimpleFold" => t::SIMPLE_FOLD,
        _ => return None,
    };
    Some(match u32::try_from(r) {
        Ok(u) if u <= 0x10ffff => i64::from(mapped(map, u)),
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
