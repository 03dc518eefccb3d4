//! What goes to a website visitor's own phone or email, outside any channel
//! conversation: a one-time code (`routes::verification`) and a continuity notice
//! (`continuity`), by the clinic's Twilio adapter or its Postmark adapter (the provider
//! sandbox in dev). Neither carries message text; neither address is ever logged.

use frontdesk_domain::channels::{
    ChannelAdapter, OutboundContent, PatientAddress, PhoneNumber, ProviderFailure,
};
use frontdesk_domain::email::{notices, EmailAddress};
use frontdesk_domain::one_time_code::{self, CodeChannel};
use frontdesk_domain::{notice_link, ClinicConfig};
use worker::Env;

use crate::error::{AppError, AppResult};
use crate::{channel_send, mail, provider_call};

/// Where a code goes: a phone in E.164, or one email address.
pub enum Address {
    Phone(PhoneNumber),
    Email(EmailAddress),
}

impl Address {
    /// A stored address of `channel` (as a verification stored it).
    pub fn stored(channel: CodeChannel, raw: &str) -> Option<Address> {
        match channel {
            CodeChannel::Sms => frontdesk_domain::identity::e164(raw)
                .and_then(|e164| PhoneNumber::parse(&e164).ok())
                .map(Address::Phone),
            CodeChannel::Email => EmailAddress::parse(raw).map(Address::Email),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Address::Phone(phone) => phone.as_str(),
            Address::Email(email) => email.as_str(),
        }
    }

    /// 422 when the provider refused the address for good.
    pub fn refused(&self) -> AppError {
        match self {
            Address::Phone(_) => AppError::invalid(
                "phone_refused",
                "The text message provider refused this number: check it, or verify another way.",
            ),
            Address::Email(_) => AppError::invalid(
                "email_refused",
                "The email provider refused this address: check it, or verify another way.",
            ),
        }
    }

    /// 503 when the provider could not be reached or asked us to wait.
    pub fn failed(&self) -> AppError {
        match self {
            Address::Phone(_) => AppError::new(
                503,
                "sms_failed",
                "The text message with the code could not be sent. Try again in a minute.",
            ),
            Address::Email(_) => AppError::new(
                503,
                "email_failed",
                "The email with the code could not be sent. Try again in a minute.",
            ),
        }
    }
}

/// What goes to the address.
pub enum Sent<'a> {
    /// A one-time code.
    Code(&'a str),
    /// A continuity notice: the clinic's name and this link, nothing of the conversation.
    Notice(&'a str),
}

/// Sends a code or a notice on the address's channel: the provider's answer (`Ok(Err)` a refusal),
/// or an error when the channel can't be used at all.
pub async fn send(
    env: &Env,
    config: &ClinicConfig,
    address: &Address,
    sent: Sent<'_>,
) -> AppResult<Result<(), ProviderFailure>> {
    let ttl = config.verification.code_ttl_seconds;
    match address {
        Address::Phone(phone) => {
            let sms = config
                .channels
                .sms
                .as_ref()
                .ok_or_else(|| AppError::internal("verification", "no SMS channel"))?;
            let adapter = channel_send::twilio(env, sms, None)?;
            let text = match sent {
                Sent::Code(code) => one_time_code::sms_text(&config.name, code, ttl),
                Sent::Notice(link) => notice_link::notice_text(&config.name, link),
            };
            let outbound = adapter
                .send_request(
                    &PatientAddress::Sms(phone.clone()),
                    &OutboundContent::Text(text),
                )
                .map_err(|error| AppError::invalid_phone(error.to_string()))?;
            Ok(provider_call::send_and_read(&outbound, |status, body| {
                adapter.read_send_response(status, body).map(|_| ())
            })
            .await)
        }
        Address::Email(email) => {
            let channel = mail::channel(config)?;
            let provider = mail::postmark(env, config, channel)?;
            let message = match sent {
                Sent::Code(code) => {
                    notices::verification_code(email.clone(), &config.name, code, ttl)
                }
                Sent::Notice(link) => notices::new_message(email.clone(), &config.name, link),
            };
            Ok(mail::send(&provider, &message).await)
        }
    }
}
