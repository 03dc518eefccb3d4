//! Verified vs stated identities: anyone can type another patient's email into a chat,
//! so staff see a stated identity marked as such and nothing of other conversations
//! through it; only an identity verified on both conversations links them.

use serde_json::{json, Value};

use crate::paths;
use crate::support::*;

fn verify_by_staff(staff: &str, id: &str, visitor: Value) -> Value {
    let mut body = visitor;
    body["verified"] = json!(true);
    let reply = put(&paths::staff_visitor(id), Some(staff), &body);
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    reply.body
}

#[test]
fn a_stated_email_shows_nothing_of_another_patients_conversations_until_verified() {
    let staff = sign_in("admin@demo.test");
    let address = unique_email();
    // The patient: their email checked by staff.
    let (patient, _) =
        identified_conversation(&staff, json!({"name": "Ana Ruiz", "email": address}));
    let row = verify_by_staff(
        &staff,
        &patient,
        json!({"name": "Ana Ruiz", "email": address}),
    );
    assert_eq!(row["verified"]["email"], "staff", "{row:?}");

    // Someone else states the same email, at the start and again through identify().
    let (spoof, spoof_token) = identified_conversation(&staff, json!({"email": address}));
    let again = post(
        &paths::conversation_visitor(&spoof),
        Some(&spoof_token),
        &json!({"email": address.to_uppercase(), "name": "Ana Ruiz"}),
    );
    assert_eq!(again.status, 200, "{:?}", again.body);
    assert_eq!(again.body["email"], address.as_str());
    assert_eq!(again.body["verified"], json!({}), "{:?}", again.body);
    let row = inbox_row(&staff, &spoof, "").expect("row");
    assert_eq!(row["visitor"]["email"], address.as_str());
    assert_eq!(row["verified"], json!({}), "stated, not verified: {row:?}");
    // Staff see nothing of the patient's conversation, in either direction.
    assert_eq!(history_ids(&staff, &spoof), Vec::<String>::new());
    assert!(!history_ids(&staff, &patient).contains(&spoof));
    let thread = get(&paths::staff_messages(&spoof), Some(&staff));
    assert!(
        !thread.body.to_string().contains(&patient),
        "{:?}",
        thread.body
    );

    // Staff saving the form unchanged, without checking, verifies nothing.
    let resaved = put(
        &paths::staff_visitor(&spoof),
        Some(&staff),
        &json!({"name": "Ana Ruiz", "email": address}),
    );
    assert_eq!(resaved.status, 200, "{:?}", resaved.body);
    assert_eq!(resaved.body["verified"], json!({}));
    assert_eq!(history_ids(&staff, &spoof), Vec::<String>::new());

    // Once verified (it was the same patient after all), the conversations link.
    verify_by_staff(&staff, &spoof, json!({"email": address}));
    assert_eq!(history_ids(&staff, &spoof), std::slice::from_ref(&patient));
    assert!(history_ids(&staff, &patient).contains(&spoof));
}

#[test]
fn a_visitor_changing_a_verified_email_makes_it_stated() {
    let staff = sign_in("admin@demo.test");
    let address = unique_email();
    let (id, token) = identified_conversation(&staff, json!({"email": address}));
    verify_by_staff(&staff, &id, json!({"email": address}));
    // Re-stating the same address keeps it verified…
    let same = post(
        &paths::conversation_visitor(&id),
        Some(&token),
        &json!({"email": address}),
    );
    assert_eq!(same.body["verified"]["email"], "staff", "{:?}", same.body);
    // …another address is only stated, and links to nothing.
    let other = post(
        &paths::conversation_visitor(&id),
        Some(&token),
        &json!({"email": unique_email()}),
    );
    assert_eq!(other.status, 200, "{:?}", other.body);
    assert_eq!(other.body["verified"], json!({}), "{:?}", other.body);
    let row = inbox_row(&staff, &id, "").expect("row");
    assert_eq!(row["verified"], json!({}), "{row:?}");
}
