//! Escapade's browser UI.
use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    html! { <main>{ "Escapade" }</main> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
