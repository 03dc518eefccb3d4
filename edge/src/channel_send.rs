//! Outbound messages on external channels: every reply to an SMS, WhatsApp, Messenger,
//! WeChat or X patient (staff, bot, safety; WhatsApp templates) is queued here and sent by
//! the queue consumer through the domain's adapter, with retries and backoff; its delivery state is kept in D1 and moved by the
//! provider's status callbacks. Nothing fails silently: every way out of `deliver`
//! leaves the message `sent`, or `failed` with a reason staff can read.

use frontdesk_domain::channel_config::{
    ChannelsConfig, MessengerChannel, SmsChannel, WechatChannel, WhatsappChannel, XChannel,
};
use frontdesk_domain::channel_media_out::{self, Carriage, OutboundFile};
use frontdesk_domain::channels::failure_words::describe;
use frontdesk_domain::channels::media_upload::{self, FileBytes};
use frontdesk_domain::channels::meta::messenger::{self, Messenger};
use frontdesk_domain::channels::meta::whatsapp::{self, WhatsApp};
use frontdesk_domain::channels::meta::{GraphApi, MetaApp};
use frontdesk_domain::channels::oauth1::{Credentials, Once};
use frontdesk_domain::channels::twilio::{Twilio, MAX_BODY_CHARS};
use frontdesk_domain::channels::wechat::{self, WeChat};
use frontdesk_domain::channels::x::{self, X};
use frontdesk_domain::channels::{
    ChannelAdapter, DeliveryState, OutboundContent, OutboundRequest, PatientAddress, Platform,
    ProviderFailure, Secret, SendError, SendReceipt, TemplateMessage, TextLimit, XUserId,
};
use frontdesk_domain::notice_link::{self, Outgoing as Carried};
use frontdesk_domain::survey::INVITATION_PREFIX;
use frontdesk_domain::survey_channel::{self, SurveySend};
use frontdesk_domain::ClinicConfig;
use frontdesk_protocol::{Author, Channel, DeliveryStatus};
use worker::Env;

