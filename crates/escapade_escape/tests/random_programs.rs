//! Property: random well-formed escape-IR programs never make the analysis panic, the solver
//! terminates, and the output is deterministic and well-formed for every version and `-m`
//! level.

use escapade_escape::build::Builder;
use escapade_escape::ir::*;
use escapade_escape::{analyze, Config, GoVersion};
use proptest::prelude::*;

/// Builds a program from a stream of choices.
struct Gen<'a> {
    ops: &'a [u32],
    at: usize,
}

impl Gen<'_> {
    fn next(&mut self, n: u32) -> u32 {
        let v = self.ops.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        if n == 0 {
            0
        } else {
            v % n
        }
    }
}

fn ty_of(k: u32) -> Ty {
    match k % 6 {
        0 => Ty::int(),
        1 => Ty::ptr(Ty::int()),
        2 => Ty::slice(Ty::ptr(Ty::int())),
        3 => Ty::interface(),
        4 => Ty::map(),
        _ => Ty::ptr(Ty::ptr(Ty::int())),
    }
}

fn value(g: &mut Gen<'_>, b: &mut Builder, vars: &[VarId], funcs: &[FuncId], depth: u32) -> ExprId {
    let at = (1 + g.next(50), 1 + g.next(40));
    if vars.is_empty() || depth > 3 {
        return b.konst("1", Ty::int(), at);
    }
    let v = vars[g.next(vars.len() as u32) as usize];
    match g.next(12) {
        0 => {
            let n = b.name(v, at);
            b.addr(n, at)
        }
        1 => {
            let n = b.name(v, at);
            b.deref(n, Ty::int(), at)
        }
        2 => b.new_(Ty::int(), "int", at),
        3 => {
            let x = value(g, b, vars, funcs, depth + 1);
            b.iface(x, at)
        }
        4 => {
            let x = value(g, b, vars, funcs, depth + 1);
            b.slice_lit(vec![x], Ty::slice(Ty::ptr(Ty::int())), "[]*int{...}", at)
        }
        5 if !funcs.is_empty() => {
            let f = funcs[g.next(funcs.len() as u32) as usize];
            let nparams = b.prog.func(f).params.len();
            let args: Vec<ExprId> =
                (0..nparams).map(|_| value(g, b, vars, funcs, depth + 1)).collect();
            b.call_local(f, args, Ty::ptr(Ty::int()), at)
        }
        6 => {
            let x = value(g, b, vars, funcs, depth + 1);
            let n = b.name(v, at);
            b.append(vec![n, x], false, at)
        }
        7 => {
            let k = value(g, b, vars, funcs, depth + 1);
            let x = value(g, b, vars, funcs, depth + 1);
            b.map_lit(vec![(k, x)], "map[*int]*int{...}", at)
        }
        8 => {
            let x = value(g, b, vars, funcs, depth + 1);
            let kind = ExprKind::Call(Call {
                callee: Callee::Dynamic,
                fun: None,
                recv: None,
                args: vec![x],
                results: 1,
            });
            b.expr(kind, Ty::ptr(Ty::int()), at, "f(x)")
        }
        9 => {
            let len = b.name(v, at);
            let c = if g.next(2) == 0 { Some(8) } else { None };
            b.make_slice(Ty::slice(Ty::int()), len, None, c, "make([]int, n)", at)
        }
        _ => b.name(v, at),
    }
}

