//! Inbound provider webhooks: `POST /v1/channels/{clinic}/twilio` (SMS and its status
//! callbacks) and `GET`/`POST /v1/channels/{clinic}/whatsapp`, `/messenger`, `/wechat`
//! and `/x` (the provider's handshake: Meta's verification, WeChat's `echostr`, X's CRC;
//! then messages, and statuses where the provider sends them). The signature is checked
//! first, by the domain's adapter; nothing is read or stored from a request that fails it. A patient's message then takes the web
//! message's path (`visitor::accept`: triage, automatic reply, inbox, SLA, escalation),
//! and its automatic replies leave through the queue (`channel_send`).
//!
//! Which conversation a message joins: the address's current conversation while it is
//! not resolved; after it is resolved (or erased), the next message starts a new one, so
//! each conversation is one episode with its own triage, SLA and survey. The old ones
//! stay in the patient's history (same phone number).

use frontdesk_domain::channels::failure_words::describe;
use frontdesk_domain::channels::{
    meta, sms, wechat, x, ChannelAdapter, HttpMethod, InboundEvent, InboundMessage, PatientAddress,
    StatusTarget, StatusUpdate, WebhookError, WebhookRequest,
};
use frontdesk_domain::text::MessageText;
use frontdesk_domain::verified_identity::Known;
use frontdesk_domain::ClinicConfig;
use frontdesk_protocol::{Channel, VisitorIdentity, MAX_BODY_BYTES};
use sha2::{Digest, Sha256};
use worker::{Env, Headers, Response};

use super::visitor::{self, Inbound};
use crate::channel_send::{self, delivery_state, Callback};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::jobs::{self, MediaJob};
use crate::params::query;
use crate::store::channels::{self as channel_store, DeliveryUpdate};
use crate::{delivery_marks, store, time, wechat_safe};

/// Twilio's expected answer to a message webhook: TwiML that sends nothing back.
const EMPTY_TWIML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

/// `POST /v1/channels/{clinic}/twilio`.
pub async fn twilio(req: &mut Request, env: &Env, clinic_id: &str) -> AppResult<Response> {
    let clinic = store::clinics::clinic(env, clinic_id)
        .await?
        .ok_or_else(AppError::unknown_clinic)?;
    let config = &clinic.config;
    let sms_config = config.channels.sms.as_ref().ok_or_else(|| {
        AppError::channel_not_enabled(
            "This clinic has no SMS channel: add [channels.sms] to its configuration.",
        )
    })?;
    let adapter = channel_send::twilio(env, sms_config, None)?;
    let body = read_body(req).await?;
    let url = signed_url(req, config)?;
    let events = verified_events(
        req,
        &adapter,
        &url,
        &body,
        Some(frontdesk_domain::channels::twilio::SIGNATURE_HEADER),
        (
            "The X-Twilio-Signature is missing or does not match this URL and body.",
            "The signed body is not a Twilio message or status callback.",
        ),
    )?;
    let callback = Callback::for_request(req, config)?;
    for event in events {
        match event {
            InboundEvent::Message(message) => {
                receive(req, env, &clinic, message, &callback).await?
            }
            InboundEvent::Status(update) => status(req, env, config, &update).await?,
        }
    }
    let headers = Headers::new();
    let _ = headers.set("Content-Type", "text/xml; charset=utf-8");
    Ok(Response::ok(EMPTY_TWIML)?.with_headers(headers))
}

/// How a provider signs and what the edge answers it, in the provider's terms.
struct Provider {
    /// The header the signature comes in; `None` where it is in the query (WeChat).
    signature_header: Option<&'static str>,
    /// Why a handshake is refused (403).
    handshake_refused: &'static str,
    /// Why a webhook is refused for its signature (403).
    signature_refused: &'static str,
    /// A signed body that is not this provider's webhook (400).
    unreadable: &'static str,
}

