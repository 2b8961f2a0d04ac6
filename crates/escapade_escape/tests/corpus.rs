//! Hand-built escape IR for corpus files, checked against the goldens the real Go toolchains
//! produced (`testdata/golden/<config>/<file>.txt`). The IR mirrors what the lowering must
//! produce for each file; the expectations come from real `go build -gcflags=-m…` output.

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
