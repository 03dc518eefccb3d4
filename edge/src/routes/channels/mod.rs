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
//!
//! Here the webhook's front (the handshake, the signature, the events); a patient's
//! message is `inbound.rs`, a delivery status `statuses.rs`.

mod inbound;
mod statuses;

pub(crate) use inbound::client_msg_id;
pub(super) use inbound::current_conversation;
use inbound::receive;
use statuses::{status, status_by_provider_id};

use frontdesk_domain::channels::{
    meta, wechat, x, ChannelAdapter, HttpMethod, InboundEvent, WebhookError, WebhookRequest,
};
use frontdesk_domain::ClinicConfig;
use frontdesk_protocol::{Channel, MAX_BODY_BYTES};
use worker::{Env, Headers, Response};

use super::visitor;
use crate::channel_send::{self, Callback};
use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::{store, wechat_safe};

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
