//! The Classroom: a bar with Exercises / Make exercise / Export, the exercise mode
//! (predict, Check, reveal with the analyzer's verdicts and the simulator's events, the map
//! animation to step through), teacher mode (the current snippet → an exercise link) and the
//! writers' exports. The browser glue (fetch, localStorage, data-URL downloads) lives here;
//! everything it shows is computed by the pure modules next to it.

use std::rc::Rc;

use escapade_analysis::escape::GoVersion;
use escapade_analysis::LineIndex;
use yew::prelude::*;

use super::answers::{self, Expected, Given, Solution, Why};
use super::pack::{self, Exercise, GrowthEvent, Pack, Question};
use super::{export, link, SHIPPED_PACK};
use crate::escape_model::{explain, version_label, EscapeModel, Status};
use crate::mapview::components::{Board, Controls};
use crate::mapview::run::{self, RunView, Runtime};
use crate::mapview::state::{MapAction, MapRun};
use crate::mapview::view::frame_view;

// ---------------------------------------------------------------- browser helpers

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn progress_key(p: &Pack) -> String {
    format!("escapade:progress:{}", p.title)
}

/// Saved best scores: `id=points/total` per line.
fn load_progress(p: &Pack) -> Vec<(String, (u32, u32))> {
    let Some(text) = storage().and_then(|s| s.get_item(&progress_key(p)).ok().flatten()) else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| {
            let (id, s) = l.split_once('=')?;
            let (a, b) = s.split_once('/')?;
            Some((id.to_string(), (a.parse().ok()?, b.parse().ok()?)))
        })
        .collect()
}

fn save_progress(p: &Pack, progress: &[(String, (u32, u32))]) {
    if let Some(s) = storage() {
        let text: String = progress.iter().map(|(id, (a, b))| format!("{id}={a}/{b}\n")).collect();
        let _ = s.set_item(&progress_key(p), &text);
    }
}

fn search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

fn page_base() -> String {
    web_sys::window()
        .map(|w| {
            let l = w.location();
            format!("{}{}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default())
        })
        .unwrap_or_default()
}

fn data_url(mime: &str, text: &str) -> String {
    format!("data:{mime};charset=utf-8,{}", String::from(js_sys::encode_uri_component(text)))
}

fn set_root_mode(mode: Option<&str>) {
    if let Some(root) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
    {
        let _ = match mode {
            Some(m) => root.set_attribute("data-classroom", m),
            None => root.remove_attribute("data-classroom"),
        };
    }
}

/// Fetches a pack (same origin or CORS), bounded in size, and validates it.
async fn fetch_pack(url: String) -> Result<Pack, String> {
    let lower = url.trim().to_ascii_lowercase();
    if lower.contains(':') && !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return Err("only http(s) or relative URLs can be loaded".into());
    }
    let resp = gloo::net::http::Request::get(url.trim()).send().await.map_err(|e| {
        format!("the request failed ({e}); the server may be unreachable or may not allow cross-origin requests (CORS)")
    })?;
    if !resp.ok() {
        return Err(format!("the server answered {} {}", resp.status(), resp.status_text()));
    }
    if let Some(n) = resp.headers().get("content-length").and_then(|n| n.parse::<usize>().ok()) {
        if n > pack::MAX_PACK_BYTES {
            return Err(format!("the pack is larger than {} KiB", pack::MAX_PACK_BYTES / 1024));
        }
    }
    let text = resp.text().await.map_err(|e| format!("the response could not be read ({e})"))?;
    pack::parse(&text).map_err(|e| e.0)
}

// ---------------------------------------------------------------- the component

#[derive(Clone, Copy, PartialEq, Eq)]
enum Panel {
    Exercises,
    Teacher,
    Export,
}

