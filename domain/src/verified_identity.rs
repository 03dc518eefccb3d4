//! What is verified about a visitor, and what that lets staff see.
//!
//! Anyone can type another patient's email into a chat, so a stated identity links to
//! nothing: earlier conversations are found only through an email, phone or portal
//! `user_id` that is verified on both conversations (by a signed portal identity, a
//! one-time code, or a staff member who checked). A field keeps its proof only while its
//! value is unchanged.

use frontdesk_protocol::{IdentityProofs, VerificationMethod, VisitorIdentity};

use crate::identity;
use crate::one_time_code::CodeChannel;

/// An identity with how each of its fields is known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Known {
    pub visitor: VisitorIdentity,
    pub proofs: IdentityProofs,
}

/// One field of an update: the value it gives (if any) and how that value is known.
fn updated(
    now: &Option<String>,
    was: Option<VerificationMethod>,
    new: &Option<String>,
    proof: Option<VerificationMethod>,
) -> (Option<String>, Option<VerificationMethod>) {
    match new {
        None => (now.clone(), was),
        Some(value) if now.as_ref() == Some(value) => (now.clone(), proof.or(was)),
        Some(value) => (Some(value.clone()), proof),
    }
}

/// An update (`identify()`, a verification): fields it gives replace the stored ones and
/// are known as `proofs` says (stated where it says nothing); fields it leaves out stay
/// as they are. Re-stating a verified value keeps it verified (the visitor repeating
/// their own verified email loses nothing); a different value is known only as the
/// update says.
pub fn merge(current: &Known, update: &VisitorIdentity, proofs: IdentityProofs) -> Known {
    let (v, p) = (&current.visitor, &current.proofs);
    let (name, name_proof) = updated(&v.name, p.name, &update.name, proofs.name);
    let (email, email_proof) = updated(&v.email, p.email, &update.email, proofs.email);
    let (phone, phone_proof) = updated(&v.phone, p.phone, &update.phone, proofs.phone);
    let (user_id, user_id_proof) = updated(&v.user_id, p.user_id, &update.user_id, proofs.user_id);
    Known {
        visitor: VisitorIdentity {
            name,
            email,
            phone,
            user_id,
        },
        proofs: IdentityProofs {
            name: name_proof,
            email: email_proof,
            phone: phone_proof,
            user_id: user_id_proof,
        },
    }
}

/// Staff's edit (`PUT …/visitor`) replaces the name, email and phone. With `verified`,
/// staff say they checked every field they give; without it, an unchanged field keeps
/// how it was known and a changed one is only stated (staff may be typing what the chat
/// says). The portal `user_id` is the portal's, not staff's: it stays as it is.
pub fn staff_edit(current: &Known, edit: &VisitorIdentity, verified: bool) -> Known {
    let proof = verified.then_some(VerificationMethod::Staff);
    let field = |now: &Option<String>, was, new: &Option<String>| match new {
        None => None,
        Some(_) => updated(now, was, new, proof).1,
    };
    let (v, p) = (&current.visitor, &current.proofs);
    Known {
        visitor: VisitorIdentity {
            user_id: v.user_id.clone(),
            ..edit.clone()
        },
        proofs: IdentityProofs {
            name: field(&v.name, p.name, &edit.name),
            email: field(&v.email, p.email, &edit.email),
            phone: field(&v.phone, p.phone, &edit.phone),
            user_id: p.user_id,
        },
    }
}

/// Marks verified the phone or email a one-time code went to, with the address the code
/// was sent to (a code proves that address, not whatever the field says by the time it
/// is typed in): `sms_code` or `email_code`.
pub fn code_verified(current: &Known, channel: CodeChannel, address: &str) -> Known {
    let mut update = VisitorIdentity::default();
    let mut proofs = IdentityProofs::default();
    match channel {
        CodeChannel::Sms => {
            update.phone = Some(address.to_owned());
            proofs.phone = Some(channel.method());
        }
        CodeChannel::Email => {
            update.email = Some(address.to_owned());
            proofs.email = Some(channel.method());
        }
    }
    merge(current, &update, proofs)
}

/// What another conversation must match, verified there too, to be this visitor's:
/// only the verified email, phone (by its digits) and portal `user_id`. Names never link.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkKeys {
    pub email: Option<String>,
    pub phone_key: Option<String>,
    pub user_id: Option<String>,
}

impl LinkKeys {
    pub fn of(known: &Known) -> LinkKeys {
        let (v, p) = (&known.visitor, &known.proofs);
        LinkKeys {
            email: p.email.and(v.email.clone()),
            phone_key: p.phone.and(v.phone.as_deref().map(identity::phone_key)),
            user_id: p.user_id.and(v.user_id.clone()),
        }
    }

