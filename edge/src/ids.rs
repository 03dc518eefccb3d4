//! Random identifiers and secrets from the platform's CSPRNG.

use crate::error::{AppError, AppResult};

fn random_hex(bytes: usize) -> AppResult<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::getrandom(&mut buf).map_err(|e| AppError::internal("getrandom", e))?;
    Ok(buf.iter().map(|b| format!("{b:02x}")).collect())
}

/// A new conversation id: `c_` plus 128 random bits.
pub fn conversation_id() -> AppResult<String> {
    Ok(format!("c_{}", random_hex(16)?))
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
pub fn staff_id() -> AppResult<String> {
    Ok(format!("s_{}", random_hex(12)?))
}

/// A staff session token: 256 random bits.
pub fn session_token() -> AppResult<String> {
    random_hex(32)
}

/// Whether `raw` looks like an id this module made; unknown shapes are refused early.
pub fn is_conversation_id(raw: &str) -> bool {
    raw.len() == 34
        && raw.starts_with("c_")
        && raw[2..]
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
}

/// A new saved-reply (template) id: `t_` plus 128 random bits.
pub fn template_id() -> AppResult<String> {
    Ok(format!("t_{}", random_hex(16)?))
}

/// Whether `raw` looks like a template id (`t_` and 32 lowercase hex digits).
pub fn is_template_id(raw: &str) -> bool {
    raw.len() == 34
        && raw.starts_with("t_")
        && raw[2..]
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
}
