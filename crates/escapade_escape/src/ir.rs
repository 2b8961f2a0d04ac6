//! The escape IR: what gc's escape pass sees after type checking, inlining decisions and
//! desugaring, reduced to the facts the analysis needs.
//!
//! Everything lives in arenas owned by [`Program`] and is referenced by index ([`FuncId`],
//! [`VarId`], [`ExprId`], [`StmtId`]). Every node that can appear in a diagnostic carries its
//! gc position ([`Pos`], already resolved to line:column by the lowering) and its gc `%v` text
//! (`text`), so the analysis never formats Go syntax itself.
//!
//! Desugaring expected from the lowering (as gc does before escape analysis):
//! * variadic calls carry the implicit `... argument` slice literal as their last argument;
//! * `go`/`defer` statements call a zero-argument closure: either the user's `func(){…}()`
//!   or a wrapper closure (`Func::wrapper`) whose captured temporaries were assigned just
//!   before the statement;
//! * per-iteration loop variables are already explicit (`for` bodies declare them);
//! * `x op= y` is an [`AssignOp::OpAssign`]; `var x T` is a `Decl` followed by an `Assign`
//!   with an empty right-hand side.

use escapade_base::Span;

/// Index of a function (top-level function, method or closure) in [`Program::funcs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FuncId(pub u32);
/// Index of a variable (param, result, local) in [`Program::vars`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VarId(pub u32);
/// Index of an expression in [`Program::exprs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ExprId(pub u32);
/// Index of a statement in [`Program::stmts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StmtId(pub u32);
/// A label, unique within its function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LabelId(pub u32);

/// A gc position: 1-based line and byte column (§2.1 of the reference), plus the source span
/// the UI anchors to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
    pub span: Span,
}

impl Pos {
    pub fn new(line: u32, col: u32) -> Pos {
        Pos { line, col, span: Span::default() }
    }
}

/// Broad type shape; only the distinctions escape analysis makes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TyKind {
    #[default]
    Scalar,
    Untyped,
    Uintptr,
    UnsafePointer,
    Pointer,
    String,
    Slice,
    Array,
    Struct,
    Map,
    Chan,
    Func,
    Interface,
}

/// The type facts of a node (computed by the lowering from the type checker's layout).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ty {
    pub kind: TyKind,
    pub has_pointers: bool,
    pub size: i64,
    pub align: i64,
    /// `types.IsDirectIface`: a pointer-shaped type stored directly in an interface word.
    pub pointer_shaped: bool,
    /// Element of a slice, array, pointer, chan or map value: has pointers.
    pub elem_has_pointers: bool,
    /// Element (or pointee for `new`/`&T{}`) size and alignment.
    pub elem_size: i64,
    pub elem_align: i64,
    /// Shape of that element (`...uintptr` parameters, `append` of strings).
    pub elem_kind: TyKind,
}

