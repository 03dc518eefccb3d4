//! The inbox list: live, most urgent and oldest first, with department and urgency filters.

use frontdesk_protocol::{ConversationStatus, Department, InboxEntry, StaffProfile, Urgency};
use leptos::prelude::*;

use crate::{
    app::{Clock, InboxStore},
    components::{department_label, local_date_time, urgency_label, UrgencyBadge},
    model::{InboxFilter, Ownership},
    timefmt::{parse_rfc3339_ms, relative_age, sla_countdown},
};

/// A key that changes whenever anything a row shows changes, so `For` redraws that row.
fn row_key(entry: &InboxEntry) -> String {
    format!(
        "{}|{}|{}|{}|{}|{:?}|{:?}|{:?}",
        entry.conversation_id,
        entry.last_seq,
        entry.urgency.as_str(),
        entry.department.as_str(),
        entry.status.as_str(),
        entry.assigned_to,
        entry.sla_deadline,
        entry.last_message_preview,
    )
}

#[component]
pub fn Inbox(selected: RwSignal<Option<String>>) -> impl IntoView {
    let store = expect_context::<InboxStore>();
    let department = RwSignal::new(None::<Department>);
    let urgency = RwSignal::new(None::<Urgency>);
    let filter = Memo::new(move |_| InboxFilter {
        department: department.get(),
        urgency: urgency.get(),
    });
    let visible = move || {
        let filter = filter.get();
        store.entries.with(|entries| {
            entries
                .iter()
                .filter(|entry| filter.matches(entry))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let total = move || store.entries.with(Vec::len);

    view! {
        <section class="inbox" aria-labelledby="inbox-title">
            <div class="inbox-head">
                <h2 id="inbox-title">
                    "Inbox " <span class="count" data-testid="inbox-count">{total}</span>
                </h2>
                <div class="filters">
                    <label class="filter">
                        <span>"Department"</span>
                        <select
                            data-testid="filter-department"
                            on:change=move |event| {
                                department.set(Department::parse(&event_target_value(&event)))
                            }
                        >
                            <option value="">"All"</option>
                            {Department::ALL
                                .into_iter()
                                .map(|department| {
                                    view! {
                                        <option value=department.as_str()>
                                            {department_label(department)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <label class="filter">
                        <span>"Urgency"</span>
                        <select
                            data-testid="filter-urgency"
                            on:change=move |event| {
                                urgency.set(Urgency::parse(&event_target_value(&event)))
                            }
                        >
                            <option value="">"All"</option>
                            {[Urgency::Emergency, Urgency::Urgent, Urgency::Routine]
                                .into_iter()
                                .map(|urgency| {
                                    view! {
                                        <option value=urgency.as_str()>{urgency_label(urgency)}</option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                </div>
            </div>
            <p class="inbox-error" role="alert" data-testid="inbox-error">
                {move || store.error.get()}
            </p>
            <Show when=move || store.loaded.get() && visible().is_empty()>
                <p class="inbox-empty" data-testid="inbox-empty">
                    {move || {
                        if total() == 0 {
                            "No open conversations. New inquiries appear here as they arrive."
                        } else {
                            "No conversations match these filters."
                        }
                    }}
                </p>
            </Show>
            <ul class="inbox-list" data-testid="inbox-list">
                <For each=visible key=row_key let:entry>
                    <InboxRow entry=entry selected=selected />
                </For>
            </ul>
        </section>
    }
}

#[component]
fn InboxRow(entry: InboxEntry, selected: RwSignal<Option<String>>) -> impl IntoView {
    let clock = expect_context::<Clock>();
    let staff = expect_context::<StaffProfile>();
    let conversation_id = entry.conversation_id.clone();
    let ownership = Ownership::of(&entry, &staff.id);
    let created_ms = parse_rfc3339_ms(&entry.created_at);
    let last_ms = entry
        .last_message_at
        .as_deref()
        .and_then(parse_rfc3339_ms)
        .or(created_ms);
    // The reply deadline matters while the clinic owes an answer; otherwise show the age.
    let deadline_ms = entry
        .sla_deadline
        .as_deref()
        .filter(|_| entry.status == ConversationStatus::Open)
        .and_then(parse_rfc3339_ms);

    let timing = move || {
        let now = clock.now_ms.get();
        match (deadline_ms, last_ms) {
            (Some(deadline), _) => {
                let countdown = sla_countdown(now, deadline);
                (countdown.text, countdown.level.as_str())
            }
            (None, Some(last)) => (relative_age(now, last), "age"),
            (None, None) => (String::new(), "age"),
        }
    };
    let timing_title = deadline_ms
        .map(|deadline| format!("Reply due {}", local_date_time(deadline)))
        .or_else(|| created_ms.map(|created| format!("Started {}", local_date_time(created))));

    let is_selected = {
        let conversation_id = conversation_id.clone();
        move || selected.with(|selected| selected.as_deref() == Some(conversation_id.as_str()))
    };
    let is_selected_for_class = is_selected.clone();
    let select_id = conversation_id.clone();
    let preview = entry
        .last_message_preview
        .clone()
        .unwrap_or_else(|| "No messages yet".to_string());
    let assigned = match ownership {
        Ownership::Unassigned => None,
        Ownership::Mine => Some(("You", "mine")),
        Ownership::Colleague => Some(("Assigned", "colleague")),
    };

    view! {
        <li>
            <button
                type="button"
                class="inbox-row"
                class:selected=is_selected_for_class
                data-testid="inbox-row"
                data-conversation-id=conversation_id
                data-urgency=entry.urgency.as_str()
                aria-current=move || is_selected().then_some("true")
                title=entry.triage_reason.clone()
                on:click=move |_| selected.set(Some(select_id.clone()))
            >
                <span class="row-top">
                    <UrgencyBadge urgency=entry.urgency />
                    <span class="row-department">{department_label(entry.department)}</span>
                    {assigned
                        .map(|(label, kind)| {
                            view! {
                                <span
                                    class=format!("assigned assigned-{kind}")
                                    data-testid="inbox-assigned"
                                    data-assigned=kind
                                >
                                    {label}
                                </span>
                            }
                        })}
                    <span
                        class="row-timing"
                        data-testid="inbox-timing"
                        data-level=move || timing().1
                        title=timing_title
                    >
                        {move || timing().0}
                    </span>
                </span>
                <span class="row-preview">{preview}</span>
            </button>
        </li>
    }
}
