//! Escapade's browser UI: a Yew app built by Trunk from the workspace's `index.html`.
//!
//! Layout: `state` (pure reducer) and `view_model` / `editing` (pure helpers) hold the logic and
//! are unit-tested natively; `app` wires them to the leaf `components`; `dom` and `perf` are the
//! only modules that talk to the browser directly.

mod app;
mod components;
mod dom;
mod editing;
mod escape_model;
mod examples;
mod exercises;
mod mapview;
mod perf;
mod runner;
mod session;
mod share;
mod state;
mod view_model;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
