//! Saved replies: admins manage them with clear errors, every role lists them, and a
//! conversation gets them rendered with live values, in one pass, as plain text.

use frontdesk_protocol::{
    Department, SaveTemplateRequest, SavedReply, SetVisitorRequest, VisitorIdentity,
};
use serde_json::json;

use crate::app::{says, Outcome, TestApp};
use crate::paths;
use crate::support::*;

const DEMO_PHONE: &str = "+49 30 555 0142";

/// A shortcut no other test uses.
fn fresh_shortcut(prefix: &str) -> String {
    format!("{prefix}-{}", &uuid().replace('-', "")[..12])
}

/// A template request for every team.
fn saved(shortcut: &str, title: &str, body: &str) -> SaveTemplateRequest {
    SaveTemplateRequest {
        shortcut: shortcut.to_owned(),
        title: title.to_owned(),
        body: body.to_owned(),
        department: None,
    }
}

fn templates(token: &str, conversation: Option<&str>) -> Vec<SavedReply> {
    let listed = TestApp::new().templates(token, conversation).answered(200);
    listed.body.templates
}

fn by_shortcut<'a>(list: &'a [SavedReply], shortcut: &str) -> Option<&'a SavedReply> {
    list.iter().find(|t| t.shortcut == shortcut)
}

fn create(admin: &str, shortcut: &str, body: &str) -> SavedReply {
    let request = saved(shortcut, &format!("Test {shortcut}"), body);
    TestApp::new()
        .save_template(admin, &request)
        .answered(201)
        .body
}

fn audited(admin: &str, action: &str, detail: &str) -> bool {
    let log = TestApp::new().audit_log(admin).answered(200).body;
    log.entries
        .iter()
        .any(|e| e.action == action && e.detail.as_deref() == Some(detail))
}

#[test]
fn admins_create_change_and_delete_templates_and_each_change_is_audited() {
    let admin = sign_in("admin@demo.test");
    let shortcut = fresh_shortcut("crud");
    let app = TestApp::new();
    let created = create(&admin, &shortcut, "Call {{clinic.phone}}.");
    let id = created.id;
    assert!(id.starts_with("t_"), "{id}");
    assert_eq!(created.updated_by, "s_admin");
    assert_eq!(created.department, None);
    let listed = templates(&admin, None);
    assert_eq!(
        by_shortcut(&listed, &shortcut).expect("listed").body,
        "Call {{clinic.phone}}."
    );
    assert!(audited(&admin, "template_created", &format!("/{shortcut}")));

    let renamed = fresh_shortcut("crud2");
    let change = SaveTemplateRequest {
        department: Some(Department::Billing),
        ..saved(
            &renamed,
            "Billing hours",
            "Billing: {{clinic.next_opening|soon}}",
        )
    };
    let changed = app.update_template(&admin, &id, &change).answered(200);
    assert_eq!(changed.body.department, Some(Department::Billing));
    let listed = templates(&admin, None);
    assert!(by_shortcut(&listed, &shortcut).is_none());
    assert_eq!(
        by_shortcut(&listed, &renamed).expect("renamed").title,
        "Billing hours"
    );
    assert!(audited(&admin, "template_updated", &format!("/{renamed}")));

    let gone = app.delete_template(&admin, &id).answered(200);
    assert_eq!(gone.json, json!({"id": id, "deleted": true}));
    assert!(by_shortcut(&templates(&admin, None), &renamed).is_none());
    assert!(audited(&admin, "template_deleted", &format!("/{renamed}")));
    let again = app.delete_template(&admin, &id).refused(404);
    assert_eq!(again.code, "unknown_template");
}