impl Ty {
    fn base(kind: TyKind, has_pointers: bool, size: i64, align: i64) -> Ty {
        Ty { kind, has_pointers, size, align, ..Ty::default() }
    }
    /// `int`, `bool`, `float64`, … (8 bytes unless told otherwise).
    pub fn scalar(size: i64) -> Ty {
        Ty::base(TyKind::Scalar, false, size, size.clamp(1, 8))
    }
    /// `bool`.
    pub fn expr_bool() -> Ty {
        Ty::scalar(1)
    }
    pub fn int() -> Ty {
        Ty::scalar(8)
    }
    pub fn untyped() -> Ty {
        Ty::base(TyKind::Untyped, false, 0, 1)
    }
    pub fn uintptr() -> Ty {
        Ty::base(TyKind::Uintptr, false, 8, 8)
    }
    pub fn unsafe_pointer() -> Ty {
        Ty { pointer_shaped: true, ..Ty::base(TyKind::UnsafePointer, true, 8, 8) }
    }
    /// `*T` where `elem` is `T`.
    pub fn ptr(elem: Ty) -> Ty {
        Ty {
            pointer_shaped: true,
            elem_has_pointers: elem.has_pointers,
            elem_size: elem.size,
            elem_align: elem.align,
            elem_kind: elem.kind,
            ..Ty::base(TyKind::Pointer, true, 8, 8)
        }
    }
    pub fn string() -> Ty {
        Ty::base(TyKind::String, true, 16, 8)
    }
    pub fn slice(elem: Ty) -> Ty {
        Ty {
            elem_has_pointers: elem.has_pointers,
            elem_size: elem.size,
            elem_align: elem.align,
            elem_kind: elem.kind,
            ..Ty::base(TyKind::Slice, true, 24, 8)
        }
    }
    pub fn array(elem: Ty, len: i64) -> Ty {
        let has = elem.has_pointers && len > 0;
        Ty {
            elem_has_pointers: elem.has_pointers,
            elem_size: elem.size,
            elem_align: elem.align,
            elem_kind: elem.kind,
            // A one-element array of a pointer-shaped type is itself pointer-shaped.
            pointer_shaped: len == 1 && elem.pointer_shaped,
            ..Ty::base(TyKind::Array, has, elem.size.saturating_mul(len), elem.align.max(1))
        }
    }
    /// A struct with the given layout; `pointer_shaped` must be supplied for one-field structs.
    pub fn structure(size: i64, align: i64, has_pointers: bool) -> Ty {
        Ty::base(TyKind::Struct, has_pointers, size, align)
    }
    pub fn map() -> Ty {
        Ty { pointer_shaped: true, ..Ty::base(TyKind::Map, true, 8, 8) }
    }
    pub fn chan() -> Ty {
        Ty { pointer_shaped: true, ..Ty::base(TyKind::Chan, true, 8, 8) }
    }
    pub fn func() -> Ty {
        Ty { pointer_shaped: true, ..Ty::base(TyKind::Func, true, 8, 8) }
    }
    pub fn interface() -> Ty {
        Ty::base(TyKind::Interface, true, 16, 8)
    }
    pub fn is_interface(&self) -> bool {
        self.kind == TyKind::Interface
    }
}

/// A whole package (or the part of it that is analysed), in declaration order.
#[derive(Clone, Debug, Default)]
pub struct Program {
    /// Functions in declaration order; closures appear after their enclosing function.
    pub funcs: Vec<Func>,
    pub vars: Vec<Var>,
    pub exprs: Vec<Expr>,
    pub stmts: Vec<Stmt>,
    /// The front end's `devirtualizing X.M to T` notes (function, call position, text):
    /// printed before escape analysis, in the order functions are analysed.
    pub devirtualized: Vec<(FuncId, Pos, String)>,
    /// The order gc's `Target.Funcs` lists the functions in (declared functions, then
    /// generic instantiations); empty means `funcs` order.
    pub order: Vec<FuncId>,
    /// `p.Data` selectors through a pointer to `reflect.SliceHeader`/`StringHeader` (gc's
    /// `IsReflectHeaderDataField` on an `ODOTPTR`): stores into them and reads of them in
    /// `uintptr` arithmetic keep the pointer's flow.
    pub reflect_data: Vec<ExprId>,
    /// Expressions standing for an inlined call's result (gc's `OINLCALL`: it may affect
    /// memory, so an assignment indexed by one is no self-assignment).
    pub inlined_results: Vec<ExprId>,
}

impl Program {
    /// Calls `f` on every statement of `list` and of the statement lists nested in them
    /// (pre-order; `for` post statements and `select` communications included).
    pub fn walk_stmts(&self, list: &[StmtId], f: &mut dyn FnMut(StmtId)) {
        for &s in list {
            f(s);
            match &self.stmt(s).kind {
                StmtKind::Block(l) => self.walk_stmts(l, f),
                StmtKind::If { then, els, .. } => {
                    self.walk_stmts(then, f);
                    self.walk_stmts(els, f);
                }
                StmtKind::For { post, body, .. } => {
                    if let Some(p) = post {
                        self.walk_stmts(&[*p], f);
                    }
                    self.walk_stmts(body, f);
                }
                StmtKind::Range { body, .. } => self.walk_stmts(body, f),
                StmtKind::Switch { cases, .. } => {
                    cases.iter().for_each(|c| self.walk_stmts(&c.body, f))
                }
                StmtKind::TypeSwitch { cases, .. } => {
                    cases.iter().for_each(|c| self.walk_stmts(&c.body, f))
                }
                StmtKind::Select { cases } => cases.iter().for_each(|c| {
                    self.walk_stmts(c.comm.as_slice(), f);
                    self.walk_stmts(&c.body, f);
                }),
                _ => {}
            }
        }
    }

