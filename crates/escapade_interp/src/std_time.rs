//! `time.Time` without a clock: `time.Date`, `time.Unix`, arithmetic, calendar fields, `Format`
//! with Go's layout elements, `Parse` of numeric layouts, `ParseDuration`, `FixedZone`.
//!
//! A `Time` is stored as Go stores one without a monotonic reading — `struct { wall uint64;
//! ext int64; loc *Location }` with the nanoseconds in `wall` and the seconds since January 1,
//! year 1 UTC in `ext`, and a nil `loc` for UTC — so `==` and the zero value behave as in Go. A
//! `*Location` points to `struct { name string; zone []zone; ... }` (seven fields) whose one zone
//! is `struct { name string; offset int; isDST bool }`; `time.Local` has no zone and anything
//! needing its offset (the machine's time zone) is refused, as are `Now`, timers and errors.

use std::rc::Rc;

use escapade_base::Span;

use crate::interp::{Interp, R};
use crate::value::*;

const DAY: i64 = 86_400;
/// Days from January 1, year 1 to January 1, 1970.
const UNIX_DAYS: i64 = 719_162;
const UNIX_TO_INTERNAL: i64 = UNIX_DAYS * DAY;
const NS: i64 = 1_000_000_000;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] =
    ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

fn str_val(s: &str) -> Value {
    Value::Str(Rc::from(s.as_bytes()))
}

fn location(name: &str, zone: Option<i64>) -> Value {
    let zones = match zone {
        Some(off) => Slice::from_vec(vec![Value::Struct(vec![
            str_val(name),
            Value::Int(off),
            Value::Bool(false),
        ])]),
        None => Slice::nil(),
    };
    Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(vec![
        str_val(name),
        Value::Slice(zones),
        Value::Slice(Slice::nil()),
        str_val(""),
        Value::Int(0),
        Value::Int(0),
        Value::Ptr(None),
    ])))))
}

/// `time.UTC` and `time.Local` (one identity each per run).
pub fn std_var(it: &mut Interp, name: &str) -> Option<Value> {
    let key = match name {
        "UTC" => "time.UTC",
        "Local" => "time.Local",
        _ => return None,
    };
    if let Some((_, v)) = it.std_vars.iter().find(|(k, _)| k == key) {
        return Some(v.clone());
    }
    let v = location(name, (name == "UTC").then_some(0));
    it.std_vars.push((key.to_string(), v.clone()));
    Some(v)
}

/// Days since January 1, year 1 of a proleptic Gregorian date (month 1..=12).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468 + UNIX_DAYS
}

/// (year, month 1..=12, day) of a day count since January 1, year 1.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days - UNIX_DAYS + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Go's `norm`: moves whole multiples of `base` from `lo` into `hi`.
fn norm(hi: i64, lo: i64, base: i64) -> (i64, i64) {
    (hi + lo.div_euclid(base), lo.rem_euclid(base))
}

#[derive(Clone)]
struct T {
    /// Seconds since January 1, year 1 UTC.
    sec: i64,
    nsec: i64,
    loc: Value,
}

/// Calendar fields in the time's zone.
struct Civil {
    year: i64,
    month: i64,
    day: i64,
    yday: i64,
    wday: i64,
    hour: i64,
    min: i64,
    sec: i64,
}

