//! Embedding parameters read from the page address, and the addresses and `<iframe>` snippet
//! the page hands out. Pure (tested natively).
//!
//! `?embed=1&view=map&readonly=1&theme=dark&lines=5-12&runtime=classic&seed=3&step=N` plus a
//! share fragment (`#v1.…`, [`crate::share`]) carrying the code: chrome-less page, the pane to
//! show, a read-only editor, a forced colour theme, the lines to focus, the map runtime and
//! hash seed of the run, and a deep link to a map frame. `view`, `runtime`, `seed` and `step`
//! also work without `embed=1` (the "Open in Escapade" link uses them).

use super::run::Runtime;
use crate::state::Pane;

/// `theme=light|dark|auto`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system setting.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn slug(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedParams {
    /// `embed=1`: no page header, no Problems list, natural height, no saved session.
    pub embed: bool,
    /// `view=escape|map|output` (`split` shows the map pane too).
    pub view: Option<Pane>,
    /// `readonly=1`: the editor cannot be edited.
    pub readonly: bool,
    /// `step=N`: the map timeline opens at frame N (0-based) after the first run.
    pub step: Option<usize>,
    pub theme: Theme,
    /// `lines=a-b` (1-based, inclusive; `lines=a` is one line): the editor shows these lines
    /// and dims the rest.
    pub lines: Option<(u32, u32)>,
    /// `runtime=classic|swiss`: the map runtime of the runs.
    pub runtime: Option<Runtime>,
    /// `seed=N`: the runs' hash seed.
    pub seed: Option<u64>,
}

fn flag(v: &str) -> bool {
    v == "1" || v == "true"
}

/// Parses `a-b` or `a` into a 1-based inclusive range (`a <= b`, both ≥ 1).
fn parse_lines(v: &str) -> Option<(u32, u32)> {
    let (a, b) = v.split_once('-').unwrap_or((v, v));
    let (a, b) = (a.trim().parse::<u32>().ok()?, b.trim().parse::<u32>().ok()?);
    (a >= 1 && a <= b).then_some((a, b))
}

/// Parses a `location.search` string (with or without the leading `?`). Unknown keys and bad
/// values are ignored.
pub fn parse(search: &str) -> EmbedParams {
    let mut p = EmbedParams::default();
    for pair in search.trim_start_matches('?').split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        match k {
            "embed" => p.embed = flag(v),
            "readonly" => p.readonly = flag(v),
            "view" => {
                p.view = match v {
                    "escape" => Some(Pane::Escape),
                    "map" | "split" => Some(Pane::Map),
                    "output" => Some(Pane::Output),
                    _ => p.view,
                }
            }
            "step" => p.step = v.parse().ok().or(p.step),
            "theme" => {
                p.theme = match v {
                    "light" => Theme::Light,
                    "dark" => Theme::Dark,
                    "auto" => Theme::Auto,
                    _ => p.theme,
                }
            }
            "lines" => p.lines = parse_lines(v).or(p.lines),
            "runtime" => {
                p.runtime = match v {
                    "classic" => Some(Runtime::Classic123),
                    "swiss" => Some(Runtime::Swiss127),
                    _ => p.runtime,
                }
            }
            "seed" => p.seed = v.parse().ok().or(p.seed),
            _ => {}
        }
    }
    p
}

/// What a link or an embed carries besides the code (which travels in `fragment`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkState {
    pub view: Pane,
    pub runtime: Runtime,
    pub seed: u64,
    /// The map frame shown (None: no map run yet).
    pub step: Option<usize>,
    /// `#v1.…` without the `#`.
    pub fragment: String,
}

/// The query of a link to `s` (no `?`).
fn state_query(s: &LinkState) -> String {
    let mut q = format!("view={}&runtime={}&seed={}", s.view.slug(), s.runtime.slug(), s.seed);
    if let Some(n) = s.step {
        q.push_str(&format!("&step={n}"));
    }
    q
}

/// "Open in Escapade": the full page (`base` is origin + path) opening on the same code, Go
/// version, pane, map runtime, seed and frame.
pub fn open_url(base: &str, s: &LinkState) -> String {
    format!("{base}?{}#{}", state_query(s), s.fragment)
}

/// The embed address of `s` with the embed options chosen.
pub fn embed_url(
    base: &str,
    s: &LinkState,
    readonly: bool,
    theme: Theme,
    lines: Option<(u32, u32)>,
) -> String {
    let mut q = format!("embed=1&{}", state_query(s));
    if readonly {
        q.push_str("&readonly=1");
    }
    if theme != Theme::Auto {
        q.push_str(&format!("&theme={}", theme.slug()));
    }
    if let Some((a, b)) = lines {
        q.push_str(&format!("&lines={a}-{b}"));
    }
    format!("{base}?{q}#{}", s.fragment)
}

