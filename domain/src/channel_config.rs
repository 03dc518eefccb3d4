//! The clinic's messaging channels beyond its website (`[channels]` in the clinic file):
//! which are on, the provider account, where the provider's API is (the sandbox in dev),
//! and the name of the Workers secret that holds each credential. Secrets themselves are
//! never in the config.

use serde::{Deserialize, Serialize};

pub use crate::channels::wechat_safe::MessageMode;
use crate::channels::PhoneNumber;
pub use crate::email::config::EmailChannel;
use crate::notice_link::{self, ChannelContent};
use crate::survey_channel::SurveyTemplate;
use frontdesk_protocol::{ApprovedTemplate, Channel};

/// `[channels]`: every external channel is off unless its table is present.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelsConfig {
    /// The clinic's public base URL (`https://frontdesk.clinic.example`): providers sign
    /// the URL they call, so production verifies against it, and status callbacks are
    /// sent to it. Absent in dev, where the request's own URL is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_base_url: Option<String>,
    /// How long the link in a notice (a channel with `content = "notice"`) works.
    #[serde(default = "default_notice_link_seconds")]
    pub notice_link_seconds: u32,
    /// `[channels.sms]`: text messages through Twilio Programmable Messaging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms: Option<SmsChannel>,
    /// `[channels.whatsapp]`: WhatsApp through Meta's WhatsApp Cloud API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whatsapp: Option<WhatsappChannel>,
    /// `[channels.messenger]`: Facebook Messenger through Meta's Messenger Platform.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messenger: Option<MessengerChannel>,
    /// `[channels.wechat]`: WeChat through an Official Account's server messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wechat: Option<WechatChannel>,
    /// `[channels.x]`: X direct messages through the Account Activity API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<XChannel>,
    /// `[channels.email]`: transactional email through Postmark (notices and codes only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<EmailChannel>,
}

fn default_notice_link_seconds() -> u32 {
    notice_link::DEFAULT_LINK_SECONDS
}

impl Default for ChannelsConfig {
    fn default() -> Self {
        ChannelsConfig {
            public_base_url: None,
            notice_link_seconds: default_notice_link_seconds(),
            sms: None,
            whatsapp: None,
            messenger: None,
            wechat: None,
            x: None,
            email: None,
        }
    }
}

/// `[channels.wechat]`: an Official Account, its messages in plaintext or in safe mode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WechatChannel {
    /// The account's original id (`gh_…`), the `ToUserName` of its messages; not a secret.
    pub official_account_id: String,
    /// The account's AppID (`wx…`); not a secret.
    pub app_id: String,
    /// The Workers secret holding the server token (keys the `signature`).
    #[serde(default = "default_wechat_token")]
    pub token_secret: String,
    /// The Workers secret holding the AppSecret (fetches access tokens).
    #[serde(default = "default_wechat_app_secret")]
    pub app_secret_secret: String,
    /// The API's base URL; the provider sandbox's in dev.
    #[serde(default = "default_wechat_api")]
    pub api_base: String,
    /// What a staff reply carries here: its text, or a notice with a link (`notice_link`).
    #[serde(default, skip_serializing_if = "ChannelContent::is_text")]
    pub content: ChannelContent,
    /// The message encryption mode set at WeChat: `"plaintext"` (the default) or `"safe"`.
    #[serde(default, skip_serializing_if = "MessageMode::is_plaintext")]
    pub message_mode: MessageMode,
    /// The Workers secret holding the EncodingAESKey (read in safe mode only).
    #[serde(default = "default_wechat_aes_key")]
    pub encoding_aes_key_secret: String,
}

fn default_wechat_aes_key() -> String {
    "WECHAT_ENCODING_AES_KEY".into()
}

fn default_wechat_token() -> String {
    "WECHAT_TOKEN".into()
}

fn default_wechat_app_secret() -> String {
    "WECHAT_APP_SECRET".into()
}

fn default_wechat_api() -> String {
    "https://api.weixin.qq.com".into()
}

