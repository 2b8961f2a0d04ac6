//! Leaf components of the Output and Map panes: they take data and callbacks only.

use std::rc::Rc;

use yew::prelude::*;

use super::embed::{self, LinkState, Theme};
use super::run::{RunView, Runtime};
use super::state::{MapAction, SPEEDS};
use super::view::{
    BucketRow, Cell, ClassicView, FrameView, GroupView, HashBits, Layout, Mark, Motion, SwissView,
};

fn mark_class(m: Mark) -> Option<&'static str> {
    match m {
        Mark::None => None,
        Mark::Probed => Some("mv-probed"),
        Mark::Current => Some("mv-current"),
    }
}

#[derive(Properties, PartialEq)]
pub struct RunBarProps {
    pub runtime: Runtime,
    pub seed: u64,
    pub run: Option<Rc<RunView>>,
    /// The run belongs to an older text.
    pub stale: bool,
    pub on_run: Callback<()>,
    pub on_runtime: Callback<Runtime>,
    pub on_seed: Callback<u64>,
    /// A run is pending: what to say (loading the interpreter, running).
    #[prop_or_default]
    pub running: Option<AttrValue>,
    /// Stops the pending run.
    #[prop_or_default]
    pub on_stop: Callback<()>,
    /// Not embedded: the "Copy embed code" button's inputs (the link state, this page's
    /// address without query, the number of code lines).
    #[prop_or_default]
    pub embed: Option<(Callback<(), LinkState>, Rc<str>, usize)>,
}

/// What "Copy embed code" did: the snippet, and whether the clipboard took it.
#[derive(Clone, PartialEq)]
struct Snippet {
    text: AttrValue,
    copied: Option<bool>,
}

