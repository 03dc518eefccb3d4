//! A conversation as FHIR R4 (4.0.1) resources, for a clinic's EHR or outcomes tool: a
//! `Bundle` of type `collection` holding the clinic as an `Organization`, the
//! conversation as a virtual `Encounter`, the patient as a `Patient` (only when at least
//! one identity field is verified, and then with the verified fields only), one
//! `Communication` per message, each pointing at the Encounter through `encounter`, and
//! one `Flag` per after-treatment survey answer that raised a red flag (`flag.rs`).
//!
//! Why an Encounter: FHIR's `Communication.encounter` is the element made for "the
//! encounter during which this communication happened", and the Encounter carries what
//! the whole conversation shares (status, triage class, period, the clinic). A
//! `CommunicationRequest` would claim the messages were asked for, which they weren't.
//!
//! Entries are named by `urn:uuid:` full URLs derived from Frontdesk's ids (FHIR ids may
//! not hold `_`); the ids themselves travel as `identifier`s whose systems sit under the
//! deployment's own base URL, as FHIR asks of identifier systems.
//!
//! Mappings (documented in the README):
//! - triage class → `Communication.priority` (request-priority): routine → `routine`,
//!   urgent → `urgent`, emergency → `stat`. `asap` (between urgent and stat) is never
//!   produced: Frontdesk has no class there. The Encounter's `priority` uses v3
//!   ActPriority: `R`, `UR`, `EM`.
//! - department → `Communication.category`, a code of the deployment's department code
//!   system (`clinical`, `appointments`, `billing`, `front-desk`).
//! - conversation status → `Encounter.status`: resolved → `finished`, else `in-progress`.

use frontdesk_protocol::{
    Author, ConversationStatus, Department, InboxEntry, Message, Urgency, VerificationMethod,
};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

mod flag;
pub use flag::RedFlag;

/// The media type of every answer of the export.
pub const MEDIA_TYPE: &str = "application/fhir+json";

/// Where FHIR's own code systems live.
const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
const ACT_PRIORITY: &str = "http://terminology.hl7.org/CodeSystem/v3-ActPriority";

/// What an export is built from: the conversation's inbox row and its messages, the
/// clinic, and the deployment's base URL (`https://host`), under which Frontdesk's
/// identifier and code systems are named.
pub struct Export<'a> {
    pub base_url: &'a str,
    pub clinic_id: &'a str,
    pub clinic_name: &'a str,
    pub conversation: &'a InboxEntry,
    pub messages: &'a [Message],
    /// The conversation's survey answers that raised a red flag, one `Flag` each.
    pub red_flags: &'a [RedFlag],
    /// RFC 3339: when the bundle was assembled (`Bundle.timestamp`).
    pub exported_at: &'a str,
}

/// FHIR's request-priority code for a triage class.
pub fn priority(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Routine => "routine",
        Urgency::Urgent => "urgent",
        Urgency::Emergency => "stat",
    }
}

/// v3 ActPriority, which `Encounter.priority` is bound to.
fn encounter_priority(urgency: Urgency) -> (&'static str, &'static str) {
    match urgency {
        Urgency::Routine => ("R", "routine"),
        Urgency::Urgent => ("UR", "urgent"),
        Urgency::Emergency => ("EM", "emergency"),
    }
}

fn department_display(department: Department) -> &'static str {
    match department {
        Department::Clinical => "Clinical",
        Department::Appointments => "Appointments",
        Department::Billing => "Billing",
        Department::FrontDesk => "Front desk",
    }
}

fn encounter_status(status: ConversationStatus) -> &'static str {
    match status {
        ConversationStatus::Resolved => "finished",
        ConversationStatus::Open | ConversationStatus::Pending => "in-progress",
    }
}

