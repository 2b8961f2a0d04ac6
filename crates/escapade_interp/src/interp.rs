//! The tree-walking evaluator over the type-checked AST.

use std::cell::RefCell;
use std::rc::Rc;

use escapade_base::{LineIndex, Span};
use escapade_maps::{Fallback, GoMap, GoValue, HashKind, Rng};
use escapade_syntax::ast::*;
use escapade_types::constant::Value as CV;
use escapade_types::lookup::LookupResult;
use escapade_types::types::{BasicKind as BK, TypeKind};
use escapade_types::{Builtin, Checker, FileInfo, Mode, ObjId, ObjKind, SelectionKind, TypeId};
use num_traits::ToPrimitive;

use crate::growslice::{grow_cap, grow_in_buffer, moved_cap, stack_buffer_len, ElemLayout};
use crate::panics::{BoundsKind, RuntimeError};
use crate::prepass::{Resolved, NO_SLOT};
use crate::value::*;
use crate::{MapOp, Options, Output};

/// Why evaluation stops unwinding normally.
#[derive(Debug)]
pub enum Ctrl {
    Panic(Box<PanicState>),
    Exit(i32),
    /// A budget ran out or the program is outside the supported subset.
    Stop(String),
}

#[derive(Debug, Clone)]
pub struct PanicState {
    /// The panic value as an interface (`any`).
    pub value: Value,
    pub runtime: Option<RuntimeError>,
    /// Earlier panics of the chain: (value, runtime error, recovered).
    pub chain: Vec<(Value, Option<RuntimeError>, bool)>,
}

pub type R<T> = Result<T, Ctrl>;

pub enum Flow {
    Normal,
    Break(Option<String>),
    Continue(Option<String>),
    Return,
    Fallthrough,
    /// `goto L`: handled by the block holding the statement labelled `L`.
    Goto(String),
}

struct Frame {
    slots: Vec<Option<Cell>>,
    targs: Rc<Vec<(TypeId, TypeId)>>,
    defers: Vec<(Rc<Closure>, Vec<Value>)>,
    /// Result cells (named or not).
    results: Vec<Cell>,
    result_types: Vec<TypeId>,
    /// Deferred call run while panicking: `recover()` may stop the panic.
    can_recover: bool,
    /// Offset of the `(` of the call that made this frame, when it is a direct call of a
    /// declared function or literal that gc inlines or may inline (inlining unknown); `None`
    /// for calls gc does not inline, `main`, `init`, `go`, `defer` and calls made by std code.
    paren: Option<u32>,
    /// Stack buffers of appends taken in this frame, by (calls inlined below it, buffer).
    used: std::collections::BTreeSet<(Vec<u32>, appendplan::Key)>,
    /// Backing arrays that are stack buffers of appends made in this frame.
    stack_bufs: Vec<Rc<RefCell<Vec<Value>>>>,
}

pub struct Interp<'o> {
    pub ck: Checker,
    info: FileInfo,
    res: Resolved,
    lines: LineIndex,
    opts: &'o Options,
    globals: std::collections::BTreeMap<ObjId, Cell>,
    frames: Vec<Frame>,
    cur: usize,
    panicking: Option<Box<PanicState>>,
    recovered: Vec<(Value, Option<RuntimeError>, bool)>,
    pub out: Output,
    pub steps: u64,
    pub mem: u64,
    depth: u32,
    map_count: u32,
    rng: Rng,
    hash: HashKind,
    user_pkg: Option<escapade_types::PkgId>,
    /// Package-level `var` specs with initializers: (pseudo-function id, spec).
    pub global_inits: Vec<(NodeId, Rc<ValueSpec>)>,
    pending_recover: bool,
    /// `append` verdicts by byte offset of the call's `(` (sorted): true when it escapes.
    append_sites: Vec<(u32, bool)>,
    /// The `append` call of the statement being executed when it has the form
    /// `x = append(x, …)` (same variable on both sides).
    self_append: Option<NodeId>,
    /// `strconv.ErrSyntax` and `strconv.ErrRange` (one value each, so `errors.Is` finds them).
    strconv_errs: Option<(Value, Value)>,
    /// Package-level variables of std packages created on first use (`io.EOF`, `os.Stdout`),
    /// by qualified name, so each has one identity.
    pub std_vars: Vec<(String, Value)>,
    sched: sched::Sched,
    /// Instances of generic function types (see `subst_with`).
    func_substs: std::collections::BTreeMap<(TypeId, Vec<(TypeId, TypeId)>), TypeId>,
    /// Active range-over-func loops, innermost last.
    yield_loops: Vec<YieldLoop>,
    next_yield: u64,
    /// Statements running under their evaluation-order watch, innermost last.
    watch: Vec<watch::WatchFrame>,
    /// gc's stack buffers for appends and the slice pass (see `appendplan`).
    plan: appendplan::Plan,
    /// The `(` of the call being made (see `Frame::paren`).
    call_paren: Option<u32>,
    /// The operand span of the conversion being evaluated and whether it is a constant.
    conv_site: Option<(u32, u32, bool)>,
    /// `Options::conversions` by offset (sorted), when known.
    conversions: Option<Vec<(u32, crate::ConvVerdict)>>,
    /// The `(` of the calls gc inlines (`Options::inlined_calls`), when known.
    inlined: Option<std::collections::BTreeSet<u32>>,
    /// `sync.Map`s and `sync.Pool`s of the program by the identity of their variable (their
    /// std struct fields are not used; see `std_atomic`).
    sync_objs: std::collections::BTreeMap<(usize, Vec<u64>), SyncObj>,
    /// Synthetic addresses of pointers and channels used as map keys (see `ref_addr`).
    addrs: std::collections::BTreeMap<(usize, Vec<u64>), (u64, Value)>,
}

struct YieldLoop {
    id: usize,
    /// Frame of the function the loop is in (its body runs there).
    owner: usize,
    key: Option<Expr>,
    value: Option<Expr>,
    define: bool,
    body: Rc<Block>,
    label: Option<String>,
    /// The body stopped the loop (`yield` returned false).
    done: bool,
    /// What the loop statement does once the iterator returns (`return`, outer break, …).
    pending: Option<Flow>,
}

macro_rules! unsup {
    ($s:expr, $span:expr, $($arg:tt)*) => {{
        let msg = format!($($arg)*);
        return Err($s.unsupported($span, &msg));
    }};
}

#[path = "appendplan.rs"]
mod appendplan;
#[path = "gotask.rs"]
mod gotask;
#[path = "iters.rs"]
mod iters;
#[path = "sched.rs"]
mod sched;
#[path = "watch.rs"]
mod watch;

impl<'o> Interp<'o> {
    pub fn new(
        mut ck: Checker,
        info: FileInfo,
        res: Resolved,
        src: &str,
        opts: &'o Options,
    ) -> Self {
        let mut rng = Rng::new(opts.seed);
        let hash = HashKind::Fallback(Fallback::random(&mut rng));
        let lines = LineIndex::new(src);
        let mut append_sites: Vec<(u32, bool)> = opts
            .append_sites
            .iter()
            .filter_map(|&(lc, esc)| Some((u32::try_from(lines.offset(lc)?).ok()?, esc)))
            .collect();
        append_sites.sort_unstable();
        let user_pkg = (0..ck.pkgs.len())
            .find(|&i| ck.pkgs[i].path == "main")
            .map(|i| escapade_types::PkgId(i as u32));
        let conversions = opts.conversions.as_ref().map(|v| {
            let mut v: Vec<(u32, crate::ConvVerdict)> = v
                .iter()
                .filter_map(|&(lc, c)| Some((u32::try_from(lines.offset(lc)?).ok()?, c)))
                .collect();
            v.sort_unstable_by_key(|x| x.0);
            v
        });
        let inlined: Option<std::collections::BTreeSet<u32>> = opts
            .inlined_calls
            .as_ref()
            .map(|v| v.iter().filter_map(|&lc| u32::try_from(lines.offset(lc)?).ok()).collect());
        let plan = {
            let globals = res.globals.iter().copied().collect();
            let funcs: Vec<&FuncDecl> = res.funcs.values().map(|f| &**f).collect();
            let lits: Vec<&(FuncType, Block)> = res.lits.iter().map(|l| &**l).collect();
            appendplan::analyze(&mut ck, &info, &globals, &funcs, &lits, src, inlined.as_ref())
        };
        Interp {
            ck,
            info,
            res,
            lines,
            opts,
            globals: Default::default(),
            frames: Vec::new(),
            cur: 0,
            panicking: None,
            recovered: Vec::new(),
            out: Output::default(),
            steps: 0,
            mem: 0,
            depth: 0,
            map_count: 0,
            addrs: std::collections::BTreeMap::new(),
            sync_objs: std::collections::BTreeMap::new(),
            plan,
            inlined,
            call_paren: None,
            conv_site: None,
            conversions,
            rng,
            hash,
            user_pkg,
            global_inits: Vec::new(),
            pending_recover: false,
            append_sites,
            self_append: None,
            strconv_errs: None,
            std_vars: Vec::new(),
            sched: Default::default(),
            func_substs: Default::default(),
            yield_loops: Vec::new(),
            next_yield: 0,
            watch: Vec::new(),
        }
    }

    /// `strconv.ErrSyntax`, `strconv.ErrRange`.
    pub fn strconv_errors(&mut self) -> (Value, Value) {
        let mk = |t: &str| {
            Value::Iface(Some(Rc::new((Dyn::ErrorString, Value::Str(Rc::from(t.as_bytes()))))))
        };
        self.strconv_errs
            .get_or_insert_with(|| (mk("invalid syntax"), mk("value out of range")))
            .clone()
    }

    /// A package-level variable of a std package that the evaluator models.
    fn std_var(&mut self, path: &str, name: &str) -> Option<Value> {
        match (path, name) {
            ("strconv", "ErrSyntax") => Some(self.strconv_errors().0),
            ("strconv", "ErrRange") => Some(self.strconv_errors().1),
            _ => crate::stdlib::std_var(self, path, name),
        }
    }

    pub fn unsupported(&self, span: Span, what: &str) -> Ctrl {
        Ctrl::Stop(format!("unsupported: {what} at {}", self.lines.line_col(span.start as usize)))
    }

    /// `budget: LIMIT exceeded at L:C`.
    fn over_budget(&self, limit: &str, span: Span) -> Ctrl {
        Ctrl::Stop(format!(
            "budget: {limit} exceeded at {}",
            self.lines.line_col(span.start as usize)
        ))
    }

    pub(crate) fn step(&mut self, span: Span) -> R<()> {
        self.steps += 1;
        if !self.res.evalorder.is_empty() {
            if let Some(w) = self.res.evalorder.get(&span.start) {
                if !w.msg.is_empty() && !self.watched(span.start) {
                    return Err(Ctrl::Stop(w.msg.clone()));
                }
            }
        }
        if self.steps > self.opts.max_steps {
            return Err(self.over_budget(&format!("step limit of {}", self.opts.max_steps), span));
        }
        Ok(())
    }

    pub fn alloc(&mut self, bytes: u64, span: Span) -> R<()> {
        self.mem = self.mem.saturating_add(bytes);
        if self.mem > self.opts.max_memory {
            return Err(
                self.over_budget(&format!("memory limit of {} bytes", self.opts.max_memory), span)
            );
        }
        Ok(())
    }

    pub fn write_out(&mut self, s: &[u8], stderr: bool, span: Span) -> R<()> {
        let total = self.out.stdout.len() + self.out.stderr.len() + s.len();
        if total > self.opts.max_output {
            return Err(
                self.over_budget(&format!("output limit of {} bytes", self.opts.max_output), span)
            );
        }
        if stderr {
            self.out.stderr.extend_from_slice(s);
        } else {
            self.out.stdout.extend_from_slice(s);
        }
        self.out.writes.push((span, stderr, s.len()));
        Ok(())
    }

    // ---------------------------------------------------------------------------------------
    // Program

    pub fn run_main(&mut self) -> R<()> {
        self.frames.push(Frame {
            slots: Vec::new(),
            targs: Rc::new(Vec::new()),
            defers: Vec::new(),
            results: Vec::new(),
            result_types: Vec::new(),
            can_recover: false,
            paren: None,
            used: Default::default(),
            stack_bufs: Vec::new(),
        });
        self.cur = 0;
        let file = self.res.funcs.values().next().map(|_| ());
        let _ = file;
        // Globals: zero values first, then the initializers in Go's dependency order (the
        // order of `global_inits`, see `initorder`).
        let globals = self.res.globals.clone();
        for g in &globals {
            let t = self.ck.obj(*g).ty.unwrap_or(self.ck.types.invalid());
            let z = self.zero(t, Span::default())?;
            self.globals.insert(*g, cell(z));
        }
        let inits = std::mem::take(&mut self.global_inits);
        for (id, spec) in &inits {
            let layout = self.res.layouts.get(id).cloned().unwrap_or_default();
            self.frames[0].slots = vec![None; layout.nslots as usize];
            self.var_spec(spec)?;
        }
        let mut inits_fns = Vec::new();
        let mut main = None;
        for (o, f) in &self.res.funcs {
            if f.recv.is_none() && f.name.name == "init" {
                inits_fns.push((f.name.span.start, *o));
            }
            if f.recv.is_none() && f.name.name == "main" {
                main = Some(*o);
            }
        }
        escapade_base::sort::stable_sort(&mut inits_fns);
        for (_, o) in inits_fns {
            self.call_decl(o, None, Vec::new(), Rc::new(Vec::new()), Span::default())?;
        }
        let Some(main) = main else {
            return Err(Ctrl::Stop("function main is undeclared in the main package".into()));
        };
        self.call_decl(main, None, Vec::new(), Rc::new(Vec::new()), Span::default())?;
        Ok(())
    }
}

/// Which argument of `make([]T, len, cap)` (elements of `size` bytes) the runtime's
/// `makeslice` rejects: `cap` when the capacity is negative, below the length or needs more
/// than the 2^48 bytes an allocation may have on linux/amd64, unless the length itself is
/// out of range (negative or too large): then `len`.
fn makeslice_fault(len: i64, cap: i64, size: u64) -> Option<&'static str> {
    let too_big = |n: i64| n < 0 || (n as u128) * u128::from(size) > 1 << 48;
    if !too_big(cap) && len <= cap {
        return None;
    }
    Some(if too_big(len) { "len" } else { "cap" })
}

// -------------------------------------------------------------------------------------------
// Types

impl Interp<'_> {
    /// Substitutes the current frame's type arguments.
    pub fn subst(&mut self, t: TypeId) -> TypeId {
        let targs = self.frames.get(self.cur).map(|f| f.targs.clone()).unwrap_or_default();
        if targs.is_empty() {
            return t;
        }
        self.subst_with(t, &targs, 0)
    }

    fn subst_with(&mut self, t: TypeId, m: &[(TypeId, TypeId)], depth: u32) -> TypeId {
        if depth > 32 {
            return t;
        }
        let d = depth + 1;
        match self.ck.types.kind(t).clone() {
            TypeKind::TypeParam(_) => m.iter().find(|(p, _)| *p == t).map(|(_, a)| *a).unwrap_or(t),
            TypeKind::Pointer(e) => {
                let e = self.subst_with(e, m, d);
                self.ck.types.pointer(e)
            }
            TypeKind::Slice(e) => {
                let e = self.subst_with(e, m, d);
                self.ck.types.slice(e)
            }
            TypeKind::Array(n, e) => {
                let e = self.subst_with(e, m, d);
                self.ck.types.array(n, e)
            }
            TypeKind::Map(k, v) => {
                let k = self.subst_with(k, m, d);
                let v = self.subst_with(v, m, d);
                self.ck.types.map(k, v)
            }
            TypeKind::Named(n) if n.origin.is_some() && !n.targs.is_empty() => {
                let targs: Vec<TypeId> =
                    n.targs.iter().map(|&a| self.subst_with(a, m, d)).collect();
                match n.origin {
                    Some(o) if targs != n.targs => self.ck.types.instance(o, targs),
                    _ => t,
                }
            }
            TypeKind::Tuple(v) => {
                let v = v.iter().map(|&a| self.subst_with(a, m, d)).collect();
                self.ck.types.tuple(v)
            }
            TypeKind::Chan(dir, e) => {
                let e = self.subst_with(e, m, d);
                self.ck.types.chan(dir, e)
            }
            TypeKind::Func(sg) if sg.tparams.is_empty() && self.has_tparam(t, 0) => {
                // Function types are not interned: one instance per (type, substitution).
                let key = (t, m.to_vec());
                if let Some(&r) = self.func_substs.get(&key) {
                    return r;
                }
                let mut sg = sg.clone();
                for p in sg.params.iter_mut().chain(sg.results.iter_mut()) {
                    p.ty = self.subst_with(p.ty, m, d);
                }
                let r = self.ck.types.func(sg);
                self.func_substs.insert(key, r);
                r
            }
            _ => t,
        }
    }

    /// Whether `t` mentions a type parameter the evaluator could not substitute.
    fn has_tparam(&self, t: TypeId, depth: u32) -> bool {
        if depth > 16 {
            return false;
        }
        match self.ck.types.kind(t) {
            TypeKind::TypeParam(_) => true,
            TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Array(_, e) => {
                self.has_tparam(*e, depth + 1)
            }
            TypeKind::Map(k, v) => self.has_tparam(*k, depth + 1) || self.has_tparam(*v, depth + 1),
            TypeKind::Named(n) => n.targs.iter().any(|&a| self.has_tparam(a, depth + 1)),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.has_tparam(f.ty, depth + 1)),
            TypeKind::Func(s) => {
                s.params.iter().chain(&s.results).any(|p| self.has_tparam(p.ty, depth + 1))
            }
            TypeKind::Chan(_, e) => self.has_tparam(*e, depth + 1),
            _ => false,
        }
    }

    pub fn under(&mut self, t: TypeId) -> TypeId {
        self.ck.under(t)
    }

    pub fn ukind(&mut self, t: TypeId) -> TypeKind {
        let u = self.ck.under(t);
        self.ck.types.kind(u).clone()
    }

    pub fn basic(&mut self, t: TypeId) -> Option<BK> {
        let u = self.ck.under(t);
        self.ck.types.basic_kind(u)
    }

    pub fn is_iface(&mut self, t: TypeId) -> bool {
        matches!(self.ukind(t), TypeKind::Interface(_))
    }

    /// Static type of an expression (after implicit conversion of untyped values).
    pub fn ty_of(&mut self, e: &Expr) -> R<TypeId> {
        let i = e.id.index();
        let t = match self.info.implicit.get(i).copied().flatten() {
            Some(t) => t,
            None => match self.info.types.get(i).and_then(|x| x.as_ref()) {
                Some(tv) => tv.ty,
                None => unsup!(self, e.span, "expression without type"),
            },
        };
        // A generic function named with (explicit or inferred) type arguments: the instance.
        let t = match (&e.kind, self.info.instances.get(i).and_then(|x| x.as_ref())) {
            (ExprKind::Ident(_) | ExprKind::Index { .. }, Some(inst)) => inst.ty,
            _ => t,
        };
        let t = self.subst(t);
        if let Some(k) = self.ck.types.basic_kind(t) {
            if k.is_untyped() {
                let d = match k {
                    BK::UntypedBool => BK::Bool,
                    BK::UntypedInt => BK::Int,
                    BK::UntypedRune => BK::Int32,
                    BK::UntypedFloat => BK::Float64,
                    BK::UntypedComplex => BK::Complex128,
                    BK::UntypedString => BK::String,
                    _ => return Ok(t),
                };
                return Ok(self.ck.types.basic(d));
            }
        }
        if self.has_tparam(t, 0) {
            unsup!(self, e.span, "generic type {}", self.ck.type_string(t));
        }
        Ok(t)
    }

    /// The type's name as the runtime prints it (`%T`, panics): `uint8` for byte,
    /// `interface {}` for any. Types the evaluator cannot name exactly get a `?` marker that
    /// callers printing it refuse (see [`Interp::runtime_type_name`]).
    pub fn type_name(&mut self, t: TypeId) -> String {
        self.runtime_type_name(t, 0)
            .unwrap_or_else(|| format!("?{}", self.ck.type_string_in(t, None)))
    }

    pub fn runtime_type_name(&mut self, t: TypeId, depth: u32) -> Option<String> {
        if depth > 16 {
            return None;
        }
        let d = depth + 1;
        Some(match self.ck.types.kind(t).clone() {
            TypeKind::Basic(k) => k.canonical().name().to_string(),
            TypeKind::Pointer(e) => format!("*{}", self.runtime_type_name(e, d)?),
            TypeKind::Slice(e) => format!("[]{}", self.runtime_type_name(e, d)?),
            TypeKind::Array(n, e) => format!("[{n}]{}", self.runtime_type_name(e, d)?),
            TypeKind::Map(k, v) => {
                format!("map[{}]{}", self.runtime_type_name(k, d)?, self.runtime_type_name(v, d)?)
            }
            TypeKind::Named(n) if n.targs.is_empty() => {
                let o = self.ck.obj(n.obj);
                let pkg = o.pkg.map(|p| self.ck.pkgs[p.0 as usize].name.clone());
                match pkg {
                    Some(p) => format!("{p}.{}", o.name),
                    None => o.name.clone(),
                }
            }
            TypeKind::Interface(i) if i.methods.is_empty() && i.embeddeds.is_empty() => {
                "interface {}".into()
            }
            TypeKind::Struct(fs) if fs.is_empty() => "struct {}".into(),
            // Plain fields only (embedded fields and tags are spelled differently).
            TypeKind::Struct(fs) if fs.iter().all(|f| !f.embedded && f.tag.is_none()) => {
                let mut parts = Vec::new();
                for f in &fs {
                    parts.push(format!("{} {}", f.name, self.runtime_type_name(f.ty, d)?));
                }
                format!("struct {{ {} }}", parts.join("; "))
            }
            TypeKind::Func(sg) if sg.tparams.is_empty() => {
                let mut ps = Vec::new();
                for (i, p) in sg.params.iter().enumerate() {
                    let n = self.runtime_type_name(p.ty, d)?;
                    if sg.variadic && i + 1 == sg.params.len() {
                        ps.push(format!("...{}", n.strip_prefix("[]")?));
                    } else {
                        ps.push(n);
                    }
                }
                let mut rs = Vec::new();
                for p in &sg.results {
                    rs.push(self.runtime_type_name(p.ty, d)?);
                }
                let res = match rs.len() {
                    0 => String::new(),
                    1 => format!(" {}", rs[0]),
                    _ => format!(" ({})", rs.join(", ")),
                };
                format!("func({}){res}", ps.join(", "))
            }
            TypeKind::Named(n) if n.origin.is_some() => {
                let o = self.ck.obj(n.obj);
                let pkg = o.pkg.map(|p| self.ck.pkgs[p.0 as usize].name.clone());
                let base = match pkg {
                    Some(p) => format!("{p}.{}", o.name),
                    None => o.name.clone(),
                };
                let mut args = Vec::new();
                for &a in &n.targs {
                    args.push(self.runtime_type_name(a, d)?);
                }
                format!("{base}[{}]", args.join(","))
            }
            TypeKind::Chan(dir, e) => {
                let e = self.runtime_type_name(e, d)?;
                match dir {
                    escapade_types::types::ChanDir::Both => format!("chan {e}"),
                    escapade_types::types::ChanDir::Send => format!("chan<- {e}"),
                    escapade_types::types::ChanDir::Recv => format!("<-chan {e}"),
                }
            }
            _ => return None,
        })
    }

    pub fn zero(&mut self, t: TypeId, span: Span) -> R<Value> {
        self.zero_depth(t, span, 0)
    }

    fn zero_depth(&mut self, t: TypeId, span: Span, depth: u32) -> R<Value> {
        if depth > 64 {
            unsup!(self, span, "deeply nested type");
        }
        Ok(match self.ukind(t) {
            TypeKind::Basic(k) => match k.canonical() {
                BK::Bool | BK::UntypedBool => Value::Bool(false),
                BK::String | BK::UntypedString => Value::Str(Rc::from(&b""[..])),
                k if k.is_float() => Value::Float(0.0),
                k if k.is_complex() => Value::Complex(0.0, 0.0),
                k if k.is_integer() => Value::Int(0),
                BK::UntypedNil => Value::Iface(None),
                // Only held, compared and handed back (`atomic.Pointer`'s field).
                BK::UnsafePointer => Value::Ptr(None),
                _ => unsup!(self, span, "type {}", self.type_name(t)),
            },
            TypeKind::Pointer(_) => Value::Ptr(None),
            TypeKind::Slice(_) => Value::Slice(Slice::nil()),
            TypeKind::Map(..) => Value::Map(None),
            TypeKind::Func(_) => Value::Func(None),
            TypeKind::Interface(_) => Value::Iface(None),
            TypeKind::Chan(..) => Value::Chan(None),
            TypeKind::Array(n, e) => {
                if n > 1 << 20 {
                    unsup!(self, span, "array of {n} elements");
                }
                self.alloc(n * 8, span)?;
                let z = self.zero_depth(e, span, depth + 1)?;
                Value::Array(vec![z; n as usize])
            }
            TypeKind::Struct(fs) => {
                let mut v = Vec::with_capacity(fs.len());
                for f in fs {
                    v.push(self.zero_depth(f.ty, span, depth + 1)?);
                }
                Value::Struct(v)
            }
            _ => unsup!(self, span, "type {}", self.type_name(t)),
        })
    }

    fn elem_layout(&mut self, elem: TypeId) -> ElemLayout {
        let (size, _) = self.ck.size_align(elem);
        let pf = self.ck.pointer_free(elem);
        ElemLayout::new(size, !pf)
    }
}

