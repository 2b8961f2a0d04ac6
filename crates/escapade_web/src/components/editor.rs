//! The Go editor: a transparent `<textarea>` over a syntax-highlighted `<pre>`, a gutter, and a
//! transparent diagnostics layer on top whose marks take the mouse.
//!
//! The textarea is uncontrolled: Yew never writes its value. Typing goes straight into it (so the
//! browser keeps undo/redo, IME and spell-check-free input) and each `input` event reports the
//! new text up. Key commands (Tab, Shift-Tab, Enter, `}`) are applied with
//! `execCommand("insertText")`, one undo step each. The text is only written from outside when
//! `replace_seq` changes (example picker), again as one undoable edit.
//!
//! All layers sit in one scroll container, so they scroll together without any JS.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::code_line::{CodeLine, HitLine, VerdictLine};
use crate::components::gutter::Gutter;
use crate::components::tooltip::{Anchor, Tooltip};
use crate::components::verdict_card::VerdictCard;
use crate::dom;
use crate::editing;
use crate::escape_model::{verdict_lines, EscapeModel, Flows};
use crate::state::CaretRequest;
use crate::view_model::{utf16_to_byte, EditorView};

const TOOLTIP_ID: &str = "editor-diagnostic-tooltip";
const CARD_ID: &str = "editor-verdict-card";

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The current text; written into the textarea only on mount and when `replace_seq` changes.
    pub source: Rc<str>,
    pub replace_seq: u64,
    pub view: Rc<EditorView>,
    pub caret_request: Option<CaretRequest>,
    pub on_edit: Callback<String>,
    /// Caret moved: byte offset.
    pub on_caret: Callback<usize>,
    /// A diagnostic mark was activated (gutter marker, underline click).
    pub on_reveal: Callback<usize>,
    /// The escape verdicts of the last analysis. Until the analysis of the current text
    /// arrives (`escape_fresh` false) they are moved onto the edited text and drawn as outdated,
    /// so markers do not blink while typing.
    pub escape: Rc<EscapeModel>,
    pub escape_fresh: bool,
    pub selected_verdict: Option<usize>,
    /// A verdict mark was activated (underline click, gutter verdict marker).
    pub on_verdict: Callback<usize>,
}

/// The verdicts to draw over `source`: the model's own when it belongs to `source`, else the
/// model moved onto it ([`EscapeModel::rebased`]).
fn shown_verdicts(model: &Rc<EscapeModel>, source: &str) -> Rc<EscapeModel> {
    if *model.text == *source || model.verdicts.is_empty() {
        model.clone()
    } else {
        Rc::new(model.rebased(source))
    }
}

/// What the verdict layer draws: each verdict's class slug, and the lines holding verdicts.
struct VerdictLayer {
    classes: Rc<Vec<&'static str>>,
    lines: Vec<(u32, Rc<Vec<crate::escape_model::VSeg>>)>,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let textarea = use_node_ref();
    let scroller = use_node_ref();
    let tip = use_state_eq(|| None::<Anchor>);
    let card = use_state_eq(|| None::<Anchor>);

