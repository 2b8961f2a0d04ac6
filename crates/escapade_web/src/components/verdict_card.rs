//! The card next to a hovered or focused verdict: gc's exact line, what that kind of verdict
//! means, and a common fix. Fixed-positioned like the diagnostic tooltip.

use yew::prelude::*;

use crate::components::tooltip::Anchor;
use crate::escape_model::{explain, Class, Verdict};

#[derive(Properties, PartialEq)]
pub struct VerdictCardProps {
    pub id: AttrValue,
    pub anchor: Anchor,
    /// The verdicts at the anchor (the hovered one first).
    pub verdicts: Vec<Verdict>,
    /// The flows are computed when a verdict is opened ([`crate::escape_model::Flows::Pending`]).
    #[prop_or_default]
    pub flows_pending: bool,
}

#[function_component(VerdictCard)]
pub fn verdict_card(props: &VerdictCardProps) -> Html {
    let a = props.anchor;
    let (vw, vh) = crate::components::tooltip::viewport();
    let vertical = if a.bottom + 180.0 > vh {
        format!("bottom: {:.0}px", (vh - a.top + 4.0).max(0.0))
    } else {
        format!("top: {:.0}px", a.bottom + 4.0)
    };
    let left = a.left.min(vw - 380.0).max(4.0);
    let style = format!("left: {left:.0}px; {vertical}");
    let items = props.verdicts.iter().take(4).map(|v| {
        let (meaning, hint) = explain(v);
        html! {
            <div class={classes!("card-item", format!("kind-{}", v.class.slug()))}>
                <p class="card-line"><span class="kind-badge" aria-hidden="true">{ v.class.letter() }</span>
                    <code>{ v.gc_line() }</code></p>
                if let Some(label) = v.change_label() { <p class="change-badge">{ label }</p> }
                <p class="card-meaning">{ meaning }</p>
                if let Some(h) = hint { <p class="card-hint"><strong>{ "Common fix: " }</strong>{ h }</p> }
                if !v.steps.is_empty() || (props.flows_pending && matches!(v.class, Class::Heap | Class::Leak)) { <p class="card-more">{ "Click to see why (-m=2 flow) in the Escape pane." }</p> }
            </div>
        }
    });
    html! {
        <div id={props.id.clone()} class="verdict-card" role="tooltip" style={style}>{ for items }</div>
    }
}
