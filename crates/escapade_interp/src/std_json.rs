//! `encoding/json` as go1.27.3 runs it (the v1 API implemented on json/v2 with the v1 options):
//! `Marshal`, `MarshalIndent`, `Unmarshal`, `Valid`, `NewEncoder(w).Encode` (`SetIndent`,
//! `SetEscapeHTML`), `NewDecoder(r).Decode` (`UseNumber`, `More`), the error types with Go's
//! texts, `Marshaler`/`Unmarshaler`/`TextMarshaler`/`TextUnmarshaler` methods of the program,
//! `RawMessage` and `Number`.
//!
//! The input is parsed whole into a tree first (Go's `Unmarshal` validates before decoding, so
//! a syntax error leaves the target untouched), then decoded through pointers into the target
//! so merging follows Go: structs, pointees and existing slice elements are decoded in place,
//! map values start from zero, a type mismatch records the first `*json.UnmarshalTypeError`
//! and decoding goes on. Whatever is not modelled stops the run with `unsupported: …`.

use std::rc::Rc;

use escapade_base::Span;
use escapade_types::types::{BasicKind as BK, TypeKind};
use escapade_types::TypeId;

use crate::fmtfloat::FloatBits;
use crate::growslice::ElemLayout;
use crate::interp::{Ctrl, Interp, R};
use crate::value::*;

/// JSON nested deeper than this is refused (Go's limit is 10000; the parser recurses).
const MAX_NEST: u32 = 500;
/// Pointer/interface/container depth at which encoding is refused (Go starts detecting
/// cycles after 1000 levels and reports `encountered a cycle via T`).
const MAX_ENC_DEPTH: u32 = 900;

// -------------------------------------------------------------------------------------------
// Parsing

#[derive(Debug)]
enum J {
    Null,
    Bool(bool),
    /// The number's text is `input[start..end]`.
    Num,
    Str(Vec<u8>),
    Arr(Vec<Node>),
    Obj(Vec<(Vec<u8>, Node)>),
}

#[derive(Debug)]
struct Node {
    j: J,
    start: usize,
    end: usize,
}

impl Node {
    /// How Go's errors name the JSON kind.
    fn kind(&self) -> &'static str {
        match self.j {
            J::Null => "null",
            J::Bool(_) => "bool",
            J::Num => "number",
            J::Str(_) => "string",
            J::Arr(_) => "array",
            J::Obj(_) => "object",
        }
    }
}

/// A syntax error: Go's message and `Offset`, or the end of input (`unexpected end of JSON
/// input`), or a message Escapade does not model (refused).
#[derive(Debug)]
enum Syn {
    Msg(String, usize),
    Eof(usize),
    Unmodelled(&'static str),
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// `'c'` as Go's syntax errors quote the offending character, and its width.
fn quote_char(s: &[u8], at: usize) -> Option<(String, usize)> {
    match s.get(at)? {
        b'\'' => return Some(("'\\''".into(), 1)),
        b'"' => return Some(("'\"'".into(), 1)),
        _ => {}
    }
    let rest = s.get(at..)?;
    let (r, w) = *crate::interp::decode_runes(rest).first()?;
    if r == 0xFFFD && rest.get(..w) != Some("\u{FFFD}".as_bytes()) {
        // An invalid UTF-8 byte is shown as its escape (go1.27.3: `'\xff'`).
        return Some((format!("'\\x{:02x}'", rest[0]), 1));
    }
    let q = crate::quote::quote(&rest[..w], false)?;
    let inner = q.strip_prefix('"')?.strip_suffix('"')?;
    Some((format!("'{inner}'"), w))
}

impl<'a> Parser<'a> {
    fn ws(&mut self) {
        while self.i < self.s.len() && is_ws(self.s[self.i]) {
            self.i += 1;
        }
    }

    fn bad(&self, at: usize, ctx: &str) -> Syn {
        if at >= self.s.len() {
            return Syn::Eof(self.s.len());
        }
        match quote_char(self.s, at) {
            Some((q, w)) => Syn::Msg(format!("invalid character {q} {ctx}"), at + w),
            None => {
                Syn::Unmodelled("a JSON syntax error at a character Go would quote differently")
            }
        }
    }

    fn value(&mut self, depth: u32) -> Result<Node, Syn> {
        if depth > MAX_NEST {
            return Err(Syn::Unmodelled("JSON nested more than 500 levels deep"));
        }
        self.ws();
        let start = self.i;
        let Some(&c) = self.s.get(self.i) else { return Err(Syn::Eof(self.s.len())) };
        let j = match c {
            b'{' => self.object(depth)?,
            b'[' => self.array(depth)?,
            b'"' => J::Str(self.string()?),
            b't' => self.literal("true", J::Bool(true))?,
            b'f' => self.literal("false", J::Bool(false))?,
            b'n' => self.literal("null", J::Null)?,
            b'-' | b'0'..=b'9' => self.number()?,
            _ => return Err(self.bad(self.i, "looking for beginning of value")),
        };
        Ok(Node { j, start, end: self.i })
    }

    fn object(&mut self, depth: u32) -> Result<J, Syn> {
        self.i += 1;
        let mut out = Vec::new();
        self.ws();
        if self.s.get(self.i) == Some(&b'}') {
            self.i += 1;
            return Ok(J::Obj(out));
        }
        loop {
            self.ws();
            if self.s.get(self.i) != Some(&b'"') {
                return Err(self.bad(self.i, "looking for beginning of object key string"));
            }
            let k = self.string()?;
            self.ws();
            if self.s.get(self.i) != Some(&b':') {
                return Err(self.bad(self.i, "after object key"));
            }
            self.i += 1;
            let v = self.value(depth + 1)?;
            out.push((k, v));
            self.ws();
            match self.s.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(J::Obj(out));
                }
                _ => return Err(self.bad(self.i, "after object key:value pair")),
            }
        }
    }

    fn array(&mut self, depth: u32) -> Result<J, Syn> {
        self.i += 1;
        let mut out = Vec::new();
        self.ws();
        if self.s.get(self.i) == Some(&b']') {
            self.i += 1;
            return Ok(J::Arr(out));
        }
        loop {
            out.push(self.value(depth + 1)?);
            self.ws();
            match self.s.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(J::Arr(out));
                }
                _ => return Err(self.bad(self.i, "after array element")),
            }
        }
    }

    fn literal(&mut self, word: &str, j: J) -> Result<J, Syn> {
        for (k, &w) in word.as_bytes().iter().enumerate().skip(1) {
            let at = self.i + k;
            match self.s.get(at) {
                None => return Err(Syn::Eof(self.s.len())),
                Some(&b) if b == w => {}
                Some(_) => {
                    let ctx = format!("in literal {word} (expecting '{}')", w as char);
                    return Err(self.bad(at, &ctx));
                }
            }
        }
        self.i += word.len();
        Ok(j)
    }

    fn digits(&mut self) -> usize {
        let from = self.i;
        while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - from
    }

    /// A digit must follow; at the end of input Go reports the number's start as `Offset`.
    fn need_digit(&mut self, start: usize) -> Result<(), Syn> {
        match self.s.get(self.i) {
            Some(b) if b.is_ascii_digit() => Ok(()),
            None => Err(Syn::Eof(start)),
            _ => Err(self.bad(self.i, "in numeric literal")),
        }
    }

    fn number(&mut self) -> Result<J, Syn> {
        let start = self.i;
        if self.s[self.i] == b'-' {
            self.i += 1;
        }
        self.need_digit(start)?;
        if self.s[self.i] == b'0' {
            self.i += 1;
        } else {
            self.digits();
        }
        if self.s.get(self.i) == Some(&b'.') {
            self.i += 1;
            self.need_digit(start)?;
            self.digits();
        }
        if matches!(self.s.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.s.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            self.need_digit(start)?;
            self.digits();
        }
        Ok(J::Num)
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let h = self.s.get(at..at + 4)?;
        let t = std::str::from_utf8(h).ok()?;
        if !t.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(t, 16).ok()
    }

    /// A string token (the cursor at its `"`): its decoded bytes, invalid UTF-8 and lone
    /// surrogates replaced by U+FFFD.
    fn string(&mut self) -> Result<Vec<u8>, Syn> {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let Some(&c) = self.s.get(self.i) else { return Err(Syn::Eof(self.s.len())) };
            match c {
                b'"' => {
                    self.i += 1;
                    return Ok(out);
                }
                b'\\' => {
                    let Some(&e) = self.s.get(self.i + 1) else {
                        return Err(Syn::Eof(self.s.len()));
                    };
                    let simple = match e {
                        b'"' => Some(b'"'),
                        b'\\' => Some(b'\\'),
                        b'/' => Some(b'/'),
                        b'b' => Some(8),
                        b'f' => Some(12),
                        b'n' => Some(b'\n'),
                        b'r' => Some(b'\r'),
                        b't' => Some(b'\t'),
                        _ => None,
                    };
                    if let Some(b) = simple {
                        out.push(b);
                        self.i += 2;
                        continue;
                    }
                    if e != b'u' {
                        return Err(self.bad_escape(2));
                    }
                    let Some(r) = self.hex4(self.i + 2) else {
                        let avail = &self.s[self.i + 2..self.s.len().min(self.i + 6)];
                        if avail.len() < 4 && avail.iter().all(u8::is_ascii_hexdigit) {
                            return Err(Syn::Eof(self.s.len()));
                        }
                        return Err(self.bad_escape(6));
                    };
                    self.i += 6;
                    let mut r = r;
                    if (0xD800..0xDC00).contains(&r)
                        && self.s.get(self.i) == Some(&b'\\')
                        && self.s.get(self.i + 1) == Some(&b'u')
                    {
                        if let Some(lo) = self.hex4(self.i + 2) {
                            if (0xDC00..0xE000).contains(&lo) {
                                r = 0x10000 + ((r - 0xD800) << 10) + (lo - 0xDC00);
                                self.i += 6;
                            }
                        }
                    }
                    let ch = char::from_u32(r).unwrap_or('\u{FFFD}');
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                0..=0x1f => return Err(self.bad(self.i, "in string")),
                0x20..=0x7f => {
                    out.push(c);
                    self.i += 1;
                }
                _ => {
                    let (r, w) = crate::interp::decode_runes(&self.s[self.i..])
                        .first()
                        .copied()
                        .unwrap_or((0xFFFD, 1));
                    if r == 0xFFFD && w == 1 {
                        out.extend_from_slice("\u{FFFD}".as_bytes());
                    } else {
                        out.extend_from_slice(&self.s[self.i..self.i + w]);
                    }
                    self.i += w;
                }
            }
        }
    }

    /// `invalid escape sequence `\x` in string` showing `n` bytes from the backslash.
    fn bad_escape(&self, n: usize) -> Syn {
        let seq = &self.s[self.i..self.s.len().min(self.i + n)];
        match std::str::from_utf8(seq) {
            Ok(t) => {
                Syn::Msg(format!("invalid escape sequence `{t}` in string"), self.i + seq.len())
            }
            Err(_) => Syn::Unmodelled("an invalid escape sequence with invalid UTF-8"),
        }
    }
}

/// One complete JSON text (whitespace around it allowed).
fn parse_all(s: &[u8]) -> Result<Node, Syn> {
    let mut p = Parser { s, i: 0 };
    let n = p.value(0)?;
    p.ws();
    if p.i < s.len() {
        return Err(p.bad(p.i, "after top-level value"));
    }
    Ok(n)
}

// -------------------------------------------------------------------------------------------
// Values and types

/// A `[]byte` result whose capacity Go's allocation decides (not modelled): `cap` of it and
/// appends that depend on it are refused.
fn result_bytes(b: &[u8]) -> Value {
    let s = byte_slice(b);
    Value::Slice(Slice { alt_cap: s.cap + 1, ..s })
}

fn string_val(b: &[u8]) -> Value {
    Value::Str(Rc::from(b))
}

fn boxed(t: TypeId, v: Value) -> Value {
    Value::Iface(Some(Rc::new((Dyn::Go(t), v))))
}

/// A type declared in package `encoding/json`.
fn json_type(it: &mut Interp, name: &str) -> Option<TypeId> {
    pkg_type(it, "encoding/json", name)
}

/// A type declared at package level in the loaded package `path`.
fn pkg_type(it: &mut Interp, path: &str, name: &str) -> Option<TypeId> {
    let pkg = it.ck.pkgs.iter().find(|p| p.path == path)?;
    let scope = pkg.scope;
    let obj = *it.ck.scopes.get(scope.0 as usize)?.names.get(name)?;
    let t = it.ck.obj_type(obj);
    (!it.ck.types.is_invalid(t)).then_some(t)
}

/// A `reflect.Type` field of an error: an interface whose dynamic type is `**t` with no
/// payload, so that printing it is refused while the error texts can name `t`.
fn reflect_type_marker(it: &mut Interp, t: TypeId) -> Value {
    let p = it.ck.types.pointer(t);
    let pp = it.ck.types.pointer(p);
    boxed(pp, Value::Tuple(Vec::new()))
}

