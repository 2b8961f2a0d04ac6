//! The state of one fmt directive (`%-+# 0` flags, width, precision) and padding, as fmt's
//! printer keeps it.

/// Flags, width and precision of one directive. Build it with [`parse_directive`] or by hand;
/// the formatting functions apply fmt's rules for `v` themselves ([`Flags::for_verb`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    pub plus: bool,
    pub minus: bool,
    pub space: bool,
    pub sharp: bool,
    pub zero: bool,
    /// `%+v`: set by [`Flags::for_verb`] from `plus`.
    pub plus_v: bool,
    /// `%#v`: set by [`Flags::for_verb`] from `sharp`.
    pub sharp_v: bool,
    pub width: Option<usize>,
    pub prec: Option<usize>,
}

impl Flags {
    /// fmt's treatment of `v`: `+` and `#` stop being number flags and become `%+v` (field
    /// names) and `%#v` (Go syntax).
    pub fn for_verb(&self, verb: char) -> Flags {
        if verb != 'v' {
            return *self;
        }
        Flags {
            plus_v: self.plus || self.plus_v,
            sharp_v: self.sharp || self.sharp_v,
            plus: false,
            sharp: false,
            ..*self
        }
    }
}

/// Parses one directive such as `%-08.3f` (without `*` or `[n]` argument indexes) into its
/// flags and verb. `None` if `s` is not exactly one such directive.
pub fn parse_directive(s: &str) -> Option<(Flags, char)> {
    let mut rest = s.strip_prefix('%')?;
    let mut f = Flags::default();
    while let Some(c) = rest.chars().next() {
        match c {
            '+' => f.plus = true,
            '-' => {
                f.minus = true;
                f.zero = false; // zero padding is only allowed on the left
            }
            ' ' => f.space = true,
            '#' => f.sharp = true,
            '0' => f.zero = !f.minus,
            _ => break,
        }
        rest = &rest[1..];
    }
    let (width, r) = leading_number(rest);
    f.width = width;
    rest = r;
    if let Some(r) = rest.strip_prefix('.') {
        let (prec, r) = leading_number(r);
        f.prec = Some(prec.unwrap_or(0));
        rest = r;
    }
    let mut chars = rest.chars();
    let verb = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    Some((f, verb))
}

fn leading_number(s: &str) -> (Option<usize>, &str) {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 {
        return (None, s);
    }
    // fmt rejects numbers of 10^6 and more as BADWIDTH/BADPREC; saturate rather than overflow.
    let value = s[..n]
        .bytes()
        .fold(0usize, |acc, d| acc.saturating_mul(10).saturating_add(usize::from(d - b'0')));
    (Some(value), &s[n..])
}

/// Pads `s` to the width (counted in runes): on the left with spaces, or zeros with the `0`
/// flag, or on the right with spaces with the `-` flag.
pub fn pad(s: &str, f: &Flags) -> String {
    let width = f.width.unwrap_or(0);
    let len = s.chars().count();
    if width <= len {
        return s.to_string();
    }
    let fill = if f.minus {
        ' '
    } else if f.zero {
        '0'
    } else {
        ' '
    };
    let padding: String = std::iter::repeat_n(fill, width - len).collect();
    if f.minus {
        format!("{s}{padding}")
    } else {
        format!("{padding}{s}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minus_cancels_zero_in_either_order() {
        let (a, _) = parse_directive("%-08d").unwrap();
        let (b, _) = parse_directive("%0-8d").unwrap();
        assert!(!a.zero && !b.zero && a.minus && b.minus);
        assert_eq!(a.width, Some(8));
    }

    #[test]
    fn dot_without_digits_is_precision_zero() {
        let (f, verb) = parse_directive("%.f").unwrap();
        assert_eq!((f.prec, verb), (Some(0), 'f'));
        assert_eq!(parse_directive("%5.2fx"), None);
        assert_eq!(parse_directive("%"), None);
    }

    #[test]
    fn pad_counts_runes() {
        let f = Flags { width: Some(4), ..Flags::default() };
        assert_eq!(pad("é", &f), "   é");
        assert_eq!(pad("é", &Flags { minus: true, ..f }), "é   ");
        assert_eq!(pad("12345", &f), "12345");
    }
}
