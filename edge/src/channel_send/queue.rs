//! A channel message into the outbox and onto the queue: the status callback's URL, a
//! staff reply, a survey invitation or a resend queued as a send job, and an approved
//! template stored with its message (read back when it is sent).

use frontdesk_domain::channels::{OutboundContent, PatientAddress, TemplateMessage};
use frontdesk_domain::survey_channel::{self, SurveySend};
use frontdesk_domain::ClinicConfig;
use frontdesk_protocol::Channel;
use worker::Env;

use super::checks::{platform, ChannelReply};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::jobs::{self, Job, SendJob};
use crate::store::channels::{self as channel_store};
use crate::{store, time};

/// Where status callbacks go: the clinic's public base URL, else (dev) this request's
/// own origin, which is where the provider reached us.
#[derive(Debug, Clone)]
pub struct Callback {
    base: String,
}

impl Callback {
    pub fn for_request(req: &Request, config: &ClinicConfig) -> AppResult<Callback> {
        let base = match &config.channels.public_base_url {
            Some(base) => base.clone(),
            None => {
                let url = req
                    .url()
                    .map_err(|e| AppError::internal("request url", e))?;
                url.origin().ascii_serialization()
            }
        };
        Ok(Callback { base })
    }

    /// A callback base stored earlier (the survey round has no request of its own).
    pub fn from_base(base: String) -> Callback {
        Callback { base }
    }

    /// The base: the clinic's public base URL, or the origin the request reached.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The callback URL of one message: it names the message, so a status that arrives
    /// before the send's answer is stored still finds it, and a resend's attempt, so the
    /// earlier attempt's late statuses don't land on it.
    fn url(
        &self,
        clinic_id: &str,
        conversation_id: &ConversationId,
        seq: u64,
        attempt: u32,
    ) -> String {
        let attempt = if attempt > 1 {
            format!("&attempt={attempt}")
        } else {
            String::new()
        };
        format!(
            "{}/v1/channels/{clinic_id}/twilio?conversation={conversation_id}&seq={seq}{attempt}",
            self.base
        )
    }
}

/// Queues message `seq` of the conversation for delivery to `to` (once: a second call
/// for the same message only enqueues a job that finds it already handled).
pub async fn queue(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    seq: u64,
    to: &PatientAddress,
    callback: &Callback,
) -> AppResult<()> {
    queue_as(env, clinic_id, conversation_id, seq, to, None, callback).await
}

/// [`queue`], going out as an approved template when one is given (as `template_json`
/// stores it).
async fn queue_as(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    seq: u64,
    to: &PatientAddress,
    template: Option<String>,
    callback: &Callback,
) -> AppResult<()> {
    channel_store::queue_outbound(
        env,
        &channel_store::OutboundRecord {
            clinic_id,
            channel: to.channel(),
            conversation_id: conversation_id.as_str(),
            seq,
            address: to.as_str(),
            template: template.as_deref(),
            now: &time::now_rfc3339(),
        },
    )
    .await?;
    enqueue(env, clinic_id, conversation_id, seq, 1, callback).await
}

/// Queues the job that makes send number `attempt` of message `seq`.
async fn enqueue(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    seq: u64,
    attempt: u32,
    callback: &Callback,
) -> AppResult<()> {
    jobs::enqueue(
        env,
        &Job::ChannelSend(SendJob {
            clinic_id: clinic_id.to_owned(),
            conversation_id: conversation_id.as_str().to_owned(),
            seq,
            status_callback: callback.url(clinic_id, conversation_id, seq, attempt),
            attempt,
        }),
    )
    .await
}

/// Staff asked to send failed message `seq` once more, as send number `attempt`: moves
/// it back to `queued` (only from the failed attempt before, so asking twice sends once)
/// and queues its job. Returns whether this call made the resend.
pub async fn resend(
    req: &Request,
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    seq: u64,
    attempt: u32,
    failed_reason: Option<&str>,
) -> AppResult<bool> {
    let now = time::now_rfc3339();
    if !channel_store::resend(env, clinic_id, conversation_id, seq, attempt, &now).await? {
        return Ok(false);
    }
    let clinic = store::clinics::clinic(env, clinic_id)
        .await?
        .ok_or_else(|| AppError::internal("resend", "clinic vanished"))?;
    let callback = Callback::for_request(req, &clinic.config)?;
    if let Err(error) = enqueue(env, clinic_id, conversation_id, seq, attempt, &callback).await {
        // Not queued: leave it failed as it was, so the same resend can be asked again.
        channel_store::undo_resend(env, conversation_id, seq, attempt, failed_reason).await?;
        return Err(error);
    }
    Ok(true)
}

