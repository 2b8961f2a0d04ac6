//! The texts Go prints for run-time panics: the messages of runtime errors (what `recover()`
//! returns and `err.Error()` says), how the runtime prints a panic value, and the crash report an
//! uncaught panic writes to standard error before the process exits with status 2.
//!
//! The report is modelled in the normalized form of the run corpus (see
//! `scripts/interp-corpus.py`): the `panic: ...` lines, with `[recovered]` chains, and the
//! `[signal SIGSEGV ...]` line for nil dereferences (its program counter written as `pc=PC`).
//! [`Crash::full_report`] adds the goroutine header a real run prints next.

use crate::fmtfloat::{format_float, FloatBits};

/// Exit status of a program that dies of an uncaught panic.
pub const PANIC_EXIT_CODE: i32 = 2;
/// What `go run` prints on stderr after a program exits with status 2.
pub const EXIT_STATUS_LINE: &str = "exit status 2";
/// First line of the goroutine traceback that follows the panic lines.
pub const GOROUTINE_HEADER: &str = "goroutine 1 [running]:";

/// Which bounds check failed (gc's `abi.BoundsKind`); the operands are `x` and `y` in the
/// message patterns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoundsKind {
    /// `s[x]` with `len(s) == y`.
    Index,
    /// `s[:x]` with `len(s) == y` (strings, arrays).
    SliceAlen,
    /// `s[:x]` with `cap(s) == y` (slices).
    SliceAcap,
    /// `s[x:y]` with `x > y`.
    SliceB,
    /// `s[::x]` with `len == y`.
    Slice3Alen,
    /// `s[::x]` with `cap == y`.
    Slice3Acap,
    /// `s[:x:y]` with `x > y`.
    Slice3B,
    /// `s[x:y:]` with `x > y`.
    Slice3C,
    /// `[x]T(s)` with `len(s) == y`.
    Convert,
}

/// A failed type assertion `v.(T)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssertionError {
    /// The interface holds nil. `iface` is the operand's static interface type as the runtime
    /// names it: the type (`interface {}`) for assertions to concrete types, `None` (printed
    /// `interface`) for assertions to interface types.
    Nil { iface: Option<String>, asserted: String },
    /// The dynamic type is not the asserted concrete type.
    WrongType { iface: String, concrete: String, asserted: String },
    /// The dynamic type lacks a method of the asserted interface.
    MissingMethod { concrete: String, asserted: String, method: String },
}

/// A run-time error raised by the runtime itself (a `runtime.Error`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuntimeError {
    Bounds {
        kind: BoundsKind,
        x: i64,
        y: i64,
    },
    /// Write to a nil map (the one runtime error without the `runtime error: ` prefix).
    NilMapWrite,
    /// Nil pointer dereference; `addr` is the faulting address (the field or element offset).
    NilDeref {
        addr: u64,
    },
    DivideByZero,
    Assertion(AssertionError),
    /// `panic(nil)`.
    PanicNil,
    /// A `runtime.plainError` (`send on closed channel`, `close of nil channel`, …).
    Plain(String),
}

impl RuntimeError {
    /// `err.Error()`: the text `recover()` callers and crash reports show.
    pub fn message(&self) -> String {
        match self {
            RuntimeError::Bounds { kind, x, y } => {
                format!("runtime error: {}", bounds(*kind, *x, *y))
            }
            RuntimeError::NilMapWrite => "assignment to entry in nil map".into(),
            RuntimeError::NilDeref { .. } => {
                "runtime error: invalid memory address or nil pointer dereference".into()
            }
            RuntimeError::DivideByZero => "runtime error: integer divide by zero".into(),
            RuntimeError::Assertion(a) => assertion(a),
            RuntimeError::PanicNil => "runtime error: panic called with nil argument".into(),
            RuntimeError::Plain(m) => m.clone(),
        }
    }

    /// The signal line the crash report prints after the panic lines, if any.
    pub fn signal_line(&self) -> Option<String> {
        match self {
            RuntimeError::NilDeref { addr } => Some(format!(
                "[signal SIGSEGV: segmentation violation code=0x1 addr={addr:#x} pc=PC]"
            )),
            _ => None,
        }
    }
}

fn bounds(kind: BoundsKind, x: i64, y: i64) -> String {
    use BoundsKind::*;
    // A negative x is reported alone.
    if x < 0 {
        return match kind {
            Index => format!("index out of range [{x}]"),
            SliceAlen | SliceAcap => format!("slice bounds out of range [:{x}]"),
            SliceB => format!("slice bounds out of range [{x}:]"),
            Slice3Alen | Slice3Acap => format!("slice bounds out of range [::{x}]"),
            Slice3B => format!("slice bounds out of range [:{x}:]"),
            Slice3C => format!("slice bounds out of range [{x}::]"),
            Convert => format!(
                "cannot convert slice with length {y} to array or pointer to array with length {x}"
            ),
        };
    }
    match kind {
        Index => format!("index out of range [{x}] with length {y}"),
        SliceAlen => format!("slice bounds out of range [:{x}] with length {y}"),
        SliceAcap => format!("slice bounds out of range [:{x}] with capacity {y}"),
        SliceB => format!("slice bounds out of range [{x}:{y}]"),
        Slice3Alen => format!("slice bounds out of range [::{x}] with length {y}"),
        Slice3Acap => format!("slice bounds out of range [::{x}] with capacity {y}"),
        Slice3B => format!("slice bounds out of range [:{x}:{y}]"),
        Slice3C => format!("slice bounds out of range [{x}:{y}:]"),
        Convert => format!(
            "cannot convert slice with length {y} to array or pointer to array with length {x}"
        ),
    }
}

