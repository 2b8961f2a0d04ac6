//! Line numbers, and a problem marker (a button) on each line where a diagnostic starts. Hover
//! or focus shows the message; activating it puts the caret on the problem. Only the first
//! marker is in the Tab order (a roving group: Up/Down arrows move between markers), so a file
//! with many errors does not put many Tab stops before the editor. Escape verdicts get their
//! own lettered marker per line (H heap, L leaking param, S stack, P param does not escape),
//! a second roving group.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::tooltip::Anchor;
use crate::escape_model::EscapeModel;
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
    pub on_verdict_hover: Callback<Option<Anchor>>,
    pub on_verdict: Callback<usize>,
    pub card_id: AttrValue,
}

#[function_component(Gutter)]
pub fn gutter(props: &GutterProps) -> Html {
    let mut markers = props.markers.iter().peekable();
    let vmarkers = props.escape.markers();
    let mut vmarkers = vmarkers.iter().peekable();
    let mut first_verdict = true;
    let first_line = props.markers.first().map(|m| m.line as usize);
    let lines = (1..=props.line_count).map(|n| {
        let marker = markers.next_if(|m| m.line as usize == n).map(|m| {
            let diag = m.diags.first().copied().unwrap_or(0);
            let hover = props
                .on_hover
                .reform(move |e: MouseEvent| Anchor::from_event(diag, &e, ".gutter-marker"));
            let focus = props
                .on_hover
                .reform(move |e: FocusEvent| Anchor::from_event(diag, &e, ".gutter-marker"));
            let leave = props.on_hover.reform(|_: MouseEvent| None);
            let blur = props.on_hover.reform(|_: FocusEvent| None);
            let click = props.on_reveal.reform(move |_: MouseEvent| diag);
            let tabindex = if Some(n) == first_line { "0" } else { "-1" };
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
        let verdict = vmarkers.next_if(|m| m.line as usize == n).map(|m| {
            let v = m.verdicts[0];
            let hover = props
                .on_verdict_hover
                .reform(move |e: MouseEvent| Anchor::from_event(v, &e, ".verdict-marker"));
            let focus = props
                .on_verdict_hover
                .reform(move |e: FocusEvent| Anchor::from_event(v, &e, ".verdict-marker"));
            let leave = props.on_verdict_hover.reform(|_: MouseEvent| None);
            let blur = props.on_verdict_hover.reform(|_: FocusEvent| None);
            let click = props.on_verdict.reform(move |_: MouseEvent| v);
            let label = m
                .verdicts
                .iter()
                .filter_map(|&i| props.escape.verdicts.get(i))
                .map(|x| format!("{}:{}: {}", x.line, x.col, x.message))
                .collect::<Vec<_>>()
                .join("; ");
            let tabindex = if std::mem::take(&mut first_verdict) { "0" } else { "-1" };
            html! {
                <button type="button" class={classes!("verdict-marker", format!("kind-{}", m.class.slug()))}
                    aria-label={format!("Line {n}, {}: {label}", m.class.spoken())} {tabindex}
                    onkeydown={Callback::from(|e: KeyboardEvent| move_between(e, ".verdict-marker"))}
                    aria-describedby={props.card_id.clone()} data-line={n.to_string()}
                    data-kind={m.class.slug()} onmouseenter={hover} onmouseleave={leave}
                    onfocus={focus} onblur={blur} onclick={click}>
                    <span aria-hidden="true">{ m.class.letter() }</span>
                </button>
            }
        });
        html! {
            <div class={classes!("gutter-line", marker.is_some().then_some("has-problem"))} key={n}>
                { marker.unwrap_or_default() }
                { verdict.unwrap_or_default() }
                <span class="line-number" aria-hidden="true">{ n }</span>
            </div>
        }
    });
    html! { <div class="gutter">{ for lines }</div> }
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
