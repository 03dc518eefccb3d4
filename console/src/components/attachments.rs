//! Files in a thread: photos as thumbnails, documents as download buttons, and the files
//! staged for a reply.
//!
//! Every view goes through a signed link the edge makes for this staff member (valid five
//! minutes, audited on use), asked for when it is needed, never kept: a thumbnail asks
//! once as it appears, opening or downloading asks again. The links are on the console's
//! own origin, so its `img-src 'self'` allows the thumbnails; the file itself is served
//! with `nosniff` and a sandboxing CSP.

use frontdesk_protocol::Attachment;
use leptos::{prelude::*, task::spawn_local};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::{api, state::use_auth};

/// How a file is shown: what browsers draw (and the edge serves inline) as a thumbnail,
/// anything else (PDF, and HEIC, which browsers don't draw) as a download.
pub fn is_photo(attachment: &Attachment) -> bool {
    matches!(
        attachment.content_type.as_str(),
        "image/jpeg" | "image/png" | "image/webp"
    )
}

const MIB: u64 = 1024 * 1024;

/// A short label for a file: its kind and size.
pub fn describe(attachment: &Attachment) -> String {
    let kind = match attachment.content_type.as_str() {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPEG photo",
        "image/png" => "PNG image",
        "image/webp" => "WebP image",
        "image/heic" => "HEIC photo",
        _ => "File",
    };
    let size = attachment.size;
    if size >= MIB {
        // Tenths of a MiB in whole numbers, halves to even as `{:.1}` rounded: no float
        // printing linked for one label (BENCHMARKS.md, "Console size, round 3").
        let (mut tenths, rest) = (size * 10 / MIB, size * 10 % MIB);
        if rest * 2 > MIB || (rest * 2 == MIB && tenths % 2 == 1) {
            tenths += 1;
        }
        format!("{kind}, {}.{} MB", tenths / 10, tenths % 10)
    } else {
        format!("{kind}, {} KB", size.div_ceil(1024))
    }
}

/// The files of one message.
#[component]
pub fn MessageFiles(conversation_id: String, attachments: Vec<Attachment>) -> impl IntoView {
    let files = attachments
        .into_iter()
        .map(|attachment| {
            view! { <FileItem conversation_id=conversation_id.clone() attachment=attachment /> }
        })
        .collect_view();
    view! { <div class="message-files">{files}</div> }
}

/// One file: a thumbnail that opens the full image in a new tab, or a download button.
#[component]
fn FileItem(conversation_id: String, attachment: Attachment) -> impl IntoView {
    let auth = use_auth();
    let photo = is_photo(&attachment);
    let label = describe(&attachment);
    let ids = StoredValue::new((conversation_id, attachment.id.clone()));
    let thumbnail = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let link = move || async move {
        let token = auth.token()?;
        let (conversation_id, attachment_id) = ids.get_value();
        match api::attachment_link(&token, &conversation_id, &attachment_id).await {
            Ok(link) => Some(link.url),
            Err(failure) => {
                if !auth.signed_out_by(&failure) {
                    error.try_set(Some(failure.to_string()));
                }
                None
            }
        }
    };
    if photo {
        spawn_local(async move {
            if let Some(url) = link().await {
                thumbnail.try_set(Some(url));
            }
        });
    }
    let open = move |_| {
        // A photo opens in a tab made now, while the click counts as a gesture (popup
        // blockers); a document downloads (the edge serves it as an attachment, so the
        // console stays where it is).
        let window = web_sys::window();
        let tab = if photo {
            window
                .as_ref()
                .and_then(|window| window.open().ok().flatten())
        } else {
            None
        };
        spawn_local(async move {
            match (link().await, tab, window) {
                (Some(url), Some(tab), _) => _ = tab.location().set_href(&url),
                (Some(url), None, Some(window)) => _ = window.location().set_href(&url),
                (_, tab, _) => {
                    if let Some(tab) = tab {
                        _ = tab.close();
                    }
                }
            }
        });
    };
    let body = if photo {
        let title = format!("Open the full image ({label})");
        let alt = format!("Photo from the conversation ({label})");
        view! {
            <button
                type="button"
                class="file-thumb"
                data-testid="thread-photo"
                title=title
                on:click=open
            >
                {move || {
                    thumbnail
                        .get()
                        .map(|url| view! { <img src=url alt=alt.clone() /> })
                }}
            </button>
        }
        .into_any()
    } else {
        view! {
            <button
                type="button"
                class="button secondary file-download"
                data-testid="thread-document"
                on:click=open
            >
                {format!("Download {label}")}
            </button>
        }
        .into_any()
    };
    view! {
        <div class="message-file" data-type=attachment.content_type data-attachment=attachment.id>
            {body}
            <span class="form-error" role="alert">{move || error.get()}</span>
        </div>
    }
}

