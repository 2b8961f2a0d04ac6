//! The diagnostic message shown next to a hovered or focused mark. Fixed-positioned, so the
//! editor's scroll container never clips it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the tooltip is about, and where its target is on screen (viewport pixels).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Anchor {
    pub diag: usize,
    pub left: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Anchor {
    pub fn from_element(diag: usize, el: &web_sys::Element) -> Anchor {
        let r = el.get_bounding_client_rect();
        Anchor { diag, left: r.left(), top: r.top(), bottom: r.bottom() }
    }

    /// Anchors to the closest ancestor of the event's target matching `selector` (Yew delegates
    /// events to its root, so `currentTarget` is not the element the listener was written on).
    pub fn from_event(diag: usize, e: &web_sys::Event, selector: &str) -> Option<Anchor> {
        let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
        let el = target.closest(selector).ok().flatten().unwrap_or(target);
        Some(Anchor::from_element(diag, &el))
    }
}

#[derive(Properties, PartialEq)]
pub struct TooltipProps {
    pub id: AttrValue,
    pub anchor: Anchor,
    pub message: AttrValue,
}

#[function_component(Tooltip)]
pub fn tooltip(props: &TooltipProps) -> Html {
    let a = props.anchor;
    let (vw, vh) = viewport();
    // Below the target, or above it when there is no room below.
    let vertical = if a.bottom + 72.0 > vh {
        format!("bottom: {:.0}px", (vh - a.top + 4.0).max(0.0))
    } else {
        format!("top: {:.0}px", a.bottom + 4.0)
    };
    let left = a.left.min(vw - 280.0).max(4.0);
    let style = format!("left: {left:.0}px; {vertical}");
    html! {
        <div id={props.id.clone()} class="diag-tooltip" role="tooltip" style={style}>
            { props.message.clone() }
        </div>
    }
}

pub fn viewport() -> (f64, f64) {
    let w = web_sys::window();
    let get = |v: Option<Result<wasm_bindgen::JsValue, _>>| {
        v.and_then(Result::ok).and_then(|v| v.as_f64()).unwrap_or(1024.0)
    };
    (get(w.as_ref().map(|w| w.inner_width())), get(w.as_ref().map(|w| w.inner_height())))
}
