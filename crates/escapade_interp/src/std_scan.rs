//! `fmt.Sscan`, `fmt.Sscanln` and `fmt.Sscanf` for the inputs that scan without error: operands
//! of string, integer, float and bool types, verbs `%v %s %d %g %f %e %t`, spaces and literal
//! text in the format. Any input that would make Go report an error (and so depend on its
//! exact message and partial assignments) is refused.

use std::rc::Rc;

use escapade_base::Span;
use escapade_types::types::{BasicKind as BK, TypeKind};

use crate::interp::{Interp, R};
use crate::value::*;

struct Input<'a> {
    s: &'a [u8],
    i: usize,
}

impl Input<'_> {
    fn skip_spaces(&mut self, newlines: bool) -> bool {
        let start = self.i;
        while let Some(&c) = self.s.get(self.i) {
            if c == b' ' || c == b'\t' || c == b'\r' || (newlines && c == b'\n') {
                self.i += 1;
            } else {
                break;
            }
        }
        self.i > start
    }

    fn take_while(&mut self, f: impl Fn(u8) -> bool) -> &[u8] {
        let start = self.i;
        while self.s.get(self.i).is_some_and(|&c| f(c)) {
            self.i += 1;
        }
        &self.s[start..self.i]
    }
}

/// Scans one operand of `verb` into the pointer `dst`. `None`: Go would report an error.
fn scan_one(it: &mut Interp, inp: &mut Input, verb: u8, dst: &Value, span: Span) -> R<Option<()>> {
    let Value::Iface(Some(d)) = dst else { return Ok(None) };
    let (Dyn::Go(pt), Value::Ptr(Some(p))) = (d.0, &d.1) else { return Ok(None) };
    let TypeKind::Pointer(t) = it.ukind(pt) else { return Ok(None) };
    let Some(k) = it.basic(t).map(BK::canonical) else { return Ok(None) };
    let v = if k == BK::String {
        if !matches!(verb, b'v' | b's') {
            return Ok(None);
        }
        let tok = inp.take_while(|c| !matches!(c, b' ' | b'\t' | b'\r' | b'\n'));
        if tok.is_empty() || !tok.is_ascii() {
            return Ok(None);
        }
        Value::Str(Rc::from(tok))
    } else if k.is_integer() {
        if !matches!(verb, b'v' | b'd') {
            return Ok(None);
        }
        let start = inp.i;
        if matches!(inp.s.get(inp.i), Some(b'+' | b'-')) {
            inp.i += 1;
        }
        let digits = inp.take_while(|c| c.is_ascii_digit()).len();
        // A base prefix (%v) or an underscore would be read differently: refused.
        if digits == 0
            || (verb == b'v'
                && matches!(inp.s.get(inp.i), Some(b'x' | b'X' | b'b' | b'o' | b'_' | b'O' | b'B')))
        {
            return Ok(None);
        }
        if verb == b'v' && digits > 1 && inp.s[inp.i - digits] == b'0' {
            return Ok(None);
        }
        let tok = &inp.s[start..inp.i];
        let bits = match k {
            BK::Int8 | BK::Uint8 => 8,
            BK::Int16 | BK::Uint16 => 16,
            BK::Int32 | BK::Uint32 => 32,
            _ => 64,
        };
        let r = if k.is_unsigned() {
            crate::sconv::parse_uint(tok, 10, bits).and_then(|r| r.ok()).map(|v| v as i64)
        } else {
            crate::sconv::parse_int(tok, 10, bits).and_then(|r| r.ok())
        };
        let Some(n) = r else { return Ok(None) };
        Value::Int(n)
    } else if matches!(k, BK::Float64 | BK::Float32) {
        if !matches!(verb, b'v' | b'g' | b'f' | b'e' | b'G' | b'F' | b'E') {
            return Ok(None);
        }
        let start = inp.i;
        if matches!(inp.s.get(inp.i), Some(b'+' | b'-')) {
            inp.i += 1;
        }
        let int = inp.take_while(|c| c.is_ascii_digit()).len();
        let mut frac = 0;
        if inp.s.get(inp.i) == Some(&b'.') {
            inp.i += 1;
            frac = inp.take_while(|c| c.is_ascii_digit()).len();
        }
        if int + frac == 0 {
            return Ok(None);
        }
        if matches!(inp.s.get(inp.i), Some(b'e' | b'E')) {
            inp.i += 1;
            if matches!(inp.s.get(inp.i), Some(b'+' | b'-')) {
                inp.i += 1;
            }
            if inp.take_while(|c| c.is_ascii_digit()).is_empty() {
                return Ok(None);
            }
        }
        // Hex floats, underscores, "inf"/"nan" spellings: refused.
        if inp.s.get(inp.i).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_') {
            return Ok(None);
        }
        let bits = if k == BK::Float32 { 32 } else { 64 };
        match crate::sconv::parse_float(&inp.s[start..inp.i], bits) {
            Some(Ok(f)) => Value::Float(f),
            _ => return Ok(None),
        }
    } else if k == BK::Bool {
        if !matches!(verb, b'v' | b't') {
            return Ok(None);
        }
        let tok = inp.take_while(|c| c.is_ascii_alphanumeric());
        match tok {
            b"true" => Value::Bool(true),
            b"false" => Value::Bool(false),
            _ => return Ok(None),
        }
    } else {
        return Ok(None);
    };
    if !p.store(v) {
        return Err(it.unsupported(span, "scanning into this pointer"));
    }
    Ok(Some(()))
}

