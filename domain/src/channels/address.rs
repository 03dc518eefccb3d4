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

/// Calling codes that name one country, for the countries whose emergency number
/// `safety::emergency_number` knows (or where its 112 fallback is right: the EU, EEA and
/// Switzerland). Three-digit codes first, so a longer code is tried before any prefix of it.
const CALLING_CODES: [(&str, &str); 44] = [
    ("353", "IE"),
    ("351", "PT"),
    ("352", "LU"),
    ("354", "IS"),
    ("356", "MT"),
    ("357", "CY"),
    ("358", "FI"),
    ("359", "BG"),
    ("370", "LT"),
    ("371", "LV"),
    ("372", "EE"),
    ("385", "HR"),
    ("386", "SI"),
    ("420", "CZ"),
    ("421", "SK"),
    ("423", "LI"),
    ("350", "GI"),
    ("376", "AD"),
    ("377", "MC"),
    ("378", "SM"),
    ("27", "ZA"),
    ("30", "GR"),
    ("31", "NL"),
    ("32", "BE"),
    ("33", "FR"),
    ("34", "ES"),
    ("36", "HU"),
    ("39", "IT"),
    ("40", "RO"),
    ("41", "CH"),
    ("43", "AT"),
    ("44", "GB"),
    ("45", "DK"),
    ("46", "SE"),
    ("47", "NO"),
    ("48", "PL"),
    ("49", "DE"),
    ("52", "MX"),
    ("54", "AR"),
    ("55", "BR"),
    ("61", "AU"),
    ("64", "NZ"),
    ("81", "JP"),
    ("91", "IN"),
];

/// North American area codes outside the US and Canada whose emergency number isn't 911
/// everywhere (the Caribbean nations of the numbering plan): no country is guessed.
const NANP_ELSEWHERE: [&str; 16] = [
    "246", "264", "268", "284", "473", "649", "658", "664", "721", "758", "767", "784", "868",
    "869", "876", "242",
];

/// Puerto Rico's area codes.
const NANP_PUERTO_RICO: [&str; 2] = ["787", "939"];

impl PhoneNumber {
    /// The country whose emergency number serves this phone, for the safety reply, when
    /// the calling code shows one Frontdesk knows; `None` means "use the clinic's country".
    /// North American numbers give `US` (911 serves Canada too) or `PR`, except in the
    /// Caribbean nations that share the +1 plan.
    pub fn emergency_country(&self) -> Option<&'static str> {
        let digits = self.0.strip_prefix('+')?;
        if let Some(national) = digits.strip_prefix('1') {
            let area = national.get(..3)?;
            return if NANP_ELSEWHERE.contains(&area) {
                None
            } else if NANP_PUERTO_RICO.contains(&area) {
                Some("PR")
            } else {
                Some("US")
            };
        }
        CALLING_CODES
            .iter()
            .find(|(code, _)| digits.starts_with(code))
            .map(|(_, country)| *country)
    }
}

impl WhatsappId {
    /// The phone number behind the WhatsApp id, in E.164 with the national rules that make
    /// one person's SMS and WhatsApp numbers equal: Mexico's mobile `521` prefix drops its
    /// `1` (`+52` and ten digits since 2019), and a Brazilian mobile without the ninth
    /// digit gets it (`+55`, area code, `9`, eight digits).
    pub fn phone_number(&self) -> Option<PhoneNumber> {
        let digits = self.as_str();
        let normalised =
            if let Some(national) = digits.strip_prefix("521").filter(|n| n.len() == 10) {
                format!("+52{national}")
            } else if let Some(national) = digits.strip_prefix("55").filter(|n| n.len() == 10) {
                let (area, subscriber) = national.split_at(2);
                if subscriber.starts_with(['6', '7', '8', '9']) {
                    format!("+55{area}9{subscriber}")
                } else {
                    format!("+{digits}")
                }
            } else {
                format!("+{digits}")
            };
        PhoneNumber::parse(&normalised).ok()
    }
}

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

    /// The patient's phone number, on the channels addressed by one (SMS, WhatsApp).
    pub fn phone_number(&self) -> Option<PhoneNumber> {
        match self {
            PatientAddress::Sms(number) => Some(number.clone()),
            PatientAddress::Whatsapp(id) => id.phone_number(),
            PatientAddress::Messenger(_) | PatientAddress::Wechat(_) | PatientAddress::X(_) => None,
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
    fn phone_numbers_show_their_emergency_country_when_it_is_clear() {
        let cases = [
            ("+15550100200", Some("US")),
            ("+14165550100", Some("US")),
            ("+17875550100", Some("PR")),
            ("+18765550100", None),
            ("+447700900123", Some("GB")),
            ("+353851234567", Some("IE")),
            ("+351912345678", Some("PT")),
            ("+33612345678", Some("FR")),
            ("+61412345678", Some("AU")),
            ("+5511912345678", Some("BR")),
            ("+8613812345678", None),
            ("+79161234567", None),
        ];
        for (number, country) in cases {
            assert_eq!(
                PhoneNumber::parse(number).unwrap().emergency_country(),
                country,
                "{number}"
            );
        }
        // Every country named maps to the number the safety reply names.
        assert_eq!(crate::safety::emergency_number("GB"), "999");
        assert_eq!(crate::safety::emergency_number("PR"), "911");
    }

    #[test]
    fn whatsapp_ids_become_the_same_phone_numbers_as_sms() {
        let cases = [
            ("16505551234", Some("+16505551234")),
            // Mexico: WhatsApp keeps the old mobile 1.
            ("5215512345678", Some("+525512345678")),
            ("525512345678", Some("+525512345678")),
            // Brazil: the ninth digit added to a mobile that lacks it, never to a landline.
            ("551187654321", Some("+5511987654321")),
            ("5511987654321", Some("+5511987654321")),
            ("551133334444", Some("+551133334444")),
            ("447700900123", Some("+447700900123")),
            ("1234", None),
        ];
        for (wa_id, phone) in cases {
            let address = PatientAddress::Whatsapp(WhatsappId::parse(wa_id).unwrap());
            assert_eq!(
                address.phone_number().as_ref().map(PhoneNumber::as_str),
                phone,
                "{wa_id}"
            );
        }
        let sms = PatientAddress::Sms(PhoneNumber::parse("+15550100200").unwrap());
        assert_eq!(sms.phone_number().unwrap().as_str(), "+15550100200");
        assert_eq!(
            PatientAddress::X(XUserId::parse("42").unwrap()).phone_number(),
            None
        );
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
