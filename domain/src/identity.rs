//! What a visitor tells the clinic about themselves (name, email, phone), staff labels
//! and inbox search terms: cleaned and checked at the boundary.
//!
//! These are personal data: they are stored for staff, never logged, and matched only
//! within one clinic.

use frontdesk_protocol::VisitorIdentity;

pub const MAX_NAME_CHARS: usize = 100;
pub const MAX_EMAIL_CHARS: usize = 254;
pub const MAX_PHONE_CHARS: usize = 32;
pub const MAX_USER_ID_CHARS: usize = 128;
pub const MAX_LABELS: usize = 10;
pub const MAX_LABEL_CHARS: usize = 32;

/// Why identity, labels or a search were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentityError {
    #[error("'name' must be at most {MAX_NAME_CHARS} characters of text")]
    Name,
    #[error("'email' must be an email address like name@example.org")]
    Email,
    #[error("'phone' must be a phone number: digits, spaces, + - ( ) and at least 5 digits")]
    Phone,
    #[error("'user_id' must be at most {MAX_USER_ID_CHARS} characters without control characters")]
    UserId,
    #[error(
        "at most {MAX_LABELS} labels of 1 to {MAX_LABEL_CHARS} letters, digits, spaces or '-'"
    )]
    Labels,
    #[error("a search is at most 100 characters of text")]
    Search,
}

/// Trims every field, drops empty ones and checks what is left.
pub fn clean(raw: &VisitorIdentity) -> Result<VisitorIdentity, IdentityError> {
    Ok(VisitorIdentity {
        name: present(&raw.name)
            .map(|name| check_name(name).ok_or(IdentityError::Name))
            .transpose()?,
        email: present(&raw.email)
            .map(|email| check_email(email).ok_or(IdentityError::Email))
            .transpose()?,
        phone: present(&raw.phone)
            .map(|phone| check_phone(phone).ok_or(IdentityError::Phone))
            .transpose()?,
        user_id: present(&raw.user_id)
            .map(|id| check_user_id(id).ok_or(IdentityError::UserId))
            .transpose()?,
    })
}

/// Like [`clean`], but an invalid field is dropped instead of refusing the rest: what a
/// host page passes along must never stop a visitor's first message.
pub fn clean_lenient(raw: &VisitorIdentity) -> VisitorIdentity {
    VisitorIdentity {
        name: present(&raw.name).and_then(check_name),
        email: present(&raw.email).and_then(check_email),
        phone: present(&raw.phone).and_then(check_phone),
        user_id: present(&raw.user_id).and_then(check_user_id),
    }
}

fn present(field: &Option<String>) -> Option<&str> {
    field.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// A name as staff will see it: without bidirectional controls, which could make the
/// console show it in another order (`text::is_bidi_control`).
fn check_name(name: &str) -> Option<String> {
    let name = crate::text::without_bidi_controls(name);
    let name = name.trim();
    (!name.is_empty()
        && name.chars().count() <= MAX_NAME_CHARS
        && !name.chars().any(char::is_control))
    .then(|| name.to_owned())
}

fn check_email(email: &str) -> Option<String> {
    let (local, domain) = email.split_once('@')?;
    let ok = email.chars().count() <= MAX_EMAIL_CHARS
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    ok.then(|| email.to_lowercase())
}

fn check_phone(phone: &str) -> Option<String> {
    let allowed = phone.chars().enumerate().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.') || (c == '+' && i == 0)
    });
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (allowed && digits >= 5 && phone.chars().count() <= MAX_PHONE_CHARS).then(|| phone.to_owned())
}

/// A portal's patient id, as the portal wrote it (it is what `user_hash` signs).
fn check_user_id(id: &str) -> Option<String> {
    (id.chars().count() <= MAX_USER_ID_CHARS && !id.chars().any(char::is_control))
        .then(|| id.to_owned())
}

/// A phone as typed, in E.164 ("+34 600 111 222" is "+34600111222"), when it is a
/// valid phone written with its country code.
pub fn e164(phone: &str) -> Option<String> {
    check_phone(phone.trim())
        .filter(|phone| phone.starts_with('+'))
        .map(|phone| format!("+{}", phone_key(&phone)))
}

/// A phone number's digits only, so "+49 30 555-0142" finds "+4930 5550142".
pub fn phone_key(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

/// The digits a staff search looks for among phone numbers, when the term is written
/// the way a phone is ("600 111", "+34 (600)", "555-0142") and has at least three of
/// them. A term with letters is a name or an email: "Anna 2" must not list every
/// patient whose number has a 2 in it.
pub fn phone_search_key(term: &str) -> Option<String> {
    let phone_like = term
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '.' | '(' | ')' | '/'));
    let digits = phone_key(term);
    (phone_like && digits.len() >= 3).then_some(digits)
}

/// Labels trimmed, lowercased, deduplicated and sorted.
pub fn clean_labels(raw: &[String]) -> Result<Vec<String>, IdentityError> {
    // Counted as sent, like the OpenAPI document's maxItems.
    if raw.len() > MAX_LABELS {
        return Err(IdentityError::Labels);
    }
    let mut labels: Vec<String> = raw
        .iter()
        .map(|label| label.trim().to_lowercase())
        .collect();
    let valid = labels.iter().all(|label| {
        !label.is_empty()
            && label.chars().count() <= MAX_LABEL_CHARS
            && label
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
    });
    crate::sorting::sort(&mut labels);
    labels.dedup();
    if !valid || labels.len() > MAX_LABELS {
        return Err(IdentityError::Labels);
    }
    Ok(labels)
}

