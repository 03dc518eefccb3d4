//! Staff starting a conversation with a patient (issue 20; Chatwoot's and Intercom's
//! "new conversation"): who the first message goes to and what it may be, before
//! anything is stored. The address is one staff typed (an E.164 number: SMS and
//! WhatsApp are the channels the clinic sends to on its own) or the *verified* phone of
//! another of the clinic's conversations (a stated number could be anyone's). The first
//! message follows the channel's rules: no SMS to a number that texted STOP; on
//! WhatsApp, free text only inside the 24-hour window of the patient's last message,
//! else one of the clinic's approved templates with every parameter filled, whose filled
//! body is what the thread shows. Length and the provider's own template checks are the
//! reply path's (`channels::reply_box`, the edge's `check_reply_to`), run after this.

use frontdesk_protocol::WhatsappTemplate;
use frontdesk_protocol::{ApprovedTemplate, Channel, IdentityProofs, VisitorIdentity};

use crate::appointment::{self, AppointmentError};
use crate::approved_template;
use crate::channels::window::ServiceWindow;
use crate::channels::{OutboundContent, PatientAddress, TemplateMessage};
use crate::rate_limit::Rate;

/// How many conversations one staff member (or API key) may start: a burst of 20, then
/// 10 a minute. Outreach is one patient at a time; a mass send is a campaign tool's job.
pub const STARTS_PER_STAFF: Rate = Rate::new(20, 10);

/// Why a start was refused; each becomes an error with [`OutreachError::code`] and
/// [`OutreachError::status`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OutreachError {
    #[error("Give the patient's number in 'to', or a conversation in 'patient_of', not both.")]
    AddressOrPatient,
    #[error("'channel' must be sms or whatsapp: a conversation is started on a phone number.")]
    Channel,
    #[error("'to' must be an E.164 number, e.g. +493055501420.")]
    Phone,
    #[error(
        "That conversation has no verified phone number: verify it with the patient first \
         (an SMS code, or staff marking it verified), or type the number."
    )]
    NotVerified,
    #[error("The message text is empty.")]
    TextRequired,
    #[error("Send either text or a WhatsApp template: the template's filled body is the text.")]
    TextWithTemplate,
    #[error(
        "WhatsApp allows free text only within 24 hours of the patient's last message, and \
         this patient has not written in that time: send one of the clinic's approved \
         templates ('whatsapp_template')."
    )]
    TemplateRequired,
    #[error("Templates go out on WhatsApp only.")]
    TemplateNotHere,
    #[error(
        "The clinic has no approved WhatsApp template with this name and language: an admin \
         adds it under [[channels.whatsapp.templates]]."
    )]
    UnknownTemplate,
    #[error("This template takes {wanted} parameter(s), each with a value.")]
    TemplateParameters { wanted: usize },
    #[error(
        "This number texted STOP, so nothing goes to it by SMS until it texts START. Reach \
         the patient another way."
    )]
    OptedOut,
}

impl OutreachError {
    pub fn code(&self) -> &'static str {
        match self {
            OutreachError::AddressOrPatient => "address_or_patient",
            OutreachError::Channel => "unsupported_channel",
            OutreachError::Phone => "invalid_phone",
            OutreachError::NotVerified => "phone_not_verified",
            OutreachError::TextRequired => "empty_text",
            OutreachError::TextWithTemplate => "text_with_template",
            OutreachError::TemplateRequired => "template_required",
            OutreachError::TemplateNotHere => "template_not_supported",
            OutreachError::UnknownTemplate => "unknown_whatsapp_template",
            OutreachError::TemplateParameters { .. } => "invalid_template_parameters",
            OutreachError::OptedOut => "recipient_opted_out",
        }
    }

    /// 409 for an opt-out, as a reply to the number gets; 422 for everything the call
    /// itself got wrong.
    pub fn status(&self) -> u16 {
        match self {
            OutreachError::OptedOut => 409,
            _ => 422,
        }
    }
}