#[derive(Clone, PartialEq)]
struct Loaded {
    pack: Rc<Pack>,
    /// Where it came from (shown): "shipped", the URL, "link".
    origin: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct ClassroomProps {
    /// The workbench's code and Go version (teacher mode and exports use them).
    pub source: Rc<str>,
    pub version: GoVersion,
    /// Put code and a Go version into the workbench.
    pub on_load: Callback<(String, GoVersion)>,
}

#[function_component(Classroom)]
pub fn classroom(props: &ClassroomProps) -> Html {
    let panel = use_state_eq(|| None::<Panel>);
    let loaded = use_state(|| None::<Loaded>);
    let error = use_state(|| None::<AttrValue>);
    let index = use_state_eq(|| 0usize);

    let load_pack = {
        let (loaded, error, index, panel) =
            (loaded.clone(), error.clone(), index.clone(), panel.clone());
        Callback::from(move |(p, origin, at): (Pack, String, usize)| {
            index.set(at.min(p.exercises.len().saturating_sub(1)));
            loaded.set(Some(Loaded { pack: Rc::new(p), origin: origin.into() }));
            error.set(None);
            panel.set(Some(Panel::Exercises));
        })
    };
    let load_url = {
        let (load_pack, error, panel) = (load_pack.clone(), error.clone(), panel.clone());
        Callback::from(move |(url, at): (String, usize)| {
            let (load_pack, error, panel) = (load_pack.clone(), error.clone(), panel.clone());
            error.set(Some(format!("Loading the pack from {url}…").into()));
            panel.set(Some(Panel::Exercises));
            yew::platform::spawn_local(async move {
                match fetch_pack(url.clone()).await {
                    Ok(p) => load_pack.emit((p, url, at)),
                    Err(e) => {
                        error.set(Some(format!("Could not load the pack from {url}: {e}").into()))
                    }
                }
            });
        })
    };
    let load_shipped = {
        let (load_pack, error) = (load_pack.clone(), error.clone());
        Callback::from(move |at: usize| match pack::parse(SHIPPED_PACK) {
            Ok(p) => load_pack.emit((p, "shipped".into(), at)),
            Err(e) => error.set(Some(format!("The shipped pack is invalid: {e}").into())),
        })
    };

    // Start from the link: ?exercise=x1.… (teacher link), ?pack=URL, or ?exercises (shipped).
    {
        let (load_pack, load_url, load_shipped, error, panel) = (
            load_pack.clone(),
            load_url.clone(),
            load_shipped.clone(),
            error.clone(),
            panel.clone(),
        );
        use_effect_with((), move |_| {
            let q = search();
            let at = link::query_param(&q, "ex")
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(1)
                .max(1)
                - 1;
            if let Some(v) = link::query_param(&q, "exercise") {
                match link::decode(&v) {
                    Ok(p) => load_pack.emit((p, "link".into(), at)),
                    Err(e) => {
                        error.set(Some(
                            format!("This exercise link could not be opened: {e}.").into(),
                        ));
                        panel.set(Some(Panel::Exercises));
                    }
                }
            } else if let Some(url) = link::query_param(&q, "pack").filter(|u| !u.is_empty()) {
                load_url.emit((url, at));
            } else if link::query_param(&q, "exercises").is_some() {
                load_shipped.emit(at);
            }
        });
    }
    {
        let mode = *panel;
        use_effect_with(mode, move |m| {
            set_root_mode(match m {
                Some(Panel::Exercises) => Some("exercises"),
                _ => None,
            });
        });
    }

    let toggle = |p: Panel| {
        let (panel, loaded, load_shipped) = (panel.clone(), loaded.clone(), load_shipped.clone());
        Callback::from(move |_: MouseEvent| {
            if *panel == Some(p) {
                panel.set(None);
            } else {
                if p == Panel::Exercises && loaded.is_none() {
                    load_shipped.emit(0);
                }
                panel.set(Some(p));
            }
        })
    };
    let close = {
        let panel = panel.clone();
        Callback::from(move |_: ()| panel.set(None))
    };
    let pressed = |p: Panel| (*panel == Some(p)).to_string();
    let bar = html! {
        <nav class="classroom-bar" aria-label="Classroom and export">
            <button type="button" class="cr-exercises-button" aria-pressed={pressed(Panel::Exercises)}
                onclick={toggle(Panel::Exercises)}>{ "Exercises" }</button>
            <button type="button" class="cr-teacher-button" aria-pressed={pressed(Panel::Teacher)}
                onclick={toggle(Panel::Teacher)} title="Turn the current code into an exercise and get a link">{ "Make exercise" }</button>
            <button type="button" class="cr-export-button" aria-pressed={pressed(Panel::Export)}
                onclick={toggle(Panel::Export)} title="Standalone HTML/SVG of the annotated code; SVG of the map frame">{ "Export" }</button>
        </nav>
    };
    let body = match *panel {
        None => html! {},
        Some(Panel::Exercises) => html! {
            <ExerciseMode loaded={(*loaded).clone()} error={(*error).clone()} index={*index}
                on_index={Callback::from({ let index = index.clone(); move |i| index.set(i) })}
                on_url={load_url.clone()} on_close={close.clone()}
                on_load={Callback::from({ let (l, panel) = (props.on_load.clone(), panel.clone()); move |x| { l.emit(x); panel.set(None) } })} />
        },
        Some(Panel::Teacher) => html! {
            <TeacherPanel source={props.source.clone()} version={props.version} on_close={close.clone()} />
        },
        Some(Panel::Export) => html! {
            <ExportPanel source={props.source.clone()} version={props.version} on_close={close.clone()} />
        },
    };
    html! { <>{ bar }{ body }</> }
}

// ---------------------------------------------------------------- exercise mode

#[derive(Properties, PartialEq)]
struct ExerciseModeProps {
    loaded: Option<Loaded>,
    error: Option<AttrValue>,
    index: usize,
    on_index: Callback<usize>,
    on_url: Callback<(String, usize)>,
    on_load: Callback<(String, GoVersion)>,
    on_close: Callback<()>,
}

#[function_component(ExerciseMode)]
fn exercise_mode(props: &ExerciseModeProps) -> Html {
    let url = use_state(String::new);
    let progress = use_state(Vec::<(String, (u32, u32))>::new);
    {
        let (progress, pack) = (progress.clone(), props.loaded.as_ref().map(|l| l.pack.clone()));
        use_effect_with(pack.as_ref().map(|p| Rc::as_ptr(p) as usize), move |_| {
            progress.set(pack.as_deref().map(load_progress).unwrap_or_default());
        });
    }
    let on_url_input = {
        let url = url.clone();
        Callback::from(move |e: InputEvent| {
            url.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
        })
    };
    let on_url_submit = {
        let (url, on_url) = (url.clone(), props.on_url.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !url.trim().is_empty() {
                on_url.emit(((*url).clone(), 0));
            }
        })
    };
    let on_scored = {
        let (progress, pack) = (progress.clone(), props.loaded.as_ref().map(|l| l.pack.clone()));
        Callback::from(move |(id, score): (String, (u32, u32))| {
            let Some(pack) = &pack else { return };
            let mut p = (*progress).clone();
            match p.iter_mut().find(|(i, _)| *i == id) {
                Some((_, s)) if s.0 >= score.0 => {}
                Some((_, s)) => *s = score,
                None => p.push((id, score)),
            }
            save_progress(pack, &p);
            progress.set(p);
        })
    };
    let header = props.loaded.as_ref().map(|l| {
        let p = &l.pack;
        let on_pick = props.on_index.reform(|e: Event| {
            e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().parse::<usize>().unwrap_or(0)
        });
        let n = p.exercises.len();
        let i = props.index.min(n - 1);
        html! {
            <div class="cr-pack-head">
                <h2 class="cr-pack-title">{ p.title.clone() }</h2>
                <span class="cr-origin">{ format!("({})", l.origin) }</span>
                <label class="cr-pick">{ "Exercise " }
                    <select class="cr-exercise-select" onchange={on_pick} aria-label="Exercise">
                        { for p.exercises.iter().enumerate().map(|(k, e)| {
                            let done = progress.iter().find(|(id, _)| *id == e.id).map(|(_, (a, b))| format!(" — best {a}/{b}")).unwrap_or_default();
                            html! { <option value={k.to_string()} selected={k == i}>{ format!("{}. {}{done}", k + 1, e.title) }</option> }
                        }) }
                    </select>
                </label>
                <button type="button" class="cr-prev" disabled={i == 0} onclick={props.on_index.reform(move |_: MouseEvent| i.saturating_sub(1))}>{ "Previous" }</button>
                <button type="button" class="cr-next" disabled={i + 1 >= n} onclick={props.on_index.reform(move |_: MouseEvent| (i + 1).min(n - 1))}>{ "Next" }</button>
            </div>
        }
    });
    let current = props.loaded.as_ref().and_then(|l| {
        let i = props.index.min(l.pack.exercises.len().saturating_sub(1));
        l.pack
            .exercises
            .get(i)
            .cloned()
            .map(|e| (Rc::new(e), format!("{}#{i}", Rc::as_ptr(&l.pack) as usize)))
    });
    html! {
        <main class="classroom" aria-label="Exercises">
            <div class="cr-top">
                { header.unwrap_or_default() }
                <form class="cr-url" onsubmit={on_url_submit}>
                    <label>{ "Pack URL " }<input type="url" class="cr-url-input" value={(*url).clone()} oninput={on_url_input}
                        placeholder="https://…/pack.json" aria-label="Exercise pack URL" /></label>
                    <button type="submit">{ "Load pack" }</button>
                </form>
                <button type="button" class="cr-close" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ "Back to the workbench" }</button>
            </div>
            if let Some(e) = &props.error {
                <p class="cr-error" role="alert">{ e.clone() }</p>
            }
            if let Some((ex, key)) = current {
                <ExerciseView key={key} exercise={ex} on_load={props.on_load.clone()} {on_scored} />
            }
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct ExerciseViewProps {
    exercise: Rc<Exercise>,
    on_load: Callback<(String, GoVersion)>,
    on_scored: Callback<(String, (u32, u32))>,
}

fn question_label(q: &Question, sol: &Solution, n: usize) -> String {
    match q {
        Question::Escape { at, expr, .. } => {
            let v = sol.answers[n].as_ref().ok().and_then(|a| match a {
                Expected::Escape { verdict, .. } => sol.model.verdicts.get(*verdict),
                _ => None,
            });
            let pos = v
                .map(|v| (v.line, v.col))
                .or(*at)
                .map(|(l, c)| format!("line {l}:{c}"))
                .unwrap_or_default();
            let what = v.map(|v| v.subject.clone()).or_else(|| expr.clone()).unwrap_or_default();
            format!("{pos} — {what}: stack or heap?")
        }
        Question::Bucket { key, .. } => {
            format!("Key {key}: which bucket (classic) or group (Swiss) does its insert write to?")
        }
        Question::Growth { event, after, .. } => {
            let what = match event {
                GrowthEvent::Grow => "grow",
                GrowthEvent::Split => "split a table",
            };
            if *after == 0 {
                format!("At which insert of a new key (1 = the first) does the map first {what}?")
            } else {
                format!(
                    "After insert {after}, at which insert of a new key does the map next {what}?"
                )
            }
        }
        Question::Half { key, .. } => {
            format!("Key {key}: when the map doubles, does it move to the X or the Y half?")
        }
        Question::Output { line, .. } => format!("What does line {line} of the output read?"),
    }
}

#[function_component(ExerciseView)]
fn exercise_view(props: &ExerciseViewProps) -> Html {
    let ex = props.exercise.clone();
    // The starter's run (the interpreter answers later): solved again when it arrives.
    let map = use_reducer_eq(MapRun::default);
    crate::mapview::use_pending_run(&map);
    let sol = {
        let (ex, run) = (ex.clone(), map.run.clone());
        use_memo(run.as_ref().map(|r| Rc::as_ptr(r) as usize), move |_| {
            answers::solve(&ex, run.as_deref())
        })
    };
    let given = use_state(|| vec![Given::default(); ex.questions.len()]);
    let checked = use_state_eq(|| false);
    let hints = use_state_eq(|| 0usize);
    let has_map = ex.map.is_some() && ex.questions.iter().any(Question::is_map);

    // The answers and the map animation run the starter with the exercise's runtime and seed.
    {
        let (d, ex) = (map.dispatcher(), ex.clone());
        use_effect_with((), move |_| {
            if let (Some((runtime, seed)), true) = (ex.map, answers::needs_run(&ex)) {
                let source: Rc<str> = Rc::from(ex.starter.as_str());
                if runtime != MapRun::default().runtime {
                    d.dispatch(MapAction::SetRuntime { runtime, source: source.clone() });
                }
                d.dispatch(MapAction::SetSeed { seed, source });
            }
        });
    }
    let frame = {
        let (t, f) = (map.timeline.clone(), map.frame);
        let li = LineIndex::new(&ex.starter);
        use_memo((t.as_ref().map(|t| Rc::as_ptr(t) as usize), f), move |_| {
            let t = t?;
            frame_view(&t, f, &|off| li.line_col(off).line).map(Rc::new)
        })
    };
    let seek_op = {
        let d = map.dispatcher();
        let t = map.timeline.clone();
        Callback::from(move |op: usize| {
            if let Some(f) = t.as_ref().and_then(|t| t.op_first_frame.get(op).copied()) {
                d.dispatch(MapAction::Seek(f));
            }
        })
    };

    let set_answer = |n: usize| {
        let given = given.clone();
        Callback::from(move |v: String| {
            let mut g = (*given).clone();
            g[n].answer = v;
            given.set(g);
        })
    };
    let set_why = |n: usize| {
        let given = given.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let mut g = (*given).clone();
            g[n].why = Why::by_slug(&v);
            given.set(g);
        })
    };
    let score = answers::score(&sol, &given);
    let on_check = {
        let (checked, on_scored, id, d, t, sol) = (
            checked.clone(),
            props.on_scored.clone(),
            ex.id.clone(),
            map.dispatcher(),
            map.timeline.clone(),
            sol.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            checked.set(true);
            on_scored.emit((id.clone(), score));
            // Show the first map answer in the animation.
            let op = sol.answers.iter().flatten().find_map(Expected::op);
            if let (Some(op), Some(t)) = (op, t.as_ref()) {
                if let Some(f) = t.op_first_frame.get(op) {
                    d.dispatch(MapAction::Seek(*f));
                }
            }
        })
    };
    let on_retry = {
        let (checked, given, n) = (checked.clone(), given.clone(), ex.questions.len());
        Callback::from(move |_: MouseEvent| {
            checked.set(false);
            given.set(vec![Given::default(); n]);
        })
    };
    let on_hint = {
        let (hints, n) = (hints.clone(), ex.hints.len());
        Callback::from(move |_: MouseEvent| hints.set((*hints + 1).min(n)))
    };
    let on_open = {
        let (on_load, ex) = (props.on_load.clone(), ex.clone());
        Callback::from(move |_: MouseEvent| on_load.emit((ex.starter.clone(), ex.go)))
    };

    // The code, with the asked sites marked by their question number (no verdict shown).
    let sites: Vec<(usize, (usize, usize))> = sol
        .answers
        .iter()
        .enumerate()
        .filter_map(|(n, a)| match a {
            Ok(Expected::Escape { verdict, .. }) => {
                sol.model.verdicts.get(*verdict).map(|v| (n, v.range))
            }
            _ => None,
        })
        .collect();
    let code = code_with_sites(&ex.starter, &sites, if *checked { Some(&sol) } else { None });

    let checked_now = *checked;
    let questions = ex.questions.iter().enumerate().map(|(n, q)| {
        let expected = &sol.answers[n];
        let g = &given[n];
        let label = question_label(q, &sol, n);
        let name = format!("cr-q{n}");
        let radios = |opts: &[(&str, &str)]| {
            let set = set_answer(n);
            html! {
                <div class="cr-choices" role="radiogroup" aria-label={label.clone()}>
                    { for opts.iter().map(|(value, text)| {
                        let v = value.to_string();
                        let set = set.clone();
                        html! {
                            <label class="cr-choice">
                                <input type="radio" name={name.clone()} value={v.clone()} checked={g.answer == v}
                                    disabled={checked_now} onchange={Callback::from(move |_: Event| set.emit(v.clone()))} />
                                { *text }
                            </label>
                        }
                    }) }
                </div>
            }
        };
        let input = match q {
            Question::Escape { why, .. } => html! {
                <>
                    { radios(&[("stack", "Stack"), ("heap", "Heap")]) }
                    if *why {
                        <label class="cr-why">{ "Why (if heap): " }
                            <select class="cr-why-select" onchange={set_why(n)} disabled={checked_now} aria-label={format!("Question {}: why", n + 1)}>
                                <option value="" selected={g.why.is_none()}>{ "— choose —" }</option>
                                { for Why::ALL.iter().map(|w| html! { <option value={w.slug()} selected={g.why == Some(*w)}>{ w.label() }</option> }) }
                            </select>
                        </label>
                    }
                </>
            },
            Question::Half { .. } => radios(&[("X", "X (same index)"), ("Y", "Y (index + old bucket count)")]),
            Question::Output { choices, .. } if !choices.is_empty() => {
                let opts: Vec<(&str, &str)> = choices.iter().map(|c| (c.as_str(), c.as_str())).collect();
                radios(&opts)
            }
            _ => {
                let set = set_answer(n);
                let numeric = !matches!(q, Question::Output { .. });
                html! {
                    <input class="cr-answer" type={if numeric { "number" } else { "text" }} min="0" value={g.answer.clone()}
                        disabled={checked_now} aria-label={label.clone()}
                        oninput={Callback::from(move |e: InputEvent| set.emit(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))} />
                }
            }
        };
        let reveal = checked_now.then(|| match expected {
            Err(why) => html! { <p class="cr-reveal cr-unresolved">{ format!("Not graded: {why}.") }</p> },
            Ok(a) => {
                let (pts, of) = answers::grade(a, g);
                let verdict = if pts == of { "Right" } else if pts > 0 { "Partly right" } else { "Not quite" };
                let detail = match a {
                    Expected::Escape { verdict: vi, why, .. } => {
                        let v = &sol.model.verdicts[*vi];
                        let (plain, fix) = explain(v);
                        html! {
                            <>
                                <p class="cr-gc"><code>{ v.gc_line() }</code></p>
                                <p>{ plain }</p>
                                if let Some(w) = why {
                                    <p class="cr-why-answer">{ format!("Why, from gc's -m=2 flow: {}.", w.label()) }</p>
                                }
                                if !v.steps.is_empty() {
                                    <ul class="cr-flow">{ for v.steps.iter().map(|s| html! { <li><code>{ format!("{} — {} at {}:{}", s.flow, s.text, s.line, s.col) }</code></li> }) }</ul>
                                }
                                if let Some(f) = fix { <p class="cr-fix">{ f }</p> }
                            </>
                        }
                    }
                    Expected::Number { op, event, .. } | Expected::Half { op, event, .. } => {
                        let op = *op;
                        html! {
                            <>
                                <p class="cr-gc">{ "Simulator: " }<code>{ event.clone() }</code>{ format!(" (operation {} on the map)", op + 1) }</p>
                                <button type="button" class="cr-show-op" onclick={seek_op.reform(move |_: MouseEvent| op)}>{ "Show in the animation" }</button>
                            </>
                        }
                    }
                    Expected::Output { .. } => html! { <p>{ "From the interpreter's run with this exercise's seed." }</p> },
                };
                html! {
                    <div class={classes!("cr-reveal", if pts == of { "cr-right" } else { "cr-wrong" })}>
                        <p><strong>{ format!("{verdict}: {} ", if pts == of { "✓" } else if pts > 0 { "◐" } else { "✗" }) }</strong>
                            { format!("answer: {}", a.answer()) }
                            if !g.answer.is_empty() { { format!(" (you said {})", g.answer) } }
                        </p>
                        { detail }
                    </div>
                }
            }
        });
        html! {
            <fieldset class="cr-question" data-q={n.to_string()} data-kind={match q { Question::Escape{..} => "escape", Question::Bucket{..} => "bucket", Question::Growth{..} => "growth", Question::Half{..} => "half", Question::Output{..} => "output" }}>
                <legend>{ format!("Q{} · {label}", n + 1) }</legend>
                { input }
                { reveal.unwrap_or_default() }
            </fieldset>
        }
    });

    let status = match &sol.model.status {
        Status::Verdicts => None,
        s => Some(format!("The analyzer gives no verdicts for this code ({s:?}); escape questions are not graded.")),
    };
    html! {
        <div class="cr-exercise" data-exercise={ex.id.clone()}>
            <div class="cr-left">
                <h3 class="cr-title">{ ex.title.clone() }</h3>
                <p class="cr-meta">{ format!("Go {}", version_label(ex.go)) }
                    { ex.map.map(|(rt, seed)| format!(" · map: {} · seed {seed}", rt.label())).unwrap_or_default() }</p>
                <p class="cr-instructions">{ ex.instructions.clone() }</p>
                <pre class="cr-code" aria-label="Exercise code">{ code }</pre>
                if let Some(s) = status { <p class="cr-error">{ s }</p> }
                <button type="button" class="cr-open" onclick={on_open}>{ "Open this code in the workbench" }</button>
            </div>
            <div class="cr-right">
                <form class="cr-questions" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} aria-label="Questions">
                    { for questions }
                </form>
                <div class="cr-actions">
                    if !checked_now {
                        <button type="button" class="cr-check" onclick={on_check}>{ "Check" }</button>
                    } else {
                        <button type="button" class="cr-retry" onclick={on_retry}>{ "Try again" }</button>
                    }
                    if !ex.hints.is_empty() {
                        <button type="button" class="cr-hint" disabled={*hints >= ex.hints.len()} onclick={on_hint}>
                            { format!("Hint ({}/{})", *hints, ex.hints.len()) }</button>
                    }
                </div>
                <div class="cr-score" role="status" aria-live="polite">
                    { if checked_now { format!("Score: {} / {}", score.0, score.1) } else { String::new() } }
                </div>
                if *hints > 0 {
                    <ul class="cr-hints">{ for ex.hints.iter().take(*hints).map(|h| html! { <li>{ h.clone() }</li> }) }</ul>
                }
            </div>
            if has_map && checked_now {
                <section class="cr-map" aria-label="Map animation">
                    <h4>{ "Step through the map" }</h4>
                    <Controls frame={map.frame} frames={map.frames()} playing={map.playing} speed={map.speed}
                        on={Callback::from({ let d = map.dispatcher(); move |a| d.dispatch(a) })} />
                    if let Some(v) = (*frame).clone() {
                        <a class="cr-frame-svg" download="escapade-map-frame.svg" href={data_url("image/svg+xml", &export::frame_svg(&v))}>{ "Download this frame as SVG" }</a>
                        <Board view={v} />
                    }
                </section>
            }
        </div>
    }
}

