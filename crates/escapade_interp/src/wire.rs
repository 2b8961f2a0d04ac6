//! Byte codec of a run request (`src` + [`Options`]) and of its [`RunResult`], for passing them
//! between two wasm modules with separate memories (the web UI and the lazily loaded runner).
//!
//! Format (our own, compact): a 6-byte header (`ESCW`, a kind byte `q` for a request or `r` for
//! a result, a version byte), then the fields in declaration order. Unsigned integers are
//! LEB128 varints, signed ones zigzag varints, booleans one byte (0 or 1), enums a tag byte,
//! `Option` a tag byte (0 = `None`, 1 = `Some`) then the value, byte strings and sequences a
//! varint length then their items; strings are UTF-8, checked on decode.
//!
//! Decoding is total: any input gives a value or a [`WireError`], never a panic. Every length
//! is checked against the remaining input before anything is allocated, integers that overflow
//! their field and trailing bytes are errors. Encoding measures the exact size first and writes
//! into one allocation of that size.

use std::fmt;

use escapade_base::{LineCol, Span};

use crate::{ConvVerdict, GoVersion, Impl, MapOp, Options, Outcome, Output, RunResult};

/// Why bytes could not be decoded (never a panic).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireError(pub String);

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad wire data: {}", self.0)
    }
}

impl std::error::Error for WireError {}

/// Every [`MapOp::op`] name the evaluator emits. Decoding maps a name back to its entry here
/// (the op is a `&'static str`); a name not in the list is an error.
pub const MAP_OPS: &[&str] = &["put", "get", "delete", "clear", "next"];

const MAGIC: &[u8; 4] = b"ESCW";
const KIND_REQUEST: u8 = b'q';
const KIND_RESULT: u8 = b'r';
/// Bumped whenever the layout changes (both modules must agree).
const VERSION: u8 = 1;

/// At most this many bytes are reserved up front for a decoded sequence; longer ones grow as
/// they are filled, so a hostile count cannot reserve more than the input justifies.
const MAX_PREALLOC_BYTES: usize = 1 << 20;

/// Encodes a run request.
pub fn encode_request(src: &str, opts: &Options) -> Vec<u8> {
    encode(&Request(src, opts))
}

/// Decodes what [`encode_request`] produced.
pub fn decode_request(bytes: &[u8]) -> Result<(String, Options), WireError> {
    let mut d = Dec::new(bytes);
    d.header(KIND_REQUEST)?;
    let src = d.string()?;
    let opts = d.options()?;
    d.finish()?;
    Ok((src, opts))
}

/// Encodes the result of a run.
pub fn encode_result(r: &RunResult) -> Vec<u8> {
    encode(r)
}

/// Decodes what [`encode_result`] produced.
pub fn decode_result(bytes: &[u8]) -> Result<RunResult, WireError> {
    let mut d = Dec::new(bytes);
    d.header(KIND_RESULT)?;
    let r = d.result()?;
    d.finish()?;
    Ok(r)
}

/// A whole encoded message.
trait Message {
    fn write<O: Out>(&self, e: &mut Enc<O>);
}

struct Request<'a>(&'a str, &'a Options);

impl Message for Request<'_> {
    fn write<O: Out>(&self, e: &mut Enc<O>) {
        e.header(KIND_REQUEST);
        e.str(self.0);
        e.options(self.1);
    }
}

impl Message for RunResult {
    fn write<O: Out>(&self, e: &mut Enc<O>) {
        e.header(KIND_RESULT);
        e.result(self);
    }
}

/// Writes `m` once to measure it, then once into a buffer of exactly that size.
fn encode(m: &impl Message) -> Vec<u8> {
    let mut count = Enc { out: Count(0) };
    m.write(&mut count);
    let mut e = Enc { out: Vec::with_capacity(count.out.0) };
    m.write(&mut e);
    debug_assert_eq!(e.out.len(), count.out.0, "measured and written sizes differ");
    e.out
}

/// Where encoded bytes go: counted, or appended.
trait Out {
    fn raw(&mut self, b: &[u8]);
}