fn assertion(a: &AssertionError) -> String {
    match a {
        AssertionError::Nil { iface, asserted } => format!(
            "interface conversion: {} is nil, not {asserted}",
            iface.as_deref().unwrap_or("interface")
        ),
        AssertionError::WrongType { iface, concrete, asserted } => {
            let mut msg = format!("interface conversion: {iface} is {concrete}, not {asserted}");
            if concrete == asserted {
                // Same spelling, different types (for example two local types named T).
                msg.push_str(" (types from different scopes)");
            }
            msg
        }
        AssertionError::MissingMethod { concrete, asserted, method } => {
            format!("interface conversion: {concrete} is not {asserted}: missing method {method}")
        }
    }
}

/// A panic value as the runtime prints it in a crash report. Values whose dynamic type has an
/// `Error()` or `String()` method are printed as that method's result: pass [`PanicValue::Str`]
/// with the text (the evaluator calls the method first, as the runtime does).
#[derive(Clone, Debug, PartialEq)]
pub enum PanicValue {
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float64(f64),
    Float32(f32),
    Complex128(f64, f64),
    Complex64(f32, f32),
    Str(String),
    /// A value of a named type whose underlying type is basic, e.g. `main.Status(-3)`.
    Named {
        type_name: String,
        value: Box<PanicValue>,
    },
    /// Any other type: the runtime prints `(T) 0x…` with an address no interpreter can match.
    Opaque {
        type_name: String,
    },
    /// A runtime error (printed as its message).
    Runtime(RuntimeError),
}

impl PanicValue {
    /// The text after `panic: `.
    pub fn render(&self) -> String {
        match self {
            PanicValue::Bool(b) => b.to_string(),
            PanicValue::Int(i) => i.to_string(),
            PanicValue::Uint(u) => u.to_string(),
            PanicValue::Float64(f) => runtime_float(*f, FloatBits::F64),
            PanicValue::Float32(f) => runtime_float(f64::from(*f), FloatBits::F32),
            PanicValue::Complex128(re, im) => runtime_complex(*re, *im, FloatBits::F64),
            PanicValue::Complex64(re, im) => {
                runtime_complex(f64::from(*re), f64::from(*im), FloatBits::F32)
            }
            PanicValue::Str(s) => indented(s),
            PanicValue::Named { type_name, value } => match value.as_ref() {
                PanicValue::Str(s) => format!("{type_name}(\"{}\")", indented(s)),
                v @ (PanicValue::Complex128(..) | PanicValue::Complex64(..)) => {
                    format!("{type_name}{}", v.render())
                }
                v => format!("{type_name}({})", v.render()),
            },
            PanicValue::Opaque { type_name } => format!("({type_name}) 0xADDR"),
            PanicValue::Runtime(e) => e.message(),
        }
    }
}

fn runtime_float(v: f64, bits: FloatBits) -> String {
    format_float(v, b'g', -1, bits).unwrap_or_default()
}

fn runtime_complex(re: f64, im: f64, bits: FloatBits) -> String {
    let im = runtime_float(im, bits);
    let sign = if im.starts_with(['+', '-']) { "" } else { "+" };
    format!("({}{sign}{im}i)", runtime_float(re, bits))
}

/// Newlines in printed panic strings are followed by a tab.
fn indented(s: &str) -> String {
    s.replace('\n', "\n\t")
}

/// One panic of the chain active when the program dies, oldest first.
#[derive(Clone, Debug, PartialEq)]
pub struct PanicRecord {
    pub value: PanicValue,
    /// A deferred call recovered it (and a later panic started).
    pub recovered: bool,
}

/// An uncaught panic: the chain of panics, oldest first, the last one uncaught.
#[derive(Clone, Debug, PartialEq)]
pub struct Crash {
    pub chain: Vec<PanicRecord>,
}

impl Crash {
    /// A single uncaught panic.
    pub fn single(value: PanicValue) -> Crash {
        Crash { chain: vec![PanicRecord { value, recovered: false }] }
    }

    /// The normalized stderr text (what the corpus' `.err` files hold), ending in a newline.
    pub fn report(&self) -> String {
        let mut out = String::new();
        for (i, p) in self.chain.iter().enumerate() {
            // A recovered panic re-raised with the very same value is printed once.
            let repanicked =
                p.recovered && self.chain.get(i + 1).is_some_and(|next| next.value == p.value);
            if i > 0 {
                out.push('\t');
            }
            out.push_str("panic: ");
            out.push_str(&p.value.render());
            if repanicked {
                out.push_str(" [recovered, repanicked]\n");
                break;
            }
            out.push_str(if p.recovered { " [recovered]\n" } else { "\n" });
        }
        if let Some(PanicRecord { value: PanicValue::Runtime(e), .. }) = self.chain.last() {
            if let Some(line) = e.signal_line() {
                out.push_str(&line);
                out.push('\n');
            }
        }
        out
    }

    /// The report followed by the goroutine header the real runtime prints next (the stack
    /// trace itself is up to the caller).
    pub fn full_report(&self) -> String {
        format!("{}\n{GOROUTINE_HEADER}\n", self.report())
    }
}
