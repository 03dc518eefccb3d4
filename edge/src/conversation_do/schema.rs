//! The object's SQLite tables, set up when an instance starts.
//!
//! - `messages`: the conversation, by `seq`; a message's key is unique per author.
//! - `meta`: what the object knows of itself, one row per key; `meta.rs` names every key
//!   with its value's type and is the only reader and writer.
//! - `ladder`: the escalation ladder's events (see `ladder.rs`).

use crate::object_sql::Sql;

/// Idempotent schema setup; storage survives hibernation and restarts. Objects made
/// before keys were per author hold a unique index on `client_msg_id` alone: the
/// per-author index is built first (their rows already satisfy it, since a key unique on
/// its own is unique per author), then the old one is dropped, all in this one
/// synchronous run, so no insert ever sees neither.
pub(super) fn set_up(sql: &Sql) {
    let setup = sql.run(
        "CREATE TABLE IF NOT EXISTS messages (\
           seq INTEGER PRIMARY KEY, id TEXT NOT NULL, author TEXT NOT NULL, \
           text TEXT NOT NULL, sent_at TEXT NOT NULL, client_msg_id TEXT, \
           author_name TEXT, reply_to INTEGER, attachments TEXT); \
         CREATE UNIQUE INDEX IF NOT EXISTS messages_author_client_msg_id \
           ON messages (author, client_msg_id) WHERE client_msg_id IS NOT NULL; \
         DROP INDEX IF EXISTS messages_client_msg_id; \
         CREATE INDEX IF NOT EXISTS messages_reply_to ON messages (reply_to); \
         CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); \
         CREATE TABLE IF NOT EXISTS ladder (\
           id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, at TEXT NOT NULL, \
           urgency TEXT, step INTEGER, notify TEXT, waited_seconds INTEGER)",
        &[],
    );
    if let Err(error) = setup {
        worker::console_error!("conversation schema setup failed: {error}");
    }
    // Objects made before attachments lack the column; for the others the ALTER fails
    // with "duplicate column", which is the answer wanted.
    let _ = sql.run("ALTER TABLE messages ADD COLUMN attachments TEXT", &[]);
}
