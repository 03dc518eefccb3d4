//! How each part of a visitor's identity is known: stated by the visitor, or verified
//! (and how). Staff act on what the console shows, so the difference travels with it.

use serde::{Deserialize, Serialize};

use crate::VisitorIdentity;

/// How an identity field was verified. A field with none was only stated by the visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerificationMethod {
    /// The clinic's own server signed the portal identity (`user_hash`).
    Signed,
    /// The visitor typed a one-time code sent by SMS to the phone.
    SmsCode,
    /// The visitor typed a one-time code sent to the email address.
    EmailCode,
    /// A staff member checked it with the patient and marked it verified.
    Staff,
}

impl VerificationMethod {
    pub const ALL: [VerificationMethod; 4] = [
        VerificationMethod::Signed,
        VerificationMethod::SmsCode,
        VerificationMethod::EmailCode,
        VerificationMethod::Staff,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            VerificationMethod::Signed => "signed",
            VerificationMethod::SmsCode => "sms_code",
            VerificationMethod::EmailCode => "email_code",
            VerificationMethod::Staff => "staff",
        }
    }

    pub fn parse(raw: &str) -> Option<VerificationMethod> {
        VerificationMethod::ALL
            .into_iter()
            .find(|m| m.as_str() == raw)
    }
}

/// Which of the identity's fields are verified, and how; a field left out was stated by
/// the visitor (or typed in by staff without checking).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityProofs {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<VerificationMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<VerificationMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<VerificationMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<VerificationMethod>,
}

/// `Frontdesk.identify(...)` as sent: the identity, and `user_hash` when the clinic's
/// portal signed `user_id` (the hex HMAC-SHA256 of `user_id` with the clinic's identity
/// secret). The hash is checked and never stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentifyRequest {
    #[serde(flatten)]
    pub visitor: VisitorIdentity,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_hash: Option<String>,
}

/// `PUT /v1/staff/conversations/{id}/visitor`: the name and contact as staff set them.
/// With `verified`, staff say they checked every given field with the patient; without
/// it, a changed field counts as stated and an unchanged one keeps how it was known.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetVisitorRequest {
    #[serde(flatten)]
    pub visitor: VisitorIdentity,
    #[serde(default)]
    pub verified: bool,
}

/// `POST /v1/conversations/{id}/verification/sms`: the number to send a code to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeRequest {
    pub phone: String,
}

/// `POST /v1/conversations/{id}/verification/email`: the address to send a code to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailCodeRequest {
    pub email: String,
}

/// 202 answer: a code is on its way, valid this long.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeSent {
    pub expires_in_seconds: u32,
}

/// `POST /v1/conversations/{id}/verification/sms/check` (and `…/email/check`): the code
/// as the visitor typed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyCodeRequest {
    pub code: String,
}

/// The visitor's identity with how each field is known (the Visitor API's answer to
/// `POST /v1/conversations/{id}/visitor`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownIdentity {
    #[serde(flatten)]
    pub visitor: VisitorIdentity,
    #[serde(default)]
    pub verified: IdentityProofs,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_round_trip_by_name() {
        for method in VerificationMethod::ALL {
            assert_eq!(VerificationMethod::parse(method.as_str()), Some(method));
            let json = serde_json::to_string(&method).expect("json");
            assert_eq!(json, format!("\"{}\"", method.as_str()));
        }
        assert_eq!(VerificationMethod::parse("sms"), None);
    }

    #[test]
    fn the_staff_request_reads_the_identity_and_the_flag() {
        let read: SetVisitorRequest =
            serde_json::from_str(r#"{"email":"a@b.org","verified":true}"#).expect("read");
        assert_eq!(read.visitor.email.as_deref(), Some("a@b.org"));
        assert!(read.verified);
        let plain: SetVisitorRequest = serde_json::from_str(r#"{"name":"Ana"}"#).expect("read");
        assert!(!plain.verified);
        assert!(serde_json::from_str::<SetVisitorRequest>(r#"["Ana"]"#).is_err());
    }

    #[test]
    fn an_identify_request_carries_the_hash_beside_the_identity() {
        let read: IdentifyRequest =
            serde_json::from_str(r#"{"user_id":"p-1","name":"Ana","user_hash":"ab"}"#)
                .expect("read");
        assert_eq!(read.visitor.user_id.as_deref(), Some("p-1"));
        assert_eq!(read.visitor.name.as_deref(), Some("Ana"));
        assert_eq!(read.user_hash.as_deref(), Some("ab"));
    }

    #[test]
    fn stated_fields_are_left_out_of_the_proofs() {
        let proofs = IdentityProofs {
            email: Some(VerificationMethod::Staff),
            ..IdentityProofs::default()
        };
        assert_eq!(
            serde_json::to_value(proofs).expect("json"),
            serde_json::json!({"email": "staff"})
        );
    }
}