// -------------------------------------------------------------------------------------------
// Calls

impl Interp<'_> {
    pub fn call_decl(
        &mut self,
        o: ObjId,
        recv: Option<Value>,
        args: Vec<Value>,
        targs: Rc<Vec<(TypeId, TypeId)>>,
        span: Span,
    ) -> R<Vec<Value>> {
        let e = self.decl_entry(o, recv, args, targs, span)?;
        self.invoke_entry(e, span)
    }

    #[allow(clippy::too_many_arguments)]
    fn invoke(
        &mut self,
        body: &Block,
        sig: &FuncType,
        recv: Option<&FieldList>,
        sig_t: TypeId,
        args: Vec<Value>,
        captured: Vec<Cell>,
        targs: Rc<Vec<(TypeId, TypeId)>>,
        span: Span,
    ) -> R<Vec<Value>> {
        let saved_cur = self.enter_frame(body, captured, targs, span)?;
        let r = self.invoke_inner(body, sig, recv, sig_t, args, span);
        self.leave_frame(saved_cur);
        r
    }

    /// Pushes the frame of a call of `body`; returns the frame to go back to.
    fn enter_frame(
        &mut self,
        body: &Block,
        captured: Vec<Cell>,
        targs: Rc<Vec<(TypeId, TypeId)>>,
        span: Span,
    ) -> R<usize> {
        self.depth += 1;
        if self.depth > self.opts.max_depth {
            self.depth -= 1;
            return Err(Ctrl::Stop(format!(
                "budget: call depth limit of {} exceeded at {} (Go would report a stack overflow)",
                self.opts.max_depth,
                self.lines.line_col(span.start as usize)
            )));
        }
        let layout = self.res.layouts.get(&body.id).cloned().unwrap_or_default();
        let mut slots: Vec<Option<Cell>> = vec![None; layout.nslots as usize];
        for ((_, inner), c) in layout.captures.iter().zip(captured) {
            if let Some(s) = slots.get_mut(*inner as usize) {
                *s = Some(c);
            }
        }
        let saved_cur = self.cur;
        self.frames.push(Frame {
            slots,
            targs,
            defers: Vec::new(),
            results: Vec::new(),
            result_types: Vec::new(),
            can_recover: std::mem::take(&mut self.pending_recover),
            paren: self.call_paren.take().filter(|p| {
                !self.plan.not_inlined.contains(&body.id)
                    && self.inlined.as_ref().is_none_or(|set| set.contains(p))
            }),
            used: Default::default(),
            stack_bufs: Vec::new(),
        });
        self.cur = self.frames.len() - 1;
        Ok(saved_cur)
    }

    fn leave_frame(&mut self, saved_cur: usize) -> Option<Frame> {
        let f = self.frames.pop();
        self.cur = saved_cur;
        self.depth -= 1;
        f
    }

    fn invoke_inner(
        &mut self,
        body: &Block,
        sig: &FuncType,
        recv: Option<&FieldList>,
        sig_t: TypeId,
        args: Vec<Value>,
        span: Span,
    ) -> R<Vec<Value>> {
        self.bind_params(sig, recv, sig_t, args, span)?;
        let r = self.exec_block(&body.stmts);
        let r = match r {
            Ok(_) => Ok(()),
            Err(e) => Err(e),
        };
        self.finish_frame(r)?;
        Ok(self.frames[self.cur].results.iter().map(|c| c.borrow().clone()).collect())
    }

    /// Binds the parameters and zeroes the results of the current frame.
    fn bind_params(
        &mut self,
        sig: &FuncType,
        recv: Option<&FieldList>,
        sig_t: TypeId,
        args: Vec<Value>,
        span: Span,
    ) -> R<()> {
        let mut it = args.into_iter();
        let mut params: Vec<&Field> = Vec::new();
        if let Some(r) = recv {
            params.extend(r.fields.iter());
        }
        params.extend(sig.params.fields.iter());
        for f in params {
            let n = f.names.len().max(1);
            for k in 0..n {
                let v = it.next().unwrap_or(Value::Tuple(Vec::new()));
                if let Some(name) = f.names.get(k) {
                    let s = self.res.ident_slot.get(name.id.index()).copied().unwrap_or(NO_SLOT);
                    self.set_slot(s, v);
                }
            }
        }
        let sig_info = self.ck.types.signature(sig_t).cloned();
        let mut results = Vec::new();
        let mut rtypes = Vec::new();
        if let Some(rs) = &sig.results {
            let mut i = 0;
            for f in &rs.fields {
                let n = f.names.len().max(1);
                for k in 0..n {
                    let t = sig_info.as_ref().and_then(|s| s.results.get(i)).map(|p| p.ty);
                    let Some(t) = t else { unsup!(self, span, "result type") };
                    let t = self.subst(t);
                    let z = self.zero(t, span)?;
                    let c = match f.names.get(k) {
                        Some(name) => {
                            let s = self
                                .res
                                .ident_slot
                                .get(name.id.index())
                                .copied()
                                .unwrap_or(NO_SLOT);
                            self.set_slot(s, z);
                            self.slot(s).unwrap_or_else(|| cell(Value::Tuple(Vec::new())))
                        }
                        None => cell(z),
                    };
                    results.push(c);
                    rtypes.push(t);
                    i += 1;
                }
            }
        }
        self.frames[self.cur].results = results;
        self.frames[self.cur].result_types = rtypes;
        Ok(())
    }

    /// Runs the deferred calls of the current frame, handling panics and recover.
    fn finish_frame(&mut self, mut r: R<()>) -> R<()> {
        while let Some((clo, args)) = self.frames[self.cur].defers.pop() {
            match r {
                Ok(()) => {
                    r = self.call_closure(&clo, args, Span::default(), false).map(|_| ());
                }
                Err(Ctrl::Panic(p)) => {
                    let prev = self.panicking.replace(p);
                    let res = self.call_closure(&clo, args, Span::default(), true);
                    let cur = self.panicking.take();
                    self.panicking = prev;
                    r = match (res, cur) {
                        (Ok(_), Some(p)) => Err(Ctrl::Panic(p)),
                        (Ok(_), None) => {
                            self.recovered.clear();
                            Ok(())
                        }
                        (Err(Ctrl::Panic(mut np)), old) => {
                            if let Some(o) = old {
                                let mut chain = o.chain.clone();
                                chain.push((o.value.clone(), o.runtime.clone(), false));
                                chain.append(&mut np.chain);
                                np.chain = chain;
                            }
                            Err(Ctrl::Panic(np))
                        }
                        (Err(e), _) => Err(e),
                    };
                }
                Err(e) => return Err(e),
            }
        }
        r
    }

    pub fn call_closure(
        &mut self,
        clo: &Rc<Closure>,
        mut args: Vec<Value>,
        span: Span,
        recover: bool,
    ) -> R<Vec<Value>> {
        let targs = clo.targs.clone();
        match &clo.code {
            Code::Decl(o) => {
                self.with_recover(recover, |s| s.call_decl(*o, clo.recv.clone(), args, targs, span))
            }
            Code::Lit(i) => {
                let e = self.lit_entry(*i, args, clo.captured.clone(), targs, span)?;
                self.with_recover(recover, |s| s.invoke_entry(e, span))
            }
            Code::Std(name) => {
                if let Some(r) = clo.recv.clone() {
                    args.insert(0, r);
                }
                let name = name.clone();
                self.with_recover(recover, |s| crate::stdlib::call_std_values(s, &name, args, span))
            }
            Code::Yield(i) => self.call_yield(*i, args, span),
            Code::IfaceMethodExpr(name) => {
                if args.is_empty() {
                    unsup!(self, span, "method expression call");
                }
                let Value::Iface(Some(p)) = args.remove(0) else {
                    unsup!(self, span, "method {name} of a nil interface value")
                };
                let clo = self.dyn_method(p.0, p.1.clone(), name, span)?;
                self.with_recover(recover, |s| s.call_closure(&clo, args, span, false))
            }
            Code::MethodExpr(o, deref) => {
                if args.is_empty() {
                    unsup!(self, span, "method expression call");
                }
                let mut r = args.remove(0);
                if *deref {
                    r = match r {
                        Value::Ptr(Some(p)) => match p.load() {
                            Some(v) => v,
                            None => unsup!(self, span, "load"),
                        },
                        _ => return Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 })),
                    };
                }
                if self.ck.obj(*o).pkg != self.user_pkg {
                    unsup!(self, span, "method expression of a std type");
                }
                let o = *o;
                self.with_recover(recover, |s| s.call_decl(o, Some(r), args, targs, span))
            }
        }
    }

    fn with_recover<T>(&mut self, recover: bool, f: impl FnOnce(&mut Self) -> R<T>) -> R<T> {
        if !recover {
            return f(self);
        }
        // The deferred function's frame is the next one pushed: mark it through a flag read
        // at frame creation.
        self.pending_recover = true;
        let r = f(self);
        self.pending_recover = false;
        r
    }

    fn set_slot(&mut self, s: u32, v: Value) {
        if let Some(x) = self.frames[self.cur].slots.get_mut(s as usize) {
            *x = Some(cell(v));
        }
    }

    fn slot(&self, s: u32) -> Option<Cell> {
        self.frames.get(self.cur)?.slots.get(s as usize)?.clone()
    }

    /// `panic(v)` with `v` already converted to `any`.
    pub(crate) fn panic_with(&mut self, v: Value) -> Ctrl {
        if matches!(v, Value::Iface(None)) {
            return self.panic_rt(RuntimeError::PanicNil);
        }
        // Re-panicking with a recovered runtime error keeps its identity.
        let runtime = match &v {
            Value::Iface(Some(p)) => self.recovered.iter().find_map(|(rv, rt, _)| match rv {
                Value::Iface(Some(q)) if Rc::ptr_eq(p, q) => rt.clone(),
                _ => None,
            }),
            _ => None,
        };
        let chain = std::mem::take(&mut self.recovered);
        Ctrl::Panic(Box::new(PanicState { value: v, runtime, chain }))
    }

    /// A run-time error that is not a `RuntimeError` variant: a `runtime.Error` with `msg`.
    fn runtime_error_panic(&mut self, msg: &[u8]) -> Ctrl {
        self.note_panic();
        let v = Value::Iface(Some(Rc::new((
            Dyn::Runtime(RuntimeKind::Error),
            Value::Str(Rc::from(msg)),
        ))));
        let chain = std::mem::take(&mut self.recovered);
        Ctrl::Panic(Box::new(PanicState { value: v, runtime: None, chain }))
    }

    /// See `watch_arm` (nothing to do unless a statement is watched).
    fn arm_watch(&mut self, s: &Stmt, on: bool) {
        if !self.watch.is_empty() {
            self.watch_arm(s.span.start, on);
        }
    }

    /// Every run-time error raised by an operation passes here (see `watch`).
    fn note_panic(&mut self) {
        if !self.watch.is_empty() {
            self.watch_panic();
        }
    }

    pub fn panic_rt(&mut self, e: RuntimeError) -> Ctrl {
        self.note_panic();
        let kind = match &e {
            RuntimeError::Bounds { .. } => RuntimeKind::Bounds,
            RuntimeError::Assertion(_) => RuntimeKind::TypeAssertion,
            RuntimeError::NilMapWrite | RuntimeError::Plain(_) => RuntimeKind::PlainError,
            RuntimeError::PanicNil => RuntimeKind::PanicNil,
            _ => RuntimeKind::Error,
        };
        let msg = e.message();
        if msg.contains('?') {
            return self.unsupported(
                Span::default(),
                "a runtime error naming a type the evaluator cannot spell",
            );
        }
        let v =
            Value::Iface(Some(Rc::new((Dyn::Runtime(kind), Value::Str(Rc::from(msg.as_bytes()))))));
        let chain = std::mem::take(&mut self.recovered);
        Ctrl::Panic(Box::new(PanicState { value: v, runtime: Some(e), chain }))
    }
}

// -------------------------------------------------------------------------------------------
// Statements

/// An assignable location.
pub enum Place {
    Ptr(Ptr),
    /// A map entry: map, key, value type.
    MapEntry(Rc<RefCell<MapObj>>, Value, TypeId, Span),
    NilMap,
    Blank,
}