/// Who the call names as the patient.
#[derive(Debug, Clone, Copy)]
pub enum Recipient<'a> {
    /// A number staff typed.
    Typed(&'a str),
    /// The identity of another of the clinic's conversations.
    PatientOf {
        visitor: &'a VisitorIdentity,
        verified: &'a IdentityProofs,
    },
}

/// The patient's address on `channel`: the typed number, or the conversation's phone
/// only if it is verified (by SMS code, the clinic's portal or staff).
pub fn address(
    channel: Channel,
    recipient: Recipient<'_>,
) -> Result<PatientAddress, OutreachError> {
    if !matches!(channel, Channel::Sms | Channel::Whatsapp) {
        return Err(OutreachError::Channel);
    }
    let (raw, unusable) = match recipient {
        Recipient::Typed(raw) => (raw, OutreachError::Phone),
        Recipient::PatientOf { visitor, verified } => {
            let phone = verified.phone.and(visitor.phone.as_deref());
            (
                phone.ok_or(OutreachError::NotVerified)?,
                OutreachError::NotVerified,
            )
        }
    };
    appointment::address_for(channel, raw).map_err(|error| match error {
        AppointmentError::Channel => OutreachError::Channel,
        _ => unusable,
    })
}

/// What the edge read about the address before the first message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    /// The number texted STOP (and not START since).
    pub opted_out: bool,
    /// The provider's time (ms) of the patient's latest message on this channel and
    /// number, where WhatsApp's window starts; `None` when they never wrote there.
    pub last_patient_message_ms: Option<i64>,
    pub now_ms: i64,
}

/// The first message as it goes out: the text the thread shows and, on WhatsApp outside
/// its window, the approved template the provider sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstMessage {
    pub text: String,
    pub template: Option<TemplateMessage>,
}

