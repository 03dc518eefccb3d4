//! A staff reply's files on its channel (issue 21), for `channel_send::deliver`: each
//! file as a signed URL to the clinic's own copy, made as the message is sent (never
//! stored or queued), for the provider's media request (MMS `MediaUrl`, WhatsApp
//! `image`/`document` by `link`, Messenger `attachment` by URL: the provider fetches the
//! file, audited as `provider`) or as a link in the text for the patient; or, for a photo
//! on WeChat or X, its bytes read from the bucket and uploaded (`domain::channel_media_out`
//! says which).

use frontdesk_domain::attachment::{signed_url, Viewer};
use frontdesk_domain::channel_media_out::{self as out, Carriage, OutboundFile};
use frontdesk_domain::channels::media_upload::{FileBytes, Upload};
use frontdesk_domain::channels::{FailureReason, ProviderFailure};
use frontdesk_protocol::{Attachment, Channel};
use worker::Env;

use crate::attachment_links::{self, file_facts};
use crate::error::{AppError, AppResult};
use crate::{attachment_bucket, notice_links, provider_call};

/// The message's files, each with its carriage on `channel`, and signed URLs on the send
/// job's origin where one is needed: for the provider (a short life: it fetches them as
/// it takes the message), or for the patient where the files go as links (the clinic's
/// lifetime for links it sends patients, `notice_link_seconds`).
pub fn files(
    env: &Env,
    message: &notice_links::ForMessage<'_>,
    channel: Channel,
    attachments: &[Attachment],
) -> AppResult<Vec<(Carriage, OutboundFile)>> {
    let origin = notice_links::origin_of(message.status_callback)
        .ok_or_else(|| AppError::internal("reply files", "no origin in the status callback"))?;
    attachments
        .iter()
        .filter_map(|attachment| Some((attachment, file_facts(attachment)?)))
        .map(|(attachment, facts)| {
            let carriage = out::carriage(channel, facts);
            let link = |viewer: Viewer, ttl_seconds: i64| {
                let claims = attachment_links::claims(
                    message.clinic_id,
                    message.conversation_id,
                    &attachment.id,
                    viewer,
                    ttl_seconds,
                );
                attachment_links::url(env, origin, &claims)
            };
            let url = match carriage {
                Carriage::Attached => link(Viewer::Provider, signed_url::PROVIDER_URL_TTL_SECONDS)?,
                Carriage::Linked => link(Viewer::Visitor, i64::from(message.link_seconds))?,
                Carriage::Uploaded => String::new(),
            };
            let file = OutboundFile {
                id: attachment.id.clone(),
                url,
                facts,
                filename: format!("{}.{}", attachment.id, facts.kind.extension()),
            };
            Ok((carriage, file))
        })
        .collect()
}

/// Why a file was not uploaded.
pub enum NotUploaded {
    /// It can't go as things are (its object is gone, the request can't be made): the
    /// reason staff see.
    Refused(String),
    /// The provider (or the way to it) failed the upload.
    Provider(ProviderFailure),
}

/// Reads `file` of conversation `(clinic_id, conversation_id)` from the bucket (the
/// stored copy, metadata already removed), uploads it with the request `build` makes and
/// reads the provider's media id with `read`.
pub async fn upload(
    env: &Env,
    (clinic_id, conversation_id): (&str, &str),
    file: &OutboundFile,
    build: impl FnOnce(FileBytes<'_>) -> Result<Upload, String>,
    read: fn(u16, &[u8]) -> Result<String, ProviderFailure>,
) -> Result<String, NotUploaded> {
    let key = attachment_bucket::object_key(clinic_id, conversation_id, &file.id);
    let bytes = attachment_bucket::get(env, &key)
        .await
        .map_err(|_| network("the file store could not be read"))?
        .ok_or_else(|| NotUploaded::Refused("file_gone: the file no longer exists".into()))?;
    let request = build(FileBytes {
        kind: file.facts.kind,
        filename: &file.filename,
        bytes: &bytes,
    })
    .map_err(NotUploaded::Refused)?;
    let (status, body) = provider_call::upload(&request)
        .await
        .map_err(|_| network("the upload could not be made"))?;
    read(status, &body).map_err(NotUploaded::Provider)
}

/// A failure worth another try, as a send that could not be made.
fn network(message: &str) -> NotUploaded {
    NotUploaded::Provider(ProviderFailure {
        code: "network".into(),
        reason: FailureReason::Other,
        message: Some(message.into()),
    })
}