/// After a staff reply is stored: sends it on the conversation's channel.
pub async fn after_staff_reply(
    req: &Request,
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    seq: u64,
    reply: &ChannelReply,
) -> AppResult<()> {
    let clinic = store::clinics::clinic(env, clinic_id)
        .await?
        .ok_or_else(|| AppError::internal("staff reply", "clinic vanished"))?;
    let callback = Callback::for_request(req, &clinic.config)?;
    queue_as(
        env,
        clinic_id,
        conversation_id,
        seq,
        &reply.to,
        reply.template.as_ref().map(|t| template_json(t, false)),
        &callback,
    )
    .await
}

/// After the survey round stored an after-treatment survey invitation (message `seq`):
/// sends it on the patient's channel, if the conversation has one, by
/// `survey_channel::survey_send`: nothing after an SMS STOP; as text with the link within
/// the platform's reply window (always on SMS); outside it, on WhatsApp, as the clinic's
/// survey template with the link as its parameter, else not at all. Returns whether it
/// was queued.
pub async fn survey_invitation(
    env: &Env,
    config: &ClinicConfig,
    conversation_id: &ConversationId,
    seq: u64,
    callback: &Callback,
) -> AppResult<bool> {
    let Some(endpoint) = channel_store::endpoint(env, &config.id, conversation_id).await? else {
        return Ok(false);
    };
    let to = match endpoint
        .address
        .as_deref()
        .and_then(|raw| PatientAddress::parse(endpoint.channel, raw))
    {
        Some(Ok(to)) => to,
        _ => return Ok(false),
    };
    let window_open = match platform(endpoint.channel).and_then(|p| p.service_window) {
        None => true,
        Some(window) => {
            let last =
                channel_store::last_inbound_ms(env, &config.id, endpoint.channel, to.as_str())
                    .await?;
            let text = OutboundContent::Text(String::new());
            window
                .allows(&text, last, time::now().timestamp_millis())
                .is_ok()
        }
    };
    let template = match endpoint.channel {
        Channel::Whatsapp => config
            .channels
            .whatsapp
            .as_ref()
            .and_then(|w| w.survey_template.as_ref()),
        _ => None,
    };
    let stored_template =
        match survey_channel::survey_send(endpoint.opted_out, window_open, template) {
            SurveySend::Text => None,
            SurveySend::Template(template) => Some(template_json(&template.before_link(), true)),
            SurveySend::NotSent(_) => return Ok(false),
        };
    queue_as(
        env,
        &config.id,
        conversation_id,
        seq,
        &to,
        stored_template,
        callback,
    )
    .await?;
    Ok(true)
}

/// A template as `queue_as` stored it, and whether the conversation's link is still to be
/// added as its last parameter (made when it is sent: a link's secret is never stored).
pub(super) fn read_template(raw: &str) -> Option<(TemplateMessage, bool)> {
    let json: serde_json::Value = serde_json::from_str(raw).ok()?;
    let template = TemplateMessage {
        name: json["name"].as_str()?.to_owned(),
        language: json["language"].as_str()?.to_owned(),
        body_parameters: json["parameters"]
            .as_array()?
            .iter()
            .map(|p| p.as_str().map(str::to_owned))
            .collect::<Option<_>>()?,
    };
    Some((template, json["link"].as_bool().unwrap_or(false)))
}

/// A template as stored with its message; `link` asks for the conversation's link as
/// its last parameter when it is sent.
fn template_json(template: &TemplateMessage, link: bool) -> String {
    let mut json = serde_json::json!({
        "name": template.name,
        "language": template.language,
        "parameters": template.body_parameters,
    });
    if link {
        json["link"] = serde_json::Value::Bool(true);
    }
    json.to_string()
}
