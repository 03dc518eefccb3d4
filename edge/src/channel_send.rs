//! Outbound messages on external channels: every reply to an SMS patient (staff, bot,
//! safety) is queued here and sent by the queue consumer through the domain's adapter,
//! with retries and backoff; its delivery state is kept in D1 and moved by the
//! provider's status callbacks. Nothing fails silently: every way out of `deliver`
//! leaves the message `sent`, or `failed` with a reason staff can read.

use frontdesk_domain::channel_config::SmsChannel;
use frontdesk_domain::channels::twilio::{Twilio, MAX_BODY_CHARS};
use frontdesk_domain::channels::{
    ChannelAdapter, DeliveryState, OutboundContent, PatientAddress, ProviderFailure, Secret,
    TextLimit,
};
use frontdesk_domain::ClinicConfig;
use frontdesk_protocol::{Channel, DeliveryStatus};
use wasm_bindgen::JsValue;
use worker::{Env, Fetch, Headers, Method, RequestInit};

use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::jobs::{self, Job, SendJob};
use crate::store::channels::{self as channel_store, DeliveryUpdate};
use crate::{conversation_do, store, time};

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

    /// The callback URL of one message: it names the message, so a status that arrives
    /// before the send's answer is stored still finds it.
    fn url(&self, clinic_id: &str, conversation_id: &str, seq: u64) -> String {
        format!(
            "{}/v1/channels/{clinic_id}/twilio?conversation={conversation_id}&seq={seq}",
            self.base
        )
    }
}

/// The clinic's Twilio adapter, with its auth token from the Workers secret.
pub fn twilio(env: &Env, sms: &SmsChannel, status_callback: Option<String>) -> AppResult<Twilio> {
    let token = env.secret(&sms.auth_token_secret).map_err(|_| {
        worker::console_error!("channel secret missing: {}", sms.auth_token_secret);
        AppError::new(
            503,
            "channel_not_configured",
            "The clinic's SMS channel has no auth token yet: set its Workers secret.",
        )
    })?;
    Ok(Twilio {
        api_base: sms.api_base.clone(),
        account_sid: sms.account_sid.clone(),
        auth_token: Secret::new(token.to_string()),
        from: sms.number.clone(),
        status_callback,
    })
}

/// The wire status of a domain delivery state.
pub fn delivery_state(state: DeliveryState) -> DeliveryStatus {
    match state {
        DeliveryState::Queued => DeliveryStatus::Queued,
        DeliveryState::Sent => DeliveryStatus::Sent,
        DeliveryState::Delivered => DeliveryStatus::Delivered,
        DeliveryState::Read => DeliveryStatus::Read,
        DeliveryState::Failed => DeliveryStatus::Failed,
    }
}

/// A provider failure in words for staff: its code, what it means, its message.
pub fn describe_failure(failure: &ProviderFailure) -> String {
    let meaning = serde_json::to_value(failure.reason)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    match &failure.message {
        Some(message) => format!("{} {meaning}: {message}", failure.code),
        None => format!("{} {meaning}", failure.code),
    }
}

/// Queues message `seq` of the conversation for delivery to `to` (once: a second call
/// for the same message only enqueues a job that finds it already handled).
pub async fn queue(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
    seq: u64,
    to: &PatientAddress,
    callback: &Callback,
) -> AppResult<()> {
    channel_store::queue_outbound(
        env,
        clinic_id,
        to.channel(),
        conversation_id,
        seq,
        to.as_str(),
        &time::now_rfc3339(),
    )
    .await?;
    jobs::enqueue(
        env,
        &Job::ChannelSend(SendJob {
            clinic_id: clinic_id.to_owned(),
            conversation_id: conversation_id.to_owned(),
            seq,
            status_callback: callback.url(clinic_id, conversation_id, seq),
        }),
    )
    .await
}

/// Before a staff reply is stored: the patient's address on an external channel, or
/// `None` on the web. Refuses (409) a reply the platform would refuse: to a patient who
/// opted out, or (422) over the platform's length.
pub async fn check_staff_reply(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
    text: &str,
) -> AppResult<Option<PatientAddress>> {
    let Some(endpoint) = channel_store::endpoint(env, clinic_id, conversation_id).await? else {
        return Ok(None);
    };
    let (Channel::Sms, Some(address)) = (endpoint.channel, endpoint.address) else {
        return Ok(None);
    };
    if endpoint.opted_out {
        return Err(AppError::new(
            409,
            "recipient_opted_out",
            "This patient texted STOP, so SMS replies are refused until they text START. \
             Reach them another way (call the number shown).",
        ));
    }
    if TextLimit::Chars(MAX_BODY_CHARS).check(text).is_err() {
        return Err(AppError::invalid(
            "text_too_long_for_channel",
            format!("An SMS reply can be at most {MAX_BODY_CHARS} characters."),
        ));
    }
    let number = frontdesk_domain::channels::PhoneNumber::parse(&address)
        .map_err(|e| AppError::internal("stored sms address", e))?;
    Ok(Some(PatientAddress::Sms(number)))
}

/// After a staff reply is stored: sends it on the conversation's channel.
pub async fn after_staff_reply(
    req: &Request,
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
    seq: u64,
    to: &PatientAddress,
) -> AppResult<()> {
    let clinic = store::clinics::clinic(env, clinic_id)
        .await?
        .ok_or_else(|| AppError::internal("staff reply", "clinic vanished"))?;
    let callback = Callback::for_request(req, &clinic.config)?;
    queue(env, clinic_id, conversation_id, seq, to, &callback).await
}

