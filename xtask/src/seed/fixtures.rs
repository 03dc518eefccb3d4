//! The test fixture clinics, derived from the demo clinic, and the rows some tests need
//! seeded (a bulk of conversations past retention, the reports' known answers).

use super::*;

/// A second clinic for the security tests: its own origin, its own staff.
pub const OTHER_CLINIC: &str = "other-clinic";
/// A clinic with tiny rate limits, so the API tests can reach them in a few calls.
pub const TIGHT_CLINIC: &str = "tight-limits";
/// A clinic whose per-IP message burst is large enough to be leased (48, three tokens a
/// lease) and refills slowly, so a test can count exactly what the limit lets through.
pub const LEASED_CLINIC: &str = "leased-limits";

/// A clinic that keeps messages for seconds, so the retention tests see the sweep work.
pub const RETENTION_CLINIC: &str = "short-retention";
/// The short-retention fixture's retention period.
pub const RETENTION_SECONDS: u32 = 8;
/// A clinic with more conversations due for retention than one page of the sweep, so
/// the API tests see one run sweep them all (`bulk_retention_sql`).
pub const BULK_RETENTION_CLINIC: &str = "bulk-retention";
/// How many conversations the bulk-retention fixture holds, all long past retention:
/// more than the 500 a sweep once took per clinic and day.
pub const BULK_RETENTION_CONVERSATIONS: u32 = 505;
/// A row of the bulk-retention fixture whose id is of a shape the service never makes:
/// the sweep can't purge it, skips it, goes on and reports it.
pub(super) const BULK_RETENTION_MALFORMED: &str = "c_bulk-fixture-malformed-id";

/// The bulk-retention fixture's conversations: inbox rows with one visitor message each,
/// created in 2020 (their Durable Objects hold nothing, so the sweep empties them at once).
pub(super) fn bulk_retention_sql() -> String {
    let mut sql = String::new();
    // The malformed row comes first, so everything after it depends on the sweep going on.
    let ids = std::iter::once(BULK_RETENTION_MALFORMED.to_owned())
        .chain((0..BULK_RETENTION_CONVERSATIONS).map(|n| format!("c_{:032x}", 0xb0_0000 + n)));
    for (n, id) in ids.enumerate() {
        let at = chrono::DateTime::from_timestamp(1_577_836_800 + n as i64, 0)
            .unwrap_or_default()
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        sql.push_str(&format!(
            "INSERT OR REPLACE INTO conversations (id, clinic_id, status, created_at, last_seq, \
             last_visitor_seq, first_visitor_at, last_message_at) \
             VALUES ({}, {}, 'open', {at}, 1, 1, {at}, {at});\n",
            sql_text(&id),
            sql_text(BULK_RETENTION_CLINIC),
            at = sql_text(&at),
        ));
    }
    sql
}

/// A clinic whose console sessions last seconds, so the tests see sockets close at expiry.
pub const BRIEF_SESSIONS_CLINIC: &str = "brief-sessions";
/// The brief-sessions fixture's session length.
pub const BRIEF_SESSION_SECONDS: u32 = 6;
/// A clinic that accepts only signed portal identities (`[identity] require_signed`).
pub const SIGNED_PORTAL_CLINIC: &str = "signed-portal";
/// A clinic whose one-time codes live seconds, so the API tests see one expire.
pub const QUICK_CODES_CLINIC: &str = "quick-codes";
/// A clinic whose SMS channel sends staff replies as notices with a link (issue 18),
/// links that expire after seconds so the API tests see one expire.
pub const NOTICE_CLINIC: &str = "notice-sms";
/// A clinic whose WeChat Official Account is in safe mode: pushes come encrypted under
/// the dev EncodingAESKey (`.dev.vars`' `WECHAT_ENCODING_AES_KEY`, the sandbox's too).
pub const WECHAT_SAFE_CLINIC: &str = "wechat-safe";
/// A clinic whose website visitors' verified phones get a continuity notice
/// `CONTINUITY_SECONDS` after a staff reply they have not seen (issue 20), with links
/// that expire after `CONTINUITY_LINK_SECONDS`. Its pages are the demo clinic's origins.
pub const CONTINUITY_CLINIC: &str = "continuity";
pub const CONTINUITY_SECONDS: u32 = 2;
pub const CONTINUITY_LINK_SECONDS: u32 = 30;
/// The notice fixture's link lifetime.
pub const NOTICE_LINK_SECONDS: u32 = 15;
/// A clinic whose conversations have known response times, for the report test.
pub const REPORTS_CLINIC: &str = "reports-fixture";

