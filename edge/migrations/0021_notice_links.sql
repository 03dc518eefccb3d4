-- Notice links (issue 18): on a channel set to `content = "notice"`, a staff reply goes
-- out as a notice whose link opens the conversation. Only the SHA-256 of the link's
-- secret is kept; `seq` is the message it was sent for. A link works until `expires_at`;
-- the retention sweep forgets expired ones and erasing a conversation forgets its own.
CREATE TABLE notice_links (
    token_hash TEXT PRIMARY KEY,
    clinic_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX notice_links_conversation ON notice_links (conversation_id);
CREATE INDEX notice_links_expiry ON notice_links (clinic_id, expires_at);
