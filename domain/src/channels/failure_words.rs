//! A provider's failure in plain words for the staff thread: what happened and what to do,
//! then the provider's own code and message so support can look it up.
//!
//! Staff read this beside a failed reply, so it leads with the meaning ("the patient's
//! phone can't be reached"), not a number.

use super::{Channel, FailureReason, ProviderFailure};

/// What a failure reason means for staff, and what they can do about it.
pub fn plain_words(reason: FailureReason) -> &'static str {
    match reason {
        FailureReason::OptedOut => {
            "The patient has opted out of these messages; it can go out once they opt back in."
        }
        FailureReason::Undeliverable => {
            "The patient's phone or account could not be reached (switched off, out of \
             coverage, or unable to receive it). Resend later, or reach them another way."
        }
        FailureReason::InvalidRecipient => {
            "The patient's number or account is not valid on this channel. Check it, or \
             reach them another way."
        }
        FailureReason::OutsideWindow => {
            "The platform's reply window has closed: only an approved template can go out now."
        }
        FailureReason::FileRejected => {
            "The platform refused the file (its type, size or content). Send the text \
             without it, or send the file another way."
        }
        FailureReason::ContentRejected => {
            "The carrier or platform filtered the message. Rephrase it (no links or shortened \
             URLs) and send it again."
        }
        FailureReason::TooLong => "The message is longer than the channel allows.",
        FailureReason::RateLimited => {
            "The provider is limiting how fast the clinic sends. Resend in a minute."
        }
        FailureReason::Credentials => {
            "The clinic's account at the provider was refused (wrong, expired or revoked \
             credentials). An admin must fix the channel's settings."
        }
        FailureReason::Other => "The provider did not deliver it.",
    }
}

/// The provider's name as staff know it.
fn provider_name(channel: Channel) -> &'static str {
    match channel {
        Channel::Sms => "Twilio",
        Channel::Whatsapp => "WhatsApp",
        Channel::Messenger => "Messenger",
        Channel::Wechat => "WeChat",
        Channel::X => "X",
        Channel::Web => "The web",
    }
}

/// The failure as the thread shows it: plain words, then `(Twilio 30003: message)`.
pub fn describe(channel: Channel, failure: &ProviderFailure) -> String {
    let provider = provider_name(channel);
    let detail = match failure.message.as_deref().map(str::trim) {
        Some(message) if !message.is_empty() => format!("{provider} {}: {message}", failure.code),
        _ => format!("{provider} {}", failure.code),
    };
    format!("{} ({detail})", plain_words(failure.reason))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channels::twilio;

    fn failure(code: &str, message: Option<&str>) -> ProviderFailure {
        ProviderFailure {
            code: code.into(),
            reason: twilio::failure_reason(code),
            message: message.map(str::to_owned),
        }
    }

    #[test]
    fn an_unreachable_handset_reads_as_words_then_the_providers_code() {
        let words = describe(
            Channel::Sms,
            &failure("30003", Some("Unreachable destination handset")),
        );
        assert_eq!(
            words,
            "The patient's phone or account could not be reached (switched off, out of \
             coverage, or unable to receive it). Resend later, or reach them another way. \
             (Twilio 30003: Unreachable destination handset)"
        );
    }

    #[test]
    fn a_failure_without_a_message_still_names_provider_and_code() {
        let words = describe(Channel::Whatsapp, &failure("131026", Some("  ")));
        assert!(words.ends_with("(WhatsApp 131026)"), "{words}");
        assert!(
            words.starts_with(plain_words(FailureReason::Other)),
            "{words}"
        );
    }

    #[test]
    fn every_reason_has_its_own_words() {
        let reasons = [
            FailureReason::OptedOut,
            FailureReason::Undeliverable,
            FailureReason::InvalidRecipient,
            FailureReason::OutsideWindow,
            FailureReason::ContentRejected,
            FailureReason::FileRejected,
            FailureReason::TooLong,
            FailureReason::RateLimited,
            FailureReason::Credentials,
            FailureReason::Other,
        ];
        let mut seen = std::collections::HashSet::new();
        for reason in reasons {
            assert!(seen.insert(plain_words(reason)), "{reason:?} repeats words");
        }
    }
}
