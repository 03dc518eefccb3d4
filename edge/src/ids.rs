//! Random identifiers and secrets from the platform's CSPRNG.

use crate::error::{AppError, AppResult};

/// `N` bytes from the CSPRNG: the one place its failure becomes an error.
fn random_bytes<const N: usize>() -> AppResult<[u8; N]> {
    let mut random = [0u8; N];
    getrandom::getrandom(&mut random).map_err(|e| AppError::internal("getrandom", e))?;
    Ok(random)
}

fn random_hex(bytes: usize) -> AppResult<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::getrandom(&mut buf).map_err(|e| AppError::internal("getrandom", e))?;
    Ok(hex::encode(buf))
}

pub use frontdesk_domain::ids::{ConversationId, StaffId};

/// A new random conversation id.
pub fn new_conversation_id() -> AppResult<ConversationId> {
    Ok(ConversationId::from_random(random_bytes()?))
}

/// A new attachment id: `a_` plus 128 random bits in lowercase hex (unguessable: it is
/// part of an R2 key and of signed URLs).
pub fn attachment_id() -> AppResult<String> {
    Ok(format!("a_{}", random_hex(16)?))
}

/// Whether `raw` has the shape of [`attachment_id`].
pub fn is_attachment_id(raw: &str) -> bool {
    raw.strip_prefix("a_").is_some_and(|hex| {
        hex.len() == 32
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// An OAuth 1.0a nonce: 128 random bits in hex.
pub fn nonce() -> AppResult<String> {
    random_hex(16)
}

/// A new message id.
pub fn message_id() -> AppResult<String> {
    Ok(format!("m_{}", random_hex(12)?))
}

/// A new survey id.
pub fn survey_id() -> AppResult<String> {
    Ok(format!("sv_{}", random_hex(12)?))
}

/// A new staff account id.
pub fn staff_id() -> AppResult<StaffId> {
    Ok(StaffId::from_random(random_bytes()?))
}

/// A staff session token: 256 random bits.
pub fn session_token() -> AppResult<String> {
    random_hex(32)
}

/// Whether `raw` is `prefix` and 32 lowercase hex digits, as this module makes ids.
fn has_id_shape(raw: &str, prefix: &str) -> bool {
    raw.strip_prefix(prefix).is_some_and(|hex| {
        hex.len() == 32
            && hex
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    })
}

/// A new saved-reply (template) id: `t_` plus 128 random bits.
pub fn template_id() -> AppResult<String> {
    Ok(format!("t_{}", random_hex(16)?))
}

/// Whether `raw` looks like a template id (`t_` and 32 lowercase hex digits).
pub fn is_template_id(raw: &str) -> bool {
    has_id_shape(raw, "t_")
}

/// A new event subscription id: `es_` plus 128 random bits.
pub fn subscription_id() -> AppResult<String> {
    Ok(format!("es_{}", random_hex(16)?))
}

/// Whether `raw` looks like an event subscription id.
pub fn is_subscription_id(raw: &str) -> bool {
    has_id_shape(raw, "es_")
}

/// A new API key id: `ak_` plus 128 random bits.
pub fn api_key_id() -> AppResult<String> {
    Ok(format!("ak_{}", random_hex(16)?))
}

/// Whether `raw` looks like an API key id.
pub fn is_api_key_id(raw: &str) -> bool {
    has_id_shape(raw, "ak_")
}

/// A new API key secret (`fdk_` and 256 random bits; `domain::api_keys`).
pub fn api_key_secret() -> AppResult<String> {
    let random: [u8; frontdesk_domain::api_keys::SECRET_BYTES] = random_bytes()?;
    Ok(frontdesk_domain::api_keys::secret_from(&random))
}

/// A new Standard Webhooks signing secret: 32 random bytes.
pub fn webhook_secret() -> AppResult<frontdesk_domain::webhook::WebhookSecret> {
    let mut key = vec![0u8; 32];
    getrandom::getrandom(&mut key).map_err(|e| AppError::internal("getrandom", e))?;
    frontdesk_domain::webhook::WebhookSecret::from_bytes(key)
        .map_err(|e| AppError::internal("webhook secret", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_ids_parse_back() {
        let made = new_conversation_id().unwrap();
        assert_eq!(ConversationId::parse(made.as_str()), Some(made.clone()));
        let template = made.as_str().replace("c_", "t_");
        assert!(is_template_id(&template));
        assert!(!is_template_id(made.as_str()));
    }
}
