//! Corrections from the field against local workerd: staff re-triage a conversation
//! (audited; the inbox order and the escalation ladder follow), the report counts
//! corrections up and down per language, and the admins' export carries no identifiers.
//!
//! The tests here share the demo clinic's correction counts, so they take turns.

use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use frontdesk_protocol::{
    CorrectionCounts, CorrectionDirection, Department, SetLabelsRequest, SetVisitorRequest,
    StaffProfile, TriageCorrectionRequest, TriageCorrectionResponse, Urgency, VisitorIdentity,
};
use serde_json::{json, Value};

use crate::app::{says, Called, Outcome, TestApp};
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

/// A demo conversation with one visitor message, once the inbox has indexed it.
fn conversation_saying(staff: &str, text: &str) -> String {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    app.send_visitor_message(&visitor, &says(text))
        .answered(201);
    let id = visitor.id().to_owned();
    app.routed(&id);
    eventually("the inbox row", || {
        let thread = app.staff_thread(staff, &id).answered(200).body;
        thread.conversation.triage_reason.map(|_| ())
    });
    id
}

/// The conversation's urgency as staff see it.
fn urgency_of(staff: &str, id: &str) -> Urgency {
    let thread = TestApp::new().staff_thread(staff, id).answered(200).body;
    thread.conversation.urgency
}

