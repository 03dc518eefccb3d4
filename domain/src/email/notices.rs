//! The emails Frontdesk sends, each a notice: the clinic's name, a one-time link or code
//! and when it expires. None carries a patient's message text or anything of a
//! conversation, so a mailbox read by someone else reveals nothing clinical.

use super::{EmailAddress, EmailMessage};

/// Builds the invitation to create an account.
pub fn invite(to: EmailAddress, clinic: &str, link: &str, days: i64) -> EmailMessage {
    EmailMessage {
        to,
        subject: format!("You're invited to {clinic}'s Frontdesk"),
        text: format!(
            "An admin of {clinic} invited you to its Frontdesk, where the team answers \
             patients' messages.\n\nChoose your password here (the link works once and \
             expires in {days} days):\n{link}\n\nIf you didn't expect this, ignore this email."
        ),
        tag: "staff-invite",
    }
}

/// Builds the password-reset link an admin asked for.
pub fn password_reset(to: EmailAddress, clinic: &str, link: &str, hours: i64) -> EmailMessage {
    EmailMessage {
        to,
        subject: format!("Choose a new password for {clinic}'s Frontdesk"),
        text: format!(
            "An admin of {clinic} reset your Frontdesk password. Choose a new one here \
             (the link works once and expires in {hours} hours; your open sessions end when \
             you use it):\n{link}\n\nIf you didn't expect this, tell your clinic's admin."
        ),
        tag: "password-reset",
    }
}

/// Builds the email that carries a visitor's one-time code.
pub fn verification_code(
    to: EmailAddress,
    clinic: &str,
    code: &str,
    ttl_seconds: u32,
) -> EmailMessage {
    let minutes = ttl_seconds.div_ceil(60).max(1);
    EmailMessage {
        to,
        subject: format!("{code} is your {clinic} verification code"),
        text: format!(
            "{code} is your {clinic} verification code. It expires in {minutes} min. \
             Don't share it with anyone.\n\nIf you didn't ask for it, ignore this email."
        ),
        tag: "verification-code",
    }
}

/// Builds the notice of a staff reply a website visitor has not seen (`continuity.rs`):
/// the clinic's name and the link, which asks for a fresh code before it shows anything.
pub fn new_message(to: EmailAddress, clinic: &str, link: &str) -> EmailMessage {
    EmailMessage {
        to,
        subject: format!("You have a new message from {clinic}"),
        text: format!(
            "You have a new message from {clinic}. To read it, open this link; it sends a \
             code to this address first:\n{link}\n\nIf you didn't write to {clinic}, \
             ignore this email."
        ),
        tag: "new-message",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to() -> EmailAddress {
        EmailAddress::parse("ana@example.org").expect("address")
    }

    #[test]
    fn notices_carry_the_link_or_code_and_the_clinic_only() {
        let reset = password_reset(
            to(),
            "Lakeside Clinic",
            "https://fd.example/console/#/reset/t0k",
            24,
        );
        assert!(reset
            .text
            .contains("https://fd.example/console/#/reset/t0k"));
        assert!(reset.text.contains("24 hours"));
        assert!(reset.subject.contains("Lakeside Clinic"));
        assert!(!reset.subject.contains("t0k"));
        let invite = invite(
            to(),
            "Lakeside Clinic",
            "https://fd.example/console/#/invite/t0k",
            7,
        );
        assert!(invite.text.contains("/console/#/invite/t0k") && invite.text.contains("7 days"));
        let code = verification_code(to(), "Lakeside Clinic", "012345", 600);
        assert!(code
            .text
            .starts_with("012345 is your Lakeside Clinic verification code"));
        assert!(code.text.contains("10 min"));
        let notice = new_message(to(), "Lakeside Clinic", "https://fd.example/notice/#fdn_x");
        assert!(notice.text.contains("https://fd.example/notice/#fdn_x"));
        assert_eq!(
            notice.subject,
            "You have a new message from Lakeside Clinic"
        );
        assert!(!notice.subject.contains("fdn_"));
        assert_eq!(
            [reset.tag, invite.tag, code.tag, notice.tag],
            [
                "password-reset",
                "staff-invite",
                "verification-code",
                "new-message"
            ]
        );
    }
}