/// Escapes text for a double-quoted HTML attribute.
fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Initial iframe height for an embed showing `code_lines` lines of code and `view` (the embed
/// then reports its real height with `escapade:height` messages).
pub fn snippet_height(code_lines: usize, view: Pane) -> u32 {
    let code = 60 + 21 * code_lines.clamp(4, 40) as u32;
    let pane = if view == Pane::Map { 520 } else { 320 };
    code.max(pane)
}

/// The `<iframe>` snippet for `url`: full width, `height` px, lazy, titled, sandboxed (scripts,
/// and popups for its "Open in Escapade" link; no same-origin access, so no storage).
pub fn iframe_snippet(url: &str, height: u32, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" style=\"border:1px solid #d1d9e0;border-radius:6px\" sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox\"></iframe>",
        attr(url),
        attr(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_embed_parameters() {
        let p = parse(
            "?embed=1&view=map&readonly=1&step=42&theme=dark&lines=5-12&runtime=classic&seed=9",
        );
        assert_eq!(
            p,
            EmbedParams {
                embed: true,
                view: Some(Pane::Map),
                readonly: true,
                step: Some(42),
                theme: Theme::Dark,
                lines: Some((5, 12)),
                runtime: Some(Runtime::Classic123),
                seed: Some(9),
            }
        );
        assert_eq!(parse(""), EmbedParams::default());
        assert_eq!(parse("?view=output&step=x&embed=0").view, Some(Pane::Output));
        assert_eq!(parse("?view=output&step=x&embed=0").step, None);
        assert!(!parse("embed=0").embed);
        assert_eq!(parse("theme=light").theme, Theme::Light);
        assert_eq!(parse("theme=purple").theme, Theme::Auto);
        assert_eq!(parse("lines=7").lines, Some((7, 7)));
        for bad in ["lines=0-3", "lines=9-2", "lines=a-b", "lines=-", "lines="] {
            assert_eq!(parse(bad).lines, None, "{bad}");
        }
        assert_eq!(parse("runtime=swiss").runtime, Some(Runtime::Swiss127));
        assert_eq!(parse("runtime=x&seed=-1").runtime, None);
        assert_eq!(parse("seed=-1").seed, None);
    }

    #[test]
    fn links_round_trip_through_the_parser() {
        let s = LinkState {
            view: Pane::Map,
            runtime: Runtime::Classic123,
            seed: 7,
            step: Some(120),
            fragment: "v1.abc".into(),
        };
        let open = open_url("https://x.dev/tools/escapade/", &s);
        assert_eq!(
            open,
            "https://x.dev/tools/escapade/?view=map&runtime=classic&seed=7&step=120#v1.abc"
        );
        let (q, frag) = open.split_once('#').unwrap();
        assert_eq!(frag, "v1.abc");
        let p = parse(q.split_once('?').unwrap().1);
        assert!(!p.embed);
        assert_eq!(
            (p.view, p.runtime, p.seed, p.step),
            (Some(Pane::Map), Some(Runtime::Classic123), Some(7), Some(120))
        );
        let e = embed_url("/e/", &s, true, Theme::Dark, Some((3, 9)));
        let p = parse(e.split_once('?').unwrap().1.split_once('#').unwrap().0);
        assert!(p.embed && p.readonly);
        assert_eq!((p.theme, p.lines, p.step), (Theme::Dark, Some((3, 9)), Some(120)));
        let no_step = LinkState { step: None, ..s };
        assert!(!embed_url("/", &no_step, false, Theme::Auto, None).contains("step="));
    }

    #[test]
    fn snippet_is_a_lazy_titled_sandboxed_iframe_with_escaped_attributes() {
        let h = snippet_height(12, Pane::Map);
        assert!((300..=1000).contains(&h));
        let s = iframe_snippet("https://x.dev/?embed=1&view=map#v1.a\"b", h, "Escapade: <maps>");
        assert!(
            s.starts_with("<iframe src=\"https://x.dev/?embed=1&amp;view=map#v1.a&quot;b\""),
            "{s}"
        );
        assert!(s.contains("title=\"Escapade: &lt;maps&gt;\""));
        assert!(s.contains("loading=\"lazy\""));
        assert!(s.contains(&format!("height=\"{h}\"")));
        assert!(s.contains("sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox\""));
        assert!(!s.contains("allow-same-origin"));
        assert!(s.ends_with("></iframe>"));
    }
}
