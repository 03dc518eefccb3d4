//! Emergency numbers and the instant safety reply to an emergency message.

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

/// The reply sent before any human sees an emergency message; `None` for other urgencies.
pub fn safety_reply(urgency: Urgency, emergency_number: &str) -> Option<String> {
    (urgency == Urgency::Emergency).then(|| {
        format!(
            "This may be a medical emergency. Call {emergency_number} now or go to the nearest \
             emergency department. Do not wait for a reply here. Our clinical team has also \
             been alerted."
        )
    })
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
    fn only_emergencies_get_a_safety_reply() {
        let reply = safety_reply(Urgency::Emergency, "911").unwrap();
        assert!(reply.contains("Call 911 now"));
        assert_eq!(safety_reply(Urgency::Urgent, "911"), None);
        assert_eq!(safety_reply(Urgency::Routine, "911"), None);
    }
}