/// `[channels.x]`: the clinic's X account and its app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct XChannel {
    /// The clinic's X user id (digits); not a secret. DMs it sent come back in webhooks.
    pub account_id: String,
    /// The Workers secret holding the app's consumer secret (CRC and webhook signature).
    #[serde(default = "default_x_consumer_secret")]
    pub consumer_secret_secret: String,
    /// The Workers secret holding the account's OAuth 2.0 user token (`dm.write`).
    #[serde(default = "default_x_access_token")]
    pub access_token_secret: String,
    /// The API's base URL; the provider sandbox's in dev.
    #[serde(default = "default_x_api")]
    pub api_base: String,
    /// What a staff reply carries here: its text, or a notice with a link (`notice_link`).
    #[serde(default, skip_serializing_if = "ChannelContent::is_text")]
    pub content: ChannelContent,
    /// The app's consumer key (public). X serves a DM's media only to a GET signed with
    /// OAuth 1.0a (`channel_media::x_download`); without it, photos are marked as not
    /// fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumer_key: Option<String>,
    /// The Workers secrets holding the account's OAuth 1.0a access token and its secret.
    #[serde(default = "default_x_oauth1_token")]
    pub oauth1_token_secret: String,
    #[serde(default = "default_x_oauth1_token_secret")]
    pub oauth1_token_secret_secret: String,
}

fn default_x_oauth1_token() -> String {
    "X_OAUTH1_TOKEN".into()
}

fn default_x_oauth1_token_secret() -> String {
    "X_OAUTH1_TOKEN_SECRET".into()
}

fn default_x_consumer_secret() -> String {
    "X_CONSUMER_SECRET".into()
}

fn default_x_access_token() -> String {
    "X_USER_ACCESS_TOKEN".into()
}

fn default_x_api() -> String {
    "https://api.x.com".into()
}

/// `[channels.messenger]`: the same Meta app as WhatsApp (same secret and verify token by
/// default), with the page's own access token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessengerChannel {
    /// The Facebook page's id (digits); not a secret.
    pub page_id: String,
    #[serde(default = "default_meta_app_secret")]
    pub app_secret_secret: String,
    #[serde(default = "default_meta_verify_token")]
    pub verify_token_secret: String,
    /// The Workers secret holding the page access token.
    #[serde(default = "default_page_access_token")]
    pub access_token_secret: String,
    #[serde(default = "default_graph_api")]
    pub api_base: String,
    #[serde(default = "default_graph_version")]
    pub api_version: String,
    /// What a staff reply carries here: its text, or a notice with a link (`notice_link`).
    #[serde(default, skip_serializing_if = "ChannelContent::is_text")]
    pub content: ChannelContent,
}

fn default_page_access_token() -> String {
    "MESSENGER_PAGE_ACCESS_TOKEN".into()
}

/// `[channels.whatsapp]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhatsappChannel {
    /// The business phone number's id at Meta (digits); not a secret.
    pub phone_number_id: String,
    /// The Workers secret holding the Meta app secret (keys `X-Hub-Signature-256`).
    #[serde(default = "default_meta_app_secret")]
    pub app_secret_secret: String,
    /// The Workers secret holding the webhook verify token (the GET handshake).
    #[serde(default = "default_meta_verify_token")]
    pub verify_token_secret: String,
    /// The Workers secret holding the system-user access token for the Graph API.
    #[serde(default = "default_whatsapp_access_token")]
    pub access_token_secret: String,
    /// The Graph API's base URL; the provider sandbox's in dev.
    #[serde(default = "default_graph_api")]
    pub api_base: String,
    /// The Graph API version in the send path (`v21.0`).
    #[serde(default = "default_graph_version")]
    pub api_version: String,
    /// The approved template an after-treatment survey goes as outside the 24-hour
    /// window (`survey_channel`); without one it goes only within the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub survey_template: Option<SurveyTemplate>,
    /// `[[channels.whatsapp.templates]]`: the approved templates staff may pick in the
    /// reply box once the 24-hour window has closed (`approved_template`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub templates: Vec<ApprovedTemplate>,
    /// What a staff reply carries here: its text, or a notice with a link (`notice_link`).
    #[serde(default, skip_serializing_if = "ChannelContent::is_text")]
    pub content: ChannelContent,
}

