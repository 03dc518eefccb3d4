//! Emergency numbers and the instant, localised replies to emergency and urgent messages.

use frontdesk_protocol::Urgency;

/// The emergency number for an ISO 3166 alpha-2 country; 112 works across the EU and
/// on GSM phones in most other countries, so it is the fallback.
pub fn emergency_number(country: &str) -> &'static str {
    match country.to_ascii_uppercase().as_str() {
        "US" | "CA" | "MX" | "PR" => "911",
        "GB" | "IE" => "999",
        "AU" => "000",
        "NZ" => "111",
        "IN" => "112",
        "JP" => "119",
        "CH" => "144",
        "BR" => "192",
        "AR" => "107",
        "ZA" => "10177",
        _ => "112",
    }
}

/// Languages the instant replies are written in; anything else gets English.
pub const REPLY_LANGUAGES: [&str; 7] = ["en", "es", "fr", "de", "it", "pt", "nl"];

/// The reply sent before any human sees the message: safety instructions for an
/// emergency, an acknowledgement for an urgent message, `None` for a routine one.
///
/// `language` is the triage's guess (`en`, `es`, `fr`, `de`, `it`, `pt`, `nl`); others
/// fall back to English.
pub fn instant_reply(
    urgency: Urgency,
    language: &str,
    emergency_number: &str,
    clinic_phone: &str,
) -> Option<String> {
    let n = emergency_number;
    let p = clinic_phone;
    match urgency {
        Urgency::Emergency => Some(match language {
            "es" => format!(
                "Esto puede ser una emergencia médica. Llame ahora al {n} o vaya al servicio de \
                 urgencias más cercano. No espere una respuesta aquí. También puede llamar a la \
                 clínica al {p}. Nuestro equipo clínico ha sido avisado."
            ),
            "fr" => format!(
                "Il peut s'agir d'une urgence médicale. Appelez le {n} maintenant ou rendez-vous \
                 aux urgences les plus proches. N'attendez pas de réponse ici. Vous pouvez aussi \
                 appeler la clinique au {p}. Notre équipe soignante a été prévenue."
            ),
            "de" => format!(
                "Dies kann ein medizinischer Notfall sein. Rufen Sie jetzt die {n} an oder gehen \
                 Sie in die nächste Notaufnahme. Warten Sie nicht auf eine Antwort hier. Die \
                 Praxis erreichen Sie unter {p}. Unser medizinisches Team wurde benachrichtigt."
            ),
            "it" => format!(
                "Potrebbe trattarsi di un'emergenza medica. Chiami subito il {n} o vada al pronto \
                 soccorso più vicino. Non aspetti una risposta qui. Può anche chiamare la clinica \
                 al {p}. Il nostro team clinico è stato avvisato."
            ),
            "pt" => format!(
                "Isto pode ser uma emergência médica. Ligue agora para o {n} ou vá às urgências \
                 mais próximas. Não espere por uma resposta aqui. Também pode ligar para a \
                 clínica pelo {p}. A nossa equipa clínica foi avisada."
            ),
            "nl" => format!(
                "Dit kan een medisch noodgeval zijn. Bel nu {n} of ga naar de dichtstbijzijnde \
                 spoedeisende hulp. Wacht hier niet op een antwoord. U kunt de kliniek ook bellen \
                 op {p}. Ons medisch team is gewaarschuwd."
            ),
            _ => format!(
                "This may be a medical emergency. Call {n} now or go to the nearest emergency \
                 department. Do not wait for a reply here. You can also call the clinic on {p}. \
                 Our clinical team has been alerted."
            ),
        }),
        Urgency::Urgent => Some(match language {
            "es" => format!(
                "Gracias. Hemos avisado a un profesional clínico, que le responderá aquí lo antes \
                 posible. Si empeora, llame a la clínica al {p}; si es grave, llame al {n}."
            ),
            "fr" => format!(
                "Merci. Un soignant a été prévenu et vous répondra ici dès que possible. Si cela \
                 s'aggrave, appelez la clinique au {p} ; en cas de danger, appelez le {n}."
            ),
            "de" => format!(
                "Danke. Eine Ärztin oder ein Arzt wurde benachrichtigt und antwortet Ihnen hier so \
                 bald wie möglich. Wenn es schlimmer wird, rufen Sie die Praxis unter {p} an; \
                 bei Gefahr die {n}."
            ),
            "it" => format!(
                "Grazie. Un medico è stato avvisato e le risponderà qui il prima possibile. Se \
                 peggiora, chiami la clinica al {p}; in caso di emergenza, chiami il {n}."
            ),
            "pt" => format!(
                "Obrigado. Um profissional de saúde foi avisado e responderá aqui assim que \
                 possível. Se piorar, ligue para a clínica pelo {p}; se for grave, ligue {n}."
            ),
            "nl" => format!(
                "Dank u. Een zorgverlener is gewaarschuwd en antwoordt hier zo snel mogelijk. \
                 Wordt het erger, bel dan de kliniek op {p}; bij gevaar belt u {n}."
            ),
            _ => format!(
                "Thank you. A clinician has been alerted and will reply here as soon as possible. \
                 If it gets worse, call the clinic on {p}; if it becomes an emergency, call {n}."
            ),
        }),
        Urgency::Routine => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_by_country() {
        let cases = [
            ("US", "911"),
            ("us", "911"),
            ("GB", "999"),
            ("DE", "112"),
            ("FR", "112"),
            ("AU", "000"),
            ("", "112"),
            ("XX", "112"),
        ];
        for (country, number) in cases {
            assert_eq!(emergency_number(country), number, "{country}");
        }
    }

    #[test]
    fn instant_replies_table() {
        // (urgency, language, phrase the reply must hold)
        let cases = [
            (Urgency::Emergency, "en", "Call 911 now"),
            (Urgency::Emergency, "es", "Llame ahora al 911"),
            (Urgency::Emergency, "fr", "Appelez le 911 maintenant"),
            (Urgency::Emergency, "de", "Rufen Sie jetzt die 911 an"),
            (Urgency::Emergency, "it", "Chiami subito il 911"),
            (Urgency::Emergency, "pt", "Ligue agora para o 911"),
            (Urgency::Emergency, "nl", "Bel nu 911"),
            (Urgency::Emergency, "ja", "Call 911 now"),
            (Urgency::Urgent, "en", "A clinician has been alerted"),
            (Urgency::Urgent, "es", "Hemos avisado a un profesional"),
            (Urgency::Urgent, "fr", "Un soignant a été prévenu"),
            (Urgency::Urgent, "de", "wurde benachrichtigt"),
            (Urgency::Urgent, "", "If it gets worse"),
        ];
        for (urgency, language, phrase) in cases {
            let reply = instant_reply(urgency, language, "911", "+1 555 0100")
                .unwrap_or_else(|| panic!("{urgency:?} {language} gets a reply"));
            assert!(reply.contains(phrase), "{language}: {reply}");
            assert!(
                reply.contains("+1 555 0100"),
                "clinic phone in {language}: {reply}"
            );
            assert!(
                reply.contains("911"),
                "emergency number in {language}: {reply}"
            );
        }
    }

    #[test]
    fn routine_messages_get_no_instant_reply() {
        for language in REPLY_LANGUAGES {
            assert_eq!(instant_reply(Urgency::Routine, language, "112", "1"), None);
        }
    }
}
