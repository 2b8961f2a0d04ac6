//! Line numbers, and a problem marker (a focusable button) on each line where a diagnostic
//! starts. Hover or focus shows the message; activating it puts the caret on the problem.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::tooltip::Anchor;
use crate::view_model::GutterMarker;

#[derive(Properties, PartialEq)]
pub struct GutterProps {
    pub line_count: usize,
    pub markers: Rc<Vec<GutterMarker>>,
    pub on_hover: Callback<Option<Anchor>>,
    pub on_reveal: Callback<usize>,
    /// Id of the tooltip element, for `aria-describedby` while a marker shows it.
    pub tooltip_id: AttrValue,
}

#[function_component(Gutter)]
pub fn gutter(props: &GutterProps) -> Html {
    let mut markers = props.markers.iter().peekable();
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
            html! {
                <button type="button" class="gutter-marker" aria-label={m.label.clone()}
                    aria-describedby={props.tooltip_id.clone()} data-line={n.to_string()}
                    onmouseenter={hover} onmouseleave={leave} onfocus={focus} onblur={blur}
                    onclick={click}>
                    <span aria-hidden="true">{ "●" }</span>
                </button>
            }
        });
        html! {
            <div class={classes!("gutter-line", marker.is_some().then_some("has-problem"))} key={n}>
                { marker.unwrap_or_default() }
                <span class="line-number" aria-hidden="true">{ n }</span>
            </div>
        }
    });
    html! { <div class="gutter">{ for lines }</div> }
}