fn default_meta_app_secret() -> String {
    "META_APP_SECRET".into()
}

fn default_meta_verify_token() -> String {
    "META_VERIFY_TOKEN".into()
}

fn default_whatsapp_access_token() -> String {
    "WHATSAPP_ACCESS_TOKEN".into()
}

fn default_graph_api() -> String {
    "https://graph.facebook.com".into()
}

fn default_graph_version() -> String {
    crate::channels::meta::DEFAULT_API_VERSION.into()
}

/// `[channels.sms]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmsChannel {
    /// The Twilio account (`AC…`); not a secret.
    pub account_sid: String,
    /// The clinic's number in E.164 (`+15550100100`): the `From` of every reply.
    pub number: PhoneNumber,
    /// The Workers secret holding the account's auth token.
    #[serde(default = "default_twilio_secret")]
    pub auth_token_secret: String,
    /// The Messages API's base URL; the provider sandbox's in dev.
    #[serde(default = "default_twilio_api")]
    pub api_base: String,
    /// What a staff reply carries here: its text, or a notice with a link (`notice_link`).
    #[serde(default, skip_serializing_if = "ChannelContent::is_text")]
    pub content: ChannelContent,
}

fn default_twilio_secret() -> String {
    "TWILIO_AUTH_TOKEN".into()
}

fn default_twilio_api() -> String {
    "https://api.twilio.com".into()
}

/// Whether `url` is `http(s)://host[:port]` with no path, query or trailing slash.
fn is_base_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
}

/// A Workers secret's name: upper-case letters, digits and `_`.
pub(crate) fn is_secret_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

impl ChannelsConfig {
    /// What a staff reply carries on `channel` (the web always shows the text).
    pub fn content_of(&self, channel: Channel) -> ChannelContent {
        let content = match channel {
            Channel::Web => None,
            Channel::Sms => self.sms.as_ref().map(|c| c.content),
            Channel::Whatsapp => self.whatsapp.as_ref().map(|c| c.content),
            Channel::Messenger => self.messenger.as_ref().map(|c| c.content),
            Channel::Wechat => self.wechat.as_ref().map(|c| c.content),
            Channel::X => self.x.as_ref().map(|c| c.content),
        };
        content.unwrap_or_default()
    }

