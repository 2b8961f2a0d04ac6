//! Escapade's own typed AST for one Go source file (the whole Go 1.27 spec).
//!
//! Shape follows `go/ast`, because Go's syntax cannot tell types from expressions before name
//! resolution (`f(x)` may be a conversion, `a[b]` an instantiation, `*p` a pointer type): type
//! forms are [`ExprKind`] variants, and the type checker decides what an expression denotes.
//!
//! Invariants:
//! - Every node carries a byte [`Span`] and a [`NodeId`]. Ids are assigned in source preorder
//!   (a parent before its children, children left to right), are unique in the file and all lie
//!   in `0..File::node_count`, so later phases keep side tables as `Vec`s indexed by `NodeId`.
//!   Wrapper and wrapped share one id where they are one node: an identifier or literal
//!   expression's [`Expr`] and its [`Ident`]/[`BasicLit`], a function type's [`Expr`] and its
//!   [`FuncType`].
//! - No expression, type or statement is nested deeper than [`crate::MAX_NESTING`], so recursive
//!   walks over the tree are safe on a small stack.
//! - Nothing is desugared: a `const` spec without type and values keeps `ty: None, values: []`
//!   (implicit repetition is the checker's job); `x op= y` stays an [`StmtKind::Assign`] with
//!   `op: Some(..)`.
//! - Erroneous regions become [`ExprKind::Bad`], [`StmtKind::Bad`] or [`DeclKind::Bad`]; a
//!   tree with holes always comes with at least one syntax diagnostic.

use escapade_base::Span;

/// Stable identity of a node inside one [`File`], assigned in source preorder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub u32);

impl NodeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A parsed source file.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub id: NodeId,
    pub span: Span,
    /// The package name; `None` when the package clause is missing or broken.
    pub package: Option<Ident>,
    /// Import declarations, in source order (not repeated in `decls`).
    pub imports: Vec<ImportDecl>,
    /// Top-level declarations other than imports, in source order.
    pub decls: Vec<Decl>,
    /// Every comment (`//…` and `/*…*/`), in source order; not part of the tree.
    pub comments: Vec<Span>,
    /// Number of ids handed out: every `NodeId` in the file is `< node_count`.
    pub node_count: u32,
}

/// An identifier occurrence (defining or using); `_` is an ordinary identifier named `_`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ident {
    pub id: NodeId,
    pub span: Span,
    pub name: String,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

// ---------------------------------------------------------------------------------------------
// Declarations

/// `import "p"` or `import ( … )`.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDecl {
    pub id: NodeId,
    pub span: Span,
    /// Written with parentheses.
    pub grouped: bool,
    pub specs: Vec<ImportSpec>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    pub id: NodeId,
    pub span: Span,
    pub name: ImportName,
    /// The import path literal (its decoded value is the path).
    pub path: BasicLit,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportName {
    /// `import "fmt"`: the package's own name.
    Default,
    /// `import f "fmt"`.
    Named(Ident),
    /// `import . "fmt"`; the span is the dot's.
    Dot(Span),
    /// `import _ "fmt"`; the span is the underscore's.
    Blank(Span),
}

/// A declaration at top level or inside a function body.
#[derive(Clone, Debug, PartialEq)]
pub struct Decl {
    pub id: NodeId,
    pub span: Span,
    pub kind: DeclKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DeclKind {
    /// `const …`; `grouped` when written `const ( … )`. Spec `i` of a group has `iota == i`.
    Const { grouped: bool, specs: Vec<ValueSpec> },
    /// `var …`.
    Var { grouped: bool, specs: Vec<ValueSpec> },
    /// `type …`.
    Type { grouped: bool, specs: Vec<TypeSpec> },
    /// `func …` (a function or a method); only at top level.
    Func(Box<FuncDecl>),
    /// Something unparsable where a declaration was expected.
    Bad,
}

/// One `names [type] [= values]` line of a `const` or `var` declaration.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueSpec {
    pub id: NodeId,
    pub span: Span,
    /// Position inside its declaration group (0 for an ungrouped declaration): `iota`'s value.
    pub index: u32,
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty when no values were written (for `const`: implicit repetition of the previous spec).
    pub values: Vec<Expr>,
}

/// `type Name[TypeParams] Type` or `type Name[TypeParams] = Type`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub id: NodeId,
    pub span: Span,
    pub name: Ident,
    pub type_params: Option<FieldList>,
    /// `type A = B` (an alias declaration).
    pub alias: bool,
    pub ty: Expr,
}