fn marker_type(it: &mut Interp, v: &Value) -> Option<TypeId> {
    let Value::Iface(Some(p)) = v else { return None };
    let (Dyn::Go(pp), Value::Tuple(_)) = (&p.0, &p.1) else { return None };
    let TypeKind::Pointer(p) = it.ck.types.kind(*pp).clone() else { return None };
    match it.ck.types.kind(p).clone() {
        TypeKind::Pointer(t) => Some(t),
        _ => None,
    }
}

/// A `*json.NAME` error holding `fields`.
fn json_error(it: &mut Interp, name: &str, fields: Vec<Value>, span: Span) -> R<Value> {
    let Some(t) = json_type(it, name) else {
        return Err(it.unsupported(span, &format!("json.{name} (type not found)")));
    };
    let pt = it.ck.types.pointer(t);
    Ok(boxed(pt, Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(fields)))))))
}

fn syntax_error(it: &mut Interp, msg: &str, off: usize, span: Span) -> R<Value> {
    json_error(it, "SyntaxError", vec![string_val(msg.as_bytes()), Value::Int(off as i64)], span)
}

fn syn_to_error(it: &mut Interp, e: Syn, span: Span) -> R<Value> {
    match e {
        Syn::Msg(m, off) => syntax_error(it, &m, off, span),
        Syn::Eof(off) => syntax_error(it, "unexpected end of JSON input", off, span),
        Syn::Unmodelled(what) => Err(it.unsupported(span, what)),
    }
}

fn go_name(it: &mut Interp, t: TypeId, span: Span) -> R<String> {
    match it.runtime_type_name(t, 0) {
        Some(n) => Ok(n),
        None => Err(it.unsupported(span, "a JSON error naming a type the evaluator cannot name")),
    }
}

const RFC3339: &str = "2006-01-02T15:04:05Z07:00";
const RFC3339_NANO: &str = "2006-01-02T15:04:05.999999999Z07:00";

fn std_time_call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> R<Vec<Value>> {
    crate::std_time::call(it, name, args, span)
        .unwrap_or_else(|| Err(it.unsupported(span, &format!("std function {name}"))))
}

fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| crate::uni::is("IsUpper", c as i64) == Some(true))
}

/// `reflect.StructTag.Get(key)`.
fn tag_get(tag: &str, key: &str) -> Option<String> {
    let mut t = tag;
    loop {
        t = t.trim_start_matches(' ');
        if t.is_empty() {
            return None;
        }
        let n = t.bytes().take_while(|&b| b > b' ' && b != b':' && b != b'"' && b != 0x7f).count();
        if n == 0 || t.as_bytes().get(n) != Some(&b':') || t.as_bytes().get(n + 1) != Some(&b'"') {
            return None;
        }
        let name = &t[..n];
        t = &t[n + 1..];
        let mut i = 1;
        let b = t.as_bytes();
        while i < b.len() && b[i] != b'"' {
            if b[i] == b'\\' {
                i += 1;
            }
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        let quoted = &t[..=i];
        t = &t[i + 1..];
        if name == key {
            return crate::sconv::unquote(quoted.as_bytes())
                .ok()
                .flatten()
                .map(|v| String::from_utf8_lossy(&v).into_owned());
        }
    }
}

/// `strings.EqualFold`: equal under Unicode simple case folding (invalid UTF-8 bytes read as
/// U+FFFD).
fn equal_fold(a: &[u8], b: &[u8]) -> bool {
    let (ra, rb) = (crate::interp::decode_runes(a), crate::interp::decode_runes(b));
    ra.len() == rb.len()
        && ra.iter().zip(&rb).all(|(&(x, _), &(y, _))| {
            if x == y {
                return true;
            }
            let (x, y) = (i64::from(x.min(y)), i64::from(x.max(y)));
            if y < 0x80 {
                return (x as u8).is_ascii_uppercase() && y == x + 32;
            }
            // Walk the fold orbit of the smaller rune (at most 4 steps in Unicode).
            let mut r = crate::uni::to("SimpleFold", x).unwrap_or(x);
            for _ in 0..8 {
                if r == y {
                    return true;
                }
                if r == x {
                    break;
                }
                r = crate::uni::to("SimpleFold", r).unwrap_or(x);
            }
            false
        })
}

fn valid_tag_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            "!#$%&()*+-./:;<=>?@[]^_{|}~ ".contains(c)
                || crate::uni::is("IsLetter", c as i64) == Some(true)
                || crate::uni::is("IsDigit", c as i64) == Some(true)
        })
}

/// One JSON member of a struct type (after Go's embedding and dominance rules).
#[derive(Clone, Debug)]
struct JField {
    name: String,
    tagged: bool,
    /// Field indexes from the outer struct through embedded structs.
    index: Vec<usize>,
    omit_empty: bool,
    omit_zero: bool,
    quoted: bool,
}

/// Go's `typeFields`: exported fields, embedded structs' fields promoted breadth-first, the
/// shallowest (then the tagged) field winning each name, ambiguous names dropped.
fn type_fields(it: &mut Interp, t: TypeId, span: Span) -> R<Vec<JField>> {
    struct Cand {
        typ: TypeId,
        index: Vec<usize>,
    }
    let mut fields: Vec<JField> = Vec::new();
    let mut next = vec![Cand { typ: t, index: Vec::new() }];
    let mut next_count: Vec<(TypeId, u32)> = Vec::new();
    let mut visited: Vec<TypeId> = Vec::new();
    let mut rounds = 0;
    while !next.is_empty() {
        rounds += 1;
        if rounds > 64 {
            return Err(it.unsupported(span, "JSON fields embedded this deeply"));
        }
        let current = std::mem::take(&mut next);
        let count = std::mem::take(&mut next_count);
        for f in current {
            if visited.iter().any(|&v| it.ck.identical(v, f.typ)) {
                continue;
            }
            visited.push(f.typ);
            let TypeKind::Struct(sfs) = it.ukind(f.typ) else { continue };
            for (i, sf) in sfs.iter().enumerate() {
                if sf.embedded {
                    let mut et = sf.ty;
                    if let TypeKind::Pointer(e) = it.ck.types.kind(et).clone() {
                        et = e;
                    }
                    if !is_exported(&sf.name) && !matches!(it.ukind(et), TypeKind::Struct(_)) {
                        continue;
                    }
                } else if !is_exported(&sf.name) {
                    continue;
                }
                let tag = sf.tag.as_deref().and_then(|t| tag_get(t, "json")).unwrap_or_default();
                if tag == "-" {
                    continue;
                }
                let (name, opts) = match tag.split_once(',') {
                    Some((n, o)) => (n.to_string(), o.to_string()),
                    None => (tag.clone(), String::new()),
                };
                // json/v2 reads more options (inline, format:…, case:…, quoted names) and
                // rejects unknown or repeated ones even in v1 mode: only v1's are modelled.
                let mut seen: Vec<&str> = Vec::new();
                for o in opts.split(',').filter(|o| !o.is_empty()) {
                    if !matches!(o, "omitempty" | "omitzero" | "string") || seen.contains(&o) {
                        return Err(it.unsupported(span, &format!("the json tag option {o:?}")));
                    }
                    seen.push(o);
                }
                if name.starts_with('\'') {
                    return Err(it.unsupported(span, "a quoted json tag name"));
                }
                let name = if valid_tag_name(&name) { name } else { String::new() };
                let has = |o: &str| opts.split(',').any(|x| x == o);
                let mut index = f.index.clone();
                index.push(i);
                let mut ft = sf.ty;
                if it.ck.types.named(ft).is_none() {
                    if let TypeKind::Pointer(e) = it.ck.types.kind(ft).clone() {
                        ft = e;
                    }
                }
                let quoted = has("string")
                    && matches!(it.ukind(ft), TypeKind::Basic(k) if k.is_numeric() && !k.is_complex() || k.is_boolean() || k.is_string());
                let is_struct = matches!(it.ukind(ft), TypeKind::Struct(_));
                if !name.is_empty() || !sf.embedded || !is_struct {
                    let tagged = !name.is_empty();
                    let name = if tagged { name } else { sf.name.clone() };
                    let fld = JField {
                        name,
                        tagged,
                        index,
                        omit_empty: has("omitempty"),
                        omit_zero: has("omitzero"),
                        quoted,
                    };
                    let dup = count.iter().any(|&(ct, n)| n > 1 && it.ck.identical(ct, f.typ));
                    if dup {
                        fields.push(fld.clone());
                    }
                    fields.push(fld);
                    continue;
                }
                let mut seen = false;
                for e in next_count.iter_mut() {
                    if it.ck.identical(e.0, ft) {
                        e.1 += 1;
                        seen = true;
                    }
                }
                if !seen {
                    next_count.push((ft, 1));
                    next.push(Cand { typ: ft, index });
                }
            }
        }
    }
    escapade_base::sort::stable_sort_by(&mut fields, |a, b| {
        a.name
            .cmp(&b.name)
            .then(a.index.len().cmp(&b.index.len()))
            .then(b.tagged.cmp(&a.tagged))
            .then(a.index.cmp(&b.index))
    });
    let mut out = Vec::new();
    let mut i = 0;
    while i < fields.len() {
        let mut j = i + 1;
        while j < fields.len() && fields[j].name == fields[i].name {
            j += 1;
        }
        let group = &fields[i..j];
        let dominant = group.len() == 1
            || group[0].index.len() != group[1].index.len()
            || group[0].tagged != group[1].tagged;
        if dominant {
            out.push(group[0].clone());
        }
        i = j;
    }
    escapade_base::sort::stable_sort_by(&mut out, |a, b| a.index.cmp(&b.index));
    Ok(out)
}

/// The method `name` of `t` if it has the shape of a JSON/text (un)marshaler method: (whether
/// it is declared by the program, whether it has a pointer receiver).
fn marshal_method(it: &mut Interp, t: TypeId, name: &str) -> Option<(bool, bool)> {
    let (obj, _) = it.find_method(t, name)?;
    let user = it
        .ck
        .obj(obj)
        .pkg
        .and_then(|p| it.ck.pkgs.get(p.0 as usize))
        .is_some_and(|p| p.path == "main");
    let ptr_recv = it
        .ck
        .method_recv
        .get(&obj)
        .is_some_and(|&r| matches!(it.ck.types.kind(r), TypeKind::Pointer(_)));
    Some((user, ptr_recv))
}

fn elem_layout(it: &mut Interp, elem: TypeId) -> ElemLayout {
    let (size, _) = it.ck.size_align(elem);
    let pf = it.ck.pointer_free(elem);
    ElemLayout::new(size, !pf)
}

// -------------------------------------------------------------------------------------------
// Encoding

/// Why encoding stopped: the interpreter stopped, or a Go error value to return.
enum Fail {
    Ctrl(Ctrl),
    Go(Value),
}

impl From<Ctrl> for Fail {
    fn from(c: Ctrl) -> Fail {
        Fail::Ctrl(c)
    }
}

type F<T> = Result<T, Fail>;

struct Enc<'a, 'o> {
    it: &'a mut Interp<'o>,
    span: Span,
    html: bool,
    out: Vec<u8>,
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `s` as a JSON string: `\"`, `\\`, `\b \f \n \r \t`, other controls as `\u00XX`,
/// `<>&` as `\u003c…` when escaping HTML, U+2028/U+2029 escaped, invalid UTF-8 as U+FFFD.
fn quote_json(out: &mut Vec<u8>, s: &[u8], html: bool) {
    out.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c < 0x80 {
            match c {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                8 => out.extend_from_slice(b"\\b"),
                12 => out.extend_from_slice(b"\\f"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                b'<' | b'>' | b'&' if html => {
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[(c >> 4) as usize]);
                    out.push(HEX[(c & 15) as usize]);
                }
                0..=0x1f => {
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[(c >> 4) as usize]);
                    out.push(HEX[(c & 15) as usize]);
                }
                _ => out.push(c),
            }
            i += 1;
            continue;
        }
        let (r, w) = crate::interp::decode_runes(&s[i..]).first().copied().unwrap_or((0xFFFD, 1));
        if r == 0xFFFD && w == 1 {
            out.extend_from_slice("\u{FFFD}".as_bytes());
        } else if r == 0x2028 || r == 0x2029 {
            out.extend_from_slice(if r == 0x2028 { b"\\u2028" } else { b"\\u2029" });
        } else {
            out.extend_from_slice(&s[i..i + w]);
        }
        i += w;
    }
    out.push(b'"');
}

/// encoding/json's float text: shortest, `'f'` form unless the magnitude is below 1e-6 or at
/// least 1e21, then `'e'` with a one-digit negative exponent kept short (`1e-7`).
fn format_json_float(f: f64, bits: FloatBits) -> Option<String> {
    let abs = f.abs();
    let exp = abs != 0.0
        && match bits {
            FloatBits::F64 => !(1e-6..1e21).contains(&abs),
            FloatBits::F32 => !(1e-6..1e21).contains(&(abs as f32)),
        };
    let mut s = crate::fmtfloat::format_float(f, if exp { b'e' } else { b'f' }, -1, bits)?;
    if exp {
        let b = s.as_bytes();
        let n = b.len();
        if n >= 4 && b[n - 4] == b'e' && b[n - 3] == b'-' && b[n - 2] == b'0' {
            s.remove(n - 2);
        }
    }
    Some(s)
}

