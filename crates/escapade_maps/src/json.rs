//! A small JSON reader/writer for the oracle's JSON-lines schema (no dependencies).

/// A parsed JSON value. Numbers keep their text so 64-bit integers survive exactly; objects
/// keep their key order.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number, as written.
    Num(String),
    /// A string.
    Str(String),
    /// An array.
    Arr(Vec<Value>),
    /// An object (key order preserved).
    Obj(Vec<(String, Value)>),
}

/// A JSON syntax error at a byte offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Byte offset in the input.
    pub pos: usize,
    /// What was wrong.
    pub msg: String,
}

impl Value {
    /// The member `k` of an object.
    pub fn get(&self, k: &str) -> Option<&Value> {
        match self {
            Value::Obj(m) => m.iter().find(|(n, _)| n == k).map(|(_, v)| v),
            _ => None,
        }
    }
    /// An integer number.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Num(s) => s.parse().ok(),
            _ => None,
        }
    }
    /// Any number as f64.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Num(s) => s.parse().ok(),
            _ => None,
        }
    }
    /// A string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
    /// A hex string `"0x..."` as u64.
    pub fn as_hex(&self) -> Option<u64> {
        let s = self.as_str()?;
        u64::from_str_radix(s.strip_prefix("0x")?, 16).ok()
    }
    /// An array's items.
    pub fn as_arr(&self) -> Option<&[Value]> {
        match self {
            Value::Arr(a) => Some(a),
            _ => None,
        }
    }
    /// A boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

/// Parses one JSON document.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let mut p = Parser { s: text.as_bytes(), i: 0, depth: 0 };
    p.ws();
    let v = p.value()?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.err("trailing characters"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn err(&self, msg: &str) -> JsonError {
        JsonError { pos: self.i, msg: msg.to_string() }
    }
    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }
    fn lit(&mut self, w: &str, v: Value) -> Result<Value, JsonError> {
        if self.s[self.i..].starts_with(w.as_bytes()) {
            self.i += w.len();
            Ok(v)
        } else {
            Err(self.err("invalid literal"))
        }
    }
    fn value(&mut self) -> Result<Value, JsonError> {
        self.depth += 1;
        if self.depth > 200 {
            return Err(self.err("nesting too deep"));
        }
        let r = match self.s.get(self.i) {
            None => Err(self.err("unexpected end of input")),
            Some(b'n') => self.lit("null", Value::Null),
            Some(b't') => self.lit("true", Value::Bool(true)),
            Some(b'f') => self.lit("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::Str),
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b']') {
                    self.i += 1;
                } else {
                    loop {
                        self.ws();
                        items.push(self.value()?);
                        self.ws();
                        match self.s.get(self.i) {
                            Some(b',') => self.i += 1,
                            Some(b']') => {
                                self.i += 1;
                                break;
                            }
                            _ => return Err(self.err("expected , or ]")),
                        }
                    }
                }
                Ok(Value::Arr(items))
            }
            Some(b'{') => {
                self.i += 1;
                let mut m = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b'}') {
                    self.i += 1;
                } else {
                    loop {
                        self.ws();
                        if self.s.get(self.i) != Some(&b'"') {
                            return Err(self.err("expected a key"));
                        }
                        let k = self.string()?;
                        self.ws();
                        if self.s.get(self.i) != Some(&b':') {
                            return Err(self.err("expected :"));
                        }
                        self.i += 1;
                        self.ws();
                        let v = self.value()?;
                        m.push((k, v));
                        self.ws();
                        match self.s.get(self.i) {
                            Some(b',') => self.i += 1,
                            Some(b'}') => {
                                self.i += 1;
                                break;
                            }
                            _ => return Err(self.err("expected , or }")),
                        }
                    }
                }
                Ok(Value::Obj(m))
            }
            Some(c) if *c == b'-' || c.is_ascii_digit() => {
                let st = self.i;
                self.i += 1;
                while self.i < self.s.len()
                    && matches!(self.s[self.i], b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-')
                {
                    self.i += 1;
                }
                let t = String::from_utf8_lossy(&self.s[st..self.i]).into_owned();
                if t.parse::<f64>().is_err() {
                    return Err(JsonError { pos: st, msg: "invalid number".into() });
                }
                Ok(Value::Num(t))
            }
            Some(_) => Err(self.err("unexpected character")),
        };
        self.depth -= 1;
        r
    }
    fn hex4(&mut self) -> Result<u32, JsonError> {
        let h = self.s.get(self.i..self.i + 4).ok_or_else(|| self.err("short \\u escape"))?;
        let v = std::str::from_utf8(h).ok().and_then(|h| u32::from_str_radix(h, 16).ok());
        self.i += 4;
        v.ok_or_else(|| self.err("bad \\u escape"))
    }
    fn string(&mut self) -> Result<String, JsonError> {
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let c = *self.s.get(self.i).ok_or_else(|| self.err("unterminated string"))?;
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let e = *self.s.get(self.i).ok_or_else(|| self.err("unterminated escape"))?;
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut cp = self.hex4()?;
                            if (0xd800..0xdc00).contains(&cp)
                                && self.s[self.i..].starts_with(b"\\u")
                            {
                                self.i += 2;
                                let lo = self.hex4()?;
                                cp = 0x10000
                                    + ((cp - 0xd800) << 10)
                                    + (lo.wrapping_sub(0xdc00) & 0x3ff);
                            }
                            char::from_u32(cp).unwrap_or('\u{fffd}')
                        }
                        _ => return Err(self.err("bad escape")),
                    };
                    let mut b = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut b).as_bytes());
                }
                _ => out.push(c),
            }
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    }
}

