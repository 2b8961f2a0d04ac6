//! The top bar: product name and the example picker.

use yew::prelude::*;

use crate::examples::EXAMPLES;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The example the editor holds unchanged, if any.
    pub example: Option<&'static str>,
    pub on_example: Callback<&'static str>,
    pub on_share: Callback<()>,
    /// Open the keyboard shortcuts list.
    pub on_help: Callback<()>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let on_change = props.on_example.reform(|e: Event| {
        let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        crate::examples::Example::by_id(&value).map_or(EXAMPLES[0].id, |x| x.id)
    });
    let options = EXAMPLES.iter().map(|ex| {
        html! { <option value={ex.id} selected={Some(ex.id) == props.example}>{ ex.title }</option> }
    });
    let edited = props.example.is_none().then(|| {
        html! { <option value="" disabled=true selected=true>{ "Your code (edited)" }</option> }
    });
    html! {
        <header class="topbar">
            <div class="brand">
                <span class="brand-name">{ "Escapade" }</span>
                <span class="brand-tagline">{ "Go escape analysis and map internals, in your browser" }</span>
            </div>
            <label class="example-picker">
                <span>{ "Example" }</span>
                <select onchange={on_change}>{ edited.unwrap_or_default() }{ for options }</select>
            </label>
            <button type="button" class="share-button" onclick={props.on_share.reform(|_: MouseEvent| ())}
                title="Copy a link to this code, Go version and pane">{ "Copy link" }</button>
            <button type="button" class="shortcuts-button" onclick={props.on_help.reform(|_: MouseEvent| ())}
                aria-keyshortcuts="?" title="Keyboard shortcuts (?)">{ "Shortcuts" }</button>
        </header>
    }
}
