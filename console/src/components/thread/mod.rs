//! One conversation: its messages (live, merged by `seq`), the claim bar and the reply box.
//!
//! `Thread` owns the signals its parts share (messages, draft, presence, deliveries, reply
//! files, details panel); the parts that stand alone live beside it: the claim bar
//! (`claim_bar`), one message (`message_item`), and in `components/` `delivery`,
//! `attachments`, `details`, `template_picker`, `whatsapp_template` and `key_help`.

mod claim_bar;
mod message_item;

use frontdesk_client_core::{
    draft::validate_draft,
    live::staff_conversation_path,
    seq::{highest_seq, merge_by_seq},
};
use frontdesk_domain::{channels::reply_box::ReplyHint, text::TextError};
use frontdesk_protocol::{
    Channel, ChannelRules, EscalationRecord, InboxEntry, LiveEvent, Message, SendMessageRequest,
    StaffProfile, MAX_MESSAGE_CHARS,
};
use leptos::{
    ev::{KeyboardEvent, SubmitEvent},
    html,
    prelude::*,
    task::spawn_local,
};

use self::{claim_bar::ClaimBar, message_item::MessageItem};
use crate::{
    api,
    components::{
        attachments::{ReplyAttach, ReplyFiles},
        client_msg_id,
        delivery::Deliveries,
        department_label,
        details::Details,
        local_date_time, local_time,
        reply_hint::{reply_hint, ReplyHintLine},
        status_label,
        template_picker::{Picker, TemplatePicker},
        whatsapp_template::WhatsappTemplatePicker,
        ChannelTag, UrgencyBadge,
    },
    i18n::{fill, use_strings},
    layout::use_layout,
    live::{live_url, LiveHandle, LiveSignal, LiveStatus},
    model::{escalation_summary, Ownership},
    presence::Presence,
    state::{use_auth, InboxStore},
    timefmt::parse_rfc3339_ms,
};

