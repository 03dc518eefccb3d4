//! Signed attachment URLs on an origin (`domain::attachment::signed_url`): for the
//! widget and the console (`routes::attachments`, on the request's origin) and for a staff
//! reply's files on a channel (`channel_send`, on the send job's origin), so neither
//! layer imports the other.

use frontdesk_domain::attachment::{signed_url, AttachmentKind, UrlClaims, Viewer};
use frontdesk_domain::channel_media_out::FileFacts;
use frontdesk_protocol::Attachment;
use worker::Env;

use crate::error::AppResult;
use crate::{auth, time};

/// The claims of a link to `attachment_id` for `viewer`, working for `ttl_seconds`.
pub fn claims(
    clinic_id: &str,
    conversation_id: &str,
    attachment_id: &str,
    viewer: Viewer,
    ttl_seconds: i64,
) -> UrlClaims {
    UrlClaims {
        clinic_id: clinic_id.to_owned(),
        conversation_id: conversation_id.to_owned(),
        attachment_id: attachment_id.to_owned(),
        viewer,
        expires_at: time::now().timestamp() + ttl_seconds,
    }
}

/// The signed URL of `claims` on `origin`, under the current secret.
pub fn url(env: &Env, origin: &str, claims: &UrlClaims) -> AppResult<String> {
    let secrets = auth::visitor_secrets(env)?;
    let signature = signed_url::sign(secrets[0].as_bytes(), claims);
    Ok(format!(
        "{origin}/v1/attachments/{}/{}/{}?viewer={}&expires={}&sig={signature}",
        claims.clinic_id,
        claims.conversation_id,
        claims.attachment_id,
        claims.viewer.as_query(),
        claims.expires_at,
    ))
}

/// What the channel rules need to know of a stored attachment.
pub fn file_facts(attachment: &Attachment) -> Option<FileFacts> {
    Some(FileFacts {
        kind: AttachmentKind::from_media_type(&attachment.content_type)?,
        size: attachment.size,
    })
}
