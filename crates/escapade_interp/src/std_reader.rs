//! Reading text: `strings.NewReader` and `*strings.Reader`'s methods, `io.ReadAll` of a
//! `*strings.Reader`, and `bufio.Scanner` over a `*strings.Reader` with `ScanLines`,
//! `ScanWords`, `ScanRunes` or `ScanBytes`. Those split functions give the same tokens however
//! Go's scanner chunks its input, so the scanner splits the whole remaining text at once;
//! other readers, custom split functions, `Buffer` and tokens near the 64 KiB limit are
//! refused.

use std::rc::Rc;

use escapade_base::Span;

use escapade_types::TypeId;

use crate::interp::{decode_runes, Interp, R};
use crate::std_more::{copy_bytes, write_bytes};
use crate::value::*;

fn eof(it: &mut Interp) -> Value {
    crate::std_io::std_var(it, "io", "EOF").unwrap_or(Value::Iface(None))
}

/// `*strings.Reader` is a pointer to `struct { s string; i int64; prevRune int }`.
fn reader_fields(it: &mut Interp, recv: &Value, span: Span) -> R<(Ptr, Vec<u8>, usize)> {
    let Value::Ptr(Some(p)) = recv else {
        return Err(it.unsupported(span, "strings.Reader method on a nil pointer (panics)"));
    };
    match p.load() {
        Some(Value::Struct(f)) if f.len() == 3 => {
            let s = bytes_of(&f[0]);
            let i = match f[1] {
                Value::Int(i) => usize::try_from(i).unwrap_or(usize::MAX),
                _ => 0,
            };
            Ok((p.clone(), s, i))
        }
        _ => Err(it.unsupported(span, "strings.Reader")),
    }
}

/// Moves a `*strings.Reader`/`*bytes.Reader` to `i` (its text kept: a `bytes.Reader` keeps
/// sharing its slice).
fn reader_set(p: &Ptr, _s: &[u8], i: usize, prev: i64) {
    if let Some(Value::Struct(mut f)) = p.load() {
        if f.len() == 3 {
            f[1] = Value::Int(i as i64);
            f[2] = Value::Int(prev);
            p.store(Value::Struct(f));
        }
    }
}

fn reader_reset(p: &Ptr, s: Value) {
    p.store(Value::Struct(vec![s, Value::Int(0), Value::Int(-1)]));
}

/// The dynamic type name of an interface value (`None` for nil or runtime-provided types).
fn dyn_type(it: &mut Interp, v: &Value) -> Option<String> {
    match v {
        Value::Iface(Some(p)) => match p.0 {
            Dyn::Go(t) => Some(it.type_name(t)),
            _ => None,
        },
        _ => None,
    }
}

fn is_eof(it: &mut Interp, err: &Value) -> bool {
    match (err, eof(it)) {
        (Value::Iface(Some(a)), Value::Iface(Some(b))) => Rc::ptr_eq(a, &b),
        _ => false,
    }
}

fn zeros(n: usize) -> Slice {
    Slice::from_vec(vec![Value::Int(0); n])
}

fn ints(vals: &[Value]) -> Vec<u8> {
    vals.iter().map(|v| if let Value::Int(b) = v { *b as u8 } else { 0 }).collect()
}

/// Method `m` of an interface's dynamic value: std pointer types by their std name with the
/// pointer as receiver, everything else through dynamic dispatch.
pub fn call_method(
    it: &mut Interp,
    b: &Rc<(Dyn, Value)>,
    m: &str,
    mut args: Vec<Value>,
    span: Span,
) -> R<Vec<Value>> {
    if let Dyn::Go(t) = b.0 {
        let tn = it.type_name(t);
        let std = matches!(
            tn.as_str(),
            "*strings.Reader"
                | "*bytes.Reader"
                | "*bytes.Buffer"
                | "*bufio.Reader"
                | "*bufio.Writer"
                | "*io.LimitedReader"
                | "*io.SectionReader"
                | "*io.PipeReader"
                | "*io.PipeWriter"
                | "*strings.Builder"
                | "*os.File"
        );
        if std {
            args.insert(0, b.1.clone());
            return crate::stdlib::call_std_values(it, &format!("{}.{m}", &tn[1..]), args, span);
        }
    }
    let clo = it.dyn_method(b.0, b.1.clone(), m, span)?;
    it.call_closure(&clo, args, span, false)
}

/// Whether a dynamic value has the `io` interface method `name` (`WriteString`, `WriteTo`,
/// `ReadFrom`) with the signature that interface wants (a method of that name with another
/// signature does not make the value an `io.StringWriter`, …).
pub(crate) fn has_io_method(it: &mut Interp, b: &Rc<(Dyn, Value)>, name: &str) -> bool {
    let want: (&[&str], &[&str]) = match name {
        "WriteString" => (&["string"], &["int", "error"]),
        "WriteTo" => (&["io.Writer"], &["int64", "error"]),
        "ReadFrom" => (&["io.Reader"], &["int64", "error"]),
        _ => return false,
    };
    match b.0 {
        Dyn::Std(o) => o.methods().contains(&name),
        Dyn::Go(t) => {
            let Some((params, results)) = crate::errs::method_sig(it, t, name) else {
                return false;
            };
            let names = |it: &mut Interp, ts: &[escapade_types::TypeId]| -> Vec<String> {
                ts.iter().map(|&t| it.type_name(t)).collect()
            };
            names(it, &params) == want.0 && names(it, &results) == want.1
        }
        _ => false,
    }
}

/// One `r.Read(p)` call on any `io.Reader` (std readers, the io objects, the program's types):
/// `(n, err)`.
pub fn call_read(it: &mut Interp, r: &Value, p: &Slice, span: Span) -> R<(usize, Value)> {
    let Value::Iface(Some(b)) = r else {
        return Err(it.unsupported(span, "reading from a nil io.Reader (panics)"));
    };
    let res = call_method(it, b, "Read", vec![Value::Slice(p.clone())], span)?;
    match (res.first(), res.get(1)) {
        (Some(Value::Int(n)), Some(e)) if *n >= 0 && (*n as usize) <= p.len => {
            Ok((*n as usize, e.clone()))
        }
        _ => Err(it.unsupported(span, "a Read method returning an invalid count (panics)")),
    }
}

/// A reusable read buffer of `len` bytes (Go's copy loops read into one buffer).
pub(crate) fn read_buffer(it: &mut Interp, len: usize, span: Span) -> R<Slice> {
    it.alloc(len as u64, span)?;
    Ok(zeros(len))
}

/// `r.Read(p)`: the bytes read and the error.
pub(crate) fn read_into(it: &mut Interp, r: &Value, p: &Slice, span: Span) -> R<(Vec<u8>, Value)> {
    let (n, err) = call_read(it, r, p, span)?;
    let got = ints(&Slice { len: n, ..p.clone() }.to_vec());
    Ok((got, err))
}

