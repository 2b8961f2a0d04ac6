//! Writers and std package variables: `fmt.Fprint*` to `*strings.Builder`, `*bytes.Buffer`,
//! `os.Stdout`/`os.Stderr` and user types with a `Write` method; `bytes.Buffer`'s write side;
//! `io.EOF`, `os.ErrNotExist` and friends (each one value, so `==` and `errors.Is` see the
//! same identity Go gives them).

use std::rc::Rc;

use escapade_base::Span;

use escapade_types::TypeId;

use crate::interp::{Ctrl, Interp, R};
use crate::std_more::{copy_bytes, write_bytes};
use crate::value::*;

fn error_string(text: &str) -> Value {
    Value::Iface(Some(Rc::new((Dyn::ErrorString, Value::Str(Rc::from(text.as_bytes()))))))
}

/// A package-level variable of a std package, created once per run.
pub fn std_var(it: &mut Interp, path: &str, name: &str) -> Option<Value> {
    // os re-exports io/fs's errors (the same values).
    let (key, make): (String, fn() -> Value) = match (path, name) {
        ("io", "EOF") => ("io.EOF".into(), || error_string("EOF")),
        ("io", "Discard") => {
            ("io.Discard".into(), || obj_value(StdObj::Discard, Value::Tuple(Vec::new())))
        }
        ("io", "ErrShortWrite") => ("io.ErrShortWrite".into(), || error_string("short write")),
        ("io", "ErrShortBuffer") => ("io.ErrShortBuffer".into(), || error_string("short buffer")),
        ("io", "ErrClosedPipe") => {
            ("io.ErrClosedPipe".into(), || error_string("io: read/write on closed pipe"))
        }
        ("io", "ErrNoProgress") => ("io.ErrNoProgress".into(), || {
            error_string("multiple Read calls return no data or error")
        }),
        ("bufio", "ErrTooLong") => {
            ("bufio.ErrTooLong".into(), || error_string("bufio.Scanner: token too long"))
        }
        ("bufio", "ErrNegativeAdvance") => ("bufio.ErrNegativeAdvance".into(), || {
            error_string("bufio.Scanner: SplitFunc returns negative advance count")
        }),
        ("bufio", "ErrAdvanceTooFar") => ("bufio.ErrAdvanceTooFar".into(), || {
            error_string("bufio.Scanner: SplitFunc returns advance count beyond input")
        }),
        ("bufio", "ErrBadReadCount") => ("bufio.ErrBadReadCount".into(), || {
            error_string("bufio.Scanner: Read returned impossible count")
        }),
        ("bufio", "ErrFinalToken") => {
            ("bufio.ErrFinalToken".into(), || error_string("final token"))
        }
        ("bufio", "ErrBufferFull") => {
            ("bufio.ErrBufferFull".into(), || error_string("bufio: buffer full"))
        }
        ("bufio", "ErrNegativeCount") => {
            ("bufio.ErrNegativeCount".into(), || error_string("bufio: negative count"))
        }
        ("bufio", "ErrInvalidUnreadByte") => ("bufio.ErrInvalidUnreadByte".into(), || {
            error_string("bufio: invalid use of UnreadByte")
        }),
        ("bufio", "ErrInvalidUnreadRune") => ("bufio.ErrInvalidUnreadRune".into(), || {
            error_string("bufio: invalid use of UnreadRune")
        }),
        ("context", "Canceled") => ("context.Canceled".into(), || error_string("context canceled")),
        ("io", "ErrUnexpectedEOF") => {
            ("io.ErrUnexpectedEOF".into(), || error_string("unexpected EOF"))
        }
        ("os" | "io/fs", "ErrNotExist") => {
            ("fs.ErrNotExist".into(), || error_string("file does not exist"))
        }
        ("os" | "io/fs", "ErrExist") => {
            ("fs.ErrExist".into(), || error_string("file already exists"))
        }
        ("os" | "io/fs", "ErrPermission") => {
            ("fs.ErrPermission".into(), || error_string("permission denied"))
        }
        ("os" | "io/fs", "ErrInvalid") => {
            ("fs.ErrInvalid".into(), || error_string("invalid argument"))
        }
        ("os" | "io/fs", "ErrClosed") => {
            ("fs.ErrClosed".into(), || error_string("file already closed"))
        }
        // *os.File: a pointer to `struct { *file }`.
        ("os", "Stdout" | "Stderr") => (format!("os.{name}"), || {
            Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(vec![Value::Ptr(None)])))))
        }),
        _ => return None,
    };
    if let Some((_, v)) = it.std_vars.iter().find(|(k, _)| *k == key) {
        return Some(v.clone());
    }
    let v = make();
    it.std_vars.push((key, v.clone()));
    Some(v)
}

/// Why std function `name` is not run: the `os` functions reading the environment or the
/// file system say so (the interpreter also runs in a browser, where neither exists).
pub fn refusal(name: &str) -> String {
    let env = matches!(
        name,
        "os.Getenv"
            | "os.LookupEnv"
            | "os.Environ"
            | "os.ExpandEnv"
            | "os.Setenv"
            | "os.Unsetenv"
            | "os.Clearenv"
            | "os.Hostname"
            | "os.Getwd"
            | "os.Getpid"
            | "os.Getppid"
            | "os.Getuid"
            | "os.Getgid"
            | "os.Executable"
            | "os.UserHomeDir"
            | "os.UserCacheDir"
            | "os.UserConfigDir"
            | "os.TempDir"
    );
    if env {
        format!("std function {name} (the run has no environment: the result depends on where the program runs)")
    } else if name.starts_with("os.")
        || name.starts_with("io/fs.")
        || name.starts_with("path/filepath.Walk")
    {
        format!("std function {name} (no file system or processes: the interpreter also runs in a browser)")
    } else {
        format!("std function {name}")
    }
}

/// Whether `p` is `os.Stdout` (`Some(false)`) or `os.Stderr` (`Some(true)`).
fn std_stream(it: &mut Interp, v: &Value) -> Option<bool> {
    let Value::Ptr(Some(p)) = v else { return None };
    for (name, stderr) in [("Stdout", false), ("Stderr", true)] {
        if let Some(Value::Ptr(Some(q))) = std_var(it, "os", name) {
            if q.same(p) {
                return Some(stderr);
            }
        }
    }
    None
}

/// `buf` with `bytes` appended, growing its backing array in place when the slice ends it
/// (so slices handed out earlier keep aliasing it, as in Go while no reallocation happens).
pub fn append_bytes(buf: &Slice, bytes: &[u8]) -> Slice {
    let add = bytes.iter().map(|&b| Value::Int(i64::from(b)));
    match &buf.arr {
        Some(a) if buf.off == 0 && a.borrow().len() == buf.len => {
            a.borrow_mut().extend(add);
            let n = a.borrow().len();
            Slice { arr: Some(a.clone()), off: 0, len: n, cap: n, alt_cap: n }
        }
        _ => {
            let mut v = buf.to_vec();
            v.extend(add);
            Slice::from_vec(v)
        }
    }
}

