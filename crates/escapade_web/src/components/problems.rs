//! The Problems list: every diagnostic in gc's `LINE:COL: message` form; activating one puts
//! the editor's caret on it.

use yew::prelude::*;

use crate::view_model::Problem;

#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    pub problems: Vec<Problem>,
    pub on_select: Callback<usize>,
}

#[function_component(Problems)]
pub fn problems(props: &ProblemsProps) -> Html {
    let count = props.problems.len();
    let body = if count == 0 {
        html! {
            <p class="problems-empty">
                { "No syntax or type errors." }
            </p>
        }
    } else {
        let rows = props.problems.iter().map(|p| {
            let diag = p.diag;
            let onclick = props.on_select.reform(move |_: MouseEvent| diag);
            let (pos, msg) = p.text.split_once(": ").unwrap_or(("", &p.text));
            html! {
                <li key={p.diag}>
                    <button type="button" class="problem" {onclick} data-line={p.line.to_string()}
                        data-col={p.col.to_string()}>
                        <span class="problem-pos">{ format!("{pos}: ") }</span>
                        <span class="problem-msg">{ msg.to_string() }</span>
                    </button>
                </li>
            }
        });
        html! { <ul class="problems-list">{ for rows }</ul> }
    };
    html! {
        <section class="problems" aria-labelledby="problems-title">
            <h2 id="problems-title" class="problems-title">
                { "Problems " }
                <span class={classes!("problems-count", (count > 0).then_some("nonzero"))}>{ count }</span>
            </h2>
            { body }
        </section>
    }
}
