//! What is verified about a visitor, and what that lets staff see.
//!
//! Anyone can type another patient's email into a chat, so a stated identity links to
//! nothing: earlier conversations are found only through an email or phone that is
//! verified on both conversations (by a signed portal identity, a one-time code, or a
//! staff member who checked). A field keeps its proof only while its value is unchanged.

use frontdesk_protocol::{IdentityProofs, VerificationMethod, VisitorIdentity};

use crate::identity;

/// An identity with how each of its fields is known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Known {
    pub visitor: VisitorIdentity,
    pub proofs: IdentityProofs,
}

/// The visitor's update (`identify()`): fields it gives replace the stored ones and are
/// stated, unless `proof` says how they were verified; fields it leaves out stay as they
/// are. Re-stating a verified value keeps it verified (the visitor repeating their own
/// verified email loses nothing); a different value is known only as the update says.
pub fn merge(
    current: &Known,
    update: &VisitorIdentity,
    proof: Option<VerificationMethod>,
) -> Known {
    let field = |now: &Option<String>, was_proof, new: &Option<String>| match new {
        None => (now.clone(), was_proof),
        Some(value) if now.as_ref() == Some(value) => (now.clone(), stronger(was_proof, proof)),
        Some(value) => (Some(value.clone()), proof),
    };
    let (name, name_proof) = field(&current.visitor.name, current.proofs.name, &update.name);
    let (email, email_proof) = field(&current.visitor.email, current.proofs.email, &update.email);
    let (phone, phone_proof) = field(&current.visitor.phone, current.proofs.phone, &update.phone);
    Known {
        visitor: VisitorIdentity { name, email, phone },
        proofs: IdentityProofs {
            name: name_proof,
            email: email_proof,
            phone: phone_proof,
        },
    }
}

/// Staff's edit (`PUT …/visitor`) replaces the whole identity. With `verified`, staff say
/// they checked every field they give; without it, an unchanged field keeps how it was
/// known and a changed one is only stated (staff may be typing what the chat says).
pub fn staff_edit(current: &Known, edit: &VisitorIdentity, verified: bool) -> Known {
    let proof = verified.then_some(VerificationMethod::Staff);
    let field = |now: &Option<String>, was_proof, new: &Option<String>| match new {
        None => None,
        Some(value) if now.as_ref() == Some(value) => stronger(was_proof, proof),
        Some(_) => proof,
    };
    Known {
        visitor: edit.clone(),
        proofs: IdentityProofs {
            name: field(&current.visitor.name, current.proofs.name, &edit.name),
            email: field(&current.visitor.email, current.proofs.email, &edit.email),
            phone: field(&current.visitor.phone, current.proofs.phone, &edit.phone),
        },
    }
}

/// Marks one field verified by `method` when it holds `value` (a code proves the address
/// it was sent to, not whatever the field says by the time it is typed in).
pub fn mark_phone_verified(current: &Known, phone: &str, method: VerificationMethod) -> Known {
    merge(
        current,
        &VisitorIdentity {
            phone: Some(phone.to_owned()),
            ..VisitorIdentity::default()
        },
        Some(method),
    )
}

/// A verified proof beats none; between two, the newer one says how it was last checked.
fn stronger(
    old: Option<VerificationMethod>,
    new: Option<VerificationMethod>,
) -> Option<VerificationMethod> {
    new.or(old)
}

/// What another conversation must match, verified there too, to be this visitor's:
/// only the verified email and phone (by its digits). Names never link.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkKeys {
    pub email: Option<String>,
    pub phone_key: Option<String>,
}

impl LinkKeys {
    pub fn of(known: &Known) -> LinkKeys {
        LinkKeys {
            email: known.proofs.email.and(known.visitor.email.clone()),
            phone_key: known
                .proofs
                .phone
                .and(known.visitor.phone.as_deref().map(identity::phone_key)),
        }
    }