fn byte_slice(b: &[u8]) -> Value {
    Value::Slice(Slice::from_vec(b.iter().map(|&c| Value::Int(i64::from(c))).collect()))
}

/// `w.Write(text)` for an `io.Writer` value: the results `(n, err)`.
pub fn write_to(it: &mut Interp, w: &Value, text: &[u8], span: Span) -> R<Vec<Value>> {
    let ok = |n: usize| Ok(vec![Value::Int(n as i64), Value::Iface(None)]);
    let Value::Iface(Some(p)) = w else {
        return Err(it.unsupported(span, "writing to a nil io.Writer (panics)"));
    };
    if p.0 == Dyn::FmtState {
        return crate::fmtprint::state_write(it, &p.1, text, span);
    }
    if let Dyn::Std(o) = p.0 {
        return obj_write(it, o, &p.1, text, span);
    }
    let Dyn::Go(t) = p.0 else { return Err(it.unsupported(span, "writing to this writer")) };
    let tname = it.type_name(t);
    match tname.as_str() {
        "*strings.Builder" => {
            crate::stdlib::builder_write(it, &p.1, text, span)?;
            ok(text.len())
        }
        "*bytes.Buffer" => {
            buffer_write(it, &p.1, text, span)?;
            ok(text.len())
        }
        "*bufio.Writer" => {
            bw_write(it, &p.1, text, false, span)?;
            ok(text.len())
        }
        "*io.PipeWriter" => {
            let bytes = byte_slice(text);
            match pipe_call(it, "io.PipeWriter.Write", &[p.1.clone(), bytes], span) {
                Some(r) => r,
                None => Err(it.unsupported(span, "writing to this pipe")),
            }
        }
        "*os.File" => match std_stream(it, &p.1) {
            Some(stderr) => {
                it.write_out(text, stderr, span)?;
                ok(text.len())
            }
            None => Err(it.unsupported(span, "writing to this file")),
        },
        _ if it.find_method(t, "Write").is_some() => {
            it.alloc(text.len() as u64, span)?;
            let clo = it.dyn_method(p.0, p.1.clone(), "Write", span)?;
            it.call_closure(&clo, vec![byte_slice(text)], span, false)
        }
        _ => Err(it.unsupported(span, "writing to this writer")),
    }
}

/// `*bytes.Buffer` (`struct { buf []byte; off int; lastRead readOp }`) with Go's growth:
/// `buf` is a real slice whose capacity follows `tryGrowByReslice`/`grow`/`growSlice` (64-byte
/// first buffers, sliding down, doubling plus the request rounded to a size class), so
/// `Bytes`/`Next` alias its array with Go's capacities and `ReadFrom` hands a program's `Read`
/// Go's lengths. A buffer built by `bytes.NewBuffer` over a slice whose capacity depends on
/// escape analysis keeps both capacities; a step whose outcome differs between them is refused.
struct Buf {
    p: Ptr,
    s: Slice,
    off: usize,
    last: i64,
}

fn buf_load(it: &mut Interp, recv: &Value, span: Span) -> R<Buf> {
    let Value::Ptr(Some(p)) = recv else {
        return Err(it.unsupported(span, "bytes.Buffer method on a nil pointer (panics)"));
    };
    match p.load() {
        Some(Value::Struct(f)) if f.len() == 3 => match (&f[0], &f[1], &f[2]) {
            (Value::Slice(s), Value::Int(off), Value::Int(last)) => {
                Ok(Buf { p: p.clone(), s: s.clone(), off: (*off).max(0) as usize, last: *last })
            }
            _ => Err(it.unsupported(span, "bytes.Buffer")),
        },
        _ => Err(it.unsupported(span, "bytes.Buffer")),
    }
}

fn vals_bytes(v: &[Value]) -> Vec<u8> {
    v.iter().map(|v| if let Value::Int(b) = v { *b as u8 } else { 0 }).collect()
}

impl Buf {
    fn store(&self) {
        self.p.store(Value::Struct(vec![
            Value::Slice(self.s.clone()),
            Value::Int(self.off as i64),
            Value::Int(self.last),
        ]));
    }
    fn unread(&self) -> Vec<u8> {
        vals_bytes(&self.s.to_vec()).get(self.off..).unwrap_or_default().to_vec()
    }
    /// `b.buf[from:to]` with both capacities.
    fn view(&self, from: usize, to: usize) -> Slice {
        Slice {
            arr: self.s.arr.clone(),
            off: self.s.off + from,
            len: to.saturating_sub(from),
            cap: self.s.cap.saturating_sub(from),
            alt_cap: self.s.alt_cap.saturating_sub(from),
        }
    }
    fn reset(&mut self) {
        self.s.len = 0;
        self.off = 0;
        self.last = 0;
    }
    fn put(&self, at: usize, data: &[u8]) {
        write_bytes(&self.s, at, data);
    }
}

fn buf_uncertain(it: &mut Interp, span: Span) -> Ctrl {
    it.unsupported(span, "bytes.Buffer growth that depends on escape analysis")
}

/// Whether no slice but the buffer's own field holds its array (so where the bytes live is
/// not observable).
fn buf_private(b: &Buf) -> bool {
    match &b.s.arr {
        None => true,
        // The buffer's field in its variable and the copy loaded into `b`.
        Some(Backing::Heap(rc)) => Rc::strong_count(rc) <= 2,
        Some(Backing::Array(_)) => false,
    }
}

/// What Go's `tryGrowByReslice` then `grow` do to a buffer of capacity `c`, for `n` more
/// bytes: `None` when they fit in place, else `Some((slide, new capacity))`.
fn buf_plan(b: &Buf, c: usize, n: usize) -> Option<(bool, usize)> {
    let l = b.s.len;
    if n <= c.saturating_sub(l) {
        return None;
    }
    let m = l.saturating_sub(b.off);
    if b.s.arr.is_none() && n <= 64 {
        return Some((false, 64));
    }
    if (n as i64) <= c as i64 / 2 - m as i64 {
        return Some((true, c));
    }
    let want = (m + b.off + n).max(2 * c.saturating_sub(b.off));
    Some((false, crate::growslice::roundup_size(want as u64, true) as usize))
}