fn stmt(
    g: &mut Gen<'_>,
    b: &mut Builder,
    f: FuncId,
    vars: &[VarId],
    funcs: &[FuncId],
    depth: u32,
) -> StmtId {
    let at = (1 + g.next(50), 1 + g.next(40));
    let choice = if vars.is_empty() { 0 } else { g.next(9) };
    match choice {
        1 => {
            let v = vars[g.next(vars.len() as u32) as usize];
            let lhs = b.name(v, at);
            let rhs = value(g, b, vars, funcs, 0);
            b.assign(lhs, rhs, at)
        }
        2 => {
            let g2 = b.global("sink", Ty::interface(), at);
            let rhs = value(g, b, vars, funcs, 0);
            b.assign(g2, rhs, at)
        }
        3 if depth < 2 => {
            let n = 1 + g.next(3);
            let body = (0..n).map(|_| stmt(g, b, f, vars, funcs, depth + 1)).collect();
            b.for_(None, None, body, at)
        }
        4 => {
            let rs = b.prog.func(f).results.clone();
            let vals = rs.iter().map(|_| value(g, b, vars, funcs, 0)).collect();
            b.ret(vals, at)
        }
        5 if depth < 2 => {
            let c = b.closure(f, "f.func1", at);
            let cv = vars[g.next(vars.len() as u32) as usize];
            b.capture(c, cv, at);
            let inner = stmt(g, b, c, &[cv], &[], depth + 1);
            b.body(c, vec![inner]);
            let lit = b.func_lit(c, at);
            if g.next(2) == 0 {
                b.stmt(StmtKind::Defer(lit), at, "defer")
            } else {
                b.stmt(StmtKind::Go(lit), at, "go")
            }
        }
        6 => {
            let v = vars[g.next(vars.len() as u32) as usize];
            let lhs = b.name(v, at);
            let d = b.deref(lhs, Ty::int(), at);
            let rhs = value(g, b, vars, funcs, 0);
            b.assign(d, rhs, at)
        }
        7 => {
            let x = value(g, b, vars, funcs, 0);
            let v = vars[g.next(vars.len() as u32) as usize];
            let kv = b.name(v, at);
            b.stmt(StmtKind::Range { x, key: None, value: Some(kv), body: vec![] }, at, "for loop")
        }
        _ => {
            let x = value(g, b, vars, funcs, 0);
            b.blank(x, at)
        }
    }
}

fn program(ops: &[u32]) -> Program {
    let mut g = Gen { ops, at: 0 };
    let mut b = Builder::new();
    let nfuncs = 1 + g.next(5);
    let funcs: Vec<FuncId> = (0..nfuncs).map(|i| b.func(&format!("f{i}"), (i + 1, 6))).collect();
    for &f in &funcs {
        let mut vars = Vec::new();
        for i in 0..g.next(3) {
            let ty = ty_of(g.next(6));
            vars.push(b.p(f, &format!("p{i}"), ty, (1, 1 + i)));
        }
        if g.next(2) == 0 {
            let ty = ty_of(g.next(6));
            b.ret_ty(f, ty);
        }
        for i in 0..g.next(4) {
            let ty = ty_of(g.next(6));
            vars.push(b.local(f, &format!("l{i}"), ty, (2, 1 + i)));
        }
        let n = g.next(6);
        let body = (0..n).map(|_| stmt(&mut g, &mut b, f, &vars, &funcs, 0)).collect();
        b.body(f, body);
    }
    b.finish()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
    #[test]
    fn random_programs_analyse_deterministically(ops in prop::collection::vec(any::<u32>(), 0..300)) {
        let prog = program(&ops);
        let _ = escapade_escape::dump::dump(&prog);
        for version in [GoVersion::Go123, GoVersion::Go124, GoVersion::Go127] {
            for m in [1u8, 2] {
                let cfg = Config { version, m };
                let a = analyze(&prog, cfg);
                let b2 = analyze(&prog, cfg);
                prop_assert_eq!(&a.diagnostics, &b2.diagnostics);
                let text = a.render("x.go", m);
                for line in text.lines() {
                    prop_assert!(line.starts_with("x.go:"), "bad line {}", line);
                }
                // Every analysed function got one tag per receiver/parameter.
                for (f, tags) in &a.tags {
                    prop_assert_eq!(tags.len(), prog.func(*f).recv_params().count());
                }
                // -m=1 output is the -m=2 output without the -m=2-only lines.
                if m == 2 {
                    let m1 = analyze(&prog, Config { version, m: 1 }).render("x.go", 1);
                    prop_assert_eq!(a.render("x.go", 1), m1);
                }
            }
        }
    }
}
