//! One line under the editor: caret position (gc's line:byte-column), problem count and how
//! long the last re-analysis took.

use yew::prelude::*;

use crate::state::Timing;

#[derive(Properties, PartialEq)]
pub struct StatusBarProps {
    pub line: u32,
    pub col: u32,
    pub lines: usize,
    pub problems: usize,
    pub timing: Option<Timing>,
    /// The message of the diagnostic under the caret, if any.
    pub diagnostic: Option<AttrValue>,
}

#[function_component(StatusBar)]
pub fn status_bar(props: &StatusBarProps) -> Html {
    let timing = props.timing.map(|t| {
        html! {
            <span class="status-timing" title="Parse + highlight + view model for the last edit"
                data-analyze-ms={format!("{:.3}", t.analyze_ms)}
                data-view-ms={format!("{:.3}", t.view_ms)}>
                { format!("analysed in {:.1} ms", t.analyze_ms + t.view_ms) }
            </span>
        }
    });
    let problems = match props.problems {
        0 => "no problems".to_string(),
        1 => "1 problem".to_string(),
        n => format!("{n} problems"),
    };
    html! {
        <div class="status-bar">
            <span class="status-pos" title="Line and byte column, as gc counts them">
                { format!("Ln {}, Col {}", props.line, props.col) }
            </span>
            <span>{ format!("{} lines", props.lines) }</span>
            <span class={classes!("status-problems", (props.problems > 0).then_some("nonzero"))}>{ problems }</span>
            <span class="status-diagnostic" aria-live="polite">{ props.diagnostic.clone().unwrap_or_default() }</span>
            { timing.unwrap_or_default() }
        </div>
    }
}