    pub fn func(&self, id: FuncId) -> &Func {
        &self.funcs[id.0 as usize]
    }
    pub fn var(&self, id: VarId) -> &Var {
        &self.vars[id.0 as usize]
    }
    pub fn expr(&self, id: ExprId) -> &Expr {
        &self.exprs[id.0 as usize]
    }
    pub fn stmt(&self, id: StmtId) -> &Stmt {
        &self.stmts[id.0 as usize]
    }
}

/// Compiler directives that change the analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pragmas {
    pub noescape: bool,
    pub uintptrescapes: bool,
    pub noinline: bool,
}

/// A function, method or closure (`ir.Func`).
#[derive(Clone, Debug, Default)]
pub struct Func {
    /// `ir.FuncName`: `f`, `(*T).M`, `T.M`, `f.func1`, `f.func1.1`, `f.gowrap1`.
    pub name: String,
    pub pos: Pos,
    /// The enclosing function of a closure; `None` for declared functions.
    pub parent: Option<FuncId>,
    pub recv: Option<Param>,
    pub params: Vec<Param>,
    /// Result variables (named, `~rN` otherwise), in order.
    pub results: Vec<VarId>,
    /// Local variables other than params and results, in declaration order (`fn.Dcl`).
    pub locals: Vec<VarId>,
    /// Captured variables of a closure (canonical variables of enclosing functions).
    pub captures: Vec<Capture>,
    /// `None` for a body-less (assembly / linkname) declaration.
    pub body: Option<Vec<StmtId>>,
    pub pragmas: Pragmas,
    /// A compiler-generated wrapper (go/defer wrapper closures): no verdict for its literal,
    /// no parameter diagnostics.
    pub wrapper: bool,
    /// DUPOK (generic shape instantiations): no parameter diagnostics.
    pub dupok: bool,
    /// Size of the closure record (func literal / method value object) in bytes.
    pub closure_size: i64,
    /// A stand-in for a std generic instantiation gc analyses in this package: no body of
    /// its own, its recorded lines are printed as its batch's output.
    pub std_instance: Option<StdInstance>,
}

/// The recorded `-m` lines of a std generic shape instantiation (see `lower::stdgeneric`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StdInstance {
    /// `slices.Sort[go.shape.[]int,go.shape.int]`, or the wrapper's `slices.Sort[[]int,int]`.
    pub key: String,
    /// The non-shape wrapper `pkg.F[T...]` gc generates for the instantiation.
    pub wrapper: bool,
    /// The recorded instantiation whose lines these are (`key` itself, or the one with the
    /// elements' underlying types), and the shape texts to rename in them.
    pub data: String,
    pub renames: Vec<(String, String)>,
    /// The `$GOROOT/...` lines gc prints for it here at `-m`, in order (verbatim).
    pub lines: Vec<String>,
    /// The same at `-m=2`.
    pub lines_m2: Vec<String>,
}

impl StdInstance {
    /// The lines printed at `-m` level `m`.
    pub fn lines_at(&self, m: u8) -> &[String] {
        if m >= 2 {
            &self.lines_m2
        } else {
            &self.lines
        }
    }
}

impl Func {
    /// gc's `IsClosure`: a function literal that captures at least one variable. A literal
    /// capturing nothing is compiled like a global function: it forms its own batch (analysed
    /// before its parent) and is not walked when its literal is reached.
    pub fn is_closure(&self) -> bool {
        self.parent.is_some() && !self.captures.is_empty()
    }
    /// [`Func::is_closure`] for `version`: go1.23 (`IsHiddenClosure`) treats every function
    /// literal as a closure (analysed in its parent's batch, walked when reached).
    pub fn is_closure_in(&self, version: crate::version::GoVersion) -> bool {
        if version == crate::version::GoVersion::Go123 {
            self.parent.is_some()
        } else {
            self.is_closure()
        }
    }
    /// Receiver then parameters.
    pub fn recv_params(&self) -> impl Iterator<Item = &Param> {
        self.recv.iter().chain(self.params.iter())
    }
    /// `fn.Dcl` order: receiver and parameter variables, results, locals.
    pub fn dcl(&self) -> Vec<VarId> {
        let mut out: Vec<VarId> = self.recv_params().filter_map(|p| p.var).collect();
        out.extend(self.results.iter().copied());
        out.extend(self.locals.iter().copied());
        out
    }
}

