//! Hand-built escape IR for corpus files, checked against the goldens the real Go toolchains
//! produced (`testdata/golden/<config>/<file>.txt`). The IR mirrors what the lowering must
//! produce for each file; the expectations come from real `go build -gcflags=-m…` output.
#![allow(clippy::disallowed_methods, reason = "the test harness reads the golden files")]

use escapade_escape::build::Builder;
use escapade_escape::ir::*;
use escapade_escape::{analyze, Config, GoVersion};

fn golden(config: &str, file: &str) -> String {
    let path = format!("{}/testdata/golden/{config}/{file}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Asserts the analysis of `prog` prints exactly the golden of `file` for each config.
fn check(prog: &Program, file: &str, configs: &[&str]) {
    for &config in configs {
        let (version, m) = match config {
            "go1.27.3-m-l" => (GoVersion::Go127, 1),
            "go1.27.3-m2-l" => (GoVersion::Go127, 2),
            "go1.23.9-m-l" => (GoVersion::Go123, 1),
            other => panic!("unknown config {other}"),
        };
        let got = analyze(prog, Config { version, m }).render(&format!("{file}.go"), m);
        let want = golden(config, file);
        assert_eq!(got, want, "{file} [{config}]\n--- got ---\n{got}--- want ---\n{want}");
    }
}

const ALL: &[&str] = &["go1.27.3-m-l", "go1.27.3-m2-l", "go1.23.9-m-l"];

fn point() -> Ty {
    Ty::structure(16, 8, false)
}

#[test]
fn addr_return_local() {
    let mut b = Builder::new();
    let int = Ty::int();
    // func newPoint() *point { p := point{1, 2}; return &p }
    let f = b.func("newPoint", (7, 6));
    b.ret_ty(f, Ty::ptr(point()));
    let p = b.local(f, "p", point(), (8, 2));
    let one = b.konst("1", int, (8, 13));
    let two = b.konst("2", int, (8, 16));
    let lit = b.struct_lit(vec![one, two], point(), "point{...}", (8, 12));
    let d = b.define(p, lit, (8, 4));
    let pn = b.name(p, (9, 10));
    let ap = b.addr(pn, (9, 9));
    let r = b.ret(vec![ap], (9, 2));
    b.body(f, vec![d, r]);
    // func valuePoint() point { p := point{3, 4}; q := &p; return *q }
    let g = b.func("valuePoint", (12, 6));
    b.ret_ty(g, point());
    let p2 = b.local(g, "p", point(), (13, 2));
    let q = b.local(g, "q", Ty::ptr(point()), (14, 2));
    let three = b.konst("3", int, (13, 13));
    let four = b.konst("4", int, (13, 16));
    let lit2 = b.struct_lit(vec![three, four], point(), "point{...}", (13, 12));
    let d1 = b.define(p2, lit2, (13, 4));
    let pn2 = b.name(p2, (14, 8));
    let ap2 = b.addr(pn2, (14, 7));
    let d2 = b.define(q, ap2, (14, 4));
    let qn = b.name(q, (15, 10));
    let dq = b.deref(qn, point(), (15, 9));
    let r2 = b.ret(vec![dq], (15, 2));
    b.body(g, vec![d1, d2, r2]);
    // func newInt(v int) *int { return &v }
    let h = b.func("newInt", (18, 6));
    let v = b.p(h, "v", int, (18, 13));
    b.ret_ty(h, Ty::ptr(int));
    let vn = b.name(v, (19, 10));
    let av = b.addr(vn, (19, 9));
    let r3 = b.ret(vec![av], (19, 2));
    b.body(h, vec![r3]);
    // func main() { _ = newPoint(); _ = valuePoint(); _ = newInt(5) }
    let m = b.func("main", (22, 6));
    let c1 = b.call_local(f, vec![], Ty::ptr(point()), (23, 14));
    let c2 = b.call_local(g, vec![], point(), (24, 16));
    let five = b.konst("5", int, (25, 13));
    let c3 = b.call_local(h, vec![five], Ty::ptr(int), (25, 12));
    let mut body = Vec::new();
    for c in [c1, c2, c3] {
        let s = b.stmt(
            StmtKind::Assign { op: AssignOp::Assign, lhs: vec![None], rhs: vec![c] },
            (23, 4),
            "_ = call",
        );
        body.push(s);
    }
    b.body(m, body);
    check(&b.finish(), "addr_return_local", ALL);
}

#[test]
fn param_to_result_levels() {
    let mut b = Builder::new();
    let int = Ty::int();
    let pint = Ty::ptr(int);
    // func same(p *int) *int { return p }
    let f = b.func("same", (4, 6));
    let p = b.p(f, "p", pint, (4, 11));
    b.ret_ty(f, pint);
    let pn = b.name(p, (4, 33));
    let r = b.ret(vec![pn], (4, 26));
    b.body(f, vec![r]);
    // func deref(pp **int) *int { return *pp }
    let f = b.func("deref", (6, 6));
    let pp = b.p(f, "pp", Ty::ptr(pint), (6, 12));
    b.ret_ty(f, pint);
    let n = b.name(pp, (6, 37));
    let d = b.deref(n, pint, (6, 36));
    let r = b.ret(vec![d], (6, 29));
    b.body(f, vec![r]);
    // func deref2(ppp ***int) *int { return **ppp }
    let f = b.func("deref2", (8, 6));
    let ppp = b.p(f, "ppp", Ty::ptr(Ty::ptr(pint)), (8, 13));
    b.ret_ty(f, pint);
    let n = b.name(ppp, (8, 41));
    let d1 = b.deref(n, Ty::ptr(pint), (8, 40));
    let d2 = b.deref(d1, pint, (8, 39));
    let r = b.ret(vec![d2], (8, 32));
    b.body(f, vec![r]);
    // func field(s *struct{ p *int }) *int { return s.p }
    let sp = Ty::structure(8, 8, true);
    let f = b.func("field", (10, 6));
    let s = b.p(f, "s", Ty::ptr(sp), (10, 12));
    b.ret_ty(f, pint);
    let n = b.name(s, (10, 47));
    let d = b.dot(n, "p", true, pint, (10, 48));
    let r = b.ret(vec![d], (10, 40));
    b.body(f, vec![r]);
    // func addr(s *struct{ x int }) *int { return &s.x }
    let sx = Ty::structure(8, 8, false);
    let f = b.func("addr", (12, 6));
    let s = b.p(f, "s", Ty::ptr(sx), (12, 11));
    b.ret_ty(f, pint);
    let n = b.name(s, (12, 46));
    let d = b.dot(n, "x", true, int, (12, 47));
    let a = b.addr(d, (12, 45));
    let r = b.ret(vec![a], (12, 38));
    b.body(f, vec![r]);
    check(&b.finish(), "param_to_result", ALL);
}

#[test]
fn closure_by_ref_and_by_value() {
    let mut b = Builder::new();
    let int = Ty::int();
    // func counterByRef() func() int { n := 0; return func() int { n++; return n } }
    let f = b.func("counterByRef", (5, 6));
    b.ret_ty(f, Ty::func());
    let n = b.local(f, "n", int, (6, 2));
    let zero = b.konst("0", int, (6, 7));
    let dn = b.define(n, zero, (6, 4));
    let c = b.closure(f, "counterByRef.func1", (7, 9));
    b.ret_ty(c, int);
    b.capture(c, n, (8, 3));
    let nn = b.name(n, (8, 3));
    let one = b.konst("1", int, (8, 3));
    let inc = b.op_assign(nn, one, "n++", (8, 4));
    let nn = b.name(n, (9, 10));
    let r = b.ret(vec![nn], (9, 3));
    b.body(c, vec![inc, r]);
    let lit = b.func_lit(c, (7, 9));
    let r = b.ret(vec![lit], (7, 2));
    b.body(f, vec![dn, r]);
    // func constByValue() func() int { k := 42; return func() int { return k } }
    let g = b.func("constByValue", (13, 6));
    b.ret_ty(g, Ty::func());
    let k = b.local(g, "k", int, (14, 2));
    let v = b.konst("42", int, (14, 7));
    let dk = b.define(k, v, (14, 4));
    let c2 = b.closure(g, "constByValue.func1", (15, 9));
    b.ret_ty(c2, int);
    b.capture(c2, k, (15, 29));
    let kn = b.name(k, (15, 29));
    let r = b.ret(vec![kn], (15, 22));
    b.body(c2, vec![r]);
    let lit = b.func_lit(c2, (15, 9));
    let r = b.ret(vec![lit], (15, 2));
    b.body(g, vec![dk, r]);
    // func main() { c := counterByRef(); _ = c(); _ = constByValue()() }
    let m = b.func("main", (18, 6));
    let cv = b.local(m, "c", Ty::func(), (19, 2));
    let call = b.call_local(f, vec![], Ty::func(), (19, 19));
    let s1 = b.define(cv, call, (19, 4));
    let cn = b.name(cv, (20, 6));
    let dc = b.call(Callee::Dynamic, Some(cn), None, vec![], int, "c()", (20, 7));
    let s2 = b.blank(dc, (20, 4));
    let inner = b.call_local(g, vec![], Ty::func(), (21, 18));
    let outer =
        b.call(Callee::Dynamic, Some(inner), None, vec![], int, "constByValue()()", (21, 20));
    let s3 = b.blank(outer, (21, 4));
    b.body(m, vec![s1, s2, s3]);
    check(&b.finish(), "closure_return_byvalue", ALL);
}

#[test]
fn loop_depth_outlives() {
    let mut b = Builder::new();
    let int = Ty::int();
    let pint = Ty::ptr(int);
    // func outer(n int) *int { var p *int; for i := 0; i < n; i++ { p = new(int) }; return p }
    let f = b.func("outer", (5, 6));
    let n = b.p(f, "n", int, (5, 12));
    b.ret_ty(f, pint);
    let p = b.local(f, "p", pint, (6, 6));
    let i = b.local(f, "i", int, (7, 6));
    let vp = b.var_stmt(p, (6, 2));
    let pn = b.name(p, (8, 3));
    let nw = b.new_(int, "int", (8, 10));
    let asg = b.assign(pn, nw, (8, 5));
    let nn = b.name(n, (7, 22));
    let lp = b.counted_loop(i, nn, vec![asg], (7, 6), (7, 2));
    let pn = b.name(p, (10, 9));
    let r = b.ret(vec![pn], (10, 2));
    let mut body = vec![vp];
    body.extend(lp);
    body.push(r);
    b.body(f, body);
    // func outerLocal(n int) int { var p *int; for … { p = new(int); *p = i }; return *p }
    let f = b.func("outerLocal", (13, 6));
    let n = b.p(f, "n", int, (13, 17));
    b.ret_ty(f, int);
    let p = b.local(f, "p", pint, (14, 6));
    let i = b.local(f, "i", int, (15, 6));
    let vp = b.var_stmt(p, (14, 2));
    let pn = b.name(p, (16, 3));
    let nw = b.new_(int, "int", (16, 10));
    let a1 = b.assign(pn, nw, (16, 5));
    let pn = b.name(p, (17, 4));
    let dp = b.deref(pn, int, (17, 3));
    let iv = b.name(i, (17, 8));
    let a2 = b.assign(dp, iv, (17, 6));
    let nn = b.name(n, (15, 22));
    let lp = b.counted_loop(i, nn, vec![a1, a2], (15, 6), (15, 2));
    let pn = b.name(p, (19, 10));
    let dp = b.deref(pn, int, (19, 9));
    let r = b.ret(vec![dp], (19, 2));
    let mut body = vec![vp];
    body.extend(lp);
    body.push(r);
    b.body(f, body);
    // func inner(n int) int { t := 0; for … { q := new(int); t += *q }; return t }
    let f = b.func("inner", (22, 6));
    let n = b.p(f, "n", int, (22, 12));
    b.ret_ty(f, int);
    let t = b.local(f, "t", int, (23, 2));
    let i = b.local(f, "i", int, (24, 6));
    let q = b.local(f, "q", pint, (25, 3));
    let zero = b.konst("0", int, (23, 7));
    let dt = b.define(t, zero, (23, 4));
    let nw = b.new_(int, "int", (25, 11));
    let dq = b.define(q, nw, (25, 5));
    let tn = b.name(t, (26, 3));
    let qn = b.name(q, (26, 9));
    let dq2 = b.deref(qn, int, (26, 8));
    let add = b.op_assign(tn, dq2, "t += *q", (26, 5));
    let nn = b.name(n, (24, 22));
    let lp = b.counted_loop(i, nn, vec![dq, add], (24, 6), (24, 2));
    let tn = b.name(t, (28, 9));
    let r = b.ret(vec![tn], (28, 2));
    let mut body = vec![dt];
    body.extend(lp);
    body.push(r);
    b.body(f, body);
    check(&b.finish(), "loop_alloc_outer_var", ALL);
}

#[test]
fn mutual_recursion_is_one_batch() {
    let mut b = Builder::new();
    let int = Ty::int();
    let pint = Ty::ptr(int);
    let even = b.func("even", (7, 6));
    let odd = b.func("odd", (14, 6));
    for (f, me, other, pcol, line) in [(even, "even", odd, 18, 7), (odd, "odd", even, 17, 14)] {
        let n = b.p(f, "n", int, (line, pcol - 9));
        let p = b.p(f, "p", pint, (line, pcol));
        b.ret_ty(f, Ty::expr_bool());
        let nn = b.name(n, (line + 1, 5));
        let z = b.konst("0", int, (line + 1, 10));
        let cond = b.binary(nn, "==", z, Ty::expr_bool(), (line + 1, 7));
        let mut then = Vec::new();
        if me == "odd" {
            let g = b.global("sink", pint, (16, 3));
            let pn = b.name(p, (16, 10));
            then.push(b.assign(g, pn, (16, 8)));
        }
        let k =
            b.konst(if me == "odd" { "false" } else { "true" }, Ty::expr_bool(), (line + 2, 10));
        then.push(b.ret(vec![k], (line + 2, 3)));
        let iff = b.stmt(StmtKind::If { cond, then, els: vec![] }, (line + 1, 2), "if");
        let nn = b.name(n, (line + 4, 13));
        let one = b.konst("1", int, (line + 4, 15));
        let sub = b.binary(nn, "-", one, int, (line + 4, 14));
        let pn = b.name(p, (line + 4, 18));
        let call = b.call_local(other, vec![sub, pn], Ty::expr_bool(), (line + 4, 12));
        let r = b.ret(vec![call], (line + 4, 2));
        b.body(f, vec![iff, r]);
    }
    let prog = b.finish();
    assert_eq!(escapade_escape::scc::batches(&prog), vec![vec![even, odd]]);
    check(&prog, "recursion_mutual", ALL);
}

#[test]
fn make_sizes_differ_between_versions() {
    let mut b = Builder::new();
    let int = Ty::int();
    let ints = Ty::slice(int);
    // func double(xs []int) int { out := make([]int, 2*len(xs)); copy(out, xs); return len(out) }
    let f = b.func("double", (4, 6));
    let xs = b.p(f, "xs", ints, (4, 13));
    b.ret_ty(f, int);
    let out = b.local(f, "out", ints, (5, 2));
    let two = b.konst("2", int, (5, 21));
    let xn = b.name(xs, (5, 27));
    let len = b.expr(ExprKind::Builtin(Builtin::Discard(vec![xn])), int, (5, 26), "len(xs)");
    let size = b.binary(two, "*", len, int, (5, 22));
    let mk = b.make_slice(ints, size, None, None, "make([]int, 2 * len(xs))", (5, 13));
    let d = b.define(out, mk, (5, 6));
    let on = b.name(out, (6, 7));
    let xn = b.name(xs, (6, 12));
    let cp =
        b.expr(ExprKind::Builtin(Builtin::Copy { dst: on, src: xn }), int, (6, 6), "copy(out, xs)");
    let cs = b.expr_stmt(cp);
    let on = b.name(out, (7, 13));
    let len = b.expr(ExprKind::Builtin(Builtin::Discard(vec![on])), int, (7, 12), "len(out)");
    let r = b.ret(vec![len], (7, 2));
    b.body(f, vec![d, cs, r]);
    // func sameLen(s string) []byte { b := make([]byte, len(s)); copy(b, s); return b }
    let bytes = Ty::slice(Ty::scalar(1));
    let g = b.func("sameLen", (10, 6));
    let s = b.p(g, "s", Ty::string(), (10, 14));
    b.ret_ty(g, bytes);
    let bv = b.local(g, "b", bytes, (11, 2));
    let sn = b.name(s, (11, 24));
    let len = b.expr(ExprKind::Builtin(Builtin::Discard(vec![sn])), int, (11, 23), "len(s)");
    let mk = b.make_slice(bytes, len, None, None, "make([]byte, len(s))", (11, 11));
    let d = b.define(bv, mk, (11, 4));
    let bn = b.name(bv, (12, 7));
    let sn = b.name(s, (12, 10));
    let cp =
        b.expr(ExprKind::Builtin(Builtin::Copy { dst: bn, src: sn }), int, (12, 6), "copy(b, s)");
    let cs = b.expr_stmt(cp);
    let bn = b.name(bv, (13, 9));
    let r = b.ret(vec![bn], (13, 2));
    b.body(g, vec![d, cs, r]);
    check(&b.finish(), "make_param_sizes", ALL);
}

#[test]
fn interface_boxing() {
    let mut b = Builder::new();
    let int = Ty::int();
    // func boxInt(n int) { sink = n }
    let f = b.func("boxInt", (7, 6));
    let n = b.p(f, "n", int, (7, 13));
    let g = b.global("sink", Ty::interface(), (8, 2));
    let nn = b.name(n, (8, 9));
    let conv = b.iface(nn, (8, 9));
    let s = b.assign(g, conv, (8, 7));
    b.body(f, vec![s]);
    // func boxLocal(n int) bool { var i interface{} = n; _, ok := i.(string); return ok }
    let f = b.func("boxLocal", (11, 6));
    let n = b.p(f, "n", int, (11, 15));
    b.ret_ty(f, Ty::expr_bool());
    let i = b.local(f, "i", Ty::interface(), (12, 6));
    let ok = b.local(f, "ok", Ty::expr_bool(), (13, 5));
    let nn = b.name(n, (12, 22));
    let conv = b.iface(nn, (12, 22));
    let d = b.define(i, conv, (12, 20));
    let iv = b.name(i, (13, 11));
    let assert = b.expr(ExprKind::TypeAssert(iv), Ty::string(), (13, 12), "i.(string)");
    let okn = b.name(ok, (13, 5));
    let kind = StmtKind::Assign {
        op: AssignOp::PairDotType,
        lhs: vec![None, Some(okn)],
        rhs: vec![assert],
    };
    let s2 = b.stmt(kind, (13, 8), "_, ok := i.(string)");
    b.prog.vars[ok.0 as usize].defn = Some(s2);
    let okn = b.name(ok, (14, 9));
    let r = b.ret(vec![okn], (14, 2));
    b.body(f, vec![d, s2, r]);
    // func boxStruct(a, b int) { sink = pt{a, b} }
    let f = b.func("boxStruct", (17, 6));
    let a = b.p(f, "a", int, (17, 16));
    let bb = b.p(f, "b", int, (17, 19));
    let g = b.global("sink", Ty::interface(), (19, 2));
    let an = b.name(a, (19, 12));
    let bn = b.name(bb, (19, 15));
    let lit = b.struct_lit(vec![an, bn], Ty::structure(16, 8, false), "pt{...}", (19, 11));
    let conv = b.iface(lit, (19, 11));
    let s = b.assign(g, conv, (19, 7));
    b.body(f, vec![s]);
    check(&b.finish(), "iface_box_int", ALL);
}

/// `go f(args)` as 1.27 desugars it: the arguments are assigned to temporaries captured by a
/// wrapper closure whose body makes the call.
fn go_wrapper(
    b: &mut Builder,
    f: FuncId,
    name: &str,
    temps: &[(VarId, ExprId)],
    make_call: impl FnOnce(&mut Builder, &[VarId]) -> ExprId,
    at: (u32, u32),
) -> Vec<StmtId> {
    let mut out = Vec::new();
    if !temps.is_empty() {
        let lhs: Vec<Option<ExprId>> = temps.iter().map(|(v, _)| Some(b.name(*v, at))).collect();
        let rhs: Vec<ExprId> = temps.iter().map(|(_, e)| *e).collect();
        let lt: Vec<String> = temps.iter().map(|(v, _)| b.prog.var(*v).name.clone()).collect();
        let text = format!("{} = {}", lt.join(", "), b.join(&rhs));
        let s = b.stmt(StmtKind::Assign { op: AssignOp::Pair, lhs, rhs }, at, &text);
        for (v, _) in temps {
            b.prog.vars[v.0 as usize].defn = Some(s);
        }
        out.push(s);
    }
    let w = b.closure(f, name, at);
    b.func_mut(w).wrapper = true;
    let vars: Vec<VarId> = temps.iter().map(|(v, _)| *v).collect();
    for v in &vars {
        b.capture(w, *v, at);
    }
    let call = make_call(b, &vars);
    let cs = b.expr_stmt(call);
    b.body(w, vec![cs]);
    let lit = b.func_lit(w, at);
    out.push(b.stmt(StmtKind::Go(lit), at, "go"));
    out
}

#[test]
fn go_statement_arguments() {
    let mut b = Builder::new();
    let int = Ty::int();
    let ints = Ty::slice(int);
    // func consume(xs []int, s string, n int) {}
    let consume = b.func("consume", (5, 6));
    b.p(consume, "xs", ints, (5, 14));
    b.p(consume, "s", Ty::string(), (5, 24));
    b.p(consume, "n", int, (5, 36));
    b.body(consume, vec![]);
    // func spawn(xs []int, s string) { go consume(xs, s, 1) }
    let f = b.func("spawn", (7, 6));
    let xs = b.p(f, "xs", ints, (7, 12));
    let s = b.p(f, "s", Ty::string(), (7, 22));
    let t2 = b.local(f, ".autotmp_2", ints, (8, 2));
    let t3 = b.local(f, ".autotmp_3", Ty::string(), (8, 2));
    let xn = b.name(xs, (8, 13));
    let sn = b.name(s, (8, 17));
    let body = go_wrapper(
        &mut b,
        f,
        "spawn.gowrap1",
        &[(t2, xn), (t3, sn)],
        |b, vars| {
            let a = b.name(vars[0], (8, 2));
            let c = b.name(vars[1], (8, 2));
            let one = b.konst("1", Ty::int(), (8, 20));
            b.call_local(consume, vec![a, c, one], Ty::default(), (8, 12))
        },
        (8, 2),
    );
    b.body(f, body);
    // func spawnLit() { go consume([]int{1, 2}, "lit", 3) }
    let f = b.func("spawnLit", (11, 6));
    let body = go_wrapper(
        &mut b,
        f,
        "spawnLit.gowrap1",
        &[],
        |b, _| {
            let one = b.konst("1", Ty::int(), (12, 19));
            let two = b.konst("2", Ty::int(), (12, 22));
            let lit = b.slice_lit(vec![one, two], ints, "[]int{...}", (12, 18));
            let s = b.konst("\"lit\"", Ty::string(), (12, 26));
            let three = b.konst("3", Ty::int(), (12, 33));
            b.call_local(consume, vec![lit, s, three], Ty::default(), (12, 12))
        },
        (12, 2),
    );
    b.body(f, body);
    check(&b.finish(), "go_args_values", ALL);
}

#[test]
fn method_values_and_go_method_call() {
    let mut b = Builder::new();
    let int = Ty::int();
    let ticker = Ty::structure(8, 8, false);
    let pticker = Ty::ptr(ticker);
    // func (t *ticker) tick() { t.n++ }
    let tick = b.func("(*ticker).tick", (6, 18));
    let t = b.recv(tick, "t", pticker, (6, 7));
    let tn = b.name(t, (6, 27));
    let dn = b.dot(tn, "n", true, int, (6, 28));
    let one = b.konst("1", int, (6, 29));
    let inc = b.op_assign(dn, one, "t.n++", (6, 29));
    b.body(tick, vec![inc]);
    // func (t ticker) read() int { return t.n }
    let read = b.func("ticker.read", (8, 17));
    let t = b.recv(read, "t", ticker, (8, 7));
    b.ret_ty(read, int);
    let tn = b.name(t, (8, 37));
    let dn = b.dot(tn, "n", false, int, (8, 38));
    let r = b.ret(vec![dn], (8, 30));
    b.body(read, vec![r]);
    // func getTick(t *ticker) func() { return t.tick }
    // func getRead(t ticker) func() int { return t.read }
    for (name, line, col, ty, target, results, field) in [
        ("getTick", 10, 14, pticker, tick, 0, "tick"),
        ("getRead", 14, 14, ticker, read, 1, "read"),
    ] {
        let f = b.func(name, (line, 6));
        let t = b.p(f, "t", ty, (line, col));
        b.ret_ty(f, Ty::func());
        let tn = b.name(t, (line + 1, 9));
        let kind = ExprKind::MethodValue {
            x: tn,
            target: MethodTarget::Static(StaticCallee::Local(target)),
            results,
            closure_size: 16,
        };
        let mv = b.expr(kind, Ty::func(), (line + 1, 10), &format!("t.{field}"));
        let r = b.ret(vec![mv], (line + 1, 2));
        b.body(f, vec![r]);
    }
    // func spawn(t *ticker) { go t.tick() }
    let f = b.func("spawn", (18, 6));
    let t = b.p(f, "t", pticker, (18, 12));
    let tmp = b.local(f, ".autotmp_1", pticker, (19, 2));
    let tn = b.name(t, (19, 5));
    let body = go_wrapper(
        &mut b,
        f,
        "spawn.gowrap1",
        &[(tmp, tn)],
        |b, vars| {
            let r = b.name(vars[0], (19, 2));
            let callee = Callee::Static(StaticCallee::Local(tick));
            b.call(callee, None, Some(r), vec![], Ty::default(), ".autotmp_1.tick()", (19, 11))
        },
        (19, 2),
    );
    b.body(f, body);
    check(&b.finish(), "method_value_escape", ALL);
}

#[test]
fn map_literals_and_make_map() {
    let mut b = Builder::new();
    let int = Ty::int();
    // func local() int { m := make(map[string]int); m["a"] = 1; return m["a"] }
    let f = b.func("local", (4, 6));
    b.ret_ty(f, int);
    let m = b.local(f, "m", Ty::map(), (5, 2));
    let mk = b.make_map(None, "make(map[string]int)", (5, 11));
    let d = b.define(m, mk, (5, 4));
    let mn = b.name(m, (6, 2));
    let ka = b.konst("\"a\"", Ty::string(), (6, 4));
    let idx = b.expr(ExprKind::MapIndex { map: mn, key: ka }, int, (6, 3), "m[\"a\"]");
    let one = b.konst("1", int, (6, 11));
    let s = b.assign(idx, one, (6, 9));
    let mn = b.name(m, (7, 9));
    let ka = b.konst("\"a\"", Ty::string(), (7, 11));
    let idx = b.expr(ExprKind::MapIndex { map: mn, key: ka }, int, (7, 10), "m[\"a\"]");
    let r = b.ret(vec![idx], (7, 2));
    b.body(f, vec![d, s, r]);
    // func returned() map[string]int { return map[string]int{"x": 1} }
    let f = b.func("returned", (10, 6));
    b.ret_ty(f, Ty::map());
    let k = b.konst("\"x\"", Ty::string(), (11, 24));
    let v = b.konst("1", int, (11, 29));
    let lit = b.map_lit(vec![(k, v)], "map[string]int{...}", (11, 23));
    let r = b.ret(vec![lit], (11, 2));
    b.body(f, vec![r]);
    // func literalLocal() int { m := map[int]bool{1: true}; return len(m) }
    let f = b.func("literalLocal", (14, 6));
    b.ret_ty(f, int);
    let m = b.local(f, "m", Ty::map(), (15, 2));
    let k = b.konst("1", int, (15, 20));
    let v = b.konst("true", Ty::expr_bool(), (15, 23));
    let lit = b.map_lit(vec![(k, v)], "map[int]bool{...}", (15, 19));
    let d = b.define(m, lit, (15, 4));
    let mn = b.name(m, (16, 13));
    let len = b.expr(ExprKind::Builtin(Builtin::Discard(vec![mn])), int, (16, 12), "len(m)");
    let r = b.ret(vec![len], (16, 2));
    b.body(f, vec![d, r]);
    check(&b.finish(), "map_local_vs_returned", ALL);
}

#[test]
fn append_backing_store_lines_are_127_only() {
    let mut b = Builder::new();
    let int = Ty::int();
    let ints = Ty::slice(int);
    // func local() int { var s []int; s = append(s, 1, 2); return len(s) }
    let f = b.func("local", (5, 6));
    b.ret_ty(f, int);
    let s = b.local(f, "s", ints, (6, 6));
    let vs = b.var_stmt(s, (6, 2));
    let sn = b.name(s, (7, 13));
    let one = b.konst("1", int, (7, 16));
    let two = b.konst("2", int, (7, 19));
    let ap = b.append(vec![sn, one, two], false, (7, 12));
    let lhs = b.name(s, (7, 2));
    let a = b.assign(lhs, ap, (7, 4));
    let sn = b.name(s, (8, 13));
    let len = b.expr(ExprKind::Builtin(Builtin::Discard(vec![sn])), int, (8, 12), "len(s)");
    let r = b.ret(vec![len], (8, 2));
    b.body(f, vec![vs, a, r]);
    // func grow(s []int, v int) []int { return append(s, v) }
    let f = b.func("grow", (11, 6));
    let s = b.p(f, "s", ints, (11, 11));
    let v = b.p(f, "v", int, (11, 20));
    b.ret_ty(f, ints);
    let sn = b.name(s, (12, 16));
    let vn = b.name(v, (12, 19));
    let ap = b.append(vec![sn, vn], false, (12, 15));
    let r = b.ret(vec![ap], (12, 2));
    b.body(f, vec![r]);
    // func build(n int) []int { var s []int; for i := 0; i < n; i++ { s = append(s, i) }; return s }
    let f = b.func("build", (15, 6));
    let n = b.p(f, "n", int, (15, 12));
    b.ret_ty(f, ints);
    let s = b.local(f, "s", ints, (16, 6));
    let i = b.local(f, "i", int, (17, 6));
    let vs = b.var_stmt(s, (16, 2));
    let sn = b.name(s, (18, 14));
    let iv = b.name(i, (18, 17));
    let ap = b.append(vec![sn, iv], false, (18, 13));
    let lhs = b.name(s, (18, 3));
    let a = b.assign(lhs, ap, (18, 5));
    let nn = b.name(n, (17, 22));
    let lp = b.counted_loop(i, nn, vec![a], (17, 6), (17, 2));
    let sn = b.name(s, (20, 9));
    let r = b.ret(vec![sn], (20, 2));
    let mut body = vec![vs];
    body.extend(lp);
    body.push(r);
    b.body(f, body);
    check(&b.finish(), "append_basic", ALL);
}

#[test]
fn slice_of_maps() {
    let mut b = Builder::new();
    let int = Ty::int();
    let maps = Ty::slice(Ty::map());
    // func records(n int) []map[string]int {
    //     var rs []map[string]int
    //     for i := 0; i < n; i++ { rs = append(rs, map[string]int{"id": i}) }
    //     return rs }
    let f = b.func("records", (4, 6));
    let n = b.p(f, "n", int, (4, 14));
    b.ret_ty(f, maps);
    let rs = b.local(f, "rs", maps, (5, 6));
    let i = b.local(f, "i", int, (6, 6));
    let vs = b.var_stmt(rs, (5, 2));
    let rn = b.name(rs, (7, 15));
    let k = b.konst("\"id\"", Ty::string(), (7, 34));
    let iv = b.name(i, (7, 40));
    let lit = b.map_lit(vec![(k, iv)], "map[string]int{...}", (7, 33));
    let ap = b.append(vec![rn, lit], false, (7, 14));
    let lhs = b.name(rs, (7, 3));
    let a = b.assign(lhs, ap, (7, 6));
    let nn = b.name(n, (6, 22));
    let lp = b.counted_loop(i, nn, vec![a], (6, 6), (6, 2));
    let rn = b.name(rs, (9, 9));
    let r = b.ret(vec![rn], (9, 2));
    let mut body = vec![vs];
    body.extend(lp);
    body.push(r);
    b.body(f, body);
    // func countRecords(n int) int {
    //     rs := make([]map[string]int, 0, n)
    //     for i := 0; i < n; i++ { rs = append(rs, make(map[string]int)) }
    //     return len(rs) }
    let g = b.func("countRecords", (12, 6));
    let n = b.p(g, "n", int, (12, 19));
    b.ret_ty(g, int);
    let rs = b.local(g, "rs", maps, (13, 2));
    let i = b.local(g, "i", int, (14, 6));
    let zero = b.konst("0", int, (13, 32));
    let nn = b.name(n, (13, 35));
    let mk = b.make_slice(maps, zero, Some(nn), None, "make([]map[string]int, 0, n)", (13, 12));
    let d = b.define(rs, mk, (13, 5));
    let rn = b.name(rs, (15, 15));
    let mm = b.make_map(None, "make(map[string]int)", (15, 23));
    let ap = b.append(vec![rn, mm], false, (15, 14));
    let lhs = b.name(rs, (15, 3));
    let a = b.assign(lhs, ap, (15, 6));
    let nn = b.name(n, (14, 22));
    let lp = b.counted_loop(i, nn, vec![a], (14, 6), (14, 2));
    let rn = b.name(rs, (17, 13));
    let len = b.expr(ExprKind::Builtin(Builtin::Discard(vec![rn])), int, (17, 12), "len(rs)");
    let r = b.ret(vec![len], (17, 2));
    let mut body = vec![d];
    body.extend(lp);
    body.push(r);
    b.body(g, body);
    // func main() { _ = records(2); _ = countRecords(2) }
    let m = b.func("main", (20, 6));
    let two = b.konst("2", int, (21, 14));
    let c1 = b.call_local(f, vec![two], maps, (21, 13));
    let s1 = b.blank(c1, (21, 4));
    let two = b.konst("2", int, (22, 19));
    let c2 = b.call_local(g, vec![two], int, (22, 18));
    let s2 = b.blank(c2, (22, 4));
    b.body(m, vec![s1, s2]);
    check(&b.finish(), "seed_slice_of_maps", ALL);
}
