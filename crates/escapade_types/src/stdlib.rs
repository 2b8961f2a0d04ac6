//! The embedded std declarations (`stdlib/go1.27/*.go`, generated from real Go by another
//! tool) and their `//escapade:` annotations.

mod index {
    include!(concat!(env!("OUT_DIR"), "/stdlib_index.rs"));
}

/// `(stub text, package name, complete)` of std package `path`, if Escapade has it.
pub fn stub(path: &str) -> Option<(&'static str, &'static str, bool)> {
    let text = index::STUBS.iter().find(|(p, _)| *p == path).map(|(_, t)| *t)?;
    let line = index::PACKAGES.lines().find(|l| l.split(' ').next() == Some(path))?;
    let mut parts = line.split(' ');
    let _ = parts.next();
    let name = parts.next()?;
    let complete = parts.next() == Some("complete");
    Some((text, name, complete))
}

/// Import paths of all embedded packages (sorted).
pub fn packages() -> Vec<&'static str> {
    index::STUBS.iter().map(|(p, _)| *p).collect()
}

/// One parsed `//escapade:` annotation line: the kind (`esc`, `inl`, `layout`, …), the Go
/// version token if present, and the remaining `key=value` or bare tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotation {
    pub kind: String,
    pub version: Option<String>,
    pub fields: Vec<(String, String)>,
}

/// Parses an annotation line (without the `//escapade:` prefix).
pub fn parse_annotation(line: &str) -> Annotation {
    let mut toks = split_tokens(line).into_iter();
    let kind = toks.next().unwrap_or_default();
    let mut version = None;
    let mut fields = Vec::new();
    for t in toks {
        if version.is_none() && fields.is_empty() && t.starts_with("go1.") {
            version = Some(t);
            continue;
        }
        match t.split_once('=') {
            Some((k, v)) => fields.push((k.to_string(), v.trim_matches('"').to_string())),
            None => fields.push((t, String::new())),
        }
    }
    Annotation { kind, version, fields }
}

/// Splits on spaces, keeping `key="quoted value"` together.
fn split_tokens(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut prev = ' ';
    for c in line.chars() {
        if c == '"' && prev != '\\' {
            quoted = !quoted;
        }
        if c == ' ' && !quoted {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(c);
        }
        prev = c;
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}