    /// A stated identity has none: it links to nothing.
    pub fn is_empty(&self) -> bool {
        self.email.is_none() && self.phone_key.is_none() && self.user_id.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use VerificationMethod::{Signed, SmsCode, Staff};

    fn identity(name: Option<&str>, email: Option<&str>, phone: Option<&str>) -> VisitorIdentity {
        VisitorIdentity {
            name: name.map(str::to_owned),
            email: email.map(str::to_owned),
            phone: phone.map(str::to_owned),
            user_id: None,
        }
    }

    fn stated() -> IdentityProofs {
        IdentityProofs::default()
    }

    fn verified_email(email: &str) -> Known {
        Known {
            visitor: identity(Some("Ana"), Some(email), None),
            proofs: IdentityProofs {
                email: Some(Staff),
                ..stated()
            },
        }
    }

    #[test]
    fn a_stated_identity_links_to_nothing() {
        let mut update = identity(
            Some("Ana"),
            Some("ana@example.org"),
            Some("+34 600 111 222"),
        );
        update.user_id = Some("p-1042".into());
        let known = merge(&Known::default(), &update, stated());
        assert_eq!(known.proofs, IdentityProofs::default());
        assert!(LinkKeys::of(&known).is_empty());
    }

    #[test]
    fn only_verified_fields_link_and_phones_by_their_digits() {
        let mut visitor = identity(
            Some("Ana"),
            Some("ana@example.org"),
            Some("+34 600-111 222"),
        );
        visitor.user_id = Some("p-1042".into());
        let known = Known {
            visitor,
            proofs: IdentityProofs {
                name: Some(Staff),
                email: None,
                phone: Some(SmsCode),
                user_id: Some(Signed),
            },
        };
        assert_eq!(
            LinkKeys::of(&known),
            LinkKeys {
                email: None,
                phone_key: Some("34600111222".into()),
                user_id: Some("p-1042".into()),
            }
        );
    }

    #[test]
    fn the_visitor_restating_a_verified_value_keeps_it_and_a_new_value_is_stated() {
        let current = verified_email("ana@example.org");
        let same = merge(
            &current,
            &identity(None, Some("ana@example.org"), None),
            stated(),
        );
        assert_eq!(same.proofs.email, Some(Staff));
        // The spoofing case: a verified conversation's email replaced by another's.
        let other = merge(
            &current,
            &identity(None, Some("eve@example.org"), None),
            stated(),
        );
        assert_eq!(other.visitor.email.as_deref(), Some("eve@example.org"));
        assert_eq!(other.proofs.email, None);
        assert!(LinkKeys::of(&other).is_empty());
        // Fields the update leaves out stay as they were.
        assert_eq!(other.visitor.name.as_deref(), Some("Ana"));
    }

    #[test]
    fn a_signed_user_id_is_verified_and_the_details_beside_it_are_stated() {
        let mut update = identity(Some("Ana"), Some("ana@example.org"), None);
        update.user_id = Some("p-1042".into());
        let signed = IdentityProofs {
            user_id: Some(Signed),
            ..stated()
        };
        let known = merge(&Known::default(), &update, signed);
        assert_eq!(known.proofs, signed);
        assert_eq!(
            LinkKeys::of(&known),
            LinkKeys {
                user_id: Some("p-1042".into()),
                ..LinkKeys::default()
            }
        );
        // A later unsigned identify() naming another user_id makes it stated.
        let other = VisitorIdentity {
            user_id: Some("p-9999".into()),
            ..VisitorIdentity::default()
        };
        assert_eq!(merge(&known, &other, stated()).proofs.user_id, None);
    }

    #[test]
    fn staff_verify_explicitly_and_an_unchecked_edit_is_stated() {
        let known = merge(
            &Known::default(),
            &identity(Some("Ana"), Some("ana@example.org"), None),
            stated(),
        );
        let checked = staff_edit(&known, &known.visitor, true);
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
    fn staff_edits_leave_the_portal_user_id_alone() {
        let mut visitor = identity(Some("Ana"), None, None);
        visitor.user_id = Some("p-1042".into());
        let signed = Known {
            visitor,
            proofs: IdentityProofs {
                user_id: Some(Signed),
                ..stated()
            },
        };
        let mut edit = identity(Some("Ana Ruiz"), None, None);
        edit.user_id = Some("p-9999".into());
        let edited = staff_edit(&signed, &edit, true);
        assert_eq!(edited.visitor.user_id.as_deref(), Some("p-1042"));
        assert_eq!(edited.proofs.user_id, Some(Signed));
    }

    #[test]
    fn a_code_verifies_the_address_it_was_sent_to() {
        let known = merge(
            &Known::default(),
            &identity(None, Some("ana@example.org"), Some("+34 600 111 222")),
            stated(),
        );
        let verified = code_verified(&known, CodeChannel::Sms, "+34 600 111 222");
        assert_eq!(verified.proofs.phone, Some(SmsCode));
        assert_eq!(verified.proofs.email, None);
        let moved = code_verified(&known, CodeChannel::Sms, "+34 600 999 999");
        assert_eq!(moved.visitor.phone.as_deref(), Some("+34 600 999 999"));
        assert_eq!(moved.proofs.phone, Some(SmsCode));
        let email = code_verified(&known, CodeChannel::Email, "ana@example.org");
        assert_eq!(email.proofs.email, Some(VerificationMethod::EmailCode));
        assert_eq!(email.proofs.phone, None);
        assert_eq!(email.visitor.phone.as_deref(), Some("+34 600 111 222"));
        let other = code_verified(&known, CodeChannel::Email, "eve@example.org");
        assert_eq!(other.visitor.email.as_deref(), Some("eve@example.org"));
        assert_eq!(other.proofs.email, Some(VerificationMethod::EmailCode));
    }
}
