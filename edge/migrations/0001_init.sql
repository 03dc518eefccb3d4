-- Clinics, staff, sessions, the inbox index of conversations, and the audit log.
-- Message bodies live in each conversation's Durable Object, not here; the inbox keeps
-- only a short preview of the last message.

CREATE TABLE clinics (
    id TEXT PRIMARY KEY,
    config TEXT NOT NULL,          -- the validated ClinicConfig as JSON
    updated_at TEXT NOT NULL
);

CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    clinic_id TEXT NOT NULL REFERENCES clinics(id),
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'clinician', 'front-desk')),
    departments TEXT NOT NULL,     -- JSON array of department ids
    password_hash TEXT NOT NULL,   -- pbkdf2-sha256$iterations$salt$hash
    created_at TEXT NOT NULL
);

CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,   -- sha256 of the bearer token; the token itself is never stored
    staff_id TEXT NOT NULL REFERENCES staff(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
);

CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    clinic_id TEXT NOT NULL REFERENCES clinics(id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'resolved')),
    urgency TEXT NOT NULL DEFAULT 'routine',
    urgency_rank INTEGER NOT NULL DEFAULT 2,   -- 0 emergency, 1 urgent, 2 routine
    department TEXT NOT NULL DEFAULT 'front-desk',
    triage_reason TEXT,
    created_at TEXT NOT NULL,
    page_url TEXT,
    language TEXT,
    last_seq INTEGER NOT NULL DEFAULT 0,
    last_visitor_seq INTEGER NOT NULL DEFAULT 0,  -- makes the queue consumer idempotent
    last_message_at TEXT,
    last_message_preview TEXT,
    sla_deadline TEXT,
    first_response_at TEXT,
    assigned_to TEXT REFERENCES staff(id)
);

CREATE INDEX conversations_inbox ON conversations (clinic_id, status, urgency_rank, created_at);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    clinic_id TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    conversation_id TEXT,
    detail TEXT
);

CREATE INDEX audit_log_clinic ON audit_log (clinic_id, id);