/// An inbox search, trimmed and lowercased; `None` for no search (under 2 characters
/// finds too much to be one, as a search box is being typed into).
pub fn search_term(raw: Option<&str>) -> Result<Option<String>, IdentityError> {
    // Checked as sent, like the OpenAPI document's maxLength and pattern.
    if raw.is_some_and(|q| q.chars().count() > 100 || q.chars().any(char::is_control)) {
        return Err(IdentityError::Search);
    }
    match raw.map(str::trim) {
        Some(q) if q.chars().count() >= 2 => Ok(Some(q.to_lowercase())),
        _ => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_term_is_a_phone_only_when_written_like_one() {
        assert_eq!(
            phone_search_key("+34 (600) 111-222").as_deref(),
            Some("34600111222")
        );
        assert_eq!(phone_search_key("555").as_deref(), Some("555"));
        assert_eq!(phone_search_key("55"), None);
        assert_eq!(phone_search_key("Quill222a4f"), None);
        assert_eq!(phone_search_key("Anna 2024"), None);
        assert_eq!(phone_search_key("ann@example.com"), None);
    }

    fn identity(name: &str, email: &str, phone: &str) -> VisitorIdentity {
        let field = |v: &str| (!v.is_empty()).then(|| v.to_owned());
        VisitorIdentity {
            name: field(name),
            email: field(email),
            phone: field(phone),
            user_id: None,
        }
    }

    #[test]
    fn identity_is_trimmed_and_checked() {
        let cleaned = clean(&identity(
            "  Ana Ruiz ",
            " Ana@Example.ORG ",
            " +49 (30) 555-0142 ",
        ))
        .unwrap();
        assert_eq!(
            cleaned,
            identity("Ana Ruiz", "ana@example.org", "+49 (30) 555-0142")
        );
        assert_eq!(
            clean(&identity("   ", "", "")).unwrap(),
            VisitorIdentity::default()
        );
        // A name is text, whatever it contains: `{{` and HTML are stored as written.
        assert_eq!(
            clean(&identity("{{clinic.phone}} <b>", "", ""))
                .unwrap()
                .name
                .as_deref(),
            Some("{{clinic.phone}} <b>")
        );
        let refused = [
            (identity(&"n".repeat(101), "", ""), IdentityError::Name),
            (identity("a\u{7}b", "", ""), IdentityError::Name),
            (identity("", "no-at-sign", ""), IdentityError::Email),
            (identity("", "a@b", ""), IdentityError::Email),
            (identity("", "a b@c.de", ""), IdentityError::Email),
            (identity("", "", "12ab34"), IdentityError::Phone),
            (identity("", "", "1234"), IdentityError::Phone),
            (identity("", "", "12+345678"), IdentityError::Phone),
        ];
        for (raw, error) in refused {
            assert_eq!(clean(&raw), Err(error), "{raw:?}");
        }
    }

    #[test]
    fn lenient_cleaning_drops_only_the_bad_field() {
        assert_eq!(
            clean_lenient(&identity(" Ana ", "not-an-email", "+34 600 000 000")),
            identity("Ana", "", "+34 600 000 000")
        );
    }

    #[test]
    fn a_portal_user_id_is_trimmed_and_bounded() {
        let with_id = |id: &str| VisitorIdentity {
            user_id: Some(id.to_owned()),
            ..VisitorIdentity::default()
        };
        assert_eq!(clean(&with_id(" p-1042 ")), Ok(with_id("p-1042")));
        for bad in ["p\u{0}1".to_owned(), "p".repeat(MAX_USER_ID_CHARS + 1)] {
            assert_eq!(clean(&with_id(&bad)), Err(IdentityError::UserId));
            assert_eq!(clean_lenient(&with_id(&bad)), VisitorIdentity::default());
        }
    }

    #[test]
    fn e164_needs_the_country_code() {
        assert_eq!(e164(" +34 (600) 111-222 ").as_deref(), Some("+34600111222"));
        assert_eq!(e164("600 111 222"), None);
        assert_eq!(e164("+34 abc"), None);
    }

    #[test]
    fn a_phone_key_is_its_digits() {
        assert_eq!(phone_key("+34 (600) 000-000"), "34600000000");
    }

    #[test]
    fn labels_and_search_terms() {
        let labels = ["Billing ", "vip", "billing", "follow-up"].map(String::from);
        assert_eq!(
            clean_labels(&labels).unwrap(),
            ["billing", "follow-up", "vip"]
        );
        for bad in [
            vec![String::new()],
            vec!["a/b".into()],
            vec!["x".repeat(33)],
        ] {
            assert_eq!(clean_labels(&bad), Err(IdentityError::Labels), "{bad:?}");
        }
        let many: Vec<String> = (0..11).map(|n| format!("l{n}")).collect();
        assert_eq!(clean_labels(&many), Err(IdentityError::Labels));
        assert_eq!(search_term(Some("  Ana ")), Ok(Some("ana".into())));
        assert_eq!(search_term(Some(" ")), Ok(None));
        assert_eq!(search_term(Some("a")), Ok(None));
        assert_eq!(
            search_term(Some(&"a".repeat(101))),
            Err(IdentityError::Search)
        );
    }
}
