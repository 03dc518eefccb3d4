//! A staff reply's files on its channel (issue 21), for `channel_send::deliver`: each
//! file as a signed URL to the clinic's own copy, made as the message is sent (never
//! stored or queued), then either the provider's media request (MMS `MediaUrl`, WhatsApp
//! `image`/`document` by `link`, Messenger `attachment` by URL: the provider fetches the
//! file, audited as `provider`) or, on WeChat and X, links in the text for the patient
//! (`domain::channel_media_out` says why).

use frontdesk_domain::attachment::{signed_url, Viewer};
use frontdesk_domain::channel_config::ChannelsConfig;
use frontdesk_domain::channel_media_out::{self as out, Carriage, OutboundFile};
use frontdesk_domain::channels::{OutboundRequest, PatientAddress};
use frontdesk_protocol::{Attachment, Channel};
use worker::Env;

use crate::attachment_links::{self, file_facts};
use crate::error::{AppError, AppResult};
use crate::{channel_send, notice_links};

/// The message's files with signed URLs on the send job's origin: for the provider
/// (a short life: it fetches them as it takes the message), or for the patient where the
/// files go as links (the clinic's lifetime for links it sends patients,
/// `notice_link_seconds`).
pub fn files(
    env: &Env,
    message: &notice_links::ForMessage<'_>,
    channel: Channel,
    attachments: &[Attachment],
) -> AppResult<Vec<OutboundFile>> {
    let origin = notice_links::origin_of(message.status_callback)
        .ok_or_else(|| AppError::internal("reply files", "no origin in the status callback"))?;
    let (viewer, ttl_seconds) = match out::carriage(channel) {
        Carriage::Attached => (Viewer::Provider, signed_url::PROVIDER_URL_TTL_SECONDS),
        Carriage::Linked => (Viewer::Visitor, i64::from(message.link_seconds)),
    };
    attachments
        .iter()
        .filter_map(|attachment| Some((attachment, file_facts(attachment)?)))
        .map(|(attachment, facts)| {
            let claims = attachment_links::claims(
                message.clinic_id,
                message.conversation_id,
                &attachment.id,
                viewer.clone(),
                ttl_seconds,
            );
            Ok(OutboundFile {
                url: attachment_links::url(env, origin, &claims)?,
                facts,
                filename: format!("{}.{}", attachment.id, facts.kind.extension()),
            })
        })
        .collect()
}

/// The provider calls that carry `text` and `files` on an attaching channel, in order;
/// the last one's answer is the message's. Messenger has no caption, so its text goes
/// first as a message of its own (a resend after the file failed sends the text again).
/// `Err` is the reason staff see when the channel can't take them now.
pub fn requests(
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
            let twilio =
                channel_send::twilio(env, sms, Some(status_callback.to_owned())).map_err(unset)?;
            vec![out::twilio_mms(&twilio, to, text, files)]
        }
        Channel::Whatsapp => {
            let config = channels.whatsapp.as_ref().ok_or_else(off)?;
            let whatsapp = channel_send::whatsapp(env, config).map_err(unset)?;
            vec![out::whatsapp_media(&whatsapp, to, text, first)]
        }
        Channel::Messenger => {
            let config = channels.messenger.as_ref().ok_or_else(off)?;
            let messenger = channel_send::messenger(env, config).map_err(unset)?;
            let mut requests = Vec::new();
            if !text.is_empty() {
                let content = frontdesk_domain::channels::OutboundContent::Text(text.to_owned());
                let text_request = frontdesk_domain::channels::ChannelAdapter::send_request(
                    &messenger, to, &content,
                )
                .map_err(|error| format!("{}: {error}", error.code()))?;
                requests.push(text_request);
            }
            requests.push(out::messenger_attachment(&messenger, to, first));
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
