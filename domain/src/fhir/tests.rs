//! The export's shape against FHIR R4 (4.0.1): the elements each resource must have
//! (cardinality 1..1 in the spec: `Bundle.type`, `Communication.status`,
//! `Communication.payload.content[x]`, `Encounter.status`, `Encounter.class`), the
//! codes of their required bindings, how the entries reference each other, and JSON
//! rules the spec sets for every resource (no nulls, empty strings, arrays or objects).
//! The API test (`tests/api/fhir_export.rs`) also validates a served bundle against
//! the official FHIR R4 JSON schema.

use super::*;
use frontdesk_protocol::{Attachment, IdentityProofs, VisitorIdentity};
use std::collections::BTreeSet;

// Value sets of the required bindings, from the R4 specification.
const BUNDLE_TYPES: [&str; 9] = [
    "document",
    "message",
    "transaction",
    "transaction-response",
    "batch",
    "batch-response",
    "history",
    "searchset",
    "collection",
];
const EVENT_STATUS: [&str; 8] = [
    "preparation",
    "in-progress",
    "not-done",
    "on-hold",
    "stopped",
    "completed",
    "entered-in-error",
    "unknown",
];
const REQUEST_PRIORITY: [&str; 4] = ["routine", "urgent", "asap", "stat"];
const ENCOUNTER_STATUS: [&str; 9] = [
    "planned",
    "arrived",
    "triaged",
    "in-progress",
    "onleave",
    "finished",
    "cancelled",
    "entered-in-error",
    "unknown",
];
const CONTACT_POINT_SYSTEMS: [&str; 7] = ["phone", "fax", "email", "pager", "url", "sms", "other"];

fn conversation(urgency: Urgency, status: ConversationStatus) -> InboxEntry {
    InboxEntry {
        conversation_id: "c_7Qx2".into(),
        channel: Default::default(),
        address: None,
        urgency,
        department: Department::Clinical,
        status,
        sla_deadline: None,
        created_at: "2026-11-25T10:00:00Z".into(),
        last_message_at: Some("2026-11-25T10:02:00Z".into()),
        last_message_preview: Some("still bleeding".into()),
        last_seq: 3,
        assigned_to: None,
        page_url: None,
        triage_reason: None,
        visitor: VisitorIdentity {
            name: Some("Ada Lovelace".into()),
            email: Some("ada@example.com".into()),
            phone: Some("+14155550100".into()),
            user_id: Some("patient-991".into()),
        },
        verified: IdentityProofs::default(),
        labels: vec![],
    }
}

fn message(seq: u64, author: Author, text: &str) -> Message {
    Message {
        id: format!("m_{seq}"),
        seq,
        author,
        text: text.into(),
        sent_at: format!("2026-11-25T10:0{seq}:00Z"),
        client_msg_id: None,
        author_name: (author == Author::Staff).then(|| "Grace".into()),
        attachments: vec![],
    }
}

fn messages() -> Vec<Message> {
    let mut photo = message(4, Author::Visitor, "");
    photo.attachments.push(Attachment {
        id: "a_1".into(),
        content_type: "image/jpeg".into(),
        size: 2048,
    });
    vec![
        // Out of order on purpose: the bundle follows `seq`.
        message(2, Author::Bot, "We have told the on-call nurse."),
        message(
            1,
            Author::Visitor,
            "I'm bleeding still - should I be worried?",
        ),
        message(3, Author::Staff, "Press firmly for ten minutes."),
        photo,
    ]
}

fn export(entry: &InboxEntry, messages: &[Message]) -> Value {
    flagged_export(entry, messages, &[])
}

fn flagged_export(entry: &InboxEntry, messages: &[Message], red_flags: &[RedFlag]) -> Value {
    Export {
        base_url: "https://frontdesk.clinic.example/",
        clinic_id: "demo",
        clinic_name: "Demo Clinic",
        conversation: entry,
        messages,
        red_flags,
        exported_at: "2026-11-25T11:00:00Z",
    }
    .bundle()
}

