//! Reading text: `strings.NewReader` and `*strings.Reader`'s methods, `io.ReadAll` of a
//! `*strings.Reader`, and `bufio.Scanner` over a `*strings.Reader` with `ScanLines`,
//! `ScanWords`, `ScanRunes` or `ScanBytes`. Those split functions give the same tokens however
//! Go's scanner chunks its input, so the scanner splits the whole remaining text at once;
//! other readers, custom split functions, `Buffer` and tokens near the 64 KiB limit are
//! refused.

use std::rc::Rc;

use escapade_base::Span;

use crate::interp::{decode_runes, Interp, R};
use crate::value::*;

fn bytes_of(v: &Value) -> Vec<u8> {
    match v {
        Value::Str(s) => s.to_vec(),
        Value::Slice(sl) => {
            sl.to_vec().iter().map(|v| if let Value::Int(b) = v { *b as u8 } else { 0 }).collect()
        }
        _ => Vec::new(),
    }
}

fn byte_slice(b: &[u8]) -> Slice {
    Slice::from_vec(b.iter().map(|&c| Value::Int(i64::from(c))).collect())
}

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

fn reader_set(p: &Ptr, s: &[u8], i: usize, prev: i64) {
    p.store(Value::Struct(vec![Value::Str(Rc::from(s)), Value::Int(i as i64), Value::Int(prev)]));
}

/// The unread text of an `io.Reader` value that is a `*strings.Reader`, consumed.
fn drain(it: &mut Interp, r: &Value, span: Span) -> R<Vec<u8>> {
    let Value::Iface(Some(p)) = r else {
        return Err(it.unsupported(span, "reading from a nil io.Reader (panics)"));
    };
    let Dyn::Go(t) = p.0 else { return Err(it.unsupported(span, "reading from this reader")) };
    if it.type_name(t) != "*strings.Reader" {
        return Err(it.unsupported(span, "reading from this reader (only *strings.Reader)"));
    }
    let (ptr, s, i) = reader_fields(it, &p.1, span)?;
    let rest = s.get(i..).unwrap_or_default().to_vec();
    reader_set(&ptr, &s, s.len().max(i), -1);
    Ok(rest)
}

pub fn call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Tuple(Vec::new()));
    let r = match name {
        "strings.NewReader" => {
            let s = bytes_of(&arg(0));
            let f = vec![Value::Str(Rc::from(s)), Value::Int(0), Value::Int(-1)];
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f)))))])
        }
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
            reader_set(&p, &bytes_of(&arg(1)), 0, -1);
            Ok(Vec::new())
        })(),
        "io.Copy" => (|| {
            // A *strings.Reader is an io.WriterTo: io.Copy hands its rest to one dst.Write.
            let rest = drain(it, &arg(1), span)?;
            if rest.is_empty() {
                return Ok(vec![Value::Int(0), Value::Iface(None)]);
            }
            // WriteTo uses io.WriteString: a user type's own WriteString would be called.
            if let Value::Iface(Some(w)) = arg(0) {
                if let Dyn::Go(t) = w.0 {
                    let std_writer = matches!(
                        it.type_name(t).as_str(),
                        "*strings.Builder" | "*bytes.Buffer" | "*os.File"
                    );
                    if !std_writer && it.find_method(t, "WriteString").is_some() {
                        return Err(it.unsupported(span, "io.Copy to a writer with WriteString"));
                    }
                }
            }
            let r = crate::std_io::write_to(it, &arg(0), &rest, span)?;
            let n = match r.first() {
                Some(Value::Int(n)) => *n,
                _ => return Err(it.unsupported(span, "Write result")),
            };
            let err = r.get(1).cloned().unwrap_or(Value::Iface(None));
            if n as usize != rest.len() && matches!(err, Value::Iface(None)) {
                return Err(it.unsupported(span, "io.Copy through a short write"));
            }
            Ok(vec![Value::Int(n), err])
        })(),
        "io.ReadAll" => (|| {
            let rest = drain(it, &arg(0), span)?;
            it.alloc(rest.len() as u64, span)?;
            // The capacity follows ReadAll's growth policy (not modelled): two candidates so
            // that `cap` and appends in place are refused.
            let s = byte_slice(&rest);
            Ok(vec![Value::Slice(Slice { alt_cap: s.cap + 1, ..s }), Value::Iface(None)])
        })(),
        "bufio.NewReader" => {
            let f = vec![
                Value::Slice(Slice::nil()),
                arg(0),
                Value::Int(0),
                Value::Int(0),
                Value::Iface(None),
                Value::Int(-1),
                Value::Int(-1),
            ];
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f)))))])
        }
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
        | "bufio.Scanner.Split" => scanner(it, name, args, span),
        _ => return buf_reader(it, name, args, span),
    };
    Some(r)
}

