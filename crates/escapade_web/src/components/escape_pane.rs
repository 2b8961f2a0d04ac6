//! The Escape pane: gc's verdicts grouped by function with filters and counts, the selected
//! verdict's explanation and `-m=2` flow (each step selects its source in the editor), the
//! raw `-m` / `-m -l` output, the Go version selector, the inlining switch (on like plain
//! `go build`; a note says when the results are `-l`'s because inlining is not modelled) and
//! the honest states (syntax errors, type errors, unsupported constructs).

use std::rc::Rc;

use escapade_analysis::escape::GoVersion;
use yew::prelude::*;

use crate::escape_model::{
    explain, version_by_label, version_label, Class, EscapeModel, Filter, Flows, Status, FILE_NAME,
    VERSIONS,
};
use crate::examples::Example;
use crate::state::EscapeTab;

#[derive(Properties, PartialEq)]
pub struct EscapePaneProps {
    pub model: Rc<EscapeModel>,
    /// The model belongs to the text in the editor (false while the debounce runs).
    pub fresh: bool,
    pub version: GoVersion,
    pub filter: Filter,
    pub tab: EscapeTab,
    pub selected: Option<usize>,
    pub raw_m2: bool,
    pub ms: f64,
    /// The unchanged bundled example in the editor, if any (its checked claims are shown).
    pub example: Option<&'static str>,
    pub on_version: Callback<GoVersion>,
    /// Inlining on (no `-l`).
    pub inline: bool,
    pub on_inline: Callback<bool>,
    pub on_filter: Callback<Filter>,
    pub on_tab: Callback<EscapeTab>,
    pub on_select: Callback<usize>,
    pub on_range: Callback<(usize, usize)>,
    pub on_toggle_m2: Callback<()>,
}

