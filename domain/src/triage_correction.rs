//! Corrections from the field: staff re-triage a conversation (urgency, department or
//! both) with a reason. What a correction is, what it does to the escalation ladder, and
//! how a correction leaves the clinic for the corpus without patient identifiers.
//!
//! Pure: the edge stores the correction, tells the conversation object and writes the
//! audit entry; everything it decides comes from here.

use chrono::{DateTime, Utc};
use frontdesk_protocol::{CorrectionDirection, Department, TriageChange, Urgency};

use crate::text::{MessageText, TextError};
use crate::ClinicConfig;

/// The longest correction reason, in characters: a short note, not a clinical record.
pub const MAX_REASON_CHARS: usize = 500;

/// Why a correction was refused.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum CorrectionError {
    #[error("give a reason for the correction")]
    ReasonEmpty,
    #[error("the reason has {0} characters; the limit is {MAX_REASON_CHARS}")]
    ReasonTooLong(usize),
    #[error("the reason contains control characters")]
    ReasonControlCharacters,
    #[error("give an urgency or a department that differs from the current one")]
    NothingToCorrect,
}

/// A staff member's reason for a correction, checked with the message-text rules and
/// kept short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorrectionReason(String);

impl CorrectionReason {
    /// Accepts printable text of 1 to [`MAX_REASON_CHARS`] characters, trimmed.
    pub fn parse(raw: &str) -> Result<CorrectionReason, CorrectionError> {
        let trimmed = raw.trim();
        let text = MessageText::parse(trimmed.to_owned()).map_err(|error| match error {
            TextError::Empty => CorrectionError::ReasonEmpty,
            TextError::TooLong(chars) => CorrectionError::ReasonTooLong(chars),
            TextError::ControlCharacters => CorrectionError::ReasonControlCharacters,
        })?;
        let chars = text.as_str().chars().count();
        if chars > MAX_REASON_CHARS {
            return Err(CorrectionError::ReasonTooLong(chars));
        }
        Ok(CorrectionReason(text.into_inner()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One correction: where triage had the conversation and where staff put it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Correction {
    pub from_urgency: Urgency,
    pub to_urgency: Urgency,
    pub from_department: Department,
    pub to_department: Department,
}

/// What a correction does to the conversation's escalation ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LadderChange {
    /// The urgency is unchanged: a running ladder keeps running, none starts.
    Keep,
    /// Escalate at this urgency, timed from the correction, as a visitor message at
    /// this urgency would.
    Start(Urgency),
    /// Lowered to routine: nobody is paged.
    Stop,
}

impl Correction {
    /// The correction `requested` asks of a conversation now at `urgency` and
    /// `department`; what the request leaves out stays. Refuses a request that changes
    /// nothing.
    pub fn new(
        urgency: Urgency,
        department: Department,
        requested_urgency: Option<Urgency>,
        requested_department: Option<Department>,
    ) -> Result<Correction, CorrectionError> {
        let correction = Correction {
            from_urgency: urgency,
            to_urgency: requested_urgency.unwrap_or(urgency),
            from_department: department,
            to_department: requested_department.unwrap_or(department),
        };
        if correction.from_urgency == correction.to_urgency
            && correction.from_department == correction.to_department
        {
            return Err(CorrectionError::NothingToCorrect);
        }
        Ok(correction)
    }

    /// Up (more urgent), down (less urgent), or the department only.
    pub fn direction(&self) -> CorrectionDirection {
        match self.to_urgency.cmp(&self.from_urgency) {
            std::cmp::Ordering::Greater => CorrectionDirection::Up,
            std::cmp::Ordering::Less => CorrectionDirection::Down,
            std::cmp::Ordering::Equal => CorrectionDirection::Department,
        }
    }

    /// Raising to urgent or emergency starts the ladder at that level; lowering to
    /// routine stops it; lowering an emergency to urgent runs the urgent ladder from now.
    pub fn ladder(&self) -> LadderChange {
        if self.to_urgency == self.from_urgency {
            LadderChange::Keep
        } else if self.to_urgency >= Urgency::Urgent {
            LadderChange::Start(self.to_urgency)
        } else {
            LadderChange::Stop
        }
    }

    /// The change as the API names it.
    pub fn change(&self) -> TriageChange {
        TriageChange {
            from_urgency: self.from_urgency,
            to_urgency: self.to_urgency,
            from_department: self.from_department,
            to_department: self.to_department,
            direction: self.direction(),
        }
    }

    /// The first-reply deadline after the correction. A raise on an unanswered
    /// conversation brings it forward to the new level's SLA counted from `now` (never
    /// later than it was); anything else leaves it as it was.
    pub fn sla_deadline(
        &self,
        config: &ClinicConfig,
        current: Option<DateTime<Utc>>,
        answered: bool,
        now: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        if answered || self.direction() != CorrectionDirection::Up {
            return current;
        }
        let due = crate::sla::first_reply_due(config, self.to_department, self.to_urgency, now);
        Some(current.map_or(due, |current| current.min(due)))
    }

    /// The audit detail: the old and new urgency and department, nothing the patient
    /// or the staff member wrote.
    pub fn audit_detail(&self) -> String {
        format!(
            "{}/{} -> {}/{}",
            self.from_urgency.as_str(),
            self.from_department.as_str(),
            self.to_urgency.as_str(),
            self.to_department.as_str()
        )
    }
}

/// What replaces an identifier in exported text.
pub const EMAIL_MARK: &str = "[email]";
pub const PHONE_MARK: &str = "[phone]";
pub const NUMBER_MARK: &str = "[number]";
pub const LINK_MARK: &str = "[link]";

/// Digits in a run (spaces, dots, dashes, slashes and brackets between them allowed)
/// from which it is taken for a phone, record or card number rather than a dose or a
/// time: `500 mg` and `38.5` stay, `0171 234 5678` goes.
const IDENTIFIER_DIGITS: usize = 6;

/// `text` with obvious identifiers replaced: email addresses, web links, phone numbers
/// and other long digit runs (record, insurance and card numbers, dates of birth written
/// as digits). Names can't be found by rule, so exports still need a human look.
pub fn scrub_identifiers(text: &str) -> String {
    let words: Vec<String> = text
        .split_inclusive(char::is_whitespace)
        .map(scrub_word)
        .collect();
    scrub_digit_runs(&words.concat())
}

/// Replaces a whole whitespace-separated word that is an email address or a link,
/// keeping trailing punctuation and the whitespace after it.
fn scrub_word(word: &str) -> String {
    let body_end = word.trim_end().len();
    let (body, space) = word.split_at(body_end);
    let core = body.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '\'']);
    let tail = &body[core.len()..];
    let core_trimmed = core.trim_start_matches(['(', '"', '\'', '<']);
    let head = &core[..core.len() - core_trimmed.len()];
    let lower = core_trimmed.to_ascii_lowercase();
    let mark = if looks_like_email(core_trimmed) {
        Some(EMAIL_MARK)
    } else if lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("www.")
    {
        Some(LINK_MARK)
    } else {
        None
    };
    match mark {
        Some(mark) => format!("{head}{mark}{tail}{space}"),
        None => word.to_owned(),
    }
}

fn looks_like_email(word: &str) -> bool {
    let Some((local, domain)) = word.split_once('@') else {
        return false;
    };
    !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
}

/// Replaces every run of digits (with the separators phone numbers use, and a leading
/// `+`) that holds at least [`IDENTIFIER_DIGITS`] digits; a run starting with `+` is a
/// phone number.
fn scrub_digit_runs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut index = 0;
    while index < chars.len() {
        let starts_run = chars[index].is_ascii_digit()
            || (chars[index] == '+' && chars.get(index + 1).is_some_and(char::is_ascii_digit));
        if !starts_run {
            out.push(chars[index]);
            index += 1;
            continue;
        }
        // The run: digits and separators, ending on a digit.
        let mut end = index;
        let mut last_digit = index;
        let mut digits = 0;
        while end < chars.len() {
            let c = chars[end];
            if c.is_ascii_digit() {
                digits += 1;
                last_digit = end;
            } else if !(matches!(c, ' ' | '.' | '-' | '/' | '(' | ')')
                || (c == '+' && end == index))
            {
                break;
            }
            end += 1;
        }
        if digits >= IDENTIFIER_DIGITS {
            let phone = chars[index] == '+' || (9..=15).contains(&digits);
            out.push_str(if phone { PHONE_MARK } else { NUMBER_MARK });
        } else {
            out.extend(&chars[index..=last_digit]);
        }
        index = last_digit + 1;
    }
    out
}

