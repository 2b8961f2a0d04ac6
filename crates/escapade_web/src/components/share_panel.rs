//! The share link panel (under the top bar) and the dismissable notice for a bad link.

use yew::prelude::*;

/// What happened to the last "Copy link".
#[derive(Clone, Debug, PartialEq)]
pub struct ShareResult {
    pub link: AttrValue,
    /// `None` while the clipboard write is pending.
    pub copied: Option<bool>,
}

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub result: ShareResult,
    pub on_close: Callback<()>,
}

#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let status = match props.result.copied {
        None => "Copying…",
        Some(true) => "Link copied to the clipboard. It holds the code, Go version and open pane.",
        Some(false) => "The clipboard is unavailable here: select the link below and copy it.",
    };
    let select_all = Callback::from(|e: FocusEvent| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>().select();
    });
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="share-panel" role="status">
            <span class="share-status">{ status }</span>
            <input class="share-link" type="text" readonly=true aria-label="Share link"
                value={props.result.link.clone()} onfocus={select_all} />
            <button type="button" class="share-close" aria-label="Close share panel"
                onclick={close}>{ "×" }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub message: AttrValue,
    pub on_dismiss: Callback<()>,
}

#[function_component(Notice)]
pub fn notice(props: &NoticeProps) -> Html {
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="alert">
            <span class="notice-text">{ props.message.clone() }</span>
            <button type="button" class="notice-dismiss" onclick={dismiss}>{ "Dismiss" }</button>
        </div>
    }
}