/// Makes room for `n` more bytes as Go's `Write` does (`tryGrowByReslice`, else `grow`) or,
/// with `write` false, as `grow` alone does (`Grow`, `ReadFrom`); the
/// write index (the buffer's length is then `index + n`). When the two possible capacities
/// lead to different steps, the run goes on only while the array is private and nothing was
/// read (the bytes then sit at the same indexes in both worlds).
fn buf_room(it: &mut Interp, b: &mut Buf, n: usize, write: bool, span: Span) -> R<usize> {
    // Write* try the reslice before grow's reset of an emptied buffer; Grow and ReadFrom
    // call grow directly.
    let l = b.s.len;
    if write && n <= b.s.cap.saturating_sub(l) && n <= b.s.alt_cap.saturating_sub(l) {
        b.s.len = l + n;
        return Ok(l);
    }
    let m = l.saturating_sub(b.off);
    if m == 0 && b.off != 0 {
        if write && (n <= b.s.cap.saturating_sub(l)) != (n <= b.s.alt_cap.saturating_sub(l)) {
            return Err(buf_uncertain(it, span));
        }
        b.reset();
    }
    let (pa, pb) = (buf_plan(b, b.s.cap, n), buf_plan(b, b.s.alt_cap, n));
    if pa.is_none() && pb.is_none() {
        let l = b.s.len;
        b.s.len = l + n;
        return Ok(l);
    }
    let same = match (pa, pb) {
        (Some(x), Some(y)) => x.0 == y.0,
        _ => false,
    };
    let private = b.off == 0 && buf_private(b);
    if !same && !private {
        return Err(buf_uncertain(it, span));
    }
    let data = b.unread();
    let new_cap = |p: Option<(bool, usize)>, c: usize| p.map_or(c, |x| x.1);
    let (ca, cb) = (new_cap(pa, b.s.cap), new_cap(pb, b.s.alt_cap));
    if ca.max(cb) > 1 << 26 {
        return Err(it.unsupported(span, "a bytes.Buffer that large"));
    }
    if matches!(pa, Some((true, _))) && same {
        // Slide the unread bytes down in place.
        b.put(0, &data);
    } else {
        it.alloc(ca as u64, span)?;
        let mut v: Vec<Value> = data.iter().map(|&c| Value::Int(i64::from(c))).collect();
        v.resize(ca.max(cb), Value::Int(0));
        b.s = Slice { arr: Some(Backing::new(v)), off: 0, len: m, cap: ca, alt_cap: cb };
    }
    b.s.cap = ca;
    b.s.alt_cap = cb;
    b.off = 0;
    b.s.len = m + n;
    Ok(m)
}

/// `Write`/`WriteString` of `data`.
fn buf_write(it: &mut Interp, b: &mut Buf, data: &[u8], span: Span) -> R<()> {
    b.last = 0;
    let m = buf_room(it, b, data.len(), true, span)?;
    b.put(m, data);
    Ok(())
}

fn buffer_write(it: &mut Interp, recv: &Value, bytes: &[u8], span: Span) -> R<()> {
    let mut b = buf_load(it, recv, span)?;
    buf_write(it, &mut b, bytes, span)?;
    b.store();
    Ok(())
}

/// `bytes.NewBuffer(buf)` / `bytes.NewBufferString(s)`. `NewBufferString`'s `[]byte(s)` is
/// allocated by the runtime (capacity rounded up to a size class) unless, inlined into a caller
/// where the buffer does not escape, it takes the compiler's 32-byte stack buffer: both
/// capacities are kept.
pub fn new_buffer(arg: &Value) -> Value {
    let s = match arg {
        Value::Str(t) => {
            let n = t.len();
            let heap =
                if n == 0 { 0 } else { crate::growslice::roundup_size(n as u64, true) as usize };
            let stack = if n <= 32 { 32 } else { heap };
            let mut v: Vec<Value> = t.iter().map(|&c| Value::Int(i64::from(c))).collect();
            v.resize(heap.max(stack), Value::Int(0));
            Slice { arr: Some(Backing::new(v)), off: 0, len: n, cap: heap, alt_cap: stack }
        }
        Value::Slice(s) => s.clone(),
        _ => Slice::nil(),
    };
    let f = vec![Value::Slice(s), Value::Int(0), Value::Int(0)];
    Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f)))))
}

