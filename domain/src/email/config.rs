//! `[channels.email]` in the clinic file: the clinic's transactional email through
//! Postmark, for notices to staff (invitations, password resets) and one-time codes to
//! patients. Like the messaging channels, the credential is a Workers secret named here,
//! never the value.

use serde::{Deserialize, Serialize};

use super::EmailAddress;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailChannel {
    /// The sender: an address of a domain verified at Postmark (a Sender Signature).
    pub from: String,
    /// The name shown with it; the clinic's name when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_name: Option<String>,
    /// The Workers secret holding the Postmark server token.
    #[serde(default = "default_server_token")]
    pub server_token_secret: String,
    /// The Postmark message stream for transactional mail.
    #[serde(default = "default_stream")]
    pub message_stream: String,
    /// The API's base URL; the provider sandbox's in dev.
    #[serde(default = "default_api")]
    pub api_base: String,
}

fn default_server_token() -> String {
    "POSTMARK_SERVER_TOKEN".into()
}

fn default_stream() -> String {
    "outbound".into()
}

fn default_api() -> String {
    "https://api.postmarkapp.com".into()
}

impl EmailChannel {
    pub fn validate(&self) -> Result<(), String> {
        if EmailAddress::parse(&self.from).is_none() {
            return Err("channels.email.from must be one email address".into());
        }
        if let Some(name) = &self.from_name {
            if name.is_empty()
                || name.chars().count() > 100
                || name.chars().any(|c| c.is_control() || "<>\",;".contains(c))
            {
                return Err(
                    "channels.email.from_name must be 1 to 100 characters without <>\",; or controls"
                        .into(),
                );
            }
        }
        let stream_ok = !self.message_stream.is_empty()
            && self.message_stream.len() <= 64
            && self
                .message_stream
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !stream_ok {
            return Err("channels.email.message_stream must be a Postmark stream id".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::channel_config::ChannelsConfig;

    fn read(table: &str) -> Result<(), String> {
        let config: ChannelsConfig =
            toml::from_str(&format!("[email]\n{table}")).map_err(|e| e.to_string())?;
        config.validate()
    }

    #[test]
    fn the_email_table_has_safe_defaults_and_refuses_nonsense() {
        let config: ChannelsConfig =
            toml::from_str("[email]\nfrom = \"no-reply@clinic.example\"").expect("toml");
        let email = config.email.clone().expect("email");
        assert_eq!(email.server_token_secret, "POSTMARK_SERVER_TOKEN");
        assert_eq!(email.message_stream, "outbound");
        assert_eq!(email.api_base, "https://api.postmarkapp.com");
        assert!(config.validate().is_ok());
        for bad in [
            "from = \"Clinic <no-reply@clinic.example>\"",
            "from = \"a@b.example, c@d.example\"",
            "from = \"x@clinic.example\"\nfrom_name = \"Eve <eve@evil.example>\"",
            "from = \"x@clinic.example\"\nserver_token_secret = \"lower-case\"",
            "from = \"x@clinic.example\"\napi_base = \"https://api.postmarkapp.com/email\"",
            "from = \"x@clinic.example\"\nmessage_stream = \"two words\"",
            "from = \"x@clinic.example\"\nsurprise = 1",
        ] {
            assert!(read(bad).is_err(), "{bad}");
        }
    }
}