#[test]
fn bad_templates_get_clear_errors() {
    let app = TestApp::new();
    let admin = sign_in("admin@demo.test");
    let ok_shortcut = fresh_shortcut("err");
    let long_shortcut = "a".repeat(33);
    let long_body = "x".repeat(4001);
    let cases: Vec<(SaveTemplateRequest, u16, &str)> = vec![
        (saved("Parking!", "t", "b"), 422, "invalid_shortcut"),
        (saved("/parking", "t", "b"), 422, "invalid_shortcut"),
        (saved(&long_shortcut, "t", "b"), 422, "invalid_shortcut"),
        (
            saved("parking", "Parking again", "b"),
            409,
            "duplicate_shortcut",
        ),
        (
            saved(&ok_shortcut, "t", "Hi {{patient.name}}"),
            422,
            "unknown_variable",
        ),
        (
            saved(&ok_shortcut, "t", "Hi {{visitor.name"),
            422,
            "unbalanced_braces",
        ),
        (
            saved(&ok_shortcut, "t", &long_body),
            413,
            "template_too_long",
        ),
        (saved(&ok_shortcut, "  ", "b"), 422, "invalid_title"),
        (saved(&ok_shortcut, "t", " "), 422, "empty_body"),
    ];
    for (request, status, code) in cases {
        let refused = app.save_template(&admin, &request).refused(status);
        assert_eq!(refused.code, code, "{request:?}");
    }
    // Bodies no SaveTemplateRequest holds: a team that does not exist, no body at all.
    for body in [
        json!({"shortcut": ok_shortcut, "title": "t", "body": "b", "department": "surgery"}),
        json!({"shortcut": ok_shortcut, "title": "t"}),
    ] {
        let bytes = serde_json::to_vec(&body).expect("json");
        let reply = app.send_forged(
            "POST",
            paths::admin_templates(),
            Some(&admin),
            &[("Content-Type", "application/json")],
            Some(&bytes),
        );
        assert_eq!(reply.status, 422, "{body}: {:?}", reply.body);
        assert_eq!(reply.error_code(), "invalid_field", "{body}");
    }
    assert!(by_shortcut(&templates(&admin, None), &ok_shortcut).is_none());

    // Renaming onto a shortcut in use, and ids the clinic doesn't have.
    let mine = create(&admin, &ok_shortcut, "mine");
    let id = mine.id.as_str();
    let clash = app
        .update_template(&admin, id, &saved("parking", "t", "b"))
        .refused(409);
    assert_eq!(clash.code, "duplicate_shortcut");
    let body = saved(&fresh_shortcut("none"), "t", "b");
    for unknown in [format!("t_{}", "0".repeat(32)), "not-an-id".to_owned()] {
        let refused = app.update_template(&admin, &unknown, &body).refused(404);
        assert_eq!(refused.code, "unknown_template", "{unknown}");
    }
    let other_admin = sign_in("admin@other.test");
    let elsewhere = app.update_template(&other_admin, id, &body);
    assert_eq!(
        elsewhere.status(),
        404,
        "another clinic's template is unknown"
    );
    assert!(by_shortcut(&templates(&other_admin, None), &ok_shortcut).is_none());
    app.delete_template(&admin, id).answered(200);
}

#[test]
fn only_admins_manage_templates_but_everyone_lists_them() {
    let admin = sign_in("admin@demo.test");
    let app = TestApp::new();
    let mine = create(&admin, &fresh_shortcut("roles"), "b");
    let id = mine.id.as_str();
    let body = saved(&fresh_shortcut("roles"), "t", "b");
    for email in ["frontdesk@demo.test", "clinician@demo.test"] {
        let staff = sign_in(email);
        let refusals = [
            app.save_template(&staff, &body).refused(403),
            app.update_template(&staff, id, &body).refused(403),
            app.delete_template(&staff, id).refused(403),
        ];
        for refused in refusals {
            assert_eq!(refused.code, "admins_only", "{email}");
        }
        assert!(by_shortcut(&templates(&staff, None), "parking").is_some());
    }
    app.delete_template(&admin, id).answered(200);
}

