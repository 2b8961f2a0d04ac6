//! Line numbers, and a problem marker (a button) on each line where a diagnostic starts. Hover
//! or focus shows the message; activating it puts the caret on the problem. Only the first
//! marker is in the Tab order (a roving group: Up/Down arrows move between markers), so a file
//! with many errors does not put many Tab stops before the editor. Escape verdicts get their
//! own lettered marker per line (H heap, L leaking param, S stack, P param does not escape),
//! a second roving group; while they belong to an older text they stay, styled as outdated.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::tooltip::Anchor;
use crate::escape_model::{Class, EscapeModel};
use crate::view_model::GutterMarker;

#[derive(Properties, PartialEq)]
pub struct GutterProps {
    pub line_count: usize,
    pub markers: Rc<Vec<GutterMarker>>,
    pub on_hover: Callback<Option<Anchor>>,
    pub on_reveal: Callback<usize>,
    /// Id of the tooltip element, for `aria-describedby` while a marker shows it.
    pub tooltip_id: AttrValue,
    /// Escape verdicts (one marker per line, lettered by kind).
    pub escape: Rc<EscapeModel>,
    /// The verdicts belong to an older text (drawn as outdated until the new ones arrive).
    #[prop_or_default]
    pub stale: bool,
    pub on_verdict_hover: Callback<Option<Anchor>>,
    pub on_verdict: Callback<usize>,
    pub card_id: AttrValue,
}

/// A problem marker: the first diagnostic starting on the line and the accessible name.
#[derive(Clone, PartialEq)]
struct ProblemMark {
    diag: usize,
    label: AttrValue,
    /// The roving group's Tab stop.
    tab: bool,
}

/// A verdict marker: the line's most important verdict, its class and the accessible name.
#[derive(Clone, PartialEq)]
struct VerdictMark {
    verdict: usize,
    class: Class,
    label: AttrValue,
    tab: bool,
}

/// The verdict markers of a model, by line (computed once per model).
fn verdict_marks(model: &EscapeModel) -> Vec<(usize, VerdictMark)> {
    model
        .markers()
        .iter()
        .enumerate()
        .map(|(k, m)| {
            let label = m
                .verdicts
                .iter()
                .filter_map(|&i| model.verdicts.get(i))
                .map(|x| format!("{}:{}: {}", x.line, x.col, x.message))
                .collect::<Vec<_>>()
                .join("; ");
            let mark = VerdictMark {
                verdict: m.verdicts[0],
                class: m.class,
                label: format!("Line {}, {}: {label}", m.line, m.class.spoken()).into(),
                tab: k == 0,
            };
            (m.line as usize, mark)
        })
        .collect()
}

/// Line numbers with their markers. Each line is its own component, so an edit re-renders only
/// the lines whose markers changed.
#[function_component(Gutter)]
pub fn gutter(props: &GutterProps) -> Html {
    let vmarks = use_memo(props.escape.clone(), |m| verdict_marks(m));
    let mut vmarks = vmarks.iter().peekable();
    let mut markers = props.markers.iter().peekable();
    let first_line = props.markers.first().map(|m| m.line as usize);
    let lines = (1..=props.line_count).map(|n| {
        let problem = markers.next_if(|m| m.line as usize == n).map(|m| ProblemMark {
            diag: m.diags.first().copied().unwrap_or(0),
            label: m.label.clone().into(),
            tab: Some(n) == first_line,
        });
        let verdict = vmarks.next_if(|(line, _)| *line == n).map(|(_, m)| m.clone());
        html! {
            <GutterLine key={n} {n} {problem} {verdict} on_hover={props.on_hover.clone()}
                on_reveal={props.on_reveal.clone()} tooltip_id={props.tooltip_id.clone()}
                on_verdict_hover={props.on_verdict_hover.clone()}
                on_verdict={props.on_verdict.clone()} card_id={props.card_id.clone()} />
        }
    });
    html! { <div class={classes!("gutter", props.stale.then_some("stale"))}>{ for lines }</div> }
}