/// Methods of `*bytes.Buffer`.
pub fn buffer_method(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    span: Span,
) -> Option<R<Vec<Value>>> {
    let m = name.strip_prefix("bytes.Buffer.")?;
    let recv = args.first().cloned().unwrap_or(Value::Ptr(None));
    let arg = args.get(1).cloned().unwrap_or(Value::Tuple(Vec::new()));
    if m == "String" && matches!(recv, Value::Ptr(None)) {
        return Some(Ok(vec![Value::Str(Rc::from(&b"<nil>"[..]))]));
    }
    let nil = || Value::Iface(None);
    let r = (|| {
        let mut b = buf_load(it, &recv, span)?;
        let eof = |it: &mut Interp| std_var(it, "io", "EOF").unwrap_or(Value::Iface(None));
        let out = match (m, &arg) {
            ("Write" | "WriteString", a) => {
                let data = match a {
                    Value::Str(s) => s.to_vec(),
                    Value::Slice(s) => vals_bytes(&s.to_vec()),
                    _ => Vec::new(),
                };
                buf_write(it, &mut b, &data, span)?;
                vec![Value::Int(data.len() as i64), nil()]
            }
            ("WriteByte", Value::Int(c)) => {
                buf_write(it, &mut b, &[*c as u8], span)?;
                vec![nil()]
            }
            ("WriteRune", Value::Int(r)) => {
                let enc = crate::std_more::encode_rune(*r);
                if (0..0x80).contains(r) {
                    buf_write(it, &mut b, &enc, span)?;
                } else {
                    // Room for utf8.UTFMax bytes, then the rune appended in place.
                    b.last = 0;
                    let at = buf_room(it, &mut b, 4, true, span)?;
                    b.put(at, &enc);
                    b.s.len = at + enc.len();
                }
                vec![Value::Int(enc.len() as i64), nil()]
            }
            ("String", _) => vec![Value::Str(Rc::from(b.unread()))],
            ("Len", _) => vec![Value::Int(b.unread().len() as i64)],
            ("Cap" | "Available", _) => {
                if b.s.cap != b.s.alt_cap {
                    return Err(buf_uncertain(it, span));
                }
                let c = if m == "Cap" { b.s.cap } else { b.s.cap - b.s.len };
                vec![Value::Int(c as i64)]
            }
            ("Bytes", _) => vec![Value::Slice(b.view(b.off, b.s.len))],
            ("AvailableBuffer", _) => vec![Value::Slice(b.view(b.s.len, b.s.len))],
            ("Reset", _) => {
                b.reset();
                Vec::new()
            }
            ("Truncate", Value::Int(n)) => {
                let unread = b.s.len - b.off.min(b.s.len);
                if *n < 0 || *n as usize > unread {
                    return Err(it.panic_string("bytes.Buffer: truncation out of range"));
                }
                if *n == 0 {
                    b.reset();
                } else {
                    b.last = 0;
                    b.s.len = b.off + *n as usize;
                }
                Vec::new()
            }
            ("Grow", Value::Int(n)) => {
                if *n < 0 {
                    return Err(it.panic_string("bytes.Buffer.Grow: negative count"));
                }
                let at = buf_room(it, &mut b, *n as usize, false, span)?;
                b.s.len = at;
                Vec::new()
            }
            ("Next", Value::Int(n)) => {
                b.last = 0;
                let unread = b.s.len.saturating_sub(b.off);
                let n = (*n).max(0) as usize;
                let n = n.min(unread);
                let data = b.view(b.off, b.off + n);
                b.off += n;
                if n > 0 {
                    b.last = -1;
                }
                vec![Value::Slice(data)]
            }
            ("ReadString" | "ReadBytes", Value::Int(delim)) => {
                let rest = b.unread();
                let (n, err) = match rest.iter().position(|&c| i64::from(c) == *delim) {
                    Some(i) => (i + 1, nil()),
                    None => (rest.len(), eof(it)),
                };
                b.off += n;
                b.last = -1;
                let line = &rest[..n];
                let v = if m == "ReadString" {
                    Value::Str(Rc::from(line))
                } else if line.is_empty() {
                    // append([]byte(nil), empty...) stays nil.
                    Value::Slice(Slice::nil())
                } else {
                    // append([]byte(nil), line...): the heap rule.
                    let cap = crate::growslice::roundup_size(n as u64, true) as usize;
                    let mut v: Vec<Value> =
                        line.iter().map(|&c| Value::Int(i64::from(c))).collect();
                    v.resize(cap.max(n), Value::Int(0));
                    Value::Slice(Slice {
                        arr: Some(Backing::new(v)),
                        off: 0,
                        len: n,
                        cap,
                        alt_cap: cap,
                    })
                };
                vec![v, err]
            }
            ("ReadByte", _) => {
                let rest = b.unread();
                match rest.first() {
                    None => {
                        b.reset();
                        vec![Value::Int(0), eof(it)]
                    }
                    Some(&c) => {
                        b.off += 1;
                        b.last = -1;
                        vec![Value::Int(i64::from(c)), nil()]
                    }
                }
            }
            ("ReadRune", _) => {
                let rest = b.unread();
                match crate::interp::decode_runes(&rest).first() {
                    None => {
                        b.reset();
                        vec![Value::Int(0), Value::Int(0), eof(it)]
                    }
                    Some(&(r, w)) => {
                        b.off += w;
                        b.last = w as i64;
                        vec![Value::Int(i64::from(r)), Value::Int(w as i64), nil()]
                    }
                }
            }
            ("Read", Value::Slice(dst)) => {
                b.last = 0;
                let rest = b.unread();
                if rest.is_empty() {
                    b.reset();
                    let err = if dst.len == 0 { nil() } else { eof(it) };
                    vec![Value::Int(0), err]
                } else {
                    let n = copy_bytes(dst, &rest);
                    b.off += n;
                    if n > 0 {
                        b.last = -1;
                    }
                    vec![Value::Int(n as i64), nil()]
                }
            }
            ("WriteTo", w) => {
                b.last = 0;
                let rest = b.unread();
                let mut n = 0;
                if !rest.is_empty() {
                    b.store();
                    let r = write_to(it, w, &rest, span)?;
                    let (k, e) = write_result(it, &r, span)?;
                    if k > rest.len() {
                        return Err(it.panic_string("bytes.Buffer.WriteTo: invalid Write count"));
                    }
                    b = buf_load(it, &recv, span)?;
                    b.off += k;
                    n = k;
                    if !matches!(e, Value::Iface(None)) || k != rest.len() {
                        b.store();
                        let e = if matches!(e, Value::Iface(None)) {
                            std_var(it, "io", "ErrShortWrite").unwrap_or(e)
                        } else {
                            e
                        };
                        return Ok(vec![Value::Int(n as i64), e]);
                    }
                }
                b.reset();
                vec![Value::Int(n as i64), nil()]
            }
            ("ReadFrom", r) => {
                b.last = 0;
                let mut total = 0i64;
                loop {
                    let at = buf_room(it, &mut b, 512, false, span)?;
                    b.s.len = at;
                    if b.s.cap != b.s.alt_cap {
                        return Err(buf_uncertain(it, span));
                    }
                    let view = b.view(at, b.s.cap);
                    let view = Slice { len: view.cap, ..view };
                    b.store();
                    let (k, e) = crate::std_reader::call_read(it, r, &view, span)?;
                    b = buf_load(it, &recv, span)?;
                    b.s.len = at + k;
                    total += k as i64;
                    let eof_v = eof(it);
                    let is_eof = matches!((&e, &eof_v), (Value::Iface(Some(x)), Value::Iface(Some(y))) if Rc::ptr_eq(x, y));
                    if is_eof {
                        break vec![Value::Int(total), nil()];
                    }
                    if !matches!(e, Value::Iface(None)) {
                        break vec![Value::Int(total), e];
                    }
                }
            }
            _ => return Err(it.unsupported(span, &format!("std method {name}"))),
        };
        b.store();
        Ok(out)
    })();
    Some(r)
}

/// Methods of `*os.File` for the standard streams, `*bufio.Writer`, pipes and `*bytes.Buffer`.
pub fn method(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    let recv = args.first().cloned().unwrap_or(Value::Ptr(None));
    let arg = args.get(1).cloned().unwrap_or(Value::Tuple(Vec::new()));
    if let Some(r) = buf_writer(it, name, args, span) {
        return Some(r);
    }
    if let Some(r) = pipe_call(it, name, args, span) {
        return Some(r);
    }
    if let Some(r) = buffer_method(it, name, args, span) {
        return Some(r);
    }
    let r = match name {
        "os.File.Write" | "os.File.WriteString" => (|| {
            let text = match &arg {
                Value::Str(s) => s.to_vec(),
                Value::Slice(s) => vals_bytes(&s.to_vec()),
                _ => Vec::new(),
            };
            match std_stream(it, &recv) {
                Some(stderr) => {
                    it.write_out(&text, stderr, span)?;
                    Ok(vec![Value::Int(text.len() as i64), Value::Iface(None)])
                }
                None => Err(it.unsupported(span, "writing to this file")),
            }
        })(),
        _ => return None,
    };
    Some(r)
}

const BUFIO_SIZE: usize = 4096;