/// Field indexes of `bufio.Scanner`.
const R_: usize = 0;
const SPLIT: usize = 1;
const TOKEN: usize = 3;
const BUF: usize = 4;
const START: usize = 5;
const ERR: usize = 7;
const SCANNED: usize = 9;
const DONE: usize = 10;

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
    match name {
        "bufio.Scanner.Text" => Ok(vec![Value::Str(Rc::from(bytes_of(&f[TOKEN])))]),
        "bufio.Scanner.Bytes" => {
            let t = byte_slice(&bytes_of(&f[TOKEN]));
            // The token aliases the scanner's buffer (its capacity is the buffer's rest).
            Ok(vec![Value::Slice(Slice { alt_cap: t.cap + 1, ..t })])
        }
        "bufio.Scanner.Err" => Ok(vec![f[ERR].clone()]),
        "bufio.Scanner.Split" => {
            if matches!(f[SCANNED], Value::Bool(true)) {
                return Err(it.unsupported(span, "Split after Scan (panics)"));
            }
            f[SPLIT] = args.get(1).cloned().unwrap_or(Value::Func(None));
            p.store(Value::Struct(f));
            Ok(Vec::new())
        }
        _ => {
            if matches!(f[DONE], Value::Bool(true)) {
                return Ok(vec![Value::Bool(false)]);
            }
            f[SCANNED] = Value::Bool(true);
            let split = match &f[SPLIT] {
                Value::Func(Some(c)) => match &c.code {
                    Code::Std(n) => n.clone(),
                    _ => String::new(),
                },
                _ => String::new(),
            };
            if !matches!(
                split.as_str(),
                "bufio.ScanLines" | "bufio.ScanWords" | "bufio.ScanRunes" | "bufio.ScanBytes"
            ) {
                return Err(it.unsupported(span, "bufio.Scanner with a custom split function"));
            }
            if matches!(f[BUF], Value::Slice(_)) {
                let text = drain(it, &f[R_], span)?;
                f[BUF] = Value::Str(Rc::from(text));
                f[START] = Value::Int(0);
            }
            let buf = bytes_of(&f[BUF]);
            let start = match f[START] {
                Value::Int(s) => s as usize,
                _ => 0,
            };
            let data = buf.get(start..).unwrap_or_default();
            let next = split_token(&split, data);
            match next {
                Some((adv, tok)) => {
                    if tok.len() >= 60 * 1024 {
                        return Err(it.unsupported(span, "bufio.Scanner token near the size limit"));
                    }
                    f[START] = Value::Int((start + adv) as i64);
                    f[TOKEN] = Value::Slice(byte_slice(&tok));
                    p.store(Value::Struct(f));
                    Ok(vec![Value::Bool(true)])
                }
                None => {
                    f[DONE] = Value::Bool(true);
                    f[TOKEN] = Value::Slice(Slice::nil());
                    p.store(Value::Struct(f));
                    Ok(vec![Value::Bool(false)])
                }
            }
        }
    }
}

/// One token of the std split functions over the rest of the input (at EOF): (advance, token).
fn split_token(split: &str, data: &[u8]) -> Option<(usize, Vec<u8>)> {
    if data.is_empty() {
        return None;
    }
    match split {
        "bufio.ScanBytes" => Some((1, data[..1].to_vec())),
        "bufio.ScanRunes" => {
            let (r, w) = decode_runes(data).first().copied()?;
            let tok = if r == 0xfffd && w == 1 {
                "\u{fffd}".as_bytes().to_vec()
            } else {
                data[..w].to_vec()
            };
            Some((w, tok))
        }
        "bufio.ScanWords" => {
            let runes = decode_runes(data);
            let space = |r: u32| char::from_u32(r).is_some_and(char::is_whitespace);
            let mut off = 0;
            let mut k = 0;
            while k < runes.len() && space(runes[k].0) {
                off += runes[k].1;
                k += 1;
            }
            let start = off;
            while k < runes.len() {
                if space(runes[k].0) {
                    return Some((off + runes[k].1, data[start..off].to_vec()));
                }
                off += runes[k].1;
                k += 1;
            }
            (off > start).then(|| (off, data[start..].to_vec()))
        }
        _ => {
            let (adv, line) = match data.iter().position(|&c| c == b'\n') {
                Some(i) => (i + 1, &data[..i]),
                None => (data.len(), data),
            };
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            Some((adv, line.to_vec()))
        }
    }
}

