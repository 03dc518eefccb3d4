//! The saved-reply picker of the reply box: `/word` in the reply or the Templates button
//! opens it, arrow keys and Enter (or a click) pick, and the template's text, rendered
//! for this conversation by the server, lands in the reply box to edit before sending.

use frontdesk_protocol::SavedReply;
use leptos::{ev::KeyboardEvent, html, prelude::*, task::spawn_local};

use crate::{
    api,
    i18n::{fill, use_strings},
    picker,
    state::Auth,
};

/// The picker's state, shared by the reply box (keys, typing) and the popup.
#[derive(Debug, Clone, Copy)]
pub struct Picker {
    auth: Auth,
    conversation_id: StoredValue<String>,
    draft: RwSignal<String>,
    pub textarea: NodeRef<html::Textarea>,
    search: NodeRef<html::Input>,
    open: RwSignal<bool>,
    /// Where the `/word` starts in the draft; `None` when opened by the button.
    slash_at: RwSignal<Option<usize>>,
    query: RwSignal<String>,
    active: RwSignal<usize>,
    templates: RwSignal<Vec<SavedReply>>,
    loading: RwSignal<bool>,
    error: RwSignal<Option<String>>,
}

impl Picker {
    pub fn new(auth: Auth, conversation_id: StoredValue<String>, draft: RwSignal<String>) -> Self {
        Picker {
            auth,
            conversation_id,
            draft,
            textarea: NodeRef::new(),
            search: NodeRef::new(),
            open: RwSignal::new(false),
            slash_at: RwSignal::new(None),
            query: RwSignal::new(String::new()),
            active: RwSignal::new(0),
            templates: RwSignal::new(Vec::new()),
            loading: RwSignal::new(false),
            error: RwSignal::new(None),
        }
    }

    pub fn is_open(self) -> bool {
        self.open.get()
    }

    /// The templates matching the query, best first.
    fn visible(self) -> Vec<SavedReply> {
        let query = self.query.get();
        self.templates.with(|list| {
            let keys: Vec<(&str, &str)> = list
                .iter()
                .map(|t| (t.shortcut.as_str(), t.title.as_str()))
                .collect();
            picker::matches(&keys, &query)
                .into_iter()
                .map(|index| list[index].clone())
                .collect()
        })
    }

    /// Opens the picker and fetches the templates afresh, so edits and the next opening
    /// are current.
    fn show(self, slash_at: Option<usize>, query: &str) {
        self.slash_at.set(slash_at);
        self.query.set(query.to_owned());
        self.active.set(0);
        if self.open.get_untracked() {
            return;
        }
        self.open.set(true);
        self.error.set(None);
        self.loading.set(true);
        let Some(token) = self.auth.token() else {
            return;
        };
        let conversation_id = self.conversation_id.get_value();
        spawn_local(async move {
            match api::templates(&token, Some(&conversation_id)).await {
                Ok(answer) => {
                    self.templates.try_set(answer.templates);
                }
                Err(failure) => {
                    if !self.auth.signed_out_by(&failure) {
                        self.error.try_set(Some(failure.to_string()));
                    }
                }
            }
            self.loading.try_set(false);
        });
    }

    pub fn close(self) {
        self.open.set(false);
    }

    /// Follows the reply box: a `/word` at its end opens or narrows the picker.
    pub fn follow_draft(self) {
        let draft = self.draft.get_untracked();
        match picker::slash_query(&draft) {
            Some((at, query)) => self.show(Some(at), query),
            None if self.slash_at.get_untracked().is_some() => self.close(),
            None => {}
        }
    }

    /// The Templates button: opens the picker with its own search field.
    pub fn open_search(self) {
        if self.open.get_untracked() && self.slash_at.get_untracked().is_none() {
            self.close();
            return;
        }
        self.show(None, "");
        request_animation_frame(move || {
            if let Some(input) = self.search.try_get_untracked().flatten() {
                let _ = input.focus();
            }
        });
    }