impl Interp<'_> {
    pub fn exec_block(&mut self, stmts: &[Stmt]) -> R<Flow> {
        let mut i = 0;
        while let Some(s) = stmts.get(i) {
            match self.exec(s, None)? {
                Flow::Normal => i += 1,
                Flow::Goto(l) => match gotask::goto_target(stmts, &l) {
                    Some(j) => i = j,
                    None => return Ok(Flow::Goto(l)),
                },
                f => return Ok(f),
            }
        }
        Ok(Flow::Normal)
    }

    fn exec_stmt(&mut self, s: &Stmt, label: Option<&str>) -> R<Flow> {
        self.step(s.span)?;
        if !self.plan.moves.is_empty() && matches!(&s.kind, StmtKind::Return(r) if r.is_empty()) {
            self.moves_at(s.id, s.span)?;
        }
        match &s.kind {
            StmtKind::Empty => Ok(Flow::Normal),
            StmtKind::Bad => unsup!(self, s.span, "bad statement"),
            StmtKind::Decl(d) => {
                match &d.kind {
                    DeclKind::Var { specs, .. } => {
                        for sp in specs {
                            self.var_spec(sp)?;
                        }
                    }
                    DeclKind::Const { .. } | DeclKind::Type { .. } => {}
                    _ => unsup!(self, s.span, "declaration"),
                }
                Ok(Flow::Normal)
            }
            StmtKind::Labeled { label, stmt } => self.exec(stmt, Some(&label.name)),
            StmtKind::Expr(e) => {
                self.eval_multi(e)?;
                Ok(Flow::Normal)
            }
            StmtKind::IncDec { x, inc } => {
                let t = self.ty_of(x)?;
                let p = self.place(x)?;
                let old = self.load_place(&p, x.span)?;
                let one = match self.basic(t) {
                    Some(k) if k.is_float() => Value::Float(1.0),
                    Some(k) if k.is_complex() => Value::Complex(1.0, 0.0),
                    _ => Value::Int(1),
                };
                let op = if *inc { BinaryOp::Add } else { BinaryOp::Sub };
                let v = self.arith(op, t, old, one, s.span)?;
                self.store_place(p, v, t, x.span)?;
                Ok(Flow::Normal)
            }
            StmtKind::Assign { lhs, op: Some(op), rhs } => {
                let (Some(x), Some(y)) = (lhs.first(), rhs.first()) else {
                    unsup!(self, s.span, "assignment")
                };
                let t = self.ty_of(x)?;
                let p = self.place(x)?;
                let old = self.load_place(&p, x.span)?;
                let r = self.eval(y)?;
                let v = if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    let yt = self.ty_of(y)?;
                    self.shift(*op, t, old, r, yt, s.span)?
                } else {
                    self.arith(*op, t, old, r, s.span)?
                };
                self.store_place(p, v, t, x.span)?;
                Ok(Flow::Normal)
            }
            StmtKind::Assign { lhs, op: None, rhs } => {
                self.self_append = self.self_append_call(lhs, rhs);
                self.assign(lhs, rhs, false, s.span)?;
                Ok(Flow::Normal)
            }
            StmtKind::Define { lhs, rhs } => {
                self.assign(lhs, rhs, true, s.span)?;
                Ok(Flow::Normal)
            }
            StmtKind::Go(e) => self.go_stmt(s, e),
            StmtKind::Send { chan, value } => {
                let (c, v) = self.send_operands(chan, value)?;
                self.chan_send(c, v, s.span)?;
                Ok(Flow::Normal)
            }
            StmtKind::Select { cases } => self.exec_select(s, cases, label),
            StmtKind::Defer(e) => {
                let ExprKind::Call { fun, args, spread } = &e.kind else {
                    unsup!(self, s.span, "defer")
                };
                let (clo, argv) = self.defer_target(e, fun, args, *spread)?;
                self.frames[self.cur].defers.push((clo, argv));
                Ok(Flow::Normal)
            }
            StmtKind::Return(es) => {
                let rtypes = self.frames[self.cur].result_types.clone();
                if es.is_empty() {
                    return Ok(Flow::Return);
                }
                let vals = if es.len() == 1 && rtypes.len() > 1 {
                    match self.eval_multi(&es[0])? {
                        Value::Tuple(v) => {
                            let ft = self.ty_of(&es[0])?;
                            let fts = self.ck.types.tuple_elems(ft);
                            let mut out = Vec::new();
                            for (i, v) in v.into_iter().enumerate() {
                                let from = fts.get(i).copied().unwrap_or(ft);
                                let to = rtypes.get(i).copied().unwrap_or(from);
                                out.push(self.convert_assign(v, from, to));
                            }
                            out
                        }
                        _ => unsup!(self, s.span, "return"),
                    }
                } else {
                    let mut out = Vec::new();
                    for (i, e) in es.iter().enumerate() {
                        let v = self.eval(e)?;
                        let from = self.ty_of(e)?;
                        let to = rtypes.get(i).copied().unwrap_or(from);
                        out.push(self.convert_assign(v, from, to));
                    }
                    out
                };
                let cells = self.frames[self.cur].results.clone();
                for (c, v) in cells.iter().zip(vals) {
                    *c.borrow_mut() = v;
                }
                Ok(Flow::Return)
            }
            StmtKind::Branch { kind, label } => {
                let l = label.as_ref().map(|l| l.name.clone());
                match kind {
                    BranchKind::Break => Ok(Flow::Break(l)),
                    BranchKind::Continue => Ok(Flow::Continue(l)),
                    BranchKind::Fallthrough => Ok(Flow::Fallthrough),
                    BranchKind::Goto => match l {
                        Some(l) => Ok(Flow::Goto(l)),
                        None => unsup!(self, s.span, "goto"),
                    },
                }
            }
            StmtKind::Block(b) => self.exec_block(&b.stmts),
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    let f = self.exec(i, None)?;
                    if !matches!(f, Flow::Normal) {
                        return Ok(f);
                    }
                }
                self.arm_watch(s, true);
                let c = self.eval_bool(cond)?;
                self.arm_watch(s, false);
                if c {
                    self.exec_block(&then.stmts)
                } else if let Some(e) = els {
                    self.exec(e, None)
                } else {
                    Ok(Flow::Normal)
                }
            }
            StmtKind::Switch { init, tag, cases } => {
                if let Some(i) = init {
                    self.exec(i, None)?;
                }
                self.arm_watch(s, true);
                let tagv = match tag {
                    Some(t) => Some((self.eval(t)?, self.ty_of(t)?)),
                    None => None,
                };
                let mut matched = None;
                'find: for (ci, c) in cases.iter().enumerate() {
                    let Some(list) = &c.list else { continue };
                    for e in list {
                        let hit = match &tagv {
                            Some((tv, tt)) => {
                                let v = self.eval(e)?;
                                let et = self.ty_of(e)?;
                                self.values_equal_mixed(tv.clone(), *tt, v, et, e.span)?
                            }
                            None => self.eval_bool(e)?,
                        };
                        if hit {
                            matched = Some(ci);
                            break 'find;
                        }
                    }
                }
                self.arm_watch(s, false);
                if matched.is_none() {
                    matched = cases.iter().position(|c| c.list.is_none());
                }
                let Some(mut ci) = matched else { return Ok(Flow::Normal) };
                loop {
                    let f = self.exec_block(&cases[ci].body)?;
                    match f {
                        Flow::Fallthrough if ci + 1 < cases.len() => ci += 1,
                        Flow::Break(None) => return Ok(Flow::Normal),
                        Flow::Break(Some(l)) if Some(l.as_str()) == label => {
                            return Ok(Flow::Normal)
                        }
                        Flow::Fallthrough => return Ok(Flow::Normal),
                        f => return Ok(f),
                    }
                }
            }
            StmtKind::TypeSwitch { init, bind, x, cases } => {
                if let Some(i) = init {
                    self.exec(i, None)?;
                }
                let inner = match &x.kind {
                    ExprKind::TypeAssert { x: inner, ty: None } => inner,
                    _ => x,
                };
                let v = self.eval(inner)?;
                let mut matched = None;
                'find: for (ci, c) in cases.iter().enumerate() {
                    let Some(list) = &c.list else { continue };
                    for e in list {
                        if self.type_matches(&v, e)? {
                            matched = Some((ci, (list.len() == 1).then_some(e)));
                            break 'find;
                        }
                    }
                }
                let (ci, single) = match matched {
                    Some((ci, e)) => (Some(ci), e),
                    None => (cases.iter().position(|c| c.list.is_none()), None),
                };
                let Some(ci) = ci else { return Ok(Flow::Normal) };
                if let Some(b) = bind {
                    let slot = self.res.ident_slot.get(b.id.index()).copied().unwrap_or(NO_SLOT);
                    let bv = match single {
                        Some(e) if !self.is_nil_ident(e) => {
                            let t = self.ty_of(e)?;
                            if self.is_iface(t) {
                                v.clone()
                            } else {
                                match &v {
                                    Value::Iface(Some(p)) => p.1.clone(),
                                    _ => v.clone(),
                                }
                            }
                        }
                        _ => v.clone(),
                    };
                    self.set_slot(slot, bv);
                }
                match self.exec_block(&cases[ci].body)? {
                    Flow::Break(None) => Ok(Flow::Normal),
                    Flow::Break(Some(l)) if Some(l.as_str()) == label => Ok(Flow::Normal),
                    f => Ok(f),
                }
            }
            StmtKind::For { init, cond, post, body } => {
                if let Some(i) = init {
                    self.exec(i, None)?;
                }
                let per_iter = self.per_iter_slots(init.as_deref());
                loop {
                    self.step(s.span)?;
                    if let Some(c) = cond {
                        self.arm_watch(s, true);
                        let go_on = self.eval_bool(c)?;
                        self.arm_watch(s, false);
                        if !go_on {
                            break;
                        }
                    }
                    match gotask::loop_flow(self.exec_block(&body.stmts)?, label) {
                        gotask::LoopNext::Next => {}
                        gotask::LoopNext::Break => break,
                        gotask::LoopNext::Exit(f) => return Ok(f),
                    }
                    self.renew_slots(&per_iter);
                    if let Some(p) = post {
                        self.exec(p, None)?;
                    }
                }
                Ok(Flow::Normal)
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.exec_range(s, key.as_deref(), value.as_deref(), *define, x, body, label)
            }
        }
    }

    /// The id of the `append` call in `x = append(x, …)` when both `x` denote the same
    /// variable (identifiers, field selectors, dereferences, indexes by the same variable or
    /// constant): the old slice value is overwritten by the result.
    fn self_append_call(&self, lhs: &[Expr], rhs: &[Expr]) -> Option<NodeId> {
        let ([l], [r]) = (lhs, rhs) else { return None };
        let r = strip_paren(r);
        let ExprKind::Call { fun, args, .. } = &r.kind else { return None };
        let ExprKind::Ident(f) = &strip_paren(fun).kind else { return None };
        let o = self.info.uses.get(f.id.index()).copied().flatten()?;
        if !matches!(self.ck.obj(o).kind, ObjKind::Builtin(Builtin::Append)) {
            return None;
        }
        self.same_place(l, args.first()?, 0).then_some(r.id)
    }

    fn same_place(&self, a: &Expr, b: &Expr, depth: u32) -> bool {
        if depth > 16 {
            return false;
        }
        let (a, b) = (strip_paren(a), strip_paren(b));
        let var = |id: &Ident| {
            let o = self.info.uses.get(id.id.index()).copied().flatten()?;
            matches!(self.ck.obj(o).kind, ObjKind::Var { .. }).then_some(o)
        };
        match (&a.kind, &b.kind) {
            (ExprKind::Ident(x), ExprKind::Ident(y)) => {
                x.name != "_" && var(x).is_some() && var(x) == var(y)
            }
            (ExprKind::Selector { x, sel }, ExprKind::Selector { x: y, sel: s2 }) => {
                sel.name == s2.name && self.same_place(x, y, depth + 1)
            }
            (ExprKind::Star(x), ExprKind::Star(y)) => self.same_place(x, y, depth + 1),
            (ExprKind::Index { x, indices: i }, ExprKind::Index { x: y, indices: j }) => {
                let ([i], [j]) = (&i[..], &j[..]) else { return false };
                let konst = |e: &Expr| {
                    self.info.types.get(e.id.index()).and_then(|t| t.as_ref()?.value.clone())
                };
                let same_index = match (konst(i), konst(j)) {
                    (Some(p), Some(q)) => p == q,
                    (None, None) => {
                        matches!((&strip_paren(i).kind, &strip_paren(j).kind),
                            (ExprKind::Ident(p), ExprKind::Ident(q)) if var(p).is_some() && var(p) == var(q))
                    }
                    _ => false,
                };
                same_index && self.same_place(x, y, depth + 1)
            }
            _ => false,
        }
    }

    fn is_nil_ident(&self, e: &Expr) -> bool {
        let ExprKind::Ident(i) = &strip_paren(e).kind else { return false };
        if i.name != "nil" {
            return false;
        }
        let used = self.info.uses.get(i.id.index()).copied().flatten();
        match used {
            Some(o) => matches!(self.ck.obj(o).kind, ObjKind::Nil),
            // A type switch's `case nil` may carry only its type.
            None => self
                .info
                .types
                .get(strip_paren(e).id.index())
                .and_then(|t| t.as_ref())
                .is_some_and(|t| self.ck.types.basic_kind(t.ty) == Some(BK::UntypedNil)),
        }
    }

    /// Does interface value `v` match the type-switch case type `e`?
    fn type_matches(&mut self, v: &Value, e: &Expr) -> R<bool> {
        if self.is_nil_ident(e) {
            return Ok(matches!(v, Value::Iface(None)));
        }
        let t = self.ty_of(e)?;
        let Value::Iface(Some(p)) = v else { return Ok(false) };
        self.dyn_has_type(p.0, t, e.span)
    }

    pub fn dyn_has_type(&mut self, d: Dyn, t: TypeId, span: Span) -> R<bool> {
        if self.is_iface(t) {
            return self.implements(d, t, span);
        }
        Ok(match d {
            Dyn::Go(dt) => self.ck.identical(dt, t),
            Dyn::NumError => {
                // The one runtime-provided error type a program can name.
                if self.runtime_type_name(t, 0).as_deref() == Some("*strconv.NumError") {
                    unsup!(self, span, "type assertion to *strconv.NumError");
                }
                false
            }
            _ => false,
        })
    }

    /// Whether dynamic type `d` implements interface `t`.
    pub fn implements(&mut self, d: Dyn, t: TypeId, span: Span) -> R<bool> {
        let TypeKind::Interface(_) = self.ukind(t) else { return Ok(false) };
        if let Dyn::Std(o) = d {
            return crate::std_io::obj_implements(self, o, t, span);
        }
        if d == Dyn::SortReverse {
            unsup!(self, span, "dynamic type checks of a sort.Reverse value");
        }
        if d == Dyn::FmtState {
            unsup!(self, span, "dynamic type checks of a fmt.State value");
        }
        let ts = self.ck.type_set(t);
        if ts.terms.is_some() {
            unsup!(self, span, "constraint interfaces in dynamic checks");
        }
        for m in ts.methods.iter() {
            let ok = match d {
                Dyn::Go(dt) => match self.ck.lookup_field_or_method(dt, m.pkg, &m.name) {
                    LookupResult::Method { obj, recv_named, indirect, sig, .. } => {
                        let generic_recv = recv_named
                            .and_then(|r| self.ck.types.named(r))
                            .is_some_and(|n| !n.targs.is_empty());
                        let msig = match sig {
                            Some(s) => s,
                            None if !generic_recv => self.ck.obj_type(obj),
                            None => unsup!(self, span, "method sets of generic types"),
                        };
                        let ptr_recv = self.ck.method_recv.get(&obj).is_some_and(|&r| {
                            matches!(self.ck.types.kind(r), TypeKind::Pointer(_))
                        });
                        let is_ptr = matches!(self.ck.types.kind(dt), TypeKind::Pointer(_));
                        self.ck.identical(msig, m.sig) && (!ptr_recv || indirect || is_ptr)
                    }
                    _ => false,
                },
                _ => self.builtin_error_has(d, &m.name, m.sig),
            };
            if !ok {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Whether a runtime-provided error type (`*errors.errorString`, …) has method `name`
    /// with signature `sig`.
    fn builtin_error_has(&mut self, d: Dyn, name: &str, sig: TypeId) -> bool {
        let Some(sg) = self.ck.types.signature(sig).cloned() else { return false };
        if !sg.params.is_empty() || sg.variadic {
            return false;
        }
        let res: Vec<TypeId> = sg.results.iter().map(|p| p.ty).collect();
        let error_t = self.ck.error_type;
        let is = |it: &mut Self, t: TypeId, w: TypeId| it.ck.identical(t, w);
        match (name, &res[..]) {
            ("Error", [r]) => {
                self.basic(*r) == Some(BK::String) && self.ck.types.named(*r).is_none()
            }
            ("Unwrap", [r]) => match d {
                Dyn::WrapError | Dyn::NumError => is(self, *r, error_t),
                Dyn::WrapErrors | Dyn::JoinError => match self.ck.types.kind(*r).clone() {
                    TypeKind::Slice(e) => is(self, e, error_t),
                    _ => false,
                },
                _ => false,
            },
            ("RuntimeError", []) => matches!(d, Dyn::Runtime(_)),
            _ => false,
        }
    }

    pub fn has_method(&mut self, d: Dyn, name: &str) -> bool {
        match d {
            Dyn::Go(t) => self.find_method(t, name).is_some(),
            Dyn::ErrorString
            | Dyn::WrapError
            | Dyn::WrapErrors
            | Dyn::JoinError
            | Dyn::NumError => {
                name == "Error"
                    || (name == "Unwrap"
                        && matches!(
                            d,
                            Dyn::WrapError | Dyn::WrapErrors | Dyn::JoinError | Dyn::NumError
                        ))
            }
            Dyn::Runtime(_) => name == "Error" || name == "RuntimeError",
            Dyn::SortReverse => matches!(name, "Len" | "Less" | "Swap"),
            Dyn::Std(o) => o.methods().contains(&name),
            Dyn::FmtState => {
                matches!(name, "Write" | "WriteString" | "Width" | "Precision" | "Flag")
            }
        }
    }

    /// Whether `o` is declared in the program (not in a std package).
    pub fn is_user_obj(&self, o: ObjId) -> bool {
        self.ck.obj(o).pkg == self.user_pkg
    }

    /// Whether `d` is `*strings.Builder`.
    pub fn is_builder_ptr(&mut self, d: Dyn) -> bool {
        let Dyn::Go(t) = d else { return false };
        let TypeKind::Pointer(e) = self.ck.types.kind(t).clone() else { return false };
        self.runtime_type_name(e, 0).as_deref() == Some("strings.Builder")
    }

    /// The method `name` in the method set of `t`: (method object, embedding path).
    pub fn find_method(&mut self, t: TypeId, name: &str) -> Option<(ObjId, Vec<usize>)> {
        match self.ck.lookup_field_or_method(t, self.user_pkg, name) {
            LookupResult::Method { obj, index, indirect, .. } => {
                let is_ptr = matches!(self.ck.types.kind(t), TypeKind::Pointer(_));
                let ptr_recv = self
                    .ck
                    .method_recv
                    .get(&obj)
                    .is_some_and(|&r| matches!(self.ck.types.kind(r), TypeKind::Pointer(_)));
                if ptr_recv && !is_ptr && !indirect {
                    return None;
                }
                Some((obj, index))
            }
            _ => None,
        }
    }

    fn var_spec(&mut self, sp: &ValueSpec) -> R<()> {
        let declared = match &sp.ty {
            Some(t) => Some(self.type_of_type(t)?),
            None => None,
        };
        let mut vals = Vec::new();
        if sp.values.is_empty() {
            for _ in &sp.names {
                let Some(t) = declared else { unsup!(self, sp.span, "var without type") };
                vals.push(self.zero(t, sp.span)?);
            }
        } else {
            vals = self
                .eval_rhs(&sp.values, sp.names.len(), sp.span)?
                .into_iter()
                .map(|(v, _)| v)
                .collect();
            let mut conv = Vec::new();
            let types = self.rhs_types(&sp.values, sp.names.len())?;
            for (v, from) in vals.into_iter().zip(types) {
                let to = declared.unwrap_or(from);
                conv.push(self.convert_assign(v, from, to));
            }
            vals = conv;
        }
        for (n, v) in sp.names.iter().zip(vals) {
            self.define_ident(n, v)?;
        }
        Ok(())
    }

    fn type_of_type(&mut self, t: &Expr) -> R<TypeId> {
        match self.info.types.get(t.id.index()).and_then(|x| x.as_ref()) {
            Some(tv) => {
                let ty = tv.ty;
                let ty = self.subst(ty);
                if self.has_tparam(ty, 0) {
                    unsup!(self, t.span, "generic type");
                }
                Ok(ty)
            }
            None => unsup!(self, t.span, "type expression"),
        }
    }

    fn define_ident(&mut self, n: &Ident, v: Value) -> R<()> {
        if n.is_blank() {
            return Ok(());
        }
        let o = self.info.defs.get(n.id.index()).copied().flatten();
        if let Some(o) = o {
            if let Some(c) = self.globals.get(&o) {
                *c.borrow_mut() = v;
                return Ok(());
            }
        }
        let s = self.res.ident_slot.get(n.id.index()).copied().unwrap_or(NO_SLOT);
        if s == NO_SLOT {
            unsup!(self, n.span, "variable {}", n.name);
        }
        self.alloc(16, n.span)?;
        self.set_slot(s, v);
        Ok(())
    }

    fn rhs_types(&mut self, rhs: &[Expr], n: usize) -> R<Vec<TypeId>> {
        if rhs.len() == 1 && n > 1 {
            let e = &rhs[0];
            // comma-ok forms and multi-value calls
            let t = match self.info.types.get(e.id.index()).and_then(|x| x.as_ref()) {
                Some(tv) => tv.ty,
                None => unsup!(self, e.span, "expression"),
            };
            let t = self.subst(t);
            let mut ts = self.ck.types.tuple_elems(t);
            if ts.len() < n {
                ts.push(self.ck.types.basic(BK::Bool));
            }
            return Ok(ts);
        }
        rhs.iter().map(|e| self.ty_of(e)).collect()
    }

    /// Values of a right-hand side for `n` targets (handles `f()` tuples and comma-ok forms).
    fn eval_rhs(&mut self, rhs: &[Expr], n: usize, span: Span) -> R<Vec<(Value, Span)>> {
        if rhs.len() == 1 && n == 2 {
            let e = strip_paren(&rhs[0]);
            let comma_ok = matches!(
                self.info.types.get(e.id.index()).and_then(|x| x.as_ref()).map(|t| t.mode),
                Some(Mode::CommaOk) | Some(Mode::MapIndex)
            );
            if comma_ok {
                let (v, ok) = self.eval_comma_ok(e)?;
                return Ok(vec![(v, e.span), (Value::Bool(ok), e.span)]);
            }
        }
        if rhs.len() == 1 && n > 1 {
            return match self.eval_multi(&rhs[0])? {
                Value::Tuple(v) if v.len() == n => {
                    Ok(v.into_iter().map(|x| (x, rhs[0].span)).collect())
                }
                _ => unsup!(self, span, "multi-value assignment"),
            };
        }
        let mut out = Vec::new();
        for e in rhs {
            out.push((self.eval(e)?, e.span));
        }
        Ok(out)
    }

    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr], define: bool, span: Span) -> R<()> {
        let types = self.rhs_types(rhs, lhs.len())?;
        if define {
            let vals = self.eval_rhs(rhs, lhs.len(), span)?;
            for ((l, (v, _)), from) in lhs.iter().zip(vals).zip(types) {
                let ExprKind::Ident(id) = &l.kind else { unsup!(self, l.span, "define") };
                if id.is_blank() {
                    continue;
                }
                if self.info.defs.get(id.id.index()).copied().flatten().is_some() {
                    self.define_ident(id, v)?;
                } else {
                    // A variable redeclared by `:=` is a use of the earlier one: its type is
                    // the variable's.
                    let o = self.info.uses.get(id.id.index()).copied().flatten();
                    let to = match o.and_then(|o| self.ck.obj(o).ty) {
                        Some(t) => self.subst(t),
                        None => self.ty_of(l)?,
                    };
                    let v = self.convert_assign(v, from, to);
                    let p = self.place(l)?;
                    self.store_place(p, v, to, l.span)?;
                }
            }
            return Ok(());
        }
        // Go evaluates index operands and pointer indirections on the left first, then the
        // right side, then assigns left to right.
        let mut places = Vec::new();
        for l in lhs {
            places.push(self.place(l)?);
        }
        let vals = self.eval_rhs(rhs, lhs.len(), span)?;
        for (((p, (v, _)), from), l) in places.into_iter().zip(vals).zip(types).zip(lhs) {
            if matches!(p, Place::Blank) {
                continue;
            }
            let to = self.ty_of(l)?;
            let v = self.convert_assign(v, from, to);
            self.store_place(p, v, to, l.span)?;
        }
        Ok(())
    }

    pub fn convert_assign(&mut self, v: Value, from: TypeId, to: TypeId) -> Value {
        if from == to {
            return v;
        }
        let from_nil = self.ck.types.basic_kind(from) == Some(BK::UntypedNil);
        if self.is_iface(to) && !self.is_iface(from) {
            if from_nil {
                return Value::Iface(None);
            }
            return Value::Iface(Some(Rc::new((Dyn::Go(from), v))));
        }
        if from_nil {
            // `nil` assigned to a channel, slice, map, pointer or function: that type's nil.
            if let Ok(z) = self.zero(to, Span::default()) {
                return z;
            }
        }
        v
    }
}

fn strip_paren(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_paren(x),
        _ => e,
    }
}

// -------------------------------------------------------------------------------------------
// Places and expressions