/// Run button, runtime switch, hash seed and the run's status.
#[function_component(RunBar)]
pub fn run_bar(props: &RunBarProps) -> Html {
    let onclick = props.on_run.reform(|_: MouseEvent| ());
    let on_runtime = props.on_runtime.clone();
    let onchange = Callback::from(move |e: Event| {
        let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        on_runtime.emit(if v == "classic" { Runtime::Classic123 } else { Runtime::Swiss127 });
    });
    let on_seed = props.on_seed.clone();
    let seed_change = Callback::from(move |e: Event| {
        let v = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
        if let Ok(s) = v.trim().parse::<u64>() {
            on_seed.emit(s);
        }
    });
    let status = match (&props.running, &props.run) {
        (Some(r), _) => r.to_string(),
        (None, None) => "not run yet".to_string(),
        (None, Some(r)) => format!(
            "{}{} · {:.0} ms",
            r.outcome,
            if props.stale { " · code changed since" } else { "" },
            r.ms
        ),
    };
    html! {
        <div class="mv-runbar">
            <button type="button" class="mv-run" {onclick} title="Run the program (Ctrl+Enter)"
                aria-keyshortcuts="Control+Enter">{ "▶ Run" }</button>
            if props.running.is_some() {
                <button type="button" class="mv-stop" onclick={props.on_stop.reform(|_: MouseEvent| ())}
                    title="Stop the running program" aria-label="Stop the running program">
                    <span aria-hidden="true">{ "■ " }</span>{ "Stop" }</button>
            }
            <label class="mv-opt">{ "Map runtime " }
                <select class="mv-runtime" onchange={onchange} aria-label="Map runtime">
                    { for [Runtime::Swiss127, Runtime::Classic123].iter().map(|r| html! {
                        <option value={r.slug()} selected={*r == props.runtime}>{ r.label() }</option>
                    }) }
                </select>
            </label>
            <label class="mv-opt">{ "Seed " }
                <input class="mv-seed" type="number" min="0" value={props.seed.to_string()}
                    onchange={seed_change} aria-label="Random seed (map hash seeds)" />
            </label>
            <span class="mv-status" role="status" data-running={props.running.is_some().to_string()}>{ status }</span>
            if let Some(e) = &props.embed { <EmbedCode link={e.0.clone()} base={e.1.clone()} lines={e.2} /> }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub link: Callback<(), LinkState>,
    pub base: Rc<str>,
    pub lines: usize,
}

/// "Copy embed code": puts the `<iframe>` snippet of the current code, pane, runtime, seed and
/// frame on the clipboard, and shows it in a selectable field (the clipboard may refuse).
#[function_component(EmbedCode)]
pub fn embed_code(props: &EmbedCodeProps) -> Html {
    let snippet = use_state(|| None::<Snippet>);
    let onclick = {
        let (snippet, link, base, lines) =
            (snippet.clone(), props.link.clone(), props.base.clone(), props.lines);
        Callback::from(move |_: MouseEvent| {
            let l = link.emit(());
            let url = embed::embed_url(&base, &l, true, Theme::Auto, None);
            let text = AttrValue::from(embed::iframe_snippet(
                &url,
                embed::snippet_height(lines, l.view),
                "Escapade: Go code and map internals",
            ));
            snippet.set(Some(Snippet { text: text.clone(), copied: None }));
            let snippet = snippet.clone();
            crate::session::copy(&text.clone(), move |ok| {
                snippet.set(Some(Snippet { text, copied: Some(ok) }))
            });
        })
    };
    let close = {
        let snippet = snippet.clone();
        Callback::from(move |_: MouseEvent| snippet.set(None))
    };
    let select = Callback::from(|e: FocusEvent| {
        e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().select();
    });
    html! {
        <>
            <button type="button" class="mv-embed-copy" {onclick}
                title="Copy an <iframe> that embeds this code, pane, runtime, seed and step in a web page">{ "Copy embed code" }</button>
            if let Some(s) = &*snippet {
                <div class="mv-embed-snippet" role="group" aria-label="Embed code">
                    <span class="mv-embed-status" role="status">{ match s.copied {
                        Some(true) => "Embed code copied. Paste it into your page (README: Embedding).",
                        Some(false) => "The clipboard is not available here: select the code below and copy it.",
                        None => "Copying…",
                    } }</span>
                    <textarea class="mv-embed-text" readonly=true rows="3" value={s.text.clone()}
                        aria-label="Embed code (iframe)" onfocus={select} />
                    <button type="button" class="mv-vcr" onclick={close} aria-label="Close the embed code">{ "✕" }</button>
                </div>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    pub link: Callback<(), LinkState>,
    pub base: Rc<str>,
    /// (run sequence, frame, playing): the link is refreshed when these change and playback
    /// is paused.
    pub at: (u64, usize, bool),
}

/// Embedded: "Open in Escapade", a link to the full page with the embed's state (code, Go
/// version, pane, map runtime, seed, frame). Its address is computed when it is about to be
/// used (pointer down, focus, click) and when the run or frame changes while paused, not on
/// every frame of playback.
#[function_component(EmbedBar)]
pub fn embed_bar(props: &EmbedBarProps) -> Html {
    let href = use_state({
        let (link, base) = (props.link.clone(), props.base.clone());
        move || embed::open_url(&base, &link.emit(()))
    });
    {
        let (href, link, base) = (href.clone(), props.link.clone(), props.base.clone());
        use_effect_with(props.at, move |&(_, _, playing)| {
            if !playing {
                href.set(embed::open_url(&base, &link.emit(())));
            }
        });
    }
    let refresh = {
        let (link, base) = (props.link.clone(), props.base.clone());
        move |e: &web_sys::Event| {
            use wasm_bindgen::JsCast;
            if let Some(a) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                let _ = a.set_attribute("href", &embed::open_url(&base, &link.emit(())));
            }
        }
    };
    let onpointerdown = {
        let r = refresh.clone();
        Callback::from(move |e: PointerEvent| r(&e))
    };
    let onfocus = {
        let r = refresh.clone();
        Callback::from(move |e: FocusEvent| r(&e))
    };
    let onclick = Callback::from(move |e: MouseEvent| refresh(&e));
    html! {
        <div class="mv-embed-bar">
            <a class="mv-open" href={(*href).clone()} target="_blank" rel="noopener"
                {onpointerdown} {onfocus} {onclick}>{ "Open in Escapade ↗" }</a>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct OutputProps {
    pub run: Option<Rc<RunView>>,
    pub on_reveal: Callback<(usize, usize)>,
}

/// The program's output; each piece links to the call that printed it.
#[function_component(OutputText)]
pub fn output_text(props: &OutputProps) -> Html {
    let Some(r) = &props.run else {
        return html! { <p class="mv-empty">{ "Press Run (Ctrl+Enter) to run the program in your browser. Nothing is sent to a server." }</p> };
    };
    let chunks = r.chunks.iter().map(|c| {
        let title = c.line.map(|l| format!("printed by line {l} (click to show)"));
        let class = classes!("mv-chunk", c.stderr.then_some("mv-stderr"), c.span.is_some().then_some("mv-linked"));
        match c.span {
            Some(span) => {
                let on = props.on_reveal.clone();
                let onclick = Callback::from(move |_: MouseEvent| on.emit(span));
                let on = props.on_reveal.clone();
                let onkeydown = Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Enter" {
                        e.prevent_default();
                        on.emit(span);
                    }
                });
                html! { <span {class} {title} role="link" tabindex="0" data-line={c.line.map(|l| l.to_string())} {onclick} {onkeydown}>{ c.text.clone() }</span> }
            }
            None => html! { <span {class}>{ c.text.clone() }</span> },
        }
    });
    html! {
        <>
            <pre class="mv-output" aria-label="Program output">{ for chunks }</pre>
            <p class={classes!("mv-outcome", r.exit.is_none().then_some("mv-stopped"))}>{ r.outcome.clone() }</p>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub frame: usize,
    pub frames: usize,
    pub playing: bool,
    pub speed: u32,
    pub on: Callback<MapAction>,
}

/// VCR controls, speed and scrubber.
#[function_component(Controls)]
pub fn controls(props: &ControlsProps) -> Html {
    let b = |label: &'static str, title: &'static str, cls: &'static str, a: MapAction| {
        let onclick = props.on.reform(move |_: MouseEvent| a.clone());
        html! { <button type="button" class={classes!("mv-vcr", cls)} {title} aria-label={title} {onclick}>{ label }</button> }
    };
    let on = props.on.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let v = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
        if let Ok(f) = v.parse::<usize>() {
            on.emit(MapAction::Seek(f));
        }
    });
    let on = props.on.clone();
    let speed_change = Callback::from(move |e: Event| {
        let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        if let Ok(s) = v.parse::<u32>() {
            on.emit(MapAction::SetSpeed(s));
        }
    });
    let max = props.frames.saturating_sub(1);
    html! {
        <div class="mv-controls" role="group" aria-label="Playback">
            { b("|◀", "Start", "mv-start", MapAction::Start) }
            { b("◀◀", "Previous operation", "mv-prev-op", MapAction::StepOp(-1)) }
            { b("‹", "Step back", "mv-back", MapAction::Step(-1)) }
            { b(if props.playing { "❚❚" } else { "▶" }, if props.playing { "Pause" } else { "Play" }, "mv-play", MapAction::TogglePlay) }
            { b("›", "Step", "mv-step", MapAction::Step(1)) }
            { b("▶▶", "Next operation", "mv-next-op", MapAction::StepOp(1)) }
            { b("▶|", "End", "mv-end", MapAction::End) }
            <label class="mv-opt">{ "Speed " }
                <select class="mv-speed" onchange={speed_change} aria-label="Playback speed (steps per second)">
                    { for SPEEDS.iter().map(|s| html! { <option value={s.to_string()} selected={*s == props.speed}>{ format!("{s}/s") }</option> }) }
                </select>
            </label>
            <input class="mv-scrub" type="range" min="0" max={max.to_string()} value={props.frame.to_string()}
                {oninput} aria-label="Step" aria-valuetext={format!("step {} of {}", props.frame + 1, props.frames)} />
            <span class="mv-pos">{ format!("step {} / {}", props.frame + 1, props.frames) }</span>
        </div>
    }
}