#[test]
fn a_conversation_gets_templates_rendered_with_live_values_and_fallbacks() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let id = visitor.id().to_owned();
    let question = format!("Where can I park? {}", canary());
    app.send_visitor_message(&visitor, &says(&question))
        .answered(201);
    let frontdesk = sign_in("frontdesk@demo.test");
    let department = eventually("the conversation is indexed", || {
        let thread = app.staff_thread(&frontdesk, &id).ok()?.body;
        (thread.conversation.last_seq >= 1).then_some(thread.conversation.department)
    });
    assert_eq!(department, Department::FrontDesk);

    let rendered = templates(&frontdesk, Some(&id));
    let parking = by_shortcut(&rendered, "parking").expect("parking");
    let text = parking.rendered.as_deref().expect("rendered");
    assert!(text.contains(&format!("Call {DEMO_PHONE}")), "{text}");
    assert!(!text.contains("{{"), "{text}");
    assert!(parking.body.contains("{{clinic.phone}}"));
    // The test server is always open, so the next opening is now.
    let next = by_shortcut(&rendered, "next-opening").expect("next-opening");
    assert!(
        next.rendered
            .as_deref()
            .expect("rendered")
            .contains("next available now"),
        "{next:?}"
    );
    // Templates of other teams are left out of a front-desk conversation.
    assert!(by_shortcut(&rendered, "after-extraction").is_none());
    assert!(by_shortcut(&templates(&frontdesk, None), "after-extraction").is_some());
    let unrendered = app.templates(&frontdesk, None).answered(200).json;
    assert!(unrendered["templates"]
        .as_array()
        .expect("templates")
        .iter()
        .all(|t| t.get("rendered").is_none()));

    let admin = sign_in("admin@demo.test");
    let greeting = fresh_shortcut("hello");
    let created = create(
        &admin,
        &greeting,
        "Hi {{visitor.name|there}}, this is {{staff.first_name}} at {{clinic.name}}.",
    );
    let rendered_for = |session: &str| {
        let list = templates(session, Some(&id));
        by_shortcut(&list, &greeting)
            .expect("greeting")
            .rendered
            .clone()
    };
    assert_eq!(
        rendered_for(&frontdesk).as_deref(),
        Some("Hi there, this is Sam at Lakeside Family Clinic.")
    );
    assert_eq!(
        rendered_for(&admin).as_deref(),
        Some("Hi there, this is Morgan at Lakeside Family Clinic.")
    );
    // Once the visitor's name is known, it fills the variable, as written.
    let named = SetVisitorRequest {
        visitor: VisitorIdentity {
            name: Some("Ana {{clinic.phone}}".into()),
            ..VisitorIdentity::default()
        },
        verified: false,
    };
    app.set_visitor(&frontdesk, &id, &named).answered(200);
    assert_eq!(
        rendered_for(&frontdesk).as_deref(),
        Some("Hi Ana {{clinic.phone}}, this is Sam at Lakeside Family Clinic.")
    );
    app.delete_template(&admin, &created.id).answered(200);

    for unknown in ["c_00000000000000000000000000000000", "nope"] {
        let refused = app.templates(&frontdesk, Some(unknown)).refused(404);
        assert_eq!(refused.code, "unknown_conversation", "{unknown}");
    }
    // Another clinic's staff can't render for this conversation.
    let other = sign_in("admin@other.test");
    assert_eq!(app.templates(&other, Some(&id)).status(), 404);
}

#[test]
fn rendering_is_one_pass_and_plain_text() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let id = visitor.id().to_owned();
    app.send_visitor_message(&visitor, &says(&format!("Hello {}", canary())))
        .answered(201);
    let admin = sign_in("admin@demo.test");
    let shortcut = fresh_shortcut("inject");
    // The fallback holds text that looks like a variable and like HTML.
    let body = "Hi {{visitor.name|{{clinic.phone}}}} <script>alert(1)</script> {{clinic.phone}}";
    let created = create(&admin, &shortcut, body);
    let rendered = eventually("the conversation is indexed", || {
        app.templates(&admin, Some(&id)).ok()
    });
    assert_eq!(
        rendered
            .header("content-type")
            .map(|t| t.starts_with("application/json")),
        Some(true)
    );
    let text = by_shortcut(&rendered.body.templates, &shortcut)
        .expect("listed")
        .rendered
        .clone()
        .expect("rendered");
    // The fallback `{{clinic.phone` is inserted as written, never expanded again; only
    // the real variable at the end is filled in.
    assert_eq!(
        text,
        format!("Hi {{{{clinic.phone}}}} <script>alert(1)</script> {DEMO_PHONE}")
    );
    app.delete_template(&admin, &created.id).answered(200);
}
