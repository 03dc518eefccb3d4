//! Saved replies: admins manage them with clear errors, every role lists them, and a
//! conversation gets them rendered with live values, in one pass, as plain text.

use serde_json::{json, Value};

use crate::paths;
use crate::support::*;

const DEMO_PHONE: &str = "+49 30 555 0142";

/// A shortcut no other test uses.
fn fresh_shortcut(prefix: &str) -> String {
    format!("{prefix}-{}", &uuid().replace('-', "")[..12])
}

fn put(path: &str, token: &str, body: &Value) -> Reply {
    let bytes = serde_json::to_vec(body).expect("json");
    request(
        "PUT",
        path,
        Some(token),
        &[("Content-Type", "application/json")],
        Some(&bytes),
    )
}

fn delete(path: &str, token: &str) -> Reply {
    request("DELETE", path, Some(token), &[], None)
}

fn templates(token: &str, conversation: Option<&str>) -> Vec<Value> {
    let path = match conversation {
        Some(id) => format!("{}?conversation={id}", paths::staff_templates()),
        None => paths::staff_templates().to_owned(),
    };
    let reply = get(&path, Some(token));
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    reply.body["templates"]
        .as_array()
        .expect("templates")
        .clone()
}

fn by_shortcut<'a>(list: &'a [Value], shortcut: &str) -> Option<&'a Value> {
    list.iter().find(|t| t["shortcut"] == shortcut)
}

fn create(admin: &str, shortcut: &str, body: &str) -> Value {
    let reply = post(
        paths::admin_templates(),
        Some(admin),
        &json!({"shortcut": shortcut, "title": format!("Test {shortcut}"), "body": body}),
    );
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    reply.body
}