use crate::channel_send_media::NotUploaded;
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::jobs::{self, Job, SendJob};
use crate::store::channels::{self as channel_store, DeliveryUpdate};
use crate::{
    channel_send_media, conversation_do, delivery_marks, notice_links, provider_call, store, time,
    wechat_token,
};

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
    fn url(&self, clinic_id: &str, conversation_id: &str, seq: u64, attempt: u32) -> String {
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

/// The clinic's Twilio adapter, with its auth token from the Workers secret.
pub fn twilio(env: &Env, sms: &SmsChannel, status_callback: Option<String>) -> AppResult<Twilio> {
    let token = env.secret(&sms.auth_token_secret).map_err(|_| {
        worker::console_error!("channel secret missing: {}", sms.auth_token_secret);
        AppError::channel_not_configured(
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

/// A Workers secret's value, or 503 naming what to set (the secret's name only).
pub fn secret(env: &Env, name: &str, channel: &str) -> AppResult<Secret> {
    let value = env.secret(name).map_err(|_| {
        worker::console_error!("channel secret missing: {name}");
        AppError::channel_not_configured(format!(
            "The clinic's {channel} channel is missing a secret: set its Workers secret."
        ))
    })?;
    Ok(Secret::new(value.to_string()))
}

/// A Meta channel's app and Graph API, with its secrets from the Workers secrets named in
/// `secrets` (app secret, verify token, access token).
fn meta_account(
    env: &Env,
    channel: &str,
    secrets: [&str; 3],
    api_base: &str,
    api_version: &str,
) -> AppResult<(MetaApp, GraphApi)> {
    let [app_secret, verify_token, access_token] = secrets;
    Ok((
        MetaApp {
            app_secret: secret(env, app_secret, channel)?,
            verify_token: secret(env, verify_token, channel)?,
        },
        GraphApi {
            base: api_base.to_owned(),
            version: api_version.to_owned(),
            access_token: secret(env, access_token, channel)?,
        },
    ))
}

/// The clinic's WhatsApp adapter.
pub fn whatsapp(env: &Env, config: &WhatsappChannel) -> AppResult<WhatsApp> {
    let (app, graph) = meta_account(
        env,
        "WhatsApp",
        config.secrets(),
        &config.api_base,
        &config.api_version,
    )?;
    Ok(WhatsApp {
        app,
        graph,
        phone_number_id: config.phone_number_id.clone(),
    })
}

/// The clinic's Messenger adapter.
pub fn messenger(env: &Env, config: &MessengerChannel) -> AppResult<Messenger> {
    let (app, graph) = meta_account(
        env,
        "Messenger",
        config.secrets(),
        &config.api_base,
        &config.api_version,
    )?;
    Ok(Messenger {
        app,
        graph,
        page_id: config.page_id.clone(),
    })
}

/// The clinic's WeChat adapter; `access_token` only where it sends (see `wechat_token`).
pub fn wechat(
    env: &Env,
    config: &WechatChannel,
    access_token: Option<Secret>,
) -> AppResult<WeChat> {
    Ok(WeChat {
        api_base: config.api_base.clone(),
        token: secret(env, &config.token_secret, "WeChat")?,
        access_token,
    })
}

/// The clinic's X adapter.
pub fn x(env: &Env, config: &XChannel) -> AppResult<X> {
    let account_id = XUserId::parse(&config.account_id)
        .map_err(|_| AppError::internal("x channel", "account id checked at load"))?;
    Ok(X {
        api_base: config.api_base.clone(),
        consumer_secret: secret(env, &config.consumer_secret_secret, "X")?,
        account_id,
        user_access_token: secret(env, &config.access_token_secret, "X")?,
    })
}

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
    queue_as(env, clinic_id, conversation_id, seq, to, None, callback).await
}

/// [`queue`], going out as an approved template when one is given (as `template_json`
/// stores it).
async fn queue_as(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
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
            conversation_id,
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
    conversation_id: &str,
    seq: u64,
    attempt: u32,
    callback: &Callback,
) -> AppResult<()> {
    jobs::enqueue(
        env,
        &Job::ChannelSend(SendJob {
            clinic_id: clinic_id.to_owned(),
            conversation_id: conversation_id.to_owned(),
            seq,
            status_callback: callback.url(clinic_id, conversation_id, seq, attempt),
            attempt,
        }),
    )
    .await
}

/// Before a resend: refuses (409) what the platform would refuse now, as for a new reply:
/// a patient who opted out since, or free text once the reply window has closed (a
/// stored template may still go on WhatsApp).
pub async fn check_resend(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
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

/// Staff asked to send failed message `seq` once more, as send number `attempt`: moves
/// it back to `queued` (only from the failed attempt before, so asking twice sends once)
/// and queues its job. Returns whether this call made the resend.
pub async fn resend(
    req: &Request,
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
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
    conversation_id: &str,
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

/// After a staff reply is stored: sends it on the conversation's channel.
pub async fn after_staff_reply(
    req: &Request,
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
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
    conversation_id: &str,
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
    // Accepted before (a redelivered job), or a job of an attempt a resend replaced:
    // never send twice.
    if row.status != DeliveryStatus::Queued
        || row.provider_message_id.is_some()
        || row.attempt != job.attempt
    {
        return Ok(Outcome::Done);
    }
    // When the call the provider accepted started: Messenger's receipts by watermark
    // cover the message from then (`domain::channels::receipts`).
    let handed_at_ms = std::cell::Cell::new(None::<i64>);
    let mark = |status: DeliveryStatus, provider_id: Option<String>, reason: Option<String>| {
        let job = job.clone();
        let handed_at_ms = handed_at_ms.get();
        async move {
            delivery_marks::mark(
                env,
                &DeliveryUpdate {
                    clinic_id: &job.clinic_id,
                    conversation_id: &job.conversation_id,
                    seq: job.seq,
                    status,
                    provider_message_id: provider_id.as_deref(),
                    reason: reason.as_deref(),
                    now: &time::now_rfc3339(),
                    attempt: Some(job.attempt),
                    handed_at_ms,
                },
            )
            .await
        }
    };
    let fail = |reason: &str| mark(DeliveryStatus::Failed, None, Some(reason.to_owned()));
    let clinic = store::clinics::clinic(env, &row.clinic_id).await?;
    let (channels, clinic_name) = clinic
        .map(|c| (c.config.channels.clone(), c.config.name.clone()))
        .unwrap_or_default();
    let endpoint = channel_store::endpoint(env, &row.clinic_id, &job.conversation_id).await?;
    if endpoint.is_some_and(|e| e.opted_out) {
        fail("opted_out: the patient texted STOP; START lets messages through again").await?;
        return Ok(Outcome::Done);
    }
    // Where a link to the conversation's page goes out (a notice, a survey), it is made
    // now, as it is sent.
    let for_message = notice_links::ForMessage {
        clinic_id: &row.clinic_id,
        conversation_id: &job.conversation_id,
        seq: job.seq,
        status_callback: &job.status_callback,
        link_seconds: channels.notice_link_seconds,
    };
    // A staff reply's files, when its text goes as text (`channel_send_media`).
    let mut attachments = Vec::new();
    let mut content = match &row.template {
        Some(template) => match read_template(template) {
            Some((mut template, with_link)) => {
                if with_link {
                    template
                        .body_parameters
                        .push(notice_links::link(env, &for_message).await?);
                }
                OutboundContent::Template(template)
            }
            None => {
                fail("the stored template can't be read").await?;
                return Ok(Outcome::Done);
            }
        },
        None => {
            let conversation_id = ConversationId::parse(&job.conversation_id)
                .ok_or_else(|| AppError::internal("send job", "malformed conversation id"))?;
            let message =
                conversation_do::messages(env, &conversation_id, job.seq.saturating_sub(1))
                    .await?
                    .into_iter()
                    .find(|m| m.seq == job.seq);
            let Some(message) = message else {
                fail("message_erased: the message no longer exists").await?;
                return Ok(Outcome::Done);
            };
            let survey = message.author == Author::System
                && message
                    .client_msg_id
                    .as_deref()
                    .is_some_and(|id| id.starts_with(INVITATION_PREFIX));
            let carried =
                notice_link::outgoing(channels.content_of(row.channel), message.author, survey);
            OutboundContent::Text(match carried {
                Carried::Text => {
                    attachments = message.attachments;
                    message.text
                }
                Carried::Notice => {
                    let link = notice_links::link(env, &for_message).await?;
                    notice_link::notice_text(&clinic_name, &link)
                }
                Carried::TextWithLink => {
                    let link = notice_links::link(env, &for_message).await?;
                    survey_channel::text_with_link(&message.text, &link)
                }
            })
        }
    };
    let to = match PatientAddress::parse(row.channel, &row.address) {
        Some(Ok(address)) => address,
        _ => {
            fail("invalid_recipient: the stored address is not valid on this channel").await?;
            return Ok(Outcome::Done);
        }
    };
    // Files the provider can't take go as links in the text; the rest by its media API.
    let (linked, files): (Vec<_>, Vec<_>) =
        channel_send_media::files(env, &for_message, row.channel, &attachments)?
            .into_iter()
            .partition(|(carriage, _)| *carriage == Carriage::Linked);
    if let (false, OutboundContent::Text(text)) = (linked.is_empty(), &mut content) {
        let links: Vec<String> = linked.into_iter().map(|(_, file)| file.url).collect();
        *text = channel_media_out::text_with_links(text, &links);
    }
    let files: Vec<OutboundFile> = files.into_iter().map(|(_, file)| file).collect();
    let outgoing = Outgoing {
        channels: &channels,
        channel: row.channel,
        conversation: (&row.clinic_id, &job.conversation_id),
        status_callback: &job.status_callback,
        to: &to,
        content: &content,
        files: &files,
    };
    let mut started_ms = time::now().timestamp_millis();
    let mut answer = outgoing.send(env, false).await;
    // WeChat refused the cached access token (revoked, or the AppSecret was reset): one
    // more try with a freshly fetched one.
    if row.channel == Channel::Wechat
        && matches!(&answer, Err(Unsent::Provider(failure)) if wechat::token_refused(&failure.code))
    {
        started_ms = time::now().timestamp_millis();
        answer = outgoing.send(env, true).await;
    }
    match answer {
        Ok(receipt) => {
            // Twilio and WhatsApp report `sent` themselves. On Messenger, WeChat and X the
            // API's acceptance is the send (WeChat gives no id and no statuses at all), and
            // `sent` also keeps a redelivered job from sending it again.
            let status = match row.channel {
                Channel::Sms | Channel::Whatsapp => DeliveryStatus::Queued,
                _ => DeliveryStatus::Sent,
            };
            let id = receipt.provider_message_id.map(|id| id.0);
            handed_at_ms.set(Some(started_ms));
            mark(status, id, None).await?;
            Ok(Outcome::Done)
        }
        Err(Unsent::Refused(reason)) => {
            fail(&reason).await?;
            Ok(Outcome::Done)
        }
        Err(Unsent::Provider(failure))
            if failure.reason.retryable() && age_seconds < GIVE_UP_AFTER_SECONDS =>
        {
            let reason = format!("retrying: {}", describe(row.channel, &failure));
            mark(DeliveryStatus::Queued, None, Some(reason)).await?;
            Ok(Outcome::RetryIn(jobs::backoff_seconds(age_seconds)))
        }
        Err(Unsent::Provider(failure)) => {
            fail(&describe(row.channel, &failure)).await?;
            Ok(Outcome::Done)
        }
    }
}

/// Why a message didn't leave.
enum Unsent {
    /// It can't go out as things are (channel off, secret unset, content refused): the
    /// failure reason staff see.
    Refused(String),
    /// The provider (or the way to it) failed it.
    Provider(ProviderFailure),
}

/// One message on its way out.
struct Outgoing<'a> {
    channels: &'a ChannelsConfig,
    channel: Channel,
    /// The clinic and conversation, where the files are kept.
    conversation: (&'a str, &'a str),
    status_callback: &'a str,
    to: &'a PatientAddress,
    content: &'a OutboundContent,
    /// Files the provider fetches by URL (MMS, WhatsApp, Messenger) or takes uploaded
    /// (photos on WeChat and X).
    files: &'a [OutboundFile],
}

impl Outgoing<'_> {
    /// One provider call; `refresh_token` fetches WeChat's access token anew first.
    async fn send(&self, env: &Env, refresh_token: bool) -> Result<SendReceipt, Unsent> {
        if let (false, OutboundContent::Text(text), Channel::Wechat | Channel::X) =
            (self.files.is_empty(), self.content, self.channel)
        {
            return self.send_uploaded(env, refresh_token, text).await;
        }
        let adapter = self.adapter(env, refresh_token).await?;
        let requests = match (self.files.is_empty(), self.content) {
            (false, OutboundContent::Text(text)) => media_requests(
                env,
                (self.channels, self.channel),
                self.status_callback,
                self.to,
                text,
                self.files,
            )
            .map_err(Unsent::Refused)?,
            _ => vec![adapter
                .send_request(self.to, self.content)
                .map_err(refused)?],
        };
        call_all(adapter.as_ref(), &requests).await
    }

    /// WeChat and X: each photo uploaded first, then the messages that name them.
    /// WeChat: the text (with any links) as a message, then an `image` message per
    /// photo. X: the text with the first photo, then a DM per further photo (one
    /// attachment a DM).
    async fn send_uploaded(
        &self,
        env: &Env,
        refresh_token: bool,
        text: &str,
    ) -> Result<SendReceipt, Unsent> {
        let not_uploaded = |error| match error {
            NotUploaded::Refused(reason) => Unsent::Refused(reason),
            NotUploaded::Provider(failure) => Unsent::Provider(failure),
        };
        let mut media_ids = Vec::new();
        if self.channel == Channel::Wechat {
            let wechat = self.wechat(env, refresh_token).await?;
            for file in self.files {
                let build = |bytes: FileBytes<'_>| {
                    media_upload::wechat_upload(&wechat, bytes)
                        .map_err(|error| format!("{}: {error}", error.code()))
                };
                let id = channel_send_media::upload(
                    env,
                    self.conversation,
                    file,
                    build,
                    wechat::read_media_upload,
                )
                .await
                .map_err(not_uploaded)?;
                media_ids.push(id);
            }
            let mut requests = Vec::new();
            if !text.is_empty() {
                requests.push(
                    wechat
                        .send_request(self.to, self.content)
                        .map_err(refused)?,
                );
            }
            for id in media_ids {
                let image = serde_json::json!({ "media_id": id });
                requests.push(
                    wechat
                        .custom_message(self.to, "image", image)
                        .map_err(refused)?,
                );
            }
            return call_all(&wechat, &requests).await;
        }
        let config = self.channels.x.as_ref().ok_or_else(|| off(self.channel))?;
        let x = x(env, config).map_err(|_| unset(self.channel))?;
        let credentials = x_oauth1(env, config).map_err(|_| unset(self.channel))?;
        // The text's own request is not sent: building it checks the text as X takes it,
        // before anything is uploaded.
        if !text.is_empty() {
            x.send_request(self.to, self.content).map_err(refused)?;
        }
        for file in self.files {
            let nonce = crate::ids::nonce()
                .map_err(|_| Unsent::Refused("random: no nonce for the OAuth signature".into()))?;
            let once = Once {
                nonce: &nonce,
                timestamp: time::now().timestamp(),
            };
            let build = |bytes: FileBytes<'_>| {
                Ok(media_upload::x_upload(
                    &x.api_base,
                    &credentials,
                    once,
                    bytes,
                ))
            };
            let id = channel_send_media::upload(
                env,
                self.conversation,
                file,
                build,
                media_upload::read_x_upload,
            )
            .await
            .map_err(not_uploaded)?;
            media_ids.push(id);
        }
        let requests: Vec<OutboundRequest> = media_ids
            .iter()
            .enumerate()
            .map(|(index, id)| {
                let text = if index == 0 { text } else { "" };
                x.dm_request(self.to, text, Some(id))
            })
            .collect();
        call_all(&x, &requests).await
    }

    /// The clinic's WeChat adapter with a current access token (fetched anew when
    /// `refresh_token`).
    async fn wechat(&self, env: &Env, refresh_token: bool) -> Result<WeChat, Unsent> {
        let config = self
            .channels
            .wechat
            .as_ref()
            .ok_or_else(|| off(self.channel))?;
        let app_secret =
            secret(env, &config.app_secret_secret, "WeChat").map_err(|_| unset(self.channel))?;
        let token = wechat_token::access_token(config, &app_secret, refresh_token)
            .await
            .map_err(Unsent::Provider)?;
        wechat(env, config, Some(token)).map_err(|_| unset(self.channel))
    }

    /// The clinic's adapter on the channel, or why a message can't go out on it.
    async fn adapter(
        &self,
        env: &Env,
        refresh_token: bool,
    ) -> Result<Box<dyn ChannelAdapter>, Unsent> {
        let channel = self.channel;
        let off = || off(channel);
        let unset = |_| unset(channel);
        let channels = self.channels;
        Ok(match channel {
            Channel::Sms => {
                let sms = channels.sms.as_ref().ok_or_else(off)?;
                Box::new(twilio(env, sms, Some(self.status_callback.to_owned())).map_err(unset)?)
            }
            Channel::Whatsapp => {
                let config = channels.whatsapp.as_ref().ok_or_else(off)?;
                Box::new(whatsapp(env, config).map_err(unset)?)
            }
            Channel::Messenger => {
                let config = channels.messenger.as_ref().ok_or_else(off)?;
                Box::new(messenger(env, config).map_err(unset)?)
            }
            Channel::Wechat => Box::new(self.wechat(env, refresh_token).await?),
            Channel::X => {
                let config = channels.x.as_ref().ok_or_else(off)?;
                Box::new(x(env, config).map_err(unset)?)
            }
            Channel::Web => {
                return Err(Unsent::Refused(
                    "channel_not_supported: web replies go out over the live socket".into(),
                ))
            }
        })
    }
}

/// The channel is off in the clinic's configuration.
fn off(channel: Channel) -> Unsent {
    Unsent::Refused(format!(
        "channel_disabled: the clinic's {} channel is off",
        channel.as_str()
    ))
}

/// A secret the channel needs is not set.
fn unset(channel: Channel) -> Unsent {
    Unsent::Refused(format!(
        "credentials: a {} secret is not set",
        channel.as_str()
    ))
}

/// The adapter refused to build the request: the reason staff see.
fn refused(error: SendError) -> Unsent {
    Unsent::Refused(format!("{}: {error}", error.code()))
}

/// Makes the provider calls in order, each read by `adapter`; the last one's receipt is
/// the message's, and the first failure stops the rest.
async fn call_all(
    adapter: &dyn ChannelAdapter,
    requests: &[OutboundRequest],
) -> Result<SendReceipt, Unsent> {
    let mut receipt = None;
    for request in requests {
        let (status, body) = provider_call::call(request).await.map_err(|error| {
            Unsent::Provider(ProviderFailure {
                code: "network".into(),
                reason: frontdesk_domain::channels::FailureReason::Other,
                message: Some(error),
            })
        })?;
        receipt = Some(
            adapter
                .read_send_response(status, &body)
                .map_err(Unsent::Provider)?,
        );
    }
    receipt.ok_or_else(|| Unsent::Refused("no_request: nothing to send".into()))
}

/// The clinic X account's OAuth 1.0a credentials (`[channels.x]`'s `consumer_key` and the
/// token secrets), which X's media downloads and uploads are signed with.
pub fn x_oauth1(env: &Env, config: &XChannel) -> AppResult<Credentials> {
    let consumer_key = config.consumer_key.clone().ok_or_else(|| {
        AppError::channel_not_configured("The clinic's X channel has no consumer_key.")
    })?;
    Ok(Credentials {
        consumer_key,
        consumer_secret: secret(env, &config.consumer_secret_secret, "X")?,
        token: secret(env, &config.oauth1_token_secret, "X")?,
        token_secret: secret(env, &config.oauth1_token_secret_secret, "X")?,
    })
}

/// A template as `queue_as` stored it, and whether the conversation's link is still to be
/// added as its last parameter (made when it is sent: a link's secret is never stored).
fn read_template(raw: &str) -> Option<(TemplateMessage, bool)> {
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

/// The provider calls that carry `text` and `files` on an attaching channel, in order;
/// the last one's answer is the message's. Messenger has no caption, so its text goes
/// first as a message of its own (a resend after the file failed sends the text again).
/// `Err` is the reason staff see when the channel can't take them now.
fn media_requests(
    env: &Env,
    (channels, channel): (&ChannelsConfig, Channel),
    status_callback: &str,
    to: &PatientAddress,
    text: &str,
    files: &[OutboundFile],
) -> Result<Vec<OutboundRequest>, String> {
    let off = || {
        format!(
            "channel_disabled: the clinic's {} channel is off",
            channel.as_str()
        )
    };
    let unset = |_| format!("credentials: a {} secret is not set", channel.as_str());
    let first = files
        .first()
        .ok_or_else(|| "no_files: nothing to attach".to_owned())?;
    Ok(match channel {
        Channel::Sms => {
            let sms = channels.sms.as_ref().ok_or_else(off)?;
            let twilio = twilio(env, sms, Some(status_callback.to_owned())).map_err(unset)?;
            vec![channel_media_out::twilio_mms(&twilio, to, text, files)]
        }
        Channel::Whatsapp => {
            let config = channels.whatsapp.as_ref().ok_or_else(off)?;
            let whatsapp = whatsapp(env, config).map_err(unset)?;
            vec![channel_media_out::whatsapp_media(
                &whatsapp, to, text, first,
            )]
        }
        Channel::Messenger => {
            let config = channels.messenger.as_ref().ok_or_else(off)?;
            let messenger = messenger(env, config).map_err(unset)?;
            let mut requests = Vec::new();
            if !text.is_empty() {
                let content = OutboundContent::Text(text.to_owned());
                let text_request = ChannelAdapter::send_request(&messenger, to, &content)
                    .map_err(|error| format!("{}: {error}", error.code()))?;
                requests.push(text_request);
            }
            requests.push(channel_media_out::messenger_attachment(
                &messenger, to, first,
            ));
            requests
        }
        _ => {
            return Err(format!(
                "channel_not_supported: files go as links on {}",
                channel.as_str()
            ))
        }
    })
}
