//! Signed portal identities: `user_hash` is the hex HMAC-SHA256 of `user_id` keyed with
//! the clinic's identity secret (the dev value in `edge/.dev.vars`), computed here with
//! the `hmac` crate as a clinic's server would. A valid one verifies `user_id` (method
//! `signed`) and links the portal patient's conversations; a wrong one is refused; a
//! clinic that requires signing refuses unsigned identities.

use frontdesk_protocol::{
    CreateConversationRequest, CreateConversationResponse, IdentifyRequest, KnownIdentity,
    VisitorIdentity,
};
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;

use crate::app::{visitor_of, Called, Outcome, TestApp, Visitor};
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

/// `extra` with `user_id` and its `user_hash` under the dev value of `secret_name`.
fn signed(secret_name: &str, user_id: &str, extra: VisitorIdentity) -> IdentifyRequest {
    IdentifyRequest {
        visitor: VisitorIdentity {
            user_id: Some(user_id.to_owned()),
            ..extra
        },
        user_hash: Some(user_hash(&dev_secret(secret_name), user_id)),
    }
}

/// An identity stated without a signature.
fn stated(visitor: VisitorIdentity) -> IdentifyRequest {
    IdentifyRequest {
        visitor,
        user_hash: None,
    }
}

fn named(name: &str) -> VisitorIdentity {
    VisitorIdentity {
        name: Some(name.to_owned()),
        ..VisitorIdentity::default()
    }
}

fn emailed(email: String) -> VisitorIdentity {
    VisitorIdentity {
        email: Some(email),
        ..VisitorIdentity::default()
    }
}

fn identify(visitor: &Visitor, request: &IdentifyRequest) -> Called<KnownIdentity> {
    TestApp::new().identify_as(visitor.id(), &visitor.token, request)
}

/// `POST /v1/clinics/{clinic}/conversations` opened with `identity`.
fn create_with(clinic: &str, identity: IdentifyRequest) -> Called<CreateConversationResponse> {
    let request = CreateConversationRequest {
        visitor: Some(identity),
        ..CreateConversationRequest::default()
    };
    TestApp::new().create_conversation(clinic, &request)
}

#[test]
fn a_signed_identity_verifies_the_user_id_and_links_the_patients_conversations() {
    let app = TestApp::new();
    let staff = sign_in("admin@demo.test");
    let user_id = format!("patient-{}", &uuid()[..8]);
    let address = unique_email();
    let first = app.identified_visitor(&staff, VisitorIdentity::default());
    let ana = VisitorIdentity {
        email: Some(address),
        ..named("Ana Ruiz")
    };
    let accepted = identify(&first, &signed("IDENTITY_SECRET", &user_id, ana)).answered(200);
    assert_eq!(
        accepted.body.visitor.user_id.as_deref(),
        Some(user_id.as_str())
    );
    // The signature covers user_id only: the email beside it stays stated.
    assert_eq!(accepted.json["verified"], json!({"user_id": "signed"}));
    let (row, sent) = app.inbox_row_as_sent(&staff, first.id(), &[]).expect("row");
    assert_eq!(row.visitor.user_id.as_deref(), Some(user_id.as_str()));
    assert_eq!(sent["verified"]["user_id"], "signed", "{sent}");
    assert!(!sent.to_string().contains("user_hash"), "{sent}");

    // The same portal patient, signed at the start with the previous secret (a rotation
    // under way): their conversations link.
    let created = create_with(
        "demo",
        signed("IDENTITY_SECRET_PREVIOUS", &user_id, named("Ana Ruiz")),
    )
    .answered(201)
    .body;
    let second = app.indexed(&staff, visitor_of(created));
    assert_eq!(
        app.history_ids(&staff, second.id()),
        vec![first.id().to_owned()]
    );

    // Someone stating the user_id without its signature links to nothing.
    let spoof = app.identified_visitor(&staff, VisitorIdentity::default());
    let claimed = VisitorIdentity {
        user_id: Some(user_id.clone()),
        ..VisitorIdentity::default()
    };
    let unsigned = identify(&spoof, &stated(claimed)).answered(200);
    assert_eq!(unsigned.json["verified"], json!({}));
    assert_eq!(app.history_ids(&staff, spoof.id()), Vec::<String>::new());
}

#[test]
fn a_wrong_user_hash_is_refused_and_stores_nothing() {
    let visitor = TestApp::new().new_visitor();
    let user_id = format!("patient-{}", &uuid()[..8]);
    let mut forged = signed("IDENTITY_SECRET", &user_id, emailed(unique_email()));
    // Another patient's valid hash, a hash under another key, and garbage.
    let other = user_hash(&dev_secret("IDENTITY_SECRET"), "patient-someone-else");
    for hash in [
        other,
        user_hash("not-the-clinic-secret", &user_id),
        "00".repeat(32),
        "nope".into(),
    ] {
        forged.user_hash = Some(hash.clone());
        let refused = identify(&visitor, &forged).refused(403);
        assert_eq!(refused.code, "invalid_user_hash", "{hash}");
    }
    let refused = create_with("demo", forged.clone()).refused(403);
    assert_eq!(refused.code, "invalid_user_hash");
    let lone = IdentifyRequest {
        visitor: VisitorIdentity::default(),
        user_hash: Some("00".repeat(32)),
    };
    let lone = identify(&visitor, &lone).refused(422);
    assert_eq!(lone.code, "invalid_visitor");
    // Nothing of the refused identities was stored.
    let stored = identify(&visitor, &IdentifyRequest::default()).answered(200);
    assert_eq!(stored.json, json!({"verified": {}}));
}

#[test]
fn a_clinic_that_requires_signing_refuses_unsigned_identities() {
    // Unsigned details at the start, or later: refused with a clear error.
    let refused = create_with(SIGNED_CLINIC, stated(emailed(unique_email()))).refused(403);
    assert_eq!(refused.code, "signed_identity_required");
    assert!(refused.message.contains("user_hash"));
    // An anonymous visitor may still write.
    let visitor = TestApp::new().new_visitor_in(SIGNED_CLINIC);
    let portal_id = VisitorIdentity {
        user_id: Some("patient-1".into()),
        ..VisitorIdentity::default()
    };
    for unsigned in [named("Ana"), portal_id] {
        let refused = identify(&visitor, &stated(unsigned.clone())).refused(403);
        assert_eq!(refused.code, "signed_identity_required", "{unsigned:?}");
    }
    // A signed identity is taken, with the details beside it.
    let user_id = format!("patient-{}", &uuid()[..8]);
    let accepted =
        identify(&visitor, &signed("IDENTITY_SECRET", &user_id, named("Ana"))).answered(200);
    assert_eq!(accepted.json["verified"], json!({"user_id": "signed"}));
    create_with(
        SIGNED_CLINIC,
        signed("IDENTITY_SECRET", &user_id, emailed(unique_email())),
    )
    .answered(201);
}
