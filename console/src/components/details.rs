//! The side of a thread: who the visitor is, labels, private notes for the team, and the
//! visitor's earlier conversations with the clinic.

use frontdesk_protocol::{InboxEntry, Note, SetVisitorRequest, VisitorIdentity};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::local_date_time;
use super::triage_correction::TriageCorrection;
use crate::api;
use crate::i18n::{fill, use_strings};
use crate::model::identity_lines;
use crate::state::{use_auth, InboxStore};
use crate::timefmt::parse_rfc3339_ms;

#[component]
pub fn Details(conversation_id: String, meta: Memo<Option<InboxEntry>>) -> impl IntoView {
    let t = use_strings();
    let auth = use_auth();
    let store = expect_context::<InboxStore>();
    let id = StoredValue::new(conversation_id);
    let error = RwSignal::new(None::<String>);
    let notes = RwSignal::new(Vec::<Note>::new());
    let history = RwSignal::new(Vec::<InboxEntry>::new());
    let editing = RwSignal::new(false);
    let checked = RwSignal::new(false);
    let (name, email, phone) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let label_draft = RwSignal::new(String::new());
    let note_draft = RwSignal::new(String::new());

    // A failed call shows its reason; a lost session signs out instead.
    let report = move |failure: api::ApiFailure| {
        if !auth.signed_out_by(&failure) {
            error.try_set(Some(failure.to_string()));
        }
    };
    let apply = move |entry: InboxEntry| store.upsert(entry);

    let load_history = move || {
        let Some(token) = auth.token() else { return };
        let conversation_id = id.get_value();
        spawn_local(async move {
            match api::history(&token, &conversation_id).await {
                Ok(found) => _ = history.try_set(found.conversations),
                Err(failure) => report(failure),
            }
        });
    };
    if let Some(token) = auth.token() {
        let conversation_id = id.get_value();
        spawn_local(async move {
            match api::notes(&token, &conversation_id).await {
                Ok(found) => _ = notes.try_set(found.notes),
                Err(failure) => report(failure),
            }
        });
    }
    load_history();

    let visitor = move || meta.get().map(|entry| entry.visitor).unwrap_or_default();
    let labels = move || meta.get().map(|entry| entry.labels).unwrap_or_default();
    let identity = move || {
        meta.get()
            .map(|entry| identity_lines(t, &entry.visitor, &entry.verified))
            .unwrap_or_default()
    };

    let start_edit = move |_| {
        let current = visitor();
        name.set(current.name.unwrap_or_default());
        email.set(current.email.unwrap_or_default());
        phone.set(current.phone.unwrap_or_default());
        checked.set(false);
        editing.set(true);
    };
    let save_visitor = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(token) = auth.token() else { return };
        let field = |value: String| (!value.trim().is_empty()).then_some(value);
        let update = SetVisitorRequest {
            visitor: VisitorIdentity {
                name: field(name.get_untracked()),
                email: field(email.get_untracked()),
                phone: field(phone.get_untracked()),
                user_id: None,
            },
            verified: checked.get_untracked(),
        };
        let conversation_id = id.get_value();
        spawn_local(async move {
            match api::set_visitor(&token, &conversation_id, &update).await {
                Ok(entry) => {
                    apply(entry);
                    editing.try_set(false);
                    error.try_set(None);
                    load_history();
                }
                Err(failure) => report(failure),
            }
        });
    };
    let save_labels = move |next: Vec<String>| {
        let Some(token) = auth.token() else { return };
        let conversation_id = id.get_value();
        spawn_local(async move {
            match api::set_labels(&token, &conversation_id, next).await {
                Ok(entry) => {
                    apply(entry);
                    label_draft.try_set(String::new());
                    error.try_set(None);
                }
                Err(failure) => report(failure),
            }
        });
    };
    let add_label = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let draft = label_draft.get_untracked();
        if draft.trim().is_empty() {
            return;
        }
        let mut next = labels();
        next.push(draft);
        save_labels(next);
    };
    let add_note = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = note_draft.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        let Some(token) = auth.token() else { return };
        let conversation_id = id.get_value();
        spawn_local(async move {
            match api::add_note(&token, &conversation_id, text).await {
                Ok(found) => {
                    notes.try_set(found.notes);
                    note_draft.try_set(String::new());
                    error.try_set(None);
                }
                Err(failure) => report(failure),
            }
        });
    };

    view! {
        <aside id="thread-details" class="details" aria-label=t.about_conversation data-testid="details">
            <p class="form-error" role="alert" data-testid="details-error">{move || error.get()}</p>
            <TriageCorrection conversation_id=id.get_value() meta=meta />
            <section class="details-part">
                <h3>{t.author_visitor}</h3>
                <Show
                    when=move || editing.get()
                    fallback=move || {
                        view! {
                            <ul class="visitor-summary" data-testid="visitor-summary">
                                <For each=identity key=|line| (line.value.clone(), line.mark) let:line>
                                    <li data-testid="identity-field">
                                        {line.value.clone()} " "
                                        <span
                                            class=if line.verified { "identity-mark verified" } else { "identity-mark stated" }
                                            data-testid="identity-mark"
                                        >
                                            {line.mark}
                                        </span>
                                    </li>
                                </For>
                                <Show when=move || identity().is_empty()>
                                    <li>{t.no_identity}</li>
                                </Show>
                            </ul>
                            <button type="button" class="button secondary" data-testid="visitor-edit" on:click=start_edit>
                                {t.edit_identity}
                            </button>
                        }
                    }
                >
                    <form class="visitor-form" on:submit=save_visitor>
                        <label>{t.name}
                            <input data-testid="visitor-name-input" maxlength="100" prop:value=move || name.get()
                                on:input=move |e| name.set(event_target_value(&e)) />
                        </label>
                        <label>{t.email}
                            <input type="email" data-testid="visitor-email-input" maxlength="254" prop:value=move || email.get()
                                on:input=move |e| email.set(event_target_value(&e)) />
                        </label>
                        <label>{t.phone}
                            <input type="tel" data-testid="visitor-phone-input" maxlength="32" prop:value=move || phone.get()
                                on:input=move |e| phone.set(event_target_value(&e)) />
                        </label>
                        <label class="checkbox">
                            <input type="checkbox" data-testid="visitor-verified-input" prop:checked=move || checked.get()
                                on:change=move |e| checked.set(event_target_checked(&e)) />
                            {t.checked_with_patient}
                        </label>
                        <button type="submit" class="button primary" data-testid="visitor-save">{t.save}</button>
                        <button type="button" class="button secondary" on:click=move |_| editing.set(false)>{t.cancel}</button>
                    </form>
                </Show>
            </section>
            <section class="details-part">
                <h3>{t.labels}</h3>
                <ul class="labels" data-testid="labels">
                    <For each=labels key=|label| label.clone() let:label>
                        <li class="label-chip" data-testid="label-chip">
                            {label.clone()}
                            <button
                                type="button"
                                class="label-remove"
                                aria-label=fill(t.remove_label, &[&label])
                                on:click={
                                    let label = label.clone();
                                    move |_| save_labels(labels().into_iter().filter(|l| *l != label).collect())
                                }
                            >
                                "×"
                            </button>
                        </li>
                    </For>
                </ul>
                <form class="inline-form" on:submit=add_label>
                    <label class="visually-hidden" for="label-input">{t.new_label}</label>
                    <input id="label-input" data-testid="labels-input" maxlength="32" placeholder=t.add_label
                        prop:value=move || label_draft.get() on:input=move |e| label_draft.set(event_target_value(&e)) />
                    <button type="submit" class="button secondary" data-testid="labels-add">{t.add}</button>
                </form>
            </section>
            <section class="details-part">
                <h3>{t.internal_notes}</h3>
                <p class="hint">{t.notes_hint}</p>
                <ol class="notes" data-testid="notes">
                    <For each=move || notes.get() key=|note| note.id let:note>
                        <li class="note" data-testid="note">
                            // Text node only: notes may quote what a visitor wrote.
                            <p class="note-text">{note.text.clone()}</p>
                            <p class="message-meta">
                                {note.author_name.clone()} " · "
                                {parse_rfc3339_ms(&note.created_at).map(local_date_time).unwrap_or_default()}
                            </p>
                        </li>
                    </For>
                </ol>
                <form class="note-form" on:submit=add_note>
                    <label class="visually-hidden" for="note-input">{t.new_note}</label>
                    <textarea id="note-input" data-testid="note-input" rows="2" maxlength="4000" placeholder=t.note_placeholder
                        prop:value=move || note_draft.get() on:input=move |e| note_draft.set(event_target_value(&e))></textarea>
                    <button type="submit" class="button secondary" data-testid="note-add">{t.add_note}</button>
                </form>
            </section>
            <section class="details-part">
                <h3>{t.earlier_conversations}</h3>
                <Show
                    when=move || history.with(|h| !h.is_empty())
                    fallback=move || view! { <p class="hint">{t.no_history}</p> }
                >
                    <ul class="history" data-testid="history">
                        <For each=move || history.get() key=|entry| entry.conversation_id.clone() let:entry>
                            <li data-testid="history-item">
                                <a href=format!("#/conversations/{}", entry.conversation_id)>
                                    {parse_rfc3339_ms(&entry.created_at).map(local_date_time).unwrap_or_default()}
                                    " · "
                                    {t.status(entry.status)}
                                </a>
                                <span class="history-preview">
                                    {entry.last_message_preview.clone().unwrap_or_default()}
                                </span>
                            </li>
                        </For>
                    </ul>
                </Show>
            </section>
        </aside>
    }
}