pub fn call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Tuple(Vec::new()));
    let r = match name {
        "strings.NewReader" => {
            let s = bytes_of(&arg(0));
            let f = vec![Value::Str(Rc::from(s)), Value::Int(0), Value::Int(-1)];
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f)))))])
        }
        "bytes.NewReader" => {
            let f = vec![arg(0), Value::Int(0), Value::Int(-1)];
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f)))))])
        }
        "strings.Reader.UnreadByte"
        | "bytes.Reader.UnreadByte"
        | "strings.Reader.UnreadRune"
        | "bytes.Reader.UnreadRune"
        | "strings.Reader.Seek"
        | "bytes.Reader.Seek"
        | "strings.Reader.WriteTo"
        | "bytes.Reader.WriteTo" => (|| {
            let (p, s, i) = reader_fields(it, &arg(0), span)?;
            let prev = match p.load() {
                Some(Value::Struct(f)) => int_at(&f, 2),
                _ => -1,
            };
            let (ty, what) = name.rsplit_once('.').unwrap_or((name, ""));
            let at_start = if ty.starts_with("bytes") { "slice" } else { "string" };
            let fail = |msg: String| {
                Value::Iface(Some(Rc::new((
                    Dyn::ErrorString,
                    Value::Str(Rc::from(msg.as_bytes())),
                ))))
            };
            match what {
                "UnreadByte" => {
                    if i == 0 {
                        return Ok(vec![fail(format!(
                            "{ty}.UnreadByte: at beginning of {at_start}"
                        ))]);
                    }
                    reader_set(&p, &s, i - 1, -1);
                    Ok(vec![Value::Iface(None)])
                }
                "UnreadRune" => {
                    if i == 0 {
                        return Ok(vec![fail(format!(
                            "{ty}.UnreadRune: at beginning of {at_start}"
                        ))]);
                    }
                    if prev < 0 {
                        return Ok(vec![fail(format!(
                            "{ty}.UnreadRune: previous operation was not ReadRune"
                        ))]);
                    }
                    reader_set(&p, &s, prev as usize, -1);
                    Ok(vec![Value::Iface(None)])
                }
                "Seek" => {
                    let (Value::Int(off), Value::Int(whence)) = (arg(1), arg(2)) else {
                        return Err(it.unsupported(span, name));
                    };
                    reader_set(&p, &s, i, -1);
                    let abs = match whence {
                        0 => off,
                        1 => (i as i64).wrapping_add(off),
                        2 => (s.len() as i64).wrapping_add(off),
                        _ => {
                            return Ok(vec![
                                Value::Int(0),
                                fail(format!("{ty}.Seek: invalid whence")),
                            ])
                        }
                    };
                    if abs < 0 {
                        return Ok(vec![
                            Value::Int(0),
                            fail(format!("{ty}.Seek: negative position")),
                        ]);
                    }
                    if abs > 1 << 40 {
                        return Err(it.unsupported(span, "seeking that far"));
                    }
                    reader_set(&p, &s, abs as usize, -1);
                    Ok(vec![Value::Int(abs), Value::Iface(None)])
                }
                _ => {
                    // WriteTo, as io.Copy uses it.
                    let src_t =
                        if ty.starts_with("bytes") { "*bytes.Reader" } else { "*strings.Reader" };
                    let Some(t) = std_ptr_type(it, ty.split('.').next().unwrap_or(""), "Reader")
                    else {
                        return Err(it.unsupported(span, src_t));
                    };
                    let src = Value::Iface(Some(Rc::new((Dyn::Go(t), arg(0)))));
                    copy(it, &arg(1), &src, span).map(|(n, e)| vec![Value::Int(n), e])
                }
            }
        })(),
        _ if name.starts_with("bytes.Reader.") => {
            let sname = name.replacen("bytes.", "strings.", 1);
            return call(it, &sname, args, span);
        }
        "strings.Reader.ReadAt" => (|| {
            let (_, s, _) = reader_fields(it, &arg(0), span)?;
            let (Value::Slice(dst), Value::Int(off)) = (arg(1), arg(2)) else {
                return Err(it.unsupported(span, name));
            };
            if off < 0 {
                return Err(it.unsupported(span, "ReadAt at a negative offset"));
            }
            let off = off as usize;
            if off >= s.len() {
                return Ok(vec![Value::Int(0), eof(it)]);
            }
            let n = dst.len.min(s.len() - off);
            if let Some(arr) = &dst.arr {
                let mut a = arr.borrow_mut();
                for k in 0..n {
                    crate::std_more::put(&mut a, dst.off + k, Value::Int(i64::from(s[off + k])));
                }
            }
            let err = if n < dst.len { eof(it) } else { Value::Iface(None) };
            Ok(vec![Value::Int(n as i64), err])
        })(),
        "strings.Reader.Len" | "strings.Reader.Size" => (|| {
            let (_, s, i) = reader_fields(it, &arg(0), span)?;
            let n = if name.ends_with("Size") { s.len() } else { s.len().saturating_sub(i) };
            Ok(vec![Value::Int(n as i64)])
        })(),
        "strings.Reader.Read" => (|| {
            let (p, s, i) = reader_fields(it, &arg(0), span)?;
            let Value::Slice(dst) = arg(1) else { return Err(it.unsupported(span, name)) };
            if i >= s.len() {
                return Ok(vec![Value::Int(0), eof(it)]);
            }
            let n = dst.len.min(s.len() - i);
            if let Some(arr) = &dst.arr {
                let mut a = arr.borrow_mut();
                for k in 0..n {
                    crate::std_more::put(&mut a, dst.off + k, Value::Int(i64::from(s[i + k])));
                }
            }
            reader_set(&p, &s, i + n, -1);
            Ok(vec![Value::Int(n as i64), Value::Iface(None)])
        })(),
        "strings.Reader.ReadByte" => (|| {
            let (p, s, i) = reader_fields(it, &arg(0), span)?;
            match s.get(i) {
                Some(&b) => {
                    reader_set(&p, &s, i + 1, -1);
                    Ok(vec![Value::Int(i64::from(b)), Value::Iface(None)])
                }
                None => {
                    reader_set(&p, &s, i, -1);
                    Ok(vec![Value::Int(0), eof(it)])
                }
            }
        })(),
        "strings.Reader.ReadRune" => (|| {
            let (p, s, i) = reader_fields(it, &arg(0), span)?;
            match s.get(i..).and_then(|rest| decode_runes(rest).first().copied()) {
                Some((r, w)) => {
                    reader_set(&p, &s, i + w, i as i64);
                    Ok(vec![Value::Int(i64::from(r)), Value::Int(w as i64), Value::Iface(None)])
                }
                None => {
                    reader_set(&p, &s, i, -1);
                    Ok(vec![Value::Int(0), Value::Int(0), eof(it)])
                }
            }
        })(),
        "strings.Reader.Reset" => (|| {
            let (p, _, _) = reader_fields(it, &arg(0), span)?;
            reader_reset(&p, arg(1));
            Ok(Vec::new())
        })(),
        "io.Copy" => copy(it, &arg(0), &arg(1), span).map(|(n, e)| vec![Value::Int(n), e]),
        "io.CopyN" => (|| {
            let Value::Int(n) = arg(2) else { return Err(it.unsupported(span, name)) };
            let lim = limit_reader(it, arg(1), n, span)?;
            let (written, err) = copy(it, &arg(0), &lim, span)?;
            if written == n {
                return Ok(vec![Value::Int(n), Value::Iface(None)]);
            }
            let err = if written < n && matches!(err, Value::Iface(None)) { eof(it) } else { err };
            Ok(vec![Value::Int(written), err])
        })(),
        "io.LimitReader" => (|| {
            let Value::Int(n) = arg(1) else { return Err(it.unsupported(span, name)) };
            Ok(vec![limit_reader(it, arg(0), n, span)?])
        })(),
        "io.LimitedReader.Read" => limited_read(it, &arg(0), &arg(1), span),
        "io.NewSectionReader" => (|| {
            let (Value::Int(off), Value::Int(n)) = (arg(1), arg(2)) else {
                return Err(it.unsupported(span, name));
            };
            let limit = off.checked_add(n).filter(|_| off >= 0 && n >= 0);
            let Some(limit) = limit else {
                return Err(
                    it.unsupported(span, "io.NewSectionReader with a negative or huge range")
                );
            };
            let f =
                vec![arg(0), Value::Int(off), Value::Int(off), Value::Int(limit), Value::Int(n)];
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f)))))])
        })(),
        "io.SectionReader.Read" | "io.SectionReader.Size" => {
            section(it, name, &arg(0), &arg(1), span)
        }
        "io.MultiReader" => {
            // A copy of the argument slice.
            let rs = match arg(0) {
                Value::Slice(s) => s.to_vec(),
                _ => Vec::new(),
            };
            let state = Value::Ptr(Some(Ptr::to_cell(cell(Value::Slice(Slice::from_vec(rs))))));
            Ok(vec![crate::std_io::obj_value(crate::std_io::StdObj::MultiReader, state)])
        }
        "io.TeeReader" => Ok(vec![crate::std_io::obj_value(
            crate::std_io::StdObj::TeeReader,
            Value::Tuple(vec![arg(0), arg(1)]),
        )]),
        "io.MultiWriter" => crate::std_io::multi_writer(it, &arg(0), span),
        "io.ReadFull" | "io.ReadAtLeast" => (|| {
            let Value::Slice(buf) = arg(1) else { return Err(it.unsupported(span, name)) };
            let min = match (name, arg(2)) {
                ("io.ReadFull", _) => buf.len,
                (_, Value::Int(m)) => m.max(0) as usize,
                _ => return Err(it.unsupported(span, name)),
            };
            read_at_least(it, &arg(0), &buf, min, span)
        })(),
        "io.WriteString" => (|| {
            let text = bytes_of(&arg(1));
            if let Value::Iface(Some(w)) = arg(0) {
                if has_io_method(it, &w, "WriteString") {
                    return call_method(it, &w, "WriteString", vec![arg(1)], span);
                }
            }
            crate::std_io::write_to(it, &arg(0), &text, span)
        })(),
        "io.ReadAll" => read_all(it, &arg(0), span),
        "io.NopCloser" => Err(it.unsupported(span, "std function io.NopCloser")),
        "bufio.NewReader" | "bufio.NewReaderSize" => (|| {
            let size = match (name, arg(1)) {
                ("bufio.NewReaderSize", Value::Int(n)) => n.max(16) as usize,
                _ => 4096,
            };
            // A *bufio.Reader at least that large is returned as it is.
            if let Value::Iface(Some(b)) = arg(0) {
                if dyn_type(it, &arg(0)).as_deref() == Some("*bufio.Reader") {
                    if let Value::Ptr(Some(p)) = &b.1 {
                        if let Some(Value::Struct(f)) = p.load() {
                            if matches!(f.first(), Some(Value::Slice(s)) if s.len >= size) {
                                return Ok(vec![b.1.clone()]);
                            }
                        }
                    }
                }
            }
            if size > 1 << 24 {
                return Err(it.unsupported(span, "a bufio.Reader that large"));
            }
            it.alloc(size as u64, span)?;
            let f = vec![
                Value::Slice(zeros(size)),
                arg(0),
                Value::Int(0),
                Value::Int(0),
                Value::Iface(None),
                Value::Int(-1),
                Value::Int(-1),
            ];
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f)))))])
        })(),
        "bufio.NewScanner" => {
            let split = Value::Func(Some(Rc::new(Closure {
                code: Code::Std("bufio.ScanLines".into()),
                captured: Vec::new(),
                targs: Rc::new(Vec::new()),
                recv: None,
            })));
            let f = vec![
                arg(0),
                split,
                Value::Int(64 * 1024),
                Value::Slice(Slice::nil()),
                Value::Slice(Slice::nil()),
                Value::Int(0),
                Value::Int(0),
                Value::Iface(None),
                Value::Int(0),
                Value::Bool(false),
                Value::Bool(false),
            ];
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f)))))])
        }
        "bufio.Scanner.Scan"
        | "bufio.Scanner.Text"
        | "bufio.Scanner.Bytes"
        | "bufio.Scanner.Err"
        | "bufio.Scanner.Split"
        | "bufio.Scanner.Buffer" => scanner(it, name, args, span),
        "bufio.ScanLines" | "bufio.ScanWords" | "bufio.ScanRunes" | "bufio.ScanBytes" => {
            return split_call(it, name, args, span)
        }
        "bufio.NewReadWriter" => {
            let f = vec![arg(0), arg(1)];
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f)))))])
        }
        _ => return buf_reader(it, name, args, span),
    };
    Some(r)
}