fn audited(admin: &str, action: &str, detail: &str) -> bool {
    let log = get(paths::audit_log(), Some(admin));
    log.body["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .any(|e| e["action"] == action && e["detail"] == detail)
}

#[test]
fn admins_create_change_and_delete_templates_and_each_change_is_audited() {
    let admin = sign_in("admin@demo.test");
    let shortcut = fresh_shortcut("crud");
    let created = create(&admin, &shortcut, "Call {{clinic.phone}}.");
    let id = created["id"].as_str().expect("id").to_owned();
    assert!(id.starts_with("t_"), "{id}");
    assert_eq!(created["updated_by"], "s_admin");
    assert_eq!(created["department"], Value::Null);
    let listed = templates(&admin, None);
    assert_eq!(
        by_shortcut(&listed, &shortcut).expect("listed")["body"],
        "Call {{clinic.phone}}."
    );
    assert!(audited(&admin, "template_created", &format!("/{shortcut}")));

    let renamed = fresh_shortcut("crud2");
    let changed = put(
        &paths::admin_template(&id),
        &admin,
        &json!({"shortcut": renamed, "title": "Billing hours", "body": "Billing: {{clinic.next_opening|soon}}", "department": "billing"}),
    );
    assert_eq!(changed.status, 200, "{:?}", changed.body);
    assert_eq!(changed.body["department"], "billing");
    let listed = templates(&admin, None);
    assert!(by_shortcut(&listed, &shortcut).is_none());
    assert_eq!(
        by_shortcut(&listed, &renamed).expect("renamed")["title"],
        "Billing hours"
    );
    assert!(audited(&admin, "template_updated", &format!("/{renamed}")));

    let gone = delete(&paths::admin_template(&id), &admin);
    assert_eq!(gone.status, 200, "{:?}", gone.body);
    assert_eq!(gone.body, json!({"id": id, "deleted": true}));
    assert!(by_shortcut(&templates(&admin, None), &renamed).is_none());
    assert!(audited(&admin, "template_deleted", &format!("/{renamed}")));
    let again = delete(&paths::admin_template(&id), &admin);
    assert_eq!(again.status, 404);
    assert_eq!(again.error_code(), "unknown_template");
}

#[test]
fn bad_templates_get_clear_errors() {
    let admin = sign_in("admin@demo.test");
    let ok_shortcut = fresh_shortcut("err");
    let cases: Vec<(Value, u16, &str)> = vec![
        (
            json!({"shortcut": "Parking!", "title": "t", "body": "b"}),
            422,
            "invalid_shortcut",
        ),
        (
            json!({"shortcut": "/parking", "title": "t", "body": "b"}),
            422,
            "invalid_shortcut",
        ),
        (
            json!({"shortcut": "a".repeat(33), "title": "t", "body": "b"}),
            422,
            "invalid_shortcut",
        ),
        (
            json!({"shortcut": "parking", "title": "Parking again", "body": "b"}),
            409,
            "duplicate_shortcut",
        ),
        (
            json!({"shortcut": ok_shortcut, "title": "t", "body": "Hi {{patient.name}}"}),
            422,
            "unknown_variable",
        ),
        (
            json!({"shortcut": ok_shortcut, "title": "t", "body": "Hi {{visitor.name"}),
            422,
            "unbalanced_braces",
        ),
        (
            json!({"shortcut": ok_shortcut, "title": "t", "body": "x".repeat(4001)}),
            413,
            "template_too_long",
        ),
        (
            json!({"shortcut": ok_shortcut, "title": "  ", "body": "b"}),
            422,
            "invalid_title",
        ),
        (
            json!({"shortcut": ok_shortcut, "title": "t", "body": " "}),
            422,
            "empty_body",
        ),
        (
            json!({"shortcut": ok_shortcut, "title": "t", "body": "b", "department": "surgery"}),
            422,
            "invalid_field",
        ),
        (
            json!({"shortcut": ok_shortcut, "title": "t"}),
            422,
            "invalid_field",
        ),
    ];
    for (body, status, code) in cases {
        let reply = post(paths::admin_templates(), Some(&admin), &body);
        assert_eq!(reply.status, status, "{body}: {:?}", reply.body);
        assert_eq!(reply.error_code(), code, "{body}");
    }
    assert!(by_shortcut(&templates(&admin, None), &ok_shortcut).is_none());

    // Renaming onto a shortcut in use, and ids the clinic doesn't have.
    let mine = create(&admin, &ok_shortcut, "mine");
    let id = mine["id"].as_str().expect("id");
    let clash = put(
        &paths::admin_template(id),
        &admin,
        &json!({"shortcut": "parking", "title": "t", "body": "b"}),
    );
    assert_eq!(clash.status, 409, "{:?}", clash.body);
    assert_eq!(clash.error_code(), "duplicate_shortcut");
    let body = json!({"shortcut": fresh_shortcut("none"), "title": "t", "body": "b"});
    for unknown in [format!("t_{}", "0".repeat(32)), "not-an-id".to_owned()] {
        let reply = put(&paths::admin_template(&unknown), &admin, &body);
        assert_eq!(reply.status, 404, "{unknown}");
        assert_eq!(reply.error_code(), "unknown_template");
    }
    let other_admin = sign_in("admin@other.test");
    let reply = put(&paths::admin_template(id), &other_admin, &body);
    assert_eq!(reply.status, 404, "another clinic's template is unknown");
    assert!(by_shortcut(&templates(&other_admin, None), &ok_shortcut).is_none());
    assert_eq!(delete(&paths::admin_template(id), &admin).status, 200);
}

#[test]
fn only_admins_manage_templates_but_everyone_lists_them() {
    let admin = sign_in("admin@demo.test");
    let mine = create(&admin, &fresh_shortcut("roles"), "b");
    let id = mine["id"].as_str().expect("id");
    let body = json!({"shortcut": fresh_shortcut("roles"), "title": "t", "body": "b"});
    for email in ["frontdesk@demo.test", "clinician@demo.test"] {
        let staff = sign_in(email);
        let answers = [
            post(paths::admin_templates(), Some(&staff), &body),
            put(&paths::admin_template(id), &staff, &body),
            delete(&paths::admin_template(id), &staff),
        ];
        for reply in answers {
            assert_eq!(reply.status, 403, "{email}: {:?}", reply.body);
            assert_eq!(reply.error_code(), "admins_only");
        }
        assert!(by_shortcut(&templates(&staff, None), "parking").is_some());
    }
    assert_eq!(delete(&paths::admin_template(id), &admin).status, 200);
}

#[test]
fn a_conversation_gets_templates_rendered_with_live_values_and_fallbacks() {
    let (id, token) = new_conversation();
    visitor_send(
        &id,
        &token,
        &uuid(),
        &format!("Where can I park? {}", canary()),
    );
    let frontdesk = sign_in("frontdesk@demo.test");
    let department = eventually("the conversation is indexed", || {
        let reply = get(&paths::staff_messages(&id), Some(&frontdesk));
        let department = reply.body["conversation"]["department"]
            .as_str()?
            .to_owned();
        (reply.body["conversation"]["last_seq"].as_u64()? >= 1).then_some(department)
    });
    assert_eq!(department, "front-desk");

    let rendered = templates(&frontdesk, Some(&id));
    let parking = by_shortcut(&rendered, "parking").expect("parking");
    let text = parking["rendered"].as_str().expect("rendered");
    assert!(text.contains(&format!("Call {DEMO_PHONE}")), "{text}");
    assert!(!text.contains("{{"), "{text}");
    assert!(parking["body"]
        .as_str()
        .expect("body")
        .contains("{{clinic.phone}}"));
    // The test server is always open, so the next opening is now.
    let next = by_shortcut(&rendered, "next-opening").expect("next-opening");
    assert!(
        next["rendered"]
            .as_str()
            .expect("rendered")
            .contains("next available now"),
        "{next}"
    );
    // Templates of other teams are left out of a front-desk conversation.
    assert!(by_shortcut(&rendered, "after-extraction").is_none());
    assert!(by_shortcut(&templates(&frontdesk, None), "after-extraction").is_some());
    assert!(templates(&frontdesk, None)
        .iter()
        .all(|t| t.get("rendered").is_none()));

    let admin = sign_in("admin@demo.test");
    let greeting = fresh_shortcut("hello");
    let created = create(
        &admin,
        &greeting,
        "Hi {{visitor.name|there}}, this is {{staff.first_name}} at {{clinic.name}}.",
    );
    let as_frontdesk = templates(&frontdesk, Some(&id));
    assert_eq!(
        by_shortcut(&as_frontdesk, &greeting).expect("greeting")["rendered"],
        "Hi there, this is Sam at Lakeside Family Clinic."
    );
    let as_admin = templates(&admin, Some(&id));
    assert_eq!(
        by_shortcut(&as_admin, &greeting).expect("greeting")["rendered"],
        "Hi there, this is Morgan at Lakeside Family Clinic."
    );
    // Once the visitor's name is known, it fills the variable, as written.
    let named = request(
        "PUT",
        &paths::staff_visitor(&id),
        Some(&frontdesk),
        &[("Content-Type", "application/json")],
        Some(br#"{"name": "Ana {{clinic.phone}}"}"#),
    );
    assert_eq!(named.status, 200, "{:?}", named.body);
    assert_eq!(
        by_shortcut(&templates(&frontdesk, Some(&id)), &greeting).expect("greeting")["rendered"],
        "Hi Ana {{clinic.phone}}, this is Sam at Lakeside Family Clinic."
    );
    let template_id = created["id"].as_str().expect("id");
    assert_eq!(
        delete(&paths::admin_template(template_id), &admin).status,
        200
    );

    for unknown in ["c_00000000000000000000000000000000", "nope"] {
        let reply = get(
            &format!("{}?conversation={unknown}", paths::staff_templates()),
            Some(&frontdesk),
        );
        assert_eq!(reply.status, 404, "{unknown}");
        assert_eq!(reply.error_code(), "unknown_conversation");
    }
    // Another clinic's staff can't render for this conversation.
    let other = sign_in("admin@other.test");
    let reply = get(
        &format!("{}?conversation={id}", paths::staff_templates()),
        Some(&other),
    );
    assert_eq!(reply.status, 404);
}

#[test]
fn rendering_is_one_pass_and_plain_text() {
    let (id, token) = new_conversation();
    visitor_send(&id, &token, &uuid(), &format!("Hello {}", canary()));
    let admin = sign_in("admin@demo.test");
    let shortcut = fresh_shortcut("inject");
    // The fallback holds text that looks like a variable and like HTML.
    let body = "Hi {{visitor.name|{{clinic.phone}}}} <script>alert(1)</script> {{clinic.phone}}";
    let created = create(&admin, &shortcut, body);
    let rendered = eventually("the conversation is indexed", || {
        let list = get(
            &format!("{}?conversation={id}", paths::staff_templates()),
            Some(&admin),
        );
        (list.status == 200).then_some(list)
    });
    assert_eq!(
        rendered
            .header("content-type")
            .map(|t| t.starts_with("application/json")),
        Some(true)
    );
    let list = rendered.body["templates"].as_array().expect("templates");
    let text = by_shortcut(list, &shortcut).expect("listed")["rendered"]
        .as_str()
        .expect("rendered")
        .to_owned();
    // The fallback `{{clinic.phone` is inserted as written, never expanded again; only
    // the real variable at the end is filled in.
    assert_eq!(
        text,
        format!("Hi {{{{clinic.phone}}}} <script>alert(1)</script> {DEMO_PHONE}")
    );
    let template_id = created["id"].as_str().expect("id");
    assert_eq!(
        delete(&paths::admin_template(template_id), &admin).status,
        200
    );
}