fn map_entries(m: &Option<Rc<std::cell::RefCell<MapObj>>>) -> Vec<(Value, Value)> {
    match m {
        Some(m) => m.borrow_mut().map.iterate().into_iter().map(|(_, kv)| kv).collect(),
        None => Vec::new(),
    }
}

impl<'o> Enc<'_, 'o> {
    fn unsup<T>(&mut self, what: &str) -> F<T> {
        Err(Fail::Ctrl(self.it.unsupported(self.span, what)))
    }

    fn go_err<T>(&mut self, name: &str, fields: Vec<Value>) -> F<T> {
        let e = json_error(self.it, name, fields, self.span)?;
        Err(Fail::Go(e))
    }

    fn unsupported_type<T>(&mut self, t: TypeId) -> F<T> {
        let _ = go_name(self.it, t, self.span)?;
        let m = reflect_type_marker(self.it, t);
        self.go_err("UnsupportedTypeError", vec![m])
    }

    fn unsupported_value<T>(&mut self, text: &str) -> F<T> {
        // `Value reflect.Value` (typ_, ptr, flag): left zero; reading it is not modelled.
        let z = Value::Struct(vec![Value::Ptr(None), Value::Ptr(None), Value::Int(0)]);
        self.go_err("UnsupportedValueError", vec![z, string_val(text.as_bytes())])
    }

    /// Calls a marshaling method of the program and checks its results.
    fn call_method(&mut self, t: TypeId, v: Value, name: &str) -> F<Vec<u8>> {
        self.it.step(self.span)?;
        let clo = self.it.dyn_method(Dyn::Go(t), v, name, self.span)?;
        let r = self.it.call_closure(&clo, Vec::new(), self.span, false)?;
        match (r.first(), r.get(1)) {
            (Some(b @ Value::Slice(_)), Some(Value::Iface(None))) => Ok(bytes_of(b)),
            (Some(_), Some(err @ Value::Iface(Some(_)))) => {
                let err = err.clone();
                self.marshaler_error(t, err, name)
            }
            _ => self.unsup(&format!("{name} with an unexpected signature")),
        }
    }

    fn marshaler_error<T>(&mut self, t: TypeId, err: Value, name: &str) -> F<T> {
        // Go boxes the value into an addressable copy: the error names the pointer type.
        let pt = match self.it.ck.types.kind(t).clone() {
            TypeKind::Pointer(_) => t,
            _ => self.it.ck.types.pointer(t),
        };
        let _ = go_name(self.it, pt, self.span)?;
        let m = reflect_type_marker(self.it, pt);
        self.go_err("MarshalerError", vec![m, err, string_val(name.as_bytes())])
    }

    /// Encodes `v` of type `t`; `place` is where it lives when Go would see it addressable
    /// (through a pointer, a slice element, a field or element of an addressable value), which
    /// decides whether pointer-receiver marshal methods are called.
    fn value(&mut self, v: &Value, t: TypeId, place: Option<Ptr>, depth: u32) -> F<()> {
        if depth > MAX_ENC_DEPTH {
            return self.unsup("encoding JSON nested this deeply (possibly a cycle)");
        }
        let t = self.it.subst(t);
        let tname = self.it.runtime_type_name(t, 0).unwrap_or_default();
        if tname == "jsontext.Value" {
            // json.RawMessage: its bytes, validated and compacted (nil is `null`).
            let raw = bytes_of(v);
            if matches!(v, Value::Slice(s) if s.arr.is_none()) {
                self.out.extend_from_slice(b"null");
                return Ok(());
            }
            return self.raw(t, &raw, "MarshalJSON");
        }
        if tname == "json.Number" {
            let mut n = bytes_of(v);
            if n.is_empty() {
                n = b"0".to_vec();
            }
            match parse_all(&n) {
                Ok(Node { j: J::Num, start: 0, end }) if end == n.len() => {
                    self.out.extend_from_slice(&n);
                    return Ok(());
                }
                _ => return self.unsup("marshaling an invalid json.Number"),
            }
        }
        if tname == "time.Time" {
            // Time.MarshalJSON: RFC 3339 with nanoseconds, quoted (years outside 0..=9999
            // are an error in Go: refused).
            let year =
                std_time_call(self.it, "time.Time.Year", std::slice::from_ref(v), self.span)?;
            if !matches!(year.first(), Some(Value::Int(y)) if (0..=9999).contains(y)) {
                return self.unsup("marshaling a time.Time outside years 0..9999");
            }
            let layout = string_val(RFC3339_NANO.as_bytes());
            let r = std_time_call(self.it, "time.Time.Format", &[v.clone(), layout], self.span)?;
            let text = r.first().map(bytes_of).unwrap_or_default();
            let html = self.html;
            quote_json(&mut self.out, &text, html);
            return Ok(());
        }
        let nil_ptr = matches!(v, Value::Ptr(None));
        let special_elem = match self.it.ukind(t) {
            TypeKind::Pointer(e) => {
                let en = self.it.runtime_type_name(e, 0).unwrap_or_default();
                matches!(en.as_str(), "time.Time" | "json.Number" | "jsontext.Value")
            }
            _ => false,
        };
        let methods: &[(&str, bool)] =
            if special_elem { &[] } else { &[("MarshalJSON", false), ("MarshalText", true)] };
        for &(name, text) in methods {
            let (mt, recv) = match marshal_method(self.it, t, name) {
                Some((user, _)) => {
                    if !user {
                        return self.unsup(&format!("the std {name} of {tname}"));
                    }
                    (t, v.clone())
                }
                None => {
                    // A pointer-receiver method: called only on an addressable value.
                    let (false, Some(p)) =
                        (matches!(self.it.ukind(t), TypeKind::Pointer(_)), place.clone())
                    else {
                        continue;
                    };
                    let pt = self.it.ck.types.pointer(t);
                    match marshal_method(self.it, pt, name) {
                        Some((true, _)) => (pt, Value::Ptr(Some(p))),
                        Some((false, _)) => {
                            return self.unsup(&format!("the std {name} of {tname}"))
                        }
                        None => continue,
                    }
                }
            };
            if nil_ptr {
                self.out.extend_from_slice(b"null");
                return Ok(());
            }
            let b = self.call_method(mt, recv, name)?;
            if text {
                let html = self.html;
                quote_json(&mut self.out, &b, html);
                return Ok(());
            }
            return self.raw(t, &b, name);
        }
        match self.it.ukind(t) {
            TypeKind::Basic(k) => self.basic(v, t, k, false),
            TypeKind::Pointer(e) => match v {
                Value::Ptr(None) => {
                    self.out.extend_from_slice(b"null");
                    Ok(())
                }
                Value::Ptr(Some(p)) => match p.load() {
                    Some(x) => self.value(&x, e, Some(p.clone()), depth + 1),
                    None => self.unsup("a pointer the evaluator cannot follow"),
                },
                _ => self.unsup("this pointer value"),
            },
            TypeKind::Interface(_) => match v {
                Value::Iface(None) => {
                    self.out.extend_from_slice(b"null");
                    Ok(())
                }
                Value::Iface(Some(p)) => match p.0 {
                    Dyn::Go(dt) => {
                        let inner = p.1.clone();
                        self.value(&inner, dt, None, depth + 1)
                    }
                    _ => self.unsup("marshaling a std error value"),
                },
                _ => self.unsup("this interface value"),
            },
            TypeKind::Struct(_) => self.strukt(v, t, place, depth),
            TypeKind::Map(kt, vt) => self.map(v, t, kt, vt, depth),
            TypeKind::Slice(et) => {
                let Value::Slice(sl) = v else { return self.unsup("this slice value") };
                if sl.arr.is_none() {
                    self.out.extend_from_slice(b"null");
                    return Ok(());
                }
                if self.is_byte_elem(et) {
                    let b = bytes_of(v);
                    self.out.push(b'"');
                    base64_encode(&mut self.out, &b);
                    self.out.push(b'"');
                    return Ok(());
                }
                // Slice elements are always addressable.
                let elems = sl.to_vec();
                let places = (0..elems.len())
                    .map(|i| {
                        let arr = sl.arr.clone()?;
                        Some(Ptr { base: PtrBase::Elem(arr, sl.off + i), path: Vec::new() })
                    })
                    .collect();
                self.list(&elems, et, places, depth)
            }
            TypeKind::Array(_, et) => {
                let Value::Array(elems) = v else { return self.unsup("this array value") };
                let elems = elems.clone();
                let places =
                    (0..elems.len()).map(|i| place.as_ref().map(|p| p.with(i as u32))).collect();
                self.list(&elems, et, places, depth)
            }
            TypeKind::Chan(..) | TypeKind::Func(_) => self.unsupported_type(t),
            _ => self.unsup(&format!("marshaling {tname}")),
        }
    }

    /// Whether a slice of `et` is encoded as base64: a byte kind without marshaling methods.
    fn is_byte_elem(&mut self, et: TypeId) -> bool {
        if self.it.basic(et).map(|k| k.canonical()) != Some(BK::Uint8) {
            return false;
        }
        let pt = self.it.ck.types.pointer(et);
        ["MarshalJSON", "MarshalText"]
            .iter()
            .all(|m| self.it.find_method(et, m).is_none() && self.it.find_method(pt, m).is_none())
    }

    fn list(&mut self, elems: &[Value], et: TypeId, places: Vec<Option<Ptr>>, depth: u32) -> F<()> {
        self.out.push(b'[');
        for (i, x) in elems.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            self.value(x, et, places.get(i).cloned().flatten(), depth + 1)?;
        }
        self.out.push(b']');
        Ok(())
    }

    fn basic(&mut self, v: &Value, t: TypeId, k: BK, quoted: bool) -> F<()> {
        let k = k.canonical();
        let q = |s: &mut Self| {
            if quoted {
                s.out.push(b'"');
            }
        };
        match (k, v) {
            (BK::Bool, Value::Bool(b)) => {
                q(self);
                self.out.extend_from_slice(if *b { b"true" } else { b"false" });
                q(self);
            }
            (_, Value::Int(i)) if k.is_integer() => {
                q(self);
                let text = if k.is_unsigned() { (*i as u64).to_string() } else { i.to_string() };
                self.out.extend_from_slice(text.as_bytes());
                q(self);
            }
            (BK::Float32 | BK::Float64, Value::Float(f)) => {
                if f.is_nan() || f.is_infinite() {
                    let text = if f.is_nan() {
                        "NaN"
                    } else if *f > 0.0 {
                        "+Inf"
                    } else {
                        "-Inf"
                    };
                    return self.unsupported_value(text);
                }
                let bits = if k == BK::Float32 { FloatBits::F32 } else { FloatBits::F64 };
                let Some(s) = format_json_float(*f, bits) else {
                    return self.unsup("formatting this float");
                };
                q(self);
                self.out.extend_from_slice(s.as_bytes());
                q(self);
            }
            (BK::String, Value::Str(s)) => {
                let html = self.html;
                if quoted {
                    let mut inner = Vec::new();
                    quote_json(&mut inner, s, html);
                    quote_json(&mut self.out, &inner, html);
                } else {
                    quote_json(&mut self.out, s, html);
                }
            }
            (BK::Complex64 | BK::Complex128 | BK::UnsafePointer, _) => {
                return self.unsupported_type(t)
            }
            _ => return self.unsup("marshaling this basic value"),
        }
        Ok(())
    }

    /// Output of `MarshalJSON` (or a RawMessage): must be one valid JSON value; it is
    /// compacted, with HTML characters escaped when the encoder escapes HTML.
    fn raw(&mut self, t: TypeId, b: &[u8], name: &str) -> F<()> {
        match parse_all(b) {
            Ok(_) => {
                let html = self.html;
                compact(&mut self.out, b, html, true);
                Ok(())
            }
            Err(Syn::Unmodelled(w)) => self.unsup(w),
            Err(e) => {
                let e = syn_to_error(self.it, e, self.span)?;
                self.marshaler_error(t, e, name)
            }
        }
    }

    fn strukt(&mut self, v: &Value, t: TypeId, place: Option<Ptr>, depth: u32) -> F<()> {
        let fields = type_fields(self.it, t, self.span)?;
        self.out.push(b'{');
        let mut first = true;
        'fields: for f in &fields {
            // Walk the index path; a nil embedded pointer hides its fields.
            let mut cur = v.clone();
            let mut ct = t;
            let mut cplace = place.clone();
            for (n, &i) in f.index.iter().enumerate() {
                if n > 0 {
                    if let TypeKind::Pointer(e) = self.it.ukind(ct) {
                        (cur, cplace) = match cur {
                            Value::Ptr(None) => continue 'fields,
                            Value::Ptr(Some(p)) => match p.load() {
                                Some(x) => (x, Some(p)),
                                None => return self.unsup("an embedded pointer"),
                            },
                            _ => return self.unsup("an embedded pointer"),
                        };
                        ct = e;
                    }
                }
                cplace = cplace.map(|p| p.with(i as u32));
                let TypeKind::Struct(sfs) = self.it.ukind(ct) else {
                    return self.unsup("this struct value");
                };
                let (Value::Struct(vals), Some(sf)) = (&cur, sfs.get(i)) else {
                    return self.unsup("this struct value");
                };
                let Some(x) = vals.get(i).cloned() else { return self.unsup("this struct value") };
                cur = x;
                ct = sf.ty;
            }
            if f.omit_empty && self.empty(&cur, ct) {
                continue;
            }
            if f.omit_zero {
                if self.it.find_method(ct, "IsZero").is_some() {
                    return self.unsup("omitzero with an IsZero method");
                }
                if is_zero(&cur) {
                    continue;
                }
            }
            if !first {
                self.out.push(b',');
            }
            first = false;
            let html = self.html;
            quote_json(&mut self.out, f.name.as_bytes(), html);
            self.out.push(b':');
            if f.quoted {
                let mut qt = ct;
                let mut qv = cur.clone();
                if let TypeKind::Pointer(e) = self.it.ukind(ct) {
                    match &cur {
                        Value::Ptr(None) => {
                            self.out.extend_from_slice(b"null");
                            continue;
                        }
                        Value::Ptr(Some(p)) => {
                            qv = p.load().unwrap_or(Value::Tuple(Vec::new()));
                            qt = e;
                        }
                        _ => return self.unsup("this pointer value"),
                    }
                }
                let has_methods = ["MarshalJSON", "MarshalText"]
                    .iter()
                    .any(|m| self.it.find_method(qt, m).is_some());
                if has_methods {
                    return self.unsup("the string option on a type with marshaling methods");
                }
                if let Some(k) = self.it.basic(qt) {
                    self.basic(&qv, qt, k, true)?;
                    continue;
                }
            }
            self.value(&cur, ct, cplace, depth + 1)?;
        }
        self.out.push(b'}');
        Ok(())
    }

    /// `omitempty`: false, 0, "", nil pointers/interfaces, empty arrays, slices and maps.
    fn empty(&mut self, v: &Value, t: TypeId) -> bool {
        match (self.it.ukind(t), v) {
            (TypeKind::Array(n, _), _) => n == 0,
            (TypeKind::Map(..), Value::Map(m)) => {
                m.as_ref().is_none_or(|m| m.borrow_mut().map.iterate().is_empty())
            }
            (TypeKind::Slice(_), Value::Slice(s)) => s.len == 0,
            (TypeKind::Struct(_), _) => false,
            (_, Value::Bool(b)) => !b,
            (_, Value::Int(i)) => *i == 0,
            (_, Value::Float(f)) => *f == 0.0,
            (_, Value::Str(s)) => s.is_empty(),
            (_, Value::Ptr(p)) => p.is_none(),
            (_, Value::Iface(p)) => p.is_none(),
            _ => false,
        }
    }

    fn map(&mut self, v: &Value, t: TypeId, kt: TypeId, vt: TypeId, depth: u32) -> F<()> {
        let Value::Map(m) = v else { return self.unsup("this map value") };
        if m.is_none() {
            self.out.extend_from_slice(b"null");
            return Ok(());
        }
        let key_text = matches!(self.it.ukind(kt), TypeKind::Basic(k) if k.is_string());
        let key_int = matches!(self.it.ukind(kt), TypeKind::Basic(k) if k.is_integer());
        let pk = self.it.ck.types.pointer(kt);
        let has_text = ["MarshalText", "MarshalJSON"]
            .iter()
            .any(|n| self.it.find_method(kt, n).is_some() || self.it.find_method(pk, n).is_some());
        if has_text && key_text {
            return self.unsup("map keys of a string type with marshaling methods");
        }
        let with_text = marshal_method(self.it, kt, "MarshalText");
        if !key_text && !key_int && !matches!(with_text, Some((true, _))) {
            let _ = t;
            return self.unsup("marshaling a map with keys of this type");
        }
        if with_text.is_none() && has_text {
            return self.unsup("map keys with these marshaling methods");
        }
        let mut entries: Vec<(Vec<u8>, Value)> = Vec::new();
        for (k, x) in map_entries(m) {
            let ks = match (&k, self.it.basic(kt).map(|b| b.canonical())) {
                _ if with_text.is_some() => self.call_method(kt, k.clone(), "MarshalText")?,
                (Value::Str(s), _) => s.to_vec(),
                (Value::Int(i), Some(b)) if b.is_unsigned() => (*i as u64).to_string().into_bytes(),
                (Value::Int(i), _) => i.to_string().into_bytes(),
                _ => return self.unsup("this map key"),
            };
            entries.push((ks, x));
        }
        escapade_base::sort::stable_sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        self.out.push(b'{');
        for (i, (k, x)) in entries.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            let html = self.html;
            quote_json(&mut self.out, k, html);
            self.out.push(b':');
            self.value(x, vt, None, depth + 1)?;
        }
        self.out.push(b'}');
        Ok(())
    }
}

