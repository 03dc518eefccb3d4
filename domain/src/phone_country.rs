//! The country a phone number belongs to, from its E.164 calling code: an SMS patient's
//! safety reply names their country's emergency number, not the clinic's.

/// Calling codes and the ISO country they stand for. Longer codes first, so `+353`
/// (Ireland) wins over a shorter prefix. `+1` is the North American plan: the US, Canada
/// and most of the Caribbean share 911.
const CALLING_CODES: [(&str, &str); 36] = [
    ("353", "IE"),
    ("351", "PT"),
    ("352", "LU"),
    ("358", "FI"),
    ("420", "CZ"),
    ("421", "SK"),
    ("386", "SI"),
    ("385", "HR"),
    ("372", "EE"),
    ("371", "LV"),
    ("370", "LT"),
    ("356", "MT"),
    ("357", "CY"),
    ("359", "BG"),
    ("44", "GB"),
    ("61", "AU"),
    ("64", "NZ"),
    ("91", "IN"),
    ("81", "JP"),
    ("41", "CH"),
    ("55", "BR"),
    ("54", "AR"),
    ("27", "ZA"),
    ("52", "MX"),
    ("49", "DE"),
    ("33", "FR"),
    ("34", "ES"),
    ("39", "IT"),
    ("31", "NL"),
    ("32", "BE"),
    ("43", "AT"),
    ("45", "DK"),
    ("46", "SE"),
    ("47", "NO"),
    ("48", "PL"),
    ("1", "US"),
];

/// The ISO 3166 alpha-2 country of an E.164 number (`+447700900123` → `GB`), or `None`
/// when the calling code is not one this table knows.
pub fn country_of(e164: &str) -> Option<&'static str> {
    let digits = e164.strip_prefix('+')?;
    CALLING_CODES
        .iter()
        .filter(|(code, _)| digits.starts_with(code))
        .max_by_key(|(code, _)| code.len())
        .map(|(_, country)| *country)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::safety::emergency_number;

    #[test]
    fn a_number_names_its_countrys_emergency_number() {
        let cases = [
            ("+15550100200", Some("US"), "911"),
            ("+447700900123", Some("GB"), "999"),
            ("+353851234567", Some("IE"), "999"),
            ("+61412345678", Some("AU"), "000"),
            ("+4915112345678", Some("DE"), "112"),
            ("+351912345678", Some("PT"), "112"),
            ("+5215512345678", Some("MX"), "911"),
        ];
        for (number, country, emergency) in cases {
            assert_eq!(country_of(number), country, "{number}");
            assert_eq!(country.map(emergency_number), Some(emergency), "{number}");
        }
    }

    #[test]
    fn an_unknown_or_malformed_number_says_nothing() {
        assert_eq!(country_of("+8613800138000"), None);
        assert_eq!(country_of("15550100200"), None);
        assert_eq!(country_of(""), None);
    }
}
