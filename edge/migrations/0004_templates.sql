-- Saved replies (templates) per clinic, optionally per department (NULL: every team).
-- The dev seed loads the demo clinic's from clinics/demo.toml; admins edit them here.
CREATE TABLE templates (
    id TEXT PRIMARY KEY,            -- t_ + 32 hex digits
    clinic_id TEXT NOT NULL REFERENCES clinics(id),
    department TEXT,                -- a department id, or NULL for all
    shortcut TEXT NOT NULL,         -- typed as /shortcut: [a-z0-9-]{1,32}
    title TEXT NOT NULL,
    body TEXT NOT NULL,             -- checked with template::validate, at most 4000 characters
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,       -- staff id, or 'seed'
    UNIQUE (clinic_id, shortcut)
);
