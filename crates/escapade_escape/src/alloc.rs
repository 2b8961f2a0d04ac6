//! Forced heap allocation (gc's `HeapAllocReason`), with the per-version stack limits.

use crate::graph::{Batch, LocId, LocNode};
use crate::ir::{ExprKind, VarClass};
use crate::version::PTR_SIZE;

/// Why the location's node must be heap allocated regardless of flows, if it must.
pub(crate) fn heap_alloc_reason(b: &Batch<'_>, l: LocId) -> Option<&'static str> {
    let v = b.cfg.version;
    let max = v.max_stack_var_size();
    let implicit = v.max_implicit_stack_var_size();
    match b.loc(l).node {
        LocNode::None => None,
        LocNode::Var(id) => {
            let var = b.prog.var(id);
            if matches!(var.class, VarClass::Param | VarClass::Result) {
                return None;
            }
            if var.ty.size > max {
                return Some("too large for stack");
            }
            if var.ty.align > PTR_SIZE {
                return Some("too aligned for stack");
            }
            None
        }
        LocNode::Expr(e) => {
            let x = b.prog.expr(e);
            if x.ty.size > max {
                return Some("too large for stack");
            }
            if x.ty.align > PTR_SIZE {
                return Some("too aligned for stack");
            }
            match &x.kind {
                ExprKind::New | ExprKind::PtrLit(_) => {
                    if x.ty.elem_size > implicit {
                        Some("too large for stack")
                    } else if x.ty.elem_align > PTR_SIZE {
                        Some("too aligned for stack")
                    } else {
                        None
                    }
                }
                ExprKind::FuncLit(f) => {
                    (b.prog.func(*f).closure_size > implicit).then_some("too large for stack")
                }
                ExprKind::MethodValue { closure_size, .. } => {
                    (*closure_size > implicit).then_some("too large for stack")
                }
                ExprKind::MakeSlice { const_size, static_size, .. } => {
                    let elem = x.ty.elem_size;
                    let size = if v.is_127() {
                        if elem == 0 {
                            return Some("zero-sized element");
                        }
                        const_size.or(*static_size)
                    } else {
                        match const_size {
                            Some(c) if i32::try_from(*c).is_ok() => Some(*c),
                            _ => return Some("non-constant size"),
                        }
                    };
                    match size {
                        Some(c) if elem != 0 && c > implicit / elem => Some("too large for stack"),
                        _ => None,
                    }
                }
                _ => None,
            }
        }
    }
}