/// Characters a slot shows of a key (the title has it whole).
const SLOT_CHARS: usize = 5;

/// `k` as drawn in a slot: at most [`SLOT_CHARS`] characters, the last an ellipsis when cut.
fn slot_text(k: &str) -> String {
    if k.chars().nth(SLOT_CHARS).is_none() {
        return k.to_string();
    }
    k.chars().take(SLOT_CHARS - 1).chain(['…']).collect()
}

fn cell(c: &Cell) -> Html {
    let title =
        c.key.as_ref().map(|k| format!("key {k}\nvalue {}", c.value.clone().unwrap_or_default()));
    let half = |y: bool| if y { "y" } else { "x" };
    let motion = match c.motion {
        Motion::None => None,
        Motion::Leave { to_y } => Some(format!("mv-leave mv-to-{}", half(to_y))),
        Motion::Arrive { to_y } => Some(format!("mv-arrive mv-to-{}", half(to_y))),
    };
    let class = classes!("mv-cell", c.marker.then_some("mv-marker"), mark_class(c.mark), motion);
    html! {
        <span {class} {title}>
            <span class="mv-tag">{ c.tag.clone() }</span>
            <span class="mv-key">{ c.key.as_deref().map(slot_text).unwrap_or_default() }</span>
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct RowProps {
    pub row: Rc<BucketRow>,
    /// New array during growth: the half (`x` or `y`) this bucket belongs to.
    #[prop_or_default]
    pub half: Option<&'static str>,
}

/// One bucket and its overflow chain.
#[function_component(Row)]
pub fn row(props: &RowProps) -> Html {
    let r = &props.row;
    let chain = r.chain.iter().enumerate().map(|(d, b)| {
        html! {
            <>
                if d > 0 { <span class="mv-link" aria-hidden="true">{ "→" }</span> }
                <span class={classes!("mv-bucket", format!("mv-{}", b.loc), mark_class(b.mark))}
                    title={if d > 0 { Some(format!("overflow bucket ({})", b.loc)) } else { None }}>
                    { for b.cells.iter().map(cell) }
                </span>
            </>
        }
    });
    html! {
        <div class={classes!("mv-row", r.evacuated.then_some("mv-evacuated"), props.half.map(|h| format!("mv-half-{h}")))}
            data-bucket={r.index.to_string()} data-half={props.half}>
            <span class="mv-idx">{ r.index }</span>
            { for chain }
            if r.evacuated { <span class="mv-evac-mark" title="evacuated">{ "evacuated" }</span> }
        </div>
    }
}

/// Rows (or groups) per block: a block is one component (re-rendered only when one of its
/// rows changed) and one `content-visibility` box (blocks off screen are not laid out, painted
/// or hit-tested), so a frame of 1,024 buckets diffs and styles about 32 blocks, not 1,024 rows.
const BLOCK: usize = 32;

#[derive(Properties, PartialEq)]
pub struct RowBlockProps {
    pub rows: Vec<Rc<BucketRow>>,
    /// Growing: the old array's size (the new array's buckets from it on are the Y half).
    #[prop_or_default]
    pub nold: Option<usize>,
}

#[function_component(RowBlock)]
pub fn row_block(props: &RowBlockProps) -> Html {
    let nold = props.nold;
    html! {
        <div class="mv-block" style={format!("--n:{}", props.rows.len())}>
            { for props.rows.iter().map(|r| {
                let half = nold.map(|n| if r.index < n { "x" } else { "y" });
                html! { <Row key={r.index} row={r.clone()} {half} /> }
            }) }
        </div>
    }
}

/// `rows` in blocks of [`BLOCK`].
fn row_blocks(rows: &[Rc<BucketRow>], nold: Option<usize>) -> Html {
    html! {
        { for rows.chunks(BLOCK).map(|c| html! {
            <RowBlock key={c[0].index} rows={c.to_vec()} {nold} />
        }) }
    }
}

fn fields(f: &[super::view::Field]) -> Html {
    html! {
        <dl class="mv-fields">
            { for f.iter().map(|f| html! {
                <div class="mv-field" data-name={f.name}><dt>{ f.name }</dt><dd>{ f.value.clone() }</dd></div>
            }) }
        </dl>
    }
}

fn classic(c: &ClassicView) -> Html {
    let pct = (c.load / 6.5 * 100.0).min(100.0);
    // Growing (not same-size): the new array's lower half is X, its upper half Y.
    let nold = c.old_rows.as_ref().map(|o| o.len());
    html! {
        <div class="mv-classic">
            <div class="mv-header">
                <h3>{ "hmap" }</h3>
                { fields(&c.header) }
                <div class="mv-load" title="average keys per bucket; Go grows the map past 6.5">
                    { format!("load {:.2} / 6.5", c.load) }
                    <meter min="0" max="6.5" high="6" value={format!("{:.3}", c.load)} aria-label="load factor" style={format!("--pct:{pct}%")} />
                </div>
            </div>
            if let Some(e) = &c.elided { <p class="mv-elided">{ e.clone() }</p> }
            <div class="mv-arrays">
                if let Some(old) = &c.old_rows {
                    <section class="mv-array mv-old" aria-label="old buckets">
                        <h4>{ format!("oldbuckets ({})", old.len()) }</h4>
                        { row_blocks(old, None) }
                    </section>
                }
                <section class="mv-array mv-new" aria-label="buckets">
                    <h4>{ format!("buckets ({})", c.rows.len()) }</h4>
                    if let Some(n) = nold.filter(|&n| n < c.rows.len()) {
                        <p class="mv-halves">
                            <span class="mv-half-x">{ format!("X half: buckets 0–{}", n - 1) }</span>
                            { " · " }
                            <span class="mv-half-y">{ format!("Y half: buckets {n}–{}", 2 * n - 1) }</span>
                        </p>
                    }
                    if c.rows.is_empty() { <p class="mv-empty">{ "no bucket array yet (allocated on the first write)" }</p> }
                    { row_blocks(&c.rows, nold.filter(|&n| n < c.rows.len())) }
                </section>
            </div>
        </div>
    }
}

fn group(g: &GroupView) -> Html {
    html! {
        <div class={classes!("mv-group", mark_class(g.mark))} data-group={g.index.to_string()}>
            <span class="mv-idx">{ g.index }</span>
            { for g.cells.iter().map(cell) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct GroupProps {
    pub group: Rc<GroupView>,
}

#[function_component(Group)]
pub fn group_c(props: &GroupProps) -> Html {
    group(&props.group)
}

#[derive(Properties, PartialEq)]
pub struct GroupBlockProps {
    pub groups: Vec<Rc<GroupView>>,
}

#[function_component(GroupBlock)]
pub fn group_block(props: &GroupBlockProps) -> Html {
    html! {
        <div class="mv-block" style={format!("--n:{}", props.groups.len())}>
            { for props.groups.iter().map(|g| html! { <Group key={g.index} group={g.clone()} /> }) }
        </div>
    }
}

fn swiss(s: &SwissView) -> Html {
    html! {
        <div class="mv-swiss">
            <div class="mv-header">
                <h3>{ "maps.Map" }</h3>
                { fields(&s.header) }
            </div>
            if !s.directory.is_empty() {
                <div class="mv-directory" aria-label="directory">
                    <h4>{ "directory" }</h4>
                    { for s.directory.iter().map(|&(first, n, t)| html! {
                        <span class="mv-dir" title={format!("slots {first}..{} → table {t}", first + n - 1)} style={format!("flex-grow:{n}")}>
                            { format!("{first}{} → t{t}", if n > 1 { format!("–{}", first + n - 1) } else { String::new() }) }
                        </span>
                    }) }
                </div>
            }
            if let Some(g) = &s.small {
                <section class="mv-table mv-small" aria-label="small map group">
                    <h4>{ "small map: one group, no table" }</h4>
                    <Group group={g.clone()} />
                </section>
            }
            if s.small.is_none() && s.tables.is_empty() { <p class="mv-empty">{ "no storage yet (the first write allocates the small group)" }</p> }
            if let Some(e) = &s.elided { <p class="mv-elided">{ e.clone() }</p> }
            <div class="mv-tables">
                { for s.tables.iter().map(|t| html! {
                    <section class={classes!("mv-table", mark_class(t.mark), t.born.map(|b| format!("mv-born-{b}")))}
                        data-table={t.id.to_string()} aria-label={format!("table {}", t.id)}>
                        <h4>{ format!("table {}", t.id) }</h4>
                        { fields(&t.header) }
                        { for t.groups.chunks(BLOCK).map(|c| html! { <GroupBlock key={c[0].index} groups={c.to_vec()} /> }) }
                    </section>
                }) }
            </div>
        </div>
    }
}

/// The key's 64 hash bits with the runtime's top and low bit fields marked.
fn hash_bits(h: &HashBits) -> Html {
    let (top, mid, low) = h.parts();
    html! {
        <div class="mv-hash" aria-label="hash bits">
            <code class="mv-bits" title={format!("hash 0x{:016x}", h.hash)}>
                <span class="mv-bits-top">{ top }</span><span class="mv-bits-mid">{ mid }</span><span class="mv-bits-low">{ low }</span>
            </code>
            <div class="mv-bits-legend">
                if h.top > 0 { <span class="mv-bits-top-label">{ h.top_label.clone() }</span> }
                <span class="mv-bits-low-label">{ h.low_label.clone() }</span>
                if h.top == 0 { <span class="mv-bits-note">{ h.top_label.clone() }</span> }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub view: Rc<FrameView>,
}

/// A rect relative to `to`'s content box (scrolled content included).
fn rect_in(el: &web_sys::Element, to: &web_sys::Element) -> (f64, f64, f64, f64) {
    let (r, o) = (el.get_bounding_client_rect(), to.get_bounding_client_rect());
    (
        r.left() - o.left() + to.scroll_left() as f64 - to.client_left() as f64,
        r.top() - o.top() + to.scroll_top() as f64 - to.client_top() as f64,
        r.width(),
        r.height(),
    )
}

/// The element whose scrolling moves `el` (the nearest ancestor that scrolls vertically, else
/// the page) and the vertical span of its visible area in viewport coordinates.
fn scroller_of(el: &web_sys::Element) -> Option<(web_sys::Element, f64, f64)> {
    let win = web_sys::window()?;
    let mut at = el.parent_element();
    while let Some(e) = at {
        if e.scroll_height() > e.client_height() {
            let scrolls = win
                .get_computed_style(&e)
                .ok()
                .flatten()
                .and_then(|s| s.get_property_value("overflow-y").ok())
                .is_some_and(|o| o == "auto" || o == "scroll");
            if scrolls {
                let top = e.get_bounding_client_rect().top() + e.client_top() as f64;
                return Some((e.clone(), top, top + e.client_height() as f64));
            }
        }
        at = e.parent_element();
    }
    let page = win.document()?.scrolling_element()?;
    let h = win.inner_height().ok()?.as_f64()?;
    Some((page, 0.0, h))
}

/// Scrolls (instantly, and only if needed) the least that shows the vertical span `top..bottom`
/// (viewport coordinates) whole, or from its top when it is taller than the visible area.
fn reveal(el: &web_sys::Element, top: f64, bottom: f64) {
    const MARGIN: f64 = 8.0;
    let Some((scroller, vt, vb)) = scroller_of(el) else {
        return;
    };
    let delta = if top >= vt && bottom <= vb {
        return;
    } else if top < vt + MARGIN || bottom - top > vb - vt - 2.0 * MARGIN {
        top - vt - MARGIN
    } else {
        bottom - vb + MARGIN
    };
    scroller.set_scroll_top(scroller.scroll_top() + delta.round() as i32);
}

fn set_px(style: &web_sys::CssStyleDeclaration, props: &[(&str, f64)]) {
    for (name, v) in props {
        let _ = style.set_property(name, &format!("{v:.1}px"));
    }
}

/// Motion the frame's view model asks for, done on the DOM after rendering (FLIP: the element's
/// first and last positions are measured, then a transform animates between them):
/// - classic evacuation: a copy of the key's cell (`.mv-flyer`) travels from its slot in the
///   old array to its slot in the X or Y half of the new one (the destination shows once it
///   lands);
/// - Swiss split: the new right half slides a short way out of the left half, where the split
///   table was;
///
/// both ends of the motion are scrolled into view if they are not.
///
/// Nothing moves under reduced motion (`data-motion="reduce"` on the pane).
fn animate_moves(board: &web_sys::Element, view: &FrameView) {
    use wasm_bindgen::JsCast;
    if let Ok(Some(old)) = board.query_selector(".mv-flyer") {
        old.remove();
    }
    if board.closest("[data-motion=reduce]").ok().flatten().is_some() {
        return;
    }
    let q = |sel: &str| board.query_selector(sel).ok().flatten();
    match &view.layout {
        Layout::Classic(c) if c.evac.is_some() => {
            let (Some(src), Some(dst), Some(arrays)) =
                (q(".mv-old .mv-leave"), q(".mv-new .mv-arrive"), q(".mv-arrays"))
            else {
                return;
            };
            let Some(fly) = dst
                .clone_node_with_deep(true)
                .ok()
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                return;
            };
            // Both ends of the flight in view (the arrays may be stacked, the new one below).
            let (a, b) = (src.get_bounding_client_rect(), dst.get_bounding_client_rect());
            reveal(&arrays, a.top().min(b.top()), a.bottom().max(b.bottom()));
            let (sx, sy, w, h) = rect_in(&src, &arrays);
            let (dx, dy, ..) = rect_in(&dst, &arrays);
            let half = if c.evac == Some(true) { "mv-to-y" } else { "mv-to-x" };
            fly.set_class_name(&format!("mv-cell mv-flyer {half}"));
            let _ = fly.set_attribute("aria-hidden", "true");
            fly.remove_attribute("title").ok();
            set_px(
                &fly.style(),
                &[
                    ("left", sx),
                    ("top", sy),
                    ("width", w),
                    ("height", h),
                    ("--mv-dx", dx - sx),
                    ("--mv-dy", dy - sy),
                ],
            );
            let _ = arrays.append_child(&fly);
        }
        Layout::Swiss(s) => {
            let Some(t) = s.tables.iter().find(|t| t.born == Some("split")).map(|t| t.id) else {
                return;
            };
            let (Some(left), Some(right)) = (
                q(&format!(".mv-table[data-table=\"{t}\"]")),
                q(&format!(".mv-table[data-table=\"{}\"]", t + 1)),
            ) else {
                return;
            };
            // Layout offsets (the tables' own entry animation transforms them already).
            let (Some(left), Some(right)) =
                (left.dyn_ref::<web_sys::HtmlElement>(), right.dyn_ref::<web_sys::HtmlElement>())
            else {
                return;
            };
            // Towards the left half, at most SPLIT_TRAVEL px (stacked tables of 1,024 slots are
            // thousands of pixels apart): the right half comes out of the left one's edge.
            const SPLIT_TRAVEL: f64 = 96.0;
            let dx = (left.offset_left() - right.offset_left()) as f64;
            let dy = (left.offset_top() - right.offset_top()) as f64;
            let k = (SPLIT_TRAVEL / dx.hypot(dy).max(1.0)).min(1.0);
            let (dx, dy) = (dx * k, dy * k);
            let r = right.get_bounding_client_rect();
            // Its head (where it starts and ends) in view.
            reveal(right, r.top() + dy.min(0.0), r.top() + dy.max(0.0) + r.height().min(160.0));
            set_px(&right.style(), &[("--mv-dx", dx), ("--mv-dy", dy)]);
            let _ = right.set_attribute("data-fly", "");
        }
        _ => {}
    }
}

/// The map drawing, the narration of the current step.
#[function_component(Board)]
pub fn board(props: &BoardProps) -> Html {
    let v = &props.view;
    let node = use_node_ref();
    {
        let (node, view) = (node.clone(), props.view.clone());
        use_effect_with(Rc::as_ptr(&props.view) as usize, move |_| {
            if let Some(board) = node.cast::<web_sys::Element>() {
                animate_moves(&board, &view);
            }
        });
    }
    html! {
        <div class="mv-board" ref={node}>
            <div class="mv-narration" aria-live="polite">
                <div class="mv-op">{ format!("op {} / {} · line {} · ", v.op + 1, v.ops, v.line) }<code>{ v.title.clone() }</code></div>
                <div class="mv-say">{ v.narration.clone() }</div>
                if !v.event.is_empty() { <code class="mv-event" title="the simulator's event">{ v.event.clone() }</code> }
            </div>
            if let Some(h) = &v.hash { { hash_bits(h) } }
            { match &v.layout {
                Layout::Classic(c) => classic(c),
                Layout::Swiss(s) => swiss(s),
                Layout::Unknown(m) => html! { <p class="mv-unknown">{ m.clone() }</p> },
            } }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_show_at_most_five_characters() {
        assert_eq!(slot_text("12345"), "12345");
        assert_eq!(slot_text("123456"), "1234…");
        assert_eq!(slot_text("\"héllo wörld\""), "\"hél…");
        assert_eq!(slot_text(""), "");
    }
}