/// A receiver or parameter.
#[derive(Clone, Debug, Default)]
pub struct Param {
    /// `None` for unnamed and `_` parameters.
    pub var: Option<VarId>,
    pub name: String,
    pub pos: Pos,
    pub ty: Ty,
    /// Final `...T` parameter.
    pub ddd: bool,
}

/// A variable captured by a closure.
#[derive(Clone, Debug)]
pub struct Capture {
    /// The canonical (outermost) variable.
    pub var: VarId,
    /// Position of the closure variable (its first use inside the closure).
    pub pos: Pos,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarClass {
    Param,
    Result,
    Local,
}

/// A named variable (`ONAME` of class PPARAM, PPARAMOUT or PAUTO).
#[derive(Clone, Debug)]
pub struct Var {
    /// Printed name: `x`, `~r0`, `.autotmp_3`.
    pub name: String,
    pub pos: Pos,
    pub func: FuncId,
    pub class: VarClass,
    pub ty: Ty,
    /// The statement that declares and initialises it (`x := …`, `for k, v := range`), if any
    /// (`Name.Defn`).
    pub defn: Option<StmtId>,
}

/// An expression with its gc position and printed text.
#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub pos: Pos,
    /// gc's `%v` text of the node (§1.11).
    pub text: String,
    pub ty: Ty,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrConvOp {
    BytesToString,
    RunesToString,
    StringToBytes,
    StringToRunes,
    RuneToString,
}

/// A static callee known to the lowering.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StaticCallee {
    /// A function, method or closure of this program.
    Local(FuncId),
    /// An imported function with its escape tags (the parameter `Note` strings in gc's
    /// `esc:` encoding; a missing tag is `None` and means "leaks to heap").
    Imported(ImportedFunc),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportedFunc {
    pub name: String,
    pub recv_tag: Option<Vec<u8>>,
    pub param_tags: Vec<Option<Vec<u8>>>,
    pub pragmas: Pragmas,
    /// For a std generic instantiation: its stand-in function (batch order and lines).
    pub instance: Option<FuncId>,
}

/// Who is called.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Callee {
    /// `ir.StaticValue` found exactly one function.
    Static(StaticCallee),
    /// A local func variable assigned several static functions (nil assignments dropped).
    /// go1.27 merges their tags; older versions treat the call as unknown.
    Assigned(Vec<StaticCallee>),
    /// An interface method call (receiver and arguments leak).
    Interface,
    /// A call through an unknown func value.
    Dynamic,
}

/// A call of a function, method or func value.
#[derive(Clone, Debug)]
pub struct Call {
    pub callee: Callee,
    /// The function operand of a func-value call (`f` in `f(x)`); `None` for direct calls.
    pub fun: Option<ExprId>,
    /// The receiver argument of a method call.
    pub recv: Option<ExprId>,
    /// Arguments matched to parameters (variadic calls already carry the `...` slice).
    pub args: Vec<ExprId>,
    pub results: usize,
}

#[derive(Clone, Debug)]
pub enum Builtin {
    /// `append(s, xs...)` (`ddd`) or `append(s, x, y)`.
    Append {
        args: Vec<ExprId>,
        ddd: bool,
    },
    Copy {
        dst: ExprId,
        src: ExprId,
    },
    Panic(ExprId),
    /// `min`/`max`: all operands flow to the result.
    MinMax(Vec<ExprId>),
    /// `len cap real imag close complex delete print println recover`: operands discarded.
    Discard(Vec<ExprId>),
    Clear(ExprId),
    /// `unsafe.StringData/SliceData(x)`: x flows to the result.
    UnsafeData(ExprId),
    /// `unsafe.Add/Slice/String(p, n)`: p flows to the result.
    UnsafeAdd {
        ptr: ExprId,
        len: ExprId,
    },
}

/// What the receiver of a method value is passed to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MethodTarget {
    Static(StaticCallee),
    /// Interface method value: the receiver leaks.
    Interface,
}

