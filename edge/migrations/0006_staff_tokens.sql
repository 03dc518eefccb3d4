-- One-time links for the team: invitations (create an account) and password resets.
-- Only the SHA-256 of a token is stored; a link works once (used_at) and expires.
CREATE TABLE staff_tokens (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('invite', 'reset')),
    clinic_id TEXT NOT NULL REFERENCES clinics(id),
    staff_id TEXT,                 -- reset: whose password
    email TEXT,                    -- invite: the new account
    name TEXT,
    role TEXT,
    departments TEXT,              -- invite: JSON array of department ids
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
