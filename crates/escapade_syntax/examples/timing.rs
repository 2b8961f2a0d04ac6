#![allow(clippy::print_stdout, clippy::disallowed_methods)]
fn main() {
    for (open, close) in [("(", ")"), ("{", "}"), ("[]", ""), ("*", ""), ("-", ""), ("func() ", "")]
    {
        let depth = 100_000;
        let mut text = String::from("package p\nvar x = ");
        for _ in 0..depth {
            text.push_str(open);
        }
        text.push('1');
        for _ in 0..depth {
            text.push_str(close);
        }
        let t = std::time::Instant::now();
        let tree = escapade_syntax::parse(&text);
        let t1 = t.elapsed();
        let hl = escapade_syntax::highlight(&text);
        let t2 = t.elapsed();
        println!(
            "{open}: parse {:?} highlight {:?} errs {} hl {}",
            t1,
            t2 - t1,
            tree.errors.len(),
            hl.len()
        );
    }
}