/// A `urn:uuid:` for one Frontdesk object: the same object always gets the same one,
/// so a re-export updates rather than duplicates in a receiver that keys on it. Built
/// from SHA-256 with the RFC 9562 version 8 (custom) and variant bits set.
fn urn_uuid(kind: &str, id: &str) -> String {
    let digest = Sha256::digest(format!("frontdesk:{kind}:{id}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex = hex::encode(bytes);
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

impl Export<'_> {
    fn system(&self, name: &str) -> String {
        format!("{}/fhir/sid/{name}", self.base_url.trim_end_matches('/'))
    }

    fn department_system(&self) -> String {
        format!(
            "{}/fhir/CodeSystem/department",
            self.base_url.trim_end_matches('/')
        )
    }

    fn organization_url(&self) -> String {
        urn_uuid("clinic", self.clinic_id)
    }

    fn encounter_url(&self) -> String {
        urn_uuid("conversation", &self.conversation.conversation_id)
    }

    fn patient_url(&self) -> String {
        urn_uuid("patient", &self.conversation.conversation_id)
    }

    fn organization_ref(&self) -> Value {
        json!({ "reference": self.organization_url(), "display": self.clinic_name })
    }

    /// The patient's reference: the Patient entry when there is one, else only a
    /// display (FHIR allows a reference of display alone), so nothing unverified is
    /// claimed about who wrote.
    fn patient_ref(&self, has_patient: bool) -> Value {
        if has_patient {
            json!({ "reference": self.patient_url(), "type": "Patient" })
        } else {
            json!({ "type": "Patient", "display": "Visitor (identity not verified)" })
        }
    }

    fn organization(&self) -> Value {
        json!({
            "resourceType": "Organization",
            "identifier": [{ "system": self.system("clinic"), "value": self.clinic_id }],
            "active": true,
            "name": self.clinic_name,
        })
    }

    /// The verified identity fields as a Patient, or none when nothing is verified.
    fn patient(&self) -> Option<Value> {
        let visitor = &self.conversation.visitor;
        let proofs = &self.conversation.verified;
        let verified = |value: &Option<String>, proof: Option<VerificationMethod>| {
            value
                .as_deref()
                .filter(|_| proof.is_some())
                .map(str::to_owned)
        };
        let name = verified(&visitor.name, proofs.name);
        let email = verified(&visitor.email, proofs.email);
        let phone = verified(&visitor.phone, proofs.phone);
        let user_id = verified(&visitor.user_id, proofs.user_id);
        if name.is_none() && email.is_none() && phone.is_none() && user_id.is_none() {
            return None;
        }
        let mut patient = Map::new();
        patient.insert("resourceType".into(), json!("Patient"));
        if let Some(user_id) = user_id {
            // The clinic's portal id, in a system of its own per clinic.
            let system = self.system(&format!("clinic/{}/portal-user", self.clinic_id));
            patient.insert(
                "identifier".into(),
                json!([{ "use": "usual", "system": system, "value": user_id }]),
            );
        }
        if let Some(name) = name {
            patient.insert("name".into(), json!([{ "text": name }]));
        }
        let telecom: Vec<Value> = [("phone", phone), ("email", email)]
            .into_iter()
            .filter_map(|(system, value)| value.map(|v| json!({ "system": system, "value": v })))
            .collect();
        if !telecom.is_empty() {
            patient.insert("telecom".into(), Value::Array(telecom));
        }
        patient.insert(
            "managingOrganization".into(),
            json!({ "reference": self.organization_url() }),
        );
        Some(Value::Object(patient))
    }

    fn encounter(&self, has_patient: bool) -> Value {
        let conversation = self.conversation;
        let (code, display) = encounter_priority(conversation.urgency);
        let mut encounter = json!({
            "resourceType": "Encounter",
            "identifier": [{
                "system": self.system("conversation"),
                "value": conversation.conversation_id,
            }],
            "status": encounter_status(conversation.status),
            "class": { "system": ACT_CODE, "code": "VR", "display": "virtual" },
            "priority": { "coding": [{ "system": ACT_PRIORITY, "code": code, "display": display }] },
            "period": { "start": conversation.created_at },
            "serviceProvider": { "reference": self.organization_url() },
        });
        if has_patient {
            encounter["subject"] = json!({ "reference": self.patient_url() });
        }
        encounter
    }

    fn communication(&self, message: &Message, has_patient: bool) -> Value {
        let conversation = self.conversation;
        let department = conversation.department;
        let clinic = self.organization_ref();
        let from_patient = message.author == Author::Visitor;
        let sender = if from_patient {
            self.patient_ref(has_patient)
        } else {
            // Staff, the automatic replies and system messages all speak for the clinic;
            // the display says which.
            let display = match (message.author, &message.author_name) {
                (Author::Staff, Some(name)) => format!("{name}, {}", self.clinic_name),
                (Author::Bot, _) => format!("{} (automatic reply)", self.clinic_name),
                _ => self.clinic_name.to_owned(),
            };
            json!({ "reference": self.organization_url(), "display": display })
        };
        let recipient = if from_patient {
            clinic
        } else {
            self.patient_ref(has_patient)
        };
        let mut payload = Vec::new();
        if !message.text.is_empty() {
            payload.push(json!({ "contentString": message.text }));
        }
        for attachment in &message.attachments {
            // What the file is, never where: its bytes are behind signed links.
            payload.push(json!({ "contentAttachment": {
                "contentType": attachment.content_type,
                "size": attachment.size,
                "title": attachment.id,
            } }));
        }
        let mut communication = json!({
            "resourceType": "Communication",
            "identifier": [{ "system": self.system("message"), "value": message.id }],
            "status": "completed",
            "category": [{
                "coding": [{
                    "system": self.department_system(),
                    "code": department.as_str(),
                    "display": department_display(department),
                }],
            }],
            "priority": priority(conversation.urgency),
            "encounter": { "reference": self.encounter_url() },
            "sent": message.sent_at,
            "recipient": [recipient],
            "sender": sender,
            "payload": payload,
        });
        if has_patient {
            communication["subject"] = json!({ "reference": self.patient_url() });
        }
        if payload_is_empty(&communication) {
            // FHIR forbids empty arrays.
            if let Some(object) = communication.as_object_mut() {
                object.remove("payload");
            }
        }
        communication
    }

    /// The Bundle: Organization, Encounter, Patient (if verified), one Communication
    /// per message in `seq` order, then one Flag per red-flag survey answer.
    pub fn bundle(&self) -> Value {
        let patient = self.patient();
        let has_patient = patient.is_some();
        let mut entries = vec![
            entry(self.organization_url(), self.organization()),
            entry(self.encounter_url(), self.encounter(has_patient)),
        ];
        if let Some(patient) = patient {
            entries.push(entry(self.patient_url(), patient));
        }
        let mut messages: Vec<&Message> = self.messages.iter().collect();
        crate::sorting::sort_by_key(&mut messages, |message| message.seq);
        for message in messages {
            entries.push(entry(
                urn_uuid("message", &message.id),
                self.communication(message, has_patient),
            ));
        }
        for flag in self.red_flags {
            entries.push(entry(Self::flag_url(flag), self.flag(flag, has_patient)));
        }
        json!({
            "resourceType": "Bundle",
            "type": "collection",
            "timestamp": self.exported_at,
            "entry": entries,
        })
    }
}

fn entry(full_url: String, resource: Value) -> Value {
    json!({ "fullUrl": full_url, "resource": resource })
}

fn payload_is_empty(communication: &Value) -> bool {
    communication["payload"]
        .as_array()
        .is_some_and(|payload| payload.is_empty())
}

#[cfg(test)]
mod tests;
