//! The root component: owns the state (a reducer), turns callbacks into [`Action`]s and lays out
//! the page. The only place that dispatches.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::editor::Editor;
use crate::components::escape_pane::EscapePane;
use crate::components::header::Header;
use crate::components::panes::Panes;
use crate::components::problems::Problems;
use crate::components::share_panel::{Notice, SharePanel, ShareResult};
use crate::components::shortcuts::{self, Shortcut, ShortcutsHelp};
use crate::components::status_bar::StatusBar;
use crate::state::{Action, AppState, Pane, ESCAPE_DEBOUNCE_MS};
use crate::{perf, session, share};

/// Milliseconds after the last change before the session is written to localStorage.
const SAVE_DEBOUNCE_MS: u32 = 300;

#[function_component(App)]
pub fn app() -> Html {
    // Where the page starts: a share link in the fragment, else the saved session.
    // An embed (`?embed=1`) neither restores nor saves the visitor's session.
    let embedded = use_memo((), |_| crate::mapview::page_params().embed);
    let start = use_memo(*embedded, |&embedded| {
        let fragment = session::fragment();
        let saved = if embedded { None } else { session::load_saved() };
        let (shared, error) = share::startup(Some(&fragment), saved.as_deref());
        if shared.is_some() && !fragment.is_empty() {
            session::clear_fragment();
        }
        (shared, error)
    });
    let state = use_reducer_eq(|| AppState::restored(perf::now_ms, start.0.clone()));
    let dispatcher = state.dispatcher();
    let notice = use_state(|| start.1.clone().map(AttrValue::from));
    let share_result = use_state(|| None::<ShareResult>);

    use_effect_with((), |_| perf::mark("escapade:first-render"));

    let on_edit = use_callback(dispatcher.clone(), |text: String, d| {
        d.dispatch(Action::Edit { text, clock: perf::now_ms })
    });
    let on_caret =
        use_callback(dispatcher.clone(), |offset: usize, d| d.dispatch(Action::SetCaret(offset)));
    let on_reveal = use_callback(dispatcher.clone(), |diag: usize, d| {
        d.dispatch(Action::RevealDiagnostic(diag))
    });
    let on_pane =
        use_callback(dispatcher.clone(), |pane: Pane, d| d.dispatch(Action::SelectPane(pane)));
    let on_example = use_callback(dispatcher.clone(), |id: &'static str, d| {
        d.dispatch(Action::LoadExample { id, clock: perf::now_ms })
    });
    let on_verdict =
        use_callback(dispatcher.clone(), |n: usize, d| d.dispatch(Action::SelectVerdict(n)));
    let on_version = use_callback(dispatcher.clone(), |version, d| {
        d.dispatch(Action::SetVersion { version, clock: perf::now_ms })
    });
    let on_inline = use_callback(dispatcher.clone(), |inline, d| {
        d.dispatch(Action::SetInline { inline, clock: perf::now_ms })
    });
    let on_filter = use_callback(dispatcher.clone(), |f, d| d.dispatch(Action::SetFilter(f)));
    let on_tab = use_callback(dispatcher.clone(), |t, d| d.dispatch(Action::SetEscapeTab(t)));
    let on_range = use_callback(dispatcher.clone(), |(a, b): (usize, usize), d| {
        d.dispatch(Action::SelectRange(a, b))
    });
    let on_toggle_m2 = use_callback(dispatcher.clone(), |_: (), d| d.dispatch(Action::ToggleRawM2));
    let on_share = {
        let (state, result) = (state.clone(), share_result.clone());
        Callback::from(move |_: ()| {
            let link = AttrValue::from(session::link(&share::encode(&state.shared())));
            result.set(Some(ShareResult { link: link.clone(), copied: None }));
            let result = result.clone();
            session::copy(&link.clone(), move |ok| {
                result.set(Some(ShareResult { link, copied: Some(ok) }))
            });
        })
    };
    let on_share_close = {
        let result = share_result.clone();
        Callback::from(move |_: ()| result.set(None))
    };
    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |_: ()| notice.set(None))
    };

    // A share link pasted into the address bar of an open page only changes the fragment.
    {
        let (d, notice) = (dispatcher.clone(), notice.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "hashchange", move |_| {
                    let fragment = session::fragment();
                    if fragment.len() <= 1 {
                        return;
                    }
                    match share::decode(&fragment) {
                        Ok(shared) => {
                            session::clear_fragment();
                            notice.set(None);
                            d.dispatch(Action::Restore {
                                shared: Box::new(shared),
                                clock: perf::now_ms,
                            });
                        }
                        Err(e) => notice.set(Some(AttrValue::from(format!(
                            "This share link could not be opened: {e}. Your code is unchanged."
                        )))),
                    }
                })
            });
            move || drop(listener)
        });
    }

    // The session is saved (when storage works) once edits and choices pause.
    // After a bad link the page shows the default example: that must not overwrite the saved
    // session until the user changes something.
    let skip_save = use_mut_ref(|| start.1.is_some());
    let embedded = *embedded;
    {
        let shared = state.shared();
        use_effect_with(shared, move |shared| {
            let skip = std::mem::replace(&mut *skip_save.borrow_mut(), false);
            let timer = (!skip && !embedded).then(|| {
                // Compressed when the timer fires, not on every keystroke.
                let shared = shared.clone();
                gloo::timers::callback::Timeout::new(SAVE_DEBOUNCE_MS, move || {
                    session::save(&share::encode(&shared))
                })
            });
            move || drop(timer)
        });
    }

    // Escape analysis runs once typing pauses (the syntax layer updates on every keystroke).
    {
        let d = dispatcher.clone();
        use_effect_with((state.source.clone(), state.escape.fresh), move |(_, fresh)| {
            let timer = (!*fresh).then(|| {
                gloo::timers::callback::Timeout::new(ESCAPE_DEBOUNCE_MS, move || {
                    perf::mark("escapade:escape-start");
                    d.dispatch(Action::RunEscape { clock: perf::now_ms })
                })
            });
            move || drop(timer)
        });
    }

    let on_reveal_range = use_callback(dispatcher.clone(), |(a, b): (usize, usize), d| {
        d.dispatch(Action::SelectRange(a, b))
    });
    let run_panes = crate::mapview::use_map_run(
        state.source.clone(),
        on_reveal_range,
        state.pane == Pane::Map,
        state.pane != Pane::Escape,
        on_pane.clone(),
        {
            let state = state.clone();
            Callback::from(move |_: ()| state.shared())
        },
    );

    // Re-analysis latency, for DevTools and the e2e: from the debounced run to the rendered
    // verdicts (`escapade:escape`) and to the next frame after them (`escapade:escape-frame`).
    // Then, with a verdict selected, the flows of an inlined model are computed (on demand:
    // `Flows::Pending`; nothing otherwise), after the verdicts are on screen.
    let frame = use_mut_ref(|| None::<gloo::render::AnimationFrame>);
    {
        let d = dispatcher.clone();
        use_effect_with(Rc::as_ptr(&state.escape.model) as usize, move |_| {
            perf::measure("escapade:escape", "escapade:escape-start");
            *frame.borrow_mut() = Some(gloo::render::request_animation_frame(|_| {
                gloo::timers::callback::Timeout::new(0, move || {
                    perf::measure("escapade:escape-frame", "escapade:escape-start");
                    perf::clear_mark("escapade:escape-start");
                    d.dispatch(Action::LoadFlows);
                })
                .forget();
            }));
        });
    }

    // Keyboard shortcuts (listed by the help overlay): next/previous verdict and `?`.
    let help = use_state_eq(|| false);
    let help_return = use_mut_ref(|| None::<web_sys::HtmlElement>);
    let on_help = {
        let (help, help_return) = (help.clone(), help_return.clone());
        Callback::from(move |_: ()| {
            use wasm_bindgen::JsCast;
            *help_return.borrow_mut() = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            help.set(true);
        })
    };
    let on_help_close = {
        let (help, help_return) = (help.clone(), help_return.clone());
        Callback::from(move |_: ()| {
            help.set(false);
            if let Some(el) = help_return.borrow_mut().take() {
                let _ = el.focus();
            }
        })
    };
    {
        let (d, on_help) = (dispatcher.clone(), on_help.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                let options = gloo::events::EventListenerOptions::enable_prevent_default();
                gloo::events::EventListener::new_with_options(&w, "keydown", options, move |e| {
                    use wasm_bindgen::JsCast;
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if e.default_prevented() || e.is_composing() {
                        return;
                    }
                    let in_text =
                        e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(
                            |el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"),
                        );
                    let key = e.key();
                    let Some(s) = shortcuts::shortcut(
                        &key,
                        e.shift_key(),
                        e.alt_key(),
                        e.ctrl_key() || e.meta_key(),
                        in_text,
                    ) else {
                        return;
                    };
                    e.prevent_default();
                    let step = match s {
                        Shortcut::NextVerdict => 1,
                        Shortcut::PreviousVerdict => -1,
                        Shortcut::ShowHelp => return on_help.emit(()),
                    };
                    // Verdicts of an older text are refreshed first (a no-op when fresh).
                    d.dispatch(Action::RunEscape { clock: perf::now_ms });
                    d.dispatch(Action::StepVerdict(step));
                })
            });
            move || drop(listener)
        });
    }
    let announce = state.escape.selected.filter(|_| state.escape.fresh).and_then(|n| {
        let v = state.escape.model.verdicts.get(n)?;
        Some(format!(
            "Verdict {} of {}: {}, {}",
            n + 1,
            state.escape.model.verdicts.len(),
            v.class.spoken(),
            v.gc_line()
        ))
    });

    // Classroom (exercises, teacher mode, exports): puts code and a Go version in the workbench.
    let on_classroom_load = {
        let state = state.clone();
        Callback::from(move |(source, version)| {
            let shared = share::Shared { source, version, ..state.shared() };
            state.dispatch(Action::Restore { shared: Box::new(shared), clock: perf::now_ms })
        })
    };
    let pos = state.analysis.line_index.line_col(state.caret);
    html! {
        <div class="app">
            <Header example={state.unchanged_example()} {on_example} {on_share} on_help={on_help.clone()} />
            <crate::exercises::Classroom source={state.source.clone()} version={state.escape.version} on_load={on_classroom_load} />
            if *help {
                <ShortcutsHelp on_close={on_help_close} />
            }
            <div class="visually-hidden verdict-announce" role="status" aria-live="polite">{ announce.unwrap_or_default() }</div>
            if let Some(r) = (*share_result).clone() {
                <SharePanel result={r} on_close={on_share_close} />
            }
            if let Some(m) = (*notice).clone() {
                <Notice message={m} {on_dismiss} />
            }
            { run_panes.embed_bar }
            <main class="workspace">
                <section class="editor-column" aria-label="Go source">
                    <Editor source={state.source.clone()} replace_seq={state.replace_seq}
                        view={state.view.clone()} caret_request={state.caret_request}
                        {on_edit} {on_caret} on_reveal={on_reveal.clone()}
                        escape={state.escape.model.clone()} escape_fresh={state.escape.fresh}
                        selected_verdict={state.escape.selected} on_verdict={on_verdict.clone()} />
                    <StatusBar line={pos.line} col={pos.col} lines={state.view.lines.len()}
                        problems={state.view.problems.len()} timing={state.timing}
                        diagnostic={state.view.diagnostic_at(state.caret).map(|d| AttrValue::from(state.view.message(d).to_string()))} />
                    <Problems problems={state.view.problems.clone()} on_select={on_reveal} />
                </section>
                <Panes active={state.pane} on_select={on_pane} map={run_panes.map} output={run_panes.output} escape={html! {
                    <EscapePane model={state.escape.model.clone()} fresh={state.escape.fresh}
                        version={state.escape.version} filter={state.escape.filter}
                        tab={state.escape.tab} selected={state.escape.selected}
                        raw_m2={state.escape.raw_m2} ms={state.escape.ms} inline={state.escape.inline}
                        example={state.unchanged_example()} {on_version} {on_inline} {on_filter} {on_tab}
                        on_select={on_verdict} {on_range} {on_toggle_m2} />
                }} />
            </main>
        </div>
    }
}