/// Two red-flag survey answers, the later one first: the bundle keeps the given order.
fn red_flags() -> Vec<RedFlag> {
    vec![
        RedFlag {
            survey_id: "sv_2b".into(),
            answered_at: "2026-11-28T09:30:00Z".into(),
            rating: 2,
            problems: true,
        },
        RedFlag {
            survey_id: "sv_1a".into(),
            answered_at: "2026-11-27T18:05:00Z".into(),
            rating: 4,
            problems: false,
        },
    ]
}

fn resources<'a>(bundle: &'a Value, kind: &str) -> Vec<&'a Value> {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| &entry["resource"])
        .filter(|resource| resource["resourceType"] == kind)
        .collect()
}

fn one<'a>(bundle: &'a Value, kind: &str) -> &'a Value {
    let found = resources(bundle, kind);
    assert_eq!(found.len(), 1, "one {kind}");
    found[0]
}

/// FHIR's JSON rules for every element: no null, no empty string, array or object.
fn assert_no_empty_values(value: &Value, path: &str) {
    match value {
        Value::Null => panic!("null at {path}"),
        Value::String(s) => assert!(!s.is_empty(), "empty string at {path}"),
        Value::Array(items) => {
            assert!(!items.is_empty(), "empty array at {path}");
            for (i, item) in items.iter().enumerate() {
                assert_no_empty_values(item, &format!("{path}[{i}]"));
            }
        }
        Value::Object(fields) => {
            assert!(!fields.is_empty(), "empty object at {path}");
            for (key, item) in fields {
                assert_no_empty_values(item, &format!("{path}.{key}"));
            }
        }
        Value::Bool(_) | Value::Number(_) => {}
    }
}

