//! Every word the console shows staff, in English, Spanish, French and German, and which of
//! them a staff member reads.
//!
//! One struct, [`Strings`], has a field per string and one `static` per language
//! (`en.rs`, `es.rs`, `fr.rs`, `de.rs`): a language missing a string does not compile, and
//! the native tests below check no value is empty and every `{}` placeholder agrees. The
//! browser test for German reads the whole table from `tests/e2e/console-strings.json`,
//! which a native test here keeps equal to these files.
//!
//! Channel and product names (SMS, WhatsApp, Frontdesk) are names, not words, and stay out.

pub mod choice;
mod de;
mod en;
mod es;
mod fr;
mod names;

pub use en::EN;

pub use frontdesk_client_core::lang::{fill, Lang};
use std::cell::Cell;

/// Declares [`Strings`] and [`Strings::entries`] from one list of keys, so a test can walk
/// every key without a second list to forget.
macro_rules! strings {
    ($($(#[doc = $doc:literal])* $key:ident,)*) => {
        /// Every string of the console in one language. `{}` marks where a value goes
        /// (filled in order by [`fill`]).
        #[derive(Debug)]
        pub struct Strings {
            $($(#[doc = $doc])* pub $key: &'static str,)*
        }

        impl Strings {
            /// Every key with its text, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }
        }
    };
}

strings! {
    // The shell.
    staff_console,
    /// The tab title while nobody waits.
    tab_title,
    /// The tab title with `{}` conversations nobody has claimed.
    tab_title_waiting,
    inbox,
    reports,
    templates,
    team,
    alerts_title,
    alerts_on,
    alerts_off,
    sign_out,
    language,
    conversation,
    select_conversation,
    live_connecting,
    live_live,
    live_reconnecting,
    // Names of the domain's values.
    role_admin,
    role_clinician,
    role_front_desk,
    department_clinical,
    department_appointments,
    department_billing,
    department_front_desk,
    urgency_emergency,
    urgency_urgent,
    urgency_routine,
    status_open,
    status_pending,
    status_resolved,
    channel_web,
    // The inbox.
    show,
    all,
    view_teams,
    view_mine,
    view_unassigned,
    search_visitors,
    search_placeholder,
    department,
    urgency,
    channel,
    inbox_empty,
    inbox_no_match,
    /// The button at the end of the inbox that fetches its next page.
    load_more,
    loading_more,
    /// The inbox count's title while more pages follow.
    more_follow,
    /// `{}` is a date and time.
    reply_due,
    /// `{}` is a date and time.
    started,
    no_messages_yet,
    assigned_you,
    assigned_colleague,
    just_now,
    minutes_ago,
    hours_ago,
    days_ago,
    /// `{}` is a span such as `4:05` or `2 h 05 min`.
    due_in,
    overdue,
    /// Hours then minutes.
    span_hours,
    /// Days then hours.
    span_days,
    // The thread.
    author_visitor,
    author_staff,
    author_assistant,
    author_system,
    /// `{}` is the limit in characters.
    reply_too_long,
    reply_control_chars,
    no_message_ids,
    claiming,
    claimed_by_you,
    claimed_by_colleague,
    claim,
    /// `{}` is the assistant's reason.
    triage_reason,
    /// Before the page the visitor wrote from.
    from_page,
    reopen,
    resolve,
    survey_title,
    send_survey,
    connection_lost,
    escalations,
    /// `{}` who was notified, `{}` when, `{}` the urgency, `{}` the step.
    escalated,
    at_once,
    after_seconds,
    after_minutes,
    messages,
    loading_messages,
    visitor_typing,
    reply_label,
    reply_placeholder,
    reply_hint,
    /// SMS draft: `{}` units (characters), `{}` messages, `{}` the encoding (GSM-7 or UCS-2).
    reply_sms_length,
    /// `{}` the channel (WhatsApp), `{}` the time left.
    reply_window_open,
    /// `{}` the window's hours, `{}` the channel; an approved template may still go.
    reply_window_closed_templates,
    /// `{}` the window's hours, `{}` the channel; nothing may go until the patient writes.
    reply_window_closed,
    reply_opted_out,
    /// The approved-template picker shown once the WhatsApp window has closed.
    wa_template_legend,
    wa_template_label,
    /// `{}` the parameter's number (`{{1}}` in the approved body).
    wa_template_parameter,
    wa_template_preview,
    wa_template_send,
    sending,
    send,
    seen,
    // The details panel.
    about_conversation,
    no_identity,
    edit_identity,
    name,
    email,
    phone,
    checked_with_patient,
    save,
    cancel,
    labels,
    /// `{}` is the label.
    remove_label,
    new_label,
    add_label,
    add,
    internal_notes,
    notes_hint,
    new_note,
    note_placeholder,
    add_note,
    earlier_conversations,
    no_history,
    stated_by_visitor,
    verified_portal,
    verified_sms,
    verified_email,
    verified_staff,
    /// `{}` is the clinic's id for the patient.
    portal_user,
    // Triage correction.
    triage,
    correction_needs_reason,
    /// `{}` the urgency, `{}` the team.
    corrected_to,
    correct_triage,
    reason_required,
    reason_placeholder,
    save_correction,
    // The template picker.
    search_templates,
    search_templates_placeholder,
    saved_replies,
    loading_templates,
    no_template_matches,
    one_template,
    /// `{}` is the count.
    many_templates,
    // Sign-in and one-time links.
    sign_in_intro,
    password,
    signing_in,
    sign_in,
    enter_email_and_password,
    wrong_password,
    welcome,
    invitation_intro,
    choose_new_password,
    reset_intro,
    passwords_differ,
    new_password,
    same_again,
    save_password,
    // Desktop notifications.
    alert_title,
    // The layout: details toggle, the phone's way back, the keyboard help.
    details_toggle,
    back_to_inbox,
    back_to_inbox_label,
    keys_title,
    key_next,
    key_previous,
    key_open,
    key_reply,
    key_send,
    key_claim,
    key_resolve,
    key_help,
    close,
    // The integrations screen (admins): API keys and event subscriptions.
    integrations,
    api_keys_title,
    api_keys_intro,
    new_api_key,
    key_name_placeholder,
    scopes,
    scope_conversations_read,
    scope_messages_write,
    scope_surveys_write,
    scope_reports_read,
    create_key,
    key_needs_name_and_scope,
    /// `{}` is the key's name.
    key_shown_once,
    secret_shown_once,
    copy,
    copied,
    copy_failed,
    done_copying,
    no_api_keys,
    /// `{}` is a date and time.
    key_last_used,
    key_never_used,
    /// `{}` is a date and time.
    key_revoked_at,
    revoke,
    /// `{}` is the key's name.
    revoke_confirm,
    revoke_yes,
    /// `{}` is the key's name.
    key_revoked,
    subscriptions_title,
    subscriptions_intro,
    new_subscription,
    url,
    events,
    include_text,
    subscribe,
    subscription_needs_url_and_event,
    no_subscriptions,
    with_text,
    without_text,
    delivery_log,
    /// `{}` is the subscription's URL.
    delivery_log_of,
    refresh,
    no_deliveries,
    event,
    occurred,
    state,
    attempts,
    status_code,
    delivery_delivered,
    delivery_failing,
    delivery_waiting,
    redeliver,
    redelivery_queued,
    // Starting a conversation with a patient (the inbox's "New conversation").
    new_conversation,
    start_to,
    start_typed_number,
    start_verified_phone,
    start_number,
    start_message,
    start_needs_template,
}

impl Strings {
    /// The table for a language.
    pub fn of(lang: Lang) -> &'static Strings {
        match lang {
            Lang::En => &en::EN,
            Lang::Es => &es::ES,
            Lang::Fr => &fr::FR,
            Lang::De => &de::DE,
        }
    }
}

thread_local! {
    /// The language on screen. The shell sets it and rebuilds the screen when it changes,
    /// so components, and callbacks that finish after an `await` (outside any reactive
    /// owner), read their words from here once.
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Shows the console in `lang` from the next render on.
pub fn set_current(lang: Lang) {
    CURRENT.with(|current| current.set(lang));
}

pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// The current table.
pub fn use_strings() -> &'static Strings {
    Strings::of(current())
}

#[cfg(test)]
/// The whole table as JSON, `{"en": {"key": "text", …}, …}`, for the browser tests.
pub fn table_json() -> String {
    let table: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let entries = Strings::of(lang)
                .entries()
                .into_iter()
                .map(|(key, text)| (key.to_owned(), text.into()))
                .collect::<serde_json::Map<_, _>>();
            (lang.code().to_owned(), entries.into())
        })
        .collect();
    let mut json = serde_json::to_string_pretty(&table).unwrap_or_default();
    json.push('\n');
    json
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_key_with_a_value_and_the_same_placeholders() {
        let english = Strings::of(Lang::En).entries();
        for lang in Lang::ALL {
            let entries = Strings::of(lang).entries();
            assert_eq!(entries.len(), english.len());
            for ((key, text), (english_key, english_text)) in entries.into_iter().zip(&english) {
                assert_eq!(key, *english_key);
                assert!(!text.trim().is_empty(), "{lang:?}.{key} is empty");
                assert_eq!(
                    text.matches("{}").count(),
                    english_text.matches("{}").count(),
                    "{lang:?}.{key} has different placeholders from English"
                );
                assert!(
                    !text.contains("{{") && !text.contains("}}"),
                    "{lang:?}.{key} has a stray brace"
                );
            }
        }
    }

    #[test]
    fn other_languages_are_translated_not_copied() {
        // A word that is the same in both (Email, Chat) is fine; a table that mostly
        // repeats English is an untranslated copy.
        let english = Strings::of(Lang::En).entries();
        for lang in [Lang::Es, Lang::Fr, Lang::De] {
            let copied: Vec<_> = Strings::of(lang)
                .entries()
                .into_iter()
                .zip(&english)
                .filter(|((_, text), (_, english_text))| text == english_text)
                .map(|((key, _), _)| key)
                .collect();
            assert!(copied.len() <= 6, "{lang:?} repeats English in {copied:?}");
        }
    }

    #[test]
    fn the_browser_tests_copy_of_the_table_is_current() {
        // `FRONTDESK_WRITE_STRINGS=1 cargo test -p frontdesk-console` rewrites it.
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/e2e/console-strings.json"
        );
        let fresh = table_json();
        if std::env::var_os("FRONTDESK_WRITE_STRINGS").is_some() {
            std::fs::write(path, &fresh).expect("write the table");
        }
        let stored = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            stored == fresh,
            "tests/e2e/console-strings.json is stale: run FRONTDESK_WRITE_STRINGS=1 cargo test -p frontdesk-console"
        );
    }
}
