//! One message on its way out: the provider calls that carry it (text, a template, files
//! by URL or uploaded), made in order, and why one didn't leave (`Unsent`).

use frontdesk_domain::channel_config::ChannelsConfig;
use frontdesk_domain::channel_media_out::{self, OutboundFile};
use frontdesk_domain::channels::media_upload::{self, FileBytes};
use frontdesk_domain::channels::oauth1::Once;
use frontdesk_domain::channels::wechat::{self, WeChat};
use frontdesk_domain::channels::{
    ChannelAdapter, OutboundContent, OutboundRequest, PatientAddress, ProviderFailure, SendError,
    SendReceipt,
};
use frontdesk_protocol::Channel;
use worker::Env;

use super::accounts::{messenger, secret, twilio, wechat, whatsapp, x, x_oauth1};
use super::media::NotUploaded;
use crate::{provider_call, time, wechat_token};

/// Why a message didn't leave.
pub(super) enum Unsent {
    /// It can't go out as things are (channel off, secret unset, content refused): the
    /// failure reason staff see.
    Refused(String),
    /// The provider (or the way to it) failed it.
    Provider(ProviderFailure),
}

/// One message on its way out.
pub(super) struct Outgoing<'a> {
    pub(super) channels: &'a ChannelsConfig,
    pub(super) channel: Channel,
    /// The clinic and conversation, where the files are kept.
    pub(super) conversation: (&'a str, &'a str),
    pub(super) status_callback: &'a str,
    pub(super) to: &'a PatientAddress,
    pub(super) content: &'a OutboundContent,
    /// Files the provider fetches by URL (MMS, WhatsApp, Messenger) or takes uploaded
    /// (photos on WeChat and X).
    pub(super) files: &'a [OutboundFile],
}

impl Outgoing<'_> {
    /// One provider call; `refresh_token` fetches WeChat's access token anew first.
    pub(super) async fn send(&self, env: &Env, refresh_token: bool) -> Result<SendReceipt, Unsent> {
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
                let id = super::media::upload(
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
            let id = super::media::upload(
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
pub(super) fn off(channel: Channel) -> Unsent {
    Unsent::Refused(format!(
        "channel_disabled: the clinic's {} channel is off",
        channel.as_str()
    ))
}

/// A secret the channel needs is not set.
pub(super) fn unset(channel: Channel) -> Unsent {
    Unsent::Refused(format!(
        "credentials: a {} secret is not set",
        channel.as_str()
    ))
}

/// The adapter refused to build the request: the reason staff see.
pub(super) fn refused(error: SendError) -> Unsent {
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