/// The reports fixture's conversations two days before `now`, on one hour: (department,
/// urgency, minutes to the first reply, minutes to the deadline). The report test expects
/// clinical 6 started, 5 answered, median 10 and p90 40 minutes; front desk median 90 and
/// p90 120; SLA 4 of 6 (the 40-minute answer and the silent one are late).
pub(super) const REPORT_FIXTURE: [(&str, &str, Option<i64>, i64); 8] = [
    ("clinical", "urgent", Some(5), 30),
    ("clinical", "urgent", Some(10), 30),
    ("clinical", "urgent", Some(20), 30),
    ("clinical", "urgent", Some(40), 30),
    ("clinical", "urgent", None, 30),
    ("clinical", "emergency", Some(4), 5),
    ("front-desk", "routine", Some(60), 240),
    ("front-desk", "routine", Some(120), 240),
];

pub(super) fn report_fixture_sql(now: chrono::DateTime<chrono::Utc>) -> String {
    use chrono::{Duration, DurationRound};
    let stamp = |at: chrono::DateTime<chrono::Utc>| {
        sql_text(&at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
    };
    let hour = (now - Duration::days(2))
        .duration_trunc(Duration::hours(1))
        .unwrap_or(now);
    let mut sql = String::new();
    for (n, (department, urgency, answered, due)) in REPORT_FIXTURE.into_iter().enumerate() {
        let rank = match urgency {
            "emergency" => 0,
            "urgent" => 1,
            _ => 2,
        };
        let replied = answered.map_or("NULL".to_owned(), |m| stamp(hour + Duration::minutes(m)));
        sql.push_str(&format!(
            "INSERT OR REPLACE INTO conversations (id, clinic_id, status, urgency, urgency_rank, \
             department, created_at, last_seq, last_visitor_seq, first_visitor_at, \
             first_response_at, sla_deadline) VALUES ({}, {}, 'open', {}, {rank}, {}, {}, 2, 1, {}, {replied}, {});\n",
            sql_text(&format!("c_{n:032x}")),
            sql_text(REPORTS_CLINIC),
            sql_text(urgency),
            sql_text(department),
            stamp(hour),
            stamp(hour),
            stamp(hour + Duration::minutes(due)),
        ));
    }
    sql
}

/// Test fixture clinics, derived from the demo clinic so they stay valid as it changes.
pub(super) fn fixture_clinics(demo: &ClinicConfig) -> Result<Vec<ClinicConfig>> {
    let mut other = demo.clone();
    other.id = OTHER_CLINIC.into();
    other.name = "Hillside Test Clinic (test fixture)".into();
    other.allowed_origins = vec!["https://hillside-clinic.example".into()];
    // Its notifications are signed with its own secret, not the demo clinic's.
    other.escalation.signing_secret = Some("OTHER_CLINIC_WEBHOOK_SECRET".into());
    let mut tight = demo.clone();
    tight.id = TIGHT_CLINIC.into();
    tight.name = "Tight Limits Test Clinic (test fixture)".into();
    tight.rate_limits = RateLimits {
        conversations_per_ip: Rate::new(3, 60),
        messages_per_conversation: Rate::new(3, 60),
        messages_per_ip: Rate::new(5, 60),
    };
    let mut leased = demo.clone();
    leased.id = LEASED_CLINIC.into();
    leased.name = "Leased Limits Test Clinic (test fixture)".into();
    leased.rate_limits = RateLimits {
        conversations_per_ip: Rate::new(10, 1),
        messages_per_conversation: Rate::new(20, 1),
        messages_per_ip: Rate::new(48, 1),
    };
    let mut short = demo.clone();
    short.id = RETENTION_CLINIC.into();
    short.name = "Short Retention Test Clinic (test fixture)".into();
    short.retention_seconds = Some(RETENTION_SECONDS);
    let mut reports = demo.clone();
    reports.id = REPORTS_CLINIC.into();
    reports.name = "Reports Test Clinic (test fixture)".into();
    reports.allowed_origins = vec!["https://reports-clinic.example".into()];
    let mut brief = demo.clone();
    brief.id = BRIEF_SESSIONS_CLINIC.into();
    brief.name = "Brief Sessions Test Clinic (test fixture)".into();
    brief.allowed_origins = vec!["https://brief-clinic.example".into()];
    brief.access.session_seconds = Some(BRIEF_SESSION_SECONDS);
    let mut signed = demo.clone();
    signed.id = SIGNED_PORTAL_CLINIC.into();
    signed.name = "Signed Portal Test Clinic (test fixture)".into();
    signed.allowed_origins = vec!["https://portal-clinic.example".into()];
    signed.identity.require_signed = true;
    let mut quick = demo.clone();
    quick.id = QUICK_CODES_CLINIC.into();
    quick.name = "Quick Codes Test Clinic (test fixture)".into();
    quick.allowed_origins = vec!["https://quick-codes.example".into()];
    quick.verification.code_ttl_seconds = 3;
    let mut bulk = demo.clone();
    bulk.id = BULK_RETENTION_CLINIC.into();
    bulk.name = "Bulk Retention Test Clinic (test fixture)".into();
    bulk.allowed_origins = vec!["https://bulk-retention.example".into()];
    bulk.retention_seconds = Some(RETENTION_SECONDS);
    let mut notice = demo.clone();
    notice.id = NOTICE_CLINIC.into();
    notice.name = "Notice Test Clinic (test fixture)".into();
    notice.allowed_origins = vec!["https://notice-clinic.example".into()];
    notice.channels.notice_link_seconds = NOTICE_LINK_SECONDS;
    if let Some(sms) = &mut notice.channels.sms {
        sms.content = frontdesk_domain::notice_link::ChannelContent::Notice;
    }
    let mut continuity = demo.clone();
    continuity.id = CONTINUITY_CLINIC.into();
    continuity.name = "Continuity Test Clinic (test fixture)".into();
    continuity.verification.continuity_seconds = CONTINUITY_SECONDS;
    continuity.channels.notice_link_seconds = CONTINUITY_LINK_SECONDS;
    let mut wechat_safe = demo.clone();
    wechat_safe.id = WECHAT_SAFE_CLINIC.into();
    wechat_safe.name = "WeChat Safe Mode Test Clinic (test fixture)".into();
    wechat_safe.allowed_origins = vec!["https://wechat-safe.example".into()];
    if let Some(wechat) = &mut wechat_safe.channels.wechat {
        wechat.message_mode = frontdesk_domain::channel_config::MessageMode::Safe;
    }
    for config in [
        &other,
        &tight,
        &leased,
        &short,
        &reports,
        &brief,
        &signed,
        &quick,
        &bulk,
        &notice,
        &continuity,
        &wechat_safe,
    ] {
        config
            .validate()
            .with_context(|| format!("fixture clinic {}", config.id))?;
    }
    Ok(vec![
        other,
        tight,
        leased,
        short,
        reports,
        brief,
        signed,
        quick,
        bulk,
        notice,
        continuity,
        wechat_safe,
    ])
}
