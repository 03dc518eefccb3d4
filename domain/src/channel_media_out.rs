//! Files a staff reply carries to a channel patient (issue 21): whether the channel takes
//! them through its provider's media API or as links in the text, what each provider
//! refuses (refused before the reply is stored, with words staff read), and the
//! providers' documented requests. Each file goes as a short-lived signed URL to the
//! clinic's own copy, which the provider fetches; no bytes pass through a queue.
//!
//! Docs: Twilio, "Send an MMS" (`MediaUrl`, repeatable, up to 10, 5 MB in all),
//! <https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource>;
//! WhatsApp Cloud API, "Media messages" (`image` or `document` with `link`, a caption of
//! up to 1,024 characters; images JPEG or PNG up to 5 MB),
//! <https://developers.facebook.com/docs/whatsapp/cloud-api/messages/image-messages>;
//! Messenger Send API, "Sending attachments" (`attachment` with `payload.url`; no
//! caption, so text goes as a message of its own),
//! <https://developers.facebook.com/docs/messenger-platform/send-messages#sending_attachments>.
//!
//! WeChat and X take no file by URL: a photo they can show is uploaded by its bytes
//! (`channels::media_upload`) and sent by the media id they answer; anything else (a PDF:
//! an Official Account's customer-service messages have no file type, and X DMs carry
//! images, GIFs and video) goes as a signed link in the text, as does a photo over their
//! size limit.

use serde_json::json;

use crate::attachment::AttachmentKind;
use crate::channel_media::channel_name;
use crate::channels::meta::messenger::Messenger;
use crate::channels::meta::whatsapp::WhatsApp;
use crate::channels::twilio::Twilio;
use crate::channels::{Channel, OutboundRequest, PatientAddress};

/// WeChat's limit on a temporary `image` (the upload API page's own note; an older note
/// on the same page says 10 MB: a larger photo goes as a link, which always arrives).
pub const MAX_WECHAT_IMAGE_BYTES: u64 = 2 * 1024 * 1024;
/// X's limit on an image upload.
pub const MAX_X_IMAGE_BYTES: u64 = 5 * 1024 * 1024;
/// Twilio's limits on one MMS.
pub const MAX_MMS_FILES: usize = 10;
pub const MAX_MMS_BYTES: u64 = 5 * 1024 * 1024;
/// WhatsApp's limit on an image message's file; larger photos go as documents.
pub const MAX_WHATSAPP_IMAGE_BYTES: u64 = 5 * 1024 * 1024;
/// WhatsApp's limit on a media message's caption.
pub const MAX_CAPTION_CHARS: usize = 1_024;

/// How a reply's file reaches the patient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carriage {
    /// By the provider's media request, which fetches it by URL (MMS, WhatsApp,
    /// Messenger).
    Attached,
    /// Uploaded by its bytes, then sent by the provider's media id (a photo on WeChat or
    /// X that the provider shows).
    Uploaded,
    /// As a signed link in the text (what WeChat and X can't show).
    Linked,
}

/// How `channel` carries `file`.
pub fn carriage(channel: Channel, file: FileFacts) -> Carriage {
    let (images, max_bytes): (&[AttachmentKind], u64) = match channel {
        // Official Accounts' images: JPEG, PNG (and GIF, BMP, which we don't store).
        Channel::Wechat => (
            &[AttachmentKind::Jpeg, AttachmentKind::Png],
            MAX_WECHAT_IMAGE_BYTES,
        ),
        // X's `dm_image`: JPEG, PNG, WebP (and GIF, BMP); no HEIC.
        Channel::X => (
            &[
                AttachmentKind::Jpeg,
                AttachmentKind::Png,
                AttachmentKind::Webp,
            ],
            MAX_X_IMAGE_BYTES,
        ),
        _ => return Carriage::Attached,
    };
    if images.contains(&file.kind) && file.size <= max_bytes {
        Carriage::Uploaded
    } else {
        Carriage::Linked
    }
}

/// A file of the reply, as checked before it is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileFacts {
    pub kind: AttachmentKind,
    pub size: u64,
}

/// Why a reply's files can't go on its channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaRefusal {
    /// More files than one message carries.
    TooManyFiles { channel: Channel, max: usize },
    /// Over the provider's size limit.
    TooLarge { channel: Channel, max_bytes: u64 },
    /// Text over WhatsApp's caption limit, which the text goes in.
    CaptionTooLong,
}