    // Write the text into the textarea on mount (plain set) and on external replacement
    // (one undoable edit, so Ctrl+Z brings the user's code back).
    {
        let textarea = textarea.clone();
        let source = props.source.clone();
        use_effect_with(props.replace_seq, move |seq| {
            if let Some(ta) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                if *seq == 0 || ta.value().is_empty() {
                    ta.set_value(&source);
                } else if ta.value() != *source {
                    dom::replace_all(&ta, &source);
                }
            }
        });
    }

    // Caret requests (Problems list, gutter markers): select, focus, scroll into view.
    {
        let textarea = textarea.clone();
        let scroller = scroller.clone();
        use_effect_with(props.caret_request, move |req| {
            let (Some(req), Some(ta), Some(sc)) = (
                req,
                textarea.cast::<web_sys::HtmlTextAreaElement>(),
                scroller.cast::<web_sys::Element>(),
            ) else {
                return;
            };
            let text = ta.value();
            dom::set_selection_bytes(&ta, &text, req.offset, req.end);
            dom::focus(&ta);
            dom::keep_caret_visible(&sc, &ta);
        });
    }

    let report_caret = {
        let on_caret = props.on_caret.clone();
        let textarea = textarea.clone();
        move || {
            if let Some(ta) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                let text = ta.value();
                let pos = ta.selection_end().ok().flatten().unwrap_or(0) as usize;
                on_caret.emit(utf16_to_byte(&text, pos));
            }
        }
    };

    let oninput = {
        let on_edit = props.on_edit.clone();
        let report_caret = report_caret.clone();
        Callback::from(move |e: InputEvent| {
            let ta: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(ta.value());
            report_caret();
        })
    };

    let onkeydown = {
        Callback::from(move |e: KeyboardEvent| {
            if e.is_composing() || e.key_code() == 229 {
                return;
            }
            let key = e.key();
            if key == "Escape" {
                // Leave the editor for the analysis panel that is showing (keyboard users are
                // never trapped by Tab indenting).
                if dom::focus_selector(".pane-panel:not([hidden])") {
                    e.prevent_default();
                }
                return;
            }
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let ta: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            let text = ta.value();
            let (start, end) = dom::selection_bytes(&ta, &text);
            let edit = match key.as_str() {
                "Tab" if e.shift_key() => {
                    // Shift-Tab never leaves the editor by surprise: nothing to outdent is a no-op.
                    e.prevent_default();
                    editing::outdent(&text, start..end)
                }
                "Tab" => Some(editing::indent(&text, start..end)),
                "Enter" => Some(editing::newline(&text, start..end)),
                "}" => editing::close_brace(&text, start..end),
                _ => None,
            };
            if let Some(edit) = edit {
                e.prevent_default();
                dom::apply_edit(&ta, &text, &edit);
            }
        })
    };

    let onkeyup = {
        let report_caret = report_caret.clone();
        let scroller = scroller.clone();
        Callback::from(move |e: KeyboardEvent| {
            report_caret();
            let ta: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            if let Some(sc) = scroller.cast::<web_sys::Element>() {
                dom::keep_caret_visible(&sc, &ta);
            }
        })
    };
    let onmouseup = Callback::from(move |_: MouseEvent| report_caret());
    let on_hover = {
        let tip = tip.clone();
        use_callback((), move |anchor: Option<Anchor>, _| tip.set(anchor))
    };
    let on_card = {
        let card = card.clone();
        use_callback((), move |anchor: Option<Anchor>, _| card.set(anchor))
    };
    let on_scroll = {
        let tip = tip.clone();
        let card = card.clone();
        Callback::from(move |_: Event| {
            tip.set(None);
            card.set(None);
        })
    };
    let escape = use_memo((props.escape.clone(), props.source.clone()), |(m, source)| {
        shown_verdicts(m, source)
    });
    let escape: Rc<EscapeModel> = (*escape).clone();
    let layer = use_memo(escape.clone(), |m| VerdictLayer {
        classes: Rc::new(m.verdicts.iter().map(|v| v.class.slug()).collect()),
        lines: verdict_lines(&m.text, m).into_iter().map(|(n, segs)| (n, Rc::new(segs))).collect(),
    });
    let verdict_layer = layer.lines.iter().map(|(n, segs)| {
        html! {
            <VerdictLine key={*n} number={*n} segments={segs.clone()} classes={layer.classes.clone()}
                selected={props.selected_verdict} on_hover={on_card.clone()}
                on_select={props.on_verdict.clone()} />
        }
    });
    let stale = (!props.escape_fresh && !escape.verdicts.is_empty()).then_some("stale");
    let card_html = (*card).filter(|a| a.diag < escape.verdicts.len()).map(|anchor| {
        let first = &escape.verdicts[anchor.diag];
        let mut verdicts = vec![first.clone()];
        verdicts.extend(
            escape
                .verdicts
                .iter()
                .filter(|v| v.line == first.line && v != &first)
                .filter(|v| {
                    v.range.0 < first.range.1.max(first.range.0 + 1)
                        && first.range.0 < v.range.1.max(v.range.0 + 1)
                })
                .cloned(),
        );
        let flows_pending = escape.flows == Flows::Pending;
        html! { <VerdictCard id={CARD_ID} {anchor} {verdicts} {flows_pending} /> }
    });

    let view = &props.view;
    let lines = view.lines.iter().enumerate().map(|(i, line)| {
        html! { <CodeLine key={i} line={line.clone()} /> }
    });
    let hit_lines = view.lines.iter().enumerate().filter(|(_, l)| !l.diagnostics().is_empty()).map(
        |(i, line)| {
            html! {
                <HitLine key={i} line={line.clone()} number={i as u32 + 1}
                    on_hover={on_hover.clone()} on_reveal={props.on_reveal.clone()} />
            }
        },
    );
    let tooltip = (*tip).filter(|a| a.diag < view.messages.len()).map(|anchor| {
        html! { <Tooltip id={TOOLTIP_ID} {anchor} message={view.tooltip(anchor.diag)} /> }
    });
    let problems = view.problems.len();
    let description = format!(
        "{}. Tab indents; Escape moves focus to the analysis panel; F8 and Shift+F8 go to the next and previous escape verdict; press ? outside the editor for all shortcuts.",
        match problems {
            0 => "No syntax errors".to_string(),
            1 => "1 syntax error, listed under Problems".to_string(),
            n => format!("{n} syntax errors, listed under Problems"),
        }
    );

    html! {
        <div class="editor">
            <div class="editor-scroller" ref={scroller} onscroll={on_scroll}>
                <div class="editor-grid">
                    <Gutter line_count={view.lines.len()} markers={view.markers.clone()}
                        on_hover={on_hover.clone()} on_reveal={props.on_reveal.clone()}
                        tooltip_id={TOOLTIP_ID} escape={escape.clone()} stale={stale.is_some()}
                        on_verdict_hover={on_card.clone()} on_verdict={props.on_verdict.clone()}
                        card_id={CARD_ID} />
                    <div class="editor-code">
                        <pre class="editor-highlight" aria-hidden="true">{ for lines }</pre>
                        <textarea ref={textarea} class="editor-input" aria-label="Go source code"
                            aria-describedby="editor-help" aria-invalid={(problems > 0).to_string()}
                            spellcheck="false" autocomplete="off" autocorrect="off"
                            autocapitalize="off" wrap="off" rows="1" cols="1"
                            {oninput} {onkeydown} {onkeyup} {onmouseup} />
                        <div class={classes!("editor-verdicts", stale)} aria-hidden="true">{ for verdict_layer }</div>
                        <div class="editor-diagnostics" aria-hidden="true">{ for hit_lines }</div>
                    </div>
                </div>
            </div>
            <p id="editor-help" class="visually-hidden">{ description }</p>
            { tooltip.unwrap_or_default() }
            { card_html.unwrap_or_default() }
        </div>
    }
}
