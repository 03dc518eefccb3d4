//! Staff starting a conversation with a patient (issue 20): `POST /v1/staff/conversations`
//! and what the console's "New conversation" dialog may offer (`GET /v1/staff/outreach`).

use serde::{Deserialize, Serialize};

use crate::{ApprovedTemplate, Channel, Message, WhatsappTemplate};

/// `POST /v1/staff/conversations`: the first message to a patient on `channel`, to the
/// address staff typed (`to`) or to the verified phone of one of the clinic's
/// conversations (`patient_of`, so the number never travels through the console).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartConversationRequest {
    /// The caller's idempotency key (a UUID): the same one again answers 200 with the
    /// message stored the first time, and nothing is sent twice.
    pub client_msg_id: String,
    /// `sms` or `whatsapp`.
    pub channel: Channel,
    /// The patient's phone number, E.164 (e.g. `+493055501420`); or give `patient_of`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// A conversation whose verified phone the message goes to; or give `to`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patient_of: Option<String>,
    /// The message: free text (SMS; WhatsApp within its 24-hour window). Empty with a
    /// template, whose filled body is what the thread shows.
    #[serde(default)]
    pub text: String,
    /// On WhatsApp: one of the clinic's approved templates, with its parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whatsapp_template: Option<WhatsappTemplate>,
}

/// The answer: 201 when the message was stored, 200 for a retry of the same
/// `client_msg_id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartConversationResponse {
    pub conversation_id: String,
    /// `true`: the message began this conversation; `false`: it joined the open one
    /// the patient already had on this channel and number.
    pub new_conversation: bool,
    pub message: Message,
}

/// `GET /v1/staff/outreach`: the channels staff may start a conversation on at this
/// clinic, and its approved WhatsApp templates (what a first WhatsApp message must be).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutreachOptions {
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub whatsapp_templates: Vec<ApprovedTemplate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_start_request_reads_either_address_and_refuses_unknown_fields() {
        let typed: StartConversationRequest = serde_json::from_str(
            r#"{"client_msg_id":"c","channel":"sms","to":"+15550100200","text":"Hello"}"#,
        )
        .unwrap();
        assert_eq!(typed.to.as_deref(), Some("+15550100200"));
        assert_eq!(typed.patient_of, None);
        let round: StartConversationRequest =
            serde_json::from_value(serde_json::to_value(&typed).unwrap()).unwrap();
        assert_eq!(round, typed);
        let templated: StartConversationRequest = serde_json::from_str(
            r#"{"client_msg_id":"c","channel":"whatsapp","patient_of":"conv",
                "whatsapp_template":{"name":"follow_up","language":"en_US","parameters":["Dr Lee"]}}"#,
        )
        .unwrap();
        assert_eq!(templated.text, "");
        assert_eq!(
            templated.whatsapp_template.map(|t| t.parameters),
            Some(vec!["Dr Lee".to_owned()])
        );
        assert!(serde_json::from_str::<StartConversationRequest>(
            r#"{"client_msg_id":"c","channel":"sms","to":"+1","phone":"+1"}"#
        )
        .is_err());
    }

    #[test]
    fn options_round_trip() {
        let options = OutreachOptions {
            channels: vec![Channel::Sms, Channel::Whatsapp],
            whatsapp_templates: vec![ApprovedTemplate {
                name: "follow_up".into(),
                language: "en_US".into(),
                body: "Hello, {{1}} has news for you.".into(),
            }],
        };
        let json = serde_json::to_value(&options).unwrap();
        assert_eq!(json["channels"], serde_json::json!(["sms", "whatsapp"]));
        assert_eq!(
            serde_json::from_value::<OutreachOptions>(json).unwrap(),
            options
        );
    }
}