/// The exercise's code with each asked site wrapped in a numbered mark (after Check, the mark
/// also carries the verdict class).
fn code_with_sites(
    text: &str,
    sites: &[(usize, (usize, usize))],
    revealed: Option<&Solution>,
) -> Html {
    let mut sorted: Vec<&(usize, (usize, usize))> =
        sites.iter().filter(|(_, (a, b))| a <= b && *b <= text.len()).collect();
    escapade_analysis::sort::stable_sort_by_key(&mut sorted, |(n, (a, _))| (*a, *n));
    let mut out = Vec::new();
    let mut at = 0;
    for (n, (a, b)) in sorted {
        if *a < at || !text.is_char_boundary(*a) || !text.is_char_boundary(*b) {
            continue;
        }
        out.push(html! { { text[at..*a].to_string() } });
        let class = revealed.and_then(|s| match &s.answers[*n] {
            Ok(Expected::Escape { heap, .. }) => {
                Some(if *heap { "cr-site-heap" } else { "cr-site-stack" })
            }
            _ => None,
        });
        out.push(html! {
            <mark class={classes!("cr-site", class)} data-q={n.to_string()}>
                <span class="cr-site-n" aria-label={format!("question {}", n + 1)}>{ format!("{}", n + 1) }</span>
                { text[*a..*b].to_string() }
            </mark>
        });
        at = *b;
    }
    out.push(html! { { text[at..].to_string() } });
    html! { <code>{ for out }</code> }
}

