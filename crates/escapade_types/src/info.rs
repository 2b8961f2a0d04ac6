//! go/types-style side tables for downstream phases, keyed by [`NodeId`] per user file.

use escapade_syntax::ast::NodeId;

use crate::constant::Value;
use crate::objects::ObjId;
use crate::types::TypeId;

/// What an expression denotes (types2's operand modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mode {
    Invalid,
    /// A call of a function without results.
    NoValue,
    Builtin(crate::objects::Builtin),
    TypeExpr,
    Constant,
    /// An addressable variable.
    Variable,
    MapIndex,
    Value,
    /// A value usable in a comma-ok assignment (map index, type assertion, receive).
    CommaOk,
    /// A package name (only as the left side of a qualified identifier).
    PkgName,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Invalid => "invalid",
            Mode::NoValue => "novalue",
            Mode::Builtin(_) => "builtin",
            Mode::TypeExpr => "type",
            Mode::Constant => "const",
            Mode::Variable => "var",
            Mode::MapIndex => "mapindex",
            Mode::Value => "value",
            Mode::CommaOk => "commaok",
            Mode::PkgName => "package",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeAndValue {
    pub mode: Mode,
    pub ty: TypeId,
    pub value: Option<Value>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// `x.f`: a field.
    FieldVal,
    /// `x.m`: a method value (bound receiver).
    MethodVal,
    /// `T.m`: a method expression.
    MethodExpr,
}

/// How a selector expression `x.sel` resolves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub kind: SelectionKind,
    /// The receiver type (type of `x`).
    pub recv: TypeId,
    /// The selected field or method.
    pub obj: ObjId,
    /// The field/method index path through embedded fields (last = the selected one;
    /// for methods the last entry is the method's index among the declaring type's methods).
    pub index: Vec<usize>,
    /// Some pointer was dereferenced implicitly along the path (or the receiver).
    pub indirect: bool,
    /// The receiver is addressed implicitly (`v.M()` with `M` on `*T`).
    pub addr: bool,
    /// The type of the selector expression.
    pub ty: TypeId,
}

/// The instantiation of a generic function or type at a use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instance {
    pub targs: Vec<TypeId>,
    pub ty: TypeId,
}

/// Side tables of one user file, indexed by `NodeId::index()`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileInfo {
    /// Type (and constant value, and mode) of every expression, type expression included
    /// (a method's receiver type expression too).
    ///
    /// Unlike go/types, which records declaring identifiers in `defs` only, every identifier
    /// that declares a variable (parameters, results, receivers, `var` and `:=` names, range
    /// variables, type-switch bindings, struct fields) also has an entry here: mode
    /// [`Mode::Variable`] and the variable's type, for the convenience of downstream phases.
    pub types: Vec<Option<TypeAndValue>>,
    /// Identifiers that declare an object.
    pub defs: Vec<Option<ObjId>>,
    /// Identifiers that refer to an object.
    pub uses: Vec<Option<ObjId>>,
    /// Selector expressions (keyed by the selector expression's id).
    pub selections: Vec<Option<Selection>>,
    /// Untyped expressions converted implicitly: the final type.
    pub implicit: Vec<Option<TypeId>>,
    /// Generic function/type uses (keyed by the identifier or selector id).
    pub instances: Vec<Option<Instance>>,
}

impl FileInfo {
    pub fn new(node_count: u32) -> FileInfo {
        let n = node_count as usize;
        FileInfo {
            types: vec![None; n],
            defs: vec![None; n],
            uses: vec![None; n],
            selections: vec![None; n],
            implicit: vec![None; n],
            instances: vec![None; n],
        }
    }

    pub(crate) fn set_type(&mut self, id: NodeId, tv: TypeAndValue) {
        set(&mut self.types, id, tv);
    }

    pub fn type_of(&self, id: NodeId) -> Option<&TypeAndValue> {
        self.types.get(id.index())?.as_ref()
    }
}

pub(crate) fn set<T>(v: &mut [Option<T>], id: NodeId, x: T) {
    if let Some(slot) = v.get_mut(id.index()) {
        *slot = Some(x);
    }
}