/// What the consumer does with a send job.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Sent, failed for good, or nothing to do: acknowledge.
    Done,
    /// The provider may take it later: retry after this many seconds.
    RetryIn(u32),
}

/// Retrying longer than this would outlast the queue's 10 retries (delays double from
/// 2 s, so the 10th comes after about 8.5 min): the message is failed visibly instead.
const GIVE_UP_AFTER_SECONDS: f64 = 480.0;

/// Sends one queued message; `age_seconds` is how long the job has been trying.
pub async fn deliver(env: &Env, job: &SendJob, age_seconds: f64) -> AppResult<Outcome> {
    let Some(row) = channel_store::outbound(env, &job.conversation_id, job.seq).await? else {
        return Ok(Outcome::Done);
    };
    // Accepted before (a redelivered job): never send twice.
    if row.status != DeliveryStatus::Queued || row.provider_message_id.is_some() {
        return Ok(Outcome::Done);
    }
    let mark = |status: DeliveryStatus, provider_id: Option<String>, reason: Option<String>| {
        let job = job.clone();
        async move {
            channel_store::update_delivery(
                env,
                &DeliveryUpdate {
                    clinic_id: &job.clinic_id,
                    conversation_id: &job.conversation_id,
                    seq: job.seq,
                    status,
                    provider_message_id: provider_id.as_deref(),
                    reason: reason.as_deref(),
                    now: &time::now_rfc3339(),
                },
            )
            .await
        }
    };
    let fail = |reason: &str| mark(DeliveryStatus::Failed, None, Some(reason.to_owned()));
    let clinic = store::clinics::clinic(env, &row.clinic_id).await?;
    let Some(sms) = clinic.as_ref().and_then(|c| c.config.channels.sms.clone()) else {
        fail("channel_disabled: the clinic's SMS channel is off").await?;
        return Ok(Outcome::Done);
    };
    if row.channel != Channel::Sms {
        fail("channel_not_supported: only SMS sends so far").await?;
        return Ok(Outcome::Done);
    }
    let endpoint = channel_store::endpoint(env, &row.clinic_id, &job.conversation_id).await?;
    if endpoint.is_some_and(|e| e.opted_out) {
        fail("opted_out: the patient texted STOP; START lets messages through again").await?;
        return Ok(Outcome::Done);
    }
    let conversation_id = ConversationId::parse(&job.conversation_id)
        .ok_or_else(|| AppError::internal("send job", "malformed conversation id"))?;
    let text = conversation_do::messages(env, &conversation_id, job.seq.saturating_sub(1))
        .await?
        .into_iter()
        .find(|m| m.seq == job.seq)
        .map(|m| m.text);
    let Some(text) = text else {
        fail("message_erased: the message no longer exists").await?;
        return Ok(Outcome::Done);
    };
    let Ok(adapter) = twilio(env, &sms, Some(job.status_callback.clone())) else {
        fail("credentials: the SMS auth token secret is not set").await?;
        return Ok(Outcome::Done);
    };
    let to = match frontdesk_domain::channels::PhoneNumber::parse(&row.address) {
        Ok(number) => PatientAddress::Sms(number),
        Err(_) => {
            fail("invalid_recipient: the stored number is not E.164").await?;
            return Ok(Outcome::Done);
        }
    };
    let request = match adapter.send_request(&to, &OutboundContent::Text(text)) {
        Ok(request) => request,
        Err(error) => {
            fail(&format!("{}: {error}", error.code())).await?;
            return Ok(Outcome::Done);
        }
    };
    let answer = match call(&request).await {
        Ok((status, body)) => adapter.read_send_response(status, &body),
        Err(error) => Err(ProviderFailure {
            code: "network".into(),
            reason: frontdesk_domain::channels::FailureReason::Other,
            message: Some(error),
        }),
    };
    match answer {
        Ok(receipt) => {
            let id = receipt.provider_message_id.map(|id| id.0);
            mark(DeliveryStatus::Queued, id, None).await?;
            Ok(Outcome::Done)
        }
        Err(failure) if failure.reason.retryable() && age_seconds < GIVE_UP_AFTER_SECONDS => {
            let reason = format!("retrying: {}", describe_failure(&failure));
            mark(DeliveryStatus::Queued, None, Some(reason)).await?;
            Ok(Outcome::RetryIn(jobs::backoff_seconds(age_seconds)))
        }
        Err(failure) => {
            fail(&describe_failure(&failure)).await?;
            Ok(Outcome::Done)
        }
    }
}

/// Makes the provider call; returns its status and body, or why it could not be made.
async fn call(
    request: &frontdesk_domain::channels::OutboundRequest,
) -> Result<(u16, Vec<u8>), String> {
    let headers = Headers::new();
    for (name, value) in &request.headers {
        headers.set(name, value).map_err(|e| e.to_string())?;
    }
    let mut init = RequestInit::new();
    init.with_method(Method::from(request.method.as_str().to_owned()))
        .with_headers(headers)
        .with_body(Some(JsValue::from_str(&request.body)));
    let outgoing =
        worker::Request::new_with_init(&request.url, &init).map_err(|e| e.to_string())?;
    let mut response = Fetch::Request(outgoing)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let body = response.bytes().await.unwrap_or_default();
    Ok((response.status_code(), body))
}