impl Interp<'_> {
    fn var_cell(&mut self, id: &Ident) -> R<Cell> {
        let s = self.res.ident_slot.get(id.id.index()).copied().unwrap_or(NO_SLOT);
        if s != NO_SLOT {
            if let Some(c) = self.slot(s) {
                return Ok(c);
            }
        }
        let o = self.info.uses.get(id.id.index()).copied().flatten().or(self
            .info
            .defs
            .get(id.id.index())
            .copied()
            .flatten());
        if let Some(c) = o.and_then(|o| self.globals.get(&o)) {
            return Ok(c.clone());
        }
        unsup!(self, id.span, "variable {}", id.name)
    }

    pub fn place(&mut self, e: &Expr) -> R<Place> {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(id) if id.is_blank() => Ok(Place::Blank),
            ExprKind::Ident(id) => Ok(Place::Ptr(Ptr::to_cell(self.var_cell(id)?))),
            ExprKind::Star(x) => match self.eval(x)? {
                Value::Ptr(Some(p)) => Ok(Place::Ptr(p)),
                _ => Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 })),
            },
            ExprKind::Selector { x, sel } => {
                let Some(selection) = self.info.selections.get(e.id.index()).cloned().flatten()
                else {
                    unsup!(self, sel.span, "selector")
                };
                if selection.kind != SelectionKind::FieldVal {
                    unsup!(self, sel.span, "method value as place");
                }
                let xt = self.ty_of(x)?;
                let mut p = if matches!(self.ukind(xt), TypeKind::Pointer(_)) {
                    match self.eval(x)? {
                        Value::Ptr(Some(p)) => p,
                        _ => return Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 })),
                    }
                } else {
                    match self.place(x)? {
                        Place::Ptr(p) => p,
                        _ => unsup!(self, x.span, "field of non-addressable value"),
                    }
                };
                let mut t = xt;
                let n = selection.index.len();
                for (k, &i) in selection.index.iter().enumerate() {
                    let mut u = self.ukind(t);
                    if let TypeKind::Pointer(el) = u {
                        if k > 0 {
                            p = match p.load() {
                                Some(Value::Ptr(Some(q))) => q,
                                _ => return Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 })),
                            };
                        }
                        t = el;
                        u = self.ukind(t);
                    }
                    let TypeKind::Struct(fs) = u else { unsup!(self, sel.span, "field path") };
                    p = p.with(i as u32);
                    t = fs.get(i).map(|f| f.ty).unwrap_or(t);
                    let _ = n;
                }
                Ok(Place::Ptr(p))
            }
            ExprKind::Index { x, indices } if indices.len() == 1 => {
                let xt = self.ty_of(x)?;
                match self.ukind(xt) {
                    TypeKind::Map(kt, vt) => {
                        let m = self.eval(x)?;
                        let k = self.eval(&indices[0])?;
                        let it = self.ty_of(&indices[0])?;
                        let k = self.convert_assign(k, it, kt);
                        match m {
                            Value::Map(Some(m)) => Ok(Place::MapEntry(m, k, vt, e.span)),
                            _ => Ok(Place::NilMap),
                        }
                    }
                    TypeKind::Slice(_) => {
                        let s = self.eval(x)?;
                        let i = self.eval_index(&indices[0])?;
                        let Value::Slice(s) = s else { unsup!(self, e.span, "index") };
                        if i < 0 || i as usize >= s.len {
                            return Err(self.panic_rt(RuntimeError::Bounds {
                                kind: BoundsKind::Index,
                                x: i,
                                y: s.len as i64,
                            }));
                        }
                        let idx = s.off + i as usize;
                        match s.arr {
                            Some(arr) => Ok(Place::Ptr(arr.elem_ptr(idx))),
                            None => unsup!(self, e.span, "index"),
                        }
                    }
                    TypeKind::Array(n, _) => {
                        let p = match self.place(x)? {
                            Place::Ptr(p) => p,
                            _ => unsup!(self, x.span, "array place"),
                        };
                        let i = self.eval_index(&indices[0])?;
                        if i < 0 || i as u64 >= n {
                            return Err(self.panic_rt(RuntimeError::Bounds {
                                kind: BoundsKind::Index,
                                x: i,
                                y: n as i64,
                            }));
                        }
                        Ok(Place::Ptr(p.with(i as u32)))
                    }
                    TypeKind::Pointer(at) => {
                        let TypeKind::Array(n, et) = self.ukind(at) else {
                            unsup!(self, e.span, "index")
                        };
                        let pv = self.eval(x)?;
                        let i = self.eval_index(&indices[0])?;
                        let p = match pv {
                            Value::Ptr(Some(p)) => p,
                            _ => {
                                let (sz, _) = self.ck.size_align(et);
                                let addr = if i >= 0 && (i as u64) < n { i as u64 * sz } else { 0 };
                                return Err(self.panic_rt(RuntimeError::NilDeref { addr }));
                            }
                        };
                        if i < 0 || i as u64 >= n {
                            return Err(self.panic_rt(RuntimeError::Bounds {
                                kind: BoundsKind::Index,
                                x: i,
                                y: n as i64,
                            }));
                        }
                        Ok(Place::Ptr(p.with(i as u32)))
                    }
                    _ => unsup!(self, e.span, "index place"),
                }
            }
            ExprKind::CompositeLit { .. } => {
                let v = self.eval(e)?;
                Ok(Place::Ptr(Ptr::to_cell(cell(v))))
            }
            _ => unsup!(self, e.span, "assignment target"),
        }
    }

    pub fn load_place(&mut self, p: &Place, span: Span) -> R<Value> {
        match p {
            Place::Ptr(p) => match p.load() {
                Some(v) => Ok(v),
                None => unsup!(self, span, "load"),
            },
            Place::MapEntry(m, k, vt, _) => {
                let gk = self.map_key(k, span)?;
                let got = m.borrow_mut().map.get(&gk).map(|x| x.1.clone());
                match got {
                    Some(v) => Ok(v),
                    // `m[k] op= v` of a missing key reads the zero value.
                    None => {
                        let vt = *vt;
                        self.zero(vt, span)
                    }
                }
            }
            Place::NilMap => Err(self.panic_rt(RuntimeError::NilMapWrite)),
            Place::Blank => unsup!(self, span, "blank"),
        }
    }

    pub fn store_place(&mut self, p: Place, v: Value, _t: TypeId, span: Span) -> R<()> {
        match p {
            Place::Ptr(p) => {
                if !p.store(v) {
                    unsup!(self, span, "store");
                }
                Ok(())
            }
            Place::MapEntry(m, k, _, _) => self.map_put(&m, k, v, span),
            Place::NilMap => Err(self.panic_rt(RuntimeError::NilMapWrite)),
            Place::Blank => Ok(()),
        }
    }

    pub fn eval_bool(&mut self, e: &Expr) -> R<bool> {
        match self.eval(e)? {
            Value::Bool(b) => Ok(b),
            _ => unsup!(self, e.span, "non-boolean condition"),
        }
    }

    fn eval_index(&mut self, e: &Expr) -> R<i64> {
        let t = self.ty_of(e)?;
        match self.eval(e)? {
            Value::Int(i) => {
                if self.basic(t).is_some_and(|k| k.is_unsigned()) && i < 0 {
                    unsup!(self, e.span, "huge unsigned index");
                }
                Ok(i)
            }
            _ => unsup!(self, e.span, "index"),
        }
    }

    /// Evaluates an expression that may produce several values (a call): a `Tuple` then.
    pub fn eval_multi(&mut self, e: &Expr) -> R<Value> {
        match &e.kind {
            ExprKind::Call { fun, args, spread } => {
                let v = self.eval_call(e, fun, args, *spread)?;
                if !self.watch.is_empty() {
                    self.watch_after(e)?;
                }
                Ok(v)
            }
            ExprKind::Paren(x) => self.eval_multi(x),
            _ => self.eval(e),
        }
    }

    pub fn eval(&mut self, e: &Expr) -> R<Value> {
        let r = self.eval_plain(e);
        if self.watch.is_empty() {
            return r;
        }
        self.watch_read(e, r)
    }

    fn eval_plain(&mut self, e: &Expr) -> R<Value> {
        let tv = self.info.types.get(e.id.index()).and_then(|x| x.as_ref());
        if let Some(tv) = tv {
            if let Some(c) = &tv.value {
                let c = c.clone();
                let t = self.ty_of(e)?;
                return self.const_value(&c, t, e.span);
            }
        }
        match &e.kind {
            ExprKind::Paren(x) => self.eval(x),
            ExprKind::Ident(id) => {
                let o = self.info.uses.get(id.id.index()).copied().flatten();
                match o.map(|o| self.ck.obj(o).kind.clone()) {
                    Some(ObjKind::Nil) => {
                        let t = self.ty_of(e)?;
                        self.zero(t, e.span)
                    }
                    Some(ObjKind::Func { .. }) => {
                        let Some(o) = o else { unsup!(self, e.span, "func") };
                        self.func_value(o, e, id.id)
                    }
                    Some(ObjKind::Var { .. }) | None => {
                        if !self.plan.moves.is_empty() {
                            self.moves_at(e.id, e.span)?;
                        }
                        let c = self.var_cell(id)?;
                        let v = c.borrow().clone();
                        Ok(v)
                    }
                    _ => unsup!(self, e.span, "identifier {}", id.name),
                }
            }
            ExprKind::FuncLit { .. } => {
                let Some(&i) = self.res.lit_index.get(&e.id) else {
                    unsup!(self, e.span, "closure")
                };
                let lit = self.res.lits[i].clone();
                let layout = self.res.layouts.get(&lit.1.id).cloned().unwrap_or_default();
                let mut captured = Vec::new();
                for (outer, _) in &layout.captures {
                    match self.slot(*outer) {
                        Some(c) => captured.push(c),
                        None => unsup!(self, e.span, "closure capture"),
                    }
                }
                self.alloc(32, e.span)?;
                let targs = self.frames[self.cur].targs.clone();
                Ok(Value::Func(Some(Rc::new(Closure {
                    code: Code::Lit(i),
                    captured,
                    targs,
                    recv: None,
                }))))
            }
            ExprKind::Call { .. } => match self.eval_multi(e)? {
                Value::Tuple(mut v) if v.len() == 1 => Ok(v.pop().unwrap_or(Value::Bool(false))),
                Value::Tuple(_) => unsup!(self, e.span, "multi-value in single-value context"),
                v => Ok(v),
            },
            ExprKind::Unary { op, x } => self.eval_unary(e, *op, x),
            ExprKind::Star(x) => match self.eval(x)? {
                Value::Ptr(Some(p)) => match p.load() {
                    Some(v) => Ok(v),
                    None => unsup!(self, e.span, "dereference"),
                },
                _ => Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 })),
            },
            ExprKind::Binary { op, x, y } => self.eval_binary(e, *op, x, y),
            ExprKind::Selector { x, sel } => self.eval_selector(e, x, sel),
            ExprKind::Index { x, indices } => self.eval_index_expr(e, x, indices),
            ExprKind::Slice { x, low, high, max, .. } => {
                self.eval_slice_expr(e, x, low.as_deref(), high.as_deref(), max.as_deref())
            }
            ExprKind::TypeAssert { .. } => {
                let (v, ok) = self.eval_comma_ok_assert(e, true)?;
                let _ = ok;
                Ok(v)
            }
            ExprKind::CompositeLit { elts, .. } => {
                let t = self.ty_of(e)?;
                self.composite(t, elts, e.span)
            }
            _ => unsup!(self, e.span, "expression"),
        }
    }

    fn func_value(&mut self, o: ObjId, e: &Expr, id: NodeId) -> R<Value> {
        let pkg_main = self.ck.obj(o).pkg == self.user_pkg;
        if !pkg_main {
            let pkg = self
                .ck
                .obj(o)
                .pkg
                .map(|p| self.ck.pkgs[p.0 as usize].path.clone())
                .unwrap_or_default();
            let name = format!("{pkg}.{}", self.ck.obj(o).name);
            return Ok(Value::Func(Some(Rc::new(Closure {
                code: Code::Std(name),
                captured: Vec::new(),
                targs: Rc::new(Vec::new()),
                recv: None,
            }))));
        }
        let targs = self.instance_targs(o, id, e.span)?;
        Ok(Value::Func(Some(Rc::new(Closure {
            code: Code::Decl(o),
            captured: Vec::new(),
            targs,
            recv: None,
        }))))
    }

    /// Type arguments of a generic function use.
    fn instance_targs(&mut self, o: ObjId, id: NodeId, span: Span) -> R<Rc<Vec<(TypeId, TypeId)>>> {
        let Some(inst) = self.info.instances.get(id.index()).cloned().flatten() else {
            return Ok(Rc::new(Vec::new()));
        };
        let ft = self.ck.obj(o).ty.unwrap_or(self.ck.types.invalid());
        let tparams = self.ck.types.signature(ft).map(|s| s.tparams.clone()).unwrap_or_default();
        let mut m = Vec::new();
        for (p, a) in tparams.into_iter().zip(inst.targs) {
            let a = self.subst(a);
            if self.has_tparam(a, 0) {
                unsup!(self, span, "generic instantiation");
            }
            m.push((p, a));
        }
        Ok(Rc::new(m))
    }

    pub fn const_value(&mut self, c: &CV, t: TypeId, span: Span) -> R<Value> {
        let Some(k) = self.basic(t) else {
            if self.is_iface(t) {
                unsup!(self, span, "constant converted to interface");
            }
            unsup!(self, span, "constant of type {}", self.type_name(t));
        };
        Ok(match c {
            CV::Bool(b) => Value::Bool(*b),
            CV::Str(s) => Value::Str(Rc::from(&s[..])),
            _ if k.is_integer() => {
                let Some(i) = c.to_int() else { unsup!(self, span, "constant") };
                let v = if k.is_unsigned() { i.to_u64().map(|u| u as i64) } else { i.to_i64() };
                match v {
                    Some(v) => Value::Int(v),
                    None => unsup!(self, span, "constant overflow"),
                }
            }
            _ if k.is_float() => {
                let Some(r) = c.to_rat() else { unsup!(self, span, "constant") };
                let f = r.to_f64().unwrap_or(f64::NAN);
                Value::Float(if k == BK::Float32 { f64::from(f as f32) } else { f })
            }
            CV::Complex(re, im) if k.is_complex() => {
                let (re, im) = (re.to_f64().unwrap_or(f64::NAN), im.to_f64().unwrap_or(f64::NAN));
                if k == BK::Complex64 {
                    Value::Complex(f64::from(re as f32), f64::from(im as f32))
                } else {
                    Value::Complex(re, im)
                }
            }
            _ if k.is_complex() => {
                let Some(r) = c.to_rat() else { unsup!(self, span, "constant") };
                Value::Complex(r.to_f64().unwrap_or(f64::NAN), 0.0)
            }
            _ => unsup!(self, span, "constant"),
        })
    }
}

// -------------------------------------------------------------------------------------------
// Operators

/// Complex division as Go's runtime does it (also for complex64, in float64): Smith's
/// algorithm (scale by the larger component of the divisor), then C99 Annex G's recovery of
/// infinities and zeros when both parts came out NaN.
fn complex_div(a: f64, b: f64, c: f64, d: f64) -> (f64, f64) {
    let (mut e, mut f) = if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        ((a + b * ratio) / denom, (b - a * ratio) / denom)
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        ((a * ratio + b) / denom, (b * ratio - a) / denom)
    };
    if e.is_nan() && f.is_nan() {
        let one_if_inf =
            |x: f64| if x.is_infinite() { 1.0f64.copysign(x) } else { 0.0f64.copysign(x) };
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = f64::INFINITY.copysign(c) * a;
            f = f64::INFINITY.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (one_if_inf(a), one_if_inf(b));
            e = f64::INFINITY * (a * c + b * d);
            f = f64::INFINITY * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (one_if_inf(c), one_if_inf(d));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

fn wrap(v: i64, k: BK) -> i64 {
    match k.canonical() {
        BK::Int8 => v as i8 as i64,
        BK::Int16 => v as i16 as i64,
        BK::Int32 => v as i32 as i64,
        BK::Uint8 => v as u8 as i64,
        BK::Uint16 => v as u16 as i64,
        BK::Uint32 => v as u32 as i64,
        _ => v,
    }
}

impl Interp<'_> {
    fn eval_unary(&mut self, e: &Expr, op: UnaryOp, x: &Expr) -> R<Value> {
        let t = self.ty_of(e)?;
        match op {
            UnaryOp::Addr => match self.place(x)? {
                Place::Ptr(p) => {
                    self.alloc(8, e.span)?;
                    Ok(Value::Ptr(Some(p)))
                }
                _ => unsup!(self, e.span, "address of map entry"),
            },
            UnaryOp::Recv => {
                let v = self.recv_expr(e, x)?.0;
                if !self.watch.is_empty() {
                    self.watch_after(e)?;
                }
                Ok(v)
            }
            UnaryOp::Pos => self.eval(x),
            UnaryOp::Not => Ok(Value::Bool(!self.eval_bool(x)?)),
            UnaryOp::Neg => {
                let v = self.eval(x)?;
                let k = self.basic(t).unwrap_or(BK::Int);
                Ok(match v {
                    Value::Int(i) => Value::Int(wrap(i.wrapping_neg(), k)),
                    Value::Float(f) => Value::Float(-f),
                    Value::Complex(a, b) => Value::Complex(-a, -b),
                    _ => unsup!(self, e.span, "negation"),
                })
            }
            UnaryOp::Xor => {
                let v = self.eval(x)?;
                let k = self.basic(t).unwrap_or(BK::Int);
                match v {
                    Value::Int(i) => Ok(Value::Int(wrap(!i, k))),
                    _ => unsup!(self, e.span, "complement"),
                }
            }
        }
    }

    fn eval_binary(&mut self, e: &Expr, op: BinaryOp, x: &Expr, y: &Expr) -> R<Value> {
        match op {
            BinaryOp::LAnd => return Ok(Value::Bool(self.eval_bool(x)? && self.eval_bool(y)?)),
            BinaryOp::LOr => return Ok(Value::Bool(self.eval_bool(x)? || self.eval_bool(y)?)),
            _ => {}
        }
        let a = self.eval(x)?;
        let b = self.eval(y)?;
        let xt = self.ty_of(x)?;
        let yt = self.ty_of(y)?;
        match op {
            BinaryOp::Eql => {
                return Ok(Value::Bool(self.values_equal_mixed(a, xt, b, yt, e.span)?))
            }
            BinaryOp::Neq => {
                return Ok(Value::Bool(!self.values_equal_mixed(a, xt, b, yt, e.span)?))
            }
            BinaryOp::Lss | BinaryOp::Leq | BinaryOp::Gtr | BinaryOp::Geq => {
                let uns = self.basic(xt).is_some_and(|k| k.is_unsigned());
                let ord = match (&a, &b) {
                    (Value::Int(p), Value::Int(q)) => {
                        if uns {
                            (*p as u64).partial_cmp(&(*q as u64))
                        } else {
                            p.partial_cmp(q)
                        }
                    }
                    (Value::Float(p), Value::Float(q)) => p.partial_cmp(q),
                    (Value::Str(p), Value::Str(q)) => p.partial_cmp(q),
                    _ => unsup!(self, e.span, "comparison"),
                };
                use std::cmp::Ordering::*;
                let r = match (op, ord) {
                    (_, None) => false,
                    (BinaryOp::Lss, Some(o)) => o == Less,
                    (BinaryOp::Leq, Some(o)) => o != Greater,
                    (BinaryOp::Gtr, Some(o)) => o == Greater,
                    (_, Some(o)) => o != Less,
                };
                return Ok(Value::Bool(r));
            }
            BinaryOp::Shl | BinaryOp::Shr => {
                let t = self.ty_of(e)?;
                return self.shift(op, t, a, b, yt, e.span);
            }
            _ => {}
        }
        let t = self.ty_of(e)?;
        self.arith(op, t, a, b, e.span)
    }

    pub fn shift(
        &mut self,
        op: BinaryOp,
        t: TypeId,
        a: Value,
        b: Value,
        bt: TypeId,
        span: Span,
    ) -> R<Value> {
        let k = self.basic(t).unwrap_or(BK::Int);
        let (Value::Int(a), Value::Int(s)) = (a, b) else { unsup!(self, span, "shift") };
        let s_uns = self.basic(bt).is_some_and(|k| k.is_unsigned());
        if !s_uns && s < 0 {
            return Err(self.runtime_error_panic(b"runtime error: negative shift amount"));
        }
        let s = s as u64;
        let r = match op {
            BinaryOp::Shl => {
                if s >= 64 {
                    0
                } else {
                    a.wrapping_shl(s as u32)
                }
            }
            _ => {
                if k.is_unsigned() {
                    if s >= 64 {
                        0
                    } else {
                        ((a as u64) >> s) as i64
                    }
                } else {
                    a >> s.min(63)
                }
            }
        };
        Ok(Value::Int(wrap(r, k)))
    }

    pub fn arith(&mut self, op: BinaryOp, t: TypeId, a: Value, b: Value, span: Span) -> R<Value> {
        let k = self.basic(t).unwrap_or(BK::Int);
        Ok(match (a, b) {
            (Value::Int(p), Value::Int(q)) => {
                let uns = k.is_unsigned();
                let r = match op {
                    BinaryOp::Add => p.wrapping_add(q),
                    BinaryOp::Sub => p.wrapping_sub(q),
                    BinaryOp::Mul => p.wrapping_mul(q),
                    BinaryOp::Quo | BinaryOp::Rem => {
                        if q == 0 {
                            return Err(self.panic_rt(RuntimeError::DivideByZero));
                        }
                        match (uns, op) {
                            (true, BinaryOp::Quo) => ((p as u64) / (q as u64)) as i64,
                            (true, _) => ((p as u64) % (q as u64)) as i64,
                            (false, BinaryOp::Quo) => p.wrapping_div(q),
                            (false, _) => p.wrapping_rem(q),
                        }
                    }
                    BinaryOp::And => p & q,
                    BinaryOp::Or => p | q,
                    BinaryOp::Xor => p ^ q,
                    BinaryOp::AndNot => p & !q,
                    _ => unsup!(self, span, "operator {}", op.as_str()),
                };
                Value::Int(wrap(r, k))
            }
            (Value::Float(p), Value::Float(q)) => {
                let r = match op {
                    BinaryOp::Add => p + q,
                    BinaryOp::Sub => p - q,
                    BinaryOp::Mul => p * q,
                    BinaryOp::Quo => p / q,
                    _ => unsup!(self, span, "operator {}", op.as_str()),
                };
                Value::Float(if k == BK::Float32 { f64::from(r as f32) } else { r })
            }
            (Value::Complex(a, b), Value::Complex(c, d)) => {
                let (re, im) = match op {
                    BinaryOp::Add => (a + c, b + d),
                    BinaryOp::Sub => (a - c, b - d),
                    BinaryOp::Mul => (a * c - b * d, a * d + b * c),
                    BinaryOp::Quo => complex_div(a, b, c, d),
                    _ => unsup!(self, span, "complex operator {}", op.as_str()),
                };
                if k == BK::Complex64 {
                    Value::Complex(f64::from(re as f32), f64::from(im as f32))
                } else {
                    Value::Complex(re, im)
                }
            }
            (Value::Str(p), Value::Str(q)) if op == BinaryOp::Add => {
                self.alloc((p.len() + q.len()) as u64, span)?;
                let mut v = p.to_vec();
                v.extend_from_slice(&q);
                Value::Str(Rc::from(v))
            }
            _ => unsup!(self, span, "operator {}", op.as_str()),
        })
    }

    /// `a == b` where the operands may differ in interface-ness.
    pub fn values_equal_mixed(
        &mut self,
        a: Value,
        at: TypeId,
        b: Value,
        bt: TypeId,
        span: Span,
    ) -> R<bool> {
        // `x == nil`: the untyped nil on one side.
        let nil_t = |it: &Self, t: TypeId| it.ck.types.basic_kind(t) == Some(BK::UntypedNil);
        let is_nil = |v: &Value| match v {
            Value::Ptr(p) => Some(p.is_none()),
            Value::Map(m) => Some(m.is_none()),
            Value::Func(f) => Some(f.is_none()),
            Value::Slice(s) => Some(s.arr.is_none()),
            Value::Iface(i) => Some(i.is_none()),
            Value::Chan(c) => Some(c.is_none()),
            _ => None,
        };
        if nil_t(self, at) || nil_t(self, bt) {
            let other = if nil_t(self, at) { &b } else { &a };
            match is_nil(other) {
                Some(n) => return Ok(n),
                None => unsup!(self, span, "comparison with nil"),
            }
        }
        let ai = self.is_iface(at);
        let bi = self.is_iface(bt);
        if ai && !bi {
            let b = self.convert_assign(b, bt, at);
            return self.values_equal(&a, &b, at, span);
        }
        if bi && !ai {
            let a = self.convert_assign(a, at, bt);
            return self.values_equal(&a, &b, bt, span);
        }
        self.values_equal(&a, &b, at, span)
    }

    pub fn values_equal(&mut self, a: &Value, b: &Value, t: TypeId, span: Span) -> R<bool> {
        Ok(match (a, b) {
            (Value::Bool(p), Value::Bool(q)) => p == q,
            (Value::Int(p), Value::Int(q)) => p == q,
            (Value::Float(p), Value::Float(q)) => p == q,
            (Value::Complex(a, b), Value::Complex(c, d)) => a == c && b == d,
            (Value::Str(p), Value::Str(q)) => p == q,
            (Value::Ptr(p), Value::Ptr(q)) => match (p, q) {
                (None, None) => true,
                (Some(p), Some(q)) => p.same(q),
                _ => false,
            },
            (Value::Map(p), Value::Map(q)) => p.is_none() && q.is_none(),
            (Value::Func(p), Value::Func(q)) => p.is_none() && q.is_none(),
            (Value::Chan(p), Value::Chan(q)) => match (p, q) {
                (None, None) => true,
                (Some(p), Some(q)) => Rc::ptr_eq(p, q),
                _ => false,
            },
            (Value::Slice(p), Value::Slice(q)) => p.arr.is_none() && q.arr.is_none(),
            (Value::Iface(p), Value::Iface(q)) => match (p, q) {
                (None, None) => true,
                (Some(p), Some(q)) => {
                    if p.0 != q.0 {
                        match (p.0, q.0) {
                            (Dyn::Go(x), Dyn::Go(y)) if self.ck.identical(x, y) => {}
                            _ => return Ok(false),
                        }
                    }
                    match p.0 {
                        Dyn::Go(dt) => {
                            if !self.ck.comparable(dt) {
                                let msg = format!(
                                    "runtime error: comparing uncomparable type {}",
                                    self.type_name(dt)
                                );
                                return Err(self.runtime_error_panic(msg.as_bytes()));
                            }
                            self.values_equal(&p.1, &q.1, dt, span)?
                        }
                        _ => Rc::ptr_eq(p, q),
                    }
                }
                _ => false,
            },
            (Value::Array(p), Value::Array(q)) => {
                let TypeKind::Array(_, et) = self.ukind(t) else {
                    unsup!(self, span, "array comparison")
                };
                for (x, y) in p.iter().zip(q.iter()) {
                    if !self.values_equal(x, y, et, span)? {
                        return Ok(false);
                    }
                }
                true
            }
            (Value::Struct(p), Value::Struct(q)) => {
                let TypeKind::Struct(fs) = self.ukind(t) else {
                    unsup!(self, span, "struct comparison")
                };
                for ((x, y), f) in p.iter().zip(q.iter()).zip(fs.iter()) {
                    if !self.values_equal(x, y, f.ty, span)? {
                        return Ok(false);
                    }
                }
                true
            }
            _ => unsup!(self, span, "comparison"),
        })
    }
}

// -------------------------------------------------------------------------------------------
// Selectors, indexing, literals