/// Decides the first message to `to` from the call's `text` and `template`, the clinic's
/// `approved` templates and the `facts` about the address.
pub fn first_message(
    to: &PatientAddress,
    text: &str,
    template: Option<&WhatsappTemplate>,
    approved: &[ApprovedTemplate],
    facts: Facts,
) -> Result<FirstMessage, OutreachError> {
    if facts.opted_out {
        return Err(OutreachError::OptedOut);
    }
    let free_text = || {
        if text.trim().is_empty() {
            return Err(OutreachError::TextRequired);
        }
        Ok(FirstMessage {
            text: text.to_owned(),
            template: None,
        })
    };
    match (to.channel(), template) {
        (Channel::Whatsapp, Some(asked)) => {
            if !text.trim().is_empty() {
                return Err(OutreachError::TextWithTemplate);
            }
            let found = approved
                .iter()
                .find(|t| t.name == asked.name && t.language == asked.language)
                .ok_or(OutreachError::UnknownTemplate)?;
            let wanted = approved_template::parameter_count(&found.body);
            if asked.parameters.len() != wanted
                || !approved_template::complete(found, &asked.parameters)
            {
                return Err(OutreachError::TemplateParameters { wanted });
            }
            let request = approved_template::request(found, &asked.parameters);
            Ok(FirstMessage {
                text: approved_template::fill(&found.body, &request.parameters),
                template: Some(TemplateMessage::from(request)),
            })
        }
        (Channel::Whatsapp, None) => {
            let window = ServiceWindow::WHATSAPP.allows(
                &OutboundContent::Text(String::new()),
                facts.last_patient_message_ms,
                facts.now_ms,
            );
            if window.is_err() {
                return Err(OutreachError::TemplateRequired);
            }
            free_text()
        }
        (Channel::Sms, Some(_)) => Err(OutreachError::TemplateNotHere),
        (Channel::Sms, None) => free_text(),
        _ => Err(OutreachError::Channel),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontdesk_protocol::VerificationMethod;

    const HOUR_MS: i64 = 3_600_000;
    const NOW: i64 = 1_800_000_000_000;

    fn approved() -> Vec<ApprovedTemplate> {
        vec![
            ApprovedTemplate {
                name: "follow_up".into(),
                language: "en_US".into(),
                body: "Hello, {{1}} has news for you: please reply.".into(),
            },
            ApprovedTemplate {
                name: "hello".into(),
                language: "en_US".into(),
                body: "Hello from the clinic.".into(),
            },
        ]
    }

    fn asked(name: &str, parameters: &[&str]) -> WhatsappTemplate {
        WhatsappTemplate {
            name: name.into(),
            language: "en_US".into(),
            parameters: parameters.iter().map(|p| (*p).to_owned()).collect(),
        }
    }

    fn facts(opted_out: bool, last_hours_ago: Option<i64>) -> Facts {
        Facts {
            opted_out,
            last_patient_message_ms: last_hours_ago.map(|h| NOW - h * HOUR_MS),
            now_ms: NOW,
        }
    }

    fn sms() -> PatientAddress {
        address(Channel::Sms, Recipient::Typed("+15550100200")).unwrap()
    }

    fn whatsapp() -> PatientAddress {
        address(Channel::Whatsapp, Recipient::Typed("+15550100200")).unwrap()
    }

    #[test]
    fn a_typed_number_is_the_address_on_sms_and_whatsapp_only() {
        assert_eq!(sms().as_str(), "+15550100200");
        assert_eq!(whatsapp().as_str(), "15550100200");
        for (channel, raw, error) in [
            (Channel::Sms, "15550100200", OutreachError::Phone),
            (Channel::Sms, "+1 555 0100", OutreachError::Phone),
            (Channel::Sms, "", OutreachError::Phone),
            (
                Channel::Whatsapp,
                "patient@example.com",
                OutreachError::Phone,
            ),
            (Channel::Web, "+15550100200", OutreachError::Channel),
            (Channel::Messenger, "+15550100200", OutreachError::Channel),
        ] {
            assert_eq!(
                address(channel, Recipient::Typed(raw)),
                Err(error),
                "{channel:?} {raw}"
            );
        }
    }

    #[test]
    fn another_conversations_phone_is_used_only_when_verified() {
        let visitor = VisitorIdentity {
            phone: Some("+493055501420".into()),
            ..VisitorIdentity::default()
        };
        let stated = IdentityProofs::default();
        let verified = IdentityProofs {
            phone: Some(VerificationMethod::SmsCode),
            ..IdentityProofs::default()
        };
        let of = |verified| Recipient::PatientOf {
            visitor: &visitor,
            verified,
        };
        assert_eq!(
            address(Channel::Sms, of(&verified)).map(|a| a.as_str().to_owned()),
            Ok("+493055501420".to_owned())
        );
        assert_eq!(
            address(Channel::Sms, of(&stated)),
            Err(OutreachError::NotVerified)
        );
        // A verified email is no phone.
        let email_only = VisitorIdentity {
            email: Some("pat@example.com".into()),
            ..VisitorIdentity::default()
        };
        let email_verified = IdentityProofs {
            email: Some(VerificationMethod::EmailCode),
            phone: Some(VerificationMethod::Staff),
            ..IdentityProofs::default()
        };
        let recipient = Recipient::PatientOf {
            visitor: &email_only,
            verified: &email_verified,
        };
        assert_eq!(
            address(Channel::Whatsapp, recipient),
            Err(OutreachError::NotVerified)
        );
    }

    #[test]
    fn sms_takes_free_text_unless_the_number_opted_out() {
        let ok = first_message(&sms(), "Hello", None, &approved(), facts(false, None));
        assert_eq!(
            ok,
            Ok(FirstMessage {
                text: "Hello".into(),
                template: None
            })
        );
        for (text, template, facts, error) in [
            ("Hello", None, facts(true, Some(1)), OutreachError::OptedOut),
            ("  ", None, facts(false, None), OutreachError::TextRequired),
            (
                "",
                Some(asked("hello", &[])),
                facts(false, None),
                OutreachError::TemplateNotHere,
            ),
        ] {
            assert_eq!(
                first_message(&sms(), text, template.as_ref(), &approved(), facts),
                Err(error)
            );
        }
    }

    #[test]
    fn whatsapp_takes_free_text_only_inside_the_window() {
        for (last, expected) in [
            (None, Err(OutreachError::TemplateRequired)),
            (Some(25), Err(OutreachError::TemplateRequired)),
            (
                Some(23),
                Ok(FirstMessage {
                    text: "Hello".into(),
                    template: None,
                }),
            ),
        ] {
            assert_eq!(
                first_message(&whatsapp(), "Hello", None, &approved(), facts(false, last)),
                expected,
                "{last:?}"
            );
        }
    }

    #[test]
    fn a_whatsapp_template_is_the_clinics_own_with_every_parameter() {
        let sent = first_message(
            &whatsapp(),
            "",
            Some(&asked("follow_up", &[" Dr Lee "])),
            &approved(),
            facts(false, None),
        )
        .unwrap();
        assert_eq!(sent.text, "Hello, Dr Lee has news for you: please reply.");
        assert_eq!(
            sent.template,
            Some(TemplateMessage {
                name: "follow_up".into(),
                language: "en_US".into(),
                body_parameters: vec!["Dr Lee".into()],
            })
        );
        let none = first_message(
            &whatsapp(),
            "",
            Some(&asked("hello", &[])),
            &approved(),
            facts(false, None),
        )
        .unwrap();
        assert_eq!(none.text, "Hello from the clinic.");
        let wanted_one = OutreachError::TemplateParameters { wanted: 1 };
        for (text, template, error) in [
            (
                "Hi",
                asked("follow_up", &["Dr Lee"]),
                OutreachError::TextWithTemplate,
            ),
            ("", asked("unknown", &[]), OutreachError::UnknownTemplate),
            ("", asked("follow_up", &[]), wanted_one.clone()),
            ("", asked("follow_up", &[" "]), wanted_one.clone()),
            ("", asked("follow_up", &["a", "b"]), wanted_one.clone()),
            (
                "",
                asked("hello", &["x"]),
                OutreachError::TemplateParameters { wanted: 0 },
            ),
        ] {
            assert_eq!(
                first_message(
                    &whatsapp(),
                    text,
                    Some(&template),
                    &approved(),
                    facts(false, None)
                ),
                Err(error),
                "{template:?}"
            );
        }
        let other_language = WhatsappTemplate {
            language: "de_DE".into(),
            ..asked("hello", &[])
        };
        assert_eq!(
            first_message(
                &whatsapp(),
                "",
                Some(&other_language),
                &approved(),
                facts(false, None)
            ),
            Err(OutreachError::UnknownTemplate)
        );
    }

    #[test]
    fn each_refusal_has_its_own_code_and_only_an_opt_out_is_a_conflict() {
        let all = [
            OutreachError::AddressOrPatient,
            OutreachError::Channel,
            OutreachError::Phone,
            OutreachError::NotVerified,
            OutreachError::TextRequired,
            OutreachError::TextWithTemplate,
            OutreachError::TemplateRequired,
            OutreachError::TemplateNotHere,
            OutreachError::UnknownTemplate,
            OutreachError::TemplateParameters { wanted: 1 },
            OutreachError::OptedOut,
        ];
        let codes: std::collections::HashSet<_> = all.iter().map(OutreachError::code).collect();
        assert_eq!(codes.len(), all.len());
        for error in &all {
            let expected = if *error == OutreachError::OptedOut {
                409
            } else {
                422
            };
            assert_eq!(error.status(), expected, "{error:?}");
        }
    }
}