fn provider(channel: Channel) -> Provider {
    match channel {
        Channel::Wechat => Provider {
            signature_header: None,
            handshake_refused: "The handshake needs echostr, and a signature (SHA1 of the \
                                clinic's token, timestamp and nonce) that matches.",
            signature_refused: "The signature in the query is missing or does not match the \
                                clinic's token, timestamp and nonce.",
            unreadable: "The signed body is not a WeChat XML message.",
        },
        Channel::X => Provider {
            signature_header: Some(x::SIGNATURE_HEADER),
            handshake_refused: "The CRC check needs a crc_token.",
            signature_refused: "The x-twitter-webhooks-signature is missing or does not match \
                                this body and the consumer secret.",
            unreadable: "The signed body is not an Account Activity webhook.",
        },
        // WhatsApp and Messenger.
        _ => Provider {
            signature_header: Some(meta::SIGNATURE_HEADER),
            handshake_refused: "The handshake needs hub.mode=subscribe, hub.challenge and the \
                                clinic's hub.verify_token.",
            signature_refused: "The X-Hub-Signature-256 is missing or does not match this body \
                                and the app secret.",
            unreadable: "The signed body is not a webhook of this Meta channel.",
        },
    }
}

/// The clinic and its adapter on a channel with a GET handshake (WhatsApp, Messenger,
/// WeChat, X) with the clinic's account there (phone number id, page id, official account
/// id, X user id), or 404 when the channel is off.
async fn channel_clinic(
    env: &Env,
    clinic_id: &str,
    channel: Channel,
) -> AppResult<(
    std::rc::Rc<store::clinics::Clinic>,
    Box<dyn ChannelAdapter>,
    String,
)> {
    let clinic = store::clinics::clinic(env, clinic_id)
        .await?
        .ok_or_else(AppError::unknown_clinic)?;
    let channels = &clinic.config.channels;
    let off = || {
        AppError::channel_not_enabled(format!(
            "This clinic has no {0} channel: add [channels.{0}] to its configuration.",
            channel.as_str()
        ))
    };
    let (adapter, account): (Box<dyn ChannelAdapter>, String) = match channel {
        Channel::Whatsapp => {
            let config = channels.whatsapp.as_ref().ok_or_else(off)?;
            (
                Box::new(channel_send::whatsapp(env, config)?),
                config.phone_number_id.clone(),
            )
        }
        Channel::Messenger => {
            let config = channels.messenger.as_ref().ok_or_else(off)?;
            (
                Box::new(channel_send::messenger(env, config)?),
                config.page_id.clone(),
            )
        }
        Channel::Wechat => {
            let config = channels.wechat.as_ref().ok_or_else(off)?;
            (
                // Receiving needs no access token: only sending does.
                Box::new(channel_send::wechat(env, config, None)?),
                config.official_account_id.clone(),
            )
        }
        Channel::X => {
            let config = channels.x.as_ref().ok_or_else(off)?;
            (
                Box::new(channel_send::x(env, config)?),
                config.account_id.clone(),
            )
        }
        Channel::Web | Channel::Sms => return Err(off()),
    };
    Ok((clinic, adapter, account))
}

/// `GET /v1/channels/{clinic}/whatsapp`, `/messenger`, `/wechat` and `/x`: the provider's
/// handshake, answered as the adapter says (Meta's `hub.challenge`, WeChat's `echostr`,
/// X's CRC `response_token`); anything not verified gets 403 and no echo.
pub async fn handshake(
    req: &Request,
    env: &Env,
    clinic_id: &str,
    channel: Channel,
) -> AppResult<Response> {
    let (_, adapter, _) = channel_clinic(env, clinic_id, channel).await?;
    let url = req
        .url()
        .map_err(|e| AppError::internal("request url", e))?;
    let request = WebhookRequest {
        method: HttpMethod::Get,
        url: url.as_str(),
        headers: &[],
        body: b"",
    };
    let reply = adapter
        .handshake(&request)
        .map_err(|error| AppError::forbidden(error.code(), provider(channel).handshake_refused))?;
    let headers = Headers::new();
    let _ = headers.set(
        "Content-Type",
        &format!("{}; charset=utf-8", reply.content_type),
    );
    Ok(Response::ok(reply.body)?.with_headers(headers))
}