impl Interp<'_> {
    fn eval_selector(&mut self, e: &Expr, x: &Expr, sel: &Ident) -> R<Value> {
        let selection = self.info.selections.get(e.id.index()).cloned().flatten();
        let Some(selection) = selection else {
            // qualified identifier
            let o = self.info.uses.get(sel.id.index()).copied().flatten();
            match o.map(|o| (o, self.ck.obj(o).kind.clone())) {
                Some((o, ObjKind::Func { .. })) => return self.func_value(o, e, sel.id),
                Some((o, ObjKind::Var { .. })) => {
                    let path = self
                        .ck
                        .obj(o)
                        .pkg
                        .map(|p| self.ck.pkgs[p.0 as usize].path.clone())
                        .unwrap_or_default();
                    if let Some(v) = self.std_var(&path, &sel.name) {
                        return Ok(v);
                    }
                    unsup!(self, e.span, "{}", crate::stdlib::describe_qualified(self, e))
                }
                _ => unsup!(self, e.span, "{}", crate::stdlib::describe_qualified(self, e)),
            }
        };
        match selection.kind {
            SelectionKind::FieldVal => {
                let xt = self.ty_of(x)?;
                let mut v = self.eval(x)?;
                let mut t = xt;
                for &i in &selection.index {
                    let mut u = self.ukind(t);
                    if let TypeKind::Pointer(el) = u {
                        v = match v {
                            Value::Ptr(Some(p)) => match p.load() {
                                Some(v) => v,
                                None => unsup!(self, e.span, "load"),
                            },
                            _ => {
                                let addr = self.ck.field_offsets(el).get(i).copied().unwrap_or(0);
                                return Err(self.panic_rt(RuntimeError::NilDeref { addr }));
                            }
                        };
                        t = el;
                        u = self.ukind(t);
                    }
                    let TypeKind::Struct(fs) = u else { unsup!(self, e.span, "field") };
                    v = match v {
                        Value::Struct(mut f) if i < f.len() => f.swap_remove(i),
                        _ => unsup!(self, e.span, "field"),
                    };
                    t = fs.get(i).map(|f| f.ty).unwrap_or(t);
                }
                Ok(v)
            }
            SelectionKind::MethodVal => {
                let (clo, _) = self.method_target(e, x, sel, &selection)?;
                Ok(Value::Func(Some(clo)))
            }
            SelectionKind::MethodExpr => {
                if selection.index.len() > 1 {
                    unsup!(self, e.span, "method expression of a promoted method");
                }
                let obj = selection.obj;
                let ptr_recv = self
                    .ck
                    .method_recv
                    .get(&obj)
                    .is_some_and(|&r| matches!(self.ck.types.kind(r), TypeKind::Pointer(_)));
                let rt = self.subst(selection.recv);
                let is_ptr = matches!(self.ukind(rt), TypeKind::Pointer(_));
                if self.is_iface(rt) {
                    return Ok(Value::Func(Some(Rc::new(Closure {
                        code: Code::IfaceMethodExpr(sel.name.clone()),
                        captured: Vec::new(),
                        targs: Rc::new(Vec::new()),
                        recv: None,
                    }))));
                }
                let recv_t = self.ck.method_recv.get(&obj).copied();
                let base = match self.ck.types.kind(rt) {
                    TypeKind::Pointer(b) => *b,
                    _ => rt,
                };
                let targs = self.recv_targs(recv_t, base);
                Ok(Value::Func(Some(Rc::new(Closure {
                    code: Code::MethodExpr(obj, !ptr_recv && is_ptr),
                    captured: Vec::new(),
                    targs,
                    recv: None,
                }))))
            }
        }
    }

    /// The closure a method value `x.m` denotes (receiver bound).
    fn method_target(
        &mut self,
        e: &Expr,
        x: &Expr,
        sel: &Ident,
        s: &escapade_types::Selection,
    ) -> R<(Rc<Closure>, ())> {
        let xt = self.ty_of(x)?;
        // A method of a type parameter's constraint: dispatch on the type argument.
        let raw = self.info.types.get(x.id.index()).and_then(|t| t.as_ref()).map(|t| t.ty);
        let on_tparam = raw.is_some_and(|r| {
            let r = match self.ck.types.kind(r) {
                TypeKind::Pointer(e) => *e,
                _ => r,
            };
            matches!(self.ck.types.kind(r), TypeKind::TypeParam(_))
        });
        if on_tparam && !self.is_iface(xt) {
            let v = self.eval(x)?;
            return self.dyn_method(Dyn::Go(xt), v, &sel.name, e.span).map(|c| (c, ()));
        }
        if self.is_iface(xt) {
            let v = self.eval(x)?;
            let Value::Iface(Some(p)) = v else {
                return Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 }));
            };
            return self.dyn_method(p.0, p.1.clone(), &sel.name, e.span).map(|c| (c, ()));
        }
        let obj = s.obj;
        let m_pkg_main = self.ck.obj(obj).pkg == self.user_pkg;
        // Receiver: walk the embedding path, then address or dereference as the method wants.
        let ptr_recv = self
            .ck
            .method_recv
            .get(&obj)
            .is_some_and(|&r| matches!(self.ck.types.kind(r), TypeKind::Pointer(_)));
        let path: Vec<usize> = s.index[..s.index.len().saturating_sub(1)].to_vec();
        let x_is_ptr = matches!(self.ukind(xt), TypeKind::Pointer(_));
        let ends_in_ptr = !path.is_empty() && self.path_ends_in_ptr(xt, &path);
        let recv = if ptr_recv && !x_is_ptr && !ends_in_ptr {
            // needs the address of the (embedded) operand
            let base = match self.place(x)? {
                Place::Ptr(p) => p,
                _ => unsup!(self, e.span, "method receiver"),
            };
            Value::Ptr(Some(self.walk_ptr(base, xt, &path, e.span)?))
        } else if ptr_recv && x_is_ptr && !ends_in_ptr {
            let base = match self.eval(x)? {
                Value::Ptr(Some(p)) => Some(p),
                _ if path.is_empty() => None,
                _ => return Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 })),
            };
            match base {
                Some(b) => Value::Ptr(Some(self.walk_ptr(b, xt, &path, e.span)?)),
                None => Value::Ptr(None),
            }
        } else {
            let v = self.eval(x)?;
            let (v, t) = self.walk_value(v, xt, &path, e.span)?;
            if !ptr_recv && matches!(self.ukind(t), TypeKind::Pointer(_)) {
                match v {
                    Value::Ptr(Some(p)) => match p.load() {
                        Some(v) => v,
                        None => unsup!(self, e.span, "load"),
                    },
                    _ => return Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 })),
                }
            } else {
                v
            }
        };
        if !m_pkg_main {
            let name = self.std_method_name(obj);
            return Ok((
                Rc::new(Closure {
                    code: Code::Std(name),
                    captured: Vec::new(),
                    targs: Rc::new(Vec::new()),
                    recv: Some(recv),
                }),
                (),
            ));
        }
        let recv_t = self.ck.method_recv.get(&obj).copied();
        let mut targs = self.recv_targs(recv_t, xt);
        // A generic method's own type arguments (explicit `x.M[T]` or inferred).
        for id in [e.id, sel.id] {
            let own = self.instance_targs(obj, id, e.span)?;
            if !own.is_empty() {
                targs = Rc::new(targs.iter().chain(own.iter()).cloned().collect());
                break;
            }
        }
        Ok((
            Rc::new(Closure {
                code: Code::Decl(obj),
                captured: Vec::new(),
                targs,
                recv: Some(recv),
            }),
            (),
        ))
    }

    /// The last embedded field on `path` (from `t`) has a pointer type.
    fn path_ends_in_ptr(&mut self, mut t: TypeId, path: &[usize]) -> bool {
        let mut last_ptr = false;
        for &i in path {
            if let TypeKind::Pointer(el) = self.ukind(t) {
                t = el;
            }
            let TypeKind::Struct(fs) = self.ukind(t) else { return false };
            let Some(f) = fs.get(i) else { return false };
            t = f.ty;
            last_ptr = matches!(self.ukind(t), TypeKind::Pointer(_));
        }
        last_ptr
    }

    fn std_method_name(&mut self, obj: ObjId) -> String {
        let recv = self.ck.method_recv.get(&obj).copied();
        let tn = recv.map(|r| {
            let r = match self.ck.types.kind(r) {
                TypeKind::Pointer(e) => *e,
                _ => r,
            };
            self.type_name(r)
        });
        format!("{}.{}", tn.unwrap_or_default(), self.ck.obj(obj).name)
    }

    /// Type arguments for a method of a generic type, from the receiver's instance.
    fn recv_targs(&mut self, recv_t: Option<TypeId>, actual: TypeId) -> Rc<Vec<(TypeId, TypeId)>> {
        let strip = |ck: &Checker, t: TypeId| match ck.types.kind(t) {
            TypeKind::Pointer(e) => *e,
            _ => t,
        };
        let Some(r) = recv_t else { return Rc::new(Vec::new()) };
        let r = strip(&self.ck, r);
        let a = strip(&self.ck, actual);
        let (Some(rn), Some(an)) =
            (self.ck.types.named(r).cloned(), self.ck.types.named(a).cloned())
        else {
            return Rc::new(Vec::new());
        };
        Rc::new(rn.targs.into_iter().zip(an.targs).collect())
    }

    fn walk_ptr(&mut self, mut p: Ptr, mut t: TypeId, path: &[usize], span: Span) -> R<Ptr> {
        if let TypeKind::Pointer(el) = self.ukind(t) {
            t = el;
        }
        for &i in path {
            let TypeKind::Struct(fs) = self.ukind(t) else { unsup!(self, span, "embedding") };
            p = p.with(i as u32);
            t = fs.get(i).map(|f| f.ty).unwrap_or(t);
            if let TypeKind::Pointer(el) = self.ukind(t) {
                p = match p.load() {
                    Some(Value::Ptr(Some(q))) => q,
                    _ => return Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 })),
                };
                t = el;
            }
        }
        Ok(p)
    }

    fn walk_value(
        &mut self,
        mut v: Value,
        mut t: TypeId,
        path: &[usize],
        span: Span,
    ) -> R<(Value, TypeId)> {
        for &i in path {
            if let TypeKind::Pointer(el) = self.ukind(t) {
                v = match v {
                    Value::Ptr(Some(p)) => p.load().unwrap_or(Value::Bool(false)),
                    _ => return Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 })),
                };
                t = el;
            }
            let TypeKind::Struct(fs) = self.ukind(t) else { unsup!(self, span, "embedding") };
            v = match v {
                Value::Struct(mut f) if i < f.len() => f.swap_remove(i),
                _ => unsup!(self, span, "embedding"),
            };
            t = fs.get(i).map(|f| f.ty).unwrap_or(t);
        }
        Ok((v, t))
    }

    /// Method `name` of a dynamic value, as a bound closure.
    pub fn dyn_method(&mut self, d: Dyn, v: Value, name: &str, span: Span) -> R<Rc<Closure>> {
        let Dyn::Go(t) = d else {
            let boxed = Value::Iface(Some(Rc::new((d, v))));
            let prefix = if d == Dyn::FmtState { "fmt.State" } else { "error" };
            return Ok(Rc::new(Closure {
                code: Code::Std(format!("{prefix}.{name}")),
                captured: Vec::new(),
                targs: Rc::new(Vec::new()),
                recv: Some(boxed),
            }));
        };
        let Some((obj, index)) = self.find_method(t, name) else {
            unsup!(self, span, "method {name}")
        };
        let path = &index[..index.len().saturating_sub(1)];
        let ptr_recv = self
            .ck
            .method_recv
            .get(&obj)
            .is_some_and(|&r| matches!(self.ck.types.kind(r), TypeKind::Pointer(_)));
        let recv = if ptr_recv && !path.is_empty() && matches!(v, Value::Ptr(_)) {
            let Value::Ptr(Some(p)) = v else {
                return Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 }));
            };
            Value::Ptr(Some(self.walk_ptr(p, t, path, span)?))
        } else {
            let (v, vt) = self.walk_value(v, t, path, span)?;
            if !path.is_empty() && self.is_iface(vt) {
                // Promoted from an embedded interface field: dispatch on its dynamic value.
                return match v {
                    Value::Iface(Some(p)) => self.dyn_method(p.0, p.1.clone(), name, span),
                    _ => unsup!(self, span, "method {name} of a nil embedded interface"),
                };
            }
            let is_ptr = matches!(self.ukind(vt), TypeKind::Pointer(_));
            if ptr_recv && !is_ptr {
                unsup!(self, span, "pointer method through an embedded value");
            }
            if !ptr_recv && is_ptr {
                match v {
                    Value::Ptr(Some(p)) => p.load().unwrap_or(Value::Bool(false)),
                    _ => return Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 })),
                }
            } else {
                v
            }
        };
        if self.ck.obj(obj).pkg != self.user_pkg {
            let mut name = self.std_method_name(obj);
            if name.starts_with('.') {
                if let Some(tn) = self.runtime_type_name(t, 0) {
                    name = format!("{}{name}", tn.trim_start_matches('*'));
                }
            }
            return Ok(Rc::new(Closure {
                code: Code::Std(name),
                captured: Vec::new(),
                targs: Rc::new(Vec::new()),
                recv: Some(recv),
            }));
        }
        let recv_t = self.ck.method_recv.get(&obj).copied();
        let targs = self.recv_targs(recv_t, t);
        Ok(Rc::new(Closure {
            code: Code::Decl(obj),
            captured: Vec::new(),
            targs,
            recv: Some(recv),
        }))
    }

    fn eval_index_expr(&mut self, e: &Expr, x: &Expr, indices: &[Expr]) -> R<Value> {
        // `F[T]`: an instance of a generic function.
        if let ExprKind::Ident(id) = &strip_paren(x).kind {
            if let Some(o) = self.info.uses.get(id.id.index()).copied().flatten() {
                if matches!(self.ck.obj(o).kind, ObjKind::Func { .. }) {
                    return self.func_value(o, x, id.id);
                }
            }
        }
        if indices.len() != 1 {
            unsup!(self, e.span, "index expression");
        }
        let xt = self.ty_of(x)?;
        match self.ukind(xt) {
            TypeKind::Map(..) => Ok(self.eval_comma_ok(e)?.0),
            TypeKind::Basic(_) => {
                let s = self.eval(x)?;
                let i = self.eval_index(&indices[0])?;
                let Value::Str(s) = s else { unsup!(self, e.span, "string index") };
                if i < 0 || i as usize >= s.len() {
                    return Err(self.panic_rt(RuntimeError::Bounds {
                        kind: BoundsKind::Index,
                        x: i,
                        y: s.len() as i64,
                    }));
                }
                Ok(Value::Int(i64::from(s[i as usize])))
            }
            TypeKind::Array(n, _) => {
                let v = self.eval(x)?;
                let i = self.eval_index(&indices[0])?;
                if i < 0 || i as u64 >= n {
                    return Err(self.panic_rt(RuntimeError::Bounds {
                        kind: BoundsKind::Index,
                        x: i,
                        y: n as i64,
                    }));
                }
                match v {
                    Value::Array(mut a) if (i as usize) < a.len() => Ok(a.swap_remove(i as usize)),
                    _ => unsup!(self, e.span, "array index"),
                }
            }
            TypeKind::Func(_) => unsup!(self, e.span, "generic function value"),
            _ => match self.place(e)? {
                Place::Ptr(p) => match p.load() {
                    Some(v) => Ok(v),
                    None => unsup!(self, e.span, "index"),
                },
                _ => unsup!(self, e.span, "index"),
            },
        }
    }

    fn eval_comma_ok(&mut self, e: &Expr) -> R<(Value, bool)> {
        match &e.kind {
            ExprKind::Index { x, indices } if indices.len() == 1 => {
                let xt = self.ty_of(x)?;
                let TypeKind::Map(kt, vt) = self.ukind(xt) else {
                    unsup!(self, e.span, "comma-ok")
                };
                let m = self.eval(x)?;
                let k = self.eval(&indices[0])?;
                let it = self.ty_of(&indices[0])?;
                let k = self.convert_assign(k, it, kt);
                let Value::Map(Some(m)) = m else {
                    return Ok((self.zero(vt, e.span)?, false));
                };
                let gk = self.map_key(&k, e.span)?;
                let got = m.borrow_mut().map.get(&gk).map(|x| x.1.clone());
                self.trace(&m, "get", &k, kt, got.as_ref(), vt, e.span);
                match got {
                    Some(v) => Ok((v, true)),
                    None => Ok((self.zero(vt, e.span)?, false)),
                }
            }
            ExprKind::TypeAssert { .. } => self.eval_comma_ok_assert(e, false),
            ExprKind::Paren(x) => self.eval_comma_ok(x),
            ExprKind::Unary { op: UnaryOp::Recv, x } => {
                let r = self.recv_expr(e, x)?;
                if !self.watch.is_empty() {
                    self.watch_after(e)?;
                }
                Ok(r)
            }
            _ => unsup!(self, e.span, "comma-ok expression"),
        }
    }

    fn eval_comma_ok_assert(&mut self, e: &Expr, must: bool) -> R<(Value, bool)> {
        let ExprKind::TypeAssert { x, ty: Some(tyx) } = &e.kind else {
            unsup!(self, e.span, "type assertion")
        };
        let v = self.eval(x)?;
        let t = self.type_of_type(tyx)?;
        let xt = self.ty_of(x)?;
        let target_iface = self.is_iface(t);
        let ok = match &v {
            Value::Iface(Some(p)) => self.dyn_has_type(p.0, t, e.span)?,
            _ => false,
        };
        if ok {
            let out = if target_iface {
                v
            } else {
                match v {
                    Value::Iface(Some(p)) => p.1.clone(),
                    v => v,
                }
            };
            return Ok((out, true));
        }
        if must {
            use crate::panics::AssertionError as AE;
            let asserted = self.type_name(t);
            let iface = self.type_name(xt);
            let err = match &v {
                Value::Iface(Some(p)) => {
                    let concrete = self.dyn_name(p.0);
                    if target_iface {
                        let TypeKind::Interface(it) = self.ukind(t) else {
                            unsup!(self, e.span, "assertion")
                        };
                        let missing = it
                            .methods
                            .iter()
                            .find(|m| !self.has_method(p.0, &m.name))
                            .map(|m| m.name.clone());
                        AE::MissingMethod {
                            concrete,
                            asserted,
                            method: missing.unwrap_or_default(),
                        }
                    } else {
                        AE::WrongType { iface, concrete, asserted }
                    }
                }
                _ => AE::Nil { iface: (!target_iface).then_some(iface), asserted },
            };
            return Err(self.panic_rt(RuntimeError::Assertion(err)));
        }
        Ok((self.zero(t, e.span)?, false))
    }

    pub fn dyn_name(&mut self, d: Dyn) -> String {
        match d {
            Dyn::Go(t) => self.type_name(t),
            Dyn::ErrorString => "*errors.errorString".into(),
            Dyn::WrapError => "*fmt.wrapError".into(),
            Dyn::WrapErrors => "*fmt.wrapErrors".into(),
            Dyn::JoinError => "*errors.joinError".into(),
            Dyn::NumError => "*strconv.NumError".into(),
            Dyn::SortReverse => "*sort.reverse".into(),
            Dyn::Std(o) => o.type_name().into(),
            Dyn::FmtState => "*fmt.pp".into(),
            Dyn::Runtime(RuntimeKind::Bounds) => "runtime.boundsError".into(),
            Dyn::Runtime(RuntimeKind::TypeAssertion) => "*runtime.TypeAssertionError".into(),
            Dyn::Runtime(RuntimeKind::PlainError) => "runtime.plainError".into(),
            Dyn::Runtime(RuntimeKind::Error) => "runtime.errorString".into(),
            Dyn::Runtime(RuntimeKind::PanicNil) => "*runtime.PanicNilError".into(),
        }
    }

    fn eval_slice_expr(
        &mut self,
        e: &Expr,
        x: &Expr,
        low: Option<&Expr>,
        high: Option<&Expr>,
        max: Option<&Expr>,
    ) -> R<Value> {
        let xt = self.ty_of(x)?;
        // The operand is evaluated before the indices; an array operand is addressed.
        let xv = match self.ukind(xt) {
            TypeKind::Array(..) => match self.place(x)? {
                Place::Ptr(p) => Value::Ptr(Some(p)),
                _ => unsup!(self, e.span, "slicing an unaddressable array"),
            },
            _ => self.eval(x)?,
        };
        let lo = match low {
            Some(l) => Some(self.eval_index(l)?),
            None => None,
        };
        let hi = match high {
            Some(h) => Some(self.eval_index(h)?),
            None => None,
        };
        let mx = match max {
            Some(m) => Some(self.eval_index(m)?),
            None => None,
        };
        match self.ukind(xt) {
            TypeKind::Basic(_) => {
                let Value::Str(s) = xv else { unsup!(self, e.span, "slice") };
                // The bounds checks of an array of the string's length.
                let n = s.len();
                let whole = Slice { arr: None, off: 0, len: n, cap: n, alt_cap: n };
                let r = self.reslice(whole, lo, hi, mx, false, e.span)?;
                match s.get(r.off..r.off + r.len) {
                    Some(part) => Ok(Value::Str(Rc::from(part))),
                    None => unsup!(self, e.span, "slice"),
                }
            }
            TypeKind::Slice(_) => {
                let Value::Slice(s) = xv else { unsup!(self, e.span, "slice") };
                if s.cap != s.alt_cap {
                    // Both capacities are possible: fine when the bounds stay within the length
                    // (and a max within both capacities), so neither world panics and the
                    // elements are the same; the result keeps both capacities.
                    let (l, h) = (lo.unwrap_or(0), hi.unwrap_or(s.len as i64));
                    let in_len = 0 <= l && l <= h && h <= s.len as i64;
                    let max_ok = mx.is_none_or(|m| h <= m && m <= s.cap.min(s.alt_cap) as i64);
                    if !(in_len && max_ok) {
                        unsup!(
                            self,
                            e.span,
                            "reslicing a slice whose capacity depends on escape analysis"
                        );
                    }
                    let alt = s.alt_cap - l as usize;
                    let mut r = self.reslice(s, lo, hi, mx, true, e.span)?;
                    if mx.is_none() {
                        r.alt_cap = alt;
                    }
                    return Ok(Value::Slice(r));
                }
                self.reslice(s, lo, hi, mx, true, e.span).map(Value::Slice)
            }
            k @ (TypeKind::Array(..) | TypeKind::Pointer(_)) => {
                let at = match k {
                    TypeKind::Pointer(at) => self.ukind(at),
                    k => k,
                };
                let TypeKind::Array(n, _) = at else { unsup!(self, e.span, "slice expression") };
                let Value::Ptr(Some(p)) = xv else {
                    return Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 }));
                };
                // The slice shares the array's storage.
                let whole = p.array_view(n as usize);
                self.reslice(whole, lo, hi, mx, false, e.span).map(Value::Slice)
            }
            _ => unsup!(self, e.span, "slice expression"),
        }
    }

    fn reslice(
        &mut self,
        s: Slice,
        lo: Option<i64>,
        hi: Option<i64>,
        mx: Option<i64>,
        is_slice: bool,
        _span: Span,
    ) -> R<Slice> {
        let cap = s.cap as i64;
        // An array's bounds are reported against its length.
        let (acap, acap3) = if is_slice {
            (BoundsKind::SliceAcap, BoundsKind::Slice3Acap)
        } else {
            (BoundsKind::SliceAlen, BoundsKind::Slice3Alen)
        };
        let l = lo.unwrap_or(0);
        if let Some(m) = mx {
            if m < 0 || m > cap {
                return Err(self.panic_rt(RuntimeError::Bounds { kind: acap3, x: m, y: cap }));
            }
            let h = hi.unwrap_or(0);
            if h < 0 || h > m {
                return Err(self.panic_rt(RuntimeError::Bounds {
                    kind: BoundsKind::Slice3B,
                    x: h,
                    y: m,
                }));
            }
            if l < 0 || l > h {
                return Err(self.panic_rt(RuntimeError::Bounds {
                    kind: BoundsKind::Slice3C,
                    x: l,
                    y: h,
                }));
            }
            let c = (m - l) as usize;
            return Ok(Slice {
                arr: s.arr,
                off: s.off + l as usize,
                len: (h - l) as usize,
                cap: c,
                alt_cap: c,
            });
        }
        let h = hi.unwrap_or(s.len as i64);
        if h < 0 || h > cap {
            return Err(self.panic_rt(RuntimeError::Bounds { kind: acap, x: h, y: cap }));
        }
        if l < 0 || l > h {
            return Err(self.panic_rt(RuntimeError::Bounds {
                kind: BoundsKind::SliceB,
                x: l,
                y: h,
            }));
        }
        let c = (cap - l) as usize;
        Ok(Slice { arr: s.arr, off: s.off + l as usize, len: (h - l) as usize, cap: c, alt_cap: c })
    }

    fn composite(&mut self, t: TypeId, elts: &[Expr], span: Span) -> R<Value> {
        match self.ukind(t) {
            TypeKind::Struct(fs) => {
                let mut v = match self.zero(t, span)? {
                    Value::Struct(v) => v,
                    _ => unsup!(self, span, "struct literal"),
                };
                for (i, e) in elts.iter().enumerate() {
                    let (idx, ve) = match &e.kind {
                        ExprKind::KeyValue { key, value } => {
                            let ExprKind::Ident(k) = &key.kind else {
                                unsup!(self, e.span, "field key")
                            };
                            match fs.iter().position(|f| f.name == k.name) {
                                Some(p) => (p, &**value),
                                None => unsup!(self, e.span, "field key"),
                            }
                        }
                        _ => (i, e),
                    };
                    let val = self.eval_elem(ve, fs.get(idx).map(|f| f.ty))?;
                    if let Some(slot) = v.get_mut(idx) {
                        *slot = val;
                    }
                }
                Ok(Value::Struct(v))
            }
            TypeKind::Slice(et) | TypeKind::Array(_, et) => {
                let is_array = matches!(self.ukind(t), TypeKind::Array(..));
                let mut items: Vec<(usize, Value)> = Vec::new();
                let mut next = 0usize;
                let mut maxn = 0usize;
                for e in elts {
                    let (idx, ve) = match &e.kind {
                        ExprKind::KeyValue { key, value } => {
                            let Some(k) = self
                                .info
                                .types
                                .get(key.id.index())
                                .and_then(|x| x.as_ref())
                                .and_then(|x| x.value.clone())
                                .and_then(|v| v.to_i64())
                            else {
                                unsup!(self, e.span, "element index")
                            };
                            (k as usize, &**value)
                        }
                        _ => (next, e),
                    };
                    if idx > 1 << 24 {
                        unsup!(self, e.span, "huge literal");
                    }
                    let v = self.eval_elem(ve, Some(et))?;
                    items.push((idx, v));
                    next = idx + 1;
                    maxn = maxn.max(next);
                }
                let n = match self.ukind(t) {
                    TypeKind::Array(n, _) => n as usize,
                    _ => maxn,
                };
                self.alloc(n as u64 * 8, span)?;
                let z = self.zero(et, span)?;
                let mut v = vec![z; n];
                for (i, x) in items {
                    if let Some(s) = v.get_mut(i) {
                        *s = x;
                    }
                }
                if is_array {
                    Ok(Value::Array(v))
                } else {
                    Ok(Value::Slice(Slice::from_vec(v)))
                }
            }
            TypeKind::Map(kt, vt) => {
                let m = self.new_map(t, None, span)?;
                let Value::Map(Some(mo)) = &m else { unsup!(self, span, "map literal") };
                for e in elts {
                    let ExprKind::KeyValue { key, value } = &e.kind else {
                        unsup!(self, e.span, "map literal")
                    };
                    let k = self.eval_elem(key, Some(kt))?;
                    let v = self.eval_elem(value, Some(vt))?;
                    self.map_put(mo, k, v, e.span)?;
                }
                Ok(m)
            }
            TypeKind::Pointer(inner) => {
                let v = self.composite(inner, elts, span)?;
                Ok(Value::Ptr(Some(Ptr::to_cell(cell(v)))))
            }
            _ => unsup!(self, span, "composite literal of {}", self.type_name(t)),
        }
    }

    /// An element of a composite literal (elided types: `{1, 2}` and `&T{}` forms).
    fn eval_elem(&mut self, e: &Expr, to: Option<TypeId>) -> R<Value> {
        if let ExprKind::CompositeLit { ty: None, elts } = &e.kind {
            let Some(t) = to else { unsup!(self, e.span, "literal") };
            return self.composite(t, elts, e.span);
        }
        if let (ExprKind::Unary { op: UnaryOp::Addr, x }, Some(t)) = (&e.kind, to) {
            if let ExprKind::CompositeLit { ty: None, elts } = &x.kind {
                return self.composite(t, elts, e.span);
            }
        }
        let v = self.eval(e)?;
        let from = self.ty_of(e)?;
        Ok(match to {
            Some(t) => self.convert_assign(v, from, t),
            None => v,
        })
    }
}