impl Interp<'_> {
    fn time_of(&mut self, v: Option<&Value>, span: Span) -> R<T> {
        match v {
            Some(Value::Struct(f)) if f.len() == 3 => match (&f[0], &f[1]) {
                (Value::Int(wall), Value::Int(ext)) if (*wall as u64) >> 63 == 0 => {
                    Ok(T { sec: *ext, nsec: wall & ((1 << 30) - 1), loc: f[2].clone() })
                }
                _ => Err(self.unsupported(span, "a time with a monotonic clock reading")),
            },
            _ => Err(self.unsupported(span, "time value")),
        }
    }

    /// A `Time` value (a `loc` equal to `time.UTC` is stored as nil, like Go's `setLoc`).
    fn time_val(&mut self, sec: i64, nsec: i64, loc: Value) -> Value {
        let (sec, nsec) = norm(sec, nsec, NS);
        let utc = std_var(self, "UTC");
        let loc = match (&loc, utc) {
            (Value::Ptr(Some(p)), Some(Value::Ptr(Some(u)))) if p.same(&u) => Value::Ptr(None),
            _ => loc,
        };
        Value::Struct(vec![Value::Int(nsec), Value::Int(sec), loc])
    }

    /// (zone name, offset in seconds) of a location (nil is UTC).
    fn zone_of(&mut self, loc: &Value, span: Span) -> R<(String, i64)> {
        let Value::Ptr(Some(p)) = loc else { return Ok(("UTC".into(), 0)) };
        let fields = match p.load() {
            Some(Value::Struct(f)) if f.len() == 7 => f,
            _ => return Err(self.unsupported(span, "this time.Location")),
        };
        let text = |v: &Value| match v {
            Value::Str(s) => String::from_utf8_lossy(s).into_owned(),
            _ => String::new(),
        };
        match &fields[1] {
            Value::Slice(z) if z.len == 1 => match z.get(0) {
                Some(Value::Struct(zf)) => match zf.get(1) {
                    Some(Value::Int(off)) => Ok((text(&zf[0]), *off)),
                    _ => Err(self.unsupported(span, "this time.Location")),
                },
                _ => Err(self.unsupported(span, "this time.Location")),
            },
            Value::Slice(z) if z.len == 0 && text(&fields[0]) == "UTC" => Ok(("UTC".into(), 0)),
            _ => Err(self.unsupported(span, "the local time zone")),
        }
    }

    fn civil(&mut self, t: &T, span: Span) -> R<(Civil, String, i64)> {
        let (name, off) = self.zone_of(&t.loc, span)?;
        let abs = t.sec + off;
        let days = abs.div_euclid(DAY);
        let secs = abs.rem_euclid(DAY);
        let (year, month, day) = civil_from_days(days);
        let c = Civil {
            year,
            month,
            day,
            yday: days - days_from_civil(year, 1, 1) + 1,
            // January 1, year 1 was a Monday.
            wday: (days + 1).rem_euclid(7),
            hour: secs / 3600,
            min: secs / 60 % 60,
            sec: secs % 60,
        };
        Ok((c, name, off))
    }

    /// `time.Date` in `loc`.
    #[allow(clippy::too_many_arguments)]
    fn date(&mut self, f: [i64; 7], loc: Value, span: Span) -> R<Value> {
        let [year, month, day, hour, min, sec, nsec] = f;
        if matches!(loc, Value::Ptr(None)) {
            return Err(self.unsupported(span, "time.Date with a nil Location (panics)"));
        }
        let (year, m) = norm(year, month - 1, 12);
        let (sec, nsec) = norm(sec, nsec, NS);
        let (min, sec) = norm(min, sec, 60);
        let (hour, min) = norm(hour, min, 60);
        let (day, hour) = norm(day, hour, 24);
        if !(-1_000_000..=1_000_000).contains(&year) || day.unsigned_abs() > 1 << 40 {
            return Err(self.unsupported(span, "a time this far from year 1"));
        }
        let days = days_from_civil(year, m + 1, 1) + day - 1;
        let (_, off) = self.zone_of(&loc, span)?;
        let abs = days * DAY + hour * 3600 + min * 60 + sec;
        Ok(self.time_val(abs - off, nsec, loc))
    }

    fn format_time(&mut self, t: &T, layout: &[u8], span: Span) -> R<String> {
        let (c, name, off) = self.civil(t, span)?;
        let mut out = String::new();
        let mut rest = layout;
        while !rest.is_empty() {
            let (prefix, tok, after) = next_chunk(rest);
            out.push_str(&String::from_utf8_lossy(prefix));
            let Some(tok) = tok else { break };
            rest = after;
            let h12 = if c.hour % 12 == 0 { 12 } else { c.hour % 12 };
            match tok {
                Tok::Year => out.push_str(&pad(c.year.abs() % 100, 2)),
                Tok::LongYear => out.push_str(&pad(c.year, 4)),
                Tok::Month => out.push_str(&MONTHS[(c.month - 1) as usize][..3]),
                Tok::LongMonth => out.push_str(MONTHS[(c.month - 1) as usize]),
                Tok::NumMonth => out.push_str(&pad(c.month, 0)),
                Tok::ZeroMonth => out.push_str(&pad(c.month, 2)),
                Tok::WeekDay => out.push_str(&DAYS[c.wday as usize][..3]),
                Tok::LongWeekDay => out.push_str(DAYS[c.wday as usize]),
                Tok::Day => out.push_str(&pad(c.day, 0)),
                Tok::UnderDay => out.push_str(&format!("{:>2}", c.day)),
                Tok::ZeroDay => out.push_str(&pad(c.day, 2)),
                Tok::UnderYearDay => out.push_str(&format!("{:>3}", c.yday)),
                Tok::ZeroYearDay => out.push_str(&pad(c.yday, 3)),
                Tok::Hour => out.push_str(&pad(c.hour, 2)),
                Tok::Hour12 => out.push_str(&pad(h12, 0)),
                Tok::ZeroHour12 => out.push_str(&pad(h12, 2)),
                Tok::Minute => out.push_str(&pad(c.min, 0)),
                Tok::ZeroMinute => out.push_str(&pad(c.min, 2)),
                Tok::Second => out.push_str(&pad(c.sec, 0)),
                Tok::ZeroSecond => out.push_str(&pad(c.sec, 2)),
                Tok::PM(upper) => {
                    let s = if c.hour >= 12 { "PM" } else { "AM" };
                    out.push_str(&if upper { s.to_string() } else { s.to_lowercase() });
                }
                Tok::Zone { iso, colon, mins, secs } => {
                    if iso && off == 0 {
                        out.push('Z');
                        continue;
                    }
                    let z = off / 60;
                    out.push(if z < 0 { '-' } else { '+' });
                    let (z, a) = (z.abs(), off.abs());
                    out.push_str(&pad(z / 60, 2));
                    if colon {
                        out.push(':');
                    }
                    if mins {
                        out.push_str(&pad(z % 60, 2));
                    }
                    if secs {
                        if colon {
                            out.push(':');
                        }
                        out.push_str(&pad(a % 60, 2));
                    }
                }
                Tok::Tz => {
                    if name.is_empty() {
                        let z = off / 60;
                        out.push(if z < 0 { '-' } else { '+' });
                        out.push_str(&pad(z.abs() / 60, 2));
                        out.push_str(&pad(z.abs() % 60, 2));
                    } else {
                        out.push_str(&name);
                    }
                }
                Tok::Frac { sep, digits, trim } => {
                    if trim && (digits == 0 || t.nsec == 0) {
                        continue;
                    }
                    let mut f = format!("{sep}{:09}", t.nsec);
                    f.truncate(1 + digits.min(9));
                    if trim {
                        while f.ends_with('0') {
                            f.pop();
                        }
                        if f.len() == 1 {
                            f.pop();
                        }
                    }
                    out.push_str(&f);
                }
            }
        }
        Ok(out)
    }

    /// `time.Parse` of a layout made of numeric fields, month names and literal text, with a
    /// value that matches it; anything else (zones, errors) is refused.
    fn parse_time(&mut self, layout: &[u8], value: &[u8], span: Span) -> R<Value> {
        let refuse = |it: &Self| Err(it.unsupported(span, "time.Parse of this layout or value"));
        let (mut year, mut month, mut day, mut hour, mut min, mut sec) = (1, 1, 1, 0, 0, 0);
        let (mut rest, mut v) = (layout, value);
        while !rest.is_empty() {
            let (prefix, tok, after) = next_chunk(rest);
            let Some(vr) = v.strip_prefix(prefix) else { return refuse(self) };
            v = vr;
            let Some(tok) = tok else { break };
            rest = after;
            let (fixed, slot) = match tok {
                Tok::LongYear => (Some(4), &mut year),
                Tok::ZeroMonth => (Some(2), &mut month),
                Tok::NumMonth => (None, &mut month),
                Tok::ZeroDay => (Some(2), &mut day),
                Tok::Day => (None, &mut day),
                Tok::Hour => (Some(2), &mut hour),
                Tok::ZeroMinute => (Some(2), &mut min),
                Tok::Minute => (None, &mut min),
                Tok::ZeroSecond => (Some(2), &mut sec),
                Tok::Second => (None, &mut sec),
                Tok::Month | Tok::LongMonth => {
                    let long = matches!(tok, Tok::LongMonth);
                    let found = MONTHS.iter().position(|m| {
                        let m = if long { m.as_bytes() } else { &m.as_bytes()[..3] };
                        v.starts_with(m)
                    });
                    let Some(i) = found else { return refuse(self) };
                    v = &v[if long { MONTHS[i].len() } else { 3 }..];
                    month = i as i64 + 1;
                    continue;
                }
                _ => return refuse(self),
            };
            let n = match fixed {
                Some(n) => n,
                None => v.iter().take(2).take_while(|c| c.is_ascii_digit()).count(),
            };
            let digits = v.get(..n).filter(|d| !d.is_empty() && d.iter().all(u8::is_ascii_digit));
            let Some(digits) = digits else { return refuse(self) };
            *slot = String::from_utf8_lossy(digits).parse().unwrap_or(0);
            v = &v[n..];
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let mdays = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        let bad = !v.is_empty()
            || !(1..=12).contains(&month)
            || day < 1
            || day > mdays[(month - 1) as usize]
            || hour > 23
            || min > 59
            || sec > 59;
        if bad {
            return refuse(self);
        }
        let utc = std_var(self, "UTC").unwrap_or(Value::Ptr(None));
        self.date([year, month, day, hour, min, sec, 0], utc, span)
    }
}