/// A stable pseudonym per conversation within one export (`case-1`, `case-2`, … in
/// order of first appearance), so corrections of one conversation stay together
/// without naming it; another export numbers afresh.
pub fn case_ids<'a>(conversation_ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen: Vec<&str> = Vec::new();
    conversation_ids
        .into_iter()
        .map(|id| {
            let number = match seen.iter().position(|known| *known == id) {
                Some(position) => position + 1,
                None => {
                    seen.push(id);
                    seen.len()
                }
            };
            format!("case-{number}")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use Department::*;
    use Urgency::*;

    #[test]
    fn reasons_follow_the_text_rules_and_stay_short() {
        let long = "a".repeat(MAX_REASON_CHARS + 1);
        let cases: Vec<(&str, Result<&str, CorrectionError>)> = vec![
            ("called back, chest pain", Ok("called back, chest pain")),
            ("  spaced  ", Ok("spaced")),
            ("<b>not html</b>", Ok("<b>not html</b>")),
            ("", Err(CorrectionError::ReasonEmpty)),
            ("  \n ", Err(CorrectionError::ReasonEmpty)),
            (
                &long,
                Err(CorrectionError::ReasonTooLong(MAX_REASON_CHARS + 1)),
            ),
            ("bell\u{7}", Err(CorrectionError::ReasonControlCharacters)),
        ];
        for (raw, expected) in cases {
            let got = CorrectionReason::parse(raw);
            assert_eq!(
                got.as_ref()
                    .map(CorrectionReason::as_str)
                    .map_err(Clone::clone),
                expected.clone(),
                "{raw:?}"
            );
        }
        let at_limit = "é".repeat(MAX_REASON_CHARS);
        assert!(CorrectionReason::parse(&at_limit).is_ok());
    }

    #[test]
    fn direction_and_ladder_follow_the_table() {
        type Row = (
            (Urgency, Department),
            (Option<Urgency>, Option<Department>),
            Result<(CorrectionDirection, LadderChange), CorrectionError>,
        );
        let cases: Vec<Row> = vec![
            (
                (Routine, FrontDesk),
                (Some(Urgent), None),
                Ok((CorrectionDirection::Up, LadderChange::Start(Urgent))),
            ),
            (
                (Routine, FrontDesk),
                (Some(Emergency), Some(Clinical)),
                Ok((CorrectionDirection::Up, LadderChange::Start(Emergency))),
            ),
            (
                (Urgent, Clinical),
                (Some(Emergency), None),
                Ok((CorrectionDirection::Up, LadderChange::Start(Emergency))),
            ),
            (
                (Emergency, Clinical),
                (Some(Urgent), None),
                Ok((CorrectionDirection::Down, LadderChange::Start(Urgent))),
            ),
            (
                (Urgent, Clinical),
                (Some(Routine), Some(Billing)),
                Ok((CorrectionDirection::Down, LadderChange::Stop)),
            ),
            (
                (Urgent, Clinical),
                (Some(Urgent), Some(Appointments)),
                Ok((CorrectionDirection::Department, LadderChange::Keep)),
            ),
            (
                (Routine, Billing),
                (None, Some(FrontDesk)),
                Ok((CorrectionDirection::Department, LadderChange::Keep)),
            ),
            (
                (Urgent, Clinical),
                (Some(Urgent), Some(Clinical)),
                Err(CorrectionError::NothingToCorrect),
            ),
            (
                (Urgent, Clinical),
                (None, None),
                Err(CorrectionError::NothingToCorrect),
            ),
        ];
        for ((urgency, department), (to_urgency, to_department), expected) in cases {
            let got = Correction::new(urgency, department, to_urgency, to_department)
                .map(|c| (c.direction(), c.ladder()));
            assert_eq!(
                got, expected,
                "{urgency:?}/{department:?} -> {to_urgency:?}/{to_department:?}"
            );
        }
    }

    #[test]
    fn the_audit_detail_names_levels_and_teams_only() {
        let correction =
            Correction::new(Urgent, Clinical, Some(Routine), Some(Billing)).expect("a change");
        assert_eq!(
            correction.audit_detail(),
            "urgent/clinical -> routine/billing"
        );
    }

    #[test]
    fn a_raise_brings_the_first_reply_deadline_forward() {
        use crate::config::tests::{at, demo};
        let config = demo();
        let now = at("2026-11-25T10:00:00Z");
        let later = at("2026-11-25T14:00:00Z");
        let soon = at("2026-11-25T10:10:00Z");
        let raise = Correction::new(Routine, FrontDesk, Some(Urgent), Some(Clinical)).expect("up");
        let lower = Correction::new(Urgent, Clinical, Some(Routine), None).expect("down");
        // Clinical urgent: 30 minutes.
        let due = at("2026-11-25T10:30:00Z");
        let cases = [
            (raise, Some(later), false, Some(due)),
            (raise, None, false, Some(due)),
            (raise, Some(soon), false, Some(soon)),
            (raise, Some(later), true, Some(later)),
            (lower, Some(soon), false, Some(soon)),
        ];
        for (correction, current, answered, expected) in cases {
            assert_eq!(
                correction.sla_deadline(&config, current, answered, now),
                expected,
                "{correction:?} {current:?} {answered}"
            );
        }
    }

    #[test]
    fn identifiers_are_scrubbed_and_clinical_numbers_kept() {
        let cases = [
            (
                "mail me at ana.ruiz@example.com please",
                "mail me at [email] please",
            ),
            ("(ana@example.org).", "([email])."),
            ("call +49 171 2345678 now", "call [phone] now"),
            ("my number is 0171 234 5678", "my number is [phone]"),
            ("tel: (555) 010-0100", "tel: ([phone]"),
            ("patient no. 12345678", "patient no. [number]"),
            ("born 12/03/1985", "born [number]"),
            ("see https://example.com/x?id=1 for it", "see [link] for it"),
            (
                "took 500 mg at 14:30, fever 38.5",
                "took 500 mg at 14:30, fever 38.5",
            ),
            (
                "bleeding for 2 days, 3 pads an hour",
                "bleeding for 2 days, 3 pads an hour",
            ),
            ("reading 2.8 mmol", "reading 2.8 mmol"),
            ("@ the clinic", "@ the clinic"),
            ("Schmerzen seit 1 Woche", "Schmerzen seit 1 Woche"),
            ("", ""),
        ];
        for (raw, expected) in cases {
            assert_eq!(scrub_identifiers(raw), expected, "{raw:?}");
        }
    }

    #[test]
    fn scrubbing_keeps_whitespace_and_any_text_whole() {
        let text = "line one\nmail: x@y.de\tend";
        assert_eq!(scrub_identifiers(text), "line one\nmail: [email]\tend");
        // Total on any input: no panic, and a text without identifiers is unchanged.
        for raw in ["+", "++1", "1 2 3 4 5", "é@", "a@b.", "🩸 12", "-1-2-3-"] {
            let _ = scrub_identifiers(raw);
        }
        assert_eq!(scrub_identifiers("1 2 3 4 5"), "1 2 3 4 5");
    }

    #[test]
    fn case_ids_are_stable_within_an_export() {
        assert_eq!(
            case_ids(["c_a", "c_b", "c_a", "c_c", "c_b"]),
            ["case-1", "case-2", "case-1", "case-3", "case-2"]
        );
        assert!(case_ids([]).is_empty());
    }
}
