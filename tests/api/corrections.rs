//! Corrections from the field against local workerd: staff re-triage a conversation
//! (audited; the inbox order and the escalation ladder follow), the report counts
//! corrections up and down per language, and the admins' export carries no identifiers.
//!
//! The tests here share the demo clinic's correction counts, so they take turns.

use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use frontdesk_protocol::{
    AuditLogResponse, ClinicReport, CorrectionCounts, CorrectionDirection, CorrectionExport,
    Department, StaffMessagesResponse, StaffProfile, TriageCorrectionResponse, Urgency,
};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use crate::escalation::{deliveries, for_conversation, wait_for, URGENT};
use crate::paths;
use crate::support::*;

const ROUTINE_EN: &str = "Hello, can I book a check-up for next week?";
const ROUTINE_DE: &str = "Hallo, kann ich bitte einen Termin für nächste Woche vereinbaren?";

/// One test at a time: the report test counts the demo clinic's corrections.
fn turn() -> MutexGuard<'static, ()> {
    static TURN: Mutex<()> = Mutex::new(());
    TURN.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The body of a 2xx reply as the API's own type.
fn typed<T: DeserializeOwned>(reply: &Reply) -> T {
    assert!(
        (200..300).contains(&reply.status),
        "{}: {:?}",
        reply.status,
        reply.body
    );
    serde_json::from_value(reply.body.clone()).expect("the API's type")
}

/// A demo conversation with one visitor message, once the inbox has indexed it.
fn conversation_saying(staff: &str, text: &str) -> String {
    let (id, token) = new_conversation();
    let sent = visitor_send(&id, &token, &uuid(), text);
    assert_eq!(sent.status, 201, "{:?}", sent.body);
    routed(&id);
    eventually("the inbox row", || {
        let reply = get(&paths::staff_messages(&id), Some(staff));
        let thread: StaffMessagesResponse = typed(&reply);
        thread.conversation.triage_reason.map(|_| ())
    });
    id
}

/// The department triage gave the conversation.
fn department_of(staff: &str, id: &str) -> Department {
    let reply = get(&paths::staff_messages(id), Some(staff));
    let thread: StaffMessagesResponse = typed(&reply);
    thread.conversation.department
}

/// A word no scrubbing touches: letters only, unique per call.
fn unique_word() -> String {
    let letters: String = uuid()
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(10)
        .map(|c| match c.to_digit(10) {
            Some(digit) => char::from(b'g' + digit as u8),
            None => c,
        })
        .collect();
    format!("m{letters}")
}

fn correct(staff: &str, id: &str, body: &Value) -> Reply {
    post(&paths::staff_triage(id), Some(staff), body)
}

fn me(staff: &str) -> StaffProfile {
    typed(&get(paths::staff_me(), Some(staff)))
}

#[test]
fn re_triage_by_staff_is_audited_and_the_inbox_order_follows() {
    let _turn = turn();
    let staff = sign_in_every_team("front-desk");
    let admin = sign_in("admin@demo.test");
    // A routine question first, then an urgent one: the urgent one leads the inbox.
    let private = format!("{ROUTINE_EN} {}", canary());
    let routine = conversation_saying(&staff, &private);
    let triaged_department = department_of(&staff, &routine);
    let urgent = conversation_saying(&staff, URGENT);
    let label = format!("t{}", &uuid()[..8]);
    for id in [&routine, &urgent] {
        let labelled = post(
            &paths::staff_labels(id),
            Some(&staff),
            &json!({ "labels": [label] }),
        );
        assert_eq!(labelled.status, 200, "{:?}", labelled.body);
    }
    let order = || -> Vec<String> {
        let inbox = get(
            &format!("{}?label={label}", paths::staff_inbox()),
            Some(&staff),
        );
        assert_eq!(inbox.status, 200, "{:?}", inbox.body);
        let inbox: frontdesk_protocol::InboxResponse = typed(&inbox);
        inbox
            .conversations
            .into_iter()
            .map(|entry| entry.conversation_id)
            .collect()
    };
    assert_eq!(order(), [urgent.clone(), routine.clone()]);

    let reason = format!("patient called: chest pain {}", canary());
    let reply = correct(
        &staff,
        &routine,
        &json!({ "urgency": "emergency", "department": "clinical", "reason": reason }),
    );
    let corrected: TriageCorrectionResponse = typed(&reply);
    assert_eq!(corrected.conversation.urgency, Urgency::Emergency);
    assert_eq!(corrected.conversation.department, Department::Clinical);
    let change = corrected.correction.change;
    assert_eq!(
        (change.from_urgency, change.to_urgency, change.direction),
        (
            Urgency::Routine,
            Urgency::Emergency,
            CorrectionDirection::Up
        )
    );
    assert_eq!(change.from_department, triaged_department);
    assert_eq!(corrected.correction.language.as_deref(), Some("en"));
    assert!(corrected.correction.triage_reason.is_some());
    assert_eq!(corrected.correction.staff_id, me(&staff).id);
    // The emergency now leads, though it started earlier as routine.
    assert_eq!(order(), [routine.clone(), urgent.clone()]);

    let log: AuditLogResponse = typed(&get(paths::audit_log(), Some(&admin)));
    let entry = log
        .entries
        .iter()
        .find(|e| e.action == "triage_corrected" && e.conversation_id.as_deref() == Some(&routine))
        .expect("the correction is in the audit log");
    assert_eq!(entry.actor, me(&staff).id);
    let detail = format!(
        "routine/{} -> emergency/clinical",
        triaged_department.as_str()
    );
    assert_eq!(entry.detail.as_deref(), Some(detail.as_str()));
    let text = serde_json::to_string(&log).expect("json");
    assert!(
        !text.contains(&canary()) && !text.contains("check-up"),
        "the audit log holds no message text or reason"
    );

    // Lowering puts it back behind the urgent one.
    let lowered = correct(
        &staff,
        &routine,
        &json!({ "urgency": "routine", "reason": "no chest pain after all" }),
    );
    let lowered: TriageCorrectionResponse = typed(&lowered);
    assert_eq!(
        lowered.correction.change.direction,
        CorrectionDirection::Down
    );
    assert_eq!(order(), [urgent, routine]);
}