impl ExprKind {
    /// Calls `f` on each operand expression, in evaluation order (a call's function, then
    /// its receiver, then its arguments). Function literals have none (their bodies are
    /// functions of their own).
    pub fn for_each_child(&self, f: &mut dyn FnMut(ExprId)) {
        match self {
            ExprKind::Name(_)
            | ExprKind::Global
            | ExprKind::Const
            | ExprKind::New
            | ExprKind::FuncName(_)
            | ExprKind::FuncLit(_) => {}
            ExprKind::Unary(a)
            | ExprKind::Addr(a)
            | ExprKind::Deref(a)
            | ExprKind::Dot { x: a, .. }
            | ExprKind::TypeAssert(a)
            | ExprKind::Conv(a)
            | ExprKind::UnsafePointerFromUintptr(a)
            | ExprKind::ConvIface { x: a, .. }
            | ExprKind::StrConv { x: a, .. }
            | ExprKind::SliceToArray(a)
            | ExprKind::SliceToArrayPtr(a)
            | ExprKind::Recv(a)
            | ExprKind::PtrLit(a)
            | ExprKind::MethodValue { x: a, .. } => f(*a),
            ExprKind::Binary(a, b)
            | ExprKind::Index { x: a, index: b }
            | ExprKind::MapIndex { map: a, key: b } => {
                f(*a);
                f(*b);
            }
            ExprKind::Slice { x, lo, hi, max } => {
                f(*x);
                [lo, hi, max].into_iter().flatten().for_each(|v| f(*v));
            }
            ExprKind::AddStr(l)
            | ExprKind::ArrayLit(l)
            | ExprKind::StructLit(l)
            | ExprKind::SliceLit(l) => l.iter().for_each(|v| f(*v)),
            ExprKind::MapLit(l) => l.iter().for_each(|(k, v)| {
                f(*k);
                f(*v);
            }),
            ExprKind::Call(c) => {
                c.fun.iter().chain(c.recv.iter()).chain(c.args.iter()).for_each(|v| f(*v));
            }
            ExprKind::Builtin(b) => match b {
                Builtin::Append { args, .. } | Builtin::MinMax(args) | Builtin::Discard(args) => {
                    args.iter().for_each(|v| f(*v))
                }
                Builtin::Copy { dst: a, src: b } | Builtin::UnsafeAdd { ptr: a, len: b } => {
                    f(*a);
                    f(*b);
                }
                Builtin::Panic(a) | Builtin::Clear(a) | Builtin::UnsafeData(a) => f(*a),
            },
            ExprKind::MakeSlice { len, cap, .. } => {
                f(*len);
                cap.iter().for_each(|v| f(*v));
            }
            ExprKind::MakeMap(a) | ExprKind::MakeChan(a) => a.iter().for_each(|v| f(*v)),
        }
    }
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A local variable, parameter or result (possibly a captured one).
    Name(VarId),
    /// A package-level variable (stores go to the heap).
    Global,
    /// A reference to a declared function as a value (`PFUNC`); counts as a call-graph edge.
    FuncName(Option<FuncId>),
    /// A constant or `nil` (its text is the printed value).
    Const,
    /// Unary arithmetic / logical operator: operand discarded.
    Unary(ExprId),
    /// Binary arithmetic / comparison / logical operator: operands discarded.
    Binary(ExprId, ExprId),
    /// `&x` (explicit, or implicit for array slicing and method receivers).
    Addr(ExprId),
    /// `*p`, also implicit dereferences.
    Deref(ExprId),
    /// `x.f` (`ptr == false`) or `p.f` through a pointer.
    Dot {
        x: ExprId,
        ptr: bool,
    },
    /// `x.(T)`; the asserted type is the node's `ty`.
    TypeAssert(ExprId),
    /// `a[i]`: array when the operand's type is an array, else slice/string.
    Index {
        x: ExprId,
        index: ExprId,
    },
    /// `m[k]` read.
    MapIndex {
        map: ExprId,
        key: ExprId,
    },
    /// `x[lo:hi:max]`; slicing an array value has an implicit `&` operand.
    Slice {
        x: ExprId,
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        max: Option<ExprId>,
    },
    /// A value-preserving conversion.
    Conv(ExprId),
    /// `unsafe.Pointer(uintptr expression)`.
    UnsafePointerFromUintptr(ExprId),
    /// Conversion to an interface type (explicit or implicit). `rewritten_text` is the 1.27
    /// text after literal rewriting when the operand's static value is a constant.
    ConvIface {
        x: ExprId,
        rewritten_text: Option<String>,
    },
    /// String ↔ bytes/runes conversions (copies).
    StrConv {
        x: ExprId,
        op: StrConvOp,
    },
    /// `a + b + …` on strings.
    AddStr(Vec<ExprId>),
    /// `[N]T(s)`.
    SliceToArray(ExprId),
    /// `(*[N]T)(s)`.
    SliceToArrayPtr(ExprId),
    /// `<-ch`.
    Recv(ExprId),
    Call(Call),
    Builtin(Builtin),
    /// `new(T)`; `ty` is `*T` (its elem facts are T's).
    New,
    /// `make([]T, len, cap)`. `const_size` is the value of the size argument (cap, else len)
    /// when it is a small integer constant; `static_size`/`rewritten_text` describe go1.27's
    /// rewrite of a non-constant size whose static value is a constant.
    MakeSlice {
        len: ExprId,
        cap: Option<ExprId>,
        const_size: Option<i64>,
        static_size: Option<i64>,
        rewritten_text: Option<String>,
    },
    MakeMap(Option<ExprId>),
    MakeChan(Option<ExprId>),
    /// `x.M` as a value.
    MethodValue {
        x: ExprId,
        target: MethodTarget,
        results: usize,
        closure_size: i64,
    },
    /// `&T{…}`: the operand is the composite literal.
    PtrLit(ExprId),
    ArrayLit(Vec<ExprId>),
    StructLit(Vec<ExprId>),
    SliceLit(Vec<ExprId>),
    MapLit(Vec<(ExprId, ExprId)>),
    FuncLit(FuncId),
}