/// `POST /v1/channels/{clinic}/whatsapp`, `/messenger`, `/wechat` and `/x`: patients'
/// messages and our messages' statuses. Providers want an answer quickly (WeChat within
/// 5 s); the replies go through the queue.
pub async fn webhook(
    req: &mut Request,
    env: &Env,
    clinic_id: &str,
    channel: Channel,
) -> AppResult<Response> {
    let (clinic, adapter, account) = channel_clinic(env, clinic_id, channel).await?;
    let body = read_body(req).await?;
    let url = req
        .url()
        .map_err(|e| AppError::internal("request url", e))?;
    // A WeChat account in safe mode: the push opened first, by its own signature.
    let body = match (channel, &clinic.config.channels.wechat) {
        (Channel::Wechat, Some(wechat)) => wechat_safe::open(env, wechat, url.as_str(), &body)
            .await?
            .unwrap_or(body),
        _ => body,
    };
    let provider = provider(channel);
    let events = verified_events(
        req,
        adapter.as_ref(),
        url.as_str(),
        &body,
        provider.signature_header,
        (provider.signature_refused, provider.unreadable),
    )?;
    let callback = Callback::for_request(req, &clinic.config)?;
    for event in events {
        match event {
            InboundEvent::Message(message) => {
                // Another number's, page's or account's webhook (one app, several): not ours.
                if message.clinic_account != account {
                    continue;
                }
                receive(req, env, &clinic, message, &callback).await?
            }
            InboundEvent::Status(update) => {
                status_by_provider_id(env, &clinic.config, channel, &update).await?
            }
        }
    }
    if channel == Channel::Wechat {
        // WeChat retries anything but an empty body or `success`.
        let headers = Headers::new();
        let _ = headers.set("Content-Type", "text/plain; charset=utf-8");
        return Ok(Response::ok(wechat::ACK_BODY)?.with_headers(headers));
    }
    Ok(Response::from_json(&serde_json::json!({ "ok": true }))?)
}

/// A status naming only the provider's message id (WhatsApp, X, Messenger's `mids`):
/// finds the message by it; one we never sent (or whose send answer isn't stored yet)
/// changes nothing. Messenger's receipts by watermark go to `delivery_marks::up_to`.
async fn status_by_provider_id(
    env: &Env,
    config: &ClinicConfig,
    channel: Channel,
    update: &StatusUpdate,
) -> AppResult<()> {
    let provider_id = match &update.target {
        StatusTarget::Message(provider_id) => provider_id,
        StatusTarget::UpTo {
            recipient,
            watermark_ms,
        } => {
            return delivery_marks::up_to(env, &config.id, recipient, *watermark_ms, update.state)
                .await
        }
    };
    let Some((conversation_id, seq)) =
        channel_store::outbound_by_provider_id(env, &config.id, channel, provider_id.as_str())
            .await?
    else {
        return Ok(());
    };
    // Found by the provider's id, which only the current attempt holds.
    let target = Target {
        conversation_id: &conversation_id,
        seq,
        channel,
        attempt: None,
    };
    apply_status(env, &config.id, &target, update).await
}

/// The outbound message a status is about.
struct Target<'a> {
    conversation_id: &'a str,
    seq: u64,
    channel: Channel,
    /// The send attempt the status names, when it names one (Twilio's callback URL).
    attempt: Option<u32>,
}

/// Moves the message's delivery as the status says (forward only: see the store).
async fn apply_status(
    env: &Env,
    clinic_id: &str,
    target: &Target<'_>,
    update: &StatusUpdate,
) -> AppResult<()> {
    let Target {
        conversation_id,
        seq,
        channel,
        attempt,
    } = *target;
    let StatusTarget::Message(provider_id) = &update.target else {
        return Ok(());
    };
    let reason = update
        .failure
        .as_ref()
        .map(|failure| describe(channel, failure));
    delivery_marks::mark(
        env,
        &DeliveryUpdate {
            clinic_id,
            conversation_id,
            seq,
            status: delivery_state(update.state),
            provider_message_id: Some(provider_id.as_str()),
            reason: reason.as_deref(),
            now: &time::now_rfc3339(),
            attempt,
            handed_at_ms: None,
        },
    )
    .await?;
    Ok(())
}

/// The webhook's events once its signature (in `header`, else in the URL's query)
/// checks out: 403 when it doesn't, 400 when the signed body can't be read; `wording`
/// says each in the provider's terms.
fn verified_events(
    req: &Request,
    adapter: &dyn ChannelAdapter,
    url: &str,
    body: &[u8],
    header: Option<&'static str>,
    wording: (&'static str, &'static str),
) -> AppResult<Vec<InboundEvent>> {
    let headers: Vec<(String, String)> = header
        .and_then(|header| {
            let value = req.headers().get(header).ok().flatten()?;
            Some(vec![(header.to_owned(), value)])
        })
        .unwrap_or_default();
    let webhook = WebhookRequest {
        method: HttpMethod::Post,
        url,
        headers: &headers,
        body,
    };
    adapter.receive(&webhook).map_err(|error| match error {
        WebhookError::Verify(error) => AppError::forbidden(error.code(), wording.0),
        WebhookError::Parse(_) => AppError::invalid_webhook(wording.1),
    })
}