/// `*bufio.Writer` (`struct { err error; buf []byte; n int; wr io.Writer }`, 4096 bytes): the
/// pending bytes are kept in `buf`; writes fill it, flush it when full (or go straight to the
/// underlying writer when it is empty and the data does not fit), exactly where Go's do, so
/// output interleaves with direct prints as in Go. Write errors are refused.
fn bw_fields(it: &mut Interp, recv: &Value, span: Span) -> R<(Ptr, Vec<u8>, Value)> {
    let Value::Ptr(Some(p)) = recv else {
        return Err(it.unsupported(span, "bufio.Writer method on a nil pointer (panics)"));
    };
    match p.load() {
        Some(Value::Struct(f)) if f.len() == 4 => {
            if !matches!(f[0], Value::Iface(None)) {
                return Err(it.unsupported(span, "bufio.Writer after a write error"));
            }
            let pending = match &f[1] {
                Value::Str(s) => s.to_vec(),
                _ => Vec::new(),
            };
            Ok((p.clone(), pending, f[3].clone()))
        }
        _ => Err(it.unsupported(span, "bufio.Writer")),
    }
}

fn bw_store(p: &Ptr, pending: &[u8], wr: Value) {
    p.store(Value::Struct(vec![
        Value::Iface(None),
        Value::Str(Rc::from(pending)),
        Value::Int(pending.len() as i64),
        wr,
    ]));
}

fn bw_forward(it: &mut Interp, wr: &Value, bytes: &[u8], span: Span) -> R<()> {
    let r = write_to(it, wr, bytes, span)?;
    match (r.first(), r.get(1)) {
        (Some(Value::Int(n)), Some(Value::Iface(None))) if *n as usize == bytes.len() => Ok(()),
        _ => Err(it.unsupported(span, "a bufio.Writer whose writer fails or writes short")),
    }
}

/// `string`: a `WriteString`, which writes directly only to an `io.StringWriter` (the std
/// writers) and otherwise goes through the buffer in 4096-byte flushes.
fn bw_write(it: &mut Interp, recv: &Value, mut data: &[u8], string: bool, span: Span) -> R<()> {
    let (p, mut pending, wr) = bw_fields(it, recv, span)?;
    let mut std_writer = false;
    if let Value::Iface(Some(w)) = &wr {
        if let Dyn::Go(t) = w.0 {
            std_writer = matches!(
                it.type_name(t).as_str(),
                "*strings.Builder" | "*bytes.Buffer" | "*os.File"
            );
            if !std_writer && it.find_method(t, "WriteString").is_some() {
                return Err(it.unsupported(span, "bufio.Writer over a writer with WriteString"));
            }
        }
    }
    while data.len() > BUFIO_SIZE - pending.len() {
        if pending.is_empty() && (!string || std_writer) {
            bw_forward(it, &wr, data, span)?;
            data = &[];
        } else {
            let n = BUFIO_SIZE - pending.len();
            pending.extend_from_slice(&data[..n]);
            bw_forward(it, &wr, &pending, span)?;
            pending.clear();
            data = &data[n..];
        }
    }
    pending.extend_from_slice(data);
    bw_store(&p, &pending, wr);
    Ok(())
}

/// `(*bufio.Writer).ReadFrom`: reads into the free part of the buffer (flushing it when
/// full), or — while nothing is buffered — hands the reader to the underlying writer's
/// `ReadFrom` (`*bytes.Buffer`'s, `*os.File`'s generic copy, a program's).
pub(crate) fn bw_read_from(it: &mut Interp, recv: &Value, r: &Value, span: Span) -> R<Vec<Value>> {
    let (p, mut pending, wr) = bw_fields(it, recv, span)?;
    let rf = match &wr {
        Value::Iface(Some(w)) => crate::std_reader::has_io_method(it, w, "ReadFrom"),
        _ => false,
    };
    let eof = std_var(it, "io", "EOF").unwrap_or(Value::Iface(None));
    let is_eof = |e: &Value| matches!((e, &eof), (Value::Iface(Some(a)), Value::Iface(Some(b))) if Rc::ptr_eq(a, b));
    let mut n = 0i64;
    let mut err;
    loop {
        if BUFIO_SIZE == pending.len() {
            bw_forward(it, &wr, &pending, span)?;
            pending.clear();
        }
        if rf && pending.is_empty() {
            bw_store(&p, &pending, wr.clone());
            let dst_t = match &wr {
                Value::Iface(Some(w)) => match w.0 {
                    Dyn::Go(t) => it.type_name(t),
                    _ => String::new(),
                },
                _ => String::new(),
            };
            let res = match (&wr, dst_t.as_str()) {
                (Value::Iface(Some(w)), "*bytes.Buffer") => {
                    buffer_method(it, "bytes.Buffer.ReadFrom", &[w.1.clone(), r.clone()], span)
                        .unwrap_or_else(|| Err(it.unsupported(span, "bytes.Buffer.ReadFrom")))?
                }
                (Value::Iface(Some(w)), _) if dst_t != "*os.File" => {
                    crate::std_reader::call_method(it, w, "ReadFrom", vec![r.clone()], span)?
                }
                // *os.File: its generic ReadFrom is io.Copy to the file.
                _ => {
                    let (k, e) = crate::std_reader::copy(it, &wr, r, span)?;
                    vec![Value::Int(k), e]
                }
            };
            let nn = match res.first() {
                Some(Value::Int(k)) => *k,
                _ => 0,
            };
            let e = res.get(1).cloned().unwrap_or(Value::Iface(None));
            if !matches!(e, Value::Iface(None)) {
                return Err(it.unsupported(span, "a bufio.Writer whose writer's ReadFrom fails"));
            }
            return Ok(vec![Value::Int(n + nn), e]);
        }
        let avail = BUFIO_SIZE - pending.len();
        let buf = crate::std_reader::read_buffer(it, avail, span)?;
        let mut tries = 0;
        let got = loop {
            let (got, e) = crate::std_reader::read_into(it, r, &buf, span)?;
            if !got.is_empty() || !matches!(e, Value::Iface(None)) {
                break Some((got, e));
            }
            tries += 1;
            if tries == 100 {
                break None;
            }
        };
        let Some((got, e)) = got else {
            bw_store(&p, &pending, wr);
            let e = std_var(it, "io", "ErrNoProgress").unwrap_or(Value::Iface(None));
            return Ok(vec![Value::Int(n), e]);
        };
        pending.extend_from_slice(&got);
        n += got.len() as i64;
        err = e;
        if !matches!(err, Value::Iface(None)) {
            break;
        }
    }
    if is_eof(&err) {
        if pending.len() == BUFIO_SIZE {
            bw_forward(it, &wr, &pending, span)?;
            pending.clear();
        }
        err = Value::Iface(None);
    }
    bw_store(&p, &pending, wr);
    Ok(vec![Value::Int(n), err])
}

