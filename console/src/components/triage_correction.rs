//! Correct triage: staff change a conversation's urgency and/or department, with a
//! reason. The inbox row comes back and replaces the old one, so the inbox re-sorts.

use frontdesk_protocol::{Department, InboxEntry, TriageCorrectionRequest, Urgency};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{department_label, urgency_label};
use crate::api;
use crate::i18n::{fill, use_strings};
use crate::state::{use_auth, InboxStore};

const URGENCIES: [Urgency; 3] = [Urgency::Emergency, Urgency::Urgent, Urgency::Routine];

#[component]
pub fn TriageCorrection(conversation_id: String, meta: Memo<Option<InboxEntry>>) -> impl IntoView {
    let t = use_strings();
    let auth = use_auth();
    let store = expect_context::<InboxStore>();
    let id = StoredValue::new(conversation_id);
    let editing = RwSignal::new(false);
    let urgency = RwSignal::new(Urgency::Routine);
    let department = RwSignal::new(Department::FrontDesk);
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);

    let start = move |_| {
        if let Some(entry) = meta.get_untracked() {
            urgency.set(entry.urgency);
            department.set(entry.department);
        }
        reason.set(String::new());
        error.set(None);
        done.set(None);
        editing.set(true);
    };
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(token) = auth.token() else { return };
        if reason.get_untracked().trim().is_empty() {
            error.set(Some(t.correction_needs_reason.into()));
            return;
        }
        let request = TriageCorrectionRequest {
            urgency: Some(urgency.get_untracked()),
            department: Some(department.get_untracked()),
            reason: reason.get_untracked(),
        };
        let conversation_id = id.get_value();
        spawn_local(async move {
            match api::correct_triage(&token, &conversation_id, &request).await {
                Ok(corrected) => {
                    let entry = corrected.conversation;
                    done.try_set(Some(fill(
                        t.corrected_to,
                        &[t.urgency(entry.urgency), t.department(entry.department)],
                    )));
                    store.upsert(entry);
                    error.try_set(None);
                    editing.try_set(false);
                }
                Err(failure) => {
                    if !auth.signed_out_by(&failure) {
                        error.try_set(Some(failure.to_string()));
                    }
                }
            }
        });
    };

    view! {
        <section class="details-part" data-testid="triage-correction">
            <h3>{t.triage}</h3>
            <p class="hint" role="status" data-testid="triage-correction-status">{move || done.get()}</p>
            <p class="form-error" role="alert" data-testid="triage-correction-error">{move || error.get()}</p>
            <Show
                when=move || editing.get()
                fallback=move || view! {
                    <button type="button" class="button secondary" data-testid="triage-correct" on:click=start>
                        {t.correct_triage}
                    </button>
                }
            >
                <form class="visitor-form" data-testid="triage-correction-form" on:submit=save>
                    <label>{t.urgency}
                        <select data-testid="triage-urgency"
                            on:change=move |e| {
                                if let Some(next) = Urgency::parse(&event_target_value(&e)) {
                                    urgency.set(next);
                                }
                            }>
                            {URGENCIES.into_iter().map(|option| view! {
                                <option value=option.as_str() selected=move || urgency.get() == option>
                                    {urgency_label(option)}
                                </option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label>{t.team}
                        <select data-testid="triage-department"
                            on:change=move |e| {
                                if let Some(next) = Department::parse(&event_target_value(&e)) {
                                    department.set(next);
                                }
                            }>
                            {Department::ALL.into_iter().map(|option| view! {
                                <option value=option.as_str() selected=move || department.get() == option>
                                    {department_label(option)}
                                </option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label>{t.reason_required}
                        // Plain text: the reason is stored and shown as text only.
                        <input data-testid="triage-reason" required maxlength="500"
                            placeholder=t.reason_placeholder
                            prop:value=move || reason.get()
                            on:input=move |e| reason.set(event_target_value(&e)) />
                    </label>
                    <button type="submit" class="button primary" data-testid="triage-save">{t.save_correction}</button>
                    <button type="button" class="button secondary" data-testid="triage-cancel" on:click=move |_| editing.set(false)>{t.cancel}</button>
                </form>
            </Show>
        </section>
    }
}
