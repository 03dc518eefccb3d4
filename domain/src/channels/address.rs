//! A patient's address on each external channel, parsed once at the boundary so an invalid
//! one can't be stored or sent to.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Channel;

/// Why a raw address is not valid for its channel.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("a phone number is `+` and 8 to 15 digits (E.164)")]
    NotE164,
    #[error("expected 1 to {max} digits")]
    NotDigits { max: usize },
    #[error("expected 1 to 64 letters, digits, `-` or `_`")]
    NotOpenId,
}

/// Declares a validated string newtype: `parse`, `as_str`, `Display`, and serde through
/// `parse`, so a deserialised value is as valid as a parsed one.
macro_rules! address_type {
    ($(#[$doc:meta])* $name:ident, $valid:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn parse(raw: &str) -> Result<$name, AddressError> {
                let check: fn(&str) -> Result<(), AddressError> = $valid;
                check(raw)?;
                Ok($name(raw.to_string()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = AddressError;
            fn try_from(raw: String) -> Result<$name, AddressError> {
                $name::parse(&raw)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

fn digits(raw: &str, max: usize) -> Result<(), AddressError> {
    if (1..=max).contains(&raw.len()) && raw.bytes().all(|byte| byte.is_ascii_digit()) {
        Ok(())
    } else {
        Err(AddressError::NotDigits { max })
    }
}

address_type!(
    /// An E.164 phone number: `+`, a country code that doesn't start with 0, 8 to 15 digits.
    PhoneNumber,
    |raw| match raw.strip_prefix('+') {
        Some(number)
            if (8..=15).contains(&number.len())
                && !number.starts_with('0')
                && number.bytes().all(|byte| byte.is_ascii_digit()) =>
        {
            Ok(())
        }
        _ => Err(AddressError::NotE164),
    }
);

address_type!(
    /// A WhatsApp id (`wa_id`): the phone number's digits without `+`.
    WhatsappId,
    |raw| digits(raw, 15)
);

address_type!(
    /// A Messenger page-scoped id (PSID).
    PageScopedId,
    |raw| digits(raw, 32)
);

address_type!(
    /// A WeChat OpenID: the user's id for one official account.
    OpenId,
    |raw| {
        let valid = (1..=64).contains(&raw.len())
            && raw
                .bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_');
        if valid {
            Ok(())
        } else {
            Err(AddressError::NotOpenId)
        }
    }
);

address_type!(
    /// An X user id.
    XUserId,
    |raw| digits(raw, 20)
);

/// Where the patient is, on one external channel. Serialised as
/// `{"channel": "sms", "address": "+15550100200"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "channel", content = "address", rename_all = "lowercase")]
pub enum PatientAddress {
    Sms(PhoneNumber),
    Whatsapp(WhatsappId),
    Messenger(PageScopedId),
    Wechat(OpenId),
    X(XUserId),
}

impl PatientAddress {
    pub fn channel(&self) -> Channel {
        match self {
            PatientAddress::Sms(_) => Channel::Sms,
            PatientAddress::Whatsapp(_) => Channel::Whatsapp,
            PatientAddress::Messenger(_) => Channel::Messenger,
            PatientAddress::Wechat(_) => Channel::Wechat,
            PatientAddress::X(_) => Channel::X,
        }
    }

    /// The address as the provider writes it.
    pub fn as_str(&self) -> &str {
        match self {
            PatientAddress::Sms(number) => number.as_str(),
            PatientAddress::Whatsapp(id) => id.as_str(),
            PatientAddress::Messenger(id) => id.as_str(),
            PatientAddress::Wechat(id) => id.as_str(),
            PatientAddress::X(id) => id.as_str(),
        }
    }

    /// Parses a raw address for `channel`; `None` for the website, which has none.
    pub fn parse(channel: Channel, raw: &str) -> Option<Result<PatientAddress, AddressError>> {
        Some(match channel {
            Channel::Web => return None,
            Channel::Sms => PhoneNumber::parse(raw).map(PatientAddress::Sms),
            Channel::Whatsapp => WhatsappId::parse(raw).map(PatientAddress::Whatsapp),
            Channel::Messenger => PageScopedId::parse(raw).map(PatientAddress::Messenger),
            Channel::Wechat => OpenId::parse(raw).map(PatientAddress::Wechat),
            Channel::X => XUserId::parse(raw).map(PatientAddress::X),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_channel_takes_only_its_own_addresses() {
        let cases: [(Channel, &str, bool); 16] = [
            (Channel::Sms, "+15550100200", true),
            (Channel::Sms, "+447700900123", true),
            (Channel::Sms, "15550100200", false),
            (Channel::Sms, "+0555010020", false),
            (Channel::Sms, "+1555", false),
            (Channel::Sms, "+1234567890123456", false),
            (Channel::Sms, "+1 555 0100", false),
            (Channel::Whatsapp, "16505551234", true),
            (Channel::Whatsapp, "+16505551234", false),
            (Channel::Messenger, "1254459154682919", true),
            (Channel::Messenger, "abc", false),
            (Channel::Wechat, "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", true),
            (Channel::Wechat, "o<script>", false),
            (Channel::X, "3001969357", true),
            (Channel::X, "", false),
            (Channel::X, "123456789012345678901", false),
        ];
        for (channel, raw, valid) in cases {
            let parsed = PatientAddress::parse(channel, raw).expect("external channel");
            assert_eq!(parsed.is_ok(), valid, "{channel} {raw:?}");
            if let Ok(address) = parsed {
                assert_eq!(address.channel(), channel);
                assert_eq!(address.as_str(), raw);
            }
        }
        assert!(PatientAddress::parse(Channel::Web, "anything").is_none());
    }

    #[test]
    fn addresses_round_trip_through_serde_and_validate_on_the_way_in() {
        let address = PatientAddress::Sms(PhoneNumber::parse("+15550100200").unwrap());
        let json = serde_json::to_string(&address).unwrap();
        assert_eq!(json, r#"{"channel":"sms","address":"+15550100200"}"#);
        assert_eq!(
            serde_json::from_str::<PatientAddress>(&json).unwrap(),
            address
        );
        assert!(
            serde_json::from_str::<PatientAddress>(r#"{"channel":"sms","address":"5550100"}"#)
                .is_err()
        );
        assert!(
            serde_json::from_str::<PatientAddress>(r#"{"channel":"web","address":"x"}"#).is_err()
        );
    }
}
