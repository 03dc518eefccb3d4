//! The object's `meta` table, typed: every row it keeps about itself is named here once
//! with its value's type, and read and written only through [`ConversationObject::get`]
//! and its two writes, so no caller spells a key or parses a value.
//!
//! The table keeps its shape (`key TEXT PRIMARY KEY, value TEXT NOT NULL`) and each value
//! the text it was stored as before these types, so objects already in storage read the
//! same rows with no migration: one row per key also keeps an unset value absent rather
//! than a column of NULLs, and lets an erase clear them all with one statement. A stored
//! text that doesn't parse reads as absent, as it did when callers parsed it themselves.

use std::marker::PhantomData;

use frontdesk_domain::ids::{ClinicId, ConversationId};
use frontdesk_domain::rate_limit::Bucket;
use frontdesk_protocol::{Author, Department};
use serde::Deserialize;
use serde_json::json;
use worker::Result;

use super::ConversationObject;

/// A `meta` row's key, and the type of its value.
pub(super) struct Key<T> {
    name: &'static str,
    value: PhantomData<fn() -> T>,
}

impl<T> Key<T> {
    const fn named(name: &'static str) -> Key<T> {
        Key {
            name,
            value: PhantomData,
        }
    }
}

/// The conversation id this object was created for (by name), for notification links.
pub(super) const CONVERSATION_ID: Key<ConversationId> = Key::named("conversation_id");
/// The clinic that notifications name.
pub(super) const CLINIC_ID: Key<ClinicId> = Key::named("clinic_id");
/// The department that notifications name.
pub(super) const DEPARTMENT: Key<Department> = Key::named("department");
/// The tombstone an erase leaves (see `erase.rs`).
pub(super) const ERASED: Key<Tombstone> = Key::named("erased");
/// The per-conversation message bucket (see `message_bucket.rs`).
pub(super) const MESSAGE_BUCKET: Key<Bucket> = Key::named("message_bucket");
/// The `seq` of the staff reply the last continuity notice went for.
pub(super) const CONTINUITY_NOTICED: Key<u64> = Key::named("continuity_noticed");

/// How far one side has read, as a `seq`.
pub(super) const fn read_mark(reader: Author) -> Key<u64> {
    match reader {
        Author::Staff => Key::named("read_staff"),
        _ => Key::named("read_visitor"),
    }
}

/// That the conversation was erased; stored as `1`, and any stored value counts.
#[derive(Debug, PartialEq)]
pub(super) struct Tombstone;

/// A value's stored text, and back.
pub(super) trait Value: Sized {
    fn encode(&self) -> String;
    fn decode(stored: &str) -> Option<Self>;
}

impl Value for ConversationId {
    fn encode(&self) -> String {
        self.as_str().to_owned()
    }
    fn decode(stored: &str) -> Option<Self> {
        ConversationId::parse(stored)
    }
}

impl Value for ClinicId {
    fn encode(&self) -> String {
        self.as_str().to_owned()
    }
    fn decode(stored: &str) -> Option<Self> {
        ClinicId::parse(stored)
    }
}

impl Value for Department {
    fn encode(&self) -> String {
        self.as_str().to_owned()
    }
    fn decode(stored: &str) -> Option<Self> {
        Department::parse(stored)
    }
}

impl Value for Tombstone {
    fn encode(&self) -> String {
        "1".to_owned()
    }
    fn decode(_: &str) -> Option<Self> {
        Some(Tombstone)
    }
}

/// `"<level> <updated_ms>"`.
impl Value for Bucket {
    fn encode(&self) -> String {
        format!("{} {}", self.level, self.updated_ms)
    }
    fn decode(stored: &str) -> Option<Self> {
        let (level, updated_ms) = stored.split_once(' ')?;
        Some(Bucket {
            level: level.parse().ok()?,
            updated_ms: updated_ms.parse().ok()?,
        })
    }
}

impl Value for u64 {
    fn encode(&self) -> String {
        self.to_string()
    }
    fn decode(stored: &str) -> Option<Self> {
        stored.parse().ok()
    }
}

impl ConversationObject {
    /// One `meta` value, if it is set and reads as its type.
    pub(super) fn get<T: Value>(&self, key: Key<T>) -> Result<Option<T>> {
        Ok(self.stored(key.name)?.and_then(|stored| T::decode(&stored)))
    }

    /// Sets one `meta` value, replacing what it was.
    pub(super) fn put<T: Value>(&self, key: Key<T>, value: &T) -> Result<()> {
        self.store(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            key.name,
            value.encode(),
        )
    }

    /// Sets one `meta` value unless it is already set (for values that never change).
    pub(super) fn put_once<T: Value>(&self, key: Key<T>, value: &T) -> Result<()> {
        self.store(
            "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
            key.name,
            value.encode(),
        )
    }

    /// Deletes every `meta` value but the erased tombstone, which it sets.
    pub(super) fn leave_only_the_tombstone(&self) -> Result<()> {
        self.sql().run("DELETE FROM meta", &[])?;
        self.put(ERASED, &Tombstone)
    }

    // The typed calls above are generic; the storage calls are written once, here.

    fn stored(&self, name: &str) -> Result<Option<String>> {
        #[derive(Deserialize)]
        struct Row {
            value: String,
        }
        let row: Option<Row> = self
            .sql()
            .first("SELECT value FROM meta WHERE key = ?", &[json!(name)])?;
        Ok(row.map(|row| row.value))
    }

    fn store(&self, statement: &str, name: &str, value: String) -> Result<()> {
        self.sql().run(statement, &[json!(name), json!(value)])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What objects made before these types hold reads back, and writes the same text.
    #[test]
    fn values_read_and_write_the_text_stored_before() {
        let bucket = Bucket {
            level: 120_000,
            updated_ms: 1_700_000_000_000,
        };
        assert_eq!(Bucket::decode("120000 1700000000000"), Some(bucket));
        assert_eq!(bucket.encode(), "120000 1700000000000");
        assert_eq!(Bucket::decode("nonsense"), None);
        assert_eq!(Bucket::decode("1 x"), None);

        assert_eq!(u64::decode("42"), Some(42));
        assert_eq!(42_u64.encode(), "42");
        assert_eq!(u64::decode("-1"), None);

        assert_eq!(
            Department::decode("front-desk"),
            Some(Department::FrontDesk)
        );
        assert_eq!(Department::FrontDesk.encode(), "front-desk");
        assert_eq!(Department::decode("reception"), None);

        let clinic = ClinicId::decode("demo-clinic").expect("a clinic id");
        assert_eq!(clinic.encode(), "demo-clinic");
        assert_eq!(ClinicId::decode("Demo Clinic"), None);

        let id = format!("c_{}", "0123456789abcdef".repeat(2));
        assert_eq!(ConversationId::decode(&id).map(|id| id.encode()), Some(id));
        assert_eq!(ConversationId::decode("t_1"), None);

        assert_eq!(Tombstone.encode(), "1");
        assert_eq!(Tombstone::decode("yes"), Some(Tombstone));
    }

    #[test]
    fn each_key_is_named_once() {
        let mut names = vec![
            CONVERSATION_ID.name,
            CLINIC_ID.name,
            DEPARTMENT.name,
            ERASED.name,
            MESSAGE_BUCKET.name,
            CONTINUITY_NOTICED.name,
            read_mark(Author::Staff).name,
            read_mark(Author::Visitor).name,
        ];
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count, "two keys share a name: {names:?}");
    }
}