/// Field indexes of `bufio.Scanner` (`r, split, maxTokenSize, token, buf, start, end, err,
/// empties, scanCalled, done`).
const R_: usize = 0;
const SPLIT: usize = 1;
const MAX: usize = 2;
const TOKEN: usize = 3;
const BUF: usize = 4;
const START: usize = 5;
const END: usize = 6;
const ERR: usize = 7;
const EMPTIES: usize = 8;
const SCANNED: usize = 9;
const DONE: usize = 10;

fn fint(f: &[Value], i: usize) -> usize {
    match f.get(i) {
        Some(Value::Int(n)) => (*n).max(0) as usize,
        _ => 0,
    }
}

/// `s[from:to]` of a byte slice value (nil stays nil when empty).
fn sub(s: &Slice, from: usize, to: usize) -> Slice {
    Slice {
        arr: s.arr.clone(),
        off: s.off + from,
        len: to.saturating_sub(from),
        cap: s.cap.saturating_sub(from),
        alt_cap: s.alt_cap.saturating_sub(from),
    }
}

/// One of the std split functions on `data` (a byte slice): `(advance, token, err)` with the
/// token a view of `data` (`ScanRunes`' error rune a fresh slice), as Go's.
fn std_split(it: &mut Interp, name: &str, data: &Slice, at_eof: bool) -> Option<(usize, Value)> {
    let bytes = ints(&data.to_vec());
    let nil = Value::Slice(Slice::nil());
    if at_eof && bytes.is_empty() {
        return Some((0, nil));
    }
    let tok = |a: usize, b: usize| Value::Slice(sub(data, a, b));
    Some(match name {
        "bufio.ScanBytes" => (1, tok(0, 1)),
        "bufio.ScanRunes" => {
            if bytes[0] < 0x80 {
                return Some((1, tok(0, 1)));
            }
            let (_, w) = decode_runes(&bytes).first().copied().unwrap_or((0xfffd, 1));
            if w > 1 {
                return Some((w, tok(0, w)));
            }
            if !at_eof && !crate::std_more::full_rune(&bytes) {
                return Some((0, nil));
            }
            let _ = it;
            (1, Value::Slice(byte_slice("\u{fffd}".as_bytes())))
        }
        "bufio.ScanLines" => {
            let drop_cr = |a: usize, b: usize| {
                if b > a && bytes[b - 1] == b'\r' {
                    tok(a, b - 1)
                } else {
                    tok(a, b)
                }
            };
            match bytes.iter().position(|&c| c == b'\n') {
                Some(i) => (i + 1, drop_cr(0, i)),
                None if at_eof => (bytes.len(), drop_cr(0, bytes.len())),
                None => (0, nil),
            }
        }
        "bufio.ScanWords" => {
            let space = |r: u32| char::from_u32(r).is_some_and(char::is_whitespace);
            let runes = decode_runes(&bytes);
            let mut start = 0;
            let mut k = 0;
            while k < runes.len() && space(runes[k].0) {
                start += runes[k].1;
                k += 1;
            }
            let mut i = start;
            while k < runes.len() {
                if space(runes[k].0) {
                    return Some((i + runes[k].1, tok(start, i)));
                }
                i += runes[k].1;
                k += 1;
            }
            if at_eof && bytes.len() > start {
                (bytes.len(), tok(start, bytes.len()))
            } else {
                (start, nil)
            }
        }
        _ => return None,
    })
}

