//! The practice software's appointment-booked event (issue 22) against local workerd and
//! the provider sandbox: with a `messages:write` key it sends a reminder, written from
//! one of the clinic's saved replies with the appointment's local time, into the
//! patient's SMS or WhatsApp conversation found by phone number. It goes out in the
//! provider's shape (Twilio's Messages API form, Meta's template message outside
//! WhatsApp's window), once per event id; an opted-out number is refused and gets
//! nothing. A treatment event finds the patient by phone number too.

use frontdesk_protocol::{
    AppointmentEventRequest, Author, Channel, SaveTemplateRequest, TreatmentEventRequest,
    WhatsappTemplate,
};
use serde_json::{json, Value};

use crate::api_keys::new_key;
use crate::app::{Outcome, TestApp};
use crate::channels_sms::{
    field, patient_number, patient_texts, row_of, sent_to, thread, CLINIC_NUMBER,
};
use crate::channels_whatsapp::{graph_calls, patient_writes_on};
use crate::integrations::from_now;
use crate::support::*;

/// A saved reply of the demo clinic with `{{appointment.time}}`: its shortcut.
fn reminder_template(admin: &str) -> String {
    let shortcut = format!("reminder-{}", &uuid()[..8]);
    let request = SaveTemplateRequest {
        shortcut: shortcut.clone(),
        title: "Appointment reminder".into(),
        body: "Hi {{visitor.name|there}}, a reminder of your appointment at {{clinic.name}} on {{appointment.time}}. Reply STOP to opt out.".into(),
        department: None,
    };
    TestApp::new().save_template(admin, &request).answered(201);
    shortcut
}

/// A new booking (its own event id) of an appointment at `starts_at` on `channel`,
/// reminded with the saved reply `template`.
fn booking(
    channel: Channel,
    phone: &str,
    starts_at: &str,
    template: &str,
) -> AppointmentEventRequest {
    AppointmentEventRequest {
        event_id: format!("pms-appt:{}", uuid()),
        channel,
        phone: phone.to_owned(),
        starts_at: starts_at.to_owned(),
        template: template.to_owned(),
        whatsapp_template: None,
    }
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
    let app = TestApp::new();
    let body = booking(Channel::Sms, &phone, &starts_at, &shortcut);

    let refused = app.report_appointment(&reader, &body).refused(403);
    assert_eq!(refused.code, "missing_scope");
    let staff_session = app.report_appointment(&admin, &body).refused(401);
    assert_eq!(staff_session.code, "api_key_required");

    let sent = app.report_appointment(&practice, &body).answered(201).body;
    let text = sent.message.text.clone();
    assert_eq!(
        text,
        format!(
            "Hi there, a reminder of your appointment at Lakeside Family Clinic on {}. \
             Reply STOP to opt out.",
            local_time(&starts_at)
        )
    );
    assert_eq!(sent.message.author, Author::Staff);
    let seq = sent.message.seq;
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
    let again = app.report_appointment(&practice, &body).answered(200);
    assert_eq!(again.body.message.seq, seq);
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert_eq!(messages(&admin, &id), before);
    let copies = sent_to(&phone)
        .iter()
        .filter(|(_, form)| field(form, "Body") == Some(text.as_str()))
        .count();
    assert_eq!(copies, 1, "sent once");

    let log = app.audit_log(&admin).answered(200);
    let entries = &log.body.entries;
    assert!(entries.iter().any(|entry| entry.action == "api_key_used"
        && entry.actor == key_id
        && entry.detail.as_deref() == Some("POST /v1/integrations/appointments")));
    assert!(entries.iter().any(|entry| entry.action == "replied"
        && entry.actor == key_id
        && entry.conversation_id.as_deref() == Some(id.as_str())));
    assert!(!log.json.to_string().contains(&phone));
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
    let body = booking(Channel::Sms, &phone, &from_now(86_400), &shortcut);
    let refused = TestApp::new()
        .report_appointment(&practice, &body)
        .refused(409);
    assert_eq!(refused.code, "recipient_opted_out");
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
    let app = TestApp::new();
    let mut body = booking(Channel::Whatsapp, &phone, &starts_at, &shortcut);
    let before = messages(&admin, &id);
    let refused = app.report_appointment(&practice, &body).refused(409);
    assert_eq!(refused.code, "outside_reply_window");
    assert_eq!(messages(&admin, &id), before, "nothing stored");

    body.whatsapp_template = Some(WhatsappTemplate {
        name: "appointment_reminder".into(),
        language: "en_US".into(),
        parameters: vec![local_time(&starts_at)],
    });
    app.report_appointment(&practice, &body).answered(201);
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
    let body = booking(Channel::Sms, &phone, &from_now(86_400), &shortcut);
    type Change = Box<dyn Fn(&mut AppointmentEventRequest)>;
    let unknown_phone = patient_number("+1555");
    let in_the_past = from_now(-60);
    let changes: [(Change, u16, &str); 7] = [
        (
            Box::new(|b| b.event_id = "appt 1".into()),
            422,
            "invalid_event_id",
        ),
        (
            Box::new(|b| b.channel = Channel::Messenger),
            422,
            "unsupported_channel",
        ),
        (
            Box::new(|b| b.phone = "0301234567".into()),
            422,
            "invalid_phone",
        ),
        (
            Box::new(|b| b.starts_at = "tomorrow".into()),
            422,
            "invalid_starts_at",
        ),
        (
            Box::new(move |b| b.starts_at = in_the_past.clone()),
            422,
            "appointment_in_past",
        ),
        (
            Box::new(move |b| b.phone = unknown_phone.clone()),
            404,
            "unknown_patient",
        ),
        (
            Box::new(|b| b.template = "no-such-template".into()),
            404,
            "unknown_template",
        ),
    ];
    for (change, status, code) in changes {
        let mut bad = body.clone();
        change(&mut bad);
        let refused = TestApp::new()
            .report_appointment(&practice, &bad)
            .refused(status);
        assert_eq!(refused.code, code, "{bad:?}");
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
    let app = TestApp::new();
    let body = TreatmentEventRequest {
        event_id: format!("pms-visit:{}", uuid()),
        conversation_id: None,
        phone: Some(phone),
        procedure: "Wisdom tooth extraction".into(),
        performed_at: from_now(0),
    };
    let scheduled = app.report_treatment(&practice, &body).answered(202);
    assert_eq!(scheduled.body.conversation_id, id);
    let mut unknown = body.clone();
    unknown.phone = Some(patient_number("+1555"));
    unknown.event_id = format!("pms-visit:{}", uuid());
    let refused = app.report_treatment(&practice, &unknown).refused(404);
    assert_eq!(refused.code, "unknown_patient");
    let mut neither = body.clone();
    neither.phone = None;
    let refused = app.report_treatment(&practice, &neither).refused(422);
    assert_eq!(refused.code, "missing_patient");
}
