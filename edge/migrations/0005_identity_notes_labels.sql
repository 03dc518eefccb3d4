-- Visitor identity (from the widget's identify() or staff), labels and internal notes.
-- Names and contacts are personal data: staff see them, logs never do, and erasure and
-- the retention sweep delete them with the conversation.
ALTER TABLE conversations ADD COLUMN visitor_name TEXT;
ALTER TABLE conversations ADD COLUMN visitor_email TEXT;     -- lowercase
ALTER TABLE conversations ADD COLUMN visitor_phone TEXT;     -- as written
ALTER TABLE conversations ADD COLUMN visitor_phone_key TEXT; -- digits only, for matching
ALTER TABLE conversations ADD COLUMN labels TEXT NOT NULL DEFAULT '[]';  -- JSON array
CREATE INDEX conversations_visitor_email ON conversations (clinic_id, visitor_email);
CREATE INDEX conversations_visitor_phone ON conversations (clinic_id, visitor_phone_key);

-- Private notes for the team; the Visitor API never reads this table.
CREATE TABLE notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    clinic_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    author_name TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX notes_conversation ON notes (conversation_id, id);