/// `func (recv) Name[TypeParams](params) results { body }`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    /// `Some` for a method.
    pub recv: Option<FieldList>,
    pub name: Ident,
    pub type_params: Option<FieldList>,
    /// The signature; its span runs from `func` to the end of the results.
    pub sig: FuncType,
    /// `None` for a declaration without body (implemented elsewhere, e.g. in assembly).
    pub body: Option<Block>,
}

/// A parenthesised (or bracketed, for type parameters; or braced, for struct fields) list of
/// fields.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldList {
    pub id: NodeId,
    pub span: Span,
    pub fields: Vec<Field>,
}

impl FieldList {
    /// Number of entities declared: named fields count each name, unnamed ones count once.
    pub fn num_fields(&self) -> usize {
        self.fields.iter().map(|f| f.names.len().max(1)).sum()
    }
}

/// A parameter, result, receiver, type parameter, or struct field group: `a, b T`, `T`,
/// `...T`, `*pkg.T "tag"`.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub id: NodeId,
    pub span: Span,
    /// Empty for an unnamed parameter or result and for an embedded struct field.
    pub names: Vec<Ident>,
    /// The type; for a variadic parameter the element type (`int` in `...int`); for a type
    /// parameter its constraint.
    pub ty: Expr,
    /// `...T` (only on the last parameter).
    pub variadic: bool,
    /// Struct field tag.
    pub tag: Option<BasicLit>,
}

// ---------------------------------------------------------------------------------------------
// Statements

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub id: NodeId,
    /// From `{` to `}` inclusive.
    pub span: Span,
    pub stmts: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub id: NodeId,
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// A `const`, `var` or `type` declaration inside a function.
    Decl(Decl),
    /// An empty statement (a lone `;`, or the missing statement after a trailing label).
    Empty,
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    /// `ch <- value`.
    Send {
        chan: Expr,
        value: Expr,
    },
    /// `x++` (`inc`) or `x--`.
    IncDec {
        x: Expr,
        inc: bool,
    },
    /// `lhs = rhs`, or `lhs op= rhs` with `op: Some(op)`.
    Assign {
        lhs: Vec<Expr>,
        op: Option<BinaryOp>,
        rhs: Vec<Expr>,
    },
    /// `lhs := rhs` (lhs should be identifiers; the checker reports otherwise).
    Define {
        lhs: Vec<Expr>,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    /// `break`, `continue`, `goto`, `fallthrough`, with the optional label.
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    /// `if init; cond { then } else …`; `els` is an `If` or a `Block` statement.
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    /// `switch init; tag { cases }`.
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        cases: Vec<CaseClause>,
    },
    /// `switch init; bind := x.(type) { cases }`.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        cases: Vec<CaseClause>,
    },
    Select {
        cases: Vec<CommClause>,
    },
    /// `for init; cond; post { body }` (all optional; `for {}` and `for cond {}` too).
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for key, value := range x { body }` (`define`) or with `=`; key and value optional.
    Range {
        key: Option<Box<Expr>>,
        value: Option<Box<Expr>>,
        define: bool,
        x: Expr,
        body: Block,
    },
    /// An unparsable statement.
    Bad,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

impl BranchKind {
    pub fn keyword(self) -> &'static str {
        match self {
            BranchKind::Break => "break",
            BranchKind::Continue => "continue",
            BranchKind::Goto => "goto",
            BranchKind::Fallthrough => "fallthrough",
        }
    }
}

/// `case a, b: body` or `default: body` of a `switch` or type switch.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    pub id: NodeId,
    pub span: Span,
    /// `None` for `default`; for a type switch the types (`nil` is an identifier).
    pub list: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
}

/// `case comm: body` or `default: body` of a `select`.
#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    pub id: NodeId,
    pub span: Span,
    /// `None` for `default`; otherwise a `Send`, an `Expr` (`<-ch`), an `Assign` or a `Define`
    /// statement whose right side is a receive.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
}

// ---------------------------------------------------------------------------------------------
// Expressions and types

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// An identifier, including `_`, `nil`, `true`, `false`, `iota` and predeclared type names.
    Ident(Ident),
    BasicLit(BasicLit),
    /// `T{elts}`; `ty` is `None` for an elided inner literal (`{1, 2}` inside `[][]int{…}`).
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Expr>,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel` (field or method selector, qualified identifier, method expression `T.m`).
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    /// `x[i]`, or `x[T1, T2]` (instantiation with several type arguments: `indices.len() > 1`).
    Index {
        x: Box<Expr>,
        indices: Vec<Expr>,
    },
    /// `x[low:high]` or `x[low:high:max]` (`three`).
    Slice {
        x: Box<Expr>,
        low: Option<Box<Expr>>,
        high: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch header.
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
    },
    /// `fun(args)` or `fun(args...)` (`spread`); conversions are calls too.
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        spread: bool,
    },
    /// `*x`: a pointer indirection or a pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnaryOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `key: value` inside a composite literal.
    KeyValue {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    /// `[len]T`; `len` is `None` for `[...]T`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType {
        elem: Box<Expr>,
    },
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
    FuncType(FuncType),
    StructType {
        fields: FieldList,
    },
    InterfaceType {
        elems: Vec<InterfaceElem>,
    },
    /// `~T` in a constraint or interface type set.
    Tilde(Box<Expr>),
    /// `A | ~B | C` in a constraint or interface (always two or more terms).
    Union(Vec<Expr>),
    /// An unparsable expression or type.
    Bad,
}