fn pad(x: i64, width: usize) -> String {
    if x < 0 {
        format!("-{:0width$}", -x)
    } else {
        format!("{x:0width$}")
    }
}

#[derive(Clone, Copy)]
enum Tok {
    Year,
    LongYear,
    Month,
    LongMonth,
    NumMonth,
    ZeroMonth,
    WeekDay,
    LongWeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    PM(bool),
    Zone { iso: bool, colon: bool, mins: bool, secs: bool },
    Tz,
    Frac { sep: char, digits: usize, trim: bool },
}

/// The text before the first layout element, the element, and the text after it (Go's rules
/// for recognizing `Jan`, `Mon`, `01`…`06`, `002`, `15`, `2006`, `_2`, `__2`, zones and
/// fractional seconds).
fn next_chunk(l: &[u8]) -> (&[u8], Option<Tok>, &[u8]) {
    let at = |i: usize, s: &str| l.get(i..i + s.len()) == Some(s.as_bytes());
    let lower_after = |i: usize| l.get(i).is_some_and(u8::is_ascii_lowercase);
    for i in 0..l.len() {
        let found = match l[i] {
            b'J' if at(i, "January") => Some((Tok::LongMonth, 7)),
            b'J' if at(i, "Jan") && !lower_after(i + 3) => Some((Tok::Month, 3)),
            b'M' if at(i, "Monday") => Some((Tok::LongWeekDay, 6)),
            b'M' if at(i, "Mon") && !lower_after(i + 3) => Some((Tok::WeekDay, 3)),
            b'M' if at(i, "MST") => Some((Tok::Tz, 3)),
            b'0' if l.get(i + 1).is_some_and(|c| (b'1'..=b'6').contains(c)) => {
                let t = [
                    Tok::ZeroMonth,
                    Tok::ZeroDay,
                    Tok::ZeroHour12,
                    Tok::ZeroMinute,
                    Tok::ZeroSecond,
                    Tok::Year,
                ];
                Some((t[(l[i + 1] - b'1') as usize], 2))
            }
            b'0' if at(i, "002") => Some((Tok::ZeroYearDay, 3)),
            b'1' if at(i, "15") => Some((Tok::Hour, 2)),
            b'1' => Some((Tok::NumMonth, 1)),
            b'2' if at(i, "2006") => Some((Tok::LongYear, 4)),
            b'2' => Some((Tok::Day, 1)),
            b'_' if at(i, "_2006") => return (&l[..i + 1], Some(Tok::LongYear), &l[i + 5..]),
            b'_' if at(i, "_2") => Some((Tok::UnderDay, 2)),
            b'_' if at(i, "__2") => Some((Tok::UnderYearDay, 3)),
            b'3' => Some((Tok::Hour12, 1)),
            b'4' => Some((Tok::Minute, 1)),
            b'5' => Some((Tok::Second, 1)),
            b'P' if at(i, "PM") => Some((Tok::PM(true), 2)),
            b'p' if at(i, "pm") => Some((Tok::PM(false), 2)),
            c @ (b'-' | b'Z') => {
                let iso = c == b'Z';
                let z = if iso { "Z" } else { "-" };
                let forms = [
                    ("070000", false, true, true),
                    ("07:00:00", true, true, true),
                    ("0700", false, true, false),
                    ("07:00", true, true, false),
                    ("07", false, false, false),
                ];
                forms
                    .iter()
                    .find(|f| at(i, &format!("{z}{}", f.0)))
                    .map(|f| (Tok::Zone { iso, colon: f.1, mins: f.2, secs: f.3 }, 1 + f.0.len()))
            }
            c @ (b'.' | b',') if matches!(l.get(i + 1), Some(b'0' | b'9')) => {
                let ch = l[i + 1];
                let n = l[i + 1..].iter().take_while(|&&x| x == ch).count();
                if l.get(i + 1 + n).is_some_and(u8::is_ascii_digit) {
                    None
                } else {
                    Some((Tok::Frac { sep: c as char, digits: n, trim: ch == b'9' }, 1 + n))
                }
            }
            _ => None,
        };
        if let Some((tok, n)) = found {
            return (&l[..i], Some(tok), &l[i + n..]);
        }
    }
    (l, None, &[])
}

