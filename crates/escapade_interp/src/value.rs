//! Run-time values of the evaluator.
//!
//! Scalars are stored untagged (an integer of any Go integer type is its bit pattern in an
//! `i64`, normalized to its type's width); the static type of the expression that produced a
//! value says how to read it. Interface values carry their dynamic type. Arrays and structs have
//! value semantics (cloning copies them); slices, maps, pointers and closures share their
//! referents through `Rc`.

use std::cell::RefCell;
use std::rc::Rc;

use escapade_base::Span;
use escapade_maps::{GoMap, GoValue};
use escapade_types::{ObjId, TypeId};

/// An addressable variable.
pub type Cell = Rc<RefCell<Value>>;

/// The shared backing array of a slice.
pub type Backing = Rc<RefCell<Vec<Value>>>;

pub fn cell(v: Value) -> Cell {
    Rc::new(RefCell::new(v))
}

#[derive(Clone, Debug)]
pub enum Value {
    Bool(bool),
    Int(i64),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<[u8]>),
    Array(Vec<Value>),
    Struct(Vec<Value>),
    Slice(Slice),
    Map(Option<Rc<RefCell<MapObj>>>),
    Ptr(Option<Ptr>),
    Func(Option<Rc<Closure>>),
    Iface(Option<Rc<(Dyn, Value)>>),
    Chan(Option<Rc<RefCell<ChanObj>>>),
    /// Several results of a call.
    Tuple(Vec<Value>),
}

/// The dynamic type of an interface value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dyn {
    Go(TypeId),
    /// `*errors.errorString` (errors.New, fmt.Errorf without %w): payload is the text.
    ErrorString,
    /// `*fmt.wrapError`: payload is Tuple[text, wrapped error].
    WrapError,
    /// `*fmt.wrapErrors`: payload is Tuple[text, Slice of errors].
    WrapErrors,
    /// `*errors.joinError`: payload is a Slice of errors.
    JoinError,
    /// `runtime.Error` values (`runtime.boundsError`, ...): payload is the message.
    Runtime(RuntimeKind),
    /// `*strconv.NumError`: payload is Tuple[func, num, err].
    NumError,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuntimeKind {
    Bounds,
    Error,
    TypeAssertion,
    PlainError,
}

#[derive(Clone, Debug)]
pub struct Slice {
    pub arr: Option<Backing>,
    pub off: usize,
    pub len: usize,
    pub cap: usize,
    /// The capacity this slice would have if its backing store was a stack buffer (the
    /// compiler's choice for non-escaping appends): equal to `cap` when both agree.
    pub alt_cap: usize,
}

impl Slice {
    pub fn nil() -> Slice {
        Slice { arr: None, off: 0, len: 0, cap: 0, alt_cap: 0 }
    }
    pub fn from_vec(v: Vec<Value>) -> Slice {
        let n = v.len();
        Slice { arr: Some(Rc::new(RefCell::new(v))), off: 0, len: n, cap: n, alt_cap: n }
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        let arr = self.arr.as_ref()?;
        let b = arr.borrow();
        b.get(self.off + i).cloned()
    }
    pub fn to_vec(&self) -> Vec<Value> {
        match &self.arr {
            None => Vec::new(),
            Some(a) => {
                let b = a.borrow();
                b.get(self.off..self.off + self.len).map(<[Value]>::to_vec).unwrap_or_default()
            }
        }
    }
}

/// Where a pointer points: a variable or a backing-array element, then a path of field or
/// array-element indexes inside it.
#[derive(Clone, Debug)]
pub enum PtrBase {
    Cell(Cell),
    Elem(Backing, usize),
}

#[derive(Clone, Debug)]
pub struct Ptr {
    pub base: PtrBase,
    pub path: Vec<u32>,
}

