//! The clinic's provider adapters (Twilio, WhatsApp, Messenger, WeChat, X), built from
//! its `[channels]` configuration and the Workers secrets it names.

use frontdesk_domain::channel_config::{
    MessengerChannel, SmsChannel, WechatChannel, WhatsappChannel, XChannel,
};
use frontdesk_domain::channels::meta::messenger::Messenger;
use frontdesk_domain::channels::meta::whatsapp::WhatsApp;
use frontdesk_domain::channels::meta::{GraphApi, MetaApp};
use frontdesk_domain::channels::oauth1::Credentials;
use frontdesk_domain::channels::twilio::Twilio;
use frontdesk_domain::channels::wechat::WeChat;
use frontdesk_domain::channels::x::X;
use frontdesk_domain::channels::{Secret, XUserId};
use worker::Env;

use crate::error::{AppError, AppResult};

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