fn base64_encode(out: &mut Vec<u8>, b: &[u8]) {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for ch in b.chunks(3) {
        let n = (u32::from(ch[0]) << 16)
            | (u32::from(*ch.get(1).unwrap_or(&0)) << 8)
            | u32::from(*ch.get(2).unwrap_or(&0));
        out.push(A[(n >> 18) as usize & 63]);
        out.push(A[(n >> 12) as usize & 63]);
        out.push(if ch.len() > 1 { A[(n >> 6) as usize & 63] } else { b'=' });
        out.push(if ch.len() > 2 { A[n as usize & 63] } else { b'=' });
    }
}

/// Strict standard base64 with padding (`None` for anything else).
fn base64_decode(s: &[u8]) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(4) {
        return None;
    }
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::new();
    let chunks = s.len() / 4;
    for (ci, ch) in s.chunks(4).enumerate() {
        let last = ci + 1 == chunks;
        let pad = ch.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &ch[..4 - pad] {
            n = (n << 6) | val(c)?;
        }
        n <<= 6 * pad as u32;
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        // Non-zero bits in the padding are corrupt input for Go's strict decoder? Go's
        // StdEncoding is not strict; refuse them rather than guess.
        if (pad == 1 && bytes[2] != 0) || (pad == 2 && (bytes[1] != 0 || bytes[2] != 0)) {
            return None;
        }
        out.extend_from_slice(&bytes[..3 - pad]);
    }
    Some(out)
}

/// Compact valid JSON `b`: whitespace outside strings dropped; inside strings `<>&` escaped
/// when `html`, and U+2028/U+2029 when `js` (the encoder always; `json.Compact` never).
fn compact(out: &mut Vec<u8>, b: &[u8], html: bool, js: bool) {
    let mut in_str = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if in_str {
            match c {
                b'\\' => {
                    out.push(c);
                    if let Some(&n) = b.get(i + 1) {
                        out.push(n);
                    }
                    i += 2;
                    continue;
                }
                b'"' => in_str = false,
                b'<' | b'>' | b'&' if html => {
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[(c >> 4) as usize]);
                    out.push(HEX[(c & 15) as usize]);
                    i += 1;
                    continue;
                }
                0xE2 if js
                    && b.get(i + 1) == Some(&0x80)
                    && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) =>
                {
                    out.extend_from_slice(if b[i + 2] == 0xA8 { b"\\u2028" } else { b"\\u2029" });
                    i += 3;
                    continue;
                }
                _ => {}
            }
            out.push(c);
        } else if !is_ws(c) {
            if c == b'"' {
                in_str = true;
            }
            out.push(c);
        }
        i += 1;
    }
}