struct Count(usize);

impl Out for Count {
    fn raw(&mut self, b: &[u8]) {
        self.0 += b.len();
    }
}

impl Out for Vec<u8> {
    fn raw(&mut self, b: &[u8]) {
        self.extend_from_slice(b);
    }
}

struct Enc<O> {
    out: O,
}

impl<O: Out> Enc<O> {
    fn raw(&mut self, b: &[u8]) {
        self.out.raw(b);
    }

    fn byte(&mut self, b: u8) {
        self.raw(&[b]);
    }

    fn header(&mut self, kind: u8) {
        self.raw(MAGIC);
        self.raw(&[kind, VERSION]);
    }

    fn u64(&mut self, mut x: u64) {
        if x < 0x80 {
            return self.byte(x as u8);
        }
        let mut buf = [0u8; 10];
        let mut n = 0;
        loop {
            let low = (x & 0x7f) as u8;
            x >>= 7;
            if x == 0 {
                buf[n] = low;
                n += 1;
                break;
            }
            buf[n] = low | 0x80;
            n += 1;
        }
        self.raw(&buf[..n]);
    }

    fn usize(&mut self, x: usize) {
        self.u64(x as u64);
    }

    fn i64(&mut self, x: i64) {
        self.u64(((x << 1) ^ (x >> 63)) as u64);
    }

    fn bool(&mut self, b: bool) {
        self.byte(u8::from(b));
    }

    fn bytes(&mut self, b: &[u8]) {
        self.usize(b.len());
        self.raw(b);
    }

    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    fn seq<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.usize(items.len());
        for x in items {
            item(self, x);
        }
    }

    fn line_col(&mut self, lc: &LineCol) {
        self.u64(lc.line.into());
        self.u64(lc.col.into());
    }

    fn span(&mut self, s: &Span) {
        self.u64(s.start.into());
        self.u64(s.end.into());
    }

    fn options(&mut self, o: &Options) {
        // Destructured so that a new field is a compile error here.
        let Options {
            imp,
            go,
            seed,
            trace,
            record_events,
            max_steps,
            max_memory,
            max_output,
            max_depth,
            append_sites,
            inlined_calls,
            conversions,
        } = o;
        self.byte(match imp {
            Impl::Classic => 0,
            Impl::Swiss => 1,
        });
        self.byte(match go {
            GoVersion::Go123 => 0,
            GoVersion::Go124 => 1,
            GoVersion::Go127 => 2,
        });
        self.u64(*seed);
        self.bool(*trace);
        self.bool(*record_events);
        self.u64(*max_steps);
        self.u64(*max_memory);
        self.usize(*max_output);
        self.u64((*max_depth).into());
        self.seq(append_sites, |e, (lc, esc)| {
            e.line_col(lc);
            e.bool(*esc);
        });
        self.option(inlined_calls.as_deref(), |e, calls| e.seq(calls, Self::line_col));
        self.option(conversions.as_deref(), |e, convs| {
            e.seq(convs, |e, (lc, v)| {
                e.line_col(lc);
                e.byte(match v {
                    ConvVerdict::Escapes => 0,
                    ConvVerdict::Local => 1,
                    ConvVerdict::ZeroCopy => 2,
                });
            })
        });
    }

    fn option<T: ?Sized>(&mut self, x: Option<&T>, some: impl FnOnce(&mut Self, &T)) {
        match x {
            None => self.byte(0),
            Some(v) => {
                self.byte(1);
                some(self, v);
            }
        }
    }

    fn result(&mut self, r: &RunResult) {
        let RunResult { output, outcome, steps } = r;
        let Output { stdout, stderr, writes, map_ops } = output;
        self.bytes(stdout);
        self.bytes(stderr);
        self.seq(writes, |e, (span, to_stderr, n)| {
            e.span(span);
            e.bool(*to_stderr);
            e.usize(*n);
        });
        self.seq(map_ops, Self::map_op);
        match outcome {
            Outcome::Exit(code) => {
                self.byte(0);
                self.i64((*code).into());
            }
            Outcome::Stopped(msg) => {
                self.byte(1);
                self.str(msg);
            }
        }
        self.u64(*steps);
    }

    fn map_op(&mut self, m: &MapOp) {
        let MapOp { site, instance, op, key, value, span, events } = m;
        self.span(site);
        self.u64((*instance).into());
        self.str(op);
        self.str(key);
        self.str(value);
        self.span(span);
        self.seq(events, |e, s| e.str(s));
    }
}