// ---------------------------------------------------------------- teacher mode

/// Esc inside a panel closes it.
fn esc_closes(close: &Callback<()>) -> Callback<KeyboardEvent> {
    let close = close.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            close.emit(());
        }
    })
}

#[derive(Properties, PartialEq)]
struct TeacherProps {
    source: Rc<str>,
    version: GoVersion,
    on_close: Callback<()>,
}

#[function_component(TeacherPanel)]
fn teacher_panel(props: &TeacherProps) -> Html {
    let model = {
        let (s, v) = (props.source.clone(), props.version);
        use_memo((s.clone(), v), move |_| {
            let syntax = !escapade_analysis::analyze(&s).diagnostics.is_empty();
            EscapeModel::new(&s, v, syntax)
        })
    };
    let chosen = use_state(Vec::<usize>::new);
    let ask_why = use_state_eq(|| true);
    let title = use_state(|| "Stack or heap?".to_string());
    let instructions = use_state(|| {
        "For each marked site, predict whether gc allocates it on the stack or the heap."
            .to_string()
    });
    let link_out = use_state(|| None::<(String, String)>);
    let askable: Vec<usize> =
        (0..model.verdicts.len()).filter(|&i| answers::askable(&model.verdicts[i])).collect();

    let build = {
        let (model, chosen, ask_why, title, instructions, link_out, source, version) = (
            model.clone(),
            chosen.clone(),
            ask_why.clone(),
            title.clone(),
            instructions.clone(),
            link_out.clone(),
            props.source.clone(),
            props.version,
        );
        Callback::from(move |_: MouseEvent| {
            let mut picks = (*chosen).clone();
            picks.sort_unstable();
            let questions = picks
                .iter()
                .filter_map(|&i| model.verdicts.get(i))
                .map(|v| Question::Escape {
                    at: Some((v.line, v.col)),
                    expr: Some(v.subject.clone()),
                    why: *ask_why,
                })
                .collect::<Vec<_>>();
            if questions.is_empty() {
                return;
            }
            let p = Pack {
                title: (*title).clone(),
                description: String::new(),
                exercises: vec![Exercise {
                    id: "shared".into(),
                    title: (*title).clone(),
                    instructions: (*instructions).clone(),
                    go: version,
                    starter: source.to_string(),
                    map: None,
                    questions,
                    hints: Vec::new(),
                }],
            };
            let url = format!("{}?exercise={}", page_base(), link::encode(&p));
            link_out.set(Some((url, pack::write(&p))));
        })
    };
    let toggle = |i: usize| {
        let chosen = chosen.clone();
        Callback::from(move |_: Event| {
            let mut c = (*chosen).clone();
            match c.iter().position(|&x| x == i) {
                Some(k) => {
                    c.remove(k);
                }
                None => c.push(i),
            }
            chosen.set(c);
        })
    };
    let copied = use_state_eq(|| None::<bool>);
    let on_copy = {
        let (link_out, copied) = (link_out.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some((url, _)) = &*link_out {
                let copied = copied.clone();
                crate::session::copy(url, move |ok| copied.set(Some(ok)));
            }
        })
    };
    html! {
        <section class="classroom-panel cr-teacher" aria-label="Make an exercise" onkeydown={esc_closes(&props.on_close)}>
            <h2>{ "Make an exercise from this code" }</h2>
            <p>{ format!("Choose the verdicts to ask about (Go {}, as the analyzer computes them now). The link carries the code and the questions, never the answers: the learner's page computes them.", version_label(props.version)) }</p>
            if model.status != Status::Verdicts {
                <p class="cr-error">{ "The analyzer gives no verdicts for this code yet; fix errors or unsupported constructs first." }</p>
            }
            <label class="cr-field">{ "Title " }<input class="cr-title-input" value={(*title).clone()}
                oninput={Callback::from({ let t = title.clone(); move |e: InputEvent| t.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()) })} /></label>
            <label class="cr-field">{ "Instructions " }<textarea class="cr-instr-input" value={(*instructions).clone()}
                oninput={Callback::from({ let t = instructions.clone(); move |e: InputEvent| t.set(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()) })} /></label>
            <fieldset class="cr-verdict-picks">
                <legend>{ "Questions" }</legend>
                { for askable.iter().map(|&i| {
                    let v = &model.verdicts[i];
                    html! {
                        <label class="cr-pick-verdict">
                            <input type="checkbox" checked={chosen.contains(&i)} onchange={toggle(i)} />
                            { format!("{}:{} {} ({})", v.line, v.col, v.subject, v.func) }
                        </label>
                    }
                }) }
            </fieldset>
            <label class="cr-field"><input type="checkbox" checked={*ask_why}
                onchange={Callback::from({ let w = ask_why.clone(); move |_: Event| w.set(!*w) })} />{ " Also ask why (heap answers)" }</label>
            <div class="cr-actions">
                <button type="button" class="cr-make-link" disabled={chosen.is_empty()} onclick={build}>{ "Create exercise link" }</button>
                <button type="button" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ "Close" }</button>
            </div>
            if let Some((url, json)) = &*link_out {
                <div class="cr-link-out">
                    <label class="cr-field">{ "Exercise link " }<input class="cr-link" readonly=true value={url.clone()} /></label>
                    <button type="button" class="cr-copy" onclick={on_copy}>{ match *copied { Some(true) => "Copied", Some(false) => "Copy failed: select the link", None => "Copy link" } }</button>
                    <a class="cr-open-link" href={url.clone()} target="_blank" rel="noopener">{ "Open" }</a>
                    <a class="cr-pack-json" download="exercise-pack.json" href={data_url("application/json", json)}>{ "Download as a pack (JSON)" }</a>
                </div>
            }
        </section>
    }
}