/// Go's `Indent` of compact valid JSON: members and elements on their own lines, each line
/// after the first starting with `prefix` and one `indent` per level; empty `{}`/`[]` kept.
fn indent(b: &[u8], prefix: &[u8], ind: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() * 2);
    let mut depth = 0usize;
    let mut in_str = false;
    let mut i = 0;
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        out.extend_from_slice(prefix);
        for _ in 0..depth {
            out.extend_from_slice(ind);
        }
    };
    while i < b.len() {
        let c = b[i];
        if in_str {
            out.push(c);
            if c == b'\\' {
                if let Some(&n) = b.get(i + 1) {
                    out.push(n);
                }
                i += 2;
                continue;
            }
            if c == b'"' {
                in_str = false;
            }
            i += 1;
            continue;
        }
        match c {
            b'"' => {
                in_str = true;
                out.push(c);
            }
            b'{' | b'[' => {
                out.push(c);
                let close = if c == b'{' { b'}' } else { b']' };
                if b.get(i + 1) == Some(&close) {
                    out.push(close);
                    i += 2;
                    continue;
                }
                depth += 1;
                newline(&mut out, depth);
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            b',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            b'\n' => {
                // The newline Encode appends after a value ends the output as is.
                out.push(c);
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// Marshals `v` (an `any`): the JSON bytes or a Go error value.
fn marshal(it: &mut Interp, v: &Value, html: bool, span: Span) -> R<Result<Vec<u8>, Value>> {
    let mut e = Enc { it, span, html, out: Vec::new() };
    let r = match v {
        Value::Iface(None) => {
            e.out.extend_from_slice(b"null");
            Ok(())
        }
        Value::Iface(Some(p)) => match p.0 {
            Dyn::Go(t) => {
                let inner = p.1.clone();
                e.value(&inner, t, None, 0)
            }
            _ => e.unsup("marshaling a std error value"),
        },
        _ => e.unsup("json.Marshal argument"),
    };
    let out = std::mem::take(&mut e.out);
    match r {
        Ok(()) => {
            it.alloc(out.len() as u64, span)?;
            Ok(Ok(out))
        }
        Err(Fail::Go(err)) => Ok(Err(err)),
        Err(Fail::Ctrl(c)) => Err(c),
    }
}

// -------------------------------------------------------------------------------------------
// Decoding

struct Dec<'a, 'o> {
    it: &'a mut Interp<'o>,
    span: Span,
    input: &'a [u8],
    use_number: bool,
    /// `Decoder.DisallowUnknownFields`: an unknown object key is an error (decoding goes on).
    disallow: bool,
    /// The first error (`*json.UnmarshalTypeError` or an `UnmarshalJSON` error).
    first: Option<Value>,
    /// Root type name (`reflect.Type.Name()` of the target; `None` when not modelled) and
    /// the JSON path to here.
    root: Option<String>,
    path: Vec<String>,
}

impl<'o> Dec<'_, 'o> {
    fn unsup<T>(&mut self, what: &str) -> R<T> {
        Err(self.it.unsupported(self.span, what))
    }

    /// Records `*json.UnmarshalTypeError` for `n` (described as `what`) into type `t`.
    fn type_error(&mut self, what: String, t: TypeId, n: &Node) -> R<()> {
        if self.first.is_some() {
            return Ok(());
        }
        let _ = go_name(self.it, t, self.span)?;
        let m = reflect_type_marker(self.it, t);
        let field = self.path.join(".");
        let root = match (&self.root, field.is_empty()) {
            (_, true) => String::new(),
            (Some(r), false) => r.clone(),
            (None, false) => return self.unsup("naming this generic type in a JSON error"),
        };
        let fields = vec![
            string_val(what.as_bytes()),
            m,
            // After the opening delimiter of an array or object, after a whole scalar.
            Value::Int(
                if matches!(n.j, J::Arr(_) | J::Obj(_)) { n.start + 1 } else { n.end } as i64
            ),
            // Struct names the root type only below the top level.
            string_val(if field.is_empty() { b"" } else { root.as_bytes() }),
            string_val(field.as_bytes()),
            Value::Iface(None),
        ];
        self.first = Some(json_error(self.it, "UnmarshalTypeError", fields, self.span)?);
        Ok(())
    }

    /// The error of `json.Number`'s own decoding: no path, offset 0 (as go1.27.3 reports).
    fn number_error(&mut self, what: String, t: TypeId, err: Value) -> R<()> {
        if self.first.is_some() {
            return Ok(());
        }
        let _ = go_name(self.it, t, self.span)?;
        let m = reflect_type_marker(self.it, t);
        let e = string_val(b"");
        let fields = vec![string_val(what.as_bytes()), m, Value::Int(0), e.clone(), e, err];
        self.first = Some(json_error(self.it, "UnmarshalTypeError", fields, self.span)?);
        Ok(())
    }

    fn load(&mut self, p: &Ptr) -> R<Value> {
        match p.load() {
            Some(v) => Ok(v),
            None => self.unsup("a JSON target the evaluator cannot follow"),
        }
    }

    fn store(&mut self, p: &Ptr, v: Value) -> R<()> {
        if p.store(v) {
            Ok(())
        } else {
            self.unsup("a JSON target the evaluator cannot store to")
        }
    }

    fn num_text(&self, n: &Node) -> Vec<u8> {
        self.input.get(n.start..n.end).unwrap_or_default().to_vec()
    }

    /// Decodes `n` into the variable of type `t` that `p` points to.
    fn value(&mut self, n: &Node, t: TypeId, p: &Ptr) -> R<()> {
        self.it.step(self.span)?;
        let t = self.it.subst(t);
        let tname = self.it.runtime_type_name(t, 0).unwrap_or_default();
        if tname == "jsontext.Value" {
            // json.RawMessage: a copy of the value's bytes.
            let raw = self.input.get(n.start..n.end).unwrap_or_default().to_vec();
            self.it.alloc(raw.len() as u64, self.span)?;
            return self.store(p, Value::Slice(byte_slice(&raw)));
        }
        if tname == "time.Time" {
            // Time.UnmarshalJSON: null leaves it, a string is parsed as RFC 3339 (a parse
            // error stops the run), other JSON is an error (refused).
            return match &n.j {
                J::Null => Ok(()),
                J::Str(s) => {
                    let layout = string_val(RFC3339.as_bytes());
                    let args = [layout, string_val(s)];
                    let r = std_time_call(self.it, "time.Parse", &args, self.span)?;
                    match r.into_iter().next() {
                        Some(v) => self.store(p, v),
                        None => self.unsup("time.Parse"),
                    }
                }
                _ => self.unsup("decoding a non-string JSON value into time.Time"),
            };
        }
        if tname == "json.Number" {
            return match &n.j {
                J::Num => {
                    let text = self.num_text(n);
                    self.store(p, string_val(&text))
                }
                J::Null => Ok(()),
                J::Str(s) => {
                    let valid = matches!(parse_all(s), Ok(Node { j: J::Num, start: 0, end, .. }) if end == s.len());
                    if valid {
                        let v = string_val(s);
                        return self.store(p, v);
                    }
                    // `string "x"` (the JSON text) with strconv.ErrSyntax.
                    let raw = self.input.get(n.start..n.end).unwrap_or_default();
                    let what = format!("string {}", String::from_utf8_lossy(raw));
                    let syntax = self.it.strconv_errors().0;
                    self.number_error(what, t, syntax)
                }
                _ => self.number_error(n.kind().into(), t, Value::Iface(None)),
            };
        }
        let is_ptr = matches!(self.it.ukind(t), TypeKind::Pointer(_));
        if !is_ptr {
            let pt = self.it.ck.types.pointer(t);
            for name in ["UnmarshalJSON", "UnmarshalText"] {
                let Some((user, _)) = marshal_method(self.it, pt, name) else { continue };
                if !user {
                    return self.unsup(&format!("the std {name} of {tname}"));
                }
                if name == "UnmarshalText" && matches!(n.j, J::Null) {
                    return Ok(());
                }
                let arg = match (&n.j, name) {
                    (_, "UnmarshalJSON") => self.input.get(n.start..n.end).unwrap_or_default(),
                    (J::Str(s), _) => s.as_slice(),
                    _ => return self.unsup("decoding a non-string JSON value with UnmarshalText"),
                };
                let arg = Value::Slice(byte_slice(arg));
                let clo = self.it.dyn_method(
                    Dyn::Go(pt),
                    Value::Ptr(Some(p.clone())),
                    name,
                    self.span,
                )?;
                let r = self.it.call_closure(&clo, vec![arg], self.span, false)?;
                match r.first() {
                    Some(Value::Iface(None)) => {}
                    Some(e @ Value::Iface(Some(_))) => {
                        if self.first.is_none() {
                            self.first = Some(e.clone());
                        }
                    }
                    _ => return self.unsup(&format!("{name} with an unexpected signature")),
                }
                return Ok(());
            }
        }
        match self.it.ukind(t) {
            TypeKind::Pointer(e) => {
                if matches!(n.j, J::Null) {
                    return self.store(p, Value::Ptr(None));
                }
                let inner = match self.load(p)? {
                    Value::Ptr(Some(q)) => q,
                    Value::Ptr(None) => {
                        let z = self.it.zero(e, self.span)?;
                        let q = Ptr::to_cell(cell(z));
                        self.store(p, Value::Ptr(Some(q.clone())))?;
                        q
                    }
                    _ => return self.unsup("this pointer target"),
                };
                self.value(n, e, &inner)
            }
            TypeKind::Interface(_) => {
                if matches!(n.j, J::Null) {
                    return self.store(p, Value::Iface(None));
                }
                let ts = self.it.ck.type_set(t);
                if !ts.methods.is_empty() || ts.terms.is_some() {
                    return self.unsup("decoding JSON into a non-empty interface");
                }
                match self.load(p)? {
                    Value::Iface(None) => {}
                    Value::Iface(Some(d)) => match (d.0, &d.1) {
                        // A non-nil pointer inside: Go decodes into what it points to (a nil
                        // one is replaced like any other value). Modelled at the top level.
                        (Dyn::Go(dt), Value::Ptr(Some(q))) => {
                            let TypeKind::Pointer(e) = self.it.ukind(dt) else {
                                return self.unsup("this interface target");
                            };
                            if !self.path.is_empty() {
                                return self
                                    .unsup("decoding into a pointer held by a nested interface");
                            }
                            let q = q.clone();
                            return self.value(n, e, &q);
                        }
                        (Dyn::Go(_), _) => {}
                        _ => {
                            return self
                                .unsup("decoding JSON into an interface holding a std value")
                        }
                    },
                    _ => return self.unsup("this interface target"),
                }
                match self.generic(n)? {
                    Some(v) => self.store(p, v),
                    None => Ok(()),
                }
            }
            TypeKind::Basic(k) => self.basic(n, t, k.canonical(), p),
            TypeKind::Struct(_) => self.strukt(n, t, p),
            TypeKind::Map(kt, vt) => self.map(n, t, kt, vt, p),
            TypeKind::Slice(et) => self.slice(n, t, et, p),
            TypeKind::Array(len, et) => self.array(n, t, len, et, p),
            _ => self.unsup(&format!("decoding JSON into {tname}")),
        }
    }

    fn basic(&mut self, n: &Node, t: TypeId, k: BK, p: &Ptr) -> R<()> {
        match (&n.j, k) {
            (J::Null, _) => Ok(()),
            (J::Bool(b), BK::Bool) => self.store(p, Value::Bool(*b)),
            (J::Str(s), BK::String) => {
                self.it.alloc(s.len() as u64, self.span)?;
                let v = string_val(s);
                self.store(p, v)
            }
            (J::Num, _) if k.is_integer() || k.is_float() => {
                let text = self.num_text(n);
                match self.number(&text, k)? {
                    Some(v) => self.store(p, v),
                    None => {
                        let what = format!("number {}", String::from_utf8_lossy(&text));
                        self.type_error(what, t, n)
                    }
                }
            }
            (_, BK::Complex64 | BK::Complex128 | BK::UnsafePointer) => {
                self.unsup("decoding JSON into this type")
            }
            _ => self.type_error(n.kind().into(), t, n),
        }
    }

    /// A JSON number as a value of kind `k` (`None`: out of range or not an integer).
    fn number(&mut self, text: &[u8], k: BK) -> R<Option<Value>> {
        use crate::sconv::*;
        let bits = i64::from(match k {
            BK::Int8 | BK::Uint8 => 8u8,
            BK::Int16 | BK::Uint16 => 16,
            BK::Int32 | BK::Uint32 | BK::Float32 => 32,
            _ => 64,
        });
        let r = if k.is_float() {
            parse_float(text, bits).map(|r| r.ok().map(Value::Float))
        } else if k.is_unsigned() {
            parse_uint(text, 10, bits).map(|r| r.ok().map(|u| Value::Int(u as i64)))
        } else {
            parse_int(text, 10, bits).map(|r| r.ok().map(Value::Int))
        };
        match r {
            Some(v) => Ok(v),
            None => self.unsup("parsing this JSON number"),
        }
    }

    /// The value a JSON value becomes inside an `any` (`None`: a recorded error).
    fn generic(&mut self, n: &Node) -> R<Option<Value>> {
        self.it.step(self.span)?;
        let any = self.it.ck.types.any();
        Ok(Some(match &n.j {
            J::Null => Value::Iface(None),
            J::Bool(b) => {
                let bt = self.it.ck.types.basic(BK::Bool);
                boxed(bt, Value::Bool(*b))
            }
            J::Str(s) => {
                self.it.alloc(s.len() as u64, self.span)?;
                let st = self.it.ck.types.basic(BK::String);
                boxed(st, string_val(s))
            }
            J::Num => {
                let text = self.num_text(n);
                if self.use_number {
                    let Some(nt) = json_type(self.it, "Number") else {
                        return self.unsup("json.Number (type not found)");
                    };
                    boxed(nt, string_val(&text))
                } else {
                    let ft = self.it.ck.types.basic(BK::Float64);
                    match self.number(&text, BK::Float64)? {
                        Some(v) => boxed(ft, v),
                        None => {
                            // Recorded; the value is a float64 zero.
                            let what = format!("number {}", String::from_utf8_lossy(&text));
                            self.type_error(what, ft, n)?;
                            boxed(ft, Value::Float(0.0))
                        }
                    }
                }
            }
            J::Arr(xs) => {
                let st = self.it.ck.types.slice(any);
                let layout = elem_layout(self.it, any);
                let mut elems: Vec<Value> = Vec::new();
                let mut cap = 0u64;
                for (i, x) in xs.iter().enumerate() {
                    self.path.push(i.to_string());
                    let v = self.generic(x)?;
                    self.path.pop();
                    if elems.len() as u64 == cap {
                        cap = self.grow(cap, elems.len() as u64 + 1, layout)?;
                    }
                    elems.push(v.unwrap_or(Value::Iface(None)));
                }
                let len = elems.len();
                let cap = cap as usize;
                elems.resize(cap, Value::Iface(None));
                let sl = Slice { arr: Some(Backing::new(elems)), off: 0, len, cap, alt_cap: cap };
                boxed(st, Value::Slice(sl))
            }
            J::Obj(members) => {
                let st = self.it.ck.types.basic(BK::String);
                let mt = self.it.ck.types.map(st, any);
                let m = self.it.new_map(mt, None, self.span)?;
                let Value::Map(Some(mo)) = &m else { return self.unsup("a map") };
                let mo = mo.clone();
                for (k, x) in members {
                    self.path.push(String::from_utf8_lossy(k).into_owned());
                    let v = self.generic(x)?;
                    self.path.pop();
                    self.it.map_put(
                        &mo,
                        string_val(k),
                        v.unwrap_or(Value::Iface(None)),
                        self.span,
                    )?;
                }
                boxed(mt, m)
            }
        }))
    }

    fn grow(&mut self, cap: u64, need: u64, layout: ElemLayout) -> R<u64> {
        match crate::growslice::grow_cap(cap, need, layout) {
            Ok(c) => {
                self.it.alloc(c.saturating_mul(layout.size.max(1)), self.span)?;
                Ok(c)
            }
            Err(_) => self.unsup("a decoded slice this long"),
        }
    }

    fn strukt(&mut self, n: &Node, t: TypeId, p: &Ptr) -> R<()> {
        let members = match &n.j {
            J::Null => return Ok(()),
            J::Obj(m) => m,
            _ => return self.type_error(n.kind().into(), t, n),
        };
        let fields = type_fields(self.it, t, self.span)?;
        for (k, x) in members {
            let exact = fields.iter().position(|f| f.name.as_bytes() == k.as_slice());
            let found = match exact {
                Some(i) => Some(i),
                // v1 matching: `strings.EqualFold`, the first such field in breadth-first
                // order (shallower first, then declaration order).
                None => (0..fields.len())
                    .filter(|&i| equal_fold(fields[i].name.as_bytes(), k))
                    .min_by(|&a, &b| {
                        let (x, y) = (&fields[a].index, &fields[b].index);
                        x.len().cmp(&y.len()).then(x.cmp(y))
                    }),
            };
            let Some(fi) = found else {
                if self.disallow && self.first.is_none() {
                    let q = crate::quote::quote(k, false);
                    let Some(q) = q else { return self.unsup("quoting this JSON name") };
                    let msg = format!("json: unknown field {q}");
                    self.first = Some(Value::Iface(Some(Rc::new((
                        Dyn::ErrorString,
                        string_val(msg.as_bytes()),
                    )))));
                }
                continue;
            };
            let f = fields[fi].clone();
            // Walk to the field, allocating nil embedded pointers.
            let mut q = p.clone();
            let mut ct = t;
            for (depth, &i) in f.index.iter().enumerate() {
                if depth > 0 {
                    if let TypeKind::Pointer(e) = self.it.ukind(ct) {
                        q = match self.load(&q)? {
                            Value::Ptr(Some(r)) => r,
                            Value::Ptr(None) => {
                                let named = self.it.ck.types.named(e).map(|nm| nm.obj);
                                let exported = named
                                    .map(|o| is_exported(&self.it.ck.obj(o).name))
                                    .unwrap_or(false);
                                if !exported {
                                    return self
                                        .unsup("a nil embedded pointer to an unexported struct");
                                }
                                let z = self.it.zero(e, self.span)?;
                                let r = Ptr::to_cell(cell(z));
                                self.store(&q, Value::Ptr(Some(r.clone())))?;
                                r
                            }
                            _ => return self.unsup("an embedded pointer"),
                        };
                        ct = e;
                    }
                }
                let TypeKind::Struct(sfs) = self.it.ukind(ct) else {
                    return self.unsup("this struct target");
                };
                let Some(sf) = sfs.get(i) else { return self.unsup("this struct target") };
                q = q.with(i as u32);
                ct = sf.ty;
            }
            // The error path spells the key as the input does (`Tree.NAME` for field Name).
            self.path.push(String::from_utf8_lossy(k).into_owned());
            if f.quoted {
                self.quoted(x, ct, &q)?;
            } else {
                self.value(x, ct, &q)?;
            }
            self.path.pop();
        }
        Ok(())
    }

    /// A field with the `,string` option: numbers inside a JSON string.
    fn quoted(&mut self, n: &Node, t: TypeId, p: &Ptr) -> R<()> {
        let k = match self.it.ukind(t) {
            TypeKind::Basic(k) if k.is_numeric() && !k.is_complex() => k.canonical(),
            TypeKind::Basic(k) if k.is_string() || k.is_boolean() => {
                // The string holds a JSON string or `true`/`false`; anything else is refused.
                let inner = match &n.j {
                    J::Null => return Ok(()),
                    J::Str(s)
                        if !s.first().is_some_and(|&b| is_ws(b))
                            && !s.last().is_some_and(|&b| is_ws(b)) =>
                    {
                        parse_all(s).ok().map(|x| x.j)
                    }
                    _ => None,
                };
                return match (inner, k.is_string()) {
                    (Some(J::Str(v)), true) => self.store(p, string_val(&v)),
                    (Some(J::Bool(b)), false) => self.store(p, Value::Bool(b)),
                    _ => self.unsup("this value of a string-option field"),
                };
            }
            _ => return self.unsup("the string option on this field type"),
        };
        match &n.j {
            J::Null => Ok(()),
            J::Str(s) => {
                let s = s.clone();
                let is_num = matches!(parse_all(&s), Ok(Node { j: J::Num, .. }))
                    && !s.first().is_some_and(|&b| is_ws(b))
                    && !s.last().is_some_and(|&b| is_ws(b));
                // go1.27.3 also takes some non-JSON spellings (`"01"` is 1): text that
                // strconv might parse is refused; text it cannot is an error.
                let maybe = !is_num
                    && s.iter().position(|b| !b"+-".contains(b)).is_some_and(|i| {
                        i <= 1
                            && s[i].is_ascii_digit()
                            && s.iter().all(|&b| b.is_ascii_alphanumeric() || b"+-._".contains(&b))
                    });
                if maybe {
                    return self.unsup("a string-option number Go may parse leniently");
                }
                let v = if is_num { self.number(&s, k)? } else { None };
                match v {
                    Some(v) => self.store(p, v),
                    None => {
                        let what = format!("number {}", String::from_utf8_lossy(&s));
                        self.type_error(what, t, n)
                    }
                }
            }
            _ => self.type_error(n.kind().into(), t, n),
        }
    }

    fn map(&mut self, n: &Node, t: TypeId, kt: TypeId, vt: TypeId, p: &Ptr) -> R<()> {
        let members = match &n.j {
            J::Null => return self.store(p, Value::Map(None)),
            J::Obj(m) => m,
            _ => return self.type_error(n.kind().into(), t, n),
        };
        let pk = self.it.ck.types.pointer(kt);
        if ["UnmarshalText", "UnmarshalJSON"]
            .iter()
            .any(|m| self.it.find_method(kt, m).is_some() || self.it.find_method(pk, m).is_some())
        {
            return self.unsup("map keys with unmarshaling methods");
        }
        let key_kind = match self.it.ukind(kt) {
            TypeKind::Basic(k) if k.is_string() || k.is_integer() => k.canonical(),
            _ => return self.unsup("decoding JSON into a map with keys of this type"),
        };
        let m = match self.load(p)? {
            Value::Map(Some(m)) => m,
            Value::Map(None) => {
                let m = self.it.new_map(t, None, self.span)?;
                self.store(p, m.clone())?;
                match m {
                    Value::Map(Some(m)) => m,
                    _ => return self.unsup("a map"),
                }
            }
            _ => return self.unsup("this map target"),
        };
        for (k, x) in members {
            let key = if key_kind.is_string() {
                string_val(k)
            } else {
                match self.number(k, key_kind)? {
                    Some(v)
                        if !k.is_empty() && k.iter().all(|b| b.is_ascii_digit() || *b == b'-') =>
                    {
                        v
                    }
                    _ => return self.unsup("a JSON object key that is not a valid integer"),
                }
            };
            let z = self.it.zero(vt, self.span)?;
            let c = Ptr::to_cell(cell(z));
            self.path.push(String::from_utf8_lossy(k).into_owned());
            // Go stores the element even when decoding it recorded an error.
            self.value(x, vt, &c)?;
            self.path.pop();
            let v = self.load(&c)?;
            self.it.map_put(&m, key, v, self.span)?;
        }
        Ok(())
    }

    fn slice(&mut self, n: &Node, t: TypeId, et: TypeId, p: &Ptr) -> R<()> {
        let old = match self.load(p)? {
            Value::Slice(s) => s,
            _ => return self.unsup("this slice target"),
        };
        let xs = match &n.j {
            J::Null => return self.store(p, Value::Slice(Slice::nil())),
            J::Arr(xs) => xs,
            J::Str(s) if self.it.basic(et).map(|k| k.canonical()) == Some(BK::Uint8) => {
                let pe = self.it.ck.types.pointer(et);
                if ["UnmarshalJSON", "UnmarshalText"].iter().any(|m| {
                    self.it.find_method(et, m).is_some() || self.it.find_method(pe, m).is_some()
                }) {
                    return self.unsup("a byte slice of a type with unmarshaling methods");
                }
                let Some(b) = base64_decode(s) else {
                    return self.unsup("decoding invalid or unpadded base64 into []byte");
                };
                // AppendDecode grows by the exact decoded length (padding stripped).
                let pad = s.iter().rev().take_while(|&&c| c == b'=').count();
                return self.base64_into(p, &old, &b, (s.len() - pad) * 6 / 8);
            }
            _ => return self.type_error(n.kind().into(), t, n),
        };
        if old.alt_cap != old.cap && !xs.is_empty() {
            return self.unsup("decoding into a slice whose capacity is not known");
        }
        if xs.is_empty() {
            // Go stores a new empty slice (capacity 0) whatever the target held.
            let empty = Slice { arr: Some(Backing::new(Vec::new())), ..Slice::nil() };
            return self.store(p, Value::Slice(empty));
        }
        let layout = elem_layout(self.it, et);
        let mut cur = Slice { len: 0, ..old };
        if cur.arr.is_none() {
            cur = Slice { arr: Some(Backing::new(Vec::new())), off: 0, len: 0, cap: 0, alt_cap: 0 };
        }
        for (i, x) in xs.iter().enumerate() {
            if i == cur.cap {
                let cap = self.grow(cur.cap as u64, i as u64 + 1, layout)? as usize;
                let mut elems = cur.to_vec();
                elems.truncate(i);
                let z = self.it.zero(et, self.span)?;
                elems.resize(cap, z);
                cur = Slice { arr: Some(Backing::new(elems)), off: 0, len: i, cap, alt_cap: cap };
            }
            cur.len = i + 1;
            let Some(arr) = cur.arr.clone() else { return self.unsup("a slice") };
            let ep = Ptr { base: PtrBase::Elem(arr, cur.off + i), path: Vec::new() };
            self.path.push(i.to_string());
            self.value(x, et, &ep)?;
            self.path.pop();
        }
        self.store(p, Value::Slice(cur))
    }

    /// Stores base64-decoded `b` as Go's `base64.AppendDecode(old[:0], …)` leaves it: the
    /// old array when its capacity holds the decoded length (`need`), else a new one grown by
    /// `slices.Grow` (`growslice` from the old capacity, old elements copied); `""` gives a
    /// non-nil empty slice.
    fn base64_into(&mut self, p: &Ptr, old: &Slice, b: &[u8], need: usize) -> R<()> {
        if old.alt_cap != old.cap {
            return self.unsup("decoding base64 into a slice whose capacity is not known");
        }
        let bytes = b.iter().map(|&c| Value::Int(i64::from(c)));
        let sl = match &old.arr {
            Some(arr) if need <= old.cap => {
                let mut a = arr.borrow_mut();
                for (k, v) in bytes.enumerate() {
                    crate::std_more::put(&mut a, old.off + k, v);
                }
                Slice { len: b.len(), ..old.clone() }
            }
            _ if need == 0 && old.arr.is_none() => Slice::from_vec(Vec::new()),
            _ => {
                let layout = ElemLayout::new(1, false);
                let cap = self.grow(old.cap as u64, need as u64, layout)? as usize;
                let mut elems = old
                    .arr
                    .as_ref()
                    .map(|_| Slice { len: old.cap, ..old.clone() }.to_vec())
                    .unwrap_or_default();
                elems.resize(cap, Value::Int(0));
                for (k, v) in bytes.enumerate() {
                    elems[k] = v;
                }
                Slice { arr: Some(Backing::new(elems)), off: 0, len: b.len(), cap, alt_cap: cap }
            }
        };
        self.store(p, Value::Slice(sl))
    }

    fn array(&mut self, n: &Node, t: TypeId, len: u64, et: TypeId, p: &Ptr) -> R<()> {
        let xs = match &n.j {
            J::Null => return Ok(()),
            J::Arr(xs) => xs,
            _ => return self.type_error(n.kind().into(), t, n),
        };
        for i in 0..len as usize {
            let ep = p.with(i as u32);
            match xs.get(i) {
                Some(x) => {
                    self.path.push(i.to_string());
                    self.value(x, et, &ep)?;
                    self.path.pop();
                }
                None => {
                    let z = self.it.zero(et, self.span)?;
                    self.store(&ep, z)?;
                }
            }
        }
        Ok(())
    }
}

/// Checks Unmarshal's target (`*T`, non-nil): the pointer and `T`, or the
/// `*json.InvalidUnmarshalError` to return.
fn unmarshal_target(it: &mut Interp, v: &Value, span: Span) -> R<Result<(Ptr, TypeId), Value>> {
    let Value::Iface(Some(d)) = v else {
        let e = json_error(it, "InvalidUnmarshalError", vec![Value::Iface(None)], span)?;
        return Ok(Err(e));
    };
    let Dyn::Go(t) = d.0 else { return Err(it.unsupported(span, "decoding JSON into this value")) };
    let invalid = |it: &mut Interp| -> R<Result<(Ptr, TypeId), Value>> {
        let _ = go_name(it, t, span)?;
        let m = reflect_type_marker(it, t);
        Ok(Err(json_error(it, "InvalidUnmarshalError", vec![m], span)?))
    };
    let TypeKind::Pointer(e) = it.ukind(t) else { return invalid(it) };
    match &d.1 {
        Value::Ptr(Some(p)) => Ok(Ok((p.clone(), e))),
        _ => invalid(it),
    }
}

/// Decoder options: `UseNumber`, `DisallowUnknownFields`.
#[derive(Clone, Copy, Default)]
struct DecOpts {
    use_number: bool,
    disallow: bool,
}

fn unmarshal(it: &mut Interp, data: &[u8], v: &Value, opts: DecOpts, span: Span) -> R<Value> {
    let node = match parse_all(data) {
        Ok(n) => n,
        Err(e) => return syn_to_error(it, e, span),
    };
    decode_node(it, data, &node, v, opts, span)
}

fn decode_node(
    it: &mut Interp,
    data: &[u8],
    node: &Node,
    v: &Value,
    opts: DecOpts,
    span: Span,
) -> R<Value> {
    let (p, t) = match unmarshal_target(it, v, span)? {
        Ok(x) => x,
        Err(e) => return Ok(e),
    };
    // `reflect.Type.Name()`: a generic instance's includes its type arguments (`Box[int]`);
    // when the evaluator cannot name one, an error that needs it is refused.
    let root = match it.ck.types.named(t).cloned() {
        Some(n) if n.targs.is_empty() => Some(it.ck.obj(n.obj).name.clone()),
        Some(n) => {
            let pkg = it.ck.obj(n.obj).pkg.and_then(|p| it.ck.pkgs.get(p.0 as usize));
            let prefix = format!("{}.", pkg.map(|p| p.name.clone()).unwrap_or_default());
            it.runtime_type_name(t, 0)
                .and_then(|full| full.strip_prefix(&prefix).map(str::to_string))
        }
        None => Some(String::new()),
    };
    let mut d = Dec {
        it,
        span,
        input: data,
        use_number: opts.use_number,
        disallow: opts.disallow,
        first: None,
        root,
        path: Vec::new(),
    };
    d.value(node, t, &p)?;
    Ok(d.first.unwrap_or(Value::Iface(None)))
}

// -------------------------------------------------------------------------------------------
// Error methods, Encoder, Decoder

fn error_fields(it: &mut Interp, recv: &Value, n: usize, span: Span) -> R<Vec<Value>> {
    let Value::Ptr(Some(p)) = recv else {
        return Err(it.unsupported(span, "a JSON error method on a nil pointer"));
    };
    match p.load() {
        Some(Value::Struct(f)) if f.len() == n => Ok(f),
        _ => Err(it.unsupported(span, "a JSON error value")),
    }
}

fn str_field(v: &Value) -> String {
    String::from_utf8_lossy(&bytes_of(v)).into_owned()
}

fn type_field_name(it: &mut Interp, v: &Value, span: Span) -> R<Option<String>> {
    match v {
        Value::Iface(None) => Ok(None),
        _ => match marker_type(it, v) {
            Some(t) => Ok(Some(go_name(it, t, span)?)),
            None => Err(it.unsupported(span, "a reflect.Type the evaluator did not make")),
        },
    }
}

fn error_method(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    let recv = args.first().cloned().unwrap_or(Value::Ptr(None));
    let text = |s: String| Ok(vec![string_val(s.as_bytes())]);
    Some((|| match name {
        "json.SyntaxError.Error" => {
            let f = error_fields(it, &recv, 2, span)?;
            text(str_field(&f[0]))
        }
        "json.UnmarshalTypeError.Error" => {
            let f = error_fields(it, &recv, 6, span)?;
            let Some(ty) = type_field_name(it, &f[1], span)? else {
                return Err(it.unsupported(span, "UnmarshalTypeError with a nil Type (panics)"));
            };
            let (value, st, field) = (str_field(&f[0]), str_field(&f[3]), str_field(&f[4]));
            let mut s = if !st.is_empty() || !field.is_empty() {
                let last = field.rsplit('.').next().unwrap_or("");
                let into = if !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) {
                    ""
                } else {
                    "Go struct field "
                };
                format!("json: cannot unmarshal {value} into {into}{st}.{field} of type {ty}")
            } else {
                format!("json: cannot unmarshal {value} into Go value of type {ty}")
            };
            if let Value::Iface(Some(_)) = &f[5] {
                let e = crate::errs::error_text(it, &f[5], span, 1)?;
                s.push_str(": ");
                s.push_str(&String::from_utf8_lossy(&e));
            }
            text(s)
        }
        "json.UnmarshalTypeError.Unwrap" => Ok(vec![error_fields(it, &recv, 6, span)?[5].clone()]),
        "json.InvalidUnmarshalError.Error" => {
            let f = error_fields(it, &recv, 1, span)?;
            let Some(t) = marker_type(it, &f[0]) else {
                return match &f[0] {
                    Value::Iface(None) => text("json: Unmarshal(nil)".into()),
                    _ => Err(it.unsupported(span, "a reflect.Type the evaluator did not make")),
                };
            };
            let tn = go_name(it, t, span)?;
            if matches!(it.ukind(t), TypeKind::Pointer(_)) {
                text(format!("json: Unmarshal(nil {tn})"))
            } else {
                text(format!("json: Unmarshal(non-pointer {tn})"))
            }
        }
        "json.UnsupportedTypeError.Error" => {
            let f = error_fields(it, &recv, 1, span)?;
            let Some(tn) = type_field_name(it, &f[0], span)? else {
                return Err(it.unsupported(span, "UnsupportedTypeError with a nil Type (panics)"));
            };
            text(format!("json: unsupported type: {tn}"))
        }
        "json.UnsupportedValueError.Error" => {
            let f = error_fields(it, &recv, 2, span)?;
            text(format!("json: unsupported value: {}", str_field(&f[1])))
        }
        "json.MarshalerError.Error" => {
            let f = error_fields(it, &recv, 3, span)?;
            let Some(tn) = type_field_name(it, &f[0], span)? else {
                return Err(it.unsupported(span, "MarshalerError with a nil Type (panics)"));
            };
            let src = match str_field(&f[2]) {
                s if s.is_empty() => "MarshalJSON".to_string(),
                s => s,
            };
            let e = match &f[1] {
                Value::Iface(Some(_)) => crate::errs::error_text(it, &f[1], span, 1)?,
                _ => return Err(it.unsupported(span, "MarshalerError with a nil Err (panics)")),
            };
            text(format!(
                "json: error calling {src} for type {tn}: {}",
                String::from_utf8_lossy(&e)
            ))
        }
        "json.MarshalerError.Unwrap" => Ok(vec![error_fields(it, &recv, 3, span)?[1].clone()]),
        _ => unreachable_json(it, name, span),
    })())
}

fn unreachable_json(it: &mut Interp, name: &str, span: Span) -> R<Vec<Value>> {
    Err(it.unsupported(span, &format!("std method {name}")))
}

/// `*json.Encoder`: `struct { w; opts; err; indentBuf; indentPrefix; indentValue }` with
/// `opts` holding `Tuple[escapeHTML]` here.
fn encoder_fields(it: &mut Interp, recv: &Value, span: Span) -> R<(Ptr, Vec<Value>)> {
    let Value::Ptr(Some(p)) = recv else {
        return Err(it.unsupported(span, "a json.Encoder method on a nil pointer (panics)"));
    };
    match p.load() {
        Some(Value::Struct(f)) if f.len() == 6 && matches!(f[1], Value::Tuple(_)) => {
            Ok((p.clone(), f))
        }
        _ => Err(it.unsupported(span, "a json.Encoder not made by json.NewEncoder")),
    }
}

/// `*json.Decoder`: `dec` holds a pointer to `Tuple[reader, buffered text, read offset,
/// useNumber, sticky error, whether the reader was read, disallowUnknownFields, token
/// stack]`. The token stack (see [`before_value`]) holds one byte per open array or object.
fn decoder_state(it: &mut Interp, recv: &Value, span: Span) -> R<(Ptr, Vec<Value>)> {
    let Value::Ptr(Some(p)) = recv else {
        return Err(it.unsupported(span, "a json.Decoder method on a nil pointer (panics)"));
    };
    let st = match p.load() {
        Some(Value::Struct(f)) if f.len() == 5 => match &f[0] {
            Value::Ptr(Some(q)) => q.clone(),
            _ => return Err(it.unsupported(span, "a json.Decoder not made by json.NewDecoder")),
        },
        _ => return Err(it.unsupported(span, "a json.Decoder not made by json.NewDecoder")),
    };
    match st.load() {
        Some(Value::Tuple(f)) if f.len() == 8 => Ok((st, f)),
        _ => Err(it.unsupported(span, "a json.Decoder not made by json.NewDecoder")),
    }
}

/// Reads the decoder's whole input on first use (`*strings.Reader`, `*bytes.Reader`,
/// `*bytes.Buffer`; Go reads in chunks, which only differs for a reader also used elsewhere).
fn decoder_input(it: &mut Interp, st: &Ptr, f: &mut [Value], span: Span) -> R<Vec<u8>> {
    if !matches!(f[5], Value::Bool(true)) {
        // Only readers whose reads the program cannot observe (Go reads in chunks as the
        // values need them; a program's Read method would see a different sequence).
        let rt = match &f[0] {
            Value::Iface(Some(d)) => match d.0 {
                Dyn::Go(t) => it.runtime_type_name(t, 0).unwrap_or_default(),
                _ => String::new(),
            },
            _ => String::new(),
        };
        if !matches!(rt.as_str(), "*strings.Reader" | "*bytes.Reader" | "*bytes.Buffer") {
            return Err(it.unsupported(span, "a json.Decoder reading from this reader"));
        }
        let r = crate::std_reader::call(it, "io.ReadAll", &[f[0].clone()], span)
            .unwrap_or_else(|| Err(it.unsupported(span, "reading from this reader")))?;
        match (r.first(), r.get(1)) {
            (Some(b), Some(Value::Iface(None))) => f[1] = string_val(&bytes_of(b)),
            _ => return Err(it.unsupported(span, "a reader that fails")),
        }
        f[5] = Value::Bool(true);
        if !st.store(Value::Tuple(f.to_vec())) {
            return Err(it.unsupported(span, "json.Decoder"));
        }
    }
    Ok(bytes_of(&f[1]))
}

/// Appends to the `*bytes.Buffer` argument of `Compact`, `Indent` and `HTMLEscape`.
fn write_buffer(it: &mut Interp, dst: &Value, b: &[u8], span: Span) -> R<()> {
    let Some(bt) = pkg_type(it, "bytes", "Buffer") else {
        return Err(it.unsupported(span, "bytes.Buffer (type not found)"));
    };
    let pt = it.ck.types.pointer(bt);
    let w = boxed(pt, dst.clone());
    crate::std_io::write_to(it, &w, b, span)?;
    Ok(())
}

/// Consumes what separates the next value from the previous token inside the open array or
/// object on top of `stack` (`a`: array before its first element, `A`: after one; `o`/`k`:
/// object before its first / a later key; `v`: after a key) and marks the value as read.
/// `None` where Go reports an error (not modelled).
fn before_value(s: &[u8], mut i: usize, stack: &mut [u8]) -> Option<usize> {
    let skip = |i: &mut usize| {
        while s.get(*i).is_some_and(|&b| is_ws(b)) {
            *i += 1;
        }
    };
    skip(&mut i);
    let top = stack.last_mut()?;
    match *top {
        b'a' => *top = b'A',
        b'A' | b'v' => {
            let sep = if *top == b'A' { b',' } else { b':' };
            if s.get(i) != Some(&sep) {
                return None;
            }
            i += 1;
            skip(&mut i);
            *top = if *top == b'A' { b'A' } else { b'k' };
        }
        _ => return None,
    }
    Some(i)
}

enum Tok {
    Delim(u8),
    Value(Node),
}

/// The next token of a stream at `*i` (then after it). `Err(None)` is the end of the input
/// between top-level values; `Err(Some(_))` what is refused (malformed streams).
fn next_token(
    s: &[u8],
    i: &mut usize,
    stack: &mut Vec<u8>,
) -> Result<(Tok, usize), Option<&'static str>> {
    let malformed = Some("Decoder.Token on malformed input");
    let mut p = Parser { s, i: *i };
    p.ws();
    let Some(&c) = s.get(p.i) else {
        return Err(if stack.is_empty() { None } else { malformed });
    };
    match (stack.last().copied(), c) {
        (Some(b'a' | b'A'), b']') | (Some(b'o' | b'k'), b'}') => {
            stack.pop();
            return Ok((Tok::Delim(c), p.i + 1));
        }
        (Some(top @ (b'o' | b'k')), _) => {
            // An object key.
            if top == b'k' {
                if c != b',' {
                    return Err(malformed);
                }
                p.i += 1;
                p.ws();
            }
            if s.get(p.i) != Some(&b'"') {
                return Err(malformed);
            }
            let start = p.i;
            let key = p.string().map_err(|_| malformed)?;
            if let Some(t) = stack.last_mut() {
                *t = b'v';
            }
            return Ok((Tok::Value(Node { j: J::Str(key), start, end: p.i }), p.i));
        }
        (Some(_), _) => p.i = before_value(s, p.i, stack).ok_or(malformed)?,
        (None, _) => {}
    }
    match s.get(p.i) {
        Some(&d @ (b'[' | b'{')) => {
            stack.push(if d == b'[' { b'a' } else { b'o' });
            if stack.len() > MAX_NEST as usize {
                return Err(Some("JSON nested more than 500 levels deep"));
            }
            Ok((Tok::Delim(d), p.i + 1))
        }
        Some(b']' | b'}') | None => Err(malformed),
        Some(_) => {
            let n = p.value(0).map_err(|_| malformed)?;
            Ok((Tok::Value(n), p.i))
        }
    }
}