#[test]
fn raising_to_emergency_starts_escalation_and_lowering_to_routine_stops_it() {
    let _turn = turn();
    let _ = deliveries();
    let staff = sign_in_every_team("front-desk");
    // Routine: nobody is paged...
    let raised = conversation_saying(&staff, ROUTINE_EN);
    let department = department_of(&staff, &raised);
    // ...until staff raise it: emergencies notify on-call at once.
    let reply = correct(
        &staff,
        &raised,
        &json!({ "urgency": "emergency", "reason": "sounds like a stroke" }),
    );
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    let webhook = wait_for(&raised, "/on-call/webhook", Duration::from_secs(15))
        .expect("raising to emergency notified on-call");
    let payload: Value = serde_json::from_str(&webhook.body).expect("json");
    assert_eq!(payload["urgency"], "emergency");
    assert_eq!(payload["department"], department.as_str());
    assert!(!webhook.body.contains("stroke") && !webhook.body.contains("check-up"));

    // An urgent message lowered to routine before its 10 s step never pages anyone.
    let lowered = conversation_saying(&staff, URGENT);
    let reply = correct(
        &staff,
        &lowered,
        &json!({ "urgency": "routine", "department": "appointments", "reason": "old wound, healed" }),
    );
    let corrected: TriageCorrectionResponse = typed(&reply);
    assert_eq!(
        corrected.correction.change.direction,
        CorrectionDirection::Down
    );
    std::thread::sleep(Duration::from_secs(14));
    assert!(
        for_conversation(&lowered).is_empty(),
        "lowering to routine stops the ladder"
    );
}

#[test]
fn a_correction_needs_a_reason_and_a_change() {
    let _turn = turn();
    let staff = sign_in_every_team("clinician");
    let id = conversation_saying(&staff, ROUTINE_EN);
    let cases = [
        (json!({ "urgency": "urgent" }), 422, "invalid_field"),
        (
            json!({ "urgency": "urgent", "reason": "  " }),
            422,
            "reason_required",
        ),
        (
            json!({ "urgency": "urgent", "reason": "x".repeat(501) }),
            422,
            "invalid_reason",
        ),
        (
            json!({ "urgency": "urgent", "reason": "bell\u{7}" }),
            422,
            "invalid_reason",
        ),
        (
            json!({ "urgency": "routine", "reason": "same as before" }),
            422,
            "nothing_to_correct",
        ),
        (json!({ "reason": "nothing" }), 422, "nothing_to_correct"),
        (
            json!({ "urgency": "urgent", "reason": "ok", "extra": 1 }),
            422,
            "invalid_field",
        ),
        (
            json!({ "urgency": "severe", "reason": "ok" }),
            422,
            "invalid_field",
        ),
    ];
    for (body, status, code) in cases {
        let reply = correct(&staff, &id, &body);
        assert_eq!((reply.status, reply.error_code()), (status, code), "{body}");
    }
    // Nothing was stored: the row is as triage left it.
    let thread: StaffMessagesResponse = typed(&get(&paths::staff_messages(&id), Some(&staff)));
    assert_eq!(thread.conversation.urgency, Urgency::Routine);
}

#[test]
fn another_clinics_staff_cannot_correct_and_only_admins_export() {
    let _turn = turn();
    let staff = sign_in_every_team("front-desk");
    let id = conversation_saying(&staff, ROUTINE_EN);
    let body = json!({ "urgency": "urgent", "reason": "not theirs" });
    let outsider = sign_in("admin@other.test");
    let reply = correct(&outsider, &id, &body);
    assert_eq!(
        (reply.status, reply.error_code()),
        (404, "unknown_conversation")
    );
    let reply = correct("not-a-session", &id, &body);
    assert_eq!(reply.status, 401);
    let thread: StaffMessagesResponse = typed(&get(&paths::staff_messages(&id), Some(&staff)));
    assert_eq!(thread.conversation.urgency, Urgency::Routine);

    for account in ["frontdesk@demo.test", "clinician@demo.test"] {
        let reply = get(paths::triage_corrections(), Some(&sign_in(account)));
        assert_eq!((reply.status, reply.error_code()), (403, "admins_only"));
    }
    let reply = get(
        &format!("{}?weeks=0", paths::triage_corrections()),
        Some(&sign_in("admin@demo.test")),
    );
    assert_eq!((reply.status, reply.error_code()), (422, "invalid_weeks"));
}

