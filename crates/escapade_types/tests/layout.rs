//! Sizes, alignments and pointer-freedom of every annotated std type (the generated
//! `//escapade:layout` facts come from go/types with gc's amd64 sizes) against our own
//! computation from the stub declarations.

use escapade_types::stdlib::parse_annotation;
use escapade_types::ObjKind;

#[test]
fn std_layouts_match_annotations() {
    // Import every complete package so that their declarations load.
    let complete: Vec<&str> = escapade_types::stdlib::packages()
        .into_iter()
        .filter(|p| escapade_types::stdlib::stub(p).is_some_and(|(_, _, c)| c))
        .collect();
    let mut src = String::from("package main\n\nimport (\n");
    for (i, p) in complete.iter().enumerate() {
        src.push_str(&format!("\tp{i} {p:?}\n"));
    }
    src.push_str(")\n\nfunc main() {\n");
    for i in 0..complete.len() {
        // Reference something of each package: its name must be used.
        src.push_str(&format!("\t_ = p{i}.{}\n", "X"));
    }
    src.push_str("}\n");
    let mut checked = escapade_types::check_source(&src);
    let std_diags = checked.std_diagnostics.clone();
    let c = &mut checked.checker;
    let annotated: Vec<_> = c.annotations.iter().map(|(o, l)| (*o, l.clone())).collect();
    let (mut checked_n, mut mismatches) = (0, Vec::new());
    for (o, lines) in annotated {
        if !matches!(c.obj(o).kind, ObjKind::TypeName { .. }) {
            continue;
        }
        let Some(layout) = lines.iter().map(|l| parse_annotation(l)).find(|a| a.kind == "layout")
        else {
            continue;
        };
        let get = |k: &str| {
            layout.fields.iter().find(|(n, _)| n == k).and_then(|(_, v)| v.parse::<u64>().ok())
        };
        let (Some(size), Some(align), Some(ptrs)) = (get("size"), get("align"), get("ptrs")) else {
            continue;
        };
        let t = c.obj_type(o);
        if c.types.is_invalid(t) {
            mismatches.push(format!("{}: unresolved", c.obj(o).name));
            continue;
        }
        let (s, a) = c.size_align(t);
        let pf = c.pointer_free(t);
        checked_n += 1;
        if (s, a, !pf) != (size, align, ptrs == 1) {
            let pkg = c.obj(o).pkg.map(|p| c.pkgs[p.0 as usize].path.clone()).unwrap_or_default();
            mismatches.push(format!(
                "{pkg}.{}: ours size={s} align={a} ptrs={} want size={size} align={align} ptrs={ptrs}",
                c.obj(o).name,
                u8::from(!pf)
            ));
        }
    }
    assert!(std_diags.is_empty(), "std stubs report errors:\n{}", std_diags.join("\n"));
    assert!(checked_n > 250, "only {checked_n} annotated types checked");
    assert!(
        mismatches.is_empty(),
        "{} of {checked_n} layouts differ:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}