#[derive(Properties, PartialEq)]
struct GutterLineProps {
    n: usize,
    problem: Option<ProblemMark>,
    verdict: Option<VerdictMark>,
    on_hover: Callback<Option<Anchor>>,
    on_reveal: Callback<usize>,
    tooltip_id: AttrValue,
    on_verdict_hover: Callback<Option<Anchor>>,
    on_verdict: Callback<usize>,
    card_id: AttrValue,
}

#[function_component(GutterLine)]
fn gutter_line(props: &GutterLineProps) -> Html {
    let n = props.n;
    let marker = props.problem.as_ref().map(|m| {
        let diag = m.diag;
        let hover = props
            .on_hover
            .reform(move |e: MouseEvent| Anchor::from_event(diag, &e, ".gutter-marker"));
        let focus = props
            .on_hover
            .reform(move |e: FocusEvent| Anchor::from_event(diag, &e, ".gutter-marker"));
        let leave = props.on_hover.reform(|_: MouseEvent| None);
        let blur = props.on_hover.reform(|_: FocusEvent| None);
        let click = props.on_reveal.reform(move |_: MouseEvent| diag);
        let tabindex = if m.tab { "0" } else { "-1" };
        html! {
            <button type="button" class="gutter-marker" aria-label={m.label.clone()} {tabindex}
                onkeydown={Callback::from(|e: KeyboardEvent| move_between(e, ".gutter-marker"))}
                aria-describedby={props.tooltip_id.clone()} data-line={n.to_string()}
                onmouseenter={hover} onmouseleave={leave} onfocus={focus} onblur={blur}
                onclick={click}>
                <span aria-hidden="true">{ "●" }</span>
            </button>
        }
    });
    let verdict = props.verdict.as_ref().map(|m| {
        let v = m.verdict;
        let hover = props
            .on_verdict_hover
            .reform(move |e: MouseEvent| Anchor::from_event(v, &e, ".verdict-marker"));
        let focus = props
            .on_verdict_hover
            .reform(move |e: FocusEvent| Anchor::from_event(v, &e, ".verdict-marker"));
        let leave = props.on_verdict_hover.reform(|_: MouseEvent| None);
        let blur = props.on_verdict_hover.reform(|_: FocusEvent| None);
        let click = props.on_verdict.reform(move |_: MouseEvent| v);
        let tabindex = if m.tab { "0" } else { "-1" };
        html! {
            <button type="button" class={classes!("verdict-marker", format!("kind-{}", m.class.slug()))}
                aria-label={m.label.clone()} {tabindex}
                onkeydown={Callback::from(|e: KeyboardEvent| move_between(e, ".verdict-marker"))}
                aria-describedby={props.card_id.clone()} data-line={n.to_string()}
                data-kind={m.class.slug()} onmouseenter={hover} onmouseleave={leave}
                onfocus={focus} onblur={blur} onclick={click}>
                <span aria-hidden="true">{ m.class.letter() }</span>
            </button>
        }
    });
    html! {
        <div class={classes!("gutter-line", marker.is_some().then_some("has-problem"))}>
            { marker.unwrap_or_default() }
            { verdict.unwrap_or_default() }
            <span class="line-number" aria-hidden="true">{ n }</span>
        </div>
    }
}

/// ArrowUp/ArrowDown (and Home/End) move focus between the gutter's markers of one kind.
fn move_between(e: KeyboardEvent, selector: &str) {
    use wasm_bindgen::JsCast;
    if e.alt_key() || e.ctrl_key() || e.meta_key() {
        return; // Alt+↑/↓ are the next/previous verdict shortcuts.
    }
    let step: i64 = match e.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        "Home" => i64::MIN,
        "End" => i64::MAX,
        _ => return,
    };
    let Some(current) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    let Some(Ok(all)) =
        current.closest(".gutter").ok().flatten().map(|g| g.query_selector_all(selector))
    else {
        return;
    };
    let n = i64::from(all.length());
    let here =
        (0..all.length()).find(|&i| all.item(i).is_some_and(|x| x.is_same_node(Some(&current))));
    let Some(here) = here else { return };
    let next = match step {
        i64::MIN => 0,
        i64::MAX => n - 1,
        s => (i64::from(here) + s).clamp(0, n - 1),
    };
    e.prevent_default();
    if let Some(el) = all.item(next as u32).and_then(|x| x.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