    /// A stated identity has none: it links to nothing.
    pub fn is_empty(&self) -> bool {
        self.email.is_none() && self.phone_key.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use VerificationMethod::{SmsCode, Staff};

    fn identity(name: Option<&str>, email: Option<&str>, phone: Option<&str>) -> VisitorIdentity {
        VisitorIdentity {
            name: name.map(str::to_owned),
            email: email.map(str::to_owned),
            phone: phone.map(str::to_owned),
        }
    }

    fn verified_email(email: &str) -> Known {
        Known {
            visitor: identity(Some("Ana"), Some(email), None),
            proofs: IdentityProofs {
                email: Some(Staff),
                ..IdentityProofs::default()
            },
        }
    }

    #[test]
    fn a_stated_identity_links_to_nothing() {
        let stated = merge(
            &Known::default(),
            &identity(
                Some("Ana"),
                Some("ana@example.org"),
                Some("+34 600 111 222"),
            ),
            None,
        );
        assert_eq!(stated.proofs, IdentityProofs::default());
        assert!(LinkKeys::of(&stated).is_empty());
    }

    #[test]
    fn only_verified_fields_link_and_phones_by_their_digits() {
        let known = Known {
            visitor: identity(
                Some("Ana"),
                Some("ana@example.org"),
                Some("+34 600-111 222"),
            ),
            proofs: IdentityProofs {
                name: Some(Staff),
                email: None,
                phone: Some(SmsCode),
            },
        };
        assert_eq!(
            LinkKeys::of(&known),
            LinkKeys {
                email: None,
                phone_key: Some("34600111222".into())
            }
        );
    }

    #[test]
    fn the_visitor_restating_a_verified_value_keeps_it_and_a_new_value_is_stated() {
        let current = verified_email("ana@example.org");
        let same = merge(
            &current,
            &identity(None, Some("ana@example.org"), None),
            None,
        );
        assert_eq!(same.proofs.email, Some(Staff));
        // The spoofing case: a verified conversation's email replaced by another's.
        let other = merge(
            &current,
            &identity(None, Some("eve@example.org"), None),
            None,
        );
        assert_eq!(other.visitor.email.as_deref(), Some("eve@example.org"));
        assert_eq!(other.proofs.email, None);
        assert!(LinkKeys::of(&other).is_empty());
        // Fields the update leaves out stay as they were.
        assert_eq!(other.visitor.name.as_deref(), Some("Ana"));
    }

    #[test]
    fn staff_verify_explicitly_and_an_unchecked_edit_is_stated() {
        let stated = merge(
            &Known::default(),
            &identity(Some("Ana"), Some("ana@example.org"), None),
            None,
        );
        let checked = staff_edit(&stated, &stated.visitor, true);
        assert_eq!(checked.proofs.email, Some(Staff));
        assert_eq!(checked.proofs.name, Some(Staff));
        // Saving the form again without the box keeps what was checked…
        let resaved = staff_edit(&checked, &checked.visitor, false);
        assert_eq!(resaved.proofs, checked.proofs);
        // …but a changed value is only what someone said, and a cleared field has none.
        let changed = staff_edit(
            &checked,
            &identity(Some("Ana"), Some("other@example.org"), None),
            false,
        );
        assert_eq!(changed.proofs.email, None);
        assert_eq!(changed.proofs.name, Some(Staff));
        let cleared = staff_edit(
            &checked,
            &identity(None, Some("ana@example.org"), None),
            false,
        );
        assert_eq!(cleared.proofs.name, None);
        assert_eq!(cleared.visitor.name, None);
    }

    #[test]
    fn a_code_verifies_the_phone_it_was_sent_to() {
        let stated = merge(
            &Known::default(),
            &identity(None, None, Some("+34 600 111 222")),
            None,
        );
        let verified = mark_phone_verified(&stated, "+34 600 111 222", SmsCode);
        assert_eq!(verified.proofs.phone, Some(SmsCode));
        let moved = mark_phone_verified(&stated, "+34 600 999 999", SmsCode);
        assert_eq!(moved.visitor.phone.as_deref(), Some("+34 600 999 999"));
        assert_eq!(moved.proofs.phone, Some(SmsCode));
    }
}