// ---------------------------------------------------------------- exports

#[derive(Properties, PartialEq)]
struct ExportProps {
    source: Rc<str>,
    version: GoVersion,
    on_close: Callback<()>,
}

/// What the Map pane shows, read from its controls: runtime, seed, map and frame.
fn map_pane_state() -> Option<(Runtime, u64, usize, usize)> {
    use wasm_bindgen::JsCast;
    let doc = web_sys::window()?.document()?;
    let pane = doc.query_selector(".mv-map-pane").ok()??;
    let frame = pane.get_attribute("data-frame")?.parse().ok()?;
    let value = |sel: &str| -> Option<String> {
        let el = pane.query_selector(sel).ok()??;
        match el.dyn_ref::<web_sys::HtmlSelectElement>() {
            Some(s) => Some(s.value()),
            None => el.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()),
        }
    };
    let runtime = pack::runtime_by_name(&value(".mv-runtime")?)?;
    let seed = value(".mv-seed")?.parse().ok()?;
    let map = value(".mv-map-select").and_then(|v| v.parse().ok()).unwrap_or(0);
    Some((runtime, seed, map, frame))
}

/// The SVG of frame `frame` of map `map` in `v`, a run of `source` with the Map pane's runtime
/// and seed (runs are deterministic, so the frame is the one on screen).
fn map_frame_svg(source: &str, v: &RunView, map: usize, frame: usize) -> Result<String, String> {
    let t = run::timeline(v, map).ok_or("this run uses no map")?;
    let li = LineIndex::new(source);
    let view =
        frame_view(&t, frame, &|off| li.line_col(off).line).ok_or("the map has no frames")?;
    Ok(export::frame_svg(&view))
}

