//! Maps come alive: run the snippet in the interpreter, show its output (each piece linked to
//! the printing line), and step through one map's operations micro-step by micro-step with the
//! runtime's own layout (classic hmap for Go 1.23, Swiss tables for Go 1.27).
//!
//! - [`run`]: interpreter options, output pieces, the maps seen in a run (pure).
//! - [`timeline`]: replays a map's traced operations to get its state at every step (pure).
//! - [`view`]: what one frame draws, and its narration (pure).
//! - [`state`]: the reducer (runs, chosen map, frame, playback) (pure).
//! - [`components`]: leaf components; [`use_map_run`] wires them (the only browser glue).

pub mod components;
pub mod embed;
pub mod run;
pub mod state;
pub mod timeline;
pub mod view;

use std::rc::Rc;

use escapade_analysis::LineIndex;
use yew::prelude::*;

use components::{Board, Controls, EmbedBar, OutputText, RunBar};
use embed::{EmbedParams, LinkState, Theme};
use state::{MapAction, MapRun, RUN_DEBOUNCE_MS};

/// The Map and Output panes' contents, and the embed bar ("Open in Escapade"; empty when the
/// page is not embedded).
pub struct MapRunHtml {
    pub map: Html,
    pub output: Html,
    pub embed_bar: Html,
}

/// The page's embedding parameters (`location.search`).
pub fn page_params() -> EmbedParams {
    embed::parse(&web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default())
}

/// This page's address without query and fragment.
fn page_base() -> String {
    let Some(w) = web_sys::window() else { return String::new() };
    let loc = w.location();
    format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default())
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// `theme=light|dark`: forces the colour scheme (`data-theme` on the root element; the style
/// sheets' colours are `light-dark()` pairs).
fn apply_theme(theme: Theme) {
    if let (Some(r), true) = (root(), theme != Theme::Auto) {
        let _ = r.set_attribute("data-theme", theme.slug());
    }
}

/// Embedded: the editor is as tall as the code (at most 40 lines) or as the focused lines
/// `lines=a-b`, scrolled to line a, with the other lines dimmed.
fn apply_lines(p: &EmbedParams, source_lines: usize) {
    use wasm_bindgen::JsCast;
    let Some(r) = root().and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) else { return };
    let shown = match p.lines {
        Some((a, b)) => (b - a + 1) as usize,
        None => source_lines.min(40),
    };
    let _ = r.style().set_property("--mv-lines", &shown.max(1).to_string());
    let Some((a, b)) = p.lines else { return };
    let _ = r.set_attribute("data-lines", &format!("{a}-{b}"));
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if doc.get_element_by_id("mv-lines-style").is_none() {
        if let Ok(style) = doc.create_element("style") {
            style.set_id("mv-lines-style");
            style.set_text_content(Some(&format!(
                ".editor-highlight > .code-line:nth-child(-n+{}), .editor-highlight > .code-line:nth-child(n+{}) {{ opacity: 0.35; }}",
                a.saturating_sub(1),
                b + 1
            )));
            if let Some(head) = doc.head() {
                let _ = head.append_child(&style);
            }
        }
    }
    scroll_to_line(a);
}

/// Scrolls the editor (only it) so 1-based line `n` is at its top.
fn scroll_to_line(n: u32) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let line = doc
        .query_selector(".editor-highlight > .code-line")
        .ok()
        .flatten()
        .and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok());
    let lh = line.map_or(21, |l| l.offset_height().max(1));
    if let Ok(Some(sc)) = doc.query_selector(".editor-scroller") {
        sc.set_scroll_top(lh * (n as i32 - 1));
    }
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Puts `data-mv-op` on the editor's highlighted line `line` (1-based) and removes it elsewhere.
fn mark_editor_line(line: Option<u32>) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(old) = doc.query_selector_all(".editor-highlight > .code-line[data-mv-op]") {
        for i in 0..old.length() {
            if let Some(el) =
                old.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                let _ = el.remove_attribute("data-mv-op");
            }
        }
    }
    if let Some(n) = line {
        let sel = format!(".editor-highlight > .code-line:nth-child({n})");
        if let Ok(Some(el)) = doc.query_selector(&sel) {
            let _ = el.set_attribute("data-mv-op", "");
        }
    }
}