// -------------------------------------------------------------------------------------------
// Calls, builtins, conversions, maps, range

impl Interp<'_> {
    fn eval_args(
        &mut self,
        fun_t: Option<TypeId>,
        args: &[Expr],
        spread: bool,
        span: Span,
    ) -> R<Vec<Value>> {
        let sig = fun_t.and_then(|t| {
            let u = self.ck.under(t);
            self.ck.types.signature(u).cloned()
        });
        let Some(sig) = sig else { unsup!(self, span, "call") };
        let mut vals: Vec<(Value, TypeId)> = Vec::new();
        let tuple_arg = args.len() == 1
            && self
                .info
                .types
                .get(args[0].id.index())
                .and_then(|x| x.as_ref())
                .is_some_and(|x| self.ck.types.tuple_elems(x.ty).len() > 1);
        if args.len() == 1 && (sig.params.len() > 1 || tuple_arg) {
            let v = self.eval_multi(&args[0])?;
            let t = self
                .info
                .types
                .get(args[0].id.index())
                .and_then(|x| x.as_ref())
                .map(|x| x.ty)
                .unwrap_or(self.ck.types.invalid());
            let t = self.subst(t);
            let ts = self.ck.types.tuple_elems(t);
            match v {
                Value::Tuple(vs) => vals.extend(vs.into_iter().zip(ts)),
                v => vals.push((v, t)),
            }
        } else {
            for a in args {
                let v = self.eval(a)?;
                let t = self.ty_of(a)?;
                vals.push((v, t));
            }
        }
        let np = sig.params.len();
        let mut out = Vec::new();
        let fixed = if sig.variadic { np.saturating_sub(1) } else { np };
        let mut it = vals.into_iter();
        for i in 0..fixed {
            let Some((v, t)) = it.next() else { unsup!(self, span, "arguments") };
            let pt = self.subst(sig.params[i].ty);
            if matches!(self.ck.types.kind(pt), TypeKind::TypeParam(_)) {
                unsup!(self, span, "argument of a type-parameter type");
            }
            out.push(self.convert_assign(v, t, pt));
        }
        if sig.variadic {
            let st = self.subst(sig.params[np - 1].ty);
            if spread {
                let Some((v, _)) = it.next() else { unsup!(self, span, "arguments") };
                out.push(v);
            } else {
                let TypeKind::Slice(et) = self.ukind(st) else { unsup!(self, span, "variadic") };
                if matches!(self.ck.types.kind(et), TypeKind::TypeParam(_)) {
                    unsup!(self, span, "argument of a type-parameter type");
                }
                let mut rest = Vec::new();
                for (v, t) in it {
                    rest.push(self.convert_assign(v, t, et));
                }
                if rest.is_empty() {
                    out.push(Value::Slice(Slice::nil()));
                } else {
                    self.alloc(rest.len() as u64 * 16, span)?;
                    out.push(Value::Slice(Slice::from_vec(rest)));
                }
            }
        }
        Ok(out)
    }

    pub fn eval_call(&mut self, e: &Expr, fun: &Expr, args: &[Expr], spread: bool) -> R<Value> {
        self.step(e.span)?;
        let fun_s = strip_paren(fun);
        // An explicit instantiation `f[T](…)` is recorded on `f`.
        let (fun_s, inst_at) = match &fun_s.kind {
            ExprKind::Index { x, .. }
                if self
                    .info
                    .instances
                    .get(strip_paren(x).id.index())
                    .is_some_and(|i| i.is_some()) =>
            {
                (strip_paren(x), strip_paren(x).id)
            }
            _ => (fun_s, fun_s.id),
        };
        // `G[T](x)`: a conversion to an instance of a generic type (recorded on `G[T]`, or on
        // `G` for a generic alias).
        let type_inst = match &fun_s.kind {
            ExprKind::Index { x, .. } => match &strip_paren(x).kind {
                ExprKind::Ident(id) => Some((id.id, fun_s.id)),
                _ => None,
            },
            ExprKind::Ident(id) => Some((id.id, inst_at)),
            _ => None,
        };
        if let Some((name, at)) = type_inst {
            let o = self.info.uses.get(name.index()).copied().flatten();
            let inst = self.info.instances.get(at.index()).cloned().flatten();
            if let (Some(o), Some(inst)) = (o, inst) {
                if matches!(self.ck.obj(o).kind, ObjKind::TypeName { .. }) {
                    let t = self.subst(inst.ty);
                    let [a] = args else { unsup!(self, e.span, "conversion") };
                    if self.has_tparam(t, 0) {
                        unsup!(self, e.span, "generic type");
                    }
                    let v = self.eval(a)?;
                    let from = self.ty_of(a)?;
                    return self.convert(v, from, t, e.span);
                }
            }
        }
        let ftv = self.info.types.get(fun_s.id.index()).and_then(|x| x.clone());
        let Some(ftv) = ftv else { unsup!(self, e.span, "call") };
        match ftv.mode {
            Mode::TypeExpr => {
                let t = self.type_of_type(fun_s)?;
                let Some(a) = args.first() else { unsup!(self, e.span, "conversion") };
                let v = self.eval(a)?;
                let from = self.ty_of(a)?;
                let constant = self
                    .info
                    .types
                    .get(a.id.index())
                    .and_then(|x| x.as_ref())
                    .is_some_and(|x| x.value.is_some());
                self.conv_site = Some((a.span.start, a.span.end, constant));
                let r = self.convert(v, from, t, e.span);
                self.conv_site = None;
                return r;
            }
            Mode::Builtin(b) => return self.builtin(e, b, args, spread),
            _ => {}
        }
        // A generic function's parameters are typed by its instantiated signature.
        let inst_t = self.info.instances.get(inst_at.index()).cloned().flatten().map(|i| i.ty);
        let fun_t = self.subst(inst_t.unwrap_or(ftv.ty));
        // std functions: dispatched by name on the typed arguments.
        if let Some(name) = self.std_qualified(fun_s) {
            let argv = self.eval_args(Some(fun_t), args, spread, e.span)?;
            let r = crate::stdlib::call_std(self, &name, argv, e, args)?;
            return Ok(tuple_or_single(r));
        }
        let f = self.eval(fun_s)?;
        let argv = self.eval_args(Some(fun_t), args, spread, e.span)?;
        let Value::Func(Some(clo)) = f else {
            return Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 }));
        };
        self.call_paren = match clo.code {
            Code::Decl(_) | Code::Lit(_) => Some(fun.span.end),
            _ => None,
        };
        let r = self.call_closure(&clo, argv, e.span, false);
        self.call_paren = None;
        let r = r?;
        Ok(tuple_or_single(r))
    }

    /// `pkg.F` naming a function of a std package: its qualified name (`strings.ToUpper`).
    fn std_qualified(&self, fun_s: &Expr) -> Option<String> {
        let ExprKind::Selector { sel, .. } = &fun_s.kind else { return None };
        if self.info.selections.get(fun_s.id.index()).is_some_and(|s| s.is_some()) {
            return None;
        }
        let o = self.info.uses.get(sel.id.index()).copied().flatten()?;
        let pkg = self.ck.obj(o).pkg;
        if pkg == self.user_pkg {
            return None;
        }
        let path = pkg.map(|p| self.ck.pkgs[p.0 as usize].path.clone()).unwrap_or_default();
        Some(format!("{path}.{}", sel.name))
    }

    fn defer_target(
        &mut self,
        e: &Expr,
        fun: &Expr,
        args: &[Expr],
        spread: bool,
    ) -> R<(Rc<Closure>, Vec<Value>)> {
        let fun_s = strip_paren(fun);
        let ftv = self.info.types.get(fun_s.id.index()).and_then(|x| x.clone());
        let Some(ftv) = ftv else { unsup!(self, e.span, "defer") };
        if let Mode::Builtin(b) = ftv.mode {
            // A directly deferred `recover()` is called by the runtime, not by a deferred
            // function, so it never stops a panic (go1.27.3): nothing to run.
            let (name, argv) = match (b, args) {
                (Builtin::Recover, []) => ("builtin.recover", Vec::new()),
                (Builtin::Panic, [a]) => {
                    let (v, t) = (self.eval(a)?, self.ty_of(a)?);
                    let any = self.ck.types.any();
                    ("builtin.panic", vec![self.convert_assign(v, t, any)])
                }
                (Builtin::Close, [c]) => ("builtin.close", vec![self.eval(c)?]),
                _ => unsup!(self, e.span, "deferred builtin call"),
            };
            let clo = Closure {
                code: Code::Std(name.into()),
                captured: Vec::new(),
                targs: Rc::new(Vec::new()),
                recv: None,
            };
            return Ok((Rc::new(clo), argv));
        }
        if let Some(name) = self.std_qualified(fun_s) {
            let fun_t = self.subst(ftv.ty);
            let argv = self.eval_args(Some(fun_t), args, spread, e.span)?;
            let clo = Closure {
                code: Code::Std(name),
                captured: Vec::new(),
                targs: Rc::new(Vec::new()),
                recv: None,
            };
            return Ok((Rc::new(clo), argv));
        }
        let fun_t = self.subst(ftv.ty);
        let f = self.eval(fun_s)?;
        let argv = self.eval_args(Some(fun_t), args, spread, e.span)?;
        match f {
            Value::Func(Some(c)) => Ok((c, argv)),
            _ => unsup!(self, e.span, "deferred nil function"),
        }
    }

    /// `for k, v := range f`: calls `f` with a `yield` function whose every call runs the loop
    /// body in the enclosing function's frame.
    #[allow(clippy::too_many_arguments)]
    fn range_func(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        f: Value,
        body: &Block,
        label: Option<&str>,
    ) -> R<Flow> {
        let Value::Func(Some(f)) = f else {
            return Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 }));
        };
        self.next_yield += 1;
        let id = self.next_yield as usize;
        self.yield_loops.push(YieldLoop {
            id,
            owner: self.cur,
            key: key.cloned(),
            value: value.cloned(),
            define,
            body: Rc::new(body.clone()),
            label: label.map(str::to_string),
            done: false,
            pending: None,
        });
        let targs = self.frames.get(self.cur).map(|f| f.targs.clone()).unwrap_or_default();
        let y = Closure { code: Code::Yield(id), captured: Vec::new(), targs, recv: None };
        let r = self.call_closure(&f, vec![Value::Func(Some(Rc::new(y)))], x.span, false);
        let pos = self.yield_loops.iter().rposition(|l| l.id == id);
        let pending = pos.and_then(|p| self.yield_loops.remove(p).pending);
        r?;
        Ok(pending.unwrap_or(Flow::Normal))
    }

    fn call_yield(&mut self, id: usize, args: Vec<Value>, span: Span) -> R<Vec<Value>> {
        let Some(pos) = self.yield_loops.iter().rposition(|l| l.id == id) else {
            unsup!(self, span, "a range-over-func yield called after its loop ended")
        };
        if self.yield_loops[pos].done {
            unsup!(self, span, "range function continued iteration after the loop body stopped it");
        }
        let l = &self.yield_loops[pos];
        let (owner, key, value, define, body, label) =
            (l.owner, l.key.clone(), l.value.clone(), l.define, l.body.clone(), l.label.clone());
        let saved = self.cur;
        self.cur = owner;
        let r = self.yield_body(key.as_ref(), value.as_ref(), define, args, &body, span);
        self.cur = saved;
        let label = label.as_deref();
        let stop = match r {
            Ok(Flow::Normal | Flow::Continue(None)) => None,
            Ok(Flow::Continue(Some(l))) if Some(l.as_str()) == label => None,
            Ok(Flow::Break(None)) => Some(None),
            Ok(Flow::Break(Some(l))) if Some(l.as_str()) == label => Some(None),
            Ok(f) => Some(Some(f)),
            Err(e) => {
                if let Some(l) = self.yield_loops.iter_mut().find(|l| l.id == id) {
                    l.done = true;
                }
                return Err(e);
            }
        };
        let Some(pending) = stop else { return Ok(vec![Value::Bool(true)]) };
        if let Some(l) = self.yield_loops.iter_mut().find(|l| l.id == id) {
            l.done = true;
            l.pending = pending;
        }
        Ok(vec![Value::Bool(false)])
    }

    fn yield_body(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        args: Vec<Value>,
        body: &Block,
        span: Span,
    ) -> R<Flow> {
        self.step(span)?;
        let mut args = args.into_iter();
        if let Some(k) = args.next() {
            self.range_bind(key, value, define, k, args.next())?;
        }
        self.exec_block(&body.stmts)
    }

    fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], spread: bool) -> R<Value> {
        let span = e.span;
        match b {
            Builtin::Len | Builtin::Cap => {
                let Some(a) = args.first() else { unsup!(self, span, "len") };
                let at = self.ty_of(a)?;
                let v = self.eval(a)?;
                let n = match (b, v) {
                    (Builtin::Len, Value::Str(s)) => s.len(),
                    (Builtin::Len, Value::Slice(s)) => s.len,
                    (Builtin::Cap, Value::Slice(s)) => {
                        if s.cap != s.alt_cap {
                            unsup!(self, span, "cap of a slice whose growth depends on escape analysis (stack buffer: {}, heap: {})", s.alt_cap, s.cap);
                        }
                        s.cap
                    }
                    (_, Value::Array(a)) => a.len(),
                    (Builtin::Len, Value::Map(m)) => m.map(|m| m.borrow().map.len()).unwrap_or(0),
                    (_, c @ Value::Chan(_)) => {
                        self.chan_len_cap(&c, b == Builtin::Cap).unwrap_or(0)
                    }
                    (_, Value::Ptr(_)) => match self.ukind(at) {
                        TypeKind::Pointer(p) => match self.ukind(p) {
                            TypeKind::Array(n, _) => n as usize,
                            _ => unsup!(self, span, "len"),
                        },
                        _ => unsup!(self, span, "len"),
                    },
                    _ => unsup!(self, span, "{}", b.name()),
                };
                Ok(Value::Int(n as i64))
            }
            Builtin::Append => {
                let self_assign = self.self_append.take() == Some(e.id);
                let Some(first) = args.first() else { unsup!(self, span, "append") };
                let st = self.ty_of(e)?;
                let TypeKind::Slice(et) = self.ukind(st) else { unsup!(self, span, "append") };
                let Value::Slice(s) = self.eval(first)? else { unsup!(self, span, "append") };
                let mut add = Vec::new();
                if spread {
                    let Some(a) = args.get(1) else { unsup!(self, span, "append") };
                    match self.eval(a)? {
                        Value::Slice(x) => add = x.to_vec(),
                        Value::Str(x) => {
                            add = x.iter().map(|&b| Value::Int(i64::from(b))).collect()
                        }
                        _ => unsup!(self, span, "append"),
                    }
                } else {
                    for a in &args[1..] {
                        let v = self.eval(a)?;
                        let t = self.ty_of(a)?;
                        add.push(self.convert_assign(v, t, et));
                    }
                }
                let paren = match &e.kind {
                    ExprKind::Call { fun, .. } => {
                        (fun.span.end, args.get(1).map_or(e.span.end, |a| a.span.start))
                    }
                    _ => (e.span.end, e.span.end),
                };
                let paren = (paren.0, args.first().map_or(paren.1, |a| a.span.start.min(paren.1)));
                self.append(s, add, et, (e.id, span), paren, spread, self_assign).map(Value::Slice)
            }
            Builtin::Make => {
                let t = self.ty_of(e)?;
                let mut ns = Vec::new();
                for a in &args[1..] {
                    ns.push(self.eval_index(a)?);
                }
                match self.ukind(t) {
                    TypeKind::Slice(et) => {
                        let len = ns.first().copied().unwrap_or(0);
                        let cap = ns.get(1).copied().unwrap_or(len);
                        let (sz, _) = self.ck.size_align(et);
                        if let Some(which) = makeslice_fault(len, cap, sz) {
                            let msg = format!("runtime error: makeslice: {which} out of range");
                            return Err(self.runtime_error_panic(msg.as_bytes()));
                        }
                        if cap > 1 << 26 {
                            unsup!(self, span, "make with length {len}, capacity {cap}");
                        }
                        self.alloc(cap as u64 * sz.max(1), span)?;
                        let z = self.zero(et, span)?;
                        let arr = vec![z; cap as usize];
                        Ok(Value::Slice(Slice {
                            arr: Some(Backing::new(arr)),
                            off: 0,
                            len: len as usize,
                            cap: cap as usize,
                            alt_cap: cap as usize,
                        }))
                    }
                    TypeKind::Map(..) => {
                        let hint = ns.first().map(|&h| h.max(0) as usize);
                        self.new_map(t, hint, span)
                    }
                    TypeKind::Chan(..) => self.make_chan(t, ns.first().copied().unwrap_or(0), span),
                    _ => unsup!(self, span, "make of {}", self.type_name(t)),
                }
            }
            Builtin::New => {
                let t = self.ty_of(e)?;
                let TypeKind::Pointer(el) = self.ukind(t) else { unsup!(self, span, "new") };
                let arg = args.first().map(strip_paren);
                let arg_mode = arg
                    .and_then(|a| self.info.types.get(a.id.index()).and_then(|x| x.clone()))
                    .map(|tv| tv.mode);
                let z = match (arg, arg_mode) {
                    (_, Some(Mode::TypeExpr)) => self.zero(el, span)?,
                    // Go 1.26 `new(expr)`: a pointer to a fresh variable holding the value.
                    (Some(a), Some(_)) => {
                        let v = self.eval(a)?;
                        let from = self.ty_of(a)?;
                        self.convert_assign(v, from, el)
                    }
                    _ => unsup!(self, span, "new"),
                };
                self.alloc(16, span)?;
                Ok(Value::Ptr(Some(Ptr::to_cell(cell(z)))))
            }
            Builtin::Delete => {
                let (Some(m), Some(k)) = (args.first(), args.get(1)) else {
                    unsup!(self, span, "delete")
                };
                let mt = self.ty_of(m)?;
                let TypeKind::Map(kt, vt) = self.ukind(mt) else { unsup!(self, span, "delete") };
                let mv = self.eval(m)?;
                let kv = self.eval(k)?;
                let ktt = self.ty_of(k)?;
                let kv = self.convert_assign(kv, ktt, kt);
                if let Value::Map(Some(mo)) = mv {
                    let gk = self.map_key(&kv, span)?;
                    mo.borrow_mut().map.delete(&gk);
                    self.trace(&mo, "delete", &kv, kt, None, vt, span);
                }
                Ok(Value::Tuple(Vec::new()))
            }
            Builtin::Clear => {
                let Some(m) = args.first() else { unsup!(self, span, "clear") };
                match self.eval(m)? {
                    Value::Map(Some(mo)) => {
                        mo.borrow_mut().map.clear();
                        let mt = self.ty_of(m)?;
                        if let TypeKind::Map(kt, vt) = self.ukind(mt) {
                            self.trace(&mo, "clear", &Value::Tuple(Vec::new()), kt, None, vt, span);
                        }
                    }
                    Value::Map(None) => {}
                    Value::Slice(s) => {
                        let mt = self.ty_of(m)?;
                        let TypeKind::Slice(et) = self.ukind(mt) else {
                            unsup!(self, span, "clear")
                        };
                        let z = self.zero(et, span)?;
                        if let Some(a) = &s.arr {
                            let mut a = a.borrow_mut();
                            for i in s.off..s.off + s.len {
                                if let Some(x) = a.get_mut(i) {
                                    *x = z.clone();
                                }
                            }
                        }
                    }
                    _ => unsup!(self, span, "clear"),
                }
                Ok(Value::Tuple(Vec::new()))
            }
            Builtin::Copy => {
                let (Some(d), Some(s)) = (args.first(), args.get(1)) else {
                    unsup!(self, span, "copy")
                };
                let Value::Slice(dst) = self.eval(d)? else { unsup!(self, span, "copy") };
                let src = match self.eval(s)? {
                    Value::Slice(x) => x.to_vec(),
                    Value::Str(x) => x.iter().map(|&b| Value::Int(i64::from(b))).collect(),
                    _ => unsup!(self, span, "copy"),
                };
                let n = dst.len.min(src.len());
                if let Some(a) = &dst.arr {
                    let mut a = a.borrow_mut();
                    for (i, v) in src.into_iter().take(n).enumerate() {
                        if let Some(x) = a.get_mut(dst.off + i) {
                            *x = v;
                        }
                    }
                }
                Ok(Value::Int(n as i64))
            }
            Builtin::Panic => {
                let Some(a) = args.first() else { unsup!(self, span, "panic") };
                let v = self.eval(a)?;
                let t = self.ty_of(a)?;
                let any = self.ck.types.any();
                let v = self.convert_assign(v, t, any);
                Err(self.panic_with(v))
            }
            Builtin::Recover => {
                if !self.frames[self.cur].can_recover {
                    return Ok(Value::Iface(None));
                }
                match self.panicking.take() {
                    Some(p) => {
                        self.recovered.push((p.value.clone(), p.runtime.clone(), true));
                        Ok(p.value)
                    }
                    None => Ok(Value::Iface(None)),
                }
            }
            Builtin::Min | Builtin::Max => {
                let t = self.ty_of(e)?;
                let mut best: Option<Value> = None;
                for a in args {
                    let v = self.eval(a)?;
                    best = Some(match best {
                        None => v,
                        Some(cur) => {
                            let less = match (&v, &cur) {
                                (Value::Int(x), Value::Int(y)) => {
                                    if self.basic(t).is_some_and(|k| k.is_unsigned()) {
                                        (*x as u64) < (*y as u64)
                                    } else {
                                        x < y
                                    }
                                }
                                (Value::Float(x), Value::Float(y)) => {
                                    if y.is_nan() || x.is_nan() {
                                        // gc's amd64 code gives a NaN with the operands' bits
                                        // or-ed (max: of the negated operands, negated back);
                                        // float32 bits are not float64 bits.
                                        if self.basic(t) != Some(BK::Float64) {
                                            unsup!(self, span, "min/max of a float32 NaN");
                                        }
                                        let s = if b == Builtin::Min { 0 } else { 1 << 63 };
                                        let bits = (x.to_bits() ^ s) | (y.to_bits() ^ s);
                                        best = Some(Value::Float(f64::from_bits(bits ^ s)));
                                        continue;
                                    } else if *x == 0.0 && *y == 0.0 {
                                        x.is_sign_negative() && !y.is_sign_negative()
                                    } else {
                                        x < y
                                    }
                                }
                                (Value::Str(x), Value::Str(y)) => x < y,
                                _ => unsup!(self, span, "min/max"),
                            };
                            if (b == Builtin::Min) == less {
                                v
                            } else {
                                cur
                            }
                        }
                    });
                }
                match best {
                    Some(v) => Ok(v),
                    None => unsup!(self, span, "min/max"),
                }
            }
            Builtin::Print | Builtin::Println => {
                // The runtime's print: integers, strings and booleans only (floats use the
                // runtime's own decimal conversion, references print addresses).
                let mut out = Vec::new();
                for (i, a) in args.iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        out.push(b' ');
                    }
                    let t = self.ty_of(a)?;
                    let v = self.eval(a)?;
                    match (self.basic(t), v) {
                        (Some(k), Value::Int(x)) if k.is_unsigned() => {
                            let bits = match k {
                                BK::Uint8 => x as u8 as u64,
                                BK::Uint16 => x as u16 as u64,
                                BK::Uint32 => x as u32 as u64,
                                _ => x as u64,
                            };
                            out.extend_from_slice(bits.to_string().as_bytes())
                        }
                        (Some(_), Value::Int(x)) => out.extend_from_slice(x.to_string().as_bytes()),
                        (Some(_), Value::Str(st)) => out.extend_from_slice(&st),
                        (Some(BK::Float64), Value::Float(f)) => {
                            match crate::std_more::runtime_float(f) {
                                Some(t) => out.extend_from_slice(t.as_bytes()),
                                None => unsup!(self, a.span, "println of this float64"),
                            }
                        }
                        (Some(_), Value::Bool(x)) => {
                            out.extend_from_slice(if x { b"true" } else { b"false" })
                        }
                        _ => unsup!(self, a.span, "{} of a {}", b.name(), self.type_name(t)),
                    }
                }
                if b == Builtin::Println {
                    out.push(b'\n');
                }
                self.write_out(&out, true, span)?;
                Ok(Value::Tuple(Vec::new()))
            }
            Builtin::Real | Builtin::Imag => {
                let Some(a) = args.first() else { unsup!(self, span, "real") };
                match self.eval(a)? {
                    Value::Complex(re, im) => {
                        Ok(Value::Float(if b == Builtin::Real { re } else { im }))
                    }
                    _ => unsup!(self, span, "{}", b.name()),
                }
            }
            Builtin::Complex => {
                let (Some(x), Some(y)) = (args.first(), args.get(1)) else {
                    unsup!(self, span, "complex")
                };
                match (self.eval(x)?, self.eval(y)?) {
                    (Value::Float(re), Value::Float(im)) => Ok(Value::Complex(re, im)),
                    _ => unsup!(self, span, "complex"),
                }
            }
            Builtin::Close => {
                let Some(a) = args.first() else { unsup!(self, span, "close") };
                let c = self.eval(a)?;
                self.chan_close(c, span)?;
                Ok(Value::Tuple(Vec::new()))
            }
            Builtin::String | Builtin::Slice => {
                let (Some(pa), Some(na)) = (args.first(), args.get(1)) else {
                    unsup!(self, span, "unsafe.{}", b.name())
                };
                let pv = self.eval(pa)?;
                let n = self.eval_index(na)?;
                self.unsafe_run(b, pv, n, span)
            }
            Builtin::StringData => {
                let Some(a) = args.first() else { unsup!(self, span, "unsafe.StringData") };
                match self.eval(a)? {
                    // The bytes are shared in Go; strings are immutable (writing through the
                    // pointer is undefined), so a copy reads the same.
                    Value::Str(st) if !st.is_empty() => {
                        let bytes = st.iter().map(|&c| Value::Int(i64::from(c))).collect();
                        Ok(Value::Ptr(Some(Backing::new(bytes).elem_ptr(0))))
                    }
                    _ => unsup!(self, span, "unsafe.StringData of an empty string (unspecified)"),
                }
            }
            Builtin::SliceData => {
                let Some(a) = args.first() else { unsup!(self, span, "unsafe.SliceData") };
                match self.eval(a)? {
                    Value::Slice(Slice { arr: None, .. }) => Ok(Value::Ptr(None)),
                    Value::Slice(Slice { arr: Some(arr), off, cap, alt_cap, .. })
                        if cap > 0 && alt_cap > 0 =>
                    {
                        Ok(Value::Ptr(Some(arr.elem_ptr(off))))
                    }
                    _ => unsup!(self, span, "unsafe.SliceData of an empty slice (unspecified)"),
                }
            }
            _ => unsup!(self, span, "builtin {}", b.name()),
        }
    }

    /// `unsafe.String(p, n)` / `unsafe.Slice(p, n)`: the `n` elements from `*p` on, shared
    /// with the array holding them (strings copy: they are immutable). The runtime's checks
    /// panic; memory past the array holding `*p` is refused.
    fn unsafe_run(&mut self, b: Builtin, p: Value, n: i64, span: Span) -> R<Value> {
        let name = if b == Builtin::String { "unsafe.String" } else { "unsafe.Slice" };
        if n < 0 {
            let msg = format!("runtime error: {name}: len out of range");
            return Err(self.runtime_error_panic(msg.as_bytes()));
        }
        let p = match p {
            Value::Ptr(Some(p)) => p,
            _ if n == 0 => {
                return Ok(if b == Builtin::String {
                    Value::Str(Rc::from(&b""[..]))
                } else {
                    Value::Slice(Slice::nil())
                })
            }
            _ => {
                let msg = format!("runtime error: {name}: ptr is nil and len is not zero");
                return Err(self.runtime_error_panic(msg.as_bytes()));
            }
        };
        let n = n as usize;
        let Some((arr, off)) = p.run(n) else {
            unsup!(self, span, "{name} beyond the array holding the pointer's target")
        };
        if b == Builtin::Slice {
            return Ok(Value::Slice(Slice { arr: Some(arr), off, len: n, cap: n, alt_cap: n }));
        }
        let bytes: Vec<u8> = arr.borrow()[off..off + n]
            .iter()
            .map(|v| if let Value::Int(i) = v { *i as u8 } else { 0 })
            .collect();
        Ok(Value::Str(Rc::from(bytes)))
    }

    /// The escape verdict of the `append` whose `(` lies in `lo..hi`, if it may be trusted
    /// here (see [`crate::Options::append_sites`]): `Some(true)` heap, `Some(false)` stack.
    fn append_verdict(&self, lo: u32, hi: u32) -> Option<bool> {
        let i = self.append_sites.partition_point(|&(o, _)| o < lo);
        let &(o, esc) = self.append_sites.get(i)?;
        if o >= hi {
            return None;
        }
        // `-l` results ignore inlining: code outside main/init/package initializers may be
        // inlined into a caller where the append no longer escapes.
        if esc && self.cur > 1 {
            return None;
        }
        Some(esc)
    }

    /// How a growing append of site `call` allocates (see `appendplan`), or `None` when the
    /// escape verdict is unknown. `len`: the slice's length before the append.
    #[allow(clippy::too_many_arguments)]
    fn append_alloc(
        &mut self,
        call: NodeId,
        paren: (u32, u32),
        spread: bool,
        len: usize,
        new_len: usize,
        layout: ElemLayout,
        span: Span,
    ) -> R<Option<Alloc>> {
        use appendplan::Pass;
        let k = stack_buffer_len(layout);
        let site = self.plan.sites.get(&call).cloned();
        let pass = match (&site, k) {
            (Some(st), Some(_)) => st.pass.clone(),
            _ => Pass::No,
        };
        let stack = match pass {
            Pass::Unknown(at) => {
                let at = self.lines.line_col(at.start as usize);
                unsup!(
                    self,
                    span,
                    "append to a slice that gc may move off a stack buffer: it is passed to the call at {at} (whether gc inlines it or its parameter leaks decides)"
                )
            }
            // `append(s, xs...)` is rewritten before gc's stack buffers: heap growth.
            _ if spread => return Ok(Some(Alloc::Heap)),
            Pass::Yes { use_buf: true } => return Ok(Some(Alloc::BufferLadder)),
            Pass::Yes { use_buf: false } => true,
            Pass::No => match self.append_verdict(paren.0, paren.1) {
                Some(esc) => !esc,
                None => return Ok(None),
            },
        };
        if !stack || spread {
            return Ok(Some(Alloc::Heap));
        }
        let (Some(site), Some(k)) = (site, k) else { return Ok(Some(Alloc::Heap)) };
        // The buffer's code exists at the first non-escaping site of the slice operand only,
        // and runs when the slice is empty and the new length fits.
        if site.in_memory || len != 0 || new_len as u64 > k {
            return Ok(Some(Alloc::Heap));
        }
        let mut unsure = site.memory_unknown;
        for (id, p) in &site.earlier {
            let earlier_stack = match self.plan.sites.get(id).map(|s| &s.pass) {
                Some(Pass::Yes { .. }) => Some(true),
                _ => self.append_verdict(p.0, p.1).map(|esc| !esc),
            };
            match earlier_stack {
                Some(true) => return Ok(Some(Alloc::Heap)),
                Some(false) => {}
                None => unsure = true,
            }
        }
        if unsure {
            unsup!(self, span, "append whose stack buffer depends on gc's code layout (an earlier append of the same slice, or a write-back gc may keep in memory)");
        }
        // The `used` flag lives in the frame gc compiles this code into: this one, or a caller
        // it is inlined into (the calls in between inlined too). Every possibility must agree.
        let mut worlds = Vec::new();
        let mut chain: Vec<u32> = Vec::new();
        let mut f = self.cur;
        while let Some(fr) = self.frames.get(f) {
            let used = fr.used.contains(&(chain.clone(), site.key));
            worlds.push((f, chain.clone(), used));
            match fr.paren {
                Some(p) if f > 1 => {
                    chain.insert(0, p);
                    f -= 1;
                }
                _ => break,
            }
        }
        // With the inlined calls known, the outermost frame reached is the one.
        if self.inlined.is_some() {
            worlds.drain(..worlds.len().saturating_sub(1));
        }
        let take = !worlds.iter().any(|w| w.2);
        if worlds.iter().any(|w| w.2 == take) {
            unsup!(self, span, "append whose stack buffer depends on inlining (the buffer of this slice was taken in one candidate frame)");
        }
        if !take {
            return Ok(Some(Alloc::Heap));
        }
        for (f, chain, _) in worlds {
            if let Some(fr) = self.frames.get_mut(f) {
                fr.used.insert((chain, site.key));
            }
        }
        Ok(Some(Alloc::Buffer(k)))
    }

    /// The capacity after growing a slice of capacity `cap` to `new_len` elements.
    fn alloc_cap(&self, a: Alloc, cap: usize, new_len: usize, layout: ElemLayout) -> Option<u64> {
        let (cap, new_len) = (cap as u64, new_len as u64);
        match a {
            Alloc::Heap => grow_cap(cap, new_len, layout).ok(),
            Alloc::Buffer(k) => Some(k),
            Alloc::BufferLadder => {
                let k = stack_buffer_len(layout).unwrap_or(0);
                grow_in_buffer(cap, new_len, layout, k).ok()
            }
        }
    }

    /// gc's `move2heap` of the slice variable with identifier node `ident` (the slice pass):
    /// a slice in this frame's stack buffer is copied to the heap with the size class of its
    /// length as capacity.
    /// The capacity gc gives `[]byte(s)` / `[]rune(s)` (`width` 1 / 4) of `n` elements, when
    /// known: a constant string is copied to an array of its length (walk's
    /// `walkStringToBytes`); otherwise the runtime's `stringtoslicebyte`/`stringtoslicerune`
    /// use the 32-element stack buffer of a non-escaping conversion when `n` fits, else an
    /// allocation of the size class.
    fn string_conv_cap(&self, n: usize, width: u64) -> Option<usize> {
        use crate::ConvVerdict as C;
        let (lo, hi, constant) = self.conv_site?;
        if constant && width == 1 {
            return Some(n);
        }
        // gc reports a conversion at its operand's position: the one verdict in the operand
        // (several: nested conversions, refused), and a zero-copy note at the same place.
        let list = self.conversions.as_ref()?;
        let i = list.partition_point(|x| x.0 < lo);
        let inside: Vec<(u32, C)> = list[i..].iter().take_while(|x| x.0 < hi).copied().collect();
        let verdicts: Vec<&(u32, C)> = inside.iter().filter(|x| x.1 != C::ZeroCopy).collect();
        let [&(at, v)] = verdicts[..] else { return None };
        let zero_copy = inside.iter().any(|x| x.1 == C::ZeroCopy && x.0 == at);
        match v {
            _ if zero_copy && width == 1 => Some(n),
            C::Local if n <= 32 => Some(32),
            // `-l` verdicts: inlining may keep the result local in a caller.
            C::Escapes if self.cur > 1 => None,
            _ => Some((crate::growslice::roundup_size(n as u64 * width, true) / width) as usize),
        }
    }

    /// The slice pass's moves that start at node `at` (see `appendplan::Plan::moves`).
    fn moves_at(&mut self, at: NodeId, span: Span) -> R<()> {
        let Some(idents) = self.plan.moves.get(&at).cloned() else { return Ok(()) };
        for i in idents {
            self.move_to_heap(i, span)?;
        }
        Ok(())
    }

    fn move_to_heap(&mut self, ident: NodeId, span: Span) -> R<()> {
        let slot = self.res.ident_slot.get(ident.index()).copied().unwrap_or(NO_SLOT);
        let obj = self.info.defs.get(ident.index()).copied().flatten();
        let obj = obj.or_else(|| self.info.uses.get(ident.index()).copied().flatten());
        let (Some(c), Some(t)) = (
            (slot != NO_SLOT).then(|| self.slot(slot)).flatten(),
            obj.and_then(|o| self.ck.obj(o).ty),
        ) else {
            unsup!(self, span, "moving a slice to the heap")
        };
        let Value::Slice(sl) = c.borrow().clone() else { return Ok(()) };
        let Some(Backing::Heap(arr)) = &sl.arr else { return Ok(()) };
        let mine = |f: &Frame| f.stack_bufs.iter().any(|b| Rc::ptr_eq(b, arr));
        if !self.frames.get(self.cur).is_some_and(mine) {
            if self.frames.iter().any(mine) {
                unsup!(self, span, "moving a slice in another frame's stack buffer to the heap");
            }
            return Ok(());
        }
        if sl.cap != sl.alt_cap {
            unsup!(self, span, "moving a slice whose capacity depends on escape analysis");
        }
        let t = self.subst(t);
        let TypeKind::Slice(et) = self.ukind(t) else {
            unsup!(self, span, "moving a slice to the heap")
        };
        let layout = self.elem_layout(et);
        let cap = moved_cap(sl.len as u64, layout) as usize;
        let z = self.zero(et, span)?;
        let mut v = sl.to_vec();
        v.resize(cap, z);
        let moved = Slice { arr: Some(Backing::new(v)), off: 0, len: sl.len, cap, alt_cap: cap };
        *c.borrow_mut() = Value::Slice(moved);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub fn append(
        &mut self,
        s: Slice,
        add: Vec<Value>,
        et: TypeId,
        call: (NodeId, Span),
        paren: (u32, u32),
        spread: bool,
        self_assign: bool,
    ) -> R<Slice> {
        let (call, span) = call;
        if add.is_empty() {
            return Ok(s);
        }
        let new_len = s.len + add.len();
        let fits = new_len <= s.cap;
        let fits_alt = new_len <= s.alt_cap;
        if fits != fits_alt && self_assign {
            if let Some(r) = self.append_either_world(&s, &add, et, (call, span), paren, spread)? {
                return Ok(r);
            }
        }
        if fits != fits_alt {
            unsup!(
                self,
                span,
                "append whose result depends on escape analysis (stack buffer or heap)"
            );
        }
        if fits {
            let Some(arr) = &s.arr else { unsup!(self, span, "append") };
            {
                let mut a = arr.borrow_mut();
                for (i, v) in add.into_iter().enumerate() {
                    if let Some(x) = a.get_mut(s.off + s.len + i) {
                        *x = v;
                    }
                }
            }
            return Ok(Slice { len: new_len, ..s });
        }
        let layout = self.elem_layout(et);
        let Ok(heap_cap) = grow_cap(s.cap as u64, new_len as u64, layout) else {
            unsup!(self, span, "growslice: len out of range");
        };
        // `append(s, xs...)` never takes the stack buffer (grow_many: a non-escaping
        // `append([]byte(nil), "hello, world"...)` has capacity 16).
        let alloc = self.append_alloc(call, paren, spread, s.len, new_len, layout, span)?;
        let (cap, alt) = match alloc {
            Some(a) => {
                let x = self.alloc_cap(a, s.cap, new_len, layout);
                let y = self.alloc_cap(a, s.alt_cap, new_len, layout);
                match (x, y) {
                    (Some(x), Some(y)) => (x, y),
                    _ => unsup!(self, span, "growslice: len out of range"),
                }
            }
            // The compiler gives a non-escaping slice's first append a 32-byte stack buffer;
            // without escape results both outcomes are tracked and any observation that differs
            // is refused.
            None => {
                let alt = match stack_buffer_len(layout) {
                    Some(k) if s.len == 0 && s.alt_cap == 0 && new_len as u64 <= k => k,
                    _ => match grow_cap(s.alt_cap as u64, new_len as u64, layout) {
                        Ok(c) => c,
                        Err(_) => heap_cap,
                    },
                };
                (heap_cap, alt)
            }
        };
        if cap > 1 << 26 {
            unsup!(self, span, "slice of {cap} elements");
        }
        self.alloc(cap * layout.size.max(1), span)?;
        let mut v = s.to_vec();
        v.extend(add);
        let z = self.zero(et, span)?;
        v.resize(cap as usize, z);
        let arr = Rc::new(RefCell::new(v));
        let in_buffer = match alloc {
            Some(Alloc::Buffer(_)) => true,
            Some(Alloc::BufferLadder) => {
                stack_buffer_len(layout).is_some_and(|k| new_len as u64 <= k)
            }
            _ => false,
        };
        if in_buffer {
            if let Some(f) = self.frames.get_mut(self.cur) {
                f.stack_bufs.push(arr.clone());
            }
        }
        Ok(Slice {
            arr: Some(Backing::Heap(arr)),
            off: 0,
            len: new_len,
            cap: cap as usize,
            alt_cap: alt as usize,
        })
    }

    /// `x = append(x, …)` where the append fits in place in one world (stack buffer or heap)
    /// and grows in the other. When nothing but `x` refers to the backing array, the old slice
    /// becomes unreachable and the two worlds differ only in capacity (tracked as `cap` and
    /// `alt_cap`) and in what lies past the length; the result is a fresh array holding the
    /// in-place world's tail. `None` when that reasoning does not apply.
    fn append_either_world(
        &mut self,
        s: &Slice,
        add: &[Value],
        et: TypeId,
        call: (NodeId, Span),
        paren: (u32, u32),
        spread: bool,
    ) -> R<Option<Slice>> {
        let (call, span) = call;
        let Some(Backing::Heap(arr)) = &s.arr else { return Ok(None) };
        // The variable being assigned and `s` itself.
        if Rc::strong_count(arr) != 2 || s.len == 0 {
            return Ok(None);
        }
        let new_len = s.len + add.len();
        let layout = self.elem_layout(et);
        let alloc = self.append_alloc(call, paren, spread, s.len, new_len, layout, span)?;
        if matches!(alloc, Some(Alloc::BufferLadder)) {
            return Ok(None);
        }
        let grow = |it: &Self, c: usize, stack_world: bool| -> Option<u64> {
            match alloc {
                Some(a) => it.alloc_cap(a, c, new_len, layout),
                None if stack_world => match stack_buffer_len(layout) {
                    Some(k) if s.len == 0 && c == 0 && new_len as u64 <= k => Some(k),
                    _ => grow_cap(c as u64, new_len as u64, layout).ok(),
                },
                None => grow_cap(c as u64, new_len as u64, layout).ok(),
            }
        };
        let (cap, alt, in_place_cap) = if new_len <= s.cap {
            let Some(a) = grow(self, s.alt_cap, true) else { return Ok(None) };
            (s.cap as u64, a, s.cap)
        } else {
            let Some(c) = grow(self, s.cap, false) else { return Ok(None) };
            (c, s.alt_cap as u64, s.alt_cap)
        };
        if cap.max(alt) > 1 << 26 {
            unsup!(self, span, "slice of {} elements", cap.max(alt));
        }
        let z = self.zero(et, span)?;
        let mut v = s.to_vec();
        v.extend(add.iter().cloned());
        let mut tail_zero = true;
        {
            let b = arr.borrow();
            for i in new_len..in_place_cap {
                match b.get(s.off + i) {
                    Some(x) => {
                        tail_zero &= is_zero(x);
                        v.push(x.clone());
                    }
                    None => v.push(z.clone()),
                }
            }
        }
        // With equal capacities the tail would be observable through reslicing.
        if cap == alt && !tail_zero {
            return Ok(None);
        }
        let n = cap.max(alt);
        self.alloc(n * layout.size.max(1), span)?;
        v.resize(n as usize, z);
        Ok(Some(Slice {
            arr: Some(Backing::new(v)),
            off: 0,
            len: new_len,
            cap: cap as usize,
            alt_cap: alt as usize,
        }))
    }

    fn convert(&mut self, v: Value, from: TypeId, to: TypeId, span: Span) -> R<Value> {
        if self.is_iface(to) {
            return Ok(self.convert_assign(v, from, to));
        }
        let fk = self.ukind(from);
        let tk = self.ukind(to);
        Ok(match (fk, tk, v) {
            (TypeKind::Basic(f), TypeKind::Basic(t), v) => {
                let f = f.canonical();
                let t = t.canonical();
                match v {
                    Value::Int(i) if t.is_integer() => Value::Int(wrap(i, t)),
                    Value::Int(i) if t.is_float() => {
                        let x = if f.is_unsigned() { i as u64 as f64 } else { i as f64 };
                        Value::Float(if t == BK::Float32 { f64::from(x as f32) } else { x })
                    }
                    Value::Int(i) if t == BK::String => {
                        let c = if f.is_unsigned() && i < 0 {
                            None
                        } else {
                            u32::try_from(i).ok().and_then(char::from_u32)
                        };
                        let c = c.unwrap_or('\u{FFFD}');
                        Value::Str(Rc::from(c.to_string().as_bytes()))
                    }
                    // Out-of-range values as amd64's conversion instructions give them.
                    Value::Float(x) if t.is_integer() => {
                        Value::Int(crate::floatconv::float_to_int(x, t))
                    }
                    Value::Float(x) if t.is_float() => {
                        Value::Float(if t == BK::Float32 { f64::from(x as f32) } else { x })
                    }
                    Value::Complex(a, b) if t.is_complex() => {
                        if t == BK::Complex64 {
                            Value::Complex(f64::from(a as f32), f64::from(b as f32))
                        } else {
                            Value::Complex(a, b)
                        }
                    }
                    Value::Str(s) if t == BK::String => Value::Str(s),
                    v @ Value::Bool(_) => v,
                    _ => unsup!(self, span, "conversion"),
                }
            }
            // `[]byte(nil)`, `map[K]V(nil)`, `(*T)(nil)`: the zero value of the target.
            (TypeKind::Basic(BK::UntypedNil), _, _) => self.zero(to, span)?,
            (TypeKind::Basic(_), TypeKind::Slice(et), Value::Str(s)) => {
                self.alloc(s.len() as u64 * 4, span)?;
                let elems: Vec<Value> = match self.basic(et) {
                    Some(BK::Uint8) => s.iter().map(|&b| Value::Int(i64::from(b))).collect(),
                    Some(BK::Int32) => decode_runes(&s)
                        .into_iter()
                        .map(|(r, _)| Value::Int(i64::from(r)))
                        .collect(),
                    _ => unsup!(self, span, "conversion"),
                };
                let width = if self.basic(et) == Some(BK::Uint8) { 1 } else { 4 };
                match self.string_conv_cap(elems.len(), width) {
                    Some(cap) => {
                        let mut v = elems;
                        let n = v.len();
                        v.resize(cap.max(n), Value::Int(0));
                        Value::Slice(Slice {
                            arr: Some(Backing::new(v)),
                            off: 0,
                            len: n,
                            cap: cap.max(n),
                            alt_cap: cap.max(n),
                        })
                    }
                    None => unsup_if_cap_uncertain(Slice::from_vec(elems)),
                }
            }
            (TypeKind::Slice(et), TypeKind::Basic(_), Value::Slice(s)) => {
                let items = s.to_vec();
                match self.basic(et) {
                    Some(BK::Uint8) => Value::Str(Rc::from(
                        items
                            .iter()
                            .map(|v| if let Value::Int(i) = v { *i as u8 } else { 0 })
                            .collect::<Vec<u8>>(),
                    )),
                    Some(BK::Int32) => {
                        let mut out = String::new();
                        for v in items {
                            if let Value::Int(i) = v {
                                out.push(
                                    u32::try_from(i)
                                        .ok()
                                        .and_then(char::from_u32)
                                        .unwrap_or('\u{FFFD}'),
                                );
                            }
                        }
                        Value::Str(Rc::from(out.as_bytes()))
                    }
                    _ => unsup!(self, span, "conversion"),
                }
            }
            (TypeKind::Basic(_), TypeKind::Slice(_), _) => unsup!(self, span, "conversion"),
            (_, TypeKind::Array(n, _), Value::Slice(sl)) => {
                // A copy of the first n elements; a shorter slice panics.
                let n = n as i64;
                if (sl.len as i64) < n {
                    return Err(self.panic_rt(RuntimeError::Bounds {
                        kind: BoundsKind::Convert,
                        x: n,
                        y: sl.len as i64,
                    }));
                }
                let mut items = sl.to_vec();
                items.truncate(n as usize);
                Value::Array(items)
            }
            (TypeKind::Slice(_), TypeKind::Pointer(at), Value::Slice(sl)) => {
                // `(*[N]T)(s)`: the first N elements of s's array; a nil slice gives a nil
                // pointer, a shorter one panics.
                let TypeKind::Array(n, _) = self.ukind(at) else {
                    unsup!(self, span, "conversion")
                };
                if (sl.len as u64) < n {
                    return Err(self.panic_rt(RuntimeError::Bounds {
                        kind: BoundsKind::Convert,
                        x: n as i64,
                        y: sl.len as i64,
                    }));
                }
                match sl.arr {
                    None => Value::Ptr(None),
                    // All of an array variable: the pointer to it (`(*[3]int)(arr[:]) == &arr`).
                    Some(Backing::Array(p))
                        if sl.off == 0
                            && matches!(p.load(), Some(Value::Array(a)) if a.len() as u64 == n) =>
                    {
                        Value::Ptr(Some((*p).clone()))
                    }
                    Some(a) => Value::Ptr(Some(Ptr {
                        base: PtrBase::Window(a, sl.off, n as usize),
                        path: Vec::new(),
                    })),
                }
            }
            (_, _, v) => v,
        })
    }
}