#[function_component(ExportPanel)]
fn export_panel(props: &ExportProps) -> Html {
    let docs = {
        let (s, v) = (props.source.clone(), props.version);
        use_memo((s.clone(), v), move |_| {
            let syntax = !escapade_analysis::analyze(&s).diagnostics.is_empty();
            let m = EscapeModel::new(&s, v, syntax);
            (
                data_url("text/html", &export::snippet_html(&s, &m)),
                data_url("image/svg+xml", &export::snippet_svg(&s, &m)),
                m.verdicts.len(),
            )
        })
    };
    // The current map frame: the same code run again with the Map pane's runtime and seed.
    let frame = use_state_eq(|| Err::<AttrValue, String>("running the program".into()));
    {
        let (s, set) = (props.source.clone(), frame.setter());
        use_effect_with((s, map_pane_state()), move |(s, state)| match *state {
            None => set.set(Err("open the Map pane and run code that uses a map first".into())),
            Some((runtime, seed, map, at)) => {
                let src = s.clone();
                let done = Callback::from(move |v: RunView| {
                    let svg = map_frame_svg(&src, &v, map, at);
                    set.set(svg.map(|svg| data_url("image/svg+xml", &svg).into()));
                });
                let _ = run::request(s.clone(), runtime, seed, crate::perf::now_ms, done);
            }
        });
    }
    html! {
        <section class="classroom-panel cr-export" aria-label="Export" onkeydown={esc_closes(&props.on_close)}>
            <h2>{ "Export for writers" }</h2>
            <p>{ format!("The code with its {} verdicts (Go {}, -m -l) written inline; no JavaScript needed to show them.", docs.2, version_label(props.version)) }</p>
            <ul class="cr-export-links">
                <li><a class="cr-export-html" download="escapade-escape.html" href={docs.0.clone()}>{ "Standalone HTML" }</a></li>
                <li><a class="cr-export-svg" download="escapade-escape.svg" href={docs.1.clone()}>{ "SVG image" }</a></li>
                <li>
                    { match &*frame {
                        Ok(f) => html! { <a class="cr-export-map" download="escapade-map-frame.svg" href={f.clone()}>{ "Current map frame (SVG)" }</a> },
                        Err(why) => html! { <span class="cr-muted">{ format!("Map frame (SVG): {why}.") }</span> },
                    } }
                </li>
            </ul>
            <p class="cr-muted">{ "To embed live code in a page, see README: Embedding in a page (embed.js)." }</p>
            <button type="button" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ "Close" }</button>
        </section>
    }
}