/// A function signature `func[TypeParams](params) results` as a type.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub id: NodeId,
    pub span: Span,
    pub params: FieldList,
    /// `None` when the function returns nothing; one unnamed field for `func() T`.
    pub results: Option<FieldList>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct InterfaceElem {
    pub id: NodeId,
    pub span: Span,
    pub kind: InterfaceElemKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElemKind {
    /// `Name(params) results`.
    Method { name: Ident, sig: FuncType },
    /// An embedded interface or a type-set element: `io.Reader`, `~int | string`.
    Embed(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Xor => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
}

impl BinaryOp {
    pub const ALL: [BinaryOp; 19] = [
        BinaryOp::Add,
        BinaryOp::Sub,
        BinaryOp::Mul,
        BinaryOp::Quo,
        BinaryOp::Rem,
        BinaryOp::And,
        BinaryOp::Or,
        BinaryOp::Xor,
        BinaryOp::Shl,
        BinaryOp::Shr,
        BinaryOp::AndNot,
        BinaryOp::LAnd,
        BinaryOp::LOr,
        BinaryOp::Eql,
        BinaryOp::Neq,
        BinaryOp::Lss,
        BinaryOp::Leq,
        BinaryOp::Gtr,
        BinaryOp::Geq,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Quo => "/",
            BinaryOp::Rem => "%",
            BinaryOp::And => "&",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
            BinaryOp::Shl => "<<",
            BinaryOp::Shr => ">>",
            BinaryOp::AndNot => "&^",
            BinaryOp::LAnd => "&&",
            BinaryOp::LOr => "||",
            BinaryOp::Eql => "==",
            BinaryOp::Neq => "!=",
            BinaryOp::Lss => "<",
            BinaryOp::Leq => "<=",
            BinaryOp::Gtr => ">",
            BinaryOp::Geq => ">=",
        }
    }

    pub fn from_token(s: &str) -> Option<BinaryOp> {
        BinaryOp::ALL.into_iter().find(|op| op.as_str() == s)
    }

    /// Go's precedence (5 = `* / % << >> & &^`, …, 1 = `||`).
    pub fn precedence(self) -> u8 {
        match self {
            BinaryOp::Mul
            | BinaryOp::Quo
            | BinaryOp::Rem
            | BinaryOp::Shl
            | BinaryOp::Shr
            | BinaryOp::And
            | BinaryOp::AndNot => 5,
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Or | BinaryOp::Xor => 4,
            BinaryOp::Eql
            | BinaryOp::Neq
            | BinaryOp::Lss
            | BinaryOp::Leq
            | BinaryOp::Gtr
            | BinaryOp::Geq => 3,
            BinaryOp::LAnd => 2,
            BinaryOp::LOr => 1,
        }
    }
}

/// A literal token with its decoded value.
#[derive(Clone, Debug, PartialEq)]
pub struct BasicLit {
    pub id: NodeId,
    pub span: Span,
    /// The literal exactly as written (`0x_FF`, `"a\tb"`, `'\n'`).
    pub raw: String,
    pub value: LitValue,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LitValue {
    /// An integer literal; `value` is `None` when it does not fit in `u128` (the raw text keeps
    /// it exactly) or is malformed.
    Int { value: Option<u128> },
    /// A floating-point literal (decimal or hexadecimal), rounded to the nearest `f64`.
    Float { value: f64 },
    /// An imaginary literal `…i`: the value of its imaginary part, rounded to `f64`.
    Imag { value: f64 },
    /// A rune literal: its code point (`None` when malformed).
    Rune { value: Option<u32> },
    /// A string literal, interpreted (`"…"`, escapes decoded) or raw (`` `…` ``, carriage
    /// returns removed): its bytes (Go strings may hold invalid UTF-8, e.g. `"\xff"`).
    Str { value: Vec<u8>, raw_string: bool },
}
