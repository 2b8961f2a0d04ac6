//! One source line, in two flavours: the visible highlighted line under the textarea, and the
//! transparent hit line above it whose diagnostic marks take the mouse (hover → message).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::tooltip::Anchor;
use crate::escape_model::VSeg;
use crate::view_model::{LineView, Segment};

#[derive(Properties, PartialEq)]
pub struct CodeLineProps {
    pub line: Rc<LineView>,
}

/// A highlighted line: syntax classes plus wavy underlines and zero-width markers.
#[function_component(CodeLine)]
pub fn code_line(props: &CodeLineProps) -> Html {
    let segments = props.line.segments.iter().map(|s| match s {
        Segment::Text { text, class: None, diag: None } => html! { text.clone() },
        Segment::Text { text, class, diag } => {
            let classes = classes!(*class, diag.map(|_| "diag-underline"));
            html! { <span class={classes} data-diag={diag.map(|d| d.to_string())}>{ text.clone() }</span> }
        }
        Segment::Marker { diag } => {
            html! { <span class="diag-point" data-diag={diag.to_string()}></span> }
        }
    });
    html! { <div class="code-line">{ for segments }</div> }
}

#[derive(Properties, PartialEq)]
pub struct HitLineProps {
    pub line: Rc<LineView>,
    /// 1-based line number (positions the line in the overlay).
    pub number: u32,
    pub on_hover: Callback<Option<Anchor>>,
    pub on_reveal: Callback<usize>,
}

/// The same line, transparent; only its diagnostic marks react to the pointer.
#[function_component(HitLine)]
pub fn hit_line(props: &HitLineProps) -> Html {
    let mark = |diag: usize, text: Option<&String>| {
        let enter = props
            .on_hover
            .reform(move |e: MouseEvent| Anchor::from_event(diag, &e, "[data-diag-mark]"));
        let leave = props.on_hover.reform(|_: MouseEvent| None);
        let down = props.on_reveal.reform(move |e: MouseEvent| {
            e.prevent_default();
            diag
        });
        let class = if text.is_some() { "diag-hit" } else { "diag-hit diag-hit-point" };
        html! {
            <span class={class} data-diag-mark={diag.to_string()}
                onmouseenter={enter} onmouseleave={leave} onmousedown={down}>
                { text.cloned().unwrap_or_default() }
            </span>
        }
    };
    let segments = props.line.segments.iter().map(|s| match s {
        Segment::Text { text, diag: None, .. } => html! { text.clone() },
        Segment::Text { text, diag: Some(d), .. } => mark(*d, Some(text)),
        Segment::Marker { diag } => mark(*diag, None),
    });
    let style = format!(
        "top: calc(var(--code-pad) + var(--code-line-height) * {})",
        props.number.saturating_sub(1)
    );
    html! { <div class="code-line hit-line" style={style}>{ for segments }</div> }
}

#[derive(Properties, PartialEq)]
pub struct VerdictLineProps {
    pub segments: Rc<Vec<VSeg>>,
    pub number: u32,
    /// The class slug of each verdict (indexed like the model's verdicts).
    pub classes: Rc<Vec<&'static str>>,
    pub selected: Option<usize>,
    pub on_hover: Callback<Option<Anchor>>,
    pub on_select: Callback<usize>,
}

/// A transparent copy of a line whose verdict ranges are underlined by kind and take the
/// pointer (hover → card, click → select).
#[function_component(VerdictLine)]
pub fn verdict_line(props: &VerdictLineProps) -> Html {
    let mark = |v: usize, text: Option<&String>| {
        let enter =
            props.on_hover.reform(move |e: MouseEvent| Anchor::from_event(v, &e, "[data-verdict]"));
        let leave = props.on_hover.reform(|_: MouseEvent| None);
        let down = props.on_select.reform(move |e: MouseEvent| {
            e.prevent_default();
            v
        });
        let kind = props.classes.get(v).copied().unwrap_or("note");
        let class = classes!(
            "verdict-mark",
            format!("kind-{kind}"),
            text.is_none().then_some("verdict-point"),
            (props.selected == Some(v)).then_some("selected")
        );
        html! {
            <span {class} data-verdict={v.to_string()}
                onmouseenter={enter} onmouseleave={leave} onmousedown={down}>
                { text.cloned().unwrap_or_default() }
            </span>
        }
    };
    let segments = props.segments.iter().map(|s| match s {
        VSeg::Text(t) => html! { t.clone() },
        VSeg::Mark(t, v) => mark(*v, Some(t)),
        VSeg::Point(v) => mark(*v, None),
    });
    let style = format!(
        "top: calc(var(--code-pad) + var(--code-line-height) * {})",
        props.number.saturating_sub(1)
    );
    html! { <div class="code-line hit-line verdict-line" style={style}>{ for segments }</div> }
}
