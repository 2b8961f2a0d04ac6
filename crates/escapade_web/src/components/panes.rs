//! The Escape, Map and Output panes, as an ARIA tab set (arrow keys move between tabs).
//! The Escape pane shows the workbench; until their analyzers are wired, the Map and Output
//! panes say plainly what they will show; nothing is simulated.

use yew::prelude::*;

use crate::state::Pane;

#[derive(Properties, PartialEq)]
pub struct PanesProps {
    pub active: Pane,
    /// The Escape pane's content.
    pub escape: Html,
    /// The Map and Output panes' content (None: their empty states).
    #[prop_or_default]
    pub map: Option<Html>,
    #[prop_or_default]
    pub output: Option<Html>,
    pub on_select: Callback<Pane>,
}

#[function_component(Panes)]
pub fn panes(props: &PanesProps) -> Html {
    let tabs = Pane::ALL.iter().map(|&pane| {
        let selected = pane == props.active;
        let onclick = props.on_select.reform(move |_: MouseEvent| pane);
        let on_select = props.on_select.clone();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return; // Alt+↑/↓ are the next/previous verdict shortcuts, not tab moves.
            }
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => pane.cycle(1),
                "ArrowLeft" | "ArrowUp" => pane.cycle(-1),
                "Home" => Pane::ALL[0],
                "End" => Pane::ALL[Pane::ALL.len() - 1],
                _ => return,
            };
            e.prevent_default();
            on_select.emit(next);
            focus_by_id(&tab_id(next));
        });
        html! {
            <button type="button" role="tab" id={tab_id(pane)} class="pane-tab"
                aria-selected={selected.to_string()} aria-controls={panel_id(pane)}
                tabindex={if selected { "0" } else { "-1" }} {onclick} {onkeydown}>
                { pane.label() }
            </button>
        }
    });
    let panels = Pane::ALL.iter().map(|&pane| {
        html! {
            <div role="tabpanel" id={panel_id(pane)} class="pane-panel" aria-labelledby={tab_id(pane)}
                tabindex="0" hidden={pane != props.active}>
                { match (pane, &props.map, &props.output) {
                    (Pane::Escape, _, _) => props.escape.clone(),
                    (Pane::Map, Some(m), _) | (Pane::Output, _, Some(m)) => m.clone(),
                    _ => empty_state(pane),
                } }
            </div>
        }
    });
    html! {
        <section class="panes" aria-label="Analysis">
            <div role="tablist" class="pane-tabs" aria-label="Analysis panes">{ for tabs }</div>
            { for panels }
        </section>
    }
}

fn tab_id(pane: Pane) -> String {
    format!("tab-{}", pane.slug())
}

fn panel_id(pane: Pane) -> String {
    format!("panel-{}", pane.slug())
}

fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn empty_state(pane: Pane) -> Html {
    let (title, body): (&str, Html) = match pane {
        Pane::Escape => ("Escape analysis", html! {}),
        Pane::Map => (
            "Map internals",
            html! {
                <>
                <p>
                    { "When the program uses a map, this pane will step through the runtime's own layout as it grows: " }
                    <strong>{ "buckets" }</strong>{ ", overflow buckets and incremental evacuation for Go ≤ 1.23, or " }
                    <strong>{ "Swiss-table groups" }</strong>{ ", control bytes and table splits for Go 1.24+." }
                </p>
                <p>{ "The map view is not connected to the editor yet, so nothing is shown." }</p>
                </>
            },
        ),
        Pane::Output => (
            "Program output",
            html! {
                <>
                <p>{ "What the program prints will appear here. Everything runs in your browser; no code is sent to a server." }</p>
                <p>{ "Running programs is not available yet." }</p>
                </>
            },
        ),
    };
    html! {
        <div class="pane-empty" data-pane={pane.slug()}>
            <h2 class="pane-empty-title">{ title }<span class="badge">{ "Not available yet" }</span></h2>
            { body }
        </div>
    }
}