fn split_name(f: &Value) -> Option<String> {
    match f {
        Value::Func(Some(c)) => match &c.code {
            Code::Std(n) if c.recv.is_none() => Some(n.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Calls the scanner's split function: `(advance, token, err)`.
fn call_split(
    it: &mut Interp,
    split: &Value,
    data: &Slice,
    at_eof: bool,
    span: Span,
) -> R<(i64, Value, Value)> {
    if let Some(name) = split_name(split) {
        if let Some((adv, tok)) = std_split(it, &name, data, at_eof) {
            return Ok((adv as i64, tok, Value::Iface(None)));
        }
    }
    let Value::Func(Some(clo)) = split else {
        return Err(it.unsupported(span, "a nil split function (panics)"));
    };
    let clo = clo.clone();
    let r =
        it.call_closure(&clo, vec![Value::Slice(data.clone()), Value::Bool(at_eof)], span, false)?;
    match (r.first(), r.get(1), r.get(2)) {
        (Some(Value::Int(a)), Some(tok), Some(err)) => Ok((*a, tok.clone(), err.clone())),
        _ => Err(it.unsupported(span, "split function result")),
    }
}

/// The std split functions called by the program (`bufio.ScanWords(data, atEOF)`).
pub fn split_call(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    span: Span,
) -> Option<R<Vec<Value>>> {
    if !matches!(
        name,
        "bufio.ScanLines" | "bufio.ScanWords" | "bufio.ScanRunes" | "bufio.ScanBytes"
    ) {
        return None;
    }
    let data = match args.first() {
        Some(Value::Slice(s)) => s.clone(),
        _ => Slice::nil(),
    };
    let at_eof = matches!(args.get(1), Some(Value::Bool(true)));
    Some(match std_split(it, name, &data, at_eof) {
        Some((a, tok)) => Ok(vec![Value::Int(a as i64), tok, Value::Iface(None)]),
        None => Err(it.unsupported(span, name)),
    })
}

fn scan_err(it: &mut Interp, name: &str) -> Value {
    crate::std_io::std_var(it, "bufio", name).unwrap_or(Value::Iface(None))
}

/// `bufio.Scanner` as Go runs it: the split function (std or the program's) sees
/// `buf[start:end]` of a buffer that starts at 4096 bytes (or the one given to `Buffer`) and
/// doubles up to the maximum token size (`ErrTooLong` beyond); reads fill `buf[end:]`.
fn scanner(it: &mut Interp, name: &str, args: &[Value], span: Span) -> R<Vec<Value>> {
    let Some(Value::Ptr(Some(p))) = args.first() else {
        return Err(it.unsupported(span, "bufio.Scanner method on a nil pointer (panics)"));
    };
    let Some(Value::Struct(mut f)) = p.load() else {
        return Err(it.unsupported(span, "bufio.Scanner"));
    };
    if f.len() != 11 {
        return Err(it.unsupported(span, "bufio.Scanner"));
    }
    let nil = || Value::Iface(None);
    match name {
        "bufio.Scanner.Text" => {
            let Value::Slice(t) = &f[TOKEN] else {
                return Ok(vec![Value::Str(Rc::from(&b""[..]))]);
            };
            Ok(vec![Value::Str(Rc::from(ints(&t.to_vec())))])
        }
        "bufio.Scanner.Bytes" => Ok(vec![f[TOKEN].clone()]),
        "bufio.Scanner.Err" => {
            let eof_v = eof(it);
            Ok(vec![if is_err(&f[ERR], &eof_v) { nil() } else { f[ERR].clone() }])
        }
        "bufio.Scanner.Split" | "bufio.Scanner.Buffer" => {
            if matches!(f[SCANNED], Value::Bool(true)) {
                let what = if name.ends_with("Split") { "Split" } else { "Buffer" };
                return Err(it.panic_string(&format!("{what} called after Scan")));
            }
            if name.ends_with("Split") {
                f[SPLIT] = args.get(1).cloned().unwrap_or(Value::Func(None));
            } else {
                let (Some(Value::Slice(b)), Some(Value::Int(max))) = (args.get(1), args.get(2))
                else {
                    return Err(it.unsupported(span, name));
                };
                if b.cap != b.alt_cap {
                    return Err(it.unsupported(
                        span,
                        "bufio.Scanner.Buffer of a slice whose capacity depends on escape analysis",
                    ));
                }
                f[BUF] = Value::Slice(Slice { len: b.cap, ..b.clone() });
                f[MAX] = Value::Int(*max);
            }
            p.store(Value::Struct(f));
            Ok(Vec::new())
        }
        _ => {
            // Scan.
            if matches!(f[DONE], Value::Bool(true)) {
                return Ok(vec![Value::Bool(false)]);
            }
            f[SCANNED] = Value::Bool(true);
            let set_err = |it: &mut Interp, f: &mut Vec<Value>, e: Value| {
                let eof_v = eof(it);
                if matches!(f[ERR], Value::Iface(None)) || is_err(&f[ERR], &eof_v) {
                    f[ERR] = e;
                }
            };
            for _ in 0..1_000_000 {
                let buf = match &f[BUF] {
                    Value::Slice(s) => s.clone(),
                    _ => Slice::nil(),
                };
                let (start, end) = (fint(&f, START), fint(&f, END));
                let has_err = !matches!(f[ERR], Value::Iface(None));
                if end > start || has_err {
                    let split = f[SPLIT].clone();
                    p.store(Value::Struct(f.clone()));
                    let (adv, tok, err) =
                        call_split(it, &split, &sub(&buf, start, end), has_err, span)?;
                    if let Some(Value::Struct(g)) = p.load() {
                        f = g;
                    }
                    if !matches!(err, Value::Iface(None)) {
                        let fin = scan_err(it, "ErrFinalToken");
                        if is_err(&err, &fin) {
                            let some = matches!(&tok, Value::Slice(s) if s.arr.is_some());
                            f[TOKEN] = tok;
                            f[DONE] = Value::Bool(true);
                            p.store(Value::Struct(f));
                            return Ok(vec![Value::Bool(some)]);
                        }
                        set_err(it, &mut f, err);
                        p.store(Value::Struct(f));
                        return Ok(vec![Value::Bool(false)]);
                    }
                    if adv < 0 {
                        let e = scan_err(it, "ErrNegativeAdvance");
                        set_err(it, &mut f, e);
                        p.store(Value::Struct(f));
                        return Ok(vec![Value::Bool(false)]);
                    }
                    if adv as usize > end - start {
                        let e = scan_err(it, "ErrAdvanceTooFar");
                        set_err(it, &mut f, e);
                        p.store(Value::Struct(f));
                        return Ok(vec![Value::Bool(false)]);
                    }
                    f[START] = Value::Int((start + adv as usize) as i64);
                    let some = matches!(&tok, Value::Slice(s) if s.arr.is_some());
                    f[TOKEN] = tok;
                    if some {
                        if !has_err || adv > 0 {
                            f[EMPTIES] = Value::Int(0);
                        } else {
                            let e = fint(&f, EMPTIES) + 1;
                            f[EMPTIES] = Value::Int(e as i64);
                            if e > 100 {
                                return Err(it.panic_string(
                                    "bufio.Scan: too many empty tokens without progressing",
                                ));
                            }
                        }
                        p.store(Value::Struct(f));
                        return Ok(vec![Value::Bool(true)]);
                    }
                }
                if !matches!(f[ERR], Value::Iface(None)) {
                    f[START] = Value::Int(0);
                    f[END] = Value::Int(0);
                    p.store(Value::Struct(f));
                    return Ok(vec![Value::Bool(false)]);
                }
                let (mut start, mut end) = (fint(&f, START), fint(&f, END));
                let mut buf = buf;
                if start > 0 && (end == buf.len || start > buf.len / 2) {
                    let data = ints(&sub(&buf, start, end).to_vec());
                    write_bytes(&buf, 0, &data);
                    end -= start;
                    start = 0;
                }
                if end == buf.len {
                    let max = fint(&f, MAX);
                    if buf.len >= max {
                        let e = scan_err(it, "ErrTooLong");
                        set_err(it, &mut f, e);
                        p.store(Value::Struct(f));
                        return Ok(vec![Value::Bool(false)]);
                    }
                    let size = if buf.len == 0 { 4096 } else { buf.len * 2 }.min(max);
                    it.alloc(size as u64, span)?;
                    let data = ints(&sub(&buf, start, end).to_vec());
                    let mut v: Vec<Value> =
                        data.iter().map(|&c| Value::Int(i64::from(c))).collect();
                    v.resize(size, Value::Int(0));
                    buf = Slice::from_vec(v);
                    end -= start;
                    start = 0;
                }
                f[BUF] = Value::Slice(buf.clone());
                f[START] = Value::Int(start as i64);
                f[END] = Value::Int(end as i64);
                let rd = f[R_].clone();
                let mut loops = 0;
                loop {
                    let view = sub(&buf, end, buf.len);
                    let view = Slice { len: view.len, ..view };
                    p.store(Value::Struct(f.clone()));
                    let (n, err) = call_read(it, &rd, &view, span)?;
                    if let Some(Value::Struct(g)) = p.load() {
                        f = g;
                    }
                    end += n;
                    f[END] = Value::Int(end as i64);
                    if !matches!(err, Value::Iface(None)) {
                        set_err(it, &mut f, err);
                        break;
                    }
                    if n > 0 {
                        f[EMPTIES] = Value::Int(0);
                        break;
                    }
                    loops += 1;
                    if loops > 100 {
                        let e = crate::std_io::std_var(it, "io", "ErrNoProgress").unwrap_or(nil());
                        set_err(it, &mut f, e);
                        break;
                    }
                }
            }
            Err(it.unsupported(span, "a bufio.Scanner that does not progress"))
        }
    }
}

/// `*bufio.Reader` (`struct { buf []byte; rd io.Reader; r, w int; err error; lastByte,
/// lastRuneSize int }`) as Go runs it over any reader: `fill` reads into `buf[w:]`, slices
/// returned by `Peek`/`ReadSlice`/`ReadLine` are views of the buffer's array.
struct BR {
    p: Ptr,
    buf: Slice,
    rd: Value,
    r: usize,
    w: usize,
    err: Value,
    last_byte: i64,
    last_rune: i64,
}

impl BR {
    fn load(it: &mut Interp, recv: Option<&Value>, span: Span) -> R<BR> {
        let Some(Value::Ptr(Some(p))) = recv else {
            return Err(it.unsupported(span, "bufio.Reader method on a nil pointer (panics)"));
        };
        let Some(Value::Struct(f)) = p.load() else {
            return Err(it.unsupported(span, "bufio.Reader"));
        };
        match &f[..] {
            [Value::Slice(buf), rd, Value::Int(r), Value::Int(w), err, Value::Int(lb), Value::Int(lr)]
                if buf.len > 0 =>
            {
                Ok(BR {
                    p: p.clone(),
                    buf: buf.clone(),
                    rd: rd.clone(),
                    r: (*r).max(0) as usize,
                    w: (*w).max(0) as usize,
                    err: err.clone(),
                    last_byte: *lb,
                    last_rune: *lr,
                })
            }
            _ => Err(it.unsupported(span, "a zero bufio.Reader")),
        }
    }
    fn store(&self) {
        self.p.store(Value::Struct(vec![
            Value::Slice(self.buf.clone()),
            self.rd.clone(),
            Value::Int(self.r as i64),
            Value::Int(self.w as i64),
            self.err.clone(),
            Value::Int(self.last_byte),
            Value::Int(self.last_rune),
        ]));
    }
    fn size(&self) -> usize {
        self.buf.len
    }
    fn bytes(&self, from: usize, to: usize) -> Vec<u8> {
        ints(&self.view(from, to).to_vec())
    }
    fn view(&self, from: usize, to: usize) -> Slice {
        Slice {
            arr: self.buf.arr.clone(),
            off: self.buf.off + from,
            len: to.saturating_sub(from),
            cap: self.buf.cap.saturating_sub(from),
            alt_cap: self.buf.alt_cap.saturating_sub(from),
        }
    }
    fn read_err(&mut self) -> Value {
        std::mem::replace(&mut self.err, Value::Iface(None))
    }
    fn has_err(&self) -> bool {
        !matches!(self.err, Value::Iface(None))
    }
    /// Go's `fill`: slide the unread bytes down, then read into `buf[w:]` (up to 100 empty
    /// reads).
    fn fill(&mut self, it: &mut Interp, span: Span) -> R<()> {
        if self.r > 0 {
            let rest = self.bytes(self.r, self.w);
            write_bytes(&self.buf, 0, &rest);
            self.w -= self.r;
            self.r = 0;
        }
        if self.w >= self.size() {
            return Err(it.panic_string("bufio: tried to fill full buffer"));
        }
        for _ in 0..100 {
            let view = self.view(self.w, self.size());
            let view = Slice { len: view.len.min(view.cap), ..view };
            self.store();
            let (n, err) = call_read(it, &self.rd, &view, span)?;
            *self = BR::load(it, Some(&Value::Ptr(Some(self.p.clone()))), span)?;
            self.w += n;
            if !matches!(err, Value::Iface(None)) {
                self.err = err;
                return Ok(());
            }
            if n > 0 {
                return Ok(());
            }
        }
        self.err = crate::std_io::std_var(it, "io", "ErrNoProgress").unwrap_or(Value::Iface(None));
        Ok(())
    }
    /// Go's `ReadSlice`: the view up to and including `delim`, or what is there with the
    /// error (`bufio.ErrBufferFull` for a full buffer).
    fn read_slice(&mut self, it: &mut Interp, delim: u8, span: Span) -> R<(Slice, Value)> {
        let mut s = 0;
        let (line, err) = loop {
            let hay = self.bytes(self.r + s, self.w);
            if let Some(i) = hay.iter().position(|&c| c == delim) {
                let i = i + s;
                let line = self.view(self.r, self.r + i + 1);
                self.r += i + 1;
                break (line, Value::Iface(None));
            }
            if self.has_err() {
                let line = self.view(self.r, self.w);
                self.r = self.w;
                break (line, self.read_err());
            }
            if self.w - self.r >= self.size() {
                self.r = self.w;
                let line = self.view(0, self.size());
                break (line, buffer_full(it, span)?);
            }
            s = self.w - self.r;
            self.fill(it, span)?;
        };
        if line.len > 0 {
            if let Some(Value::Int(c)) = line.get(line.len - 1) {
                self.last_byte = c;
                self.last_rune = -1;
            }
        }
        Ok((line, err))
    }
}

fn buffer_full(it: &mut Interp, span: Span) -> R<Value> {
    bufio_err(it, "ErrBufferFull", "bufio: buffer full", span)
}

/// A `bufio` error variable (one identity per run).
fn bufio_err(it: &mut Interp, name: &str, _text: &str, _span: Span) -> R<Value> {
    Ok(crate::std_io::std_var(it, "bufio", name).unwrap_or(Value::Iface(None)))
}

fn is_err(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Iface(Some(x)), Value::Iface(Some(y))) if Rc::ptr_eq(x, y))
}

pub fn buf_reader(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    span: Span,
) -> Option<R<Vec<Value>>> {
    let m = name.strip_prefix("bufio.Reader.")?;
    let r = (|| {
        let mut b = BR::load(it, args.first(), span)?;
        let arg = args.get(1).cloned().unwrap_or(Value::Tuple(Vec::new()));
        let nil = || Value::Iface(None);
        let out = match (m, &arg) {
            ("Size", _) => vec![Value::Int(b.size() as i64)],
            ("Buffered", _) => vec![Value::Int((b.w - b.r) as i64)],
            ("Reset", rd) => {
                b.r = 0;
                b.w = 0;
                b.rd = rd.clone();
                b.err = nil();
                b.last_byte = -1;
                b.last_rune = -1;
                vec![]
            }
            ("Peek", Value::Int(n)) => {
                if *n < 0 {
                    let e = bufio_err(it, "ErrNegativeCount", "bufio: negative count", span)?;
                    return Ok(vec![Value::Slice(Slice::nil()), e]);
                }
                let mut n = *n as usize;
                b.last_byte = -1;
                b.last_rune = -1;
                while b.w - b.r < n && b.w - b.r < b.size() && !b.has_err() {
                    b.fill(it, span)?;
                }
                if n > b.size() {
                    let e = buffer_full(it, span)?;
                    let v = b.view(b.r, b.w);
                    b.store();
                    return Ok(vec![Value::Slice(v), e]);
                }
                let mut err = nil();
                if b.w - b.r < n {
                    n = b.w - b.r;
                    err = b.read_err();
                    if matches!(err, Value::Iface(None)) {
                        err = buffer_full(it, span)?;
                    }
                }
                vec![Value::Slice(b.view(b.r, b.r + n)), err]
            }
            ("Discard", Value::Int(n)) => {
                if *n < 0 {
                    let e = bufio_err(it, "ErrNegativeCount", "bufio: negative count", span)?;
                    return Ok(vec![Value::Int(0), e]);
                }
                let n = *n as usize;
                if n == 0 {
                    return Ok(vec![Value::Int(0), nil()]);
                }
                b.last_byte = -1;
                b.last_rune = -1;
                let mut remain = n;
                loop {
                    let mut skip = b.w - b.r;
                    if skip == 0 {
                        b.fill(it, span)?;
                        skip = b.w - b.r;
                    }
                    let skip = skip.min(remain);
                    b.r += skip;
                    remain -= skip;
                    if remain == 0 {
                        break vec![Value::Int(n as i64), nil()];
                    }
                    if b.has_err() {
                        let e = b.read_err();
                        break vec![Value::Int((n - remain) as i64), e];
                    }
                }
            }
            ("Read", Value::Slice(p)) => {
                if p.len == 0 {
                    let e = if b.w > b.r { nil() } else { b.read_err() };
                    b.store();
                    return Ok(vec![Value::Int(0), e]);
                }
                if b.r == b.w {
                    if b.has_err() {
                        let e = b.read_err();
                        b.store();
                        return Ok(vec![Value::Int(0), e]);
                    }
                    if p.len >= b.size() {
                        // Read directly into p.
                        b.store();
                        let (n, e) = call_read(it, &b.rd.clone(), p, span)?;
                        b = BR::load(it, args.first(), span)?;
                        b.err = e;
                        if n > 0 {
                            if let Some(Value::Int(c)) = p.get(n - 1) {
                                b.last_byte = c;
                            }
                            b.last_rune = -1;
                        }
                        let e = b.read_err();
                        b.store();
                        return Ok(vec![Value::Int(n as i64), e]);
                    }
                    b.r = 0;
                    b.w = 0;
                    let whole = b.view(0, b.size());
                    b.store();
                    let (n, e) = call_read(it, &b.rd.clone(), &whole, span)?;
                    b = BR::load(it, args.first(), span)?;
                    b.err = e;
                    if n == 0 {
                        let e = b.read_err();
                        b.store();
                        return Ok(vec![Value::Int(0), e]);
                    }
                    b.w += n;
                }
                let data = b.bytes(b.r, b.w);
                let n = copy_bytes(p, &data);
                b.r += n;
                b.last_byte = i64::from(data[n - 1]);
                b.last_rune = -1;
                vec![Value::Int(n as i64), nil()]
            }
            ("ReadByte", _) => {
                b.last_rune = -1;
                loop {
                    if b.r != b.w {
                        let c = b.bytes(b.r, b.r + 1)[0];
                        b.r += 1;
                        b.last_byte = i64::from(c);
                        break vec![Value::Int(i64::from(c)), nil()];
                    }
                    if b.has_err() {
                        let e = b.read_err();
                        break vec![Value::Int(0), e];
                    }
                    b.fill(it, span)?;
                }
            }
            ("UnreadByte", _) => {
                if b.last_byte < 0 || b.r == 0 && b.w > 0 {
                    let e = bufio_err(
                        it,
                        "ErrInvalidUnreadByte",
                        "bufio: invalid use of UnreadByte",
                        span,
                    )?;
                    return Ok(vec![e]);
                }
                if b.r > 0 {
                    b.r -= 1;
                } else {
                    b.w = 1;
                }
                if let Some(arr) = &b.buf.arr {
                    let mut a = arr.borrow_mut();
                    crate::std_more::put(&mut a, b.buf.off + b.r, Value::Int(b.last_byte));
                }
                b.last_byte = -1;
                b.last_rune = -1;
                vec![nil()]
            }
            ("ReadRune", _) => {
                while b.r + 4 > b.w
                    && !crate::std_more::full_rune(&b.bytes(b.r, b.w))
                    && !b.has_err()
                    && b.w - b.r < b.size()
                {
                    b.fill(it, span)?;
                }
                b.last_rune = -1;
                if b.r == b.w {
                    let e = b.read_err();
                    b.store();
                    return Ok(vec![Value::Int(0), Value::Int(0), e]);
                }
                let data = b.bytes(b.r, b.w);
                let (r, size) = decode_runes(&data).first().copied().unwrap_or((0xfffd, 1));
                b.r += size;
                b.last_byte = i64::from(data[size - 1]);
                b.last_rune = size as i64;
                vec![Value::Int(i64::from(r)), Value::Int(size as i64), nil()]
            }
            ("UnreadRune", _) => {
                if b.last_rune < 0 || (b.r as i64) < b.last_rune {
                    let e = bufio_err(
                        it,
                        "ErrInvalidUnreadRune",
                        "bufio: invalid use of UnreadRune",
                        span,
                    )?;
                    return Ok(vec![e]);
                }
                b.r -= b.last_rune as usize;
                b.last_byte = -1;
                b.last_rune = -1;
                vec![nil()]
            }
            ("ReadSlice", Value::Int(d)) => {
                let (line, e) = b.read_slice(it, *d as u8, span)?;
                vec![Value::Slice(line), e]
            }
            ("ReadLine", _) => {
                let (mut line, err) = b.read_slice(it, b'\n', span)?;
                let full = buffer_full(it, span)?;
                if is_err(&err, &full) {
                    if line.len > 0
                        && line.get(line.len - 1).is_some_and(|v| matches!(v, Value::Int(13)))
                    {
                        if b.r == 0 {
                            return Err(
                                it.panic_string("bufio: tried to rewind past start of buffer")
                            );
                        }
                        b.r -= 1;
                        line.len -= 1;
                    }
                    vec![Value::Slice(line), Value::Bool(true), nil()]
                } else if line.len == 0 {
                    let line = if matches!(err, Value::Iface(None)) { line } else { Slice::nil() };
                    vec![Value::Slice(line), Value::Bool(false), err]
                } else {
                    if line.get(line.len - 1).is_some_and(|v| matches!(v, Value::Int(10))) {
                        let cr = line.len > 1
                            && line.get(line.len - 2).is_some_and(|v| matches!(v, Value::Int(13)));
                        line.len -= if cr { 2 } else { 1 };
                    }
                    vec![Value::Slice(line), Value::Bool(false), nil()]
                }
            }
            ("ReadBytes" | "ReadString", Value::Int(d)) => {
                // collectFragments: full buffers copied, then the final fragment.
                let full = buffer_full(it, span)?;
                let mut text = Vec::new();
                let err = loop {
                    let (frag, e) = b.read_slice(it, *d as u8, span)?;
                    text.extend(ints(&frag.to_vec()));
                    if matches!(e, Value::Iface(None)) {
                        break nil();
                    }
                    if !is_err(&e, &full) {
                        break e;
                    }
                };
                it.alloc(text.len() as u64, span)?;
                let v = if m == "ReadString" {
                    Value::Str(Rc::from(text))
                } else {
                    // make([]byte, n): capacity n.
                    Value::Slice(byte_slice(&text))
                };
                vec![v, err]
            }
            ("WriteTo", w) => {
                b.last_byte = -1;
                b.last_rune = -1;
                let mut n = 0i64;
                let write_buf = |it: &mut Interp, b: &mut BR| -> R<(i64, Value)> {
                    let data = b.bytes(b.r, b.w);
                    b.store();
                    let res = crate::std_io::write_to(it, w, &data, span)?;
                    *b = BR::load(it, args.first(), span)?;
                    let k = int_at(&res, 0);
                    if k < 0 || k as usize > data.len() {
                        return Err(
                            it.unsupported(span, "a Write method returning an invalid count")
                        );
                    }
                    b.r += k as usize;
                    Ok((k, res.get(1).cloned().unwrap_or(Value::Iface(None))))
                };
                if b.r < b.w {
                    let (k, e) = write_buf(it, &mut b)?;
                    n += k;
                    if !matches!(e, Value::Iface(None)) {
                        b.store();
                        return Ok(vec![Value::Int(n), e]);
                    }
                }
                let rd = b.rd.clone();
                let rd_writer_to = match &rd {
                    Value::Iface(Some(x)) => has_io_method(it, x, "WriteTo"),
                    _ => false,
                };
                let w_reader_from = match w {
                    Value::Iface(Some(x)) => has_io_method(it, x, "ReadFrom"),
                    _ => false,
                };
                if rd_writer_to || w_reader_from {
                    // The rest goes through the reader's WriteTo or the writer's ReadFrom,
                    // as io.Copy picks them.
                    b.store();
                    let (k, e) = copy(it, w, &rd, span)?;
                    return Ok(vec![Value::Int(n + k), e]);
                }
                if b.w - b.r < b.size() {
                    b.fill(it, span)?;
                }
                while b.r < b.w {
                    let (k, e) = write_buf(it, &mut b)?;
                    n += k;
                    if !matches!(e, Value::Iface(None)) {
                        b.store();
                        return Ok(vec![Value::Int(n), e]);
                    }
                    b.fill(it, span)?;
                }
                let eof_v = eof(it);
                if is_err(&b.err, &eof_v) {
                    b.err = nil();
                }
                let e = b.read_err();
                vec![Value::Int(n), e]
            }
            _ => return Err(it.unsupported(span, &format!("std method {name}"))),
        };
        b.store();
        Ok(out)
    })();
    Some(r)
}

/// `*PATH.NAME` for a type of a loaded std package.
fn std_ptr_type(it: &mut Interp, path: &str, name: &str) -> Option<TypeId> {
    let scope = it.ck.pkgs.iter().find(|p| p.path == path)?.scope;
    let obj = *it.ck.scopes.get(scope.0 as usize)?.names.get(name)?;
    let t = it.ck.obj_type(obj);
    Some(it.ck.types.pointer(t))
}

/// `io.LimitReader(r, n)`: an `io.Reader` holding a `*io.LimitedReader`.
fn limit_reader(it: &mut Interp, r: Value, n: i64, span: Span) -> R<Value> {
    let Some(t) = std_ptr_type(it, "io", "LimitedReader") else {
        return Err(it.unsupported(span, "io.LimitedReader"));
    };
    let p = Ptr::to_cell(cell(Value::Struct(vec![r, Value::Int(n)])));
    Ok(Value::Iface(Some(Rc::new((Dyn::Go(t), Value::Ptr(Some(p)))))))
}

fn struct_of(
    it: &mut Interp,
    recv: &Value,
    what: &str,
    n: usize,
    span: Span,
) -> R<(Ptr, Vec<Value>)> {
    let Value::Ptr(Some(p)) = recv else {
        return Err(it.unsupported(span, &format!("{what} method on a nil pointer (panics)")));
    };
    match p.load() {
        Some(Value::Struct(f)) if f.len() == n => Ok((p.clone(), f)),
        _ => Err(it.unsupported(span, what)),
    }
}

fn int_at(f: &[Value], i: usize) -> i64 {
    match f.get(i) {
        Some(Value::Int(n)) => *n,
        _ => 0,
    }
}

/// `(*io.LimitedReader).Read`: at most `N` bytes of `R`.
fn limited_read(it: &mut Interp, recv: &Value, p: &Value, span: Span) -> R<Vec<Value>> {
    let (ptr, f) = struct_of(it, recv, "io.LimitedReader", 2, span)?;
    let Value::Slice(p) = p else { return Err(it.unsupported(span, "io.LimitedReader.Read")) };
    let left = int_at(&f, 1);
    if left <= 0 {
        return Ok(vec![Value::Int(0), eof(it)]);
    }
    let p = if p.len as i64 > left { Slice { len: left as usize, ..p.clone() } } else { p.clone() };
    let (n, err) = call_read(it, &f[0], &p, span)?;
    if let Some(Value::Struct(mut g)) = ptr.load() {
        g[1] = Value::Int(int_at(&g, 1) - n as i64);
        ptr.store(Value::Struct(g));
    }
    Ok(vec![Value::Int(n as i64), err])
}

/// `*io.SectionReader` (`struct { r ReaderAt; base, off, limit, n int64 }`): `Read` through
/// the reader's `ReadAt` (std readers only), `Size`.
fn section(it: &mut Interp, name: &str, recv: &Value, p: &Value, span: Span) -> R<Vec<Value>> {
    let (ptr, mut f) = struct_of(it, recv, "io.SectionReader", 5, span)?;
    if name.ends_with("Size") {
        return Ok(vec![Value::Int(int_at(&f, 4))]);
    }
    let (off, limit) = (int_at(&f, 2), int_at(&f, 3));
    if off >= limit {
        return Ok(vec![Value::Int(0), eof(it)]);
    }
    let Value::Slice(p) = p else { return Err(it.unsupported(span, name)) };
    let max = (limit - off) as usize;
    let p = if p.len > max { Slice { len: max, ..p.clone() } } else { p.clone() };
    let ra = f[0].clone();
    let std_ra = matches!(dyn_type(it, &ra).as_deref(), Some("*strings.Reader" | "*bytes.Reader"));
    if !std_ra {
        return Err(it.unsupported(span, "io.SectionReader over this io.ReaderAt"));
    }
    let Value::Iface(Some(b)) = &ra else { return Err(it.unsupported(span, name)) };
    let res =
        call(it, "strings.Reader.ReadAt", &[b.1.clone(), Value::Slice(p), Value::Int(off)], span)
            .unwrap_or_else(|| Err(it.unsupported(span, name)))?;
    let n = int_at(&res, 0);
    f[2] = Value::Int(off + n);
    ptr.store(Value::Struct(f));
    Ok(res)
}

/// `io.ReadAtLeast(r, buf, min)` (`io.ReadFull` with `min = len(buf)`).
fn read_at_least(it: &mut Interp, r: &Value, buf: &Slice, min: usize, span: Span) -> R<Vec<Value>> {
    if buf.len < min {
        let e = crate::std_io::std_var(it, "io", "ErrShortBuffer").unwrap_or(Value::Iface(None));
        return Ok(vec![Value::Int(0), e]);
    }
    let (mut n, mut err) = (0usize, Value::Iface(None));
    while n < min && matches!(err, Value::Iface(None)) {
        let rest = Slice {
            off: buf.off + n,
            len: buf.len - n,
            cap: buf.cap - n,
            alt_cap: buf.alt_cap.saturating_sub(n),
            arr: buf.arr.clone(),
        };
        let (nn, e) = call_read(it, r, &rest, span)?;
        n += nn;
        err = e;
    }
    if n >= min {
        err = Value::Iface(None);
    } else if n > 0 && is_eof(it, &err) {
        err = crate::std_io::std_var(it, "io", "ErrUnexpectedEOF").unwrap_or(Value::Iface(None));
    }
    Ok(vec![Value::Int(n as i64), err])
}

/// A byte slice of `data` in an array of `cap` bytes.
fn bytes_with_cap(data: &[u8], cap: usize) -> Slice {
    let mut v: Vec<Value> = data.iter().map(|&c| Value::Int(i64::from(c))).collect();
    let len = v.len();
    v.resize(cap.max(len), Value::Int(0));
    let cap = v.len();
    Slice { arr: Some(Backing::new(v)), off: 0, len, cap, alt_cap: cap }
}

/// `io.ReadAll` as go1.27 runs it: reads into a 512-byte slice, then (whenever less than a
/// sixteenth of the current slice is left) into new slices of 256, 384, 576, … bytes (each
/// `append`-allocated, so rounded up to a size class); the result is that first slice when it
/// sufficed, else one exact-length copy (capacity rounded up likewise). A program's `Read` sees
/// the same buffers (views of the same arrays) as in Go.
fn read_all(it: &mut Interp, r: &Value, span: Span) -> R<Vec<Value>> {
    let round = |n: usize| crate::growslice::roundup_size(n as u64, true) as usize;
    let mut b = bytes_with_cap(&[], 512);
    b.len = 0;
    it.alloc(512, span)?;
    let mut next = 256usize;
    let mut chunks: Vec<u8> = Vec::new();
    let mut chunked = false;
    loop {
        let view = Slice {
            arr: b.arr.clone(),
            off: b.len,
            len: b.cap - b.len,
            cap: b.cap - b.len,
            alt_cap: b.cap - b.len,
        };
        let (n, err) = call_read(it, r, &view, span)?;
        b.len += n;
        b.alt_cap = b.cap;
        if !matches!(err, Value::Iface(None)) {
            let err = if is_eof(it, &err) { Value::Iface(None) } else { err };
            if !chunked {
                return Ok(vec![Value::Slice(b), err]);
            }
            chunks.extend(ints(&b.to_vec()));
            let cap = round(chunks.len());
            it.alloc(cap as u64, span)?;
            return Ok(vec![Value::Slice(bytes_with_cap(&chunks, cap)), err]);
        }
        if b.cap - b.len < b.cap / 16 {
            chunks.extend(ints(&b.to_vec()));
            chunked = true;
            let cap = round(next);
            it.alloc(cap as u64, span)?;
            b = bytes_with_cap(&[], cap);
            b.len = 0;
            next += next / 2;
        }
    }
}

/// `io.Copy(dst, src)`: the source's `WriteTo`, else the destination's `ReadFrom`, else
/// reads of 32 KiB (less for a small `*io.LimitedReader`) each written at once.
pub(crate) fn copy(it: &mut Interp, dst: &Value, src: &Value, span: Span) -> R<(i64, Value)> {
    let short = |it: &mut Interp| {
        crate::std_io::std_var(it, "io", "ErrShortWrite").unwrap_or(Value::Iface(None))
    };
    let src_t = dyn_type(it, src);
    let dst_t = dyn_type(it, dst);
    match src_t.as_deref() {
        Some("*strings.Reader" | "*bytes.Reader") => {
            // WriteTo: the unread rest in one write (strings.Reader through io.WriteString).
            let Value::Iface(Some(b)) = src else { return Err(it.unsupported(span, "io.Copy")) };
            let (p, s, i) = reader_fields(it, &b.1, span)?;
            if i >= s.len() {
                return Ok((0, Value::Iface(None)));
            }
            let rest = s[i..].to_vec();
            let r = if src_t.as_deref() == Some("*strings.Reader") {
                call(it, "io.WriteString", &[dst.clone(), Value::Str(Rc::from(&rest[..]))], span)
                    .unwrap_or_else(|| Err(it.unsupported(span, "io.WriteString")))?
            } else {
                crate::std_io::write_to(it, dst, &rest, span)?
            };
            let m = int_at(&r, 0);
            if m < 0 || m as usize > rest.len() {
                return Err(
                    it.unsupported(span, "a Write method returning an invalid count (panics)")
                );
            }
            reader_set(&p, &s, i + m as usize, -1);
            let mut err = r.get(1).cloned().unwrap_or(Value::Iface(None));
            if m as usize != rest.len() && matches!(err, Value::Iface(None)) {
                err = short(it);
            }
            return Ok((m, err));
        }
        Some("*bytes.Buffer") => {
            let Value::Iface(Some(b)) = src else { return Err(it.unsupported(span, "io.Copy")) };
            let r = crate::std_io::buffer_method(
                it,
                "bytes.Buffer.WriteTo",
                &[b.1.clone(), dst.clone()],
                span,
            )
            .unwrap_or_else(|| Err(it.unsupported(span, "bytes.Buffer.WriteTo")))?;
            return Ok((int_at(&r, 0), r.get(1).cloned().unwrap_or(Value::Iface(None))));
        }
        Some("*bufio.Reader") => {
            let Value::Iface(Some(b)) = src else { return Err(it.unsupported(span, "io.Copy")) };
            let r = buf_reader(it, "bufio.Reader.WriteTo", &[b.1.clone(), dst.clone()], span)
                .unwrap_or_else(|| Err(it.unsupported(span, "bufio.Reader.WriteTo")))?;
            return Ok((int_at(&r, 0), r.get(1).cloned().unwrap_or(Value::Iface(None))));
        }
        _ => {}
    }
    if let Some((crate::std_io::StdObj::MultiReader, state)) = crate::std_io::obj_of(src) {
        return multi_write_to(it, &state, dst, span);
    }
    if let Value::Iface(Some(b)) = src {
        if let Dyn::Go(_) = b.0 {
            if has_io_method(it, b, "WriteTo") {
                let clo = it.dyn_method(b.0, b.1.clone(), "WriteTo", span)?;
                let r = it.call_closure(&clo, vec![dst.clone()], span, false)?;
                return Ok((int_at(&r, 0), r.get(1).cloned().unwrap_or(Value::Iface(None))));
            }
        }
    }
    match dst_t.as_deref() {
        Some("*bytes.Buffer") => {
            let Value::Iface(Some(b)) = dst else { return Err(it.unsupported(span, "io.Copy")) };
            let r = crate::std_io::buffer_method(
                it,
                "bytes.Buffer.ReadFrom",
                &[b.1.clone(), src.clone()],
                span,
            )
            .unwrap_or_else(|| Err(it.unsupported(span, "bytes.Buffer.ReadFrom")))?;
            return Ok((int_at(&r, 0), r.get(1).cloned().unwrap_or(Value::Iface(None))));
        }
        Some("*bufio.Writer") => {
            let Value::Iface(Some(b)) = dst else { return Err(it.unsupported(span, "io.Copy")) };
            let r = crate::std_io::bw_read_from(it, &b.1, src, span)?;
            return Ok((int_at(&r, 0), r.get(1).cloned().unwrap_or(Value::Iface(None))));
        }
        _ => {}
    }
    if let Some((crate::std_io::StdObj::Discard, _)) = crate::std_io::obj_of(dst) {
        // discard.ReadFrom: 8 KiB reads until an error.
        let mut n = 0i64;
        let buf = read_buffer(it, 8192, span)?;
        loop {
            let (got, err) = read_into(it, src, &buf, span)?;
            n += got.len() as i64;
            if !matches!(err, Value::Iface(None)) {
                return Ok((n, if is_eof(it, &err) { Value::Iface(None) } else { err }));
            }
        }
    }
    if let Value::Iface(Some(b)) = dst {
        if let Dyn::Go(t) = b.0 {
            if it.type_name(t) != "*os.File" && has_io_method(it, b, "ReadFrom") {
                let clo = it.dyn_method(b.0, b.1.clone(), "ReadFrom", span)?;
                let r = it.call_closure(&clo, vec![src.clone()], span, false)?;
                return Ok((int_at(&r, 0), r.get(1).cloned().unwrap_or(Value::Iface(None))));
            }
        }
    }
    let mut size = 32 * 1024;
    if src_t.as_deref() == Some("*io.LimitedReader") {
        if let Value::Iface(Some(b)) = src {
            if let Some(Value::Ptr(Some(p))) = Some(&b.1) {
                if let Some(Value::Struct(f)) = p.load() {
                    let n = int_at(&f, 1);
                    if n < size as i64 {
                        size = n.max(1) as usize;
                    }
                }
            }
        }
    }
    let mut written = 0i64;
    let buf = read_buffer(it, size, span)?;
    loop {
        let (got, er) = read_into(it, src, &buf, span)?;
        if !got.is_empty() {
            let r = crate::std_io::write_to(it, dst, &got, span)?;
            let nw = int_at(&r, 0);
            let ew = r.get(1).cloned().unwrap_or(Value::Iface(None));
            if nw < 0 || nw as usize > got.len() {
                return Err(it.unsupported(span, "a Write method returning an invalid count"));
            }
            written += nw;
            if !matches!(ew, Value::Iface(None)) {
                return Ok((written, ew));
            }
            if nw as usize != got.len() {
                return Ok((written, short(it)));
            }
        }
        if !matches!(er, Value::Iface(None)) {
            return Ok((written, if is_eof(it, &er) { Value::Iface(None) } else { er }));
        }
    }
}

/// `(*io.multiReader).WriteTo`: each reader copied in turn (nested ones recursively).
fn multi_write_to(it: &mut Interp, state: &Value, dst: &Value, span: Span) -> R<(i64, Value)> {
    let Value::Ptr(Some(p)) = state else { return Err(it.unsupported(span, "io.MultiReader")) };
    let readers = match p.load() {
        Some(Value::Slice(s)) => s.to_vec(),
        _ => Vec::new(),
    };
    let mut sum = 0;
    for (i, r) in readers.iter().enumerate() {
        let (n, err) = match crate::std_io::obj_of(r) {
            Some((crate::std_io::StdObj::MultiReader, inner)) => {
                multi_write_to(it, &inner, dst, span)?
            }
            _ => copy(it, dst, r, span)?,
        };
        sum += n;
        if !matches!(err, Value::Iface(None)) {
            p.store(Value::Slice(Slice::from_vec(readers[i..].to_vec())));
            return Ok((sum, err));
        }
    }
    p.store(Value::Slice(Slice::nil()));
    Ok((sum, Value::Iface(None)))
}

/// `Read` of the io objects (`multiReader`, `teeReader`) and `io.Discard`'s `ReadFrom`.
pub fn obj_method(
    it: &mut Interp,
    o: crate::std_io::StdObj,
    m: &str,
    payload: &Value,
    args: &[Value],
    span: Span,
) -> Option<R<Vec<Value>>> {
    use crate::std_io::StdObj;
    let arg = args.get(1).cloned().unwrap_or(Value::Tuple(Vec::new()));
    let r = (|| match (o, m, payload) {
        (StdObj::MultiReader, "Read", Value::Ptr(Some(st))) => {
            let Value::Slice(p) = &arg else { return Err(it.unsupported(span, "Read")) };
            loop {
                let readers = match st.load() {
                    Some(Value::Slice(s)) => s.to_vec(),
                    _ => Vec::new(),
                };
                let Some(first) = readers.first().cloned() else {
                    return Ok(vec![Value::Int(0), eof(it)]);
                };
                if let Some((StdObj::MultiReader, Value::Ptr(Some(inner)))) =
                    crate::std_io::obj_of(&first)
                {
                    if readers.len() == 1 {
                        // A lone nested multiReader is flattened (its list shared, as in Go).
                        st.store(inner.load().unwrap_or(Value::Slice(Slice::nil())));
                        continue;
                    }
                }
                let (n, mut err) = call_read(it, &first, p, span)?;
                let ended = is_eof(it, &err);
                if ended {
                    st.store(Value::Slice(Slice::from_vec(readers[1..].to_vec())));
                }
                if n > 0 || !ended {
                    if ended && readers.len() > 1 {
                        err = Value::Iface(None);
                    }
                    return Ok(vec![Value::Int(n as i64), err]);
                }
            }
        }
        (StdObj::TeeReader, "Read", Value::Tuple(rw)) if rw.len() == 2 => {
            let Value::Slice(p) = &arg else { return Err(it.unsupported(span, "Read")) };
            let (n, err) = call_read(it, &rw[0], p, span)?;
            if n > 0 {
                let data = ints(&Slice { len: n, ..p.clone() }.to_vec());
                let w = crate::std_io::write_to(it, &rw[1], &data, span)?;
                if let Some(e @ Value::Iface(Some(_))) = w.get(1) {
                    return Ok(vec![Value::Int(int_at(&w, 0)), e.clone()]);
                }
            }
            Ok(vec![Value::Int(n as i64), err])
        }
        (StdObj::MultiReader, "WriteTo", _) => {
            multi_write_to(it, payload, &arg, span).map(|(n, e)| vec![Value::Int(n), e])
        }
        (StdObj::Discard, "ReadFrom", _) => {
            let d = crate::std_io::std_var(it, "io", "Discard").unwrap_or(Value::Iface(None));
            copy(it, &d, &arg, span).map(|(n, e)| vec![Value::Int(n), e])
        }
        _ => Err(it.unsupported(span, &format!("method {m} of {}", o.type_name()))),
    })();
    Some(r)
}