impl Ptr {
    pub fn to_cell(c: Cell) -> Ptr {
        Ptr { base: PtrBase::Cell(c), path: Vec::new() }
    }
    pub fn same(&self, o: &Ptr) -> bool {
        let base = match (&self.base, &o.base) {
            (PtrBase::Cell(a), PtrBase::Cell(b)) => Rc::ptr_eq(a, b),
            (PtrBase::Elem(a, i), PtrBase::Elem(b, j)) => Rc::ptr_eq(a, b) && i == j,
            _ => false,
        };
        base && self.path == o.path
    }
    pub fn load(&self) -> Option<Value> {
        match &self.base {
            PtrBase::Cell(c) => follow(&c.borrow(), &self.path),
            PtrBase::Elem(a, i) => follow(a.borrow().get(*i)?, &self.path),
        }
    }
    pub fn store(&self, v: Value) -> bool {
        match &self.base {
            PtrBase::Cell(c) => follow_mut(&mut c.borrow_mut(), &self.path, v),
            PtrBase::Elem(a, i) => match a.borrow_mut().get_mut(*i) {
                Some(slot) => follow_mut(slot, &self.path, v),
                None => false,
            },
        }
    }
    pub fn with(&self, idx: u32) -> Ptr {
        let mut p = self.clone();
        p.path.push(idx);
        p
    }
}

fn follow(v: &Value, path: &[u32]) -> Option<Value> {
    let mut cur = v;
    for &i in path {
        cur = match cur {
            Value::Struct(f) | Value::Array(f) => f.get(i as usize)?,
            _ => return None,
        };
    }
    Some(cur.clone())
}

fn follow_mut(v: &mut Value, path: &[u32], new: Value) -> bool {
    let mut cur = v;
    for &i in path {
        cur = match cur {
            Value::Struct(f) | Value::Array(f) => match f.get_mut(i as usize) {
                Some(x) => x,
                None => return false,
            },
            _ => return false,
        };
    }
    *cur = new;
    true
}

/// A function value.
#[derive(Debug)]
pub struct Closure {
    pub code: Code,
    /// Captured variables (closures), in the order of the function's capture list.
    pub captured: Vec<Cell>,
    /// Type-parameter substitution in effect.
    pub targs: Rc<Vec<(TypeId, TypeId)>>,
    /// Bound receiver (method values).
    pub recv: Option<Value>,
}

#[derive(Clone, Debug)]
pub enum Code {
    /// A declared function or method.
    Decl(ObjId),
    /// A function literal (index into the interpreter's literal table).
    Lit(usize),
    /// A std function, by qualified name (`strings.ToUpper`).
    Std(String),
    /// The `yield` function of a range-over-func loop (index into the active loop table).
    Yield(usize),
    /// A method expression `T.M` / `(*T).M`: the receiver is the first argument
    /// (dereferenced first when `M` has a value receiver and the expression names `*T`).
    MethodExpr(ObjId, bool),
    /// A method expression of an interface type `I.M`: the receiver (the first argument) is an
    /// `I` whose dynamic value's method `M` is called.
    IfaceMethodExpr(String),
}

/// A map and its bookkeeping for the trace.
#[derive(Debug)]
pub struct MapObj {
    pub map: GoMap<GoValue, (Value, Value)>,
    pub site: Span,
    pub instance: u32,
}

/// A channel: its buffer and the goroutines (blocked lower on the native stack) waiting on it.
#[derive(Debug)]
pub struct ChanObj {
    pub buf: std::collections::VecDeque<Value>,
    pub cap: usize,
    pub closed: bool,
    /// The element type's zero value (what a receive from a closed channel gives).
    pub zero: Value,
    /// Waiting receivers: (waiter, select case index).
    pub recvq: std::collections::VecDeque<(Rc<Waiter>, usize)>,
    /// Waiting senders: (waiter, value, select case index).
    pub sendq: std::collections::VecDeque<(Rc<Waiter>, Value, usize)>,
}

/// A blocked goroutine's wake-up record (shared by the cases of one `select`).
#[derive(Debug, Default)]
pub struct Waiter {
    pub done: RefCell<Option<Wake>>,
}

#[derive(Debug, Clone)]
pub enum Wake {
    /// A receive completed: case, value, ok.
    Recv(usize, Value, bool),
    /// A send completed.
    Sent(usize),
    /// The channel of a waiting send was closed.
    SendClosed(usize),
}