/// A scalar token as `Decoder.Token` returns it: string, bool, float64 (or json.Number), nil.
fn token_value(it: &mut Interp, data: &[u8], n: &Node, use_number: bool, span: Span) -> R<Value> {
    let mut d = Dec {
        it,
        span,
        input: data,
        use_number,
        disallow: false,
        first: None,
        root: Some(String::new()),
        path: Vec::new(),
    };
    let v = d.generic(n)?;
    if d.first.is_some() {
        return Err(d.it.unsupported(span, "a token number out of range"));
    }
    Ok(v.unwrap_or(Value::Iface(None)))
}

fn io_var(it: &mut Interp, name: &str) -> Value {
    crate::std_io::std_var(it, "io", name).unwrap_or(Value::Iface(None))
}

pub fn call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    if name.starts_with("json.") && name.ends_with("Error.Error")
        || name.ends_with("Error.Unwrap") && name.starts_with("json.")
    {
        return error_method(it, name, args, span);
    }
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Tuple(Vec::new()));
    let r = match name {
        "encoding/json.Marshal" | "encoding/json.MarshalIndent" => (|| {
            let out = match marshal(it, &arg(0), true, span)? {
                Ok(b) => b,
                Err(e) => return Ok(vec![Value::Slice(Slice::nil()), e]),
            };
            let out = if name.ends_with("Indent") {
                indent(&out, &bytes_of(&arg(1)), &bytes_of(&arg(2)))
            } else {
                out
            };
            Ok(vec![result_bytes(&out), Value::Iface(None)])
        })(),
        "encoding/json.Unmarshal" => (|| {
            let data = bytes_of(&arg(0));
            Ok(vec![unmarshal(it, &data, &arg(1), DecOpts::default(), span)?])
        })(),
        "encoding/json.Valid" => match parse_all(&bytes_of(&arg(0))) {
            Ok(_) => Ok(vec![Value::Bool(true)]),
            Err(Syn::Unmodelled(w)) => Err(it.unsupported(span, w)),
            Err(_) => Ok(vec![Value::Bool(false)]),
        },
        "encoding/json.NewEncoder" => {
            let f = vec![
                arg(0),
                Value::Tuple(vec![Value::Bool(true)]),
                Value::Iface(None),
                Value::Tuple(Vec::new()),
                string_val(b""),
                string_val(b""),
            ];
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f)))))])
        }
        "json.Encoder.SetIndent" | "json.Encoder.SetEscapeHTML" => (|| {
            let (p, mut f) = encoder_fields(it, &arg(0), span)?;
            if name.ends_with("Indent") {
                f[4] = arg(1);
                f[5] = arg(2);
            } else {
                f[1] = Value::Tuple(vec![arg(1)]);
            }
            if !p.store(Value::Struct(f)) {
                return Err(it.unsupported(span, name));
            }
            Ok(Vec::new())
        })(),
        "json.Encoder.Encode" => (|| {
            let (_, f) = encoder_fields(it, &arg(0), span)?;
            let html =
                matches!(&f[1], Value::Tuple(t) if matches!(t.first(), Some(Value::Bool(true))));
            let mut out = match marshal(it, &arg(1), html, span)? {
                Ok(b) => b,
                Err(e) => return Ok(vec![e]),
            };
            out.push(b'\n');
            let (pre, ind) = (bytes_of(&f[4]), bytes_of(&f[5]));
            if !pre.is_empty() || !ind.is_empty() {
                out = indent(&out, &pre, &ind);
            }
            let r = crate::std_io::write_to(it, &f[0], &out, span)?;
            Ok(vec![r.get(1).cloned().unwrap_or(Value::Iface(None))])
        })(),
        "encoding/json.NewDecoder" => {
            let st = Value::Tuple(vec![
                arg(0),
                string_val(b""),
                Value::Int(0),
                Value::Bool(false),
                Value::Iface(None),
                Value::Bool(false),
                Value::Bool(false),
                string_val(b""),
            ]);
            let f = vec![
                Value::Ptr(Some(Ptr::to_cell(cell(st)))),
                Value::Tuple(Vec::new()),
                Value::Iface(None),
                Value::Bool(false),
                Value::Bool(false),
            ];
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f)))))])
        }
        "json.Decoder.UseNumber" | "json.Decoder.DisallowUnknownFields" => (|| {
            let (st, mut f) = decoder_state(it, &arg(0), span)?;
            f[if name.ends_with("UseNumber") { 3 } else { 6 }] = Value::Bool(true);
            st.store(Value::Tuple(f));
            Ok(Vec::new())
        })(),
        "json.Decoder.More" => (|| {
            let (st, mut f) = decoder_state(it, &arg(0), span)?;
            let data = decoder_input(it, &st, &mut f, span)?;
            let mut i = match f[2] {
                Value::Int(i) => i as usize,
                _ => 0,
            };
            while data.get(i).is_some_and(|&b| is_ws(b)) {
                i += 1;
            }
            let more = matches!(data.get(i), Some(&c) if c != b']' && c != b'}');
            Ok(vec![Value::Bool(more)])
        })(),
        "json.Decoder.Decode" => (|| {
            let (st, mut f) = decoder_state(it, &arg(0), span)?;
            if let Value::Iface(Some(_)) = &f[4] {
                return Ok(vec![f[4].clone()]);
            }
            let data = decoder_input(it, &st, &mut f, span)?;
            let start = match f[2] {
                Value::Int(i) => i as usize,
                _ => 0,
            };
            let mut stack = bytes_of(&f[7]);
            let mut p = Parser { s: &data, i: start };
            p.ws();
            if !stack.is_empty() {
                p.i = match before_value(&data, p.i, &mut stack) {
                    Some(i) => i,
                    None => {
                        return Err(it.unsupported(span, "Decode at this point of a token stream"))
                    }
                };
                f[7] = string_val(&stack);
            }
            if p.i >= data.len() {
                if !stack.is_empty() {
                    return Err(it.unsupported(span, "a token stream that ends inside a value"));
                }
                let e = io_var(it, "EOF");
                f[4] = e.clone();
                st.store(Value::Tuple(f));
                return Ok(vec![e]);
            }
            let node = match p.value(0) {
                Ok(n) => n,
                Err(e) => {
                    let err = match e {
                        Syn::Eof(_) => io_var(it, "ErrUnexpectedEOF"),
                        e => syn_to_error(it, e, span)?,
                    };
                    f[4] = err.clone();
                    st.store(Value::Tuple(f));
                    return Ok(vec![err]);
                }
            };
            f[2] = Value::Int(p.i as i64);
            let opts = DecOpts {
                use_number: matches!(f[3], Value::Bool(true)),
                disallow: matches!(f[6], Value::Bool(true)),
            };
            st.store(Value::Tuple(f));
            Ok(vec![decode_node(it, &data, &node, &arg(1), opts, span)?])
        })(),
        "json.Decoder.Token" => (|| {
            let (st, mut f) = decoder_state(it, &arg(0), span)?;
            if let Value::Iface(Some(_)) = &f[4] {
                return Ok(vec![Value::Iface(None), f[4].clone()]);
            }
            let data = decoder_input(it, &st, &mut f, span)?;
            let mut stack = bytes_of(&f[7]);
            let mut i = match f[2] {
                Value::Int(i) => i as usize,
                _ => 0,
            };
            let (tok, end) = match next_token(&data, &mut i, &mut stack) {
                Ok(t) => t,
                Err(Some(what)) => return Err(it.unsupported(span, what)),
                Err(None) => {
                    let e = io_var(it, "EOF");
                    f[4] = e.clone();
                    st.store(Value::Tuple(f));
                    return Ok(vec![Value::Iface(None), e]);
                }
            };
            let v = match tok {
                Tok::Delim(c) => match json_type(it, "Delim") {
                    Some(dt) => boxed(dt, Value::Int(i64::from(c))),
                    None => return Err(it.unsupported(span, "json.Delim (type not found)")),
                },
                Tok::Value(node) => {
                    let use_number = matches!(f[3], Value::Bool(true));
                    token_value(it, &data, &node, use_number, span)?
                }
            };
            f[2] = Value::Int(end as i64);
            f[7] = string_val(&stack);
            st.store(Value::Tuple(f));
            Ok(vec![v, Value::Iface(None)])
        })(),
        "json.Delim.String" => {
            let Value::Int(c) = arg(0) else { return Some(Err(it.unsupported(span, name))) };
            let ch = u32::try_from(c).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
            Ok(vec![string_val(ch.to_string().as_bytes())])
        }
        "encoding/json.Compact" | "encoding/json.Indent" => (|| {
            let src = bytes_of(&arg(1));
            if let Err(e) = parse_all(&src) {
                return Ok(vec![syn_to_error(it, e, span)?]);
            }
            let mut out = Vec::new();
            compact(&mut out, &src, false, false);
            if name.ends_with("Indent") {
                out = indent(&out, &bytes_of(&arg(2)), &bytes_of(&arg(3)));
                // Trailing whitespace of the source is kept.
                let kept = src.iter().rev().take_while(|&&b| is_ws(b)).count();
                out.extend_from_slice(&src[src.len() - kept..]);
            }
            write_buffer(it, &arg(0), &out, span)?;
            Ok(vec![Value::Iface(None)])
        })(),
        "encoding/json.HTMLEscape" => (|| {
            let src = bytes_of(&arg(1));
            let mut out = Vec::with_capacity(src.len());
            let mut i = 0;
            while i < src.len() {
                let c = src[i];
                if matches!(c, b'<' | b'>' | b'&') {
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[(c >> 4) as usize]);
                    out.push(HEX[(c & 15) as usize]);
                } else if c == 0xE2
                    && src.get(i + 1) == Some(&0x80)
                    && matches!(src.get(i + 2), Some(0xA8 | 0xA9))
                {
                    out.extend_from_slice(if src[i + 2] == 0xA8 { b"\\u2028" } else { b"\\u2029" });
                    i += 3;
                    continue;
                } else {
                    out.push(c);
                }
                i += 1;
            }
            write_buffer(it, &arg(0), &out, span)?;
            Ok(Vec::new())
        })(),
        "json.Number.String" => Ok(vec![arg(0)]),
        "json.Number.Float64" => {
            return Some(crate::stdlib::call_std_values(
                it,
                "strconv.ParseFloat",
                vec![arg(0), Value::Int(64)],
                span,
            ));
        }
        "json.Number.Int64" => {
            return Some(crate::stdlib::call_std_values(
                it,
                "strconv.ParseInt",
                vec![arg(0), Value::Int(10), Value::Int(64)],
                span,
            ));
        }
        _ if name.starts_with("encoding/json.")
            || name.starts_with("json.")
            || name.starts_with("jsontext.") =>
        {
            Err(it.unsupported(span, &format!("std function {name}")))
        }
        _ => return None,
    };
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(s: &str) -> String {
        match parse_all(s.as_bytes()) {
            Ok(_) => "ok".into(),
            Err(Syn::Msg(m, off)) => format!("{m} @{off}"),
            Err(Syn::Eof(_)) => "unexpected end of JSON input".into(),
            Err(Syn::Unmodelled(w)) => format!("unsupported {w}"),
        }
    }

    #[test]
    fn syntax_errors_have_go_texts() {
        assert_eq!(msg(r#"{"a":[1,2,{"b":null}]}"#), "ok");
        assert_eq!(msg("[1,x]"), "invalid character 'x' looking for beginning of value @4");
        assert_eq!(
            msg(r#"{"A":1,}"#),
            "invalid character '}' looking for beginning of object key string @8"
        );
        assert_eq!(msg("01"), "invalid character '1' after top-level value @2");
        assert_eq!(msg("trux"), "invalid character 'x' in literal true (expecting 'e') @4");
        assert_eq!(msg("1.e"), "invalid character 'e' in numeric literal @3");
        assert_eq!(msg(r#""\q""#), "invalid escape sequence `\\q` in string @3");
        assert_eq!(msg("\"\u{1}\""), "invalid character '\\x01' in string @2");
        assert_eq!(msg("[1,2"), "unexpected end of JSON input");
        assert_eq!(msg("'a'"), "invalid character '\\'' looking for beginning of value @1");
        assert_eq!(msg("[é]"), "invalid character 'é' looking for beginning of value @3");
        assert_eq!(msg("[\u{FFFD}]"), "invalid character '�' looking for beginning of value @4");
        let bad = parse_all(b"tr\xffe");
        assert!(
            matches!(bad, Err(Syn::Msg(m, 3)) if m == "invalid character '\\xff' in literal true (expecting 'u')")
        );
    }

    #[test]
    fn deep_or_broken_input_never_panics() {
        let deep = "[".repeat(100_000);
        assert!(matches!(parse_all(deep.as_bytes()), Err(Syn::Unmodelled(_))));
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let alphabet = b"{}[]\",:\\u0123456789abcdeftrunlsE.+- \n\xff\xe2\x80\xa8";
        for _ in 0..20_000 {
            let mut s = Vec::new();
            for _ in 0..(state % 24) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                s.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            let _ = parse_all(&s);
            let mut out = Vec::new();
            compact(&mut out, &s, true, true);
            let _ = indent(&s, b">", b"  ");
            let _ = base64_decode(&s);
        }
    }

    #[test]
    fn floats_and_strings_format_as_go() {
        let f = |x: f64| format_json_float(x, FloatBits::F64).unwrap_or_default();
        assert_eq!(f(1e20), "100000000000000000000");
        assert_eq!(f(1e21), "1e+21");
        assert_eq!(f(1e-7), "1e-7");
        assert_eq!(f(0.000001), "0.000001");
        assert_eq!(f(-0.0), "-0");
        let mut out = Vec::new();
        quote_json(&mut out, "<a&b>\u{2028}\u{7f}\u{1}\u{8}".as_bytes(), true);
        assert_eq!(
            String::from_utf8_lossy(&out),
            "\"\\u003ca\\u0026b\\u003e\\u2028\u{7f}\\u0001\\b\""
        );
        let mut b = Vec::new();
        base64_encode(&mut b, b"hi");
        assert_eq!(b, b"aGk=");
        assert!(equal_fold("É".as_bytes(), "é".as_bytes()));
        assert!(equal_fold(b"NA_ME", b"na_me") && !equal_fold(b"name", b"na_me"));
        assert!(equal_fold("K".as_bytes(), "\u{212A}".as_bytes()) && !equal_fold(b"a", b"b"));
        assert_eq!(base64_decode(b"aGk="), Some(b"hi".to_vec()));
    }
}
