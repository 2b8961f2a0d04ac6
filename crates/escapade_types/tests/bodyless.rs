//! Body-less function declarations in a single-file package built by `go build` (no `.s`
//! files, so gc runs with `-complete`): accepted only when a `//go:linkname` directive in a file
//! importing "unsafe" names them. Expected diagnostics from gc 1.27.3 (`go build -gcflags=-e`).

use escapade_types::check_source;

fn errors(src: &str) -> Vec<String> {
    let c = check_source(src);
    c.render(&["main.go"], &[src])
        .into_iter()
        .map(|l| l.strip_prefix("main.go:").unwrap_or(&l).to_string())
        .collect()
}

#[test]
fn linknamed_functions_need_no_body() {
    let src = "package main\n\nimport _ \"unsafe\"\n\n//go:linkname a example.com/ext.a\nfunc a(x uintptr)\n\n//go:linkname b\nfunc b(x uintptr)\n\nfunc c(x uintptr)\n\n//go:noescape\nfunc d(p *int)\n\n//go:linkname e example.com/ext.e\nvar e int\n\nfunc main() {}\n";
    assert_eq!(errors(src), ["11:6: missing function body", "14:6: missing function body"]);
}

#[test]
fn linkname_directive_may_follow_the_function_or_sit_in_a_body() {
    let src = "package main\n\nimport _ \"unsafe\"\n\nfunc c(x uintptr)\n\nfunc main() {\n\t//go:linkname h example.com/ext.h\n\tc(1)\n}\n\n//go:linkname c example.com/ext.c\n\nfunc h()\n";
    assert_eq!(errors(src), Vec::<String>::new());
}

#[test]
fn linkname_needs_unsafe_and_a_declared_name() {
    let without_unsafe =
        "package p\n\nfunc c(x uintptr)\n\n//go:linkname e example.com/ext.e\nfunc f()\n";
    assert_eq!(
        errors(without_unsafe),
        [
            "3:6: missing function body",
            "5:3: //go:linkname only allowed in Go files that import \"unsafe\"",
            "6:6: missing function body",
        ]
    );
    let undeclared = "package p\n\nimport _ \"unsafe\"\n\nfunc c(x uintptr)\n\n//go:linkname e example.com/ext.e\nfunc f()\n";
    assert_eq!(
        errors(undeclared),
        [
            "5:6: missing function body",
            "7:3: //go:linkname must refer to declared function or variable",
            "8:6: missing function body",
        ]
    );
}

#[test]
fn bodyless_methods_init_and_type_errors() {
    // A method is reported at its receiver (the token after `func`), even when a linkname
    // names a function of the same name.
    let method = "package main\n\nimport _ \"unsafe\"\n\ntype T int\n\nfunc (T) m()\n\n//go:linkname m\nfunc m()\n\nfunc main() {}\n";
    assert_eq!(errors(method), ["7:6: missing function body"]);
    // `func init` is a type error, and gc stops before the body checks.
    let init = "package main\n\nfunc init()\n\nfunc (T) m()\n\ntype T int\n\nfunc main() {\n}\n";
    assert_eq!(errors(init), ["3:6: func init must have a body"]);
    let type_error =
        "package main\n\nfunc a(x uintptr)\n\nfunc main() {\n\tvar x int = \"s\"\n\t_ = x\n}\n";
    assert_eq!(
        errors(type_error),
        ["6:14: cannot use \"s\" (untyped string constant) as int value in variable declaration"]
    );
}
