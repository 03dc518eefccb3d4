//! The inbox list: live, most urgent and oldest first, with department, urgency and
//! channel filters.

use frontdesk_protocol::{
    Channel, ConversationStatus, Department, InboxEntry, StaffProfile, Urgency,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::{
    api,
    components::{
        channel_label, department_label,
        key_help::{KeyHelp, KeyHelpDialog},
        local_date_time,
        new_conversation::NewConversation,
        urgency_label, ChannelTag, UrgencyBadge,
    },
    i18n::{fill, use_strings},
    keys::{neighbour, shortcut_for, Shortcut},
    model::{InboxFilter, InboxView, Ownership},
    state::{use_auth, Clock, InboxStore},
    timefmt::{parse_rfc3339_ms, relative_age, sla_countdown},
};

/// A key that changes whenever anything a row shows changes, so `For` redraws that row.
/// Built by hand rather than with `{:?}`, which links Debug's string escaping (its
/// Unicode tables) for this key alone; a control character separates the fields, and
/// `-`/`+` tell an absent text from an empty one.
fn row_key(entry: &InboxEntry) -> String {
    let mut key = format!(
        "{}|{}|{}|{}|{}",
        entry.conversation_id,
        entry.last_seq,
        entry.urgency.as_str(),
        entry.department.as_str(),
        entry.status.as_str(),
    );
    for text in [
        &entry.assigned_to,
        &entry.sla_deadline,
        &entry.last_message_preview,
        &entry.visitor.name,
    ] {
        key.push('\u{1f}');
        match text {
            Some(text) => {
                key.push('+');
                key.push_str(text);
            }
            None => key.push('-'),
        }
    }
    for label in &entry.labels {
        key.push('\u{1e}');
        key.push_str(label);
    }
    key
}

/// Whether the focus is in a field that takes typing, where letters are text.
fn typing_in_a_field() -> bool {
    let Some(active) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element())
    else {
        return false;
    };
    matches!(
        active.tag_name().to_ascii_lowercase().as_str(),
        "input" | "textarea" | "select"
    ) || active.get_attribute("contenteditable").is_some()
}