impl MediaRefusal {
    pub fn code(&self) -> &'static str {
        match self {
            MediaRefusal::TooManyFiles { .. } => "too_many_files_for_channel",
            MediaRefusal::TooLarge { .. } => "file_too_large_for_channel",
            MediaRefusal::CaptionTooLong => "caption_too_long",
        }
    }

    /// What staff read, with what to do instead.
    pub fn message(&self) -> String {
        match self {
            MediaRefusal::TooManyFiles { channel, max } => format!(
                "A {} reply carries at most {max} file{}: send the others in further replies.",
                channel_name(*channel),
                if *max == 1 { "" } else { "s" }
            ),
            MediaRefusal::TooLarge { channel, max_bytes } => format!(
                "{} carries files of at most {} MB in one message: send a smaller file, or \
                 send it another way.",
                channel_name(*channel),
                max_bytes / (1024 * 1024)
            ),
            MediaRefusal::CaptionTooLong => format!(
                "On WhatsApp a file's text is its caption, at most {MAX_CAPTION_CHARS} \
                 characters: send the text in a reply of its own."
            ),
        }
    }
}

/// Whether a reply of `text` with `files` can go on `channel` as the provider takes it.
pub fn check(channel: Channel, text: &str, files: &[FileFacts]) -> Result<(), MediaRefusal> {
    // WeChat and X take any number: each photo a message of its own, the rest as links.
    if files.is_empty() || matches!(channel, Channel::Wechat | Channel::X) {
        return Ok(());
    }
    let one_message = |max: usize| {
        if files.len() > max {
            Err(MediaRefusal::TooManyFiles { channel, max })
        } else {
            Ok(())
        }
    };
    match channel {
        Channel::Sms => {
            one_message(MAX_MMS_FILES)?;
            if files.iter().map(|f| f.size).sum::<u64>() > MAX_MMS_BYTES {
                return Err(MediaRefusal::TooLarge {
                    channel,
                    max_bytes: MAX_MMS_BYTES,
                });
            }
        }
        Channel::Whatsapp => {
            one_message(1)?;
            if text.chars().count() > MAX_CAPTION_CHARS {
                return Err(MediaRefusal::CaptionTooLong);
            }
        }
        // Messenger takes files up to 25 MB, over the attachments' own 10 MiB limit.
        _ => one_message(1)?,
    }
    Ok(())
}

/// One file on its way out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboundFile {
    /// The attachment's id (its object in the clinic's bucket).
    pub id: String,
    /// The signed URL the provider or the patient fetches it from; empty for a file
    /// uploaded by its bytes (`Carriage::Uploaded`), which needs none.
    pub url: String,
    pub facts: FileFacts,
    /// The name a document is shown under.
    pub filename: String,
}

/// Twilio's `POST Messages.json` as an MMS: `Body` (may be empty) and one `MediaUrl` per
/// file.
pub fn twilio_mms(
    twilio: &Twilio,
    to: &PatientAddress,
    text: &str,
    files: &[OutboundFile],
) -> OutboundRequest {
    let mut request = twilio.message_request(to, text);
    let mut body = form_urlencoded::Serializer::new(request.body);
    for file in files {
        body.append_pair("MediaUrl", &file.url);
    }
    request.body = body.finish();
    request
}

/// WhatsApp's media message: an `image` (JPEG or PNG up to 5 MB) or else a `document`,
/// by `link`, with the text as its caption.
pub fn whatsapp_media(
    whatsapp: &WhatsApp,
    to: &PatientAddress,
    caption: &str,
    file: &OutboundFile,
) -> OutboundRequest {
    let image = matches!(file.facts.kind, AttachmentKind::Jpeg | AttachmentKind::Png)
        && file.facts.size <= MAX_WHATSAPP_IMAGE_BYTES;
    let mut media = json!({ "link": file.url });
    if !caption.is_empty() {
        media["caption"] = json!(caption);
    }
    let kind = if image {
        "image"
    } else {
        media["filename"] = json!(file.filename);
        "document"
    };
    let body = json!({
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to.as_str(),
        "type": kind,
        kind: media,
    });
    whatsapp
        .graph
        .post(&format!("{}/messages", whatsapp.phone_number_id), &body)
}

/// Messenger's attachment message: an `image` (JPEG, PNG, WebP) or a `file`, by URL,
/// not saved for reuse.
pub fn messenger_attachment(
    messenger: &Messenger,
    to: &PatientAddress,
    file: &OutboundFile,
) -> OutboundRequest {
    let kind = match file.facts.kind {
        AttachmentKind::Jpeg | AttachmentKind::Png | AttachmentKind::Webp => "image",
        AttachmentKind::Heic | AttachmentKind::Pdf => "file",
    };
    let body = json!({
        "recipient": { "id": to.as_str() },
        "messaging_type": "RESPONSE",
        "message": {
            "attachment": {
                "type": kind,
                "payload": { "url": file.url, "is_reusable": false },
            },
        },
    });
    messenger.graph.post("me/messages", &body)
}

/// WeChat's and X's text: the reply's text, then one link per linked file on its own line.
pub fn text_with_links(text: &str, links: &[String]) -> String {
    let mut lines: Vec<&str> = Vec::new();
    if !text.is_empty() {
        lines.push(text);
    }
    lines.extend(links.iter().map(String::as_str));
    lines.join("\n")
}

#[cfg(test)]
mod tests;