/// Runes of a string's UTF-8 with their byte widths (invalid bytes decode to U+FFFD, width 1).
pub fn decode_runes(s: &[u8]) -> Vec<(u32, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let max = rest.len().min(4);
        let mut got = None;
        for w in 1..=max {
            if let Ok(t) = std::str::from_utf8(&rest[..w]) {
                if let Some(c) = t.chars().next() {
                    got = Some((c as u32, w));
                }
                break;
            }
        }
        let (r, w) = got.unwrap_or((0xFFFD, 1));
        out.push((r, w));
        i += w;
    }
    out
}

/// What a pointer designates: the address of the `Rc` at its root and the path of element
/// and field indexes from there (arrays viewed by slices and windows resolved to their root).
fn ptr_identity(p: &Ptr) -> (usize, Vec<u64>) {
    fn backing(b: &Backing, out: &mut Vec<u64>) -> usize {
        match b {
            Backing::Heap(a) => Rc::as_ptr(a) as *const u8 as usize,
            Backing::Array(p) => {
                let (root, path) = ptr_identity(p);
                out.extend(path);
                root
            }
        }
    }
    let mut path = Vec::new();
    let root = match &p.base {
        PtrBase::Cell(c) => Rc::as_ptr(c) as *const u8 as usize,
        PtrBase::Elem(b, i) => {
            let r = backing(b, &mut path);
            path.push(*i as u64);
            r
        }
        // A window is told apart from its first element by a marker above any index.
        PtrBase::Window(b, off, n) => {
            let r = backing(b, &mut path);
            path.extend([*off as u64, u64::MAX, *n as u64]);
            r
        }
    };
    path.extend(p.path.iter().map(|&i| u64::from(i)));
    (root, path)
}