pub fn call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    if !matches!(name, "fmt.Sscan" | "fmt.Sscanln" | "fmt.Sscanf") {
        return None;
    }
    let text = |v: Option<&Value>| match v {
        Some(Value::Str(s)) => s.to_vec(),
        _ => Vec::new(),
    };
    let list = |v: Option<&Value>| match v {
        Some(Value::Slice(s)) => s.to_vec(),
        _ => Vec::new(),
    };
    let input = text(args.first());
    let refuse = |it: &Interp| {
        Err(it.unsupported(span, &format!("{name} of this input (Go reports an error)")))
    };
    let r = (|| {
        let mut inp = Input { s: &input, i: 0 };
        let mut n = 0;
        if name == "fmt.Sscanf" {
            let format = text(args.get(1));
            let dsts = list(args.get(2));
            if input.contains(&b'\n') || format.contains(&b'\n') {
                return refuse(it);
            }
            let mut f = 0;
            while f < format.len() {
                let c = format[f];
                if c == b' ' || c == b'\t' {
                    while f < format.len() && (format[f] == b' ' || format[f] == b'\t') {
                        f += 1;
                    }
                    inp.skip_spaces(false);
                    continue;
                }
                if c != b'%' {
                    if inp.s.get(inp.i) != Some(&c) {
                        return refuse(it);
                    }
                    inp.i += 1;
                    f += 1;
                    continue;
                }
                let Some(&verb) = format.get(f + 1) else { return refuse(it) };
                f += 2;
                if verb == b'%' {
                    inp.skip_spaces(false);
                    if inp.s.get(inp.i) != Some(&b'%') {
                        return refuse(it);
                    }
                    inp.i += 1;
                    continue;
                }
                let Some(dst) = dsts.get(n) else { return refuse(it) };
                inp.skip_spaces(false);
                if scan_one(it, &mut inp, verb, dst, span)?.is_none() {
                    return refuse(it);
                }
                n += 1;
            }
            if n != dsts.len() {
                return refuse(it);
            }
        } else {
            let dsts = list(args.get(1));
            let ln = name == "fmt.Sscanln";
            for dst in &dsts {
                inp.skip_spaces(!ln);
                if scan_one(it, &mut inp, b'v', dst, span)?.is_none() {
                    return refuse(it);
                }
                n += 1;
            }
            if ln {
                inp.skip_spaces(false);
                if !matches!(inp.s.get(inp.i), None | Some(b'\n')) {
                    return refuse(it);
                }
            }
        }
        Ok(vec![Value::Int(n as i64), Value::Iface(None)])
    })();
    Some(r)
}
