//! One message in the thread: its text, files, author, time, and whether the visitor has
//! seen it or the channel delivered it.

use frontdesk_protocol::{Author, Message};
use leptos::prelude::*;

use crate::{
    components::{
        attachments::MessageFiles,
        delivery::{Deliveries, DeliveryMark},
        local_date_time, local_time,
    },
    i18n::{use_strings, Strings},
    timefmt::parse_rfc3339_ms,
};

fn author_label(t: &Strings, message: &Message) -> String {
    match message.author {
        Author::Visitor => t.author_visitor.to_string(),
        Author::Staff => message
            .author_name
            .clone()
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| t.author_staff.to_string()),
        Author::Bot => t.author_assistant.to_string(),
        Author::System => t.author_system.to_string(),
    }
}

/// One message; a staff message the visitor has read (`visitor_read`) says "Seen".
#[component]
pub fn MessageItem(
    message: Message,
    visitor_read: RwSignal<u64>,
    deliveries: Deliveries,
    conversation_id: String,
) -> impl IntoView {
    let t = use_strings();
    let sent_ms = parse_rfc3339_ms(&message.sent_at);
    let time = sent_ms.map(local_time).unwrap_or_default();
    let full_time = sent_ms.map(local_date_time).unwrap_or_default();
    let author = message.author.as_str();
    let label = author_label(t, &message);
    let (seq, staff) = (message.seq, message.author == Author::Staff);
    let seen = move || {
        (staff && visitor_read.get() >= seq).then(|| {
            view! {
                " · "
                <span class="message-seen" data-testid="message-seen">
                    {t.seen}
                </span>
            }
        })
    };
    view! {
        <li
            class=format!("message message-{author}")
            data-testid="thread-message"
            data-author=author
            data-seq=message.seq.to_string()
        >
            // Text is set as a text node, never parsed as HTML: visitor input is untrusted.
            <p class="message-text">{message.text}</p>
            {(!message.attachments.is_empty())
                .then(|| view! { <MessageFiles conversation_id attachments=message.attachments /> })}
            <p class="message-meta">
                <span class="message-author">{label}</span>
                " · "
                <time datetime=message.sent_at title=full_time>
                    {time}
                </time>
                {seen}
                <DeliveryMark seq=seq deliveries=deliveries />
            </p>
        </li>
    }
}
