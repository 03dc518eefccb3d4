//! The practice software's appointment-booked event (issue 22) against local workerd and
//! the provider sandbox: with a `messages:write` key it sends a reminder, written from
//! one of the clinic's saved replies with the appointment's local time, into the
//! patient's SMS or WhatsApp conversation found by phone number. It goes out in the
//! provider's shape (Twilio's Messages API form, Meta's template message outside
//! WhatsApp's window), once per event id; an opted-out number is refused and gets
//! nothing. A treatment event finds the patient by phone number too.

use serde_json::{json, Value};

use crate::api_keys::new_key;
use crate::channels_sms::{
    field, patient_number, patient_texts, row_of, sent_to, thread, CLINIC_NUMBER,
};
use crate::channels_whatsapp::{graph_calls, patient_writes_on};
use crate::integrations::from_now;
use crate::paths;
use crate::support::*;

const APPOINTMENTS: &str = paths::integration_appointments();

/// A saved reply of the demo clinic with `{{appointment.time}}`: its shortcut.
fn reminder_template(admin: &str) -> String {
    let shortcut = format!("reminder-{}", &uuid()[..8]);
    let made = post(
        paths::admin_templates(),
        Some(admin),
        &json!({
            "shortcut": shortcut,
            "title": "Appointment reminder",
            "body": "Hi {{visitor.name|there}}, a reminder of your appointment at {{clinic.name}} on {{appointment.time}}. Reply STOP to opt out.",
        }),
    );
    assert_eq!(made.status, 201, "{:?}", made.body);
    shortcut
}

/// What the demo clinic (Europe/Berlin) writes for `starts_at`.
fn local_time(starts_at: &str) -> String {
    let at = chrono::DateTime::parse_from_rfc3339(starts_at)
        .expect("RFC 3339")
        .with_timezone(&chrono::Utc);
    let zone = frontdesk_domain::zone::Zone::parse("Europe/Berlin").expect("zone");
    frontdesk_domain::appointment::time_text(at, zone)
}

fn messages(admin: &str, id: &str) -> Vec<Value> {
    thread(admin, id)["messages"]
        .as_array()
        .expect("messages")
        .clone()
}