fn buf_writer(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    let recv = args.first().cloned().unwrap_or(Value::Ptr(None));
    let arg = args.get(1).cloned().unwrap_or(Value::Tuple(Vec::new()));
    let r = match name {
        "bufio.NewWriter" => (|| {
            if let Value::Iface(Some(w)) = &recv {
                if let Dyn::Go(t) = w.0 {
                    if it.type_name(t) == "*bufio.Writer" {
                        return Ok(vec![w.1.clone()]);
                    }
                }
            }
            let f = vec![Value::Iface(None), Value::Str(Rc::from(&b""[..])), Value::Int(0), recv];
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f)))))])
        })(),
        "bufio.Writer.Write"
        | "bufio.Writer.WriteString"
        | "bufio.Writer.WriteByte"
        | "bufio.Writer.WriteRune" => (|| {
            let data = match (&arg, name) {
                (Value::Int(c), "bufio.Writer.WriteByte") => vec![*c as u8],
                (Value::Int(r), _) => crate::std_more::encode_rune(*r),
                (Value::Str(s), _) => s.to_vec(),
                (Value::Slice(s), _) => s
                    .to_vec()
                    .iter()
                    .map(|v| if let Value::Int(b) = v { *b as u8 } else { 0 })
                    .collect(),
                (Value::Iface(None), _) => Vec::new(),
                _ => return Err(it.unsupported(span, name)),
            };
            if name.ends_with("WriteRune") && data.len() > 1 {
                // A multi-byte rune never straddles a flush: Go flushes first.
                let (p, pending, wr) = bw_fields(it, &recv, span)?;
                if BUFIO_SIZE - pending.len() < 4 {
                    bw_forward(it, &wr, &pending, span)?;
                    bw_store(&p, &[], wr);
                }
            }
            let string = matches!(name, "bufio.Writer.WriteString" | "bufio.Writer.WriteRune");
            bw_write(it, &recv, &data, string, span)?;
            Ok(if name.ends_with("Byte") {
                vec![Value::Iface(None)]
            } else {
                vec![Value::Int(data.len() as i64), Value::Iface(None)]
            })
        })(),
        "bufio.Writer.ReadFrom" => bw_read_from(it, &recv, &arg, span),
        "bufio.Writer.Flush" => (|| {
            let (p, pending, wr) = bw_fields(it, &recv, span)?;
            if !pending.is_empty() {
                bw_forward(it, &wr, &pending, span)?;
            }
            bw_store(&p, &[], wr);
            Ok(vec![Value::Iface(None)])
        })(),
        "bufio.Writer.Buffered" | "bufio.Writer.Available" | "bufio.Writer.Size" => (|| {
            let (_, pending, _) = bw_fields(it, &recv, span)?;
            let n = match name {
                "bufio.Writer.Buffered" => pending.len(),
                "bufio.Writer.Available" => BUFIO_SIZE - pending.len(),
                _ => BUFIO_SIZE,
            };
            Ok(vec![Value::Int(n as i64)])
        })(),
        _ => return None,
    };
    Some(r)
}

/// Unexported std types the stubs do not declare, as dynamic types of interface values
/// (`Dyn::Std`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdObj {
    /// `io.MultiReader`: payload a pointer to the slice of readers left.
    MultiReader,
    /// `io.TeeReader`: payload `Tuple[reader, writer]`.
    TeeReader,
    /// `io.MultiWriter`: payload the slice of writers (nested ones flattened).
    MultiWriter,
    /// `io.Discard`.
    Discard,
    /// `context.Background()` / `context.TODO()`.
    Background,
    Todo,
    /// `context.WithCancel`/`WithCancelCause`: payload a pointer to the state (`std_context`).
    CancelCtx,
    /// `context.WithValue`: payload `Tuple[parent, key, value]`.
    ValueCtx,
    /// `context.WithoutCancel`: payload the parent.
    WithoutCancel,
}

impl StdObj {
    pub fn type_name(self) -> &'static str {
        match self {
            StdObj::MultiReader => "*io.multiReader",
            StdObj::TeeReader => "*io.teeReader",
            StdObj::MultiWriter => "*io.multiWriter",
            StdObj::Discard => "io.discard",
            StdObj::Background => "context.backgroundCtx",
            StdObj::Todo => "context.todoCtx",
            StdObj::CancelCtx => "*context.cancelCtx",
            StdObj::ValueCtx => "*context.valueCtx",
            StdObj::WithoutCancel => "context.withoutCancelCtx",
        }
    }

    pub fn methods(self) -> &'static [&'static str] {
        match self {
            StdObj::MultiReader => &["Read", "WriteTo"],
            StdObj::TeeReader => &["Read"],
            StdObj::MultiWriter => &["Write", "WriteString"],
            StdObj::Discard => &["Write", "WriteString", "ReadFrom"],
            _ => &["Deadline", "Done", "Err", "Value", "String"],
        }
    }

    /// Interfaces whose method signatures the object's methods are known to match.
    fn interfaces(self) -> &'static [&'static str] {
        match self {
            StdObj::MultiReader => &["io.Reader", "io.WriterTo"],
            StdObj::TeeReader => &["io.Reader"],
            StdObj::MultiWriter => &["io.Writer", "io.StringWriter"],
            StdObj::Discard => &["io.Writer", "io.StringWriter", "io.ReaderFrom"],
            _ => &["context.Context", "fmt.Stringer"],
        }
    }
}

/// Whether `o` implements interface `t`: false when a method is missing; true for the
/// interfaces its methods are known to satisfy; refused otherwise (signatures not modelled).
pub fn obj_implements(it: &mut Interp, o: StdObj, t: TypeId, span: Span) -> R<bool> {
    let names: Vec<String> = it.ck.type_set(t).methods.iter().map(|m| m.name.clone()).collect();
    if names.iter().any(|n| !o.methods().contains(&n.as_str())) {
        return Ok(false);
    }
    if names.is_empty() {
        return Ok(true);
    }
    match it.runtime_type_name(t, 0) {
        Some(n) if o.interfaces().contains(&n.as_str()) => Ok(true),
        _ => {
            Err(it.unsupported(span, &format!("dynamic type checks of a {} value", o.type_name())))
        }
    }
}

pub fn obj_value(o: StdObj, payload: Value) -> Value {
    Value::Iface(Some(Rc::new((Dyn::Std(o), payload))))
}