    pub fn validate(&self) -> Result<(), String> {
        notice_link::check_link_seconds(self.notice_link_seconds)?;
        if let Some(base) = &self.public_base_url {
            if !is_base_url(base) {
                return Err(format!(
                    "channels.public_base_url {base:?} must be scheme://host[:port] with no path"
                ));
            }
        }
        if let Some(sms) = &self.sms {
            let sid_ok = sms.account_sid.len() == 34
                && sms.account_sid.starts_with("AC")
                && sms.account_sid.chars().all(|c| c.is_ascii_alphanumeric());
            if !sid_ok {
                return Err(
                    "channels.sms.account_sid must be a Twilio account SID (AC and 32 characters)"
                        .into(),
                );
            }
            if !is_secret_name(&sms.auth_token_secret) {
                return Err(
                    "channels.sms.auth_token_secret must name a secret: A-Z, 0-9 and _".into(),
                );
            }
            if !is_base_url(&sms.api_base) {
                return Err(
                    "channels.sms.api_base must be scheme://host[:port] with no path".into(),
                );
            }
        }
        if let Some(template) = self
            .whatsapp
            .as_ref()
            .and_then(|w| w.survey_template.as_ref())
        {
            template.validate()?;
        }
        if let Some(whatsapp) = &self.whatsapp {
            crate::approved_template::validate_all(&whatsapp.templates)?;
            validate_meta(
                "whatsapp",
                &whatsapp.phone_number_id,
                &whatsapp.secrets(),
                &whatsapp.api_base,
                &whatsapp.api_version,
            )?;
        }
        if let Some(messenger) = &self.messenger {
            validate_meta(
                "messenger",
                &messenger.page_id,
                &messenger.secrets(),
                &messenger.api_base,
                &messenger.api_version,
            )?;
        }
        if let Some(wechat) = &self.wechat {
            let account_ok = wechat.official_account_id.len() <= 32
                && wechat
                    .official_account_id
                    .strip_prefix("gh_")
                    .is_some_and(|rest| {
                        !rest.is_empty()
                            && rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    });
            if !account_ok {
                return Err(
                    "channels.wechat.official_account_id must be the account's original id (gh_…)"
                        .into(),
                );
            }
            let app_ok = wechat.app_id.len() == 18
                && wechat.app_id.starts_with("wx")
                && wechat.app_id.chars().all(|c| c.is_ascii_alphanumeric());
            if !app_ok {
                return Err(
                    "channels.wechat.app_id must be an AppID (wx and 16 characters)".into(),
                );
            }
            validate_secrets_and_base(
                "wechat",
                &[
                    &wechat.token_secret,
                    &wechat.app_secret_secret,
                    &wechat.encoding_aes_key_secret,
                ],
                &wechat.api_base,
            )?;
        }
        if let Some(x) = &self.x {
            if !is_numeric_id(&x.account_id) {
                return Err("channels.x.account_id must be the account's numeric user id".into());
            }
            validate_secrets_and_base(
                "x",
                &[
                    &x.consumer_secret_secret,
                    &x.access_token_secret,
                    &x.oauth1_token_secret,
                    &x.oauth1_token_secret_secret,
                ],
                &x.api_base,
            )?;
        }
        if let Some(email) = &self.email {
            email.validate()?;
            validate_secrets_and_base("email", &[&email.server_token_secret], &email.api_base)?;
        }
        Ok(())
    }
}

impl WhatsappChannel {
    /// The names of its secrets: app secret, verify token, access token.
    pub fn secrets(&self) -> [&str; 3] {
        [
            &self.app_secret_secret,
            &self.verify_token_secret,
            &self.access_token_secret,
        ]
    }
}

impl MessengerChannel {
    /// The names of its secrets: app secret, verify token, page access token.
    pub fn secrets(&self) -> [&str; 3] {
        [
            &self.app_secret_secret,
            &self.verify_token_secret,
            &self.access_token_secret,
        ]
    }
}

/// A Meta channel's table: its numeric account id (phone number id, page id), secret
/// names, Graph base URL and version.
fn validate_meta(
    table: &str,
    id: &str,
    secrets: &[&str],
    api_base: &str,
    api_version: &str,
) -> Result<(), String> {
    if !is_numeric_id(id) {
        return Err(format!(
            "channels.{table}: the account id must be Meta's numeric id"
        ));
    }
    validate_secrets_and_base(table, secrets, api_base)?;
    let version_ok = api_version.strip_prefix('v').is_some_and(|rest| {
        !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '.')
    });
    if !version_ok {
        return Err(format!("channels.{table}.api_version must look like v21.0"));
    }
    Ok(())
}

/// A provider's numeric account id (Meta's ids, X user ids).
fn is_numeric_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 32 && id.chars().all(|c| c.is_ascii_digit())
}

/// A channel table's secret names and API base URL.
fn validate_secrets_and_base(table: &str, secrets: &[&str], api_base: &str) -> Result<(), String> {
    for secret in secrets {
        if !is_secret_name(secret) {
            return Err(format!(
                "channels.{table} secret name {secret:?} must be A-Z, 0-9 and _"
            ));
        }
    }
    if !is_base_url(api_base) {
        return Err(format!(
            "channels.{table}.api_base must be scheme://host[:port] with no path"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