    /// Arrow keys, Enter and Escape while the picker is open; true when the key was ours.
    pub fn handle_key(self, event: &KeyboardEvent) -> bool {
        if !self.open.get_untracked() || event.ctrl_key() || event.meta_key() || event.alt_key() {
            return false;
        }
        let count = self.visible().len();
        match event.key().as_str() {
            "ArrowDown" => self.active.update(|a| *a = picker::step(*a, count, 1)),
            "ArrowUp" => self.active.update(|a| *a = picker::step(*a, count, -1)),
            "Enter" if count > 0 => self.pick(self.active.get_untracked()),
            "Escape" => {
                self.close();
                self.focus_reply();
            }
            _ => return false,
        }
        event.prevent_default();
        true
    }

    /// Puts the rendered text of the `index`th visible template into the reply box.
    fn pick(self, index: usize) {
        let Some(chosen) = self.visible().into_iter().nth(index) else {
            return;
        };
        let text = chosen.rendered.unwrap_or(chosen.body);
        let slash_at = self.slash_at.get_untracked();
        self.draft
            .update(|draft| *draft = picker::insert(draft, slash_at, &text));
        self.close();
        self.focus_reply();
    }

    /// Focuses the reply box with the caret at the end, measured when the frame runs, so
    /// keys typed in between are not split around it.
    fn focus_reply(self) {
        request_animation_frame(move || {
            if let Some(textarea) = self.textarea.try_get_untracked().flatten() {
                let end = textarea.value().encode_utf16().count() as u32;
                let _ = textarea.focus();
                let _ = textarea.set_selection_range(end, end);
            }
        });
    }

    /// The option the keyboard is on, for `aria-activedescendant`.
    pub fn active_option_id(self) -> Option<String> {
        (self.open.get() && !self.visible().is_empty())
            .then(|| format!("template-option-{}", self.active.get()))
    }
}

/// The popup above the reply box.
#[component]
pub fn TemplatePicker(picker: Picker) -> impl IntoView {
    let t = use_strings();
    let options = move || {
        let active = picker.active.get();
        picker
            .visible()
            .into_iter()
            .enumerate()
            .map(|(index, template)| {
                let preview = template.rendered.clone().unwrap_or(template.body.clone());
                let shortcut = template.shortcut.clone();
                view! {
                    <li
                        role="option"
                        id=format!("template-option-{index}")
                        class="template-option"
                        class:active=index == active
                        aria-selected=(index == active).to_string()
                        data-testid="template-option"
                        data-shortcut=shortcut
                        // Keep the focus in the reply box; the click picks.
                        on:mousedown=|event| event.prevent_default()
                        on:click=move |_| picker.pick(index)
                    >
                        <span class="template-shortcut">"/" {template.shortcut}</span>
                        <span class="template-title">{template.title}</span>
                        <span class="template-preview">{preview}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let status = move || {
        if picker.loading.get() {
            t.loading_templates.to_owned()
        } else if let Some(error) = picker.error.get() {
            error
        } else {
            match picker.visible().len() {
                0 => t.no_template_matches.to_owned(),
                1 => t.one_template.to_owned(),
                n => fill(t.many_templates, &[&n.to_string()]),
            }
        }
    };
    view! {
        <Show when=move || picker.is_open()>
            <div class="template-picker" data-testid="template-picker">
                <Show when=move || picker.slash_at.get().is_none()>
                    <label class="visually-hidden" for="template-search">{t.search_templates}</label>
                    <input
                        id="template-search"
                        type="search"
                        class="template-search"
                        data-testid="template-search"
                        placeholder=t.search_templates_placeholder
                        autocomplete="off"
                        aria-controls="template-options"
                        aria-autocomplete="list"
                        aria-activedescendant=move || picker.active_option_id()
                        node_ref=picker.search
                        prop:value=move || picker.query.get()
                        on:input=move |event| {
                            picker.query.set(event_target_value(&event));
                            picker.active.set(0);
                        }
                        on:keydown=move |event| {
                            picker.handle_key(&event);
                        }
                    />
                </Show>
                <ul id="template-options" role="listbox" aria-label=t.saved_replies class="template-options">
                    {options}
                </ul>
                <p class="template-status" role="status" data-testid="template-status">{status}</p>
            </div>
        </Show>
    }
}