#[function_component(EscapePane)]
pub fn escape_pane(props: &EscapePaneProps) -> Html {
    let m = &props.model;
    let on_version = props.on_version.reform(|e: Event| {
        let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        version_by_label(&value).unwrap_or(VERSIONS[0])
    });
    let versions = VERSIONS.iter().map(|&v| {
        let l = version_label(v);
        html! { <option value={l} selected={v == props.version}>{ format!("Go {l}") }</option> }
    });
    let on_inline = props
        .on_inline
        .reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlInputElement>().checked());
    let tab = |t: EscapeTab, label: &str| {
        let onclick = props.on_tab.reform(move |_: MouseEvent| t);
        html! {
            <button type="button" class="escape-tab" aria-pressed={(props.tab == t).to_string()}
                data-tab={if t == EscapeTab::Raw { "raw" } else { "verdicts" }} {onclick}>{ label.to_string() }</button>
        }
    };
    let vlabel = version_label(props.version);
    let flags = if m.inlined { "-m" } else { "-m -l" };
    let body = match (&m.status, props.tab) {
        (Status::SyntaxErrors, _) => html! {
            <p class="escape-state" data-state="syntax">
                { "Fix the syntax errors listed under Problems to see gc's escape verdicts." }
            </p>
        },
        (Status::TypeErrors(lines), _) => html! {
            <div class="escape-state" data-state="type-errors">
                <p>{ "The file has type errors, so gc prints no escape verdicts. gc reports:" }</p>
                <pre class="raw-output">{ lines.join("\n") }</pre>
            </div>
        },
        (Status::Unsupported(lines), _) => html! {
            <div class="escape-state" data-state="unsupported">
                <p>
                    { "This file uses constructs Escapade does not model yet, so no verdicts are shown \
                       (a partial analysis could be wrong). Check it with the real " }
                    <code>{ "go build -gcflags='-m -l'" }</code>{ "." }
                </p>
                <pre class="raw-output">{ lines.join("\n") }</pre>
            </div>
        },
        (Status::Verdicts, EscapeTab::Raw) => html! {
            <div class="escape-raw">
                <p class="escape-caption">
                    { "Exactly what " }<code>{ format!("escapade escape {flags} {FILE_NAME}") }</code>
                    { format!(" prints (go{vlabel}); gc prints the same lines with ./ before the file name.") }
                </p>
                <pre class="raw-output" data-raw="m1">{ if m.raw_m1.is_empty() { "(no output)".to_string() } else { m.raw_m1.join("\n") } }</pre>
            </div>
        },
        (Status::Verdicts, EscapeTab::Verdicts) => html! {
            <VerdictList model={props.model.clone()} filter={props.filter}
                selected={props.selected} raw_m2={props.raw_m2}
                on_filter={props.on_filter.clone()} on_select={props.on_select.clone()}
                on_range={props.on_range.clone()} on_toggle_m2={props.on_toggle_m2.clone()} />
        },
    };
    let claims = props.example.and_then(Example::by_id).filter(|e| !e.claims.is_empty()).map(|e| {
        let items =
            e.claims.iter().map(|c| html! { <li><code>{ format!("{FILE_NAME}:{c}") }</code></li> });
        html! {
            <details class="example-claims">
                <summary>{ "What the real go1.27.3 prints for this example" }</summary>
                <p>{ "Key lines of " }<code>{ "go build -gcflags='-m -l'" }</code>
                    { " (the test suite checks them against the real compiler's output):" }</p>
                <ul>{ for items }</ul>
            </details>
        }
    });
    html! {
        <div class={classes!("escape-pane", (!props.fresh).then_some("stale"))} data-fresh={props.fresh.to_string()}>
            <div class="escape-toolbar">
                <label class="version-picker">
                    <span>{ "Toolchain" }</span>
                    <select onchange={on_version} aria-label="Go version">{ for versions }</select>
                </label>
                <label class="inline-toggle" title="Off: go build -gcflags=-l (no inlining)">
                    <input type="checkbox" checked={props.inline} onchange={on_inline} />
                    <span>{ "Inlining" }</span>
                </label>
                <div class="escape-tabs" role="group" aria-label="Escape view">
                    { tab(EscapeTab::Verdicts, "Verdicts") }{ tab(EscapeTab::Raw, "Raw output") }
                </div>
            </div>
            <p class="escape-note">
                { "Verdicts as with " }<code>{ format!("go build -gcflags='{flags}'") }</code>
                { format!(" on go{vlabel}{}.", if m.inlined { " (inlining modelled)" } else if props.inline { "" } else { " (inlining off)" }) }
                if !props.fresh { <span class="escape-updating" role="status">{ " Updating…" }</span> }
            </p>
            if let Some(why) = m.inlining_ignored.clone().filter(|_| m.status == Status::Verdicts) {
                <p class="inline-note" role="note">
                    { "Results are for -l: inlining is not modelled yet here " }
                    <span class="inline-note-why">{ format!("({why})") }</span>{ "." }
                </p>
            }
            { body }
            { claims.unwrap_or_default() }
            <p class="escape-timing" data-escape-ms={format!("{:.3}", props.ms)}>
                { format!("escape analysis: {:.1} ms", props.ms) }
            </p>
        </div>
    }
}

/// The verdicts part of the pane: its own component, so the pane's other changes (the
/// "Updating…" state while typing, the timing) do not rebuild the list.
#[derive(Properties, PartialEq)]
struct VerdictListProps {
    model: Rc<EscapeModel>,
    filter: Filter,
    selected: Option<usize>,
    raw_m2: bool,
    on_filter: Callback<Filter>,
    on_select: Callback<usize>,
    on_range: Callback<(usize, usize)>,
    on_toggle_m2: Callback<()>,
}

