//! Deleting a conversation's messages: the retention sweep's purge and an admin's erase.
//!
//! An erased conversation keeps only a tombstone, so a visitor still holding its token
//! gets 404 instead of starting it again with `seq` 1.

use serde::{Deserialize, Serialize};
use serde_json::json;
use worker::Result;

use super::{meta, ConversationObject};

/// What a purge or erase deleted, and how many messages are left.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Purged {
    pub deleted: u64,
    pub remaining: u64,
}

#[derive(Deserialize)]
struct Count {
    n: f64,
}

impl ConversationObject {
    pub(super) fn is_erased(&self) -> Result<bool> {
        if let Some(erased) = self.known.erased.get() {
            return Ok(erased);
        }
        let erased = self.get(meta::ERASED)?.is_some();
        self.known.erased.set(Some(erased));
        Ok(erased)
    }

    fn count(&self, where_clause: &str, before: &str) -> Result<u64> {
        let bindings = if where_clause.is_empty() {
            Vec::new()
        } else {
            vec![json!(before)]
        };
        let row: Option<Count> = self.sql().first(
            &format!("SELECT COUNT(*) AS n FROM messages {where_clause}"),
            &bindings,
        )?;
        Ok(row.map_or(0, |row| row.n as u64))
    }

    /// Deletes messages sent before `before` (RFC 3339 in the stored format, which sorts
    /// as text); a conversation left empty is erased.
    pub(super) async fn purge_before(&self, before: &str) -> Result<Purged> {
        let deleted = self.count("WHERE sent_at < ?", before)?;
        self.sql()
            .run("DELETE FROM messages WHERE sent_at < ?", &[json!(before)])?;
        self.known.last_seq.set(None);
        self.known.said_once.borrow_mut().clear();
        let remaining = self.count("", before)?;
        if remaining == 0 {
            self.erase().await?;
        }
        Ok(Purged { deleted, remaining })
    }

    /// Deletes every message, the ladder and the metadata, stops the alarm and closes
    /// the sockets; leaves the tombstone.
    pub(super) async fn erase(&self) -> Result<Purged> {
        let deleted = self.count("", "")?;
        // One synchronous step (no await between), so storage commits it as one.
        self.sql()
            .run("DELETE FROM messages; DELETE FROM ladder", &[])?;
        self.leave_only_the_tombstone()?;
        self.known.forget();
        self.known.erased.set(Some(true));
        self.state.storage().delete_alarm().await?;
        for socket in self.state.get_websockets() {
            crate::live_socket::close(&socket, "erased");
        }
        Ok(Purged {
            deleted,
            remaining: 0,
        })
    }
}