/// Sends `state`'s pending run to the interpreter (and its answer back to `state`), withdrawing
/// the previous request if it is still unanswered (a newer text makes its answer useless: a
/// long run of it is abandoned rather than delaying the new one); returns the interpreter's
/// status.
#[hook]
pub fn use_pending_run(state: &UseReducerHandle<MapRun>) -> crate::runner::Status {
    type Last = Option<(crate::runner::Ticket, Rc<std::cell::Cell<bool>>)>;
    let runner = crate::runner::use_runner_status();
    let last = use_mut_ref(|| -> Last { None });
    let d = state.dispatcher();
    let pending = state.pending.clone();
    let (runtime, seed) = (state.runtime, state.seed);
    use_effect_with(pending.as_ref().map(|p| p.0), move |_| {
        if let Some((id, source)) = pending {
            if let Some((t, answered)) = last.borrow_mut().take() {
                if !answered.get() {
                    crate::runner::cancel(t);
                }
            }
            let answered = Rc::new(std::cell::Cell::new(false));
            let a = answered.clone();
            let done = Callback::from(move |v| {
                a.set(true);
                d.dispatch(MapAction::Ran { id, view: Rc::new(v) })
            });
            let t = run::request(source, runtime, seed, crate::perf::now_ms, done);
            *last.borrow_mut() = Some((t, answered));
        }
    });
    runner
}