/// The state behind a `sync.Map` (a simulated `map[any]any`) or a `sync.Pool` (its private
/// item and shared stack, as on the one P the scheduler has); `keep` holds the variable so its
/// identity is not reused.
pub struct SyncObj {
    pub keep: Ptr,
    pub map: Option<Rc<RefCell<MapObj>>>,
    pub private: Option<Value>,
    pub shared: Vec<Value>,
}

/// How a growing append allocates its new array.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Alloc {
    Heap,
    /// The whole stack buffer of this many elements.
    Buffer(u64),
    /// gc's growsliceBuf: the stack buffer, one size class at a time, then the heap.
    BufferLadder,
}

/// A slice from a string conversion: its capacity is a stack buffer's or a size class's
/// depending on escape analysis, so it is marked as uncertain.
fn unsup_if_cap_uncertain(s: Slice) -> Value {
    Value::Slice(Slice { alt_cap: s.cap + 1, ..s })
}

pub fn tuple_or_single(mut r: Vec<Value>) -> Value {
    if r.len() == 1 {
        r.pop().unwrap_or(Value::Tuple(Vec::new()))
    } else {
        Value::Tuple(r)
    }
}

impl Interp<'_> {
    pub fn new_map(&mut self, t: TypeId, hint: Option<usize>, span: Span) -> R<Value> {
        self.map_count += 1;
        let seed = self.rng.next_u64();
        self.alloc(48 + hint.unwrap_or(0) as u64 * 16, span)?;
        // Struct and array keys, and scalar keys narrower than 8 bytes (bool, 8/16/32-bit
        // integers, float32): the key type's amd64 layout and the hash function the compiler
        // uses for it. 8-byte integers, float64 and string keep the scalar path, which hashes
        // them as the runtime does.
        let desc = match self.ukind(t) {
            TypeKind::Map(k, _)
                if matches!(
                    self.ukind(k),
                    TypeKind::Struct(_)
                        | TypeKind::Array(..)
                        | TypeKind::Basic(
                            BK::Bool
                                | BK::Int8
                                | BK::Int16
                                | BK::Int32
                                | BK::Uint8
                                | BK::Uint16
                                | BK::Uint32
                                | BK::Rune
                                | BK::Byte
                                | BK::Float32
                        )
                ) =>
            {
                let shape = match self.key_shape(k, 0) {
                    Ok(s) => s,
                    Err(why) => unsup!(self, span, "map key type {}: {why}", self.type_name(k)),
                };
                let mut d = escapade_maps::key::KeyDesc::new(shape, self.opts.go);
                // Pointer and channel fields are hashed as 8 bytes of memory but make the
                // bucket type pointer-holding.
                d.pointers |= !self.ck.pointer_free(k);
                if d.size > escapade_maps::MAX_INLINE {
                    unsup!(
                        self,
                        span,
                        "map key type {} of {} bytes (keys over 128 bytes are stored indirectly; not modelled)",
                        self.type_name(k),
                        d.size
                    );
                }
                Some(d)
            }
            _ => None,
        };
        let m = match GoMap::with_key_desc(
            self.opts.imp,
            self.opts.go,
            hint,
            self.hash.clone(),
            seed,
            desc,
        ) {
            Ok(m) => m,
            Err(msg) => return Err(Ctrl::Stop(msg)),
        };
        let mut m = m;
        m.set_recording(self.opts.record_events);
        let _ = t;
        let instance = self.map_count;
        Ok(Value::Map(Some(Rc::new(RefCell::new(MapObj { map: m, site: span, instance })))))
    }

    /// The amd64 shape of a struct/array map key type: integers, bools, strings, floats and
    /// structs/arrays of them (the types whose generated hash functions are modelled).
    fn key_shape(&mut self, t: TypeId, d: u32) -> Result<escapade_maps::key::KeyShape, String> {
        use escapade_maps::key::KeyShape as S;
        if d > 32 {
            return Err("nested too deeply".into());
        }
        Ok(match self.ukind(t) {
            TypeKind::Basic(b) => match b {
                BK::Bool => S::Bool,
                BK::Int | BK::Uint | BK::Uintptr | BK::Int64 | BK::Uint64 => S::Int(8),
                BK::Int32 | BK::Uint32 | BK::Rune => S::Int(4),
                BK::Int16 | BK::Uint16 => S::Int(2),
                BK::Int8 | BK::Uint8 | BK::Byte => S::Int(1),
                BK::Float32 => S::F32,
                BK::Float64 => S::F64,
                BK::String => S::Str,
                // Addresses: 8 bytes of memory (synthetic, see `ref_addr`).
                BK::UnsafePointer => S::Int(8),
                _ => return Err(format!("{} fields are not modelled", self.type_name(t))),
            },
            TypeKind::Pointer(_) | TypeKind::Chan(..) => S::Int(8),
            TypeKind::Struct(fs) => {
                if fs.is_empty() {
                    return Err("zero-size types are not modelled".into());
                }
                let mut out = Vec::new();
                for f in fs {
                    if f.name == "_" {
                        return Err("blank fields are not modelled".into());
                    }
                    out.push(self.key_shape(f.ty, d + 1)?);
                }
                S::Struct(out)
            }
            TypeKind::Array(n, e) => {
                if n == 0 {
                    return Err("zero-size types are not modelled".into());
                }
                S::Array(Box::new(self.key_shape(e, d + 1)?), n)
            }
            _ => return Err(format!("{} elements are not modelled", self.type_name(t))),
        })
    }

    pub fn map_key(&mut self, k: &Value, span: Span) -> R<GoValue> {
        self.map_key_depth(k, span, 0)
    }

    fn map_key_depth(&mut self, k: &Value, span: Span, d: u32) -> R<GoValue> {
        if d > 32 {
            unsup!(self, span, "deeply nested map key");
        }
        Ok(match k {
            Value::Bool(b) => GoValue::Bool(*b),
            Value::Int(i) => GoValue::Int(*i),
            Value::Float(f) => GoValue::Float(*f),
            Value::Complex(a, b) => GoValue::Tuple(vec![GoValue::Float(*a), GoValue::Float(*b)]),
            Value::Str(s) => match std::str::from_utf8(s) {
                Ok(s) => GoValue::Str(s.to_string()),
                Err(_) => unsup!(self, span, "map key that is not valid UTF-8"),
            },
            Value::Array(v) | Value::Struct(v) => {
                let mut out = Vec::new();
                for x in v {
                    out.push(self.map_key_depth(x, span, d + 1)?);
                }
                GoValue::Tuple(out)
            }
            // The runtime hashes the address (unknowable here): a synthetic one, stable for
            // the referent's life, stands in (so the simulated placement is one possible run).
            Value::Ptr(_) | Value::Chan(_) => GoValue::Int(self.ref_addr(k)),
            Value::Iface(None) => GoValue::Tuple(Vec::new()),
            Value::Iface(Some(p)) => {
                let Dyn::Go(t) = p.0 else { unsup!(self, span, "error values as map keys") };
                if !self.ck.comparable(t) {
                    let msg =
                        format!("runtime error: hash of unhashable type {}", self.type_name(t));
                    return Err(self.runtime_error_panic(msg.as_bytes()));
                }
                let name = self.type_name(t);
                GoValue::Tuple(vec![GoValue::Str(name), self.map_key_depth(&p.1, span, d + 1)?])
            }
            _ => unsup!(self, span, "map key of this type"),
        })
    }

    /// The `sync.Map`/`sync.Pool` state of the variable `p` points to (created empty).
    pub fn sync_obj(&mut self, p: &Ptr) -> &mut SyncObj {
        self.sync_objs.entry(ptr_identity(p)).or_insert_with(|| SyncObj {
            keep: p.clone(),
            map: None,
            private: None,
            shared: Vec::new(),
        })
    }

    /// The simulated map of the `sync.Map` `p` points to.
    pub fn sync_map(&mut self, p: &Ptr, span: Span) -> R<Rc<RefCell<MapObj>>> {
        if let Some(m) = &self.sync_obj(p).map {
            return Ok(m.clone());
        }
        let any = self.ck.types.any();
        let t = self.ck.types.map(any, any);
        let Value::Map(Some(m)) = self.new_map(t, None, span)? else {
            unsup!(self, span, "sync.Map")
        };
        self.sync_obj(p).map = Some(m.clone());
        Ok(m)
    }

    /// A synthetic heap address for a pointer or channel (0 for nil): equal for the same
    /// referent, distinct otherwise, 16 bytes apart in order of first use. The referent is
    /// kept alive by the table so its allocation's address is never reused for another.
    fn ref_addr(&mut self, v: &Value) -> i64 {
        let key = match v {
            Value::Ptr(Some(p)) => ptr_identity(p),
            Value::Chan(Some(c)) => (Rc::as_ptr(c) as *const u8 as usize, Vec::new()),
            _ => return 0,
        };
        let next = 0x00c0_0001_0000 + 16 * self.addrs.len() as u64;
        self.addrs.entry(key).or_insert_with(|| (next, v.clone())).0 as i64
    }

    pub fn map_put(&mut self, m: &Rc<RefCell<MapObj>>, k: Value, v: Value, span: Span) -> R<()> {
        let gk = self.map_key(&k, span)?;
        self.alloc(16, span)?;
        m.borrow_mut().map.put(gk, (k.clone(), v.clone()));
        if self.opts.trace {
            self.trace_raw(m, "put", fmt_key(&k), fmt_key(&v), span);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn trace(
        &mut self,
        m: &Rc<RefCell<MapObj>>,
        op: &'static str,
        k: &Value,
        _kt: TypeId,
        v: Option<&Value>,
        _vt: TypeId,
        span: Span,
    ) {
        if self.opts.trace {
            let vt = v.map(fmt_key).unwrap_or_default();
            let kt = if op == "clear" { String::new() } else { fmt_key(k) };
            self.trace_raw(m, op, kt, vt, span);
        }
    }

    fn trace_raw(
        &mut self,
        m: &Rc<RefCell<MapObj>>,
        op: &'static str,
        key: String,
        value: String,
        span: Span,
    ) {
        let mut mo = m.borrow_mut();
        let events = if self.opts.record_events {
            mo.map.take_events().iter().map(|e| e.to_string()).collect()
        } else {
            Vec::new()
        };
        self.out.map_ops.push(MapOp {
            site: mo.site,
            instance: mo.instance,
            op,
            key,
            value,
            span,
            events,
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn exec_range(
        &mut self,
        s: &Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &Block,
        label: Option<&str>,
    ) -> R<Flow> {
        let items = match self.range_src(x)? {
            Ok(items) => items,
            Err(f) => return self.range_func(key, value, define, x, f, body, label),
        };
        let mut i: i64 = 0;
        let mut str_off = 0usize;
        let runes = match &items {
            RangeSrc::Str(st) => decode_runes(st),
            _ => Vec::new(),
        };
        let mut map_it = None;
        loop {
            self.step(s.span)?;
            let (k, v): (Value, Option<Value>) = match &items {
                RangeSrc::Int(_) | RangeSrc::Slice(_) | RangeSrc::Array(_) => {
                    match items.indexed(i, value.is_some()) {
                        Some(kv) => kv,
                        None => break,
                    }
                }
                RangeSrc::Str(_) => {
                    let Some(&(r, w)) = runes.get(i as usize) else { break };
                    let kv = Value::Int(str_off as i64);
                    str_off += w;
                    (kv, Some(Value::Int(i64::from(r))))
                }
                RangeSrc::Map(None) => break,
                RangeSrc::Chan(c) => {
                    let (v, ok) = self.chan_recv(c.clone(), x.span)?;
                    if !ok {
                        break;
                    }
                    (v, None)
                }
                RangeSrc::Map(Some(m)) => {
                    let it = map_it.get_or_insert_with(|| m.borrow_mut().map.iter_init());
                    let next = m.borrow_mut().map.iter_next(it);
                    match next {
                        Some((_, (k, v))) => {
                            if self.opts.trace {
                                self.trace_raw(m, "next", fmt_key(&k), fmt_key(&v), x.span);
                            }
                            (k, Some(v))
                        }
                        None => break,
                    }
                }
            };
            i += 1;
            self.range_bind(key, value, define, k, v)?;
            match gotask::loop_flow(self.exec_block(&body.stmts)?, label) {
                gotask::LoopNext::Next => {}
                gotask::LoopNext::Break => break,
                gotask::LoopNext::Exit(f) => {
                    if let (RangeSrc::Map(Some(m)), Some(it)) = (&items, map_it.as_mut()) {
                        m.borrow_mut().map.iter_close(it);
                    }
                    return Ok(f);
                }
            }
        }
        if let (RangeSrc::Map(Some(m)), Some(it)) = (&items, map_it.as_mut()) {
            m.borrow_mut().map.iter_close(it);
        }
        Ok(Flow::Normal)
    }
}

#[derive(Clone)]
enum RangeSrc {
    Int(i64),
    Str(Rc<[u8]>),
    Slice(Slice),
    Array(Vec<Value>),
    Map(Option<Rc<RefCell<MapObj>>>),
    Chan(Value),
}

/// A short text of a map key or value for the trace (scalars exactly, composites abridged).
pub fn fmt_key(v: &Value) -> String {
    match v {
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => {
            crate::fmtfloat::format_float(*f, b'g', -1, crate::fmtfloat::FloatBits::F64)
                .unwrap_or_default()
        }
        Value::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
        Value::Iface(Some(p)) => fmt_key(&p.1),
        Value::Iface(None) => "nil".into(),
        Value::Struct(f) | Value::Array(f) => {
            let parts: Vec<String> = f.iter().map(fmt_key).collect();
            format!("{{{}}}", parts.join(" "))
        }
        Value::Slice(s) => format!("[len {}]", s.len),
        Value::Map(_) => "map".into(),
        Value::Ptr(_) => "ptr".into(),
        Value::Func(_) => "func".into(),
        Value::Chan(_) => "chan".into(),
        Value::Complex(a, b) => format!("({a}+{b}i)"),
        Value::Tuple(_) => String::new(),
    }
}

impl Interp<'_> {
    /// The crash report of an uncaught panic (normalized like the corpus' `.err`).
    pub fn crash_report(&mut self, p: &PanicState) -> Result<String, String> {
        use crate::panics::{Crash, PanicRecord};
        let mut chain = Vec::new();
        for (v, rt, rec) in &p.chain {
            chain.push(PanicRecord { value: self.panic_value(v, rt)?, recovered: *rec });
        }
        chain
            .push(PanicRecord { value: self.panic_value(&p.value, &p.runtime)?, recovered: false });
        Ok(Crash { chain }.report())
    }

    fn panic_value(
        &mut self,
        v: &Value,
        rt: &Option<RuntimeError>,
    ) -> Result<crate::panics::PanicValue, String> {
        use crate::panics::PanicValue as PV;
        if let Some(e) = rt {
            return Ok(PV::Runtime(e.clone()));
        }
        let Value::Iface(Some(p)) = v else { return Err("unsupported: panic value".into()) };
        let t = match p.0 {
            Dyn::Go(t) => t,
            _ => {
                let text = match &p.1 {
                    Value::Str(s) => String::from_utf8_lossy(s).into_owned(),
                    _ => match crate::errs::error_text(self, v, Span::default(), 0) {
                        Ok(t) => String::from_utf8_lossy(&t).into_owned(),
                        Err(_) => return Err("unsupported: panic with this error value".into()),
                    },
                };
                return Ok(PV::Str(text));
            }
        };
        for m in ["Error", "String"] {
            if self.find_method(t, m).is_some() {
                let clo = self
                    .dyn_method(p.0, p.1.clone(), m, Span::default())
                    .map_err(|_| "unsupported: panic value method".to_string())?;
                let r = self
                    .call_closure(&clo, Vec::new(), Span::default(), false)
                    .map_err(|_| "unsupported: panic value method".to_string())?;
                let text = match r.first() {
                    Some(Value::Str(s)) => String::from_utf8_lossy(s).into_owned(),
                    _ => String::new(),
                };
                return Ok(PV::Str(text));
            }
        }
        let named = self.ck.types.named(t).is_some();
        let k = self.basic(t);
        let base = match (k, &p.1) {
            (Some(k), Value::Int(i)) if k.is_unsigned() => PV::Uint(*i as u64),
            (Some(_), Value::Int(i)) => PV::Int(*i),
            (Some(BK::Float32), Value::Float(f)) => PV::Float32(*f as f32),
            (Some(_), Value::Float(f)) => PV::Float64(*f),
            (Some(BK::Complex64), Value::Complex(a, b)) => PV::Complex64(*a as f32, *b as f32),
            (Some(_), Value::Complex(a, b)) => PV::Complex128(*a, *b),
            (Some(_), Value::Bool(b)) => PV::Bool(*b),
            (Some(_), Value::Str(s)) => PV::Str(String::from_utf8_lossy(s).into_owned()),
            _ => {
                return Err(
                    "unsupported: panic with a composite value (Go prints its address)".into()
                )
            }
        };
        if named {
            let name = self.type_name(t);
            return Ok(PV::Named { type_name: name, value: Box::new(base) });
        }
        Ok(base)
    }
}