#[function_component(VerdictList)]
fn verdict_list(props: &VerdictListProps) -> Html {
    let m = &props.model;
    if m.verdicts.is_empty() {
        return html! {
            <p class="escape-state" data-state="none">{ "gc prints no escape verdicts for this file." }</p>
        };
    }
    let inlining = m.count(Class::Inline);
    let shown = |f: Filter| f != Filter::Inlining || inlining > 0 || props.filter == f;
    let filters = Filter::ALL.iter().copied().filter(|&f| shown(f)).map(|f| {
        let onclick = props.on_filter.reform(move |_: MouseEvent| f);
        html! {
            <button type="button" class="filter" data-filter={f.slug()}
                aria-pressed={(props.filter == f).to_string()} {onclick}>{ f.label() }</button>
        }
    });
    let mut counts = format!(
        "heap {} · leaking params {} · does not escape {} · params that do not escape {}",
        m.count(Class::Heap),
        m.count(Class::Leak),
        m.count(Class::Stack),
        m.count(Class::ParamOk)
    );
    if inlining > 0 {
        counts.push_str(&format!(" · inlining decisions {inlining}"));
    }
    let groups = m.groups(props.filter);
    let group_html = groups.iter().map(|g| {
        let rows = g.verdicts.iter().map(|&i| {
            let v = &m.verdicts[i];
            html! {
                <VerdictRow key={i} index={i} class={v.class} line={v.line} col={v.col}
                    message={AttrValue::from(v.message.clone())} count={v.count}
                    change={v.change_label().map(AttrValue::from)}
                    selected={props.selected == Some(i)} on_select={props.on_select.clone()} />
            }
        });
        html! {
            <section class="func-group" data-func={g.func.clone()} key={g.func.clone()}>
                <h3 class="func-name"><code>{ g.func.clone() }</code>
                    <span class="func-counts">{ format!("{} heap / {} verdicts", g.heap, g.total) }</span></h3>
                <ul class="verdict-list">{ for rows }</ul>
            </section>
        }
    });
    let gone = (!m.gone.is_empty()).then(|| {
        let items = m.gone.iter().map(|g| html! { <li>{ g.clone() }</li> });
        html! {
            <div class="gone" role="status"><p>{ "No longer reported since the last analysis:" }</p><ul>{ for items }</ul></div>
        }
    });
    let empty = groups
        .is_empty()
        .then(|| html! { <p class="escape-state">{ "No verdicts match this filter." }</p> });
    html! {
        <>
        <div class="filters" role="group" aria-label="Filter verdicts">{ for filters }</div>
        <p class="escape-counts">{ counts }</p>
        { detail(props) }
        { gone.unwrap_or_default() }
        { empty.unwrap_or_default() }
        <div class="func-groups">{ for group_html }</div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct VerdictRowProps {
    index: usize,
    class: Class,
    line: u32,
    col: u32,
    message: AttrValue,
    count: usize,
    change: Option<AttrValue>,
    selected: bool,
    on_select: Callback<usize>,
}

/// One verdict of the list (re-rendered only when what it shows changes).
#[function_component(VerdictRow)]
fn verdict_row(props: &VerdictRowProps) -> Html {
    let i = props.index;
    let onclick = props.on_select.reform(move |_: MouseEvent| i);
    let kind = format!("kind-{}", props.class.slug());
    html! {
        <li>
            <button type="button" class={classes!("verdict-row", kind.clone())}
                aria-pressed={props.selected.to_string()} data-line={props.line.to_string()}
                data-col={props.col.to_string()} {onclick}>
                <span class={classes!("kind-badge", kind)} aria-hidden="true">{ props.class.letter() }</span>
                <span class="verdict-pos">{ format!("{}:{}", props.line, props.col) }</span>
                <span class="verdict-msg">{ props.message.clone() }</span>
                if props.count > 1 { <span class="verdict-count" title="gc prints this line more than once">{ format!("×{}", props.count) }</span> }
                if let Some(label) = props.change.clone() { <span class="change-badge">{ label }</span> }
            </button>
        </li>
    }
}

/// The selected verdict: gc's line, what it means, a common fix, and the `-m=2` flow.
fn detail(props: &VerdictListProps) -> Html {
    let Some(v) = props.selected.and_then(|i| props.model.verdicts.get(i)) else {
        return html! { <p class="escape-hint">{ "Select a verdict (here or in the editor) to see why gc decided it." }</p> };
    };
    let (meaning, hint) = explain(v);
    let why = if v.steps.is_empty() {
        None
    } else if props.raw_m2 {
        Some(html! { <pre class="raw-output" data-raw="m2">{ v.m2_text.join("\n") }</pre> })
    } else {
        let mut last_flow = String::new();
        let steps = v.steps.iter().enumerate().map(|(k, s)| {
            let header = (s.flow != last_flow)
                .then(|| html! { <li class="flow-head"><code>{ s.flow.clone() }</code></li> });
            last_flow = s.flow.clone();
            let range = s.range;
            let onclick = props.on_range.reform(move |_: MouseEvent| range);
            html! {
                <>
                { header.unwrap_or_default() }
                <li><button type="button" class="flow-step" data-step={k.to_string()}
                    data-line={s.line.to_string()} data-col={s.col.to_string()} {onclick}>
                    <code>{ s.text.clone() }</code>
                    <span class="step-pos">{ format!(" at {}:{}", s.line, s.col) }</span>
                </button></li>
                </>
            }
        });
        Some(html! {
            <ol class="flow-chain" aria-label="How the value flows (gc -m=2)">{ for steps }
                if v.truncated { <li class="flow-head">{ "gc truncates this explanation at an assignment cycle." }</li> }
            </ol>
        })
    };
    let toggle = (!v.steps.is_empty()).then(|| {
        let onclick = props.on_toggle_m2.reform(|_: MouseEvent| ());
        html! {
            <button type="button" class="toggle-m2" aria-pressed={props.raw_m2.to_string()} {onclick}>
                { "Raw -m=2 text" }
            </button>
        }
    });
    html! {
        <div class={classes!("verdict-detail", format!("kind-{}", v.class.slug()))} aria-live="polite">
            <p class="detail-line"><code>{ v.gc_line() }</code></p>
            <p class="detail-meaning">{ meaning }</p>
            if let Some(h) = hint { <p class="detail-hint"><strong>{ "Common fix: " }</strong>{ h }</p> }
            if let Some(note) = flow_note(&props.model.flows, v) {
                <p class="detail-no-flow" data-flows={flows_slug(&props.model.flows)}>{ note }</p>
            }
            if why.is_some() {
                <div class="why" data-flows={flows_slug(&props.model.flows)}>
                    <h4>{ "Why: " }<code>{ if props.model.flows == Flows::Inlined { "go build -gcflags=-m=2" } else { "go build -gcflags='-m=2 -l'" } }</code>{ toggle.unwrap_or_default() }</h4>
                    { why.unwrap_or_default() }
                </div>
            }
        </div>
    }
}

/// Where the flows come from, for styling and tests.
fn flows_slug(f: &Flows) -> &'static str {
    match f {
        Flows::Ready => "l",
        Flows::Pending => "pending",
        Flows::Inlined => "inlined",
        Flows::FromL(_) => "from-l",
        Flows::Refused(_) => "refused",
    }
}

/// What the pane says about the selected verdict's flow, when it is not simply gc's.
fn flow_note(flows: &Flows, v: &crate::escape_model::Verdict) -> Option<String> {
    let explained = matches!(v.class, Class::Heap | Class::Leak);
    match flows {
        Flows::Pending if explained => Some("Computing gc's -m=2 flow…".to_string()),
        Flows::FromL(why) if explained && v.steps.is_empty() => Some(format!(
            "gc's -m=2 output with inlining is not modelled for this file ({why}), and \
             -m=2 -l does not report this verdict: no flow to show."
        )),
        Flows::FromL(why) if explained => Some(format!(
            "gc's -m=2 output with inlining is not modelled for this file ({why}): the flow \
             below is -m=2 -l's, which reports the same verdict (with inlining, gc's flow can \
             differ)."
        )),
        Flows::Refused(why) if explained => {
            Some(format!("gc's -m=2 text is not modelled for this file ({why}): no flow to show."))
        }
        _ => None,
    }
}