/// Runs `source` (button, Ctrl+Enter, and after edits when runs are fast) and renders the Map
/// and Output panes. `on_reveal` selects a source range in the editor; `map_active` says the
/// Map pane is visible (the editor then marks the line of the current operation);
/// `run_shown` says the Map or Output pane is (edits re-run the program only then).
#[hook]
pub fn use_map_run(
    source: Rc<str>,
    on_reveal: Callback<(usize, usize)>,
    map_active: bool,
    run_shown: bool,
    on_view: Callback<crate::state::Pane>,
    shared: Callback<(), crate::share::Shared>,
) -> MapRunHtml {
    // Embedding parameters (read once).
    let params = use_memo((), |_| page_params());
    let state = use_reducer_eq({
        let p = params.clone();
        move || MapRun {
            runtime: p.runtime.unwrap_or_default(),
            seed: p.seed.unwrap_or(MapRun::default().seed),
            ..MapRun::default()
        }
    });
    let pending_step = use_mut_ref(|| params.step);
    use_effect_with((), {
        let params = params.clone();
        let lines = source.lines().count();
        move |_| {
            let doc = web_sys::window().and_then(|w| w.document());
            apply_theme(params.theme);
            if params.embed {
                if let Some(root) = root() {
                    let _ = root.set_attribute("data-embed", "1");
                }
                apply_lines(&params, lines);
            }
            if params.readonly {
                if let Some(Ok(Some(ta))) =
                    doc.as_ref().map(|d| d.query_selector("textarea.editor-input"))
                {
                    let _ = ta.set_attribute("readonly", "");
                }
            }
            if let Some(v) = params.view {
                on_view.emit(v);
            }
        }
    });
    {
        let d = state.dispatcher();
        let pending = pending_step.clone();
        use_effect_with(state.seq, move |&seq| {
            if seq > 0 {
                if let Some(n) = pending.borrow_mut().take() {
                    d.dispatch(MapAction::Seek(n));
                }
            }
            // The first run re-renders the editor's lines: focus the embed's lines again.
            if seq == 1 {
                if let Some((a, _)) = page_params().lines.filter(|_| page_params().embed) {
                    scroll_to_line(a);
                }
            }
        });
    }
    let latest = use_mut_ref(|| source.clone());
    *latest.borrow_mut() = source.clone();

    // Re-run after edits (and the first run) while the Map or Output pane is shown: a hidden
    // pane's run waits until the pane is shown (then at once), so typing behind the Escape
    // pane runs no interpreter.
    {
        let d = state.dispatcher();
        let auto = state.auto || state.run.is_none();
        let ran = state.ran.clone();
        let was_shown = use_mut_ref(|| false);
        use_effect_with((source.clone(), run_shown), move |(src, shown)| {
            let opened = *shown && !std::mem::replace(&mut *was_shown.borrow_mut(), *shown);
            let stale = ran.as_deref() != Some(&**src);
            let delay = if opened { 0 } else { RUN_DEBOUNCE_MS };
            let src = src.clone();
            let timer = (auto && *shown && stale).then(|| {
                gloo::timers::callback::Timeout::new(delay, move || {
                    d.dispatch(MapAction::Run { source: src })
                })
            });
            move || drop(timer)
        });
    }
    let runner = use_pending_run(&state);
    // While a run is pending: what the panes say, and the Stop button.
    let running =
        state.pending.as_ref().map(|_| AttrValue::from(crate::runner::waiting_text(&runner)));
    let on_stop = Callback::from(|_: ()| {
        crate::runner::stop();
    });
    // Ctrl/Cmd+Enter runs from anywhere.
    {
        let d = state.dispatcher();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
                let opts = gloo::events::EventListenerOptions::enable_prevent_default();
                gloo::events::EventListener::new_with_options(&doc, "keydown", opts, move |e| {
                    use wasm_bindgen::JsCast;
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                        e.prevent_default();
                        let source = latest.borrow().clone();
                        d.dispatch(MapAction::Run { source });
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Playback follows the display's frames: each animation frame advances by speed × elapsed.
    {
        let d = state.dispatcher();
        use_effect_with((state.playing, state.speed), move |&(playing, speed)| {
            let handle: Rc<std::cell::RefCell<Option<gloo::render::AnimationFrame>>> =
                Rc::default();
            if playing {
                fn schedule(
                    handle: Rc<std::cell::RefCell<Option<gloo::render::AnimationFrame>>>,
                    d: UseReducerDispatcher<MapRun>,
                    speed: u32,
                    last: Option<f64>,
                    carry: f64,
                ) {
                    let h = handle.clone();
                    *handle.borrow_mut() = Some(gloo::render::request_animation_frame(move |t| {
                        let due =
                            carry + last.map_or(0.0, |l| (t - l).max(0.0) * speed as f64 / 1000.0);
                        let n = due.floor();
                        if n >= 1.0 {
                            d.dispatch(MapAction::Tick(n as usize));
                        }
                        schedule(h, d, speed, Some(t), (due - n).min(1.0));
                    }));
                }
                schedule(handle.clone(), d, speed, None, 1.0);
            }
            move || drop(handle.borrow_mut().take())
        });
    }

    let lines = {
        let ran = state.ran.clone();
        use_memo(ran.as_ref().map(|r| r.as_ptr() as usize), move |_| {
            ran.as_deref().map(LineIndex::new)
        })
    };
    let frame = {
        let (t, f, lines) = (state.timeline.clone(), state.frame, lines.clone());
        use_memo((t.as_ref().map(|t| Rc::as_ptr(t) as usize), f), move |_| {
            let t = t?;
            let li = (*lines).as_ref()?;
            view::frame_view(&t, f, &|off| li.line_col(off).line).map(Rc::new)
        })
    };

    let d = state.dispatcher();
    let on = Callback::from(move |a: MapAction| d.dispatch(a));
    let on_run = {
        let (d, latest) = (state.dispatcher(), latest.clone());
        Callback::from(move |_| d.dispatch(MapAction::Run { source: latest.borrow().clone() }))
    };
    let on_runtime = {
        let (d, latest) = (state.dispatcher(), latest.clone());
        Callback::from(move |runtime| {
            d.dispatch(MapAction::SetRuntime { runtime, source: latest.borrow().clone() })
        })
    };
    let on_seed = {
        let (d, latest) = (state.dispatcher(), latest.clone());
        Callback::from(move |seed| {
            d.dispatch(MapAction::SetSeed { seed, source: latest.borrow().clone() })
        })
    };
    let stale = state.ran.as_ref().is_some_and(|r| **r != *source);
    // The state a link carries (computed when a link is used: it deflates the code).
    let link = {
        let (runtime, seed, frame, has_run) =
            (state.runtime, state.seed, state.frame, state.timeline.is_some());
        Callback::from(move |_: ()| {
            let s = shared.emit(());
            LinkState {
                view: s.pane,
                runtime,
                seed,
                step: has_run.then_some(frame),
                fragment: crate::share::encode(&s),
            }
        })
    };
    let base: Rc<str> = use_memo((), |_| page_base()).as_str().into();
    let code_lines = source.lines().count();
    let bar = html! {
        <RunBar runtime={state.runtime} seed={state.seed} run={state.run.clone()} {stale}
            running={running.clone()} {on_stop}
            on_run={on_run.clone()} {on_runtime} {on_seed}
            embed={(!params.embed).then(|| (link.clone(), base.clone(), code_lines))} />
    };
    let embed_bar = if params.embed {
        html! { <EmbedBar link={link.clone()} base={base.clone()} at={(state.seq, state.frame, state.playing)} /> }
    } else {
        Html::default()
    };
    let output = html! {
        <div class="mv-pane mv-output-pane" data-run={state.seq.to_string()}>
            { bar.clone() }
            <OutputText run={state.run.clone()} on_reveal={on_reveal.clone()} />
        </div>
    };

    let onkeydown = {
        let on = on.clone();
        Callback::from(move |e: KeyboardEvent| {
            use wasm_bindgen::JsCast;
            let tag = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .map(|el| el.tag_name())
                .unwrap_or_default();
            if matches!(tag.as_str(), "INPUT" | "SELECT" | "TEXTAREA") {
                return;
            }
            let a = match e.key().as_str() {
                "ArrowRight" if e.shift_key() => MapAction::StepOp(1),
                "ArrowLeft" if e.shift_key() => MapAction::StepOp(-1),
                "ArrowRight" | "." => MapAction::Step(1),
                "ArrowLeft" | "," => MapAction::Step(-1),
                " " | "k" => MapAction::TogglePlay,
                "Home" => MapAction::Start,
                "End" => MapAction::End,
                _ => return,
            };
            if tag == "BUTTON" && e.key() == " " {
                return;
            }
            e.prevent_default();
            on.emit(a);
        })
    };
    let maps = state.run.as_ref().map(|r| r.maps.clone()).unwrap_or_default();
    let on_map = {
        let on = on.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            if let Ok(i) = v.parse::<usize>() {
                on.emit(MapAction::SelectMap(i));
            }
        })
    };
    // The editor marks the current operation's line (an attribute on the highlighted line: a
    // changing style sheet would restyle the whole page on every frame).
    {
        let line = frame.as_ref().as_ref().filter(|_| map_active).map(|v| v.line);
        use_effect_with(line, move |line| {
            mark_editor_line(*line);
            || mark_editor_line(None)
        });
    }
    let motion = if reduced_motion() { "reduce" } else { "full" };
    let map = html! {
        <div class="mv-pane mv-map-pane" tabindex="-1" {onkeydown} data-motion={motion} data-run={state.seq.to_string()}
            data-frame={state.frame.to_string()} data-playing={state.playing.to_string()}>
            { bar }
            if state.run.is_some() && maps.is_empty() {
                <p class="mv-empty">{ "This run used no map. Write to a map (m[k] = v) and it will show here, step by step." }</p>
            }
            if !maps.is_empty() {
                <div class="mv-pick">
                    <label>{ "Map " }
                        <select class="mv-map-select" onchange={on_map} aria-label="Map (allocation site and instance)">
                            { for maps.iter().enumerate().map(|(i, m)| html! {
                                <option value={i.to_string()} selected={i == state.selected}>{ format!("{} ({} ops)", m.label, m.ops) }</option>
                            }) }
                        </select>
                    </label>
                </div>
                <Controls frame={state.frame} frames={state.frames()} playing={state.playing} speed={state.speed} {on} />
            }
            if let Some(v) = (*frame).clone() { <Board view={v} /> }
        </div>
    };
    MapRunHtml { map, output, embed_bar }
}
