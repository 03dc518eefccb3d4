//! A secret the server shows once (a new API key, a subscription's signing secret): in a
//! read-only field that selects itself on focus, with a Copy button, until the admin says
//! they have it. Nothing keeps it: closing the panel or leaving the screen loses it.

use leptos::{html, prelude::*, task::spawn_local};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::i18n::use_strings;

#[component]
pub fn OneTimeSecret(
    /// What the secret is and that it is shown once.
    message: String,
    secret: String,
    /// Prefix of the test ids: `{testid}`, `{testid}-copy`, `{testid}-done`.
    testid: &'static str,
    on_done: Callback<()>,
) -> impl IntoView {
    let t = use_strings();
    let copied = RwSignal::new(None::<bool>);
    let copy_button = NodeRef::<html::Button>::new();
    // The panel appears after a submit: bring the keyboard (and a screen reader) to it.
    copy_button.on_load(|button| _ = button.focus());
    let copy = {
        let secret = secret.clone();
        move |_| {
            let secret = secret.clone();
            spawn_local(async move {
                copied.try_set(Some(write_clipboard(&secret).await));
            });
        }
    };
    view! {
        <div class="one-time-secret" data-testid=testid>
            <p>{message.clone()}</p>
            <input
                type="text"
                readonly
                class="secret-value"
                aria-label=message
                data-testid=format!("{testid}-value")
                prop:value=secret
                on:focus=move |event| {
                    if let Some(input) = event
                        .target()
                        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
                    {
                        input.select();
                    }
                }
            />
            <div class="template-form-actions">
                <button type="button" class="button primary" node_ref=copy_button
                    data-testid=format!("{testid}-copy") on:click=copy>
                    {t.copy}
                </button>
                <button type="button" class="button secondary"
                    data-testid=format!("{testid}-done") on:click=move |_| on_done.run(())>
                    {t.done_copying}
                </button>
            </div>
            <p role="status" data-testid=format!("{testid}-copied")>
                {move || copied.get().map(|ok| if ok { t.copied } else { t.copy_failed })}
            </p>
        </div>
    }
}

/// `navigator.clipboard.writeText`, looked up at run time (web-sys has it only behind an
/// unstable flag); false when the browser has no clipboard here or refuses.
async fn write_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator: JsValue = window.navigator().into();
    let Some(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|c| c.is_object())
    else {
        return false;
    };
    let Some(write) = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    match write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}
