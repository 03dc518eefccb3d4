-- Corrections from the field: staff re-triage a conversation, with a reason.
-- Which visitor message set the conversation's urgency, and the language triage guessed
-- for it (set with triage_reason by the inbox queue consumer).
ALTER TABLE conversations ADD COLUMN triage_seq INTEGER;
ALTER TABLE conversations ADD COLUMN triage_language TEXT;

-- One row per correction. No message text: the corrected message stays in the
-- conversation's Durable Object (so retention and erasure reach it), and the export
-- reads it from there by message_seq. Erasure blanks reason and message_seq.
CREATE TABLE triage_corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    clinic_id TEXT NOT NULL REFERENCES clinics(id),
    conversation_id TEXT NOT NULL,
    message_seq INTEGER,           -- the visitor message triage assessed, if known
    from_urgency TEXT NOT NULL,
    to_urgency TEXT NOT NULL,
    from_department TEXT NOT NULL,
    to_department TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('up', 'down', 'department')),
    language TEXT,                 -- triage's language guess for that message
    triage_reason TEXT,            -- triage's reason at the time
    reason TEXT NOT NULL,          -- the staff member's reason (never logged)
    staff_id TEXT NOT NULL,
    corrected_at TEXT NOT NULL
);
CREATE INDEX triage_corrections_clinic ON triage_corrections (clinic_id, corrected_at);
CREATE INDEX triage_corrections_conversation ON triage_corrections (conversation_id);
