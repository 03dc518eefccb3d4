//! A patient's message from a provider's webhook: opt-out keywords, its conversation (by
//! compare-and-swap on the address's thread), the web message's path and its automatic
//! replies queued for the channel; its files queued for `channel_media`.

use frontdesk_domain::channels::{sms, InboundMessage, PatientAddress};
use frontdesk_domain::text::MessageText;
use frontdesk_domain::verified_identity::Known;
use frontdesk_protocol::{Channel, VisitorIdentity};
use sha2::{Digest, Sha256};
use worker::Env;

use super::visitor::{self, Inbound};
use crate::channel_send::{self, Callback};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::jobs::{self, MediaJob};
use crate::store::channels::{self as channel_store};
use crate::{store, time};

/// redelivery, so the conversation object stores it once.
pub(crate) fn client_msg_id(channel: Channel, provider_message_id: &str) -> String {
    let digest = Sha256::digest(format!("{}:{provider_message_id}", channel.as_str()));
    let hex = hex::encode(&digest[..16]);
    format!(
        "{}-{}-5{}-8{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

/// A patient's message: opt-out keywords, its conversation, the web message's path, and
/// its automatic replies queued for the channel.
pub(super) async fn receive(
    req: &Request,
    env: &Env,
    clinic: &store::clinics::Clinic,
    message: InboundMessage,
    callback: &Callback,
) -> AppResult<()> {
    let config = &clinic.config;
    let channel = message.channel();
    let address = message.from.as_str().to_owned();
    let now = time::now_rfc3339();
    // Keywords are SMS's (carriers act on them); on WhatsApp "stop" is just a word.
    let keyword = match channel {
        Channel::Sms => sms::keyword(&message.text),
        _ => None,
    };
    match keyword {
        Some(sms::Keyword::OptOut) => {
            let keyword = message.text.trim().to_uppercase();
            channel_store::set_opt_out(env, &config.id, channel, &address, Some(&keyword), &now)
                .await?
        }
        Some(sms::Keyword::OptIn) => {
            channel_store::set_opt_out(env, &config.id, channel, &address, None, &now).await?
        }
        _ => {}
    }
    let provider_id = message.provider_message_id.as_str();
    let record = channel_store::InboundRecord {
        clinic_id: &config.id,
        channel,
        provider_message_id: provider_id,
        address: &address,
        sent_at_ms: message.sent_at_ms,
        now: &now,
    };
    // Most messages continue an open conversation: one round trip records them.
    let conversation_id = match channel_store::record_inbound_on_open_thread(env, &record).await? {
        Some(conversation_id) => conversation_id,
        None => match channel_store::inbound_seen(env, &config.id, channel, provider_id).await? {
            Some(seen) => seen,
            None => {
                let phone = message.from.phone_number();
                let phone = phone.as_ref().map(|number| number.as_str());
                let (current, _) =
                    current_conversation(env, &config.id, channel, &address, phone, &now).await?;
                channel_store::record_inbound(env, &record, &current).await?
            }
        },
    };
    let conversation = conversation_id;
    // Its media is fetched by the queue (`channel_media`), each item a message of its own.
    for job in MediaJob::for_message(&config.id, conversation.as_str(), &message) {
        jobs::enqueue(env, &job).await?;
    }
    let Some(text) = readable_text(&message) else {
        return Ok(());
    };
    let text = MessageText::parse(text)
        .map_err(|_| AppError::invalid_webhook("The message text can't be stored."))?;
    let inbound = Inbound {
        // STOP, START and HELP are for the carrier and us, not a question to answer.
        bot_may_answer: keyword.is_none(),
        // Never the caller's country: that is the provider's data centre.
        country: Some(
            emergency_country(&message.from).map_or_else(|| config.country.clone(), str::to_owned),
        ),
        ..Inbound::chat(clinic, client_msg_id(channel, provider_id), text)
    };
    let (_, accepted) = visitor::accept(Some(req), env, clinic, &conversation, inbound).await?;
    for reply in &accepted.auto_replies {
        channel_send::queue(
            env,
            &config.id,
            &conversation,
            reply.seq,
            &message.from,
            callback,
        )
        .await?;
    }
    Ok(())
}

/// The country whose emergency number serves the patient's phone (an SMS number, a
/// WhatsApp id, which is one), if it shows one.
fn emergency_country(from: &PatientAddress) -> Option<&'static str> {
    from.phone_number()
        .and_then(|number| number.emergency_country())
}

/// The text to store, if any: a message of only fetched media has none (each item comes
/// as its own message); one with media this edge doesn't fetch says how many came, so
/// staff see that something did.
fn readable_text(message: &InboundMessage) -> Option<String> {
    let text: String = message
        .text
        .chars()
        .map(|c| {
            if c.is_control() && !matches!(c, '\n' | '\t' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let not_fetched = message.media.iter().filter(|m| !m.is_fetched()).count();
    if !text.trim().is_empty() {
        Some(text)
    } else if message.media.is_empty() || not_fetched > 0 {
        Some(format!(
            "[{not_fetched} attachment(s): open them in the provider's console]"
        ))
    } else {
        None
    }
}

/// The address's open conversation, or a new one (see the module doc for when), and
/// whether this call made it. Staff starting a conversation (`routes::outreach`) go
/// through here too, so the patient's reply finds the same one.
pub(in crate::routes) async fn current_conversation(
    env: &Env,
    clinic_id: &str,
    channel: Channel,
    address: &str,
    phone: Option<&str>,
    now: &str,
) -> AppResult<(ConversationId, bool)> {
    let current = channel_store::current_thread(env, clinic_id, channel, address).await?;
    if let Some((id, false)) = &current {
        return Ok((id.clone(), false));
    }
    let id = crate::ids::new_conversation_id()?;
    // Staff see the number to call on channels addressed by one (SMS, WhatsApp).
    // The number is the provider's word, not a verification the patient made: stated.
    let visitor = Known {
        visitor: VisitorIdentity {
            phone: phone.map(str::to_owned),
            ..VisitorIdentity::default()
        },
        proofs: Default::default(),
    };
    store::inbox::insert_conversation(env, id.as_str(), clinic_id, now, None, None, &visitor)
        .await?;
    channel_store::set_channel(env, &id, channel, address).await?;
    let expected = current.as_ref().map(|(id, _)| id);
    if channel_store::swap_thread(env, clinic_id, channel, address, expected, &id).await? {
        return Ok((id, true));
    }
    // Another message from this address started one first: join it. Ours stays empty,
    // which the inbox never lists.
    channel_store::current_thread(env, clinic_id, channel, address)
        .await?
        .map(|(id, _)| (id, false))
        .ok_or_else(|| AppError::internal("channel thread", "vanished after a lost swap"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_provider_message_has_one_uuid_shaped_key() {
        let key = client_msg_id(Channel::Sms, "SM0123");
        assert_eq!(key, client_msg_id(Channel::Sms, "SM0123"));
        assert_ne!(key, client_msg_id(Channel::Sms, "SM0124"));
        assert!(frontdesk_domain::text::is_uuid(&key), "{key}");
    }
}
