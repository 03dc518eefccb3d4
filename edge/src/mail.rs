//! Sending one email through the clinic's provider (`[channels.email]`, Postmark; the
//! provider sandbox in dev): the thin side of `frontdesk_domain::email`. Callers decide
//! what a failure means (the queue retries a staff link; a code request answers 503).

use frontdesk_domain::channels::{ProviderFailure, Secret};
use frontdesk_domain::email::config::EmailChannel;
use frontdesk_domain::email::postmark::Postmark;
use frontdesk_domain::email::{EmailMessage, EmailProvider};
use frontdesk_domain::ClinicConfig;
use worker::Env;

use crate::error::{AppError, AppResult};
use crate::provider_call;

/// The clinic's email channel, or 409 when it has none.
pub fn channel(config: &ClinicConfig) -> AppResult<&EmailChannel> {
    config.channels.email.as_ref().ok_or_else(|| {
        AppError::email_not_available(
            "This clinic has no email channel ([channels.email]), so nothing can be emailed.",
        )
    })
}

/// The clinic's Postmark server, with its token from the Workers secret.
pub fn postmark(env: &Env, config: &ClinicConfig, email: &EmailChannel) -> AppResult<Postmark> {
    let token = env.secret(&email.server_token_secret).map_err(|_| {
        worker::console_error!("email secret missing: {}", email.server_token_secret);
        AppError::channel_not_configured(
            "The clinic's email channel has no server token yet: set its Workers secret.",
        )
    })?;
    Ok(Postmark {
        api_base: email.api_base.clone(),
        server_token: Secret::new(token.to_string()),
        from: Postmark::sender(
            Some(email.from_name.as_deref().unwrap_or(&config.name)),
            &email.from,
        ),
        message_stream: email.message_stream.clone(),
    })
}

/// Sends `message`; the provider's refusal (or a network failure) as a `ProviderFailure`,
/// whose `message` may quote the address: log its `code` only.
pub async fn send(
    provider: &dyn EmailProvider,
    message: &EmailMessage,
) -> Result<(), ProviderFailure> {
    let request = provider.send_request(message);
    provider_call::send_and_read(&request, |status, body| {
        provider.read_send_response(status, body).map(|_| ())
    })
    .await
}
