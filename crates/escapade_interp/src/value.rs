//! Run-time values of the evaluator.
//!
//! Scalars are stored untagged (an integer of any Go integer type is its bit pattern in an
//! `i64`, normalized to its type's width); the static type of the expression that produced a
//! value says how to read it. Interface values carry their dynamic type. Arrays and structs have
//! value semantics (cloning copies them); slices, maps, pointers and closures share their
//! referents through `Rc`. Slicing an addressable array
//! gives a slice whose backing (`Backing::Array`) is a view of the array in its variable.

use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

use escapade_base::Span;
use escapade_maps::{GoMap, GoValue};
use escapade_types::{ObjId, TypeId};

/// An addressable variable.
pub type Cell = Rc<RefCell<Value>>;

/// The shared backing array of a slice: a heap array, or the elements of an addressable
/// array value (an array variable, or an array inside one, that was sliced).
#[derive(Clone, Debug)]
pub enum Backing {
    Heap(Rc<RefCell<Vec<Value>>>),
    Array(Rc<Ptr>),
}

/// What a view whose path no longer leads to an array reads (a typed program never gets
/// there: an array-typed place always holds an array).
fn no_array() -> &'static mut Vec<Value> {
    Box::leak(Box::default())
}

fn array_elems(v: &Value) -> &Vec<Value> {
    match v {
        Value::Array(a) => a,
        _ => no_array(),
    }
}

fn array_elems_mut(v: &mut Value) -> &mut Vec<Value> {
    match v {
        Value::Array(a) => a,
        _ => no_array(),
    }
}

impl Backing {
    pub fn new(v: Vec<Value>) -> Backing {
        Backing::Heap(Rc::new(RefCell::new(v)))
    }

    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        match self {
            Backing::Heap(a) => a.borrow(),
            Backing::Array(p) => {
                let path = &p.path;
                match &p.base {
                    PtrBase::Cell(c) => Ref::map(c.borrow(), |v| array_elems(walk(v, path))),
                    PtrBase::Elem(b, i) => Ref::map(b.borrow(), |v| match v.get(*i) {
                        Some(v) => array_elems(walk(v, path)),
                        None => no_array(),
                    }),
                    // Never built: slicing a window slices the backing array it lies in.
                    PtrBase::Window(b, ..) => Ref::map(b.borrow(), |_| no_array()),
                }
            }
        }
    }

    pub fn borrow_mut(&self) -> RefMut<'_, Vec<Value>> {
        match self {
            Backing::Heap(a) => a.borrow_mut(),
            Backing::Array(p) => {
                let path = &p.path;
                match &p.base {
                    PtrBase::Cell(c) => {
                        RefMut::map(c.borrow_mut(), |v| array_elems_mut(walk_mut(v, path)))
                    }
                    PtrBase::Elem(b, i) => RefMut::map(b.borrow_mut(), |v| match v.get_mut(*i) {
                        Some(v) => array_elems_mut(walk_mut(v, path)),
                        None => no_array(),
                    }),
                    PtrBase::Window(b, ..) => RefMut::map(b.borrow_mut(), |_| no_array()),
                }
            }
        }
    }

    /// A pointer to element `i` (of an array view: inside the viewed array, so `&s[0] ==
    /// &arr[1]` holds as in Go).
    pub fn elem_ptr(&self, i: usize) -> Ptr {
        match self {
            Backing::Array(p) => p.with(i as u32),
            Backing::Heap(_) => Ptr { base: PtrBase::Elem(self.clone(), i), path: Vec::new() },
        }
    }

    /// The same array.
    pub fn same(&self, o: &Backing) -> bool {
        match (self, o) {
            (Backing::Heap(a), Backing::Heap(b)) => Rc::ptr_eq(a, b),
            (Backing::Array(a), Backing::Array(b)) => a.same(b),
            _ => false,
        }
    }
}

/// The value at `path` inside `v` (`v` itself when the path does not fit).
fn walk<'a>(mut v: &'a Value, path: &[u32]) -> &'a Value {
    for &i in path {
        match v {
            Value::Struct(f) | Value::Array(f) if (i as usize) < f.len() => v = &f[i as usize],
            _ => break,
        }
    }
    v
}