/// The department triage gave the conversation.
fn department_of(staff: &str, id: &str) -> Department {
    let thread = TestApp::new().staff_thread(staff, id).answered(200).body;
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

fn correct(
    staff: &str,
    id: &str,
    body: &TriageCorrectionRequest,
) -> Called<TriageCorrectionResponse> {
    TestApp::new().correct_triage(staff, id, body)
}

/// A correction to `urgency` (and `department` when given) for `reason`.
fn correction(
    urgency: Option<Urgency>,
    department: Option<Department>,
    reason: &str,
) -> TriageCorrectionRequest {
    TriageCorrectionRequest {
        urgency,
        department,
        reason: reason.to_owned(),
    }
}

fn me(staff: &str) -> StaffProfile {
    TestApp::new().me(staff).answered(200).body
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
    let app = TestApp::new();
    let labels = SetLabelsRequest {
        labels: vec![label.clone()],
    };
    for id in [&routine, &urgent] {
        app.set_labels(&staff, id, &labels).answered(200);
    }
    let order = || -> Vec<String> {
        let inbox = app.inbox(&staff, &[("label", &label)]).answered(200).body;
        inbox
            .conversations
            .into_iter()
            .map(|entry| entry.conversation_id)
            .collect()
    };
    assert_eq!(order(), [urgent.clone(), routine.clone()]);

    let reason = format!("patient called: chest pain {}", canary());
    let raise = correction(
        Some(Urgency::Emergency),
        Some(Department::Clinical),
        &reason,
    );
    let corrected = correct(&staff, &routine, &raise).answered(200).body;
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

    let log = app.audit_log(&admin).answered(200).body;
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
    let lower = correction(Some(Urgency::Routine), None, "no chest pain after all");
    let lowered = correct(&staff, &routine, &lower).answered(200).body;
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
    let raise = correction(Some(Urgency::Emergency), None, "sounds like a stroke");
    correct(&staff, &raised, &raise).answered(200);
    let webhook = wait_for(&raised, "/on-call/webhook", Duration::from_secs(15))
        .expect("raising to emergency notified on-call");
    let payload: Value = serde_json::from_str(&webhook.body).expect("json");
    assert_eq!(payload["urgency"], "emergency");
    assert_eq!(payload["department"], department.as_str());
    assert!(!webhook.body.contains("stroke") && !webhook.body.contains("check-up"));

    // An urgent message lowered to routine before its 10 s step never pages anyone.
    let lowered = conversation_saying(&staff, URGENT);
    let lower = correction(
        Some(Urgency::Routine),
        Some(Department::Appointments),
        "old wound, healed",
    );
    let corrected = correct(&staff, &lowered, &lower).answered(200).body;
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
    let urgent = Some(Urgency::Urgent);
    let long_reason = "x".repeat(501);
    let cases = [
        (correction(urgent, None, "  "), "reason_required"),
        (correction(urgent, None, &long_reason), "invalid_reason"),
        (correction(urgent, None, "bell\u{7}"), "invalid_reason"),
        (
            correction(Some(Urgency::Routine), None, "same as before"),
            "nothing_to_correct",
        ),
        (correction(None, None, "nothing"), "nothing_to_correct"),
    ];
    for (body, code) in cases {
        let refused = correct(&staff, &id, &body).refused(422);
        assert_eq!(refused.code, code, "{body:?}");
    }
    // Bodies no TriageCorrectionRequest holds: no reason, a field it has not, an
    // urgency that does not exist.
    for body in [
        json!({ "urgency": "urgent" }),
        json!({ "urgency": "urgent", "reason": "ok", "extra": 1 }),
        json!({ "urgency": "severe", "reason": "ok" }),
    ] {
        let bytes = serde_json::to_vec(&body).expect("json");
        let reply = TestApp::new().send_forged(
            "POST",
            &paths::staff_triage(&id),
            Some(&staff),
            &[("Content-Type", "application/json")],
            Some(&bytes),
        );
        assert_eq!(
            (reply.status, reply.error_code()),
            (422, "invalid_field"),
            "{body}"
        );
    }
    // Nothing was stored: the row is as triage left it.
    assert_eq!(urgency_of(&staff, &id), Urgency::Routine);
}

#[test]
fn another_clinics_staff_cannot_correct_and_only_admins_export() {
    let _turn = turn();
    let staff = sign_in_every_team("front-desk");
    let id = conversation_saying(&staff, ROUTINE_EN);
    let app = TestApp::new();
    let body = correction(Some(Urgency::Urgent), None, "not theirs");
    let outsider = sign_in("admin@other.test");
    let refused = correct(&outsider, &id, &body).refused(404);
    assert_eq!(refused.code, "unknown_conversation");
    assert_eq!(correct("not-a-session", &id, &body).status(), 401);
    assert_eq!(urgency_of(&staff, &id), Urgency::Routine);

    for account in ["frontdesk@demo.test", "clinician@demo.test"] {
        let refused = app.correction_export(&sign_in(account), &[]).refused(403);
        assert_eq!(refused.code, "admins_only");
    }
    let refused = app
        .correction_export(&sign_in("admin@demo.test"), &[("weeks", "0")])
        .refused(422);
    assert_eq!(refused.code, "invalid_weeks");
}

/// The demo report's correction counts for `language`.
fn counts(admin: &str, language: &str) -> CorrectionCounts {
    let report = TestApp::new()
        .report(Some(admin), &[("weeks", "1")])
        .answered(200)
        .body;
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

    let up = correction(Some(Urgency::Urgent), None, "Schmerzen erwähnt");
    correct(&staff, &german, &up).answered(200);
    let down = correction(Some(Urgency::Routine), None, "old wound");
    correct(&staff, &english, &down).answered(200);
    let department = correction(None, Some(Department::Billing), "a billing question");
    correct(&staff, &english, &department).answered(200);

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

    let csv = TestApp::new().report_csv(&admin, &[("weeks", "1")]);
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
    let app = TestApp::new();
    let named = SetVisitorRequest {
        visitor: VisitorIdentity {
            name: Some("Ana Ruiz".into()),
            email: Some("ana.ruiz@example.com".into()),
            phone: Some("+49 171 2345678".into()),
            user_id: None,
        },
        verified: false,
    };
    app.set_visitor(&staff, &id, &named).answered(200);
    let raise = correction(
        Some(Urgency::Urgent),
        Some(Department::Clinical),
        "called back on 0171 2345678",
    );
    correct(&staff, &id, &raise).answered(200);

    let reply = app
        .correction_export(&admin, &[("weeks", "1")])
        .answered(200);
    assert!(reply
        .header("content-disposition")
        .is_some_and(|d| d.contains("attachment")));
    let export = &reply.body;
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
    let whole = serde_json::to_string(&reply.json).expect("json");
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

    let log = app.audit_log(&admin).answered(200).body;
    assert!(
        log.entries.iter().any(|e| e.action == "exported"
            && e.detail
                .as_deref()
                .is_some_and(|d| d.starts_with("triage corrections"))),
        "the export is audited"
    );
}
