//! The keyboard shortcuts: the list (one place, shown by the help overlay and matched by the
//! app's key handler) and the overlay itself, a modal dialog that keeps focus until closed.

use yew::prelude::*;

/// What a key press outside of text entry (or a global shortcut anywhere) asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    NextVerdict,
    PreviousVerdict,
    ShowHelp,
}

/// The keys as the help overlay lists them.
pub const KEYS: &[(&str, &str)] = &[
    (
        "F8  or  Alt+↓",
        "Next escape verdict: selects it in the editor and shows it in the Escape pane",
    ),
    ("Shift+F8  or  Alt+↑", "Previous escape verdict"),
    ("Esc", "Leave the editor: focus moves to the analysis panel"),
    ("Tab / Shift+Tab", "In the editor: indent / outdent; elsewhere: move focus"),
    ("↑ ↓  on a gutter marker", "Move between markers; Enter goes to the code"),
    ("← →  on the pane tabs", "Switch between the Escape, Map and Output panes"),
    ("?", "This list (outside the editor)"),
];

/// Maps a key press to a shortcut. `in_text`: the event comes from a text field, where `?` is
/// typed rather than a shortcut.
pub fn shortcut(key: &str, shift: bool, alt: bool, ctrl: bool, in_text: bool) -> Option<Shortcut> {
    match key {
        "F8" if !alt && !ctrl => {
            Some(if shift { Shortcut::PreviousVerdict } else { Shortcut::NextVerdict })
        }
        "ArrowDown" if alt && !ctrl && !shift => Some(Shortcut::NextVerdict),
        "ArrowUp" if alt && !ctrl && !shift => Some(Shortcut::PreviousVerdict),
        "?" if !in_text && !ctrl && !alt => Some(Shortcut::ShowHelp),
        _ => None,
    }
}

#[derive(Properties, PartialEq)]
pub struct ShortcutsHelpProps {
    pub on_close: Callback<()>,
}

/// A modal list of the shortcuts. The Close button takes focus on open; Esc, the button or a
/// click outside the box closes it; Tab stays inside.
#[function_component(ShortcutsHelp)]
pub fn shortcuts_help(props: &ShortcutsHelpProps) -> Html {
    let close = use_node_ref();
    {
        let close = close.clone();
        use_effect_with((), move |_| {
            if let Some(b) = close.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => {
                e.prevent_default();
                e.stop_propagation();
                on_close.emit(());
            }
            // One focusable control: Tab keeps focus in the dialog.
            "Tab" => e.prevent_default(),
            _ => {}
        })
    };
    let on_backdrop = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: MouseEvent| {
            use wasm_bindgen::JsCast;
            let on_backdrop =
                e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
                    el.class_name().split_whitespace().any(|c| c == "shortcuts-backdrop")
                });
            if on_backdrop {
                on_close.emit(());
            }
        })
    };
    let rows = KEYS.iter().map(|(keys, what)| {
        html! { <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ *what }</td></tr> }
    });
    html! {
        <div class="shortcuts-backdrop" onclick={on_backdrop} {onkeydown}>
            <div class="shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title">
                <h2 id="shortcuts-title">{ "Keyboard shortcuts" }</h2>
                <table class="shortcuts-table">{ for rows }</table>
                <p class="shortcuts-note">{ "Every control is reachable with Tab; gutter markers, verdicts and flow steps are buttons (Enter activates)." }</p>
                <button type="button" class="shortcuts-close" ref={close}
                    onclick={props.on_close.reform(|_: MouseEvent| ())}>{ "Close" }</button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_shortcuts() {
        use Shortcut::*;
        assert_eq!(shortcut("F8", false, false, false, true), Some(NextVerdict));
        assert_eq!(shortcut("F8", true, false, false, true), Some(PreviousVerdict));
        assert_eq!(shortcut("ArrowDown", false, true, false, true), Some(NextVerdict));
        assert_eq!(shortcut("ArrowUp", false, true, false, false), Some(PreviousVerdict));
        assert_eq!(shortcut("ArrowDown", false, false, false, false), None);
        assert_eq!(shortcut("Enter", false, false, true, true), None);
        assert_eq!(shortcut("?", true, false, false, false), Some(ShowHelp));
        assert_eq!(shortcut("?", true, false, false, true), None, "typed in the editor");
    }
}