fn walk_mut<'a>(v: &'a mut Value, path: &[u32]) -> &'a mut Value {
    let Some((&i, rest)) = path.split_first() else { return v };
    let fits = matches!(&*v, Value::Struct(f) | Value::Array(f) if (i as usize) < f.len());
    if !fits {
        return v;
    }
    match v {
        Value::Struct(f) | Value::Array(f) => walk_mut(&mut f[i as usize], rest),
        other => other,
    }
}

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
    /// A value of an unexported std type the stubs do not declare (`*io.multiReader`,
    /// `io.discard`, …): see `std_io::StdObj` (payload: its state).
    Std(crate::std_io::StdObj),
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
    /// `*sort.reverse` (`sort.Reverse`): payload is the wrapped `sort.Interface` value.
    SortReverse,
    /// `*fmt.pp`, the `fmt.State` a `Format` method receives: payload is Tuple[pointer to the
    /// output written so far (a string), flags, width, precision] (see `fmtprint`).
    FmtState,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuntimeKind {
    Bounds,
    /// `runtime.errorString` (divide by zero, nil dereference, makeslice, …).
    Error,
    /// `*runtime.PanicNilError` (`panic(nil)`).
    PanicNil,
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
        Slice { arr: Some(Backing::new(v)), off: 0, len: n, cap: n, alt_cap: n }
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
/// array-element indexes inside it; or `len` consecutive elements of a backing array seen as
/// an array (`(*[N]T)(s)`, always with an empty path: its elements are addressed as `Elem`).
#[derive(Clone, Debug)]
pub enum PtrBase {
    Cell(Cell),
    Elem(Backing, usize),
    Window(Backing, usize, usize),
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
            (PtrBase::Elem(a, i), PtrBase::Elem(b, j)) => a.same(b) && i == j,
            (PtrBase::Window(a, i, n), PtrBase::Window(b, j, m)) => a.same(b) && (i, n) == (j, m),
            _ => false,
        };
        base && self.path == o.path
    }
    pub fn load(&self) -> Option<Value> {
        match &self.base {
            PtrBase::Cell(c) => follow(&c.borrow(), &self.path),
            PtrBase::Elem(a, i) => follow(a.borrow().get(*i)?, &self.path),
            PtrBase::Window(a, off, n) => {
                Some(Value::Array(a.borrow().get(*off..off + n)?.to_vec()))
            }
        }
    }
    pub fn store(&self, v: Value) -> bool {
        match &self.base {
            PtrBase::Cell(c) => follow_mut(&mut c.borrow_mut(), &self.path, v),
            PtrBase::Elem(a, i) => match a.borrow_mut().get_mut(*i) {
                Some(slot) => follow_mut(slot, &self.path, v),
                None => false,
            },
            PtrBase::Window(a, off, n) => {
                let Value::Array(v) = v else { return false };
                match a.borrow_mut().get_mut(*off..off + n) {
                    Some(dst) if dst.len() == v.len() => {
                        dst.clone_from_slice(&v);
                        true
                    }
                    _ => false,
                }
            }
        }
    }
    /// The array and offset holding `n` consecutive elements from the pointee on (what
    /// `unsafe.Slice`/`unsafe.String` read): an element of a backing array or of an array
    /// inside a variable. `None` when the memory after the pointee is not such an array.
    pub fn run(&self, n: usize) -> Option<(Backing, usize)> {
        let (arr, off) = match (&self.base, self.path.split_last()) {
            (PtrBase::Elem(b, i), None) => (b.clone(), *i),
            (_, Some((&k, parent))) => {
                let parent = Ptr { base: self.base.clone(), path: parent.to_vec() };
                if !matches!(parent.load()?, Value::Array(_)) {
                    return None;
                }
                (Backing::Array(Rc::new(parent)), k as usize)
            }
            _ => return None,
        };
        let fits = off.checked_add(n).is_some_and(|end| end <= arr.borrow().len());
        fits.then_some((arr, off))
    }
    /// A slice of all `n` elements of the array this pointer points to, sharing them (a window
    /// of a slice's backing array is sliced in that array).
    pub fn array_view(self, n: usize) -> Slice {
        let (arr, off) = match self.base {
            PtrBase::Window(a, off, _) => (a, off),
            _ => (Backing::Array(Rc::new(self)), 0),
        };
        Slice { arr: Some(arr), off, len: n, cap: n, alt_cap: n }
    }
    pub fn with(&self, idx: u32) -> Ptr {
        if let PtrBase::Window(a, off, _) = &self.base {
            return a.elem_ptr(off + idx as usize);
        }
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

/// The bytes of a `string` or `[]byte` value (empty for any other value).
pub(crate) fn bytes_of(v: &Value) -> Vec<u8> {
    match v {
        Value::Str(s) => s.to_vec(),
        Value::Slice(sl) => {
            sl.to_vec().iter().map(|v| if let Value::Int(b) = v { *b as u8 } else { 0 }).collect()
        }
        _ => Vec::new(),
    }
}

/// A fresh `[]byte` holding `b`.
pub(crate) fn byte_slice(b: &[u8]) -> Slice {
    Slice::from_vec(b.iter().map(|&c| Value::Int(i64::from(c))).collect())
}

/// Whether `v` is a zero value (as a fresh variable or array element would be).
pub(crate) fn is_zero(v: &Value) -> bool {
    match v {
        Value::Bool(b) => !b,
        Value::Int(i) => *i == 0,
        Value::Float(f) => f.to_bits() == 0,
        Value::Complex(a, b) => a.to_bits() == 0 && b.to_bits() == 0,
        Value::Str(s) => s.is_empty(),
        Value::Array(xs) | Value::Struct(xs) => xs.iter().all(is_zero),
        Value::Slice(s) => s.arr.is_none(),
        Value::Map(m) => m.is_none(),
        Value::Ptr(p) => p.is_none(),
        Value::Func(f) => f.is_none(),
        Value::Iface(i) => i.is_none(),
        Value::Chan(c) => c.is_none(),
        Value::Tuple(_) => false,
    }
}

/// `a` and `b` are the same value: equal scalars (floats bit for bit), element-wise equal
/// aggregates, and the same referent for slices, maps, pointers, functions and channels.
pub fn same_value(a: &Value, b: &Value) -> bool {
    use Value::*;
    fn same_rc<T>(x: &Option<Rc<T>>, y: &Option<Rc<T>>) -> bool {
        match (x, y) {
            (None, None) => true,
            (Some(x), Some(y)) => Rc::ptr_eq(x, y),
            _ => false,
        }
    }
    match (a, b) {
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Int(y)) => x == y,
        (Float(x), Float(y)) => x.to_bits() == y.to_bits(),
        (Complex(x, i), Complex(y, j)) => x.to_bits() == y.to_bits() && i.to_bits() == j.to_bits(),
        (Str(x), Str(y)) => x == y,
        (Array(x), Array(y)) | (Struct(x), Struct(y)) | (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_value(x, y))
        }
        (Slice(x), Slice(y)) => {
            let arr = match (&x.arr, &y.arr) {
                (None, None) => true,
                (Some(a), Some(b)) => a.same(b),
                _ => false,
            };
            arr && (x.off, x.len, x.cap, x.alt_cap) == (y.off, y.len, y.cap, y.alt_cap)
        }
        (Map(x), Map(y)) => same_rc(x, y),
        (Ptr(x), Ptr(y)) => match (x, y) {
            (None, None) => true,
            (Some(x), Some(y)) => x.same(y),
            _ => false,
        },
        (Func(x), Func(y)) => same_rc(x, y),
        (Chan(x), Chan(y)) => same_rc(x, y),
        (Iface(x), Iface(y)) => match (x, y) {
            (None, None) => true,
            (Some(x), Some(y)) => Rc::ptr_eq(x, y) || (x.0 == y.0 && same_value(&x.1, &y.1)),
            _ => false,
        },
        _ => false,
    }
}