/// Focuses (or clicks) the open conversation's control with this test id, if shown.
fn act_on(testid: &str, click: bool) {
    let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| {
            document
                .query_selector(&format!("[data-testid=\"{testid}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if click {
        element.click();
    } else {
        _ = element.focus();
    }
}

/// One inbox filter: a labelled select of "All" and `options` (value, label); `pick` gets
/// the chosen value, empty for all.
fn filter_select<const N: usize>(
    label: &'static str,
    testid: &'static str,
    options: [(&'static str, &'static str); N],
    pick: impl Fn(String) + 'static,
) -> impl IntoView {
    view! {
        <label class="filter">
            <span>{label}</span>
            <select data-testid=testid on:change=move |event| pick(event_target_value(&event))>
                <option value="">{use_strings().all}</option>
                {options
                    .into_iter()
                    .map(|(value, text)| view! { <option value=value>{text}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

#[component]
pub fn Inbox(selected: RwSignal<Option<String>>) -> impl IntoView {
    let t = use_strings();
    let store = expect_context::<InboxStore>();
    let staff = expect_context::<StaffProfile>();
    let department = RwSignal::new(None::<Department>);
    let urgency = RwSignal::new(None::<Urgency>);
    let channel = RwSignal::new(None::<Channel>);
    let view = RwSignal::new(InboxView::All);
    let filter = Memo::new(move |_| InboxFilter {
        department: department.get(),
        urgency: urgency.get(),
        channel: channel.get(),
        view: view.get(),
    });
    let my_id = StoredValue::new(staff.id.clone());
    let my_teams = StoredValue::new(staff.departments.clone());
    // A search looks through every conversation, resolved ones too, on the server.
    let search = RwSignal::new(String::new());
    let found = RwSignal::new(None::<Vec<InboxEntry>>);
    let auth = use_auth();
    Effect::new(move |_| {
        let query = search.get();
        if query.trim().chars().count() < 2 {
            found.set(None);
            return;
        }
        let Some(token) = auth.token() else { return };
        spawn_local(async move {
            let result = api::search(&token, query.trim()).await;
            // Only the latest query's answer counts.
            if search.try_get_untracked().as_deref() != Some(query.as_str()) {
                return;
            }
            match result {
                Ok(response) => _ = found.try_set(Some(response.conversations)),
                Err(failure) => {
                    if !auth.signed_out_by(&failure) {
                        store.error.try_set(Some(failure.to_string()));
                    }
                }
            }
        });
    });
    let visible = move || {
        let filter = filter.get();
        let shown = |entries: &Vec<InboxEntry>| {
            my_id.with_value(|my_id| {
                my_teams.with_value(|teams| {
                    entries
                        .iter()
                        .filter(|entry| filter.matches_in(entry, my_id, teams))
                        .cloned()
                        .collect::<Vec<_>>()
                })
            })
        };
        match found.get() {
            Some(results) => shown(&results),
            None => store.entries.with(shown),
        }
    };

    // j/k walk the inbox as shown; r, a and e act on the open conversation, / searches and
    // ? lists the keys (which, while shown, has the keyboard to itself).
    let help = KeyHelp::new();
    let on_key = window_event_listener(leptos::ev::keydown, move |event| {
        if help.is_open() {
            return;
        }
        let modified = event.ctrl_key() || event.meta_key() || event.alt_key();
        let Some(shortcut) = shortcut_for(&event.key(), modified, typing_in_a_field()) else {
            return;
        };
        event.prevent_default();
        let step = match shortcut {
            Shortcut::NextConversation => 1,
            Shortcut::PreviousConversation => -1,
            Shortcut::Reply => return act_on("reply-input", false),
            Shortcut::Claim => return act_on("claim-button", true),
            Shortcut::Resolve => return act_on("status-button", true),
            Shortcut::Search => return act_on("inbox-search", false),
            Shortcut::Help => return help.show(),
        };
        let ids: Vec<String> = visible().into_iter().map(|e| e.conversation_id).collect();
        let Some(current) = selected.try_get_untracked() else {
            return;
        };
        if let Some(next) = neighbour(&ids, current.as_deref(), step) {
            selected.try_set(Some(next));
        }
    });
    on_cleanup(move || on_key.remove());
    let total = move || store.entries.with(Vec::len);
    // The inbox arrives a page at a time: the next one loads when the list is scrolled to
    // its end (or from the button there), except while a search shows its own results.
    let more = move || store.next.with(Option::is_some) && found.with(Option::is_none);
    let load_more = move || {
        if more() {
            store.load_more(auth);
        }
    };
    let on_scroll = move |event: leptos::ev::Event| {
        let Some(list) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        // Within a few rows of the end, so the next page is usually there before it is needed.
        if list.scroll_top() + list.client_height() + 400 >= list.scroll_height() {
            load_more();
        }
    };

    view! {
        <section class="inbox" aria-labelledby="inbox-title">
            <div class="inbox-head">
                <h2 id="inbox-title">
                    {t.inbox} " "
                    <span
                        class="count"
                        data-testid="inbox-count"
                        title=move || store.next.with(Option::is_some).then_some(t.more_follow)
                    >
                        {total}
                        {move || store.next.with(Option::is_some).then_some("+")}
                    </span>
                </h2>
                <div class="views" role="group" aria-label=t.show>
                    {InboxView::ALL
                        .into_iter()
                        .map(|choice| {
                            view! {
                                <button
                                    type="button"
                                    class="view-button"
                                    data-testid=format!("view-{}", choice.as_str())
                                    aria-pressed=move || (view.get() == choice).to_string()
                                    on:click=move |_| view.set(choice)
                                >
                                    {choice.label(t)}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <NewConversation selected=selected />
                <label class="filter search">
                    <span>{t.search_visitors}</span>
                    <input
                        type="search"
                        data-testid="inbox-search"
                        placeholder=t.search_placeholder
                        maxlength="100"
                        prop:value=move || search.get()
                        on:input=move |event| search.set(event_target_value(&event))
                    />
                </label>
                <div class="filters">
                    {filter_select(
                        t.department,
                        "filter-department",
                        Department::ALL.map(|d| (d.as_str(), department_label(d))),
                        move |raw| department.set(Department::parse(&raw)),
                    )}
                    {filter_select(
                        t.urgency,
                        "filter-urgency",
                        [Urgency::Emergency, Urgency::Urgent, Urgency::Routine]
                            .map(|u| (u.as_str(), urgency_label(u))),
                        move |raw| urgency.set(Urgency::parse(&raw)),
                    )}
                    {filter_select(
                        t.channel,
                        "filter-channel",
                        Channel::ALL.map(|c| (c.as_str(), channel_label(c))),
                        move |raw| channel.set(Channel::parse(&raw)),
                    )}
                </div>
            </div>
            <p class="inbox-error" role="alert" data-testid="inbox-error">
                {move || store.error.get()}
            </p>
            <Show when=move || store.loaded.get() && visible().is_empty()>
                <p class="inbox-empty" data-testid="inbox-empty">
                    {move || {
                        if total() == 0 { t.inbox_empty } else { t.inbox_no_match }
                    }}
                </p>
            </Show>
            <ul class="inbox-list" data-testid="inbox-list" on:scroll=on_scroll>
                <For each=visible key=row_key let:entry>
                    <InboxRow entry=entry selected=selected />
                </For>
                <Show when=more>
                    <li class="inbox-more">
                        <button
                            type="button"
                            data-testid="inbox-more"
                            disabled=move || store.loading_more.get()
                            on:click=move |_| load_more()
                        >
                            {move || {
                                if store.loading_more.get() { t.loading_more } else { t.load_more }
                            }}
                        </button>
                    </li>
                </Show>
            </ul>
            <KeyHelpDialog help=help />
        </section>
    }
}

#[component]
fn InboxRow(entry: InboxEntry, selected: RwSignal<Option<String>>) -> impl IntoView {
    let t = use_strings();
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
                let countdown = sla_countdown(t, now, deadline);
                (countdown.text, countdown.level.as_str())
            }
            (None, Some(last)) => (relative_age(t, now, last), "age"),
            (None, None) => (String::new(), "age"),
        }
    };
    let timing_title = deadline_ms
        .map(|deadline| fill(t.reply_due, &[&local_date_time(deadline)]))
        .or_else(|| created_ms.map(|created| fill(t.started, &[&local_date_time(created)])));

    let is_selected = {
        let conversation_id = conversation_id.clone();
        move || selected.with(|selected| selected.as_deref() == Some(conversation_id.as_str()))
    };
    let is_selected_for_class = is_selected.clone();
    let select_id = conversation_id.clone();
    let preview = entry
        .last_message_preview
        .clone()
        .unwrap_or_else(|| t.no_messages_yet.to_string());
    let visitor_name = entry.visitor.name.clone();
    let labels = entry.labels.clone();
    let assigned = match ownership {
        Ownership::Unassigned => None,
        Ownership::Mine => Some((t.assigned_you, "mine")),
        Ownership::Colleague => Some((t.assigned_colleague, "colleague")),
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
                <ChannelTag channel=entry.channel address=entry.address.clone() testid="inbox-channel" />
                {visitor_name.map(|name| view! { <span class="row-visitor" data-testid="inbox-visitor">{name}</span> })}
                <span class="row-preview">{preview}</span>
                {(!labels.is_empty())
                    .then(|| {
                        view! {
                            <span class="row-labels">
                                {labels
                                    .into_iter()
                                    .map(|label| view! { <span class="label-chip" data-testid="inbox-label">{label}</span> })
                                    .collect_view()}
                            </span>
                        }
                    })}
            </button>
        </li>
    }
}
