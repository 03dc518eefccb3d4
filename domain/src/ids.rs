//! The ids that name a clinic, a staff member and a conversation, parsed where a request
//! or a stored row brings them in, so storage and the rules are only ever called with
//! well-formed ids (and a staff id can't be passed where a clinic id belongs).

use std::fmt;

/// Whether `raw` is `prefix` and 32 lowercase hex digits (128 random bits).
fn has_random_shape(raw: &str, prefix: &str) -> bool {
    raw.strip_prefix(prefix).is_some_and(|hex| {
        hex.len() == 32
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        /// Parsed as it is read, so a malformed id in a body or a queue message is
        /// refused there.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(deserializer)?;
                $name::parse(&raw).ok_or_else(|| {
                    serde::de::Error::custom(concat!("a malformed ", stringify!($name)))
                })
            }
        }
    };
}

id_type!(
    /// A clinic's id: 1-40 lowercase letters, digits or `-`, as its config file names it
    /// (`config::ClinicConfig::validate` holds new files to the same rule).
    ClinicId
);

impl ClinicId {
    pub fn parse(raw: &str) -> Option<ClinicId> {
        let fits = (1..=40).contains(&raw.len())
            && raw
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        fits.then(|| ClinicId(raw.to_owned()))
    }
}

id_type!(
    /// Who acts as staff: a staff member's id, `s_` and up to 62 lowercase letters, digits
    /// or `_` (new accounts get 96 random bits in hex; the dev accounts have names like
    /// `s_admin`), or an API key's id, `ak_` and the same (the practice software's messages
    /// are the clinic's, and the audit log names the key that sent them).
    StaffId
);

impl StaffId {
    pub fn parse(raw: &str) -> Option<StaffId> {
        let fits = raw.len() <= 64
            && (raw.strip_prefix("s_").or_else(|| raw.strip_prefix("ak_"))).is_some_and(|rest| {
                !rest.is_empty()
                    && rest
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            });
        fits.then(|| StaffId(raw.to_owned()))
    }

    /// A new id from 12 random bytes.
    pub fn from_random(bytes: [u8; 12]) -> StaffId {
        StaffId(format!("s_{}", hex::encode(bytes)))
    }
}

id_type!(
    /// A conversation id as this service makes them: `c_` plus 128 random bits in
    /// lowercase hex. Other shapes are refused early.
    ConversationId
);

impl ConversationId {
    pub fn parse(raw: &str) -> Option<ConversationId> {
        has_random_shape(raw, "c_").then(|| ConversationId(raw.to_owned()))
    }

    /// A new id from 16 random bytes.
    pub fn from_random(bytes: [u8; 16]) -> ConversationId {
        ConversationId(format!("c_{}", hex::encode(bytes)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_travel_as_their_text_and_are_parsed_when_read() {
        let clinic = ClinicId::parse("demo-clinic").expect("a clinic id");
        let json = serde_json::to_string(&clinic).expect("serialized");
        assert_eq!(json, r#""demo-clinic""#);
        assert_eq!(serde_json::from_str::<ClinicId>(&json).ok(), Some(clinic));
        assert!(serde_json::from_str::<ClinicId>(r#""Demo Clinic""#).is_err());
        assert!(serde_json::from_str::<StaffId>(r#""s_admin""#).is_ok());
        assert!(serde_json::from_str::<StaffId>(r#""admin""#).is_err());
        assert!(serde_json::from_str::<ConversationId>(r#""c_1""#).is_err());
    }

    #[test]
    fn conversation_ids_parse_only_in_the_shape_this_service_makes() {
        let made = ConversationId::from_random([7; 16]);
        assert_eq!(ConversationId::parse(made.as_str()), Some(made.clone()));
        let good = format!("c_{}", "0123456789abcdef".repeat(2));
        assert!(ConversationId::parse(&good).is_some());
        for bad in [
            String::new(),
            "c_".to_owned(),
            good.to_uppercase(),
            good.replace("c_", "t_"),
            format!("{good}0"),
            good[..33].to_owned(),
            format!("c_{}", "g".repeat(32)),
            format!("c_{}é", "0".repeat(31)),
        ] {
            assert_eq!(ConversationId::parse(&bad), None, "{bad:?}");
        }
    }

    #[test]
    fn clinic_ids_are_what_config_files_allow() {
        for good in ["demo", "demo-retention", "a", &"x".repeat(40)] {
            assert_eq!(
                ClinicId::parse(good).map(ClinicId::into_string).as_deref(),
                Some(good)
            );
        }
        for bad in ["", "Demo", "demo clinic", "demo_x", &"x".repeat(41), "démo"] {
            assert_eq!(ClinicId::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn staff_ids_are_the_made_and_the_dev_shapes() {
        let made = StaffId::from_random([0xab; 12]);
        assert_eq!(made.as_str().len(), 26);
        assert_eq!(StaffId::parse(made.as_str()), Some(made));
        assert!(StaffId::parse("s_other_admin").is_some());
        // An API key acting for the clinic (the practice software's messages).
        assert!(StaffId::parse("ak_0123456789abcdef0123456789abcdef").is_some());
        for bad in [
            "",
            "s_",
            "ak_",
            "admin",
            "s_Admin",
            "s_a-b",
            "visitor",
            &format!("s_{}", "a".repeat(63)),
        ] {
            assert_eq!(StaffId::parse(bad), None, "{bad:?}");
        }
    }
}