/// Files uploaded for the reply being written: picked, uploaded at once (the edge checks
/// them then), listed with a remove button, sent with the reply.
#[derive(Clone, Copy)]
pub struct ReplyFiles {
    pub staged: RwSignal<Vec<(String, Attachment)>>,
    pub uploading: RwSignal<bool>,
    pub error: RwSignal<Option<String>>,
}

impl Default for ReplyFiles {
    fn default() -> ReplyFiles {
        ReplyFiles {
            staged: RwSignal::new(Vec::new()),
            uploading: RwSignal::new(false),
            error: RwSignal::new(None),
        }
    }
}

impl ReplyFiles {
    /// The staged files' ids, for the reply.
    pub fn ids(self) -> Vec<String> {
        self.staged.with_untracked(|staged| {
            staged
                .iter()
                .map(|(_, attachment)| attachment.id.clone())
                .collect()
        })
    }

    pub fn is_empty(self) -> bool {
        self.staged.with(Vec::is_empty)
    }
}

/// The attach button and the staged files of a reply to `conversation_id`.
#[component]
pub fn ReplyAttach(conversation_id: String, files: ReplyFiles) -> impl IntoView {
    let auth = use_auth();
    let id = StoredValue::new(conversation_id);
    let on_change = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        input.set_value("");
        let Some(token) = auth.token() else {
            return;
        };
        files.uploading.set(true);
        files.error.set(None);
        spawn_local(async move {
            match api::upload_attachment(&token, &id.get_value(), &file).await {
                Ok(uploaded) => files
                    .staged
                    .update(|staged| staged.push((file.name(), uploaded.attachment))),
                Err(failure) => {
                    if !auth.signed_out_by(&failure) {
                        files.error.try_set(Some(failure.to_string()));
                    }
                }
            }
            files.uploading.try_set(false);
        });
    };
    view! {
        <label class="button secondary reply-attach">
            {move || if files.uploading.get() { "Uploading…" } else { "Attach file" }}
            <input
                type="file"
                class="visually-hidden"
                data-testid="reply-attach"
                accept="image/jpeg,image/png,image/webp,image/heic,.heic,application/pdf"
                disabled=move || files.uploading.get()
                on:change=on_change
            />
        </label>
        <ul class="reply-files" data-testid="reply-files">
            <For
                each=move || files.staged.get()
                key=|(_, attachment)| attachment.id.clone()
                let:file
            >
                {
                    let (name, attachment) = file;
                    let remove_id = attachment.id.clone();
                    view! {
                        <li data-testid="reply-file">
                            {format!("{name} ({})", describe(&attachment))}
                            <button
                                type="button"
                                class="link-button"
                                aria-label=format!("Remove {name}")
                                on:click=move |_| {
                                    files
                                        .staged
                                        .update(|staged| staged.retain(|(_, a)| a.id != remove_id));
                                }
                            >
                                "Remove"
                            </button>
                        </li>
                    }
                }
            </For>
        </ul>
        <span class="form-error" role="alert" data-testid="reply-attach-error">
            {move || files.error.get()}
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(content_type: &str, size: u64) -> Attachment {
        Attachment {
            id: "att_1".into(),
            content_type: content_type.into(),
            size,
        }
    }

    #[test]
    fn photos_show_inline_and_the_rest_download() {
        assert!(is_photo(&file("image/webp", 1)));
        assert!(!is_photo(&file("image/heic", 1)));
        assert!(!is_photo(&file("application/pdf", 1)));
    }

    #[test]
    fn a_file_is_described_by_kind_and_size() {
        assert_eq!(describe(&file("application/pdf", 218)), "PDF, 1 KB");
        assert_eq!(
            describe(&file("image/jpeg", 3 * 1024 * 1024 / 2)),
            "JPEG photo, 1.5 MB"
        );
        // 1.25 MB exactly: the half goes to the even tenth, as `{:.1}` did.
        assert_eq!(describe(&file("application/pdf", 1_310_720)), "PDF, 1.2 MB");
        assert_eq!(describe(&file("application/pdf", 1_310_721)), "PDF, 1.3 MB");
        assert_eq!(
            describe(&file("application/pdf", 10 * 1024 * 1024)),
            "PDF, 10.0 MB"
        );
    }
}