/// The demo report's correction counts for `language`.
fn counts(admin: &str, language: &str) -> CorrectionCounts {
    let report: ClinicReport = typed(&get(&format!("{}?weeks=1", paths::reports()), Some(admin)));
    report
        .corrections
        .by_language
        .into_iter()
        .find(|line| line.language == language)
        .unwrap_or_default()
}

#[test]
fn the_report_counts_corrections_up_and_down_per_language() {
    let _turn = turn();
    let staff = sign_in_every_team("front-desk");
    let admin = sign_in("admin@demo.test");
    let german = conversation_saying(&staff, ROUTINE_DE);
    let english = conversation_saying(&staff, URGENT);
    let (de_before, en_before) = (counts(&admin, "de"), counts(&admin, "en"));
    assert!(de_before.conversations >= 1 && en_before.conversations >= 1);

    let up = correct(
        &staff,
        &german,
        &json!({ "urgency": "urgent", "reason": "Schmerzen erwähnt" }),
    );
    assert_eq!(up.status, 200, "{:?}", up.body);
    let down = correct(
        &staff,
        &english,
        &json!({ "urgency": "routine", "reason": "old wound" }),
    );
    assert_eq!(down.status, 200, "{:?}", down.body);
    let department = correct(
        &staff,
        &english,
        &json!({ "department": "billing", "reason": "a billing question" }),
    );
    assert_eq!(department.status, 200, "{:?}", department.body);

    let (de, en) = (counts(&admin, "de"), counts(&admin, "en"));
    assert_eq!(
        (de.corrections, de.up, de.down),
        (de_before.corrections + 1, de_before.up + 1, de_before.down)
    );
    assert_eq!(
        (en.corrections, en.up, en.down, en.department_only),
        (
            en_before.corrections + 2,
            en_before.up,
            en_before.down + 1,
            en_before.department_only + 1
        )
    );
    assert!(de
        .corrected_share
        .is_some_and(|share| share > 0.0 && share <= 1.0));

    let csv = get(
        &format!("{}?weeks=1&format=csv", paths::reports()),
        Some(&admin),
    );
    let csv = csv.body.as_str().expect("csv text");
    assert!(
        csv.lines()
            .any(|line| line == format!("triage_corrected_up,all,de,{}", de.up)),
        "{csv}"
    );
}

#[test]
fn the_export_holds_the_scrubbed_message_and_no_identifiers() {
    let _turn = turn();
    let staff = sign_in_every_team("front-desk");
    let admin = sign_in("admin@demo.test");
    let marker = unique_word();
    let text = format!(
        "{marker} can I book a check-up? write to ana.ruiz@example.com or call +49 171 2345678"
    );
    let id = conversation_saying(&staff, &text);
    let named = request(
        "PUT",
        &paths::staff_visitor(&id),
        Some(&staff),
        &[("Content-Type", "application/json")],
        Some(br#"{"name":"Ana Ruiz","email":"ana.ruiz@example.com","phone":"+49 171 2345678"}"#),
    );
    assert_eq!(named.status, 200, "{:?}", named.body);
    let reply = correct(
        &staff,
        &id,
        &json!({ "urgency": "urgent", "department": "clinical", "reason": "called back on 0171 2345678" }),
    );
    assert_eq!(reply.status, 200, "{:?}", reply.body);

    let reply = get(
        &format!("{}?weeks=1", paths::triage_corrections()),
        Some(&admin),
    );
    assert!(reply
        .header("content-disposition")
        .is_some_and(|d| d.contains("attachment")));
    let export: CorrectionExport = typed(&reply);
    let mine = export
        .corrections
        .iter()
        .find(|c| c.text.as_deref().is_some_and(|t| t.contains(&marker)))
        .expect("the correction with its message text");
    assert_eq!(
        mine.text.as_deref(),
        Some(format!("{marker} can I book a check-up? write to [email] or call [phone]").as_str())
    );
    assert_eq!(mine.reason, "called back on [phone]");
    assert_eq!(mine.change.direction, CorrectionDirection::Up);
    assert_eq!(mine.language.as_deref(), Some("en"));
    assert!(mine.case.starts_with("case-"));
    let whole = serde_json::to_string(&reply.body).expect("json");
    for identifier in [
        id.as_str(),
        "Ana Ruiz",
        "ana.ruiz@example.com",
        "2345678",
        me(&staff).id.as_str(),
        "c_",
    ] {
        assert!(
            !whole.contains(identifier),
            "the export holds {identifier:?}"
        );
    }

    let log: AuditLogResponse = typed(&get(paths::audit_log(), Some(&admin)));
    assert!(
        log.entries.iter().any(|e| e.action == "exported"
            && e.detail
                .as_deref()
                .is_some_and(|d| d.starts_with("triage corrections"))),
        "the export is audited"
    );
}
