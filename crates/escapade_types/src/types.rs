//! The type arena: every Go type is a [`TypeId`] into a [`TypeTable`].
//!
//! Simple composite types (pointer, slice, array, map, chan, tuple) are interned, so equal
//! structure gives equal ids; struct, func, interface, named and type-parameter types are
//! allocated per occurrence and compared structurally by [`TypeTable::identical`].

use std::collections::BTreeMap;

use crate::objects::{ObjId, PkgId};

/// An interned type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub u32);

impl TypeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Go's basic types, including the untyped kinds of constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    /// `byte`: identical to `uint8`, printed `byte`.
    Byte,
    /// `rune`: identical to `int32`, printed `rune`.
    Rune,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    pub const ALL: [BasicKind; 28] = [
        BasicKind::Invalid,
        BasicKind::Bool,
        BasicKind::Int,
        BasicKind::Int8,
        BasicKind::Int16,
        BasicKind::Int32,
        BasicKind::Int64,
        BasicKind::Uint,
        BasicKind::Uint8,
        BasicKind::Uint16,
        BasicKind::Uint32,
        BasicKind::Uint64,
        BasicKind::Uintptr,
        BasicKind::Float32,
        BasicKind::Float64,
        BasicKind::Complex64,
        BasicKind::Complex128,
        BasicKind::String,
        BasicKind::UnsafePointer,
        BasicKind::Byte,
        BasicKind::Rune,
        BasicKind::UntypedBool,
        BasicKind::UntypedInt,
        BasicKind::UntypedRune,
        BasicKind::UntypedFloat,
        BasicKind::UntypedComplex,
        BasicKind::UntypedString,
        BasicKind::UntypedNil,
    ];

    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            Byte => "byte",
            Rune => "rune",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    /// `byte` → `uint8`, `rune` → `int32`; others unchanged.
    pub fn canonical(self) -> BasicKind {
        match self {
            BasicKind::Byte => BasicKind::Uint8,
            BasicKind::Rune => BasicKind::Int32,
            k => k,
        }
    }

    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self.canonical(),
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self.canonical(), Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(self, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
    }
    pub fn is_complex(self) -> bool {
        matches!(self, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    pub fn is_const_type(self) -> bool {
        self.is_boolean() || self.is_numeric() || self.is_string()
    }
    /// Size in bytes on amd64 (0 for untyped kinds).
    pub fn size(self) -> u64 {
        use BasicKind::*;
        match self.canonical() {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 8,
            Complex128 | String => 16,
            _ => 0,
        }
    }
}

/// A parameter or result of a signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    /// Empty when unnamed.
    pub name: String,
    pub ty: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    /// The last parameter is `...T` (its recorded type is `[]T`).
    pub variadic: bool,
    /// Type parameters of a generic function (each a [`TypeKind::TypeParam`]).
    pub tparams: Vec<TypeId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
    /// The declaring package (relevant for unexported names).
    pub pkg: Option<PkgId>,
    /// The field's object (for definitions and selections).
    pub obj: Option<ObjId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Method {
    pub name: String,
    /// A [`TypeKind::Func`] type.
    pub sig: TypeId,
    pub pkg: Option<PkgId>,
    pub obj: Option<ObjId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interface {
    /// Explicitly declared methods, in source order.
    pub methods: Vec<Method>,
    /// Embedded elements: interfaces, types, `~T` or unions ([`TypeKind::Union`]).
    pub embeddeds: Vec<TypeId>,
    /// The predeclared `any` (prints as `any`).
    pub is_any: bool,
    /// Implicit interface of a constraint written as a bare type set (`[T ~int]`).
    pub implicit: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub obj: ObjId,
    /// `None` until the declaration is resolved (or for an instance, until expanded).
    pub underlying: Option<TypeId>,
    /// Declared methods (of the origin type).
    pub methods: Vec<ObjId>,
    pub tparams: Vec<TypeId>,
    /// For an instance `G[A, B]`: the generic type `G` and the type arguments.
    pub origin: Option<TypeId>,
    pub targs: Vec<TypeId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeParam {
    pub obj: ObjId,
    pub index: usize,
    /// The constraint (an interface type); `None` while being declared.
    pub bound: Option<TypeId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Func(Signature),
    Interface(Interface),
    /// A multi-value result.
    Tuple(Vec<TypeId>),
    Named(Named),
    TypeParam(TypeParam),
    /// A type-set union inside an interface: `A | ~B`.
    Union(Vec<Term>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
}

/// The arena of all types of one analysis.
#[derive(Clone, Debug, Default)]
pub struct TypeTable {
    kinds: Vec<TypeKind>,
    interned: BTreeMap<Key, TypeId>,
    tuples: BTreeMap<Vec<TypeId>, TypeId>,
    instances: BTreeMap<(TypeId, Vec<TypeId>), TypeId>,
    basics: Vec<TypeId>,
    any: Option<TypeId>,
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable::default();
        for k in BasicKind::ALL {
            let id = t.alloc(TypeKind::Basic(k));
            t.basics.push(id);
        }
        let any = t.alloc(TypeKind::Interface(Interface {
            methods: Vec::new(),
            embeddeds: Vec::new(),
            is_any: true,
            implicit: false,
        }));
        t.any = Some(any);
        t
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    pub fn alloc(&mut self, kind: TypeKind) -> TypeId {
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(kind);
        id
    }

    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t.index()]
    }
    pub fn kind_mut(&mut self, t: TypeId) -> &mut TypeKind {
        &mut self.kinds[t.index()]
    }

    pub fn basic(&self, k: BasicKind) -> TypeId {
        self.basics[BasicKind::ALL.iter().position(|&b| b == k).unwrap_or(0)]
    }
    pub fn invalid(&self) -> TypeId {
        self.basics[0]
    }
    pub fn any(&self) -> TypeId {
        self.any.unwrap_or(TypeId(0))
    }
    pub fn is_invalid(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(BasicKind::Invalid))
    }

    fn intern(&mut self, key: Key) -> TypeId {
        if let Some(&id) = self.interned.get(&key) {
            return id;
        }
        let kind = match key {
            Key::Pointer(e) => TypeKind::Pointer(e),
            Key::Slice(e) => TypeKind::Slice(e),
            Key::Array(n, e) => TypeKind::Array(n, e),
            Key::Map(k, v) => TypeKind::Map(k, v),
            Key::Chan(d, e) => TypeKind::Chan(d, e),
        };
        let id = self.alloc(kind);
        self.interned.insert(key, id);
        id
    }
    pub fn pointer(&mut self, e: TypeId) -> TypeId {
        self.intern(Key::Pointer(e))
    }
    pub fn slice(&mut self, e: TypeId) -> TypeId {
        self.intern(Key::Slice(e))
    }
    pub fn array(&mut self, n: u64, e: TypeId) -> TypeId {
        self.intern(Key::Array(n, e))
    }
    pub fn map(&mut self, k: TypeId, v: TypeId) -> TypeId {
        self.intern(Key::Map(k, v))
    }
    pub fn chan(&mut self, d: ChanDir, e: TypeId) -> TypeId {
        self.intern(Key::Chan(d, e))
    }
    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        if let Some(&id) = self.tuples.get(&elems) {
            return id;
        }
        let id = self.alloc(TypeKind::Tuple(elems.clone()));
        self.tuples.insert(elems, id);
        id
    }
    pub fn func(&mut self, sig: Signature) -> TypeId {
        self.alloc(TypeKind::Func(sig))
    }
    /// The instance `origin[targs]`, created (unexpanded) on first request.
    pub fn instance(&mut self, origin: TypeId, targs: Vec<TypeId>) -> TypeId {
        if let Some(&id) = self.instances.get(&(origin, targs.clone())) {
            return id;
        }
        let obj = match self.kind(origin) {
            TypeKind::Named(n) => n.obj,
            _ => return origin,
        };
        let id = self.alloc(TypeKind::Named(Named {
            obj,
            underlying: None,
            methods: Vec::new(),
            tparams: Vec::new(),
            origin: Some(origin),
            targs: targs.clone(),
        }));
        self.instances.insert((origin, targs), id);
        id
    }

    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.kind(t) {
            TypeKind::Basic(k) => Some(k.canonical()),
            _ => None,
        }
    }
    pub fn is_untyped(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_untyped)
    }
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Named(_) | TypeKind::TypeParam(_) | TypeKind::Basic(_))
    }
    pub fn is_type_param(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::TypeParam(_))
    }
    pub fn named(&self, t: TypeId) -> Option<&Named> {
        match self.kind(t) {
            TypeKind::Named(n) => Some(n),
            _ => None,
        }
    }
    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.kind(t) {
            TypeKind::Func(s) => Some(s),
            _ => None,
        }
    }
    /// The element types of a tuple, or the type itself.
    pub fn tuple_elems(&self, t: TypeId) -> Vec<TypeId> {
        match self.kind(t) {
            TypeKind::Tuple(v) => v.clone(),
            _ => vec![t],
        }
    }
}