/// Appends `s` as a JSON string literal.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `v` as compact JSON.
pub fn write_value(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Num(n) => out.push_str(n),
        Value::Str(s) => write_str(out, s),
        Value::Arr(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, x);
            }
            out.push(']');
        }
        Value::Obj(m) => {
            out.push('{');
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(out, k);
                out.push(':');
                write_value(out, x);
            }
            out.push('}');
        }
    }
}

/// Numbers compare by value (integers exactly, others as f64); objects by key set.
fn num_eq(a: &str, b: &str) -> bool {
    match (a.parse::<i128>(), b.parse::<i128>()) {
        (Ok(x), Ok(y)) => x == y && (x != 0 || a.starts_with('-') == b.starts_with('-')),
        _ => match (a.parse::<f64>(), b.parse::<f64>()) {
            (Ok(x), Ok(y)) => x == y && x.is_sign_negative() == y.is_sign_negative(),
            _ => a == b,
        },
    }
}

/// Structural comparison of `ours` against `theirs`, appending one line per difference
/// (path: ours vs theirs) to `out`, at most `limit` lines. Object members named in `ignore`
/// are skipped; members in `optional` are compared only when `theirs` has them.
pub fn diff(
    ours: &Value,
    theirs: &Value,
    path: &str,
    ignore: &[&str],
    optional: &[&str],
    out: &mut Vec<String>,
    limit: usize,
) {
    if out.len() >= limit {
        return;
    }
    match (ours, theirs) {
        (Value::Num(a), Value::Num(b)) if num_eq(a, b) => {}
        (Value::Arr(a), Value::Arr(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                diff(x, y, &format!("{path}[{i}]"), ignore, optional, out, limit);
            }
        }
        (Value::Obj(a), Value::Obj(b)) => {
            for (k, x) in a {
                if ignore.contains(&k.as_str()) {
                    continue;
                }
                match theirs.get(k) {
                    Some(y) => diff(x, y, &format!("{path}.{k}"), ignore, optional, out, limit),
                    None if optional.contains(&k.as_str()) => {}
                    None => push_diff(
                        out,
                        limit,
                        format!("{path}.{k}: ours {} vs theirs (absent)", short(x)),
                    ),
                }
            }
            for (k, y) in b {
                if !ignore.contains(&k.as_str()) && ours.get(k).is_none() {
                    push_diff(
                        out,
                        limit,
                        format!("{path}.{k}: ours (absent) vs theirs {}", short(y)),
                    );
                }
            }
        }
        (a, b) if a == b => {}
        (a, b) => {
            push_diff(out, limit, format!("{path}: ours {} vs theirs {}", short(a), short(b)))
        }
    }
}

fn push_diff(out: &mut Vec<String>, limit: usize, s: String) {
    if out.len() < limit {
        out.push(s);
    }
}

fn short(v: &Value) -> String {
    let mut s = String::new();
    write_value(&mut s, v);
    if s.len() > 120 {
        let mut cut = 117;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push_str("...");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_diffs() {
        let v =
            parse(r#"{"a":[1,-0,"x\u00e9\n"],"b":{"c":null,"d":true},"h":"0x00000000000000ff"}"#)
                .unwrap();
        let mut s = String::new();
        write_value(&mut s, &v);
        assert_eq!(parse(&s).unwrap(), v);
        assert_eq!(v.get("h").unwrap().as_hex(), Some(255));
        let w = parse(r#"{"a":[1.0,0,"xé\n"],"b":{"c":null,"d":false}}"#).unwrap();
        let mut d = Vec::new();
        diff(&v, &w, "", &[], &[], &mut d, 10);
        assert_eq!(d.len(), 3, "{d:?}"); // -0 vs 0, d, h absent
        assert!(parse("{\"a\":}").is_err());
        assert!(parse("[1,2").is_err());
    }
}