/// The object behind an interface value of a `Dyn::Std` type.
pub fn obj_of(v: &Value) -> Option<(StdObj, Value)> {
    match v {
        Value::Iface(Some(p)) => match p.0 {
            Dyn::Std(o) => Some((o, p.1.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// `(n, err)` of a `Write` call.
fn write_result(it: &mut Interp, r: &[Value], span: Span) -> R<(usize, Value)> {
    match (r.first(), r.get(1)) {
        (Some(Value::Int(n)), Some(err)) if *n >= 0 => Ok((*n as usize, err.clone())),
        _ => Err(it.unsupported(span, "a Write method returning a negative count")),
    }
}

/// Writes of the io objects: `multiWriter` (each writer in turn; a short write is
/// `io.ErrShortWrite`), `io.Discard`.
fn obj_write(
    it: &mut Interp,
    o: StdObj,
    payload: &Value,
    text: &[u8],
    span: Span,
) -> R<Vec<Value>> {
    let ok = |n: usize| Ok(vec![Value::Int(n as i64), Value::Iface(None)]);
    match (o, payload) {
        (StdObj::Discard, _) => ok(text.len()),
        (StdObj::MultiWriter, Value::Slice(ws)) => {
            for w in ws.to_vec() {
                let r = write_to(it, &w, text, span)?;
                let (n, err) = write_result(it, &r, span)?;
                if !matches!(err, Value::Iface(None)) {
                    return Ok(vec![Value::Int(n as i64), err]);
                }
                if n != text.len() {
                    let e = std_var(it, "io", "ErrShortWrite").unwrap_or(Value::Iface(None));
                    return Ok(vec![Value::Int(n as i64), e]);
                }
            }
            ok(text.len())
        }
        _ => Err(it.unsupported(span, &format!("writing to a {}", o.type_name()))),
    }
}

/// `io.MultiWriter(ws...)`: nested multiWriters are flattened, as Go does. Writers with their
/// own `WriteString` (called by the multiWriter's `WriteString`) are refused.
pub fn multi_writer(it: &mut Interp, ws: &Value, span: Span) -> R<Vec<Value>> {
    let mut all = Vec::new();
    for w in match ws {
        Value::Slice(s) => s.to_vec(),
        _ => Vec::new(),
    } {
        if let Some((StdObj::MultiWriter, Value::Slice(inner))) = obj_of(&w) {
            all.extend(inner.to_vec());
            continue;
        }
        if let Value::Iface(Some(p)) = &w {
            if let Dyn::Go(t) = p.0 {
                let std_writer = matches!(
                    it.type_name(t).as_str(),
                    "*strings.Builder" | "*bytes.Buffer" | "*os.File" | "*bufio.Writer"
                );
                if !std_writer && it.find_method(t, "WriteString").is_some() {
                    return Err(it.unsupported(span, "io.MultiWriter of a writer with WriteString"));
                }
            }
        }
        all.push(w);
    }
    Ok(vec![obj_value(StdObj::MultiWriter, Value::Slice(Slice::from_vec(all)))])
}

/// Methods of the `Dyn::Std` objects (reached as `error.NAME` through dynamic dispatch).
pub fn obj_method(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    span: Span,
) -> Option<R<Vec<Value>>> {
    let m = name.strip_prefix("error.")?;
    let (o, payload) = obj_of(args.first()?)?;
    let arg = args.get(1).cloned().unwrap_or(Value::Tuple(Vec::new()));
    let r = match (o, m) {
        (StdObj::MultiWriter | StdObj::Discard, "Write" | "WriteString") => {
            let text = match &arg {
                Value::Str(s) => s.to_vec(),
                Value::Slice(s) => s
                    .to_vec()
                    .iter()
                    .map(|v| if let Value::Int(b) = v { *b as u8 } else { 0 })
                    .collect(),
                _ => Vec::new(),
            };
            obj_write(it, o, &payload, &text, span)
        }
        (StdObj::MultiReader | StdObj::TeeReader, _) | (StdObj::Discard, "ReadFrom") => {
            return crate::std_reader::obj_method(it, o, m, &payload, args, span)
        }
        (
            StdObj::Background
            | StdObj::Todo
            | StdObj::CancelCtx
            | StdObj::ValueCtx
            | StdObj::WithoutCancel,
            _,
        ) => return crate::std_context::method(it, o, m, &payload, args, span),
        _ => Err(it.unsupported(span, &format!("method {m} of {}", o.type_name()))),
    };
    Some(r)
}

/// Fields of an `io.Pipe`'s shared state (the `*PipeReader` and `*PipeWriter` hold a pointer
/// to it): closed, the reader's and the writer's close errors, a waiting reader's buffer and
/// what it got (-1 while waiting), a waiting writer's data, how much of it readers took and
/// whether a reader took it at all.
const P_DONE: usize = 0;
const P_RERR: usize = 1;
const P_WERR: usize = 2;
const P_RBUF: usize = 3;
const P_RGOT: usize = 4;
const P_WDATA: usize = 5;
const P_WTAKEN: usize = 6;
const P_HANDED: usize = 7;

fn pipe_fields(p: &Ptr) -> Vec<Value> {
    match p.load() {
        Some(Value::Struct(f)) if f.len() == 8 => f,
        _ => Vec::new(),
    }
}

fn flag(f: &[Value], i: usize) -> bool {
    matches!(f.get(i), Some(Value::Bool(true)))
}

fn num(f: &[Value], i: usize) -> i64 {
    match f.get(i) {
        Some(Value::Int(n)) => *n,
        _ => 0,
    }
}

fn data_len(f: &[Value]) -> i64 {
    match f.get(P_WDATA) {
        Some(Value::Str(s)) => s.len() as i64,
        _ => 0,
    }
}

/// Whether a pipe reader (`reader`) or writer blocked on state `p` can continue.
pub fn pipe_ready(p: &Ptr, reader: bool) -> bool {
    let f = pipe_fields(p);
    if f.is_empty() || flag(&f, P_DONE) {
        return true;
    }
    if reader {
        num(&f, P_RGOT) >= 0
    } else {
        flag(&f, P_HANDED) && num(&f, P_WTAKEN) == data_len(&f)
    }
}

/// `io.Pipe()`: a synchronous in-memory pipe on the scheduler. A write hands its bytes to a
/// waiting reader's buffer (or waits for readers to take them all), as Go's `wrCh`/`rdCh`
/// exchange does; a write that cannot finish while a reader lower on the native stack could
/// continue is refused by the scheduler.
fn pipe_new() -> Vec<Value> {
    let st = vec![
        Value::Bool(false),
        Value::Iface(None),
        Value::Iface(None),
        Value::Tuple(Vec::new()),
        Value::Int(-1),
        Value::Tuple(Vec::new()),
        Value::Int(0),
        Value::Bool(false),
    ];
    let st = Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(st)))));
    let reader = Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(vec![st.clone()])))));
    let writer = Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(vec![st])))));
    vec![reader, writer]
}