/// `bufio.Reader` over a `*strings.Reader` whose unread text fits the 4096-byte buffer (Go's
/// first fill then takes all of it): `struct { buf []byte; rd io.Reader; r, w int; err error;
/// lastByte, lastRuneSize int }` with `buf` holding the text once filled.
pub fn buf_reader(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    span: Span,
) -> Option<R<Vec<Value>>> {
    let m = name.strip_prefix("bufio.Reader.")?;
    let r = (|| {
        let Some(Value::Ptr(Some(p))) = args.first() else {
            return Err(it.unsupported(span, "bufio.Reader method on a nil pointer (panics)"));
        };
        let Some(Value::Struct(mut f)) = p.load() else {
            return Err(it.unsupported(span, "bufio.Reader"));
        };
        if f.len() != 7 {
            return Err(it.unsupported(span, "bufio.Reader"));
        }
        if matches!(f[0], Value::Slice(_)) {
            let text = drain(it, &f[1], span)?;
            if text.len() > 4096 {
                return Err(it.unsupported(span, "bufio.Reader over more than one buffer"));
            }
            f[3] = Value::Int(text.len() as i64);
            f[0] = Value::Str(Rc::from(text));
            f[2] = Value::Int(0);
        }
        let text = bytes_of(&f[0]);
        let pos = match f[2] {
            Value::Int(i) => (i as usize).min(text.len()),
            _ => 0,
        };
        let rest = &text[pos..];
        let delim = match args.get(1) {
            Some(Value::Int(c)) => Some(*c as u8),
            _ => None,
        };
        let (adv, out) = match m {
            "ReadRune" => match decode_runes(rest).first() {
                Some(&(r, w)) => {
                    (w, vec![Value::Int(i64::from(r)), Value::Int(w as i64), Value::Iface(None)])
                }
                None => (0, vec![Value::Int(0), Value::Int(0), eof(it)]),
            },
            "ReadByte" => match rest.first() {
                Some(&b) => (1, vec![Value::Int(i64::from(b)), Value::Iface(None)]),
                None => (0, vec![Value::Int(0), eof(it)]),
            },
            "ReadString" | "ReadBytes" => {
                let Some(d) = delim else { return Err(it.unsupported(span, name)) };
                let (n, err) = match rest.iter().position(|&c| c == d) {
                    Some(i) => (i + 1, Value::Iface(None)),
                    None => (rest.len(), eof(it)),
                };
                let v = if m == "ReadString" {
                    Value::Str(Rc::from(&rest[..n]))
                } else {
                    Value::Slice(byte_slice(&rest[..n]))
                };
                (n, vec![v, err])
            }
            "ReadLine" => {
                if rest.is_empty() {
                    (0, vec![Value::Slice(Slice::nil()), Value::Bool(false), eof(it)])
                } else {
                    let (n, line) = match rest.iter().position(|&c| c == b'\n') {
                        Some(i) => (i + 1, &rest[..i]),
                        None => (rest.len(), rest),
                    };
                    let line = line.strip_suffix(b"\r").unwrap_or(line);
                    // The line aliases the reader's buffer: its capacity is refused.
                    let s = byte_slice(line);
                    let s = Slice { alt_cap: s.cap + 1, ..s };
                    (n, vec![Value::Slice(s), Value::Bool(false), Value::Iface(None)])
                }
            }
            "Buffered" => (0, vec![Value::Int(rest.len() as i64)]),
            _ => return Err(it.unsupported(span, &format!("std method {name}"))),
        };
        f[2] = Value::Int((pos + adv) as i64);
        p.store(Value::Struct(f));
        Ok(out)
    })();
    Some(r)
}
