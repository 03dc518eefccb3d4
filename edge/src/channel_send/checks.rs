//! What a platform refuses before a reply or a resend is stored: an opted-out patient,
//! text over the platform's limit, free text outside its reply window, a template where
//! the channel has none.

use frontdesk_domain::channels::meta::messenger;
use frontdesk_domain::channels::meta::whatsapp;
use frontdesk_domain::channels::twilio::MAX_BODY_CHARS;
use frontdesk_domain::channels::wechat;
use frontdesk_domain::channels::x;
use frontdesk_domain::channels::{
    DeliveryState, OutboundContent, PatientAddress, Platform, TemplateMessage, TextLimit,
};
use frontdesk_protocol::{Channel, DeliveryStatus};
use worker::Env;

use super::queue::read_template;
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::store::channels::{self as channel_store};
use crate::time;

/// The rules of the platform a channel's replies go out on; `None` on the web.
pub fn platform(channel: Channel) -> Option<Platform> {
    Some(match channel {
        Channel::Web | Channel::Sms => return None,
        Channel::Whatsapp => whatsapp::PLATFORM,
        Channel::Messenger => messenger::PLATFORM,
        Channel::Wechat => wechat::PLATFORM,
        Channel::X => x::PLATFORM,
    })
}

/// What staff can do when a platform's reply window has closed.
fn window_advice(channel: Channel) -> &'static str {
    match channel {
        Channel::Whatsapp => {
            "WhatsApp allows free text only within 24 hours of the patient's last message. \
             Send an approved template instead (the `whatsapp_template` field of this call)."
        }
        Channel::Wechat => {
            "WeChat allows customer-service messages only within 48 hours of the patient's \
             last message. Wait for the patient to write again, or reach them another way."
        }
        _ => {
            "Messenger allows free text only within 24 hours of the patient's last message. \
             Wait for the patient to write again, or reach them another way."
        }
    }
}

/// The wire status of a domain delivery state.
pub fn delivery_state(state: DeliveryState) -> DeliveryStatus {
    state.status()
}

/// Before a resend: refuses (409) what the platform would refuse now, as for a new reply:
/// a patient who opted out since, or free text once the reply window has closed (a
/// stored template may still go on WhatsApp).
pub async fn check_resend(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    row: &channel_store::Outbound,
) -> AppResult<()> {
    let endpoint = channel_store::endpoint(env, clinic_id, conversation_id).await?;
    if endpoint.is_some_and(|e| e.opted_out) {
        return Err(AppError::recipient_opted_out(
            "This patient texted STOP, so nothing more goes out by SMS until they text START.",
        ));
    }
    let Some(window) = platform(row.channel).and_then(|p| p.service_window) else {
        return Ok(());
    };
    let content = match row.template.as_deref().and_then(read_template) {
        Some((template, _)) => OutboundContent::Template(template),
        None => OutboundContent::Text(String::new()),
    };
    let last = channel_store::last_inbound_ms(env, clinic_id, row.channel, &row.address).await?;
    window
        .allows(&content, last, time::now().timestamp_millis())
        .map_err(|refusal| AppError::new(409, refusal.code(), window_advice(row.channel)))
}

/// Where a staff reply goes: the patient's address on an external channel, and the
/// approved template it goes out as (WhatsApp only).
#[derive(Debug, Clone)]
pub struct ChannelReply {
    pub to: PatientAddress,
    pub template: Option<TemplateMessage>,
}

/// Before a staff reply is stored: where it goes on an external channel, or `None` on
/// the web. Refuses (409) what the platform would refuse: a patient who opted out, free
/// text outside WhatsApp's 24-hour window; (422) text over the platform's length or a
/// template where the channel has none.
pub async fn check_staff_reply(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    text: &str,
    template: Option<TemplateMessage>,
) -> AppResult<Option<ChannelReply>> {
    let endpoint = channel_store::endpoint(env, clinic_id, conversation_id).await?;
    check_reply_to(env, clinic_id, endpoint, text, template).await
}

/// `check_staff_reply` for an endpoint already read (`None`: no such conversation).
pub async fn check_reply_to(
    env: &Env,
    clinic_id: &str,
    endpoint: Option<channel_store::Endpoint>,
    text: &str,
    template: Option<TemplateMessage>,
) -> AppResult<Option<ChannelReply>> {
    let address = endpoint.as_ref().and_then(|e| {
        let raw = e.address.as_deref()?;
        PatientAddress::parse(e.channel, raw).and_then(Result::ok)
    });
    let (Some(endpoint), Some(to)) = (endpoint, address) else {
        return match template {
            Some(_) => Err(template_not_here()),
            None => Ok(None),
        };
    };
    match endpoint.channel {
        Channel::Sms => {
            if template.is_some() {
                return Err(template_not_here());
            }
            if endpoint.opted_out {
                return Err(AppError::recipient_opted_out(
                    "This patient texted STOP, so SMS replies are refused until they text START. \
                     Reach them another way (call the number shown).",
                ));
            }
            if too_long(TextLimit::Chars(MAX_BODY_CHARS), text) {
                return Err(AppError::text_too_long_for_channel(format!(
                    "An SMS reply can be at most {MAX_BODY_CHARS} characters."
                )));
            }
        }
        channel => {
            // The web has no platform rules: the reply stays in the thread only.
            let Some(platform) = platform(channel) else {
                return Ok(None);
            };
            let content = match &template {
                Some(_) if !platform.templates => return Err(template_not_here()),
                Some(template) => {
                    whatsapp::check_template(template).map_err(AppError::invalid_template)?;
                    OutboundContent::Template(template.clone())
                }
                None => OutboundContent::Text(text.to_owned()),
            };
            if too_long(platform.text_limit, text) {
                let unit = match platform.text_limit {
                    TextLimit::Chars(_) => "characters",
                    TextLimit::Bytes(_) => "bytes of UTF-8",
                };
                return Err(AppError::text_too_long_for_channel(format!(
                    "A {} message can be at most {} {unit}.",
                    channel.as_str(),
                    platform.text_limit.max()
                )));
            }
            if let Some(window) = platform.service_window {
                let last =
                    channel_store::last_inbound_ms(env, clinic_id, channel, to.as_str()).await?;
                window
                    .allows(&content, last, time::now().timestamp_millis())
                    .map_err(|refusal| {
                        AppError::new(409, refusal.code(), window_advice(channel))
                    })?;
            }
        }
    }
    Ok(Some(ChannelReply { to, template }))
}

/// Whether `text` is over the channel's limit. Empty text passes: the reply's check
/// allowed it, so it carries files (which `routes::attachments::link_reply` checks).
fn too_long(limit: TextLimit, text: &str) -> bool {
    !text.is_empty() && limit.check(text).is_err()
}

fn template_not_here() -> AppError {
    AppError::invalid(
        "template_not_supported",
        "Templates go out on WhatsApp conversations only.",
    )
}