#[component]
pub fn Thread(conversation_id: String) -> impl IntoView {
    let t = use_strings();
    let auth = use_auth();
    let store = expect_context::<InboxStore>();
    let staff = expect_context::<StaffProfile>();
    let layout = use_layout();
    let id = StoredValue::new(conversation_id.clone());

    let messages = RwSignal::new(Vec::<Message>::new());
    let escalations = RwSignal::new(Vec::<EscalationRecord>::new());
    let snapshot = RwSignal::new(None::<InboxEntry>);
    let channel_rules = RwSignal::new(None::<ChannelRules>);
    // The newest message the rules were loaded with: only later ones reopen the window.
    let rules_seq = RwSignal::new(0u64);
    let loading = RwSignal::new(true);
    let load_error = RwSignal::new(None::<String>);
    let live_status = RwSignal::new(LiveStatus::Connecting);
    let draft = RwSignal::new(String::new());
    let sending = RwSignal::new(false);
    let send_error = RwSignal::new(None::<String>);
    // The id of a reply that may not have arrived, reused on retry so it can't post twice.
    let pending = RwSignal::new(None::<(String, String)>);
    let picker = Picker::new(auth, id, draft);
    let deliveries = Deliveries::new(auth, id);
    let files = ReplyFiles::default();

    // The inbox copy is kept live by the inbox socket; the snapshot covers resolved conversations.
    let meta = Memo::new(move |_| {
        id.with_value(|id| {
            store.entries.with(|entries| {
                entries
                    .iter()
                    .find(|entry| &entry.conversation_id == id)
                    .cloned()
            })
        })
        .or_else(|| snapshot.get())
    });
    let hint = reply_hint(meta, (channel_rules, rules_seq), messages, draft);
    let channel =
        Signal::derive(move || meta.with(|m| m.as_ref().map_or(Channel::Web, |m| m.channel)));
    let my_id = staff.id.clone();
    let ownership =
        Memo::new(move |_| meta.with(|meta| meta.as_ref().map(|meta| Ownership::of(meta, &my_id))));

    let socket = LiveHandle::new();
    on_cleanup(move || socket.close());
    let presence = Presence::new(socket);
    // Coming back to the tab counts what is on screen as read.
    let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        presence.report_read(messages.with_untracked(|list| highest_seq(list)));
    });
    on_cleanup(move || visibility.remove());
    spawn_local(async move {
        let Some(token) = auth.token() else {
            return;
        };
        let conversation_id = id.get_value();
        match api::messages(&token, &conversation_id).await {
            Ok(answer) => {
                snapshot.try_set(Some(answer.conversation));
                escalations.try_set(answer.escalations);
                deliveries.set(answer.deliveries);
                rules_seq.try_set(highest_seq(&answer.messages));
                channel_rules.try_set(answer.channel_rules);
                messages.try_update(|list| merge_by_seq(list, answer.messages));
            }
            Err(failure) => {
                if auth.signed_out_by(&failure) {
                    return;
                }
                let gone = matches!(
                    failure,
                    api::ApiFailure::Api {
                        status: 403 | 404,
                        ..
                    }
                );
                load_error.try_set(Some(failure.to_string()));
                loading.try_set(false);
                // Retrying a conversation that doesn't exist or isn't ours would never succeed.
                if gone {
                    return;
                }
            }
        }
        loading.try_set(false);
        let path = staff_conversation_path(&conversation_id);
        socket.start(
            move || {
                // Resume after the newest message held, so nothing is replayed twice.
                let after = messages.try_with_untracked(|list| highest_seq(list))?;
                live_url(&path, &token, Some(after))
            },
            move |signal| match signal {
                LiveSignal::Opened => {
                    live_status.set(LiveStatus::Live);
                    load_error.set(None);
                    // Delivery frames missed while (re)connecting.
                    if channel.get_untracked() != Channel::Web {
                        deliveries.refresh();
                    }
                }
                LiveSignal::Event(event) => {
                    presence.on_event(&event);
                    match *event {
                        LiveEvent::Message { message } => messages.update(|list| {
                            merge_by_seq(list, [message]);
                        }),
                        LiveEvent::Delivery { delivery } => deliveries.take(delivery),
                        _ => {}
                    }
                    // The thread is open: what arrived is on screen.
                    presence.report_read(messages.with_untracked(|list| highest_seq(list)));
                }
                LiveSignal::Dropped { .. } => live_status.set(LiveStatus::Reconnecting),
            },
        );
    });

    let send = move || {
        // Ctrl+Enter too: what the channel refuses (opt-out, closed window) is not sent.
        if sending.get_untracked() || hint.get_untracked().blocks_text() {
            return;
        }
        // The server's own rule (domain::text), so what it would refuse is caught here.
        let attachment_ids = files.ids();
        let text = match validate_draft(&draft.get_untracked()) {
            Ok(text) => text.into_inner(),
            // A file may go without words.
            Err(TextError::Empty) if !attachment_ids.is_empty() => String::new(),
            Err(TextError::Empty) => return,
            Err(TextError::TooLong(_)) => {
                send_error.set(Some(fill(
                    t.reply_too_long,
                    &[&MAX_MESSAGE_CHARS.to_string()],
                )));
                return;
            }
            Err(TextError::ControlCharacters) => {
                send_error.set(Some(t.reply_control_chars.into()));
                return;
            }
        };
        let Some(token) = auth.token() else {
            return;
        };
        let Some(client_msg_id) = client_msg_id::for_text(pending, &text) else {
            send_error.set(Some(t.no_message_ids.into()));
            return;
        };
        presence.sent();
        sending.set(true);
        send_error.set(None);
        let conversation_id = id.get_value();
        spawn_local(async move {
            let request = SendMessageRequest {
                client_msg_id,
                text: text.clone(),
                attachment_ids,
            };
            match api::reply(&token, &conversation_id, &request).await {
                Ok(answer) => {
                    if meta.with_untracked(|meta| {
                        meta.as_ref().is_some_and(|m| m.channel != Channel::Web)
                    }) {
                        deliveries.expect(answer.message.seq);
                    }
                    messages.try_update(|list| merge_by_seq(list, [answer.message]));
                    pending.try_set(None);
                    files.staged.try_set(Vec::new());
                    // Keep anything typed while the reply was on its way.
                    draft.try_update(|draft| {
                        if draft.trim() == text {
                            draft.clear();
                        }
                    });
                }
                Err(failure) => {
                    if auth.signed_out_by(&failure) {
                        return;
                    }
                    send_error.try_set(Some(failure.to_string()));
                }
            }
            sending.try_set(false);
        });
    };

    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        send();
    };
    let on_keydown = move |event: KeyboardEvent| {
        if picker.handle_key(&event) {
            return;
        }
        if event.key() == "Enter" && (event.ctrl_key() || event.meta_key()) {
            event.prevent_default();
            send();
        }
    };

    // Keep the newest message in view as messages arrive.
    let list_ref = NodeRef::<html::Ol>::new();
    Effect::new(move |_| {
        let count = messages.with(Vec::len);
        if count > 0 {
            request_animation_frame(move || {
                // The thread may be gone by the next frame (j/k moves fast): then do nothing.
                if let Some(list) = list_ref.try_get_untracked().flatten() {
                    list.set_scroll_top(list.scroll_height());
                }
            });
        }
    });

    view! {
        <section
            class="thread"
            aria-label=t.conversation
            data-testid="thread"
            data-conversation-id=conversation_id
            data-details=move || if layout.details_open.get() { "open" } else { "closed" }
        >
            <header class="thread-head">
                <button
                    type="button"
                    class="button secondary thread-back"
                    data-testid="thread-back"
                    aria-label=t.back_to_inbox_label
                    on:click=move |_| layout.back_to_inbox()
                >
                    {t.back_to_inbox}
                </button>
                {move || {
                    meta.get()
                        .map(|meta| {
                            let started = parse_rfc3339_ms(&meta.created_at)
                                .map(|created| fill(t.started, &[&local_date_time(created)]));
                            view! {
                                <div class="thread-meta">
                                    <div class="thread-tags">
                                        <UrgencyBadge urgency=meta.urgency />
                                        <span class="thread-department" data-testid="thread-department">
                                            {department_label(meta.department)}
                                        </span>
                                        <span
                                            class="thread-status"
                                            data-testid="thread-status"
                                            data-status=meta.status.as_str()
                                        >
                                            {status_label(meta.status)}
                                        </span>
                                        <ChannelTag
                                            channel=meta.channel
                                            address=meta.address.clone()
                                            testid="thread-channel"
                                        />
                                    </div>
                                    {meta
                                        .triage_reason
                                        .clone()
                                        .filter(|reason| !reason.is_empty())
                                        .map(|reason| {
                                            // One line until opened: the thread keeps the height.
                                            view! {
                                                <details class="fold thread-reason-fold">
                                                    <summary>
                                                        <span class="thread-reason" data-testid="thread-reason">
                                                            {fill(t.triage_reason, &[&reason])}
                                                        </span>
                                                    </summary>
                                                </details>
                                            }
                                        })}
                                    <p class="thread-context">
                                        {started}
                                        {meta
                                            .page_url
                                            .clone()
                                            .map(|page| view! { " · " {t.from_page} " " <span class="page-url">{page}</span> })}
                                    </p>
                                </div>
                            }
                        })
                }}
                <ClaimBar id=id meta=meta snapshot=snapshot ownership=ownership />
            </header>
            <Show when=move || live_status.get() == LiveStatus::Reconnecting>
                <p class="thread-banner" role="status" data-testid="thread-reconnecting">
                    {t.connection_lost}
                </p>
            </Show>
            <p class="thread-error" role="alert" data-testid="thread-error">
                {move || load_error.get()}
            </p>
            <Show when=move || escalations.with(|list| !list.is_empty())>
                // Folded to its newest step, so the messages keep the height.
                <details class="fold escalations" data-testid="thread-escalations">
                    <summary>
                        {t.escalations}
                        " · "
                        {move || escalations.with(|list| list.last().map(|record| escalation_summary(t, record)))}
                    </summary>
                    <ul class="escalation-list" aria-label=t.escalations>
                        <For
                            each=move || escalations.get()
                            key=|record| (record.urgency, record.step, record.at.clone())
                            let:record
                        >
                            <li class="escalation" data-testid="thread-escalation">
                                {escalation_summary(t, &record)}
                                " · "
                                <time datetime=record.at.clone()>
                                    {parse_rfc3339_ms(&record.at).map(local_time).unwrap_or_default()}
                                </time>
                            </li>
                        </For>
                    </ul>
                </details>
            </Show>
            <div class="thread-body">
                <div class="thread-main">
                    <ol class="messages" node_ref=list_ref aria-live="polite" aria-label=t.messages>
                        <Show when=move || loading.get()>
                            <li class="messages-note">{t.loading_messages}</li>
                        </Show>
                        <For each=move || messages.get() key=|message| (message.seq, message.id.clone()) let:message>
                            <MessageItem
                                message=message
                                visitor_read=presence.visitor_read
                                deliveries=deliveries
                                conversation_id=id.get_value()
                            />
                        </For>
                    </ol>
                    <p class="typing-line" role="status" data-testid="visitor-typing">
                        {move || presence.visitor_typing.get().then_some(t.visitor_typing)}
                    </p>
                    <form class="composer" on:submit=on_submit>
                        <TemplatePicker picker=picker />
                        <label for="reply-input" class="visually-hidden">{t.reply_label}</label>
                        <textarea
                            node_ref=picker.textarea
                            id="reply-input"
                            data-testid="reply-input"
                            rows="2"
                            maxlength=MAX_MESSAGE_CHARS.to_string()
                            placeholder=t.reply_placeholder
                            disabled=move || hint.get() == ReplyHint::OptedOut
                            aria-describedby="reply-channel-hint reply-hint"
                            aria-autocomplete="list"
                            // Only while the list is there: an id that points nowhere is invalid ARIA.
                            aria-controls=move || picker.is_open().then_some("template-options")
                            aria-activedescendant=move || picker.active_option_id()
                            prop:value=move || draft.get()
                            on:input=move |event| {
                                let value = event_target_value(&event);
                                presence.draft_changed(&value);
                                draft.set(value);
                                picker.follow_draft();
                            }
                            on:keydown=on_keydown
                        ></textarea>
                        <ReplyHintLine channel=channel reply_hint=hint />
                        <WhatsappTemplatePicker
                            rules=channel_rules
                            hint=hint
                            messages=messages
                            deliveries=deliveries
                            conversation_id=id
                        />
                        <div class="composer-actions">
                            <button
                                type="button"
                                class="button secondary templates-button"
                                data-testid="templates-button"
                                aria-haspopup="listbox"
                                aria-expanded=move || picker.is_open().to_string()
                                on:click=move |_| picker.open_search()
                            >
                                {t.templates}
                            </button>
                            <ReplyAttach conversation_id=id.get_value() files=files />
                            <span id="reply-hint" class="hint">
                                {t.reply_hint}
                            </span>
                            <span class="form-error" role="alert" data-testid="reply-error">
                                {move || send_error.get()}
                            </span>
                            <button
                                type="submit"
                                class="button primary"
                                data-testid="reply-send"
                                disabled=move || {
                                    sending.get() || files.uploading.get() || hint.get().blocks_text()
                                        || (draft.with(|draft| draft.trim().is_empty()) && files.is_empty())
                                }
                            >
                                {move || if sending.get() { t.sending } else { t.send }}
                            </button>
                        </div>
                    </form>
                </div>
                <Details conversation_id=id.get_value() meta=meta />
            </div>
        </section>
    }
}
