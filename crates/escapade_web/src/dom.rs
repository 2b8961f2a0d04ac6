//! The few imperative DOM operations the editor needs (selection, undo-preserving edits,
//! scrolling a rectangle into view). Everything else is declarative Yew.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDocument, HtmlElement, HtmlTextAreaElement};

use crate::editing::Edit;
use crate::view_model::{byte_to_utf16, utf16_to_byte};

/// The textarea's selection as byte offsets into `text` (its current value).
pub fn selection_bytes(ta: &HtmlTextAreaElement, text: &str) -> (usize, usize) {
    let start = ta.selection_start().ok().flatten().unwrap_or(0) as usize;
    let end = ta.selection_end().ok().flatten().unwrap_or(start as u32) as usize;
    (utf16_to_byte(text, start), utf16_to_byte(text, end))
}

pub fn set_selection_bytes(ta: &HtmlTextAreaElement, text: &str, start: usize, end: usize) {
    let a = byte_to_utf16(text, start) as u32;
    let b = byte_to_utf16(text, end) as u32;
    let _ = ta.set_selection_range(a, b);
}

/// Applies `edit` to the focused textarea as one user edit, so it lands on the browser's undo
/// stack and fires a normal `input` event. Falls back to `setRangeText` (no undo entry) where
/// `execCommand("insertText")` is unavailable.
pub fn apply_edit(ta: &HtmlTextAreaElement, text: &str, edit: &Edit) {
    set_selection_bytes(ta, text, edit.range.start, edit.range.end);
    let done = html_document().is_some_and(|doc| {
        let cmd = if edit.insert.is_empty() { "delete" } else { "insertText" };
        #[allow(deprecated, reason = "execCommand is the only way to keep the native undo stack")]
        let ok = doc.exec_command_with_show_ui_and_value(cmd, false, &edit.insert);
        ok.unwrap_or(false)
    });
    if !done {
        let a = byte_to_utf16(text, edit.range.start) as u32;
        let b = byte_to_utf16(text, edit.range.end) as u32;
        let _ = ta.set_range_text_with_start_and_end(&edit.insert, a, b);
        if let Ok(ev) = web_sys::InputEvent::new("input") {
            let _ = ta.dispatch_event(&ev);
        }
    }
    let new_text = ta.value();
    set_selection_bytes(ta, &new_text, edit.selection.start, edit.selection.end);
}

/// Replaces the whole text as one undoable edit (used when loading an example).
pub fn replace_all(ta: &HtmlTextAreaElement, text: &str) {
    let old = ta.value();
    let edit = Edit { range: 0..old.len(), insert: text.to_string(), selection: 0..0 };
    focus(ta);
    apply_edit(ta, &old, &edit);
    if ta.value() != text {
        ta.set_value(text);
    }
}

pub fn focus(el: &HtmlElement) {
    let opts = web_sys::FocusOptions::new();
    opts.set_prevent_scroll(true);
    let _ = el.focus_with_options(&opts);
}

/// Focuses the first element matching `selector` (no scrolling); false when there is none.
pub fn focus_selector(selector: &str) -> bool {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    el.map(|el| focus(&el)).is_some()
}

fn html_document() -> Option<HtmlDocument> {
    web_sys::window()?.document()?.dyn_into::<HtmlDocument>().ok()
}

/// Scrolls `scroller` (only it, never the host page of an embed) so the caret's whole line is
/// visible vertically and the caret itself is
/// visible horizontally, clear of the sticky gutter. Browsers only reveal the caret's glyph box
/// and know nothing about the gutter drawn over the code.
pub fn keep_caret_visible(scroller: &Element, ta: &HtmlTextAreaElement) {
    let text = ta.value();
    let (_, end) = selection_bytes(ta, &text);
    let line = text[..end].bytes().filter(|&b| b == b'\n').count();
    let Some(style) = web_sys::window().and_then(|w| w.get_computed_style(ta).ok().flatten())
    else {
        return;
    };
    let px = |prop: &str| {
        style
            .get_property_value(prop)
            .ok()
            .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
    };
    let (Some(lh), Some(pad)) = (px("line-height"), px("padding-top")) else { return };
    let view = scroller.get_bounding_client_rect();
    let top = ta.get_bounding_client_rect().top() + pad + line as f64 * lh;
    if top < view.top() {
        scroller.set_scroll_top(scroller.scroll_top() - (view.top() - top).ceil() as i32);
    } else if top + lh > view.bottom() {
        scroller.set_scroll_top(scroller.scroll_top() + (top + lh - view.bottom()).ceil() as i32);
    }

    // Horizontal: measure the caret in the highlight layer (same text, same layout).
    let line_start = text[..end].rfind('\n').map_or(0, |i| i + 1);
    let col16 = text[line_start..end].encode_utf16().count() as u32;
    let selector = format!(".editor-highlight .code-line:nth-child({})", line + 1);
    let Some(line_el) = scroller.query_selector(&selector).ok().flatten() else { return };
    let Some(x) = caret_x(&line_el, col16) else { return };
    let gutter = scroller.query_selector(".gutter").ok().flatten();
    let left = view.left() + gutter.map_or(0.0, |g| g.get_bounding_client_rect().width()) + 24.0;
    let right = view.right() - 24.0;
    if x < left {
        scroller.set_scroll_left(scroller.scroll_left() - (left - x).ceil() as i32);
    } else if x > right {
        scroller.set_scroll_left(scroller.scroll_left() + (x - right).ceil() as i32);
    }
}

/// Viewport x of the position `col16` UTF-16 units into a rendered line.
fn caret_x(line_el: &Element, col16: u32) -> Option<f64> {
    fn find(node: &web_sys::Node, left: &mut u32) -> Option<(web_sys::Node, u32)> {
        if node.node_type() == web_sys::Node::TEXT_NODE {
            let len = node.text_content().map_or(0, |t| t.encode_utf16().count() as u32);
            if *left <= len {
                return Some((node.clone(), *left));
            }
            *left -= len;
            return None;
        }
        let children = node.child_nodes();
        (0..children.length()).find_map(|i| children.item(i).and_then(|c| find(&c, left)))
    }
    let mut left = col16;
    let Some((node, offset)) = find(line_el, &mut left) else {
        return Some(line_el.get_bounding_client_rect().left());
    };
    let range = web_sys::window()?.document()?.create_range().ok()?;
    range.set_start(&node, offset).ok()?;
    range.collapse_with_to_start(true);
    Some(range.get_bounding_client_rect().left())
}
