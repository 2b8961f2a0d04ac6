//! Objects (named language entities), scopes and packages.

use std::collections::BTreeMap;

use escapade_base::Span;

use crate::constant::Value;
use crate::types::TypeId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ObjId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PkgId(pub u32);

/// Index of a source file among all files of an analysis (user files first, then std stubs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// A source position: file and byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub file: FileId,
    pub span: Span,
}

/// The built-in functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // package unsafe
    Add,
    Alignof,
    Offsetof,
    Sizeof,
    Slice,
    SliceData,
    String,
    StringData,
}

impl Builtin {
    pub const UNIVERSE: [Builtin; 18] = [
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Complex,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Imag,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Real,
        Builtin::Recover,
    ];
    pub const UNSAFE: [Builtin; 8] = [
        Builtin::Add,
        Builtin::Alignof,
        Builtin::Offsetof,
        Builtin::Sizeof,
        Builtin::Slice,
        Builtin::SliceData,
        Builtin::String,
        Builtin::StringData,
    ];

    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Add => "Add",
            Alignof => "Alignof",
            Offsetof => "Offsetof",
            Sizeof => "Sizeof",
            Slice => "Slice",
            SliceData => "SliceData",
            String => "String",
            StringData => "StringData",
        }
    }

    /// Minimum number of arguments and whether more are allowed.
    pub fn arity(self) -> (usize, bool) {
        use Builtin::*;
        match self {
            Append => (1, true),
            Cap | Clear | Close | Imag | Len | New | Panic | Real | Alignof | Offsetof | Sizeof
            | SliceData | StringData => (1, false),
            Complex | Copy | Delete | Add | Slice | String => (2, false),
            Make => (1, true),
            Max | Min => (1, true),
            Print | Println => (0, true),
            Recover => (0, false),
        }
    }

    /// Whether a call of it may be used as a statement.
    pub fn is_statement(self) -> bool {
        use Builtin::*;
        matches!(self, Clear | Close | Copy | Delete | Panic | Print | Println | Recover)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    /// A variable, parameter, result or struct field.
    Var {
        field: bool,
        param: bool,
        embedded: bool,
    },
    Const {
        value: Option<Value>,
    },
    TypeName {
        alias: bool,
    },
    /// A function or method (`recv` set for methods, concrete or interface).
    Func {
        method: bool,
        has_body: bool,
    },
    /// An imported package name (the import's local name).
    PkgName {
        pkg: PkgId,
    },
    Label,
    Builtin(Builtin),
    Nil,
}

impl ObjKind {
    pub fn describe(&self) -> &'static str {
        match self {
            ObjKind::Var { field: true, .. } => "field",
            ObjKind::Var { .. } => "var",
            ObjKind::Const { .. } => "const",
            ObjKind::TypeName { .. } => "type",
            ObjKind::Func { .. } => "func",
            ObjKind::PkgName { .. } => "package",
            ObjKind::Label => "label",
            ObjKind::Builtin(_) => "builtin",
            ObjKind::Nil => "nil",
        }
    }
}

/// A named entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    /// `None` until resolved (package-level objects are resolved lazily) and for package
    /// names and labels.
    pub ty: Option<TypeId>,
    /// The declaring package (`None` for universe objects).
    pub pkg: Option<PkgId>,
    /// Where the name is declared (`None` for universe objects).
    pub pos: Option<Pos>,
    /// The object was referenced (for "declared and not used" / "imported and not used").
    pub used: bool,
    /// Declared in a function scope (locals are reported when unused).
    pub local: bool,
}

impl Object {
    pub fn exported(&self) -> bool {
        self.name.chars().next().is_some_and(char::is_uppercase)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub names: BTreeMap<String, ObjId>,
    /// A function's outermost scope (for closures: captured variables cross it).
    pub func: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Package {
    pub path: String,
    pub name: String,
    pub scope: ScopeId,
    pub files: Vec<FileId>,
    /// Served from a complete std stub (or the user package).
    pub complete: bool,
}