#[test]
fn a_reminder_goes_out_by_sms_as_twilio_takes_it_once_per_event() {
    let admin = sign_in("admin@demo.test");
    let (key_id, practice) = new_key(&admin, &["messages:write"]);
    let (_, reader) = new_key(&admin, &["conversations:read", "surveys:write"]);
    let shortcut = reminder_template(&admin);
    let phone = patient_number("+1555");
    patient_texts(&phone, &format!("Can I book a cleaning? {}", canary()));
    let id = row_of(&admin, &phone)["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    let starts_at = from_now(2 * 86_400);
    let body = json!({
        "event_id": format!("pms-appt:{}", uuid()),
        "channel": "sms",
        "phone": phone,
        "starts_at": starts_at,
        "template": shortcut,
    });

    let refused = post(APPOINTMENTS, Some(&reader), &body);
    assert_eq!(refused.status, 403, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "missing_scope");
    assert_eq!(
        post(APPOINTMENTS, Some(&admin), &body).error_code(),
        "api_key_required"
    );

    let sent = post(APPOINTMENTS, Some(&practice), &body);
    assert_eq!(sent.status, 201, "{:?}", sent.body);
    let text = sent.body["message"]["text"]
        .as_str()
        .expect("text")
        .to_owned();
    assert_eq!(
        text,
        format!(
            "Hi there, a reminder of your appointment at Lakeside Family Clinic on {}. \
             Reply STOP to opt out.",
            local_time(&starts_at)
        )
    );
    assert_eq!(sent.body["message"]["author"], "staff");
    let seq = sent.body["message"]["seq"].as_u64().expect("seq");
    // At Twilio: the Messages API form, from the clinic's number to the patient's.
    let (_, form) = eventually("the reminder at Twilio", || {
        sent_to(&phone)
            .into_iter()
            .find(|(_, form)| field(form, "Body") == Some(text.as_str()))
    });
    assert_eq!(field(&form, "From"), Some(CLINIC_NUMBER));
    assert_eq!(field(&form, "To"), Some(phone.as_str()));
    assert!(field(&form, "StatusCallback").is_some_and(|url| !url.contains(&phone)));

    // The same event again: the first message, nothing stored or sent anew.
    let before = messages(&admin, &id);
    let again = post(APPOINTMENTS, Some(&practice), &body);
    assert_eq!(again.status, 200, "{:?}", again.body);
    assert_eq!(again.body["message"]["seq"], seq);
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert_eq!(messages(&admin, &id), before);
    let copies = sent_to(&phone)
        .iter()
        .filter(|(_, form)| field(form, "Body") == Some(text.as_str()))
        .count();
    assert_eq!(copies, 1, "sent once");

    let log = get(paths::audit_log(), Some(&admin));
    let entries = log.body["entries"].as_array().expect("entries");
    assert!(entries.iter().any(|entry| entry["action"] == "api_key_used"
        && entry["actor"] == key_id.as_str()
        && entry["detail"] == "POST /v1/integrations/appointments"));
    assert!(entries.iter().any(|entry| entry["action"] == "replied"
        && entry["actor"] == key_id.as_str()
        && entry["conversation_id"] == id.as_str()));
    assert!(!log.body.to_string().contains(&phone));
}

#[test]
fn a_reminder_to_an_opted_out_number_is_refused_and_nothing_goes_out() {
    let admin = sign_in("admin@demo.test");
    let (_, practice) = new_key(&admin, &["messages:write"]);
    let shortcut = reminder_template(&admin);
    let phone = patient_number("+1555");
    patient_texts(&phone, &format!("Where do I park? {}", canary()));
    let id = row_of(&admin, &phone)["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    assert_eq!(patient_texts(&phone, "STOP").1, 200);
    let before = messages(&admin, &id);
    let refused = post(
        APPOINTMENTS,
        Some(&practice),
        &json!({
            "event_id": format!("pms-appt:{}", uuid()),
            "channel": "sms",
            "phone": phone,
            "starts_at": from_now(86_400),
            "template": shortcut,
        }),
    );
    assert_eq!(refused.status, 409, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "recipient_opted_out");
    std::thread::sleep(std::time::Duration::from_secs(1));
    assert_eq!(messages(&admin, &id), before, "nothing stored");
    assert!(
        !sent_to(&phone)
            .iter()
            .any(|(_, form)| field(form, "Body").is_some_and(|b| b.contains("reminder"))),
        "nothing went out"
    );
}

#[test]
fn on_whatsapp_outside_the_window_a_reminder_goes_as_the_approved_template() {
    let admin = sign_in("admin@demo.test");
    let (_, practice) = new_key(&admin, &["messages:write"]);
    let shortcut = reminder_template(&admin);
    let phone = patient_number("+1555");
    let wa_id = phone.trim_start_matches('+').to_owned();
    // Meta's own timestamp says the patient wrote 25 hours ago.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    let (_, status) = patient_writes_on(
        "whatsapp",
        &wa_id,
        &format!("Thanks for the appointment {}", canary()),
        json!({"timestamp": now - 25 * 3600}),
    );
    assert_eq!(status, 200);
    let id = row_of(&admin, &wa_id)["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    let starts_at = from_now(3 * 86_400);
    let mut body = json!({
        "event_id": format!("pms-appt:{}", uuid()),
        "channel": "whatsapp",
        "phone": phone,
        "starts_at": starts_at,
        "template": shortcut,
    });
    let before = messages(&admin, &id);
    let refused = post(APPOINTMENTS, Some(&practice), &body);
    assert_eq!(refused.status, 409, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "outside_reply_window");
    assert_eq!(messages(&admin, &id), before, "nothing stored");

    body["whatsapp_template"] = json!({
        "name": "appointment_reminder",
        "language": "en_US",
        "parameters": [local_time(&starts_at)],
    });
    let sent = post(APPOINTMENTS, Some(&practice), &body);
    assert_eq!(sent.status, 201, "{:?}", sent.body);
    let (_, call) = eventually("the template message at Graph", || {
        graph_calls("whatsapp")
            .into_iter()
            .find(|(_, call)| call["to"] == wa_id.as_str() && call["type"] == "template")
    });
    assert_eq!(call["messaging_product"], "whatsapp");
    assert_eq!(call["template"]["name"], "appointment_reminder");
    assert_eq!(call["template"]["language"]["code"], "en_US");
    assert_eq!(
        call["template"]["components"][0]["parameters"][0]["text"],
        local_time(&starts_at).as_str()
    );
}

#[test]
fn bad_appointment_events_get_their_reason() {
    let admin = sign_in("admin@demo.test");
    let (_, practice) = new_key(&admin, &["messages:write"]);
    let shortcut = reminder_template(&admin);
    let phone = patient_number("+1555");
    patient_texts(&phone, &format!("Hello {}", canary()));
    row_of(&admin, &phone);
    let body = json!({
        "event_id": format!("pms-appt:{}", uuid()),
        "channel": "sms",
        "phone": phone,
        "starts_at": from_now(86_400),
        "template": shortcut,
    });
    for (field, value, status, code) in [
        ("event_id", json!("appt 1"), 422, "invalid_event_id"),
        ("channel", json!("messenger"), 422, "unsupported_channel"),
        ("phone", json!("0301234567"), 422, "invalid_phone"),
        ("starts_at", json!("tomorrow"), 422, "invalid_starts_at"),
        (
            "starts_at",
            json!(from_now(-60)),
            422,
            "appointment_in_past",
        ),
        (
            "phone",
            json!(patient_number("+1555")),
            404,
            "unknown_patient",
        ),
        (
            "template",
            json!("no-such-template"),
            404,
            "unknown_template",
        ),
    ] {
        let mut bad = body.clone();
        bad[field] = value;
        let reply = post(APPOINTMENTS, Some(&practice), &bad);
        assert_eq!(reply.status, status, "{bad}: {:?}", reply.body);
        assert_eq!(reply.error_code(), code, "{bad}");
    }
}

#[test]
fn a_treatment_event_with_only_a_phone_number_finds_the_patients_conversation() {
    let admin = sign_in("admin@demo.test");
    let (_, practice) = new_key(&admin, &["surveys:write"]);
    let phone = patient_number("+1555");
    patient_texts(&phone, &format!("My tooth was pulled today {}", canary()));
    let id = row_of(&admin, &phone)["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    let body = json!({
        "event_id": format!("pms-visit:{}", uuid()),
        "phone": phone,
        "procedure": "Wisdom tooth extraction",
        "performed_at": from_now(0),
    });
    let scheduled = post(paths::integration_treatments(), Some(&practice), &body);
    assert_eq!(scheduled.status, 202, "{:?}", scheduled.body);
    assert_eq!(scheduled.body["conversation_id"], id.as_str());
    let mut unknown = body.clone();
    unknown["phone"] = json!(patient_number("+1555"));
    unknown["event_id"] = json!(format!("pms-visit:{}", uuid()));
    let reply = post(paths::integration_treatments(), Some(&practice), &unknown);
    assert_eq!(reply.status, 404, "{:?}", reply.body);
    assert_eq!(reply.error_code(), "unknown_patient");
    let mut neither = body.clone();
    neither.as_object_mut().expect("object").remove("phone");
    let reply = post(paths::integration_treatments(), Some(&practice), &neither);
    assert_eq!(reply.status, 422, "{:?}", reply.body);
    assert_eq!(reply.error_code(), "missing_patient");
}
