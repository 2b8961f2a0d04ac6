//! The browser side of sharing: the URL fragment, localStorage and the clipboard. Every access
//! is wrapped: storage may be missing or throw (sandboxed iframes, privacy modes), and the
//! clipboard may be unavailable (insecure origins, denied permission).

use wasm_bindgen::prelude::*;

const KEY: &str = "escapade:session";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved session string, if storage is readable and holds one.
pub fn load_saved() -> Option<String> {
    storage()?.get_item(KEY).ok().flatten()
}

/// Saves the session string; silently does nothing when storage is unavailable or full.
pub fn save(encoded: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, encoded);
    }
}

/// The page's URL fragment including `#` (empty when none).
pub fn fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Drops the fragment from the address bar (no reload, no history entry), so a reload after
/// editing a shared link shows the edits (from the saved session) rather than the link again.
pub fn clear_fragment() {
    let Some(w) = web_sys::window() else { return };
    let loc = w.location();
    let (Ok(path), Ok(search)) = (loc.pathname(), loc.search()) else { return };
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

/// This page's address with `#<encoded>` as the fragment.
pub fn link(encoded: &str) -> String {
    let Some(w) = web_sys::window() else { return format!("#{encoded}") };
    let loc = w.location();
    let base = format!(
        "{}{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    );
    format!("{base}#{encoded}")
}

/// Writes `text` to the clipboard; `done(true)` once written, `done(false)` if the clipboard is
/// unavailable or refuses.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
    // `navigator.clipboard` is undefined on insecure origins even though web-sys types it.
    let clipboard = clipboard.filter(|c| !JsValue::from(c.clone()).is_undefined());
    let Some(clipboard) = clipboard else { return done(false) };
    let promise = clipboard.write_text(text);
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let d2 = done.clone();
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        if let Some(f) = done.take() {
            f(true)
        }
    });
    let err = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        if let Some(f) = d2.take() {
            f(false)
        }
    });
    let _ = promise.then2(&ok, &err);
    // One small pair per click; the promise owns them from here on.
    ok.forget();
    err.forget();
}
