//! An after-treatment survey on the patient's channel (issue 22): the invitation goes out
//! on SMS or WhatsApp with a link to the conversation's page (`notice_link`), where the
//! patient answers it. Outside WhatsApp's 24-hour window free text can't go, so the
//! clinic names an approved template whose one body parameter is the link.

use serde::{Deserialize, Serialize};

use crate::channels::TemplateMessage;

/// `survey_template` in `[channels.whatsapp]`: an approved WhatsApp template whose body
/// has one parameter, `{{1}}`, the survey's link. E.g. "How are you since your treatment
/// at Lakeside? Three short questions: {{1}}".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyTemplate {
    pub name: String,
    /// The template's language code, e.g. `en_US`.
    pub language: String,
}

impl SurveyTemplate {
    /// The template message as sent, its one parameter the link.
    pub fn with_link(&self, link: &str) -> TemplateMessage {
        TemplateMessage {
            name: self.name.clone(),
            language: self.language.clone(),
            body_parameters: vec![link.to_owned()],
        }
    }

    /// The template message as queued: its one parameter, the link, is added when it is
    /// sent, since a link's secret is never stored.
    pub fn before_link(&self) -> TemplateMessage {
        TemplateMessage {
            name: self.name.clone(),
            language: self.language.clone(),
            body_parameters: Vec::new(),
        }
    }

    /// Checks the name and language as a send would (`whatsapp::check_template`).
    pub fn validate(&self) -> Result<(), String> {
        crate::channels::meta::whatsapp::check_template(&self.with_link("https://x.example"))
            .map_err(|problem| format!("channels.whatsapp.survey_template: {problem}"))
    }
}

/// The invitation's text with its link, for a channel in text mode.
pub fn text_with_link(invitation: &str, link: &str) -> String {
    format!("{invitation} {link}")
}

/// Where the survey round sends an invitation on a patient's channel, given what the
/// platform allows now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SurveySend {
    /// As text (with the link), within the reply window or where there is none.
    Text,
    /// As the clinic's approved template, outside the window.
    Template(SurveyTemplate),
    /// Not on the channel: the patient opted out (STOP), or the window has closed and
    /// the clinic named no template. The invitation stays in the conversation.
    NotSent(&'static str),
}

/// How an invitation goes: `opted_out` after an SMS STOP, `window_open` whether the
/// platform's reply window allows free text now (always on SMS), `template` the clinic's.
pub fn survey_send(
    opted_out: bool,
    window_open: bool,
    template: Option<&SurveyTemplate>,
) -> SurveySend {
    if opted_out {
        return SurveySend::NotSent("opted_out");
    }
    if window_open {
        return SurveySend::Text;
    }
    match template {
        Some(template) => SurveySend::Template(template.clone()),
        None => SurveySend::NotSent("outside_reply_window"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template() -> SurveyTemplate {
        SurveyTemplate {
            name: "treatment_follow_up".into(),
            language: "en_US".into(),
        }
    }

    #[test]
    fn an_opted_out_patient_gets_nothing_whatever_the_window() {
        for window_open in [true, false] {
            assert_eq!(
                survey_send(true, window_open, Some(&template())),
                SurveySend::NotSent("opted_out")
            );
        }
    }

    #[test]
    fn within_the_window_text_goes_and_outside_it_the_template_or_nothing() {
        assert_eq!(survey_send(false, true, None), SurveySend::Text);
        assert_eq!(
            survey_send(false, true, Some(&template())),
            SurveySend::Text
        );
        assert_eq!(
            survey_send(false, false, Some(&template())),
            SurveySend::Template(template())
        );
        assert_eq!(
            survey_send(false, false, None),
            SurveySend::NotSent("outside_reply_window")
        );
    }

    #[test]
    fn the_template_carries_the_link_as_its_one_parameter() {
        let link = "https://frontdesk.example/notice/#fdn_00";
        let message = template().with_link(link);
        assert_eq!(message.name, "treatment_follow_up");
        assert_eq!(message.language, "en_US");
        assert_eq!(message.body_parameters, vec![link.to_owned()]);
        let queued = template().before_link();
        assert_eq!(
            (queued.name.as_str(), queued.body_parameters.len()),
            ("treatment_follow_up", 0)
        );
        assert_eq!(template().validate(), Ok(()));
        let bad = SurveyTemplate {
            name: "Treatment follow up".into(),
            ..template()
        };
        assert!(bad.validate().is_err());
    }

    #[test]
    fn the_text_invitation_ends_with_its_link() {
        assert_eq!(
            text_with_link(
                "How are you since your treatment?",
                "https://f.example/notice/#fdn_1"
            ),
            "How are you since your treatment? https://f.example/notice/#fdn_1"
        );
    }
}
