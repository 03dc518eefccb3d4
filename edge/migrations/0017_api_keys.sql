-- API keys (issue 22): an admin makes a key for one of the clinic's other systems, with
-- scopes; the system sends it as `Authorization: Bearer fdk_...`. Only the secret's
-- SHA-256 digest is stored (the secret is shown once); `prefix` is its first characters,
-- to tell keys apart. A revoked key keeps its row, for the record, and is refused from
-- the next call on: every call looks its key up here, nothing is cached.
CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    clinic_id TEXT NOT NULL,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL,            -- JSON array of scope names
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at TEXT
);
CREATE INDEX api_keys_clinic ON api_keys (clinic_id, created_at);
