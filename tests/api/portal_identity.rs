//! Signed portal identities: `user_hash` is the hex HMAC-SHA256 of `user_id` keyed with
//! the clinic's identity secret (the dev value in `edge/.dev.vars`), computed here with
//! the `hmac` crate as a clinic's server would. A valid one verifies `user_id` (method
//! `signed`) and links the portal patient's conversations; a wrong one is refused; a
//! clinic that requires signing refuses unsigned identities.

use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;

use crate::paths;
use crate::support::*;

/// The seed's fixture clinic whose `[identity] require_signed` is on.
const SIGNED_CLINIC: &str = "signed-portal";

fn user_hash(secret: &str, user_id: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("key");
    mac.update(user_id.as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn signed(secret_name: &str, user_id: &str, extra: Value) -> Value {
    let mut body = extra;
    body["user_id"] = json!(user_id);
    body["user_hash"] = json!(user_hash(&dev_secret(secret_name), user_id));
    body
}

fn identify(id: &str, token: &str, body: &Value) -> Reply {
    post(&paths::conversation_visitor(id), Some(token), body)
}

#[test]
fn a_signed_identity_verifies_the_user_id_and_links_the_patients_conversations() {
    let staff = sign_in("admin@demo.test");
    let user_id = format!("patient-{}", &uuid()[..8]);
    let address = unique_email();
    let (first, first_token) = identified_conversation(&staff, json!({}));
    let accepted = identify(
        &first,
        &first_token,
        &signed(
            "IDENTITY_SECRET",
            &user_id,
            json!({"name": "Ana Ruiz", "email": address}),
        ),
    );
    assert_eq!(accepted.status, 200, "{:?}", accepted.body);
    assert_eq!(accepted.body["user_id"], user_id.as_str());
    // The signature covers user_id only: the email beside it stays stated.
    assert_eq!(accepted.body["verified"], json!({"user_id": "signed"}));
    let row = inbox_row(&staff, &first, "").expect("row");
    assert_eq!(row["visitor"]["user_id"], user_id.as_str());
    assert_eq!(row["verified"]["user_id"], "signed", "{row:?}");
    assert!(!row.to_string().contains("user_hash"), "{row:?}");

    // The same portal patient, signed at the start with the previous secret (a rotation
    // under way): their conversations link.
    let created = create_with_visitor(
        "demo",
        Some(signed(
            "IDENTITY_SECRET_PREVIOUS",
            &user_id,
            json!({"name": "Ana Ruiz"}),
        )),
    );
    let (second, _) = indexed_conversation(&staff, &created);
    assert_eq!(history_ids(&staff, &second), std::slice::from_ref(&first));

    // Someone stating the user_id without its signature links to nothing.
    let (spoof, spoof_token) = identified_conversation(&staff, json!({}));
    let stated = identify(&spoof, &spoof_token, &json!({"user_id": user_id}));
    assert_eq!(stated.status, 200, "{:?}", stated.body);
    assert_eq!(stated.body["verified"], json!({}));
    assert_eq!(history_ids(&staff, &spoof), Vec::<String>::new());
}

#[test]
fn a_wrong_user_hash_is_refused_and_stores_nothing() {
    let (id, token) = new_conversation();
    let user_id = format!("patient-{}", &uuid()[..8]);
    let mut forged = signed(
        "IDENTITY_SECRET",
        &user_id,
        json!({"email": unique_email()}),
    );
    // Another patient's valid hash, a hash under another key, and garbage.
    let other = user_hash(&dev_secret("IDENTITY_SECRET"), "patient-someone-else");
    for hash in [
        other,
        user_hash("not-the-clinic-secret", &user_id),
        "00".repeat(32),
        "nope".into(),
    ] {
        forged["user_hash"] = json!(hash);
        let refused = identify(&id, &token, &forged);
        assert_eq!(refused.status, 403, "{hash}: {:?}", refused.body);
        assert_eq!(refused.error_code(), "invalid_user_hash");
    }
    let refused = create_with_visitor("demo", Some(forged.clone()));
    assert_eq!(refused.status, 403, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "invalid_user_hash");
    let lone = identify(&id, &token, &json!({"user_hash": "00".repeat(32)}));
    assert_eq!(lone.status, 422, "{:?}", lone.body);
    assert_eq!(lone.error_code(), "invalid_visitor");
    // Nothing of the refused identities was stored.
    let stored = identify(&id, &token, &json!({}));
    assert_eq!(stored.status, 200, "{:?}", stored.body);
    assert_eq!(stored.body, json!({"verified": {}}));
}

#[test]
fn a_clinic_that_requires_signing_refuses_unsigned_identities() {
    // Unsigned details at the start, or later: refused with a clear error.
    let refused = create_with_visitor(SIGNED_CLINIC, Some(json!({"email": unique_email()})));
    assert_eq!(refused.status, 403, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "signed_identity_required");
    assert!(refused.body["error"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("user_hash")));
    // An anonymous visitor may still write.
    let (id, token) = new_conversation_in(SIGNED_CLINIC);
    for unsigned in [json!({"name": "Ana"}), json!({"user_id": "patient-1"})] {
        let refused = identify(&id, &token, &unsigned);
        assert_eq!(refused.status, 403, "{unsigned}: {:?}", refused.body);
        assert_eq!(refused.error_code(), "signed_identity_required");
    }
    // A signed identity is taken, with the details beside it.
    let user_id = format!("patient-{}", &uuid()[..8]);
    let accepted = identify(
        &id,
        &token,
        &signed("IDENTITY_SECRET", &user_id, json!({"name": "Ana"})),
    );
    assert_eq!(accepted.status, 200, "{:?}", accepted.body);
    assert_eq!(accepted.body["verified"], json!({"user_id": "signed"}));
    let created = create_with_visitor(
        SIGNED_CLINIC,
        Some(signed(
            "IDENTITY_SECRET",
            &user_id,
            json!({"email": unique_email()}),
        )),
    );
    assert_eq!(created.status, 201, "{:?}", created.body);
}