fn int(args: &[Value], i: usize) -> Option<i64> {
    match args.get(i) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    }
}

fn text(args: &[Value], i: usize) -> Vec<u8> {
    match args.get(i) {
        Some(Value::Str(s)) => s.to_vec(),
        _ => Vec::new(),
    }
}

/// `time.ParseDuration` of a valid duration (errors are refused).
fn parse_duration(s: &[u8]) -> Option<i64> {
    let (neg, mut s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if s == b"0" {
        return Some(0);
    }
    if s.is_empty() {
        return None;
    }
    let mut d: u64 = 0;
    while !s.is_empty() {
        let nd = s.iter().take_while(|c| c.is_ascii_digit()).count();
        let mut v: u64 = 0;
        for &c in &s[..nd] {
            v = v.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
            if v > 1 << 63 {
                return None;
            }
        }
        s = &s[nd..];
        let (mut f, mut scale, mut post) = (0u64, 1f64, false);
        if s.first() == Some(&b'.') {
            s = &s[1..];
            let nf = s.iter().take_while(|c| c.is_ascii_digit()).count();
            let mut overflow = false;
            for &c in &s[..nf] {
                if overflow || f > (i64::MAX as u64) / 10 {
                    overflow = true;
                    continue;
                }
                let y = f * 10 + u64::from(c - b'0');
                if y > 1 << 63 {
                    overflow = true;
                    continue;
                }
                f = y;
                scale *= 10.0;
            }
            post = nf > 0;
            s = &s[nf..];
        }
        if nd == 0 && !post {
            return None;
        }
        let nu = s.iter().take_while(|&&c| c != b'.' && !c.is_ascii_digit()).count();
        let unit: u64 = match &s[..nu] {
            b"ns" => 1,
            // us, µs (U+00B5), μs (U+03BC)
            b"us" | [0xc2, 0xb5, b's'] | [0xce, 0xbc, b's'] => 1_000,
            b"ms" => 1_000_000,
            b"s" => 1_000_000_000,
            b"m" => 60_000_000_000,
            b"h" => 3_600_000_000_000,
            _ => return None,
        };
        s = &s[nu..];
        if v > (1 << 63) / unit {
            return None;
        }
        v *= unit;
        if f > 0 {
            v += (f as f64 * (unit as f64 / scale)) as u64;
            if v > 1 << 63 {
                return None;
            }
        }
        d += v;
        if d > 1 << 63 {
            return None;
        }
    }
    if neg {
        return Some((d as i64).wrapping_neg());
    }
    i64::try_from(d).ok()
}

pub fn call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    if !name.starts_with("time.") || name.starts_with("time.Duration.") {
        return None;
    }
    let r = (|| -> R<Vec<Value>> {
        let one = |v: Value| Ok(vec![v]);
        if let Some(m) = name.strip_prefix("time.Time.") {
            let t = it.time_of(args.first(), span)?;
            let other = |it: &mut Interp| it.time_of(args.get(1), span);
            let order = |a: &T, b: &T| (a.sec, a.nsec).cmp(&(b.sec, b.nsec));
            return match m {
                "Add" => {
                    let d = int(args, 1).unwrap_or(0);
                    let v = it.time_val(t.sec + d.div_euclid(NS), t.nsec + d.rem_euclid(NS), t.loc);
                    one(v)
                }
                "Sub" => {
                    let u = other(it)?;
                    let d =
                        i128::from(t.sec - u.sec) * i128::from(NS) + i128::from(t.nsec - u.nsec);
                    one(Value::Int(d.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64))
                }
                "After" | "Before" | "Equal" | "Compare" => {
                    let o = order(&t, &other(it)?);
                    one(match m {
                        "After" => Value::Bool(o.is_gt()),
                        "Before" => Value::Bool(o.is_lt()),
                        "Equal" => Value::Bool(o.is_eq()),
                        _ => Value::Int(o as i64),
                    })
                }
                "IsZero" => one(Value::Bool(t.sec == 0 && t.nsec == 0)),
                "Unix" => one(Value::Int(t.sec - UNIX_TO_INTERNAL)),
                "UnixMilli" | "UnixMicro" | "UnixNano" => {
                    let per = match m {
                        "UnixMilli" => 1_000,
                        "UnixMicro" => 1_000_000,
                        _ => NS,
                    };
                    let u = (t.sec - UNIX_TO_INTERNAL).wrapping_mul(per);
                    one(Value::Int(u.wrapping_add(t.nsec / (NS / per))))
                }
                "Nanosecond" => one(Value::Int(t.nsec)),
                "UTC" => one(it.time_val(t.sec, t.nsec, Value::Ptr(None))),
                "In" => match args.get(1) {
                    Some(l @ Value::Ptr(Some(_))) => {
                        it.zone_of(l, span)?;
                        one(it.time_val(t.sec, t.nsec, l.clone()))
                    }
                    _ => Err(it.unsupported(span, "Time.In with a nil Location (panics)")),
                },
                "Location" => match &t.loc {
                    Value::Ptr(None) => one(std_var(it, "UTC").unwrap_or(Value::Ptr(None))),
                    l => one(l.clone()),
                },
                "Truncate" | "Round" => {
                    let d = int(args, 1).unwrap_or(0);
                    if d <= 0 {
                        return one(it.time_val(t.sec, t.nsec, t.loc));
                    }
                    if t.sec < 0 {
                        return Err(it.unsupported(span, "rounding a time before year 1"));
                    }
                    let total = i128::from(t.sec) * i128::from(NS) + i128::from(t.nsec);
                    let r = total % i128::from(d);
                    let back = m == "Truncate" || r + r < i128::from(d);
                    let new = if back { total - r } else { total + (i128::from(d) - r) };
                    let (s, n) = (new / i128::from(NS), new % i128::from(NS));
                    one(it.time_val(s as i64, n as i64, t.loc))
                }
                "AddDate" => {
                    let (c, _, _) = it.civil(&t, span)?;
                    let (y, mo, d) = (
                        int(args, 1).unwrap_or(0),
                        int(args, 2).unwrap_or(0),
                        int(args, 3).unwrap_or(0),
                    );
                    let f = [c.year + y, c.month + mo, c.day + d, c.hour, c.min, c.sec, t.nsec];
                    let loc = match &t.loc {
                        Value::Ptr(None) => std_var(it, "UTC").unwrap_or(Value::Ptr(None)),
                        l => l.clone(),
                    };
                    Ok(vec![it.date(f, loc, span)?])
                }
                "Format" | "String" => {
                    let layout = if m == "String" {
                        b"2006-01-02 15:04:05.999999999 -0700 MST".to_vec()
                    } else {
                        text(args, 1)
                    };
                    let s = it.format_time(&t, &layout, span)?;
                    one(str_val(&s))
                }
                "Zone" => {
                    let (name, off) = it.zone_of(&t.loc, span)?;
                    Ok(vec![str_val(&name), Value::Int(off)])
                }
                "ISOWeek" => {
                    // The week's Thursday decides the year.
                    let (c, _, _) = it.civil(&t, span)?;
                    let iso_wd = (c.wday + 6) % 7 + 1;
                    let thu = T { sec: t.sec + (4 - iso_wd) * DAY, ..t };
                    let (c, _, _) = it.civil(&thu, span)?;
                    Ok(vec![Value::Int(c.year), Value::Int((c.yday - 1) / 7 + 1)])
                }
                _ => {
                    let (c, _, _) = it.civil(&t, span)?;
                    match m {
                        "Year" => one(Value::Int(c.year)),
                        "Month" => one(Value::Int(c.month)),
                        "Day" => one(Value::Int(c.day)),
                        "YearDay" => one(Value::Int(c.yday)),
                        "Weekday" => one(Value::Int(c.wday)),
                        "Hour" => one(Value::Int(c.hour)),
                        "Minute" => one(Value::Int(c.min)),
                        "Second" => one(Value::Int(c.sec)),
                        "Date" => {
                            Ok(vec![Value::Int(c.year), Value::Int(c.month), Value::Int(c.day)])
                        }
                        "Clock" => {
                            Ok(vec![Value::Int(c.hour), Value::Int(c.min), Value::Int(c.sec)])
                        }
                        _ => Err(it.unsupported(span, &format!("std method {name}"))),
                    }
                }
            };
        }
        match name {
            "time.Date" => {
                let mut f = [0; 7];
                for (i, x) in f.iter_mut().enumerate() {
                    *x = int(args, i).unwrap_or(0);
                }
                let loc = args.get(7).cloned().unwrap_or(Value::Ptr(None));
                Ok(vec![it.date(f, loc, span)?])
            }
            "time.Unix" | "time.UnixMilli" | "time.UnixMicro" => {
                let (sec, nsec) = match name {
                    "time.Unix" => (int(args, 0).unwrap_or(0), int(args, 1).unwrap_or(0)),
                    "time.UnixMilli" => norm(0, int(args, 0).unwrap_or(0), 1_000),
                    _ => norm(0, int(args, 0).unwrap_or(0), 1_000_000),
                };
                let nsec = match name {
                    "time.UnixMilli" => nsec * 1_000_000,
                    "time.UnixMicro" => nsec * 1_000,
                    _ => nsec,
                };
                let (sec, nsec) = norm(sec, nsec, NS);
                // Go's Unix times are in the local zone.
                let local = std_var(it, "Local").unwrap_or(Value::Ptr(None));
                let sec = sec
                    .checked_add(UNIX_TO_INTERNAL)
                    .ok_or_else(|| it.unsupported(span, "a time this far from year 1"))?;
                one(it.time_val(sec, nsec, local))
            }
            "time.FixedZone" => {
                let n = String::from_utf8_lossy(&text(args, 0)).into_owned();
                if n.is_empty() {
                    return Err(it.unsupported(span, "time.FixedZone without a name"));
                }
                one(location(&n, Some(int(args, 1).unwrap_or(0))))
            }
            "time.ParseDuration" => match parse_duration(&text(args, 0)) {
                Some(d) => Ok(vec![Value::Int(d), Value::Iface(None)]),
                None => Err(it.unsupported(span, "time.ParseDuration of an invalid duration")),
            },
            "time.Parse" => {
                let v = it.parse_time(&text(args, 0), &text(args, 1), span)?;
                Ok(vec![v, Value::Iface(None)])
            }
            "time.Month.String" | "time.Weekday.String" => {
                let n = int(args, 0).unwrap_or(-1);
                let (names, ty, base): (&[&str], &str, i64) = if name == "time.Month.String" {
                    (&MONTHS, "Month", 1)
                } else {
                    (&DAYS, "Weekday", 0)
                };
                let s = match usize::try_from(n - base).ok().and_then(|i| names.get(i)) {
                    Some(s) => s.to_string(),
                    None => format!("%!{ty}({n})"),
                };
                one(str_val(&s))
            }
            "time.Location.String" => match args.first() {
                Some(Value::Ptr(Some(p))) => match p.load() {
                    Some(Value::Struct(f)) => one(f[0].clone()),
                    _ => Err(it.unsupported(span, name)),
                },
                // A nil *Location is UTC.
                _ => one(str_val("UTC")),
            },
            _ => Err(it.unsupported(span, &format!("std function {name}"))),
        }
    })();
    Some(r)
}