/// Every `reference` in the bundle names an entry's `fullUrl`.
fn references(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::Object(fields) => {
            for (key, item) in fields {
                match (key.as_str(), item) {
                    ("reference", Value::String(reference)) => found.push(reference.clone()),
                    _ => references(item, found),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| references(item, found)),
        _ => {}
    }
}

fn is_urn_uuid(url: &str) -> bool {
    let Some(uuid) = url.strip_prefix("urn:uuid:") else {
        return false;
    };
    let groups: Vec<&str> = uuid.split('-').collect();
    groups.iter().map(|g| g.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && uuid
            .bytes()
            .all(|b| b == b'-' || b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[test]
fn the_bundle_is_a_collection_whose_entries_are_named_and_referenced_by_urn_uuids() {
    let entry = conversation(Urgency::Urgent, ConversationStatus::Open);
    let bundle = flagged_export(&entry, &messages(), &red_flags());
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");
    assert!(BUNDLE_TYPES.contains(&bundle["type"].as_str().unwrap()));
    assert_eq!(bundle["timestamp"], "2026-11-25T11:00:00Z");
    assert_no_empty_values(&bundle, "Bundle");

    let entries = bundle["entry"].as_array().unwrap();
    let urls: BTreeSet<&str> = entries
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap())
        .collect();
    assert_eq!(urls.len(), entries.len(), "fullUrls are unique");
    assert!(urls.iter().all(|url| is_urn_uuid(url)), "{urls:?}");
    // FHIR ids may not hold '_': the resources carry their Frontdesk ids as identifiers.
    assert!(entries.iter().all(|e| e["resource"].get("id").is_none()));

    let mut found = Vec::new();
    references(&bundle, &mut found);
    assert!(!found.is_empty());
    for reference in found {
        assert!(urls.contains(reference.as_str()), "{reference} resolves");
    }
    // The same conversation always gets the same names.
    assert_eq!(bundle, flagged_export(&entry, &messages(), &red_flags()));
}

#[test]
fn each_message_is_a_completed_communication_in_seq_order_linked_to_the_encounter() {
    let entry = conversation(Urgency::Urgent, ConversationStatus::Open);
    let bundle = export(&entry, &messages());
    let encounter_url = bundle["entry"][1]["fullUrl"].as_str().unwrap();
    assert_eq!(bundle["entry"][1]["resource"]["resourceType"], "Encounter");
    let communications = resources(&bundle, "Communication");
    let ids: Vec<&str> = communications
        .iter()
        .map(|c| c["identifier"][0]["value"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["m_1", "m_2", "m_3", "m_4"]);
    for communication in &communications {
        // Communication.status 1..1, bound (required) to EventStatus.
        assert!(EVENT_STATUS.contains(&communication["status"].as_str().unwrap()));
        assert_eq!(communication["status"], "completed");
        assert_eq!(communication["encounter"]["reference"], encounter_url);
        assert!(communication.get("partOf").is_none());
        assert!(REQUEST_PRIORITY.contains(&communication["priority"].as_str().unwrap()));
        assert_eq!(
            communication["identifier"][0]["system"],
            "https://frontdesk.clinic.example/fhir/sid/message"
        );
        // Communication.payload.content[x] 1..1: exactly one content element each.
        for payload in communication["payload"].as_array().unwrap() {
            let contents: Vec<&String> = payload
                .as_object()
                .unwrap()
                .keys()
                .filter(|k| k.starts_with("content"))
                .collect();
            assert_eq!(contents.len(), 1, "{payload}");
        }
    }
    assert_eq!(
        communications[0]["payload"],
        json!([{ "contentString": "I'm bleeding still - should I be worried?" }])
    );
    assert_eq!(communications[0]["sent"], "2026-11-25T10:01:00Z");
    // A message of a photo alone carries the file's kind and size, not its text.
    assert_eq!(
        communications[3]["payload"],
        json!([{ "contentAttachment": { "contentType": "image/jpeg", "size": 2048, "title": "a_1" } }])
    );
    let category = &communications[0]["category"][0]["coding"][0];
    assert_eq!(
        category["system"],
        "https://frontdesk.clinic.example/fhir/CodeSystem/department"
    );
    assert_eq!(category["code"], "clinical");
}

#[test]
fn senders_and_recipients_are_the_patient_and_the_clinic() {
    let mut entry = conversation(Urgency::Routine, ConversationStatus::Open);
    entry.verified.phone = Some(VerificationMethod::SmsCode);
    let bundle = export(&entry, &messages());
    let clinic_url = bundle["entry"][0]["fullUrl"].as_str().unwrap();
    let patient_url = bundle["entry"][2]["fullUrl"].as_str().unwrap();
    assert_eq!(bundle["entry"][2]["resource"]["resourceType"], "Patient");
    let communications = resources(&bundle, "Communication");
    let (visitor, bot, staff) = (communications[0], communications[1], communications[2]);
    assert_eq!(visitor["sender"]["reference"], patient_url);
    assert_eq!(visitor["recipient"][0]["reference"], clinic_url);
    assert_eq!(visitor["subject"]["reference"], patient_url);
    assert_eq!(staff["sender"]["reference"], clinic_url);
    assert_eq!(staff["sender"]["display"], "Grace, Demo Clinic");
    assert_eq!(staff["recipient"][0]["reference"], patient_url);
    assert_eq!(bot["sender"]["display"], "Demo Clinic (automatic reply)");
    let organization = one(&bundle, "Organization");
    assert_eq!(organization["name"], "Demo Clinic");
    assert_eq!(organization["identifier"][0]["value"], "demo");
}

#[test]
fn the_patient_holds_only_verified_fields_and_is_left_out_when_none_is() {
    // Nothing verified: no Patient, a display-only reference, and no stated identity
    // anywhere in the bundle.
    let entry = conversation(Urgency::Routine, ConversationStatus::Open);
    let bundle = export(&entry, &messages());
    assert!(resources(&bundle, "Patient").is_empty());
    let text = bundle.to_string();
    for stated in [
        "Ada Lovelace",
        "ada@example.com",
        "+14155550100",
        "patient-991",
    ] {
        assert!(!text.contains(stated), "{stated} was only stated");
    }
    let visitor = resources(&bundle, "Communication")[0];
    assert_eq!(visitor["sender"]["type"], "Patient");
    assert!(visitor["sender"].get("reference").is_none());
    assert!(visitor.get("subject").is_none());
    assert!(one(&bundle, "Encounter").get("subject").is_none());

    // A verified phone and portal id: those two, not the stated name and email.
    let mut entry = conversation(Urgency::Routine, ConversationStatus::Open);
    entry.verified.phone = Some(VerificationMethod::SmsCode);
    entry.verified.user_id = Some(VerificationMethod::Signed);
    let bundle = export(&entry, &messages());
    let patient = one(&bundle, "Patient");
    assert_eq!(
        patient["identifier"],
        json!([{
            "use": "usual",
            "system": "https://frontdesk.clinic.example/fhir/sid/clinic/demo/portal-user",
            "value": "patient-991",
        }])
    );
    assert_eq!(
        patient["telecom"],
        json!([{ "system": "phone", "value": "+14155550100" }])
    );
    assert!(patient.get("name").is_none());
    assert!(!bundle.to_string().contains("ada@example.com"));
    for telecom in patient["telecom"].as_array().unwrap() {
        assert!(CONTACT_POINT_SYSTEMS.contains(&telecom["system"].as_str().unwrap()));
    }
    assert_eq!(
        patient["managingOrganization"]["reference"],
        bundle["entry"][0]["fullUrl"]
    );

    // A verified name and email.
    let mut entry = conversation(Urgency::Routine, ConversationStatus::Open);
    entry.verified.name = Some(VerificationMethod::Staff);
    entry.verified.email = Some(VerificationMethod::EmailCode);
    let bundle = export(&entry, &messages());
    let patient = one(&bundle, "Patient");
    assert_eq!(patient["name"], json!([{ "text": "Ada Lovelace" }]));
    assert_eq!(
        patient["telecom"],
        json!([{ "system": "email", "value": "ada@example.com" }])
    );
    assert!(patient.get("identifier").is_none());
    assert_no_empty_values(&bundle, "Bundle");
}

#[test]
fn the_triage_class_maps_to_request_priority_and_the_encounter_to_act_codes() {
    for (urgency, communication, encounter) in [
        (Urgency::Routine, "routine", "R"),
        (Urgency::Urgent, "urgent", "UR"),
        (Urgency::Emergency, "stat", "EM"),
    ] {
        assert_eq!(priority(urgency), communication);
        let entry = conversation(urgency, ConversationStatus::Open);
        let bundle = export(&entry, &messages());
        for c in resources(&bundle, "Communication") {
            assert_eq!(c["priority"], communication);
        }
        let found = one(&bundle, "Encounter");
        assert_eq!(found["priority"]["coding"][0]["code"], encounter);
        assert_eq!(
            found["priority"]["coding"][0]["system"],
            "http://terminology.hl7.org/CodeSystem/v3-ActPriority"
        );
    }
}

#[test]
fn the_encounter_has_its_required_status_and_class() {
    for (status, expected) in [
        (ConversationStatus::Open, "in-progress"),
        (ConversationStatus::Pending, "in-progress"),
        (ConversationStatus::Resolved, "finished"),
    ] {
        let entry = conversation(Urgency::Routine, status);
        let bundle = export(&entry, &messages());
        let encounter = one(&bundle, "Encounter");
        // Encounter.status 1..1 (EncounterStatus) and Encounter.class 1..1 (a Coding).
        assert_eq!(encounter["status"], expected);
        assert!(ENCOUNTER_STATUS.contains(&expected));
        assert_eq!(
            encounter["class"],
            json!({
                "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                "code": "VR",
                "display": "virtual",
            })
        );
        assert_eq!(encounter["identifier"][0]["value"], "c_7Qx2");
        assert_eq!(encounter["period"]["start"], "2026-11-25T10:00:00Z");
    }
}

#[test]
fn a_conversation_without_messages_is_still_a_valid_bundle() {
    let entry = conversation(Urgency::Routine, ConversationStatus::Open);
    let bundle = export(&entry, &[]);
    assert_eq!(bundle["entry"].as_array().unwrap().len(), 2);
    assert!(resources(&bundle, "Communication").is_empty());
    assert_no_empty_values(&bundle, "Bundle");
}

#[test]
fn each_red_flag_survey_answer_is_an_active_clinical_flag_on_the_encounter() {
    // FHIR R4 Flag: status 1..1 (FlagStatus, required), code 1..1, subject 1..1.
    const FLAG_STATUS: [&str; 3] = ["active", "inactive", "entered-in-error"];
    let entry = conversation(Urgency::Urgent, ConversationStatus::Open);
    let bundle = flagged_export(&entry, &messages(), &red_flags());
    assert_no_empty_values(&bundle, "Bundle");
    let entries = bundle["entry"].as_array().unwrap();
    // Organization, Encounter, four Communications, then the two Flags in the given order.
    assert_eq!(entries.len(), 8);
    let encounter_url = entries[1]["fullUrl"].as_str().unwrap();
    let flags = resources(&bundle, "Flag");
    let surveys: Vec<&str> = flags
        .iter()
        .map(|f| f["identifier"][0]["value"].as_str().unwrap())
        .collect();
    assert_eq!(surveys, ["sv_2b", "sv_1a"]);
    for flag in &flags {
        assert!(FLAG_STATUS.contains(&flag["status"].as_str().unwrap()));
        assert_eq!(flag["status"], "active");
        assert_eq!(
            flag["category"],
            json!([{ "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/flag-category",
                "code": "clinical",
                "display": "Clinical",
            }] }])
        );
        assert_eq!(
            flag["code"]["coding"][0]["system"],
            "https://frontdesk.clinic.example/fhir/CodeSystem/red-flag"
        );
        assert_eq!(flag["code"]["coding"][0]["code"], "after-treatment-survey");
        assert_eq!(flag["encounter"]["reference"], encounter_url);
        assert_eq!(flag["author"]["reference"], entries[0]["fullUrl"]);
        assert_eq!(
            flag["identifier"][0]["system"],
            "https://frontdesk.clinic.example/fhir/sid/survey"
        );
    }
    assert_eq!(
        flags[0]["period"],
        json!({ "start": "2026-11-28T09:30:00Z" })
    );
    assert_eq!(
        flags[1]["period"],
        json!({ "start": "2026-11-27T18:05:00Z" })
    );
    assert_eq!(
        flags[0]["code"]["text"],
        "Red flag in an after-treatment survey answer (rated 2/5, problems since the treatment: yes)"
    );
    assert_eq!(
        flags[1]["code"]["text"],
        "Red flag in an after-treatment survey answer (rated 4/5, problems since the treatment: no)"
    );
    // Stable names: the same survey always gets the same fullUrl, another one another.
    let again = flagged_export(&entry, &[], &red_flags()[..1]);
    assert_eq!(again["entry"][2]["fullUrl"], entries[6]["fullUrl"]);
    assert_ne!(entries[6]["fullUrl"], entries[7]["fullUrl"]);
    // No red flag, no Flag.
    assert!(resources(&export(&entry, &messages()), "Flag").is_empty());
}

#[test]
fn a_flag_names_the_patient_only_when_verified() {
    let entry = conversation(Urgency::Urgent, ConversationStatus::Open);
    let bundle = flagged_export(&entry, &[], &red_flags());
    let flag = resources(&bundle, "Flag")[0];
    // Flag.subject is 1..1: unverified, the same display-only reference as the messages.
    assert_eq!(
        flag["subject"],
        json!({ "type": "Patient", "display": "Visitor (identity not verified)" })
    );
    assert!(!bundle.to_string().contains("Ada Lovelace"));

    let mut entry = conversation(Urgency::Urgent, ConversationStatus::Open);
    entry.verified.phone = Some(VerificationMethod::SmsCode);
    let bundle = flagged_export(&entry, &[], &red_flags());
    let patient_url = bundle["entry"][2]["fullUrl"].as_str().unwrap();
    assert_eq!(bundle["entry"][2]["resource"]["resourceType"], "Patient");
    for flag in resources(&bundle, "Flag") {
        assert_eq!(flag["subject"]["reference"], patient_url);
    }
}
