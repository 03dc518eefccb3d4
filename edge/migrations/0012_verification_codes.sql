-- One-time codes that verify a visitor's phone: one waiting code per conversation (a new
-- one replaces it), stored only as a keyed hash (HMAC-SHA256 with a server secret, bound
-- to the conversation and the number), with the number it went to, its expiry and its
-- tries. Erasure and the retention sweep delete it with the conversation.
CREATE TABLE verification_codes (
    conversation_id TEXT PRIMARY KEY,
    clinic_id TEXT NOT NULL,
    channel TEXT NOT NULL,          -- 'sms'
    address TEXT NOT NULL,          -- E.164
    code_hash TEXT NOT NULL,
    expires_at_ms INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
