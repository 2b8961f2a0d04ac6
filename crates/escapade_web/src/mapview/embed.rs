//! Embedding parameters read from the page address (`?embed=1&view=map&readonly=1&step=N`):
//! chrome-less page, the pane to show, a read-only editor, and a deep link to a map frame.

use crate::state::Pane;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedParams {
    /// `embed=1`: no page header, no Problems list.
    pub embed: bool,
    /// `view=escape|map|output` (`split` shows the map pane too).
    pub view: Option<Pane>,
    /// `readonly=1`: the editor cannot be edited.
    pub readonly: bool,
    /// `step=N`: the map timeline opens at frame N (0-based) after the first run.
    pub step: Option<usize>,
}

/// Parses a `location.search` string (with or without the leading `?`). Unknown keys and bad
/// values are ignored.
pub fn parse(search: &str) -> EmbedParams {
    let mut p = EmbedParams::default();
    for pair in search.trim_start_matches('?').split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        match k {
            "embed" => p.embed = v == "1" || v == "true",
            "readonly" => p.readonly = v == "1" || v == "true",
            "view" => {
                p.view = match v {
                    "escape" => Some(Pane::Escape),
                    "map" | "split" => Some(Pane::Map),
                    "output" => Some(Pane::Output),
                    _ => p.view,
                }
            }
            "step" => p.step = v.parse().ok().or(p.step),
            _ => {}
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_embed_parameters() {
        let p = parse("?embed=1&view=map&readonly=1&step=42&theme=dark");
        assert_eq!(
            p,
            EmbedParams { embed: true, view: Some(Pane::Map), readonly: true, step: Some(42) }
        );
        assert_eq!(parse(""), EmbedParams::default());
        assert_eq!(parse("?view=output&step=x&embed=0").view, Some(Pane::Output));
        assert_eq!(parse("?view=output&step=x&embed=0").step, None);
        assert!(!parse("embed=0").embed);
    }
}