/// How an assignment statement is classified (it selects the `-m=2` reason).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `x = y`, `x := y`, `var x = y`, `var x T` (no right-hand side).
    Assign,
    /// `x op= y`, `x++`.
    OpAssign,
    /// `a, b = x, y`.
    Pair,
    /// `v, ok = x.(T)`.
    PairDotType,
    /// `v, ok = m[k]`.
    PairMapr,
    /// `v, ok = <-ch`.
    PairRecv,
}

impl AssignOp {
    pub fn reason(self) -> &'static str {
        match self {
            AssignOp::Assign | AssignOp::OpAssign => "assign",
            AssignOp::Pair => "assign-pair",
            AssignOp::PairDotType => "assign-pair-dot-type",
            AssignOp::PairMapr => "assign-pair-mapr",
            AssignOp::PairRecv => "assign-pair-receive",
        }
    }
}

/// A statement with its position and printed text (used in `-m=2` notes and
/// `ignoring self-assignment in …`).
#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub pos: Pos,
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct SwitchCase {
    pub exprs: Vec<ExprId>,
    pub body: Vec<StmtId>,
}

#[derive(Clone, Debug)]
pub struct TypeCase {
    /// The per-clause variable (`switch v := x.(type)`), if any.
    pub var: Option<VarId>,
    /// Position and text of the clause (`-m=2` `switch case` notes).
    pub pos: Pos,
    pub text: String,
    pub body: Vec<StmtId>,
}

#[derive(Clone, Debug)]
pub struct SelectCase {
    pub comm: Option<StmtId>,
    pub body: Vec<StmtId>,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Block(Vec<StmtId>),
    /// `ODCL`: records the loop depth of the variable.
    Decl(VarId),
    Label(LabelId),
    Goto(LabelId),
    /// `break`, `continue`, `fallthrough`.
    Branch,
    If {
        cond: ExprId,
        then: Vec<StmtId>,
        els: Vec<StmtId>,
    },
    For {
        cond: Option<ExprId>,
        post: Option<StmtId>,
        body: Vec<StmtId>,
    },
    /// `for key, value = range x`; `key`/`value` are assignable expressions.
    Range {
        x: ExprId,
        key: Option<ExprId>,
        value: Option<ExprId>,
        body: Vec<StmtId>,
    },
    Switch {
        tag: Option<ExprId>,
        cases: Vec<SwitchCase>,
    },
    TypeSwitch {
        x: ExprId,
        cases: Vec<TypeCase>,
    },
    Select {
        cases: Vec<SelectCase>,
    },
    Send {
        ch: ExprId,
        value: ExprId,
    },
    /// `lhs… = rhs…`; `None` on the left is `_`. An empty `rhs` is zero-initialisation.
    Assign {
        op: AssignOp,
        lhs: Vec<Option<ExprId>>,
        rhs: Vec<ExprId>,
    },
    /// `a, b = f()`.
    AssignCall {
        lhs: Vec<Option<ExprId>>,
        call: ExprId,
    },
    Return(Vec<ExprId>),
    /// An expression statement (calls, receives).
    Expr(ExprId),
    /// `go f()` where `f` is a zero-argument func value (normally a closure).
    Go(ExprId),
    /// `defer f()`.
    Defer(ExprId),
}