fn pipe_state(it: &mut Interp, recv: &Value, span: Span) -> R<Ptr> {
    let Value::Ptr(Some(p)) = recv else {
        return Err(it.unsupported(span, "io.Pipe method on a nil pointer (panics)"));
    };
    match p.load() {
        Some(Value::Struct(f)) => match f.first() {
            Some(Value::Ptr(Some(st))) if pipe_fields(st).len() == 8 => Ok(st.clone()),
            _ => Err(it.unsupported(span, "a zero io.PipeReader/PipeWriter")),
        },
        _ => Err(it.unsupported(span, "io.Pipe")),
    }
}

fn set(p: &Ptr, i: usize, v: Value) {
    let mut f = pipe_fields(p);
    if let Some(x) = f.get_mut(i) {
        *x = v;
        p.store(Value::Struct(f));
    }
}

/// The error a read (`reader`) or write gets from a closed pipe.
fn pipe_close_error(it: &mut Interp, f: &[Value], reader: bool) -> Value {
    let (mine, theirs) = if reader { (P_RERR, P_WERR) } else { (P_WERR, P_RERR) };
    match (&f[mine], &f[theirs]) {
        (Value::Iface(None), e @ Value::Iface(Some(_))) => e.clone(),
        _ => std_var(it, "io", "ErrClosedPipe").unwrap_or(Value::Iface(None)),
    }
}

fn pipe_read(it: &mut Interp, st: &Ptr, dst: &Slice, span: Span) -> R<Vec<Value>> {
    let f = pipe_fields(st);
    if flag(&f, P_DONE) {
        return Ok(vec![Value::Int(0), pipe_close_error(it, &f, true)]);
    }
    let writer_waiting = matches!(f[P_WDATA], Value::Str(_))
        && !(flag(&f, P_HANDED) && num(&f, P_WTAKEN) == data_len(&f));
    if writer_waiting {
        let Value::Str(data) = &f[P_WDATA] else { return Err(it.unsupported(span, "io.Pipe")) };
        let taken = num(&f, P_WTAKEN) as usize;
        let n = copy_bytes(dst, data.get(taken..).unwrap_or_default());
        set(st, P_WTAKEN, Value::Int((taken + n) as i64));
        set(st, P_HANDED, Value::Bool(true));
        return Ok(vec![Value::Int(n as i64), Value::Iface(None)]);
    }
    if matches!(f[P_RBUF], Value::Slice(_)) {
        return Err(it.unsupported(span, "two goroutines reading one io.Pipe at once"));
    }
    set(st, P_RBUF, Value::Slice(dst.clone()));
    set(st, P_RGOT, Value::Int(-1));
    let r = it.block_pipe(st, true, span);
    let f = pipe_fields(st);
    set(st, P_RBUF, Value::Tuple(Vec::new()));
    set(st, P_RGOT, Value::Int(-1));
    r?;
    let got = num(&f, P_RGOT);
    if got >= 0 {
        return Ok(vec![Value::Int(got), Value::Iface(None)]);
    }
    Ok(vec![Value::Int(0), pipe_close_error(it, &f, true)])
}

fn pipe_write(it: &mut Interp, st: &Ptr, data: &[u8], span: Span) -> R<Vec<Value>> {
    let f = pipe_fields(st);
    if flag(&f, P_DONE) {
        return Ok(vec![Value::Int(0), pipe_close_error(it, &f, false)]);
    }
    if matches!(f[P_WDATA], Value::Str(_)) {
        return Err(it.unsupported(span, "two goroutines writing one io.Pipe at once"));
    }
    // A waiting reader takes what fits in its buffer at once.
    let mut n = 0;
    if let (Value::Slice(dst), -1) = (&f[P_RBUF], num(&f, P_RGOT)) {
        n = copy_bytes(dst, data);
        set(st, P_RGOT, Value::Int(n as i64));
        if n == data.len() {
            return Ok(vec![Value::Int(n as i64), Value::Iface(None)]);
        }
    }
    set(st, P_WDATA, Value::Str(Rc::from(&data[n..])));
    set(st, P_WTAKEN, Value::Int(0));
    set(st, P_HANDED, Value::Bool(n > 0));
    let r = it.block_pipe(st, false, span);
    let f = pipe_fields(st);
    set(st, P_WDATA, Value::Tuple(Vec::new()));
    set(st, P_WTAKEN, Value::Int(0));
    set(st, P_HANDED, Value::Bool(false));
    r?;
    let total = n as i64 + num(&f, P_WTAKEN);
    if total == data.len() as i64 && flag(&f, P_HANDED) {
        return Ok(vec![Value::Int(total), Value::Iface(None)]);
    }
    Ok(vec![Value::Int(total), pipe_close_error(it, &f, false)])
}

/// `CloseWithError` of the reader (`reader`) or writer side: the first error sticks (nil is
/// `io.ErrClosedPipe` for the reader, `io.EOF` for the writer); the pipe is done.
fn pipe_close(it: &mut Interp, st: &Ptr, reader: bool, err: Value) {
    let err = match err {
        Value::Iface(None) if reader => std_var(it, "io", "ErrClosedPipe"),
        Value::Iface(None) => std_var(it, "io", "EOF"),
        e => Some(e),
    }
    .unwrap_or(Value::Iface(None));
    let f = pipe_fields(st);
    let slot = if reader { P_RERR } else { P_WERR };
    if matches!(f.get(slot), Some(Value::Iface(None))) {
        set(st, slot, err);
    }
    set(st, P_DONE, Value::Bool(true));
}

/// `io.Pipe` and the methods of `*io.PipeReader` / `*io.PipeWriter`.
pub fn pipe_call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    let m = match name {
        "io.Pipe" => return Some(Ok(pipe_new())),
        _ => name.strip_prefix("io.PipeReader.").or_else(|| name.strip_prefix("io.PipeWriter."))?,
    };
    let reader = name.starts_with("io.PipeReader.");
    let recv = args.first().cloned().unwrap_or(Value::Ptr(None));
    let arg = args.get(1).cloned().unwrap_or(Value::Iface(None));
    let r = (|| {
        let st = pipe_state(it, &recv, span)?;
        match (m, reader, &arg) {
            ("Read", true, Value::Slice(dst)) => pipe_read(it, &st, dst, span),
            ("Write", false, Value::Slice(s)) => {
                let data: Vec<u8> = s
                    .to_vec()
                    .iter()
                    .map(|v| if let Value::Int(b) = v { *b as u8 } else { 0 })
                    .collect();
                pipe_write(it, &st, &data, span)
            }
            ("Close", _, _) => {
                pipe_close(it, &st, reader, Value::Iface(None));
                Ok(vec![Value::Iface(None)])
            }
            ("CloseWithError", _, e) => {
                pipe_close(it, &st, reader, e.clone());
                Ok(vec![Value::Iface(None)])
            }
            _ => Err(it.unsupported(span, &format!("std method {name}"))),
        }
    })();
    Some(r)
}
