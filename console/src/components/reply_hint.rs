//! The reply box's line about the channel's rules, shown before staff type: an opted-out
//! patient (the box is disabled and says why), the WhatsApp, Messenger or WeChat window's
//! time left or that it closed, and an SMS draft's encoding and segments. The rules are
//! the domain's (`channels::reply_box`); the edge refuses the same replies with a 409.

use frontdesk_domain::channels::reply_box::{hint, ReplyHint};
use frontdesk_domain::channels::sms::Encoding;
use frontdesk_protocol::{Author, Channel, ChannelRules, InboxEntry, Message};
use leptos::prelude::*;

use crate::components::channel_label;
use crate::i18n::{fill, use_strings, Strings};
use crate::state::Clock;
use crate::timefmt::{parse_rfc3339_ms, span};

/// The hint for the open thread, live: it follows the draft, the clock and each new
/// patient message (which reopens the window, so the thread need not ask the server).
/// `rules_seq` is the newest message the rules were loaded with: messages up to it are
/// already in the rules' `last_patient_message_at`, by the provider's timestamp, which
/// for a late delivery is older than the message's own `sent_at` (when it was stored).
pub fn reply_hint(
    meta: Memo<Option<InboxEntry>>,
    (rules, rules_seq): (RwSignal<Option<ChannelRules>>, RwSignal<u64>),
    messages: RwSignal<Vec<Message>>,
    draft: RwSignal<String>,
) -> Memo<ReplyHint> {
    let clock = expect_context::<Clock>();
    Memo::new(move |_| {
        let channel = meta.with(|meta| meta.as_ref().map_or(Channel::Web, |m| m.channel));
        rules.with(|rules| {
            let Some(rules) = rules else {
                return ReplyHint::None;
            };
            let from_server = rules
                .last_patient_message_at
                .as_deref()
                .and_then(parse_rfc3339_ms);
            let loaded = rules_seq.get();
            let seen_live = messages.with(|list| {
                list.iter()
                    .filter(|message| message.author == Author::Visitor && message.seq > loaded)
                    .filter_map(|message| parse_rfc3339_ms(&message.sent_at))
                    .max()
            });
            let last_patient_ms = from_server.max(seen_live);
            draft.with(|draft| hint(channel, rules, last_patient_ms, draft, clock.now_ms.get()))
        })
    })
}

/// What the line says, or nothing.
pub fn hint_text(t: &Strings, channel: Channel, reply_hint: ReplyHint) -> Option<String> {
    let name = channel_label_static(t, channel);
    Some(match reply_hint {
        ReplyHint::None => return None,
        ReplyHint::OptedOut => t.reply_opted_out.to_owned(),
        ReplyHint::WindowOpen { minutes_left, .. } => {
            fill(t.reply_window_open, &[name, &span(t, minutes_left * 60)])
        }
        ReplyHint::WindowClosed { hours, templates } => {
            let words = if templates {
                t.reply_window_closed_templates
            } else {
                t.reply_window_closed
            };
            fill(words, &[&hours.to_string(), name])
        }
        ReplyHint::Sms(length) => {
            let encoding = match length.encoding {
                Encoding::Gsm7 => "GSM-7",
                Encoding::Ucs2 => "UCS-2",
            };
            fill(
                t.reply_sms_length,
                &[
                    &length.units.to_string(),
                    &length.segments.to_string(),
                    encoding,
                ],
            )
        }
    })
}

/// `channel_label` without the context lookup, so `hint_text` is testable natively.
fn channel_label_static(t: &Strings, channel: Channel) -> &'static str {
    match channel {
        Channel::Web => t.channel_web,
        other => channel_label(other),
    }
}

/// The line under the reply box; `data-kind` says which rule speaks.
#[component]
pub fn ReplyHintLine(channel: Signal<Channel>, reply_hint: Memo<ReplyHint>) -> impl IntoView {
    let t = use_strings();
    let kind = move || match reply_hint.get() {
        ReplyHint::None => "none",
        ReplyHint::OptedOut => "opted-out",
        ReplyHint::WindowOpen { .. } => "window-open",
        ReplyHint::WindowClosed { .. } => "window-closed",
        ReplyHint::Sms(_) => "sms",
    };
    view! {
        <p
            id="reply-channel-hint"
            class="channel-hint"
            class:blocking=move || reply_hint.get().blocks_text()
            data-testid="reply-channel-hint"
            data-kind=kind
            role="status"
        >
            {move || hint_text(t, channel.get(), reply_hint.get())}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, EN};
    use frontdesk_domain::channels::sms::measure;

    #[test]
    fn each_hint_reads_in_words_with_its_numbers() {
        let t = &EN;
        assert_eq!(hint_text(t, Channel::Web, ReplyHint::None), None);
        assert_eq!(
            hint_text(t, Channel::Sms, ReplyHint::Sms(measure(&"a".repeat(161)))).as_deref(),
            Some("161 characters · 2 SMS · GSM-7")
        );
        assert_eq!(
            hint_text(t, Channel::Sms, ReplyHint::Sms(measure("Zoë ☺"))).as_deref(),
            Some("5 characters · 1 SMS · UCS-2")
        );
        let open = ReplyHint::WindowOpen {
            closes_at_ms: 0,
            minutes_left: 23 * 60 + 5,
            hours: 24,
        };
        assert_eq!(
            hint_text(t, Channel::Whatsapp, open).as_deref(),
            Some("WhatsApp reply window: 23 h 05 min left")
        );
        let closed = hint_text(
            t,
            Channel::Whatsapp,
            ReplyHint::WindowClosed {
                hours: 24,
                templates: true,
            },
        );
        assert!(closed
            .as_deref()
            .is_some_and(|s| s.contains("24-hour WhatsApp") && s.contains("template")));
        let wechat = hint_text(
            t,
            Channel::Wechat,
            ReplyHint::WindowClosed {
                hours: 48,
                templates: false,
            },
        );
        assert!(wechat
            .as_deref()
            .is_some_and(|s| s.contains("48-hour WeChat")));
        assert!(hint_text(t, Channel::Sms, ReplyHint::OptedOut).is_some_and(|s| s.contains("STOP")));
        // Every language fills the same numbers in.
        for lang in Lang::ALL {
            let text = hint_text(
                Strings::of(lang),
                Channel::Sms,
                ReplyHint::Sms(measure(&"a".repeat(161))),
            );
            assert!(text.is_some_and(|s| s.contains("161") && s.contains("GSM-7")));
        }
    }
}
