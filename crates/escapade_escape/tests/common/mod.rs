//! Helpers shared by the integration tests.

/// `(name, text)` of the `.go` files of directory `dir`, sorted by name.
pub fn go_files(dir: &str) -> Vec<(String, String)> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let text = std::fs::read_to_string(format!("{dir}/{n}"))
                .unwrap_or_else(|e| panic!("{dir}/{n}: {e}"));
            (n, text)
        })
        .collect()
}