/// The body, within the API's size limit. Its content type is not checked first: the
/// signature covers the form parameters, so anything else fails it with 403.
async fn read_body(req: &mut Request) -> AppResult<Vec<u8>> {
    let body = req.bytes().await.map_err(|_| AppError::unreadable_body())?;
    if body.len() > MAX_BODY_BYTES {
        return Err(AppError::body_too_large());
    }
    Ok(body)
}

/// The URL Twilio signed: the clinic's public base URL with this path and query in
/// production, the request's own URL in dev.
fn signed_url(req: &Request, config: &ClinicConfig) -> AppResult<String> {
    let url = req
        .url()
        .map_err(|e| AppError::internal("request url", e))?;
    Ok(match &config.channels.public_base_url {
        Some(base) => {
            let query = url.query().map(|q| format!("?{q}")).unwrap_or_default();
            format!("{base}{}{query}", url.path())
        }
        None => url.to_string(),
    })
}

/// The `client_msg_id` a provider message is stored under: the same for every
/// redelivery, so the conversation object stores it once.
pub(crate) fn client_msg_id(channel: Channel, provider_message_id: &str) -> String {
    let digest = Sha256::digest(format!("{}:{provider_message_id}", channel.as_str()));
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
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
async fn receive(
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
    let mut record = channel_store::InboundRecord {
        clinic_id: &config.id,
        channel,
        provider_message_id: provider_id,
        conversation_id: "",
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
                record.conversation_id = &current;
                channel_store::record_inbound(env, &record).await?
            }
        },
    };
    let conversation = ConversationId::parse(&conversation_id)
        .ok_or_else(|| AppError::internal("channel thread", "malformed conversation id"))?;
    // Its media is fetched by the queue (`channel_media`), each item a message of its own.
    for job in MediaJob::for_message(&config.id, &conversation_id, &message) {
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
            &conversation_id,
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
pub(super) async fn current_conversation(
    env: &Env,
    clinic_id: &str,
    channel: Channel,
    address: &str,
    phone: Option<&str>,
    now: &str,
) -> AppResult<(String, bool)> {
    let current = channel_store::current_thread(env, clinic_id, channel, address).await?;
    if let Some((id, false)) = &current {
        return Ok((id.clone(), false));
    }
    let id = crate::ids::new_conversation_id()?.into_string();
    // Staff see the number to call on channels addressed by one (SMS, WhatsApp).
    // The number is the provider's word, not a verification the patient made: stated.
    let visitor = Known {
        visitor: VisitorIdentity {
            phone: phone.map(str::to_owned),
            ..VisitorIdentity::default()
        },
        proofs: Default::default(),
    };
    store::inbox::insert_conversation(env, &id, clinic_id, now, None, None, &visitor).await?;
    channel_store::set_channel(env, &id, channel, address).await?;
    let expected = current.as_ref().map(|(id, _)| id.as_str());
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

/// A delivery status callback: by the message named in the callback URL (sent with the
/// message, so it works even before the send's answer was stored), else by its sid.
async fn status(
    req: &Request,
    env: &Env,
    config: &ClinicConfig,
    update: &StatusUpdate,
) -> AppResult<()> {
    let conversation_id = query(req, "conversation");
    let seq = query(req, "seq").and_then(|raw| raw.parse::<u64>().ok());
    let (Some(conversation_id), Some(seq)) = (conversation_id, seq) else {
        // A callback we didn't ask for (e.g. set in Twilio's console): nothing to update.
        return Ok(());
    };
    // A resend's callbacks name its attempt; the first send's name none.
    let attempt = match query(req, "attempt") {
        Some(raw) => match raw.parse::<u32>() {
            Ok(attempt) => attempt,
            Err(_) => return Ok(()),
        },
        None => 1,
    };
    let target = Target {
        conversation_id: &conversation_id,
        seq,
        channel: Channel::Sms,
        attempt: Some(attempt),
    };
    apply_status(env, &config.id, &target, update).await
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
