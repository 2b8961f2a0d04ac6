//! Go 1.26 `new(expr)` and Go 1.27 generic methods (methods with their own type parameters).
//! Every expected diagnostic was produced by gc 1.27.3 (`go build -gcflags=-e` on the same
//! program, file-name prefix removed).

use escapade_types::{check_source, TypeKind};

fn errors(src: &str) -> Vec<String> {
    let c = check_source(src);
    c.render(&["main.go"], &[src])
        .into_iter()
        .map(|l| l.strip_prefix("main.go:").unwrap_or(&l).to_string())
        .collect()
}

#[test]
fn new_of_expression_is_a_pointer_to_the_default_type() {
    let src = "package main\n\nfunc main() {\n\tx := int8(5)\n\tp := new(x)\n\tq := new(3)\n\tr := new('a')\n\ts := new(2.5 * 2)\n\tt := new(\"s\")\n\tu := new(1 == 1)\n\tvar _ *int8 = p\n\tvar _ *int = q\n\tvar _ *rune = r\n\tvar _ *float64 = s\n\tvar _ *string = t\n\tvar _ *bool = u\n\tvar _ *[]int = new([]int{1})\n\tvar _ *int = new(int)\n}\n";
    assert_eq!(errors(src), Vec::<String>::new());
    // The call's recorded type is the pointer type.
    let c = check_source(src);
    let ptrs = c.checker.info[0]
        .types
        .iter()
        .flatten()
        .filter(|tv| matches!(c.checker.types.kind(tv.ty), TypeKind::Pointer(_)))
        .count();
    assert!(ptrs >= 8, "pointer-typed expressions recorded: {ptrs}");
}

#[test]
fn new_misuse_reports_gc_errors() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc g[T any](x T) T { return x }\n\nfunc main() {\n\ta := new(nil)\n\tc := new(1 << 70)\n\td := new(len)\n\te := new(g)\n\tf := new(fmt)\n\th := new(1, 2)\n\t_, _, _, _, _, _ = a, c, d, e, f, h\n}\n";
    assert_eq!(
        errors(src),
        [
            "8:11: use of untyped nil in argument to new",
            "9:11: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in argument to new (overflows)",
            "10:11: len (built-in) must be called",
            "11:11: cannot use generic function g without instantiation",
            "12:11: use of package fmt not in selector",
            "13:7: invalid operation: too many arguments for new(1, 2) (expected 1, found 2)",
        ]
    );
}

#[test]
fn builtin_argument_count_errors_are_at_the_call() {
    let src = "package main\n\nfunc main() {\n\ts := []int{1}\n\t_ = len(s, s)\n\t_ = len()\n\t_ = copy(s)\n\t_ = cap(s,\n\t\ts)\n}\n";
    assert_eq!(
        errors(src),
        [
            "5:6: invalid operation: too many arguments for len(s, s) (expected 1, found 2)",
            "6:6: invalid operation: not enough arguments for len() (expected 1, found 0)",
            "7:6: invalid operation: not enough arguments for copy(s) (expected 2, found 1)",
            "8:6: invalid operation: too many arguments for cap(s, s) (expected 1, found 2)",
        ]
    );
}

const LIST: &str = "package main\n\ntype List[T any] struct{ xs []T }\n\nfunc (l List[T]) Map[U any](f func(T) U) List[U] {\n\tvar out []U\n\tfor _, x := range l.xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn List[U]{out}\n}\n\nfunc (List[T]) N[V any]() {}\n\n";

#[test]
fn generic_methods_check_and_record_instances() {
    let src = format!(
        "{LIST}func main() {{\n\tl := List[int]{{[]int{{1}}}}\n\tvar a List[string] = l.Map(func(int) string {{ return \"\" }})\n\tvar b List[bool] = l.Map[bool](func(int) bool {{ return true }})\n\tf := List[int].Map[string]\n\tg := l.Map[float64]\n\tl.N[int]()\n\t_, _, _, _ = a, b, f, g\n}}\n"
    );
    assert_eq!(errors(&src), Vec::<String>::new());
    let c = check_source(&src);
    let insts: Vec<String> = c.checker.info[0]
        .instances
        .iter()
        .flatten()
        .filter(|i| i.targs.len() == 1)
        .map(|i| c.checker.type_string(i.targs[0]))
        .collect();
    for want in ["string", "bool", "float64"] {
        assert!(insts.iter().any(|s| s == want), "no instance with {want}: {insts:?}");
    }
}

#[test]
fn generic_method_misuse_reports_gc_errors() {
    let src = format!(
        "{LIST}type J interface{{ N() }}\n\nfunc main() {{\n\tvar l List[int]\n\tvar _ J = l\n\tm := l.Map\n\t_ = l.Map[int, string]\n\t_ = l.Map(nil)\n\tl.N()\n\t_ = m\n}}\n"
    );
    assert_eq!(
        errors(&src),
        [
            "19:12: cannot use l (variable of struct type List[int]) as J value in variable declaration: List[int] does not implement J (wrong type for method N)\n\t\thave N[V any]()\n\t\twant N()",
            "20:7: cannot use generic function l.Map without instantiation",
            "21:17: got 2 type arguments but want 1",
            "22:11: in call to l.Map, cannot infer U (declared at 5:22)",
            "23:5: in call to l.N, cannot infer V (declared at 13:18)",
        ]
    );
}