struct Dec<'a> {
    rest: &'a [u8],
}

fn err<T>(what: impl Into<String>) -> Result<T, WireError> {
    Err(WireError(what.into()))
}

impl<'a> Dec<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Dec { rest: bytes }
    }

    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], WireError> {
        if n > self.rest.len() {
            return err(format!("{what}: needs {n} bytes, {} left", self.rest.len()));
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }

    fn byte(&mut self, what: &str) -> Result<u8, WireError> {
        let Some((&b, tail)) = self.rest.split_first() else {
            return err(format!("{what}: input ends"));
        };
        self.rest = tail;
        Ok(b)
    }

    fn header(&mut self, kind: u8) -> Result<(), WireError> {
        let h = self.take(6, "header")?;
        if &h[..4] != MAGIC {
            return err("not Escapade wire data (bad magic)");
        }
        if h[4] != kind {
            let want = if kind == KIND_REQUEST { "request" } else { "result" };
            return err(format!("expected a {want}, kind byte is {:#04x}", h[4]));
        }
        if h[5] != VERSION {
            return err(format!("version {} (this build reads version {VERSION})", h[5]));
        }
        Ok(())
    }

    fn finish(&self) -> Result<(), WireError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            err(format!("{} trailing bytes", self.rest.len()))
        }
    }

    fn u64(&mut self, what: &str) -> Result<u64, WireError> {
        let mut x = 0u64;
        for i in 0..10 {
            let b = self.byte(what)?;
            let low = u64::from(b & 0x7f);
            if i == 9 && b > 1 {
                return err(format!("{what}: varint overflows 64 bits"));
            }
            x |= low << (7 * i);
            if b & 0x80 == 0 {
                return Ok(x);
            }
        }
        err(format!("{what}: varint longer than 10 bytes"))
    }

    fn narrow<T: TryFrom<u64>>(&mut self, what: &str) -> Result<T, WireError> {
        let x = self.u64(what)?;
        T::try_from(x).or_else(|_| err(format!("{what}: {x} out of range")))
    }

    fn i64(&mut self, what: &str) -> Result<i64, WireError> {
        let z = self.u64(what)?;
        Ok((z >> 1) as i64 ^ -((z & 1) as i64))
    }

    fn bool(&mut self, what: &str) -> Result<bool, WireError> {
        match self.byte(what)? {
            0 => Ok(false),
            1 => Ok(true),
            b => err(format!("{what}: bool byte {b}")),
        }
    }

    fn bytes(&mut self, what: &str) -> Result<&'a [u8], WireError> {
        let n = self.narrow::<usize>(what)?;
        self.take(n, what)
    }

    fn str(&mut self, what: &str) -> Result<&'a str, WireError> {
        let b = self.bytes(what)?;
        std::str::from_utf8(b).or_else(|e| err(format!("{what}: invalid UTF-8 ({e})")))
    }

    fn string(&mut self) -> Result<String, WireError> {
        self.str("string").map(str::to_owned)
    }

    /// A sequence whose items take at least `min_item` encoded bytes each: the count is checked
    /// against the remaining input before anything is reserved.
    fn seq<T>(
        &mut self,
        what: &str,
        min_item: usize,
        mut item: impl FnMut(&mut Self) -> Result<T, WireError>,
    ) -> Result<Vec<T>, WireError> {
        let n = self.narrow::<usize>(what)?;
        if n > self.rest.len() / min_item {
            return err(format!("{what}: {n} items cannot fit in {} bytes", self.rest.len()));
        }
        let cap = n.min(MAX_PREALLOC_BYTES / std::mem::size_of::<T>().max(1));
        let mut out = Vec::with_capacity(cap);
        for _ in 0..n {
            out.push(item(self)?);
        }
        Ok(out)
    }

    fn option<T>(
        &mut self,
        what: &str,
        some: impl FnOnce(&mut Self) -> Result<T, WireError>,
    ) -> Result<Option<T>, WireError> {
        match self.byte(what)? {
            0 => Ok(None),
            1 => some(self).map(Some),
            b => err(format!("{what}: option tag {b}")),
        }
    }

    fn line_col(&mut self) -> Result<LineCol, WireError> {
        Ok(LineCol { line: self.narrow("line")?, col: self.narrow("column")? })
    }

    fn span(&mut self) -> Result<Span, WireError> {
        let start = self.narrow("span start")?;
        let end = self.narrow("span end")?;
        Ok(Span { start, end })
    }

    fn options(&mut self) -> Result<Options, WireError> {
        let imp = match self.byte("impl")? {
            0 => Impl::Classic,
            1 => Impl::Swiss,
            b => return err(format!("impl tag {b}")),
        };
        let go = match self.byte("go version")? {
            0 => GoVersion::Go123,
            1 => GoVersion::Go124,
            2 => GoVersion::Go127,
            b => return err(format!("go version tag {b}")),
        };
        Ok(Options {
            imp,
            go,
            seed: self.u64("seed")?,
            trace: self.bool("trace")?,
            record_events: self.bool("record_events")?,
            max_steps: self.u64("max_steps")?,
            max_memory: self.u64("max_memory")?,
            max_output: self.narrow("max_output")?,
            max_depth: self.narrow("max_depth")?,
            append_sites: self
                .seq("append_sites", 3, |d| Ok((d.line_col()?, d.bool("escapes")?)))?,
            inlined_calls: self
                .option("inlined_calls", |d| d.seq("inlined_calls", 2, Self::line_col))?,
            conversions: self.option("conversions", |d| {
                d.seq("conversions", 3, |d| {
                    let lc = d.line_col()?;
                    let v = match d.byte("conversion verdict")? {
                        0 => ConvVerdict::Escapes,
                        1 => ConvVerdict::Local,
                        2 => ConvVerdict::ZeroCopy,
                        b => return err(format!("conversion verdict tag {b}")),
                    };
                    Ok((lc, v))
                })
            })?,
        })
    }

    fn result(&mut self) -> Result<RunResult, WireError> {
        let stdout = self.bytes("stdout")?.to_vec();
        let stderr = self.bytes("stderr")?.to_vec();
        let writes = self
            .seq("writes", 4, |d| Ok((d.span()?, d.bool("to stderr")?, d.narrow("write size")?)))?;
        // site (2) + instance + op + key + value (1 each) + span (2) + events count.
        let map_ops = self.seq("map_ops", 9, Self::map_op)?;
        let outcome = match self.byte("outcome")? {
            0 => Outcome::Exit(self.i64("exit code").and_then(|c| {
                i32::try_from(c).or_else(|_| err(format!("exit code {c} out of range")))
            })?),
            1 => Outcome::Stopped(self.string()?),
            b => return err(format!("outcome tag {b}")),
        };
        let steps = self.u64("steps")?;
        Ok(RunResult { output: Output { stdout, stderr, writes, map_ops }, outcome, steps })
    }

    fn map_op(&mut self) -> Result<MapOp, WireError> {
        let site = self.span()?;
        let instance = self.narrow("instance")?;
        let name = self.str("map op")?;
        let Some(&op) = MAP_OPS.iter().find(|&&o| o == name) else {
            return err(format!("unknown map op {name:?}"));
        };
        Ok(MapOp {
            site,
            instance,
            op,
            key: self.str("key")?.to_owned(),
            value: self.str("value")?.to_owned(),
            span: self.span()?,
            events: self.seq("events", 1, |d| d.str("event").map(str::to_owned))?,
        })
    }
}
