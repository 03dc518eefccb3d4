//! A staff reply's files on its channel (issue 21), for `channel_send::deliver`: each
//! file as a signed URL to the clinic's own copy, made as the message is sent (never
//! stored or queued), then either the provider's media request (MMS `MediaUrl`, WhatsApp
//! `image`/`document` by `link`, Messenger `attachment` by URL: the provider fetches the
//! file, audited as `provider`) or, on WeChat and X, links in the text for the patient
//! (`domain::channel_media_out` says why).

use frontdesk_domain::attachment::{signed_url, Viewer};
use frontdesk_domain::channel_media_out::{self as out, Carriage, OutboundFile};
use frontdesk_protocol::{Attachment, Channel};
use worker::Env;

use crate::attachment_links::{self, file_facts};
use crate::error::{AppError, AppResult};
use crate::notice_links;

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
