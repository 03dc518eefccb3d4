-- Channels: a conversation's channel (web, sms, whatsapp, messenger, wechat, x) and the
-- patient's address there (E.164 for SMS); provider message ids for deduplication and
-- each outbound message's delivery state; opt-outs per address. No message text here:
-- texts stay in the conversation's Durable Object.
ALTER TABLE conversations ADD COLUMN channel TEXT NOT NULL DEFAULT 'web';
ALTER TABLE conversations ADD COLUMN address TEXT;

-- The conversation a patient's next message on a channel continues: the latest one with
-- this address. Changed only by compare-and-swap (see store/channels.rs), so two
-- messages arriving together can't open two conversations.
CREATE TABLE channel_threads (
    clinic_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    PRIMARY KEY (clinic_id, channel, address)
);

-- One row per message that crossed a provider. Inbound rows are written before the
-- message is stored, keyed by the provider's id, so a redelivered webhook finds its
-- conversation and stores nothing new. Outbound rows are keyed by (conversation, seq)
-- and get the provider's id when it accepts the message; status only moves forward
-- (status_rank), so late or out-of-order callbacks can't downgrade it.
CREATE TABLE channel_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    clinic_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    provider_message_id TEXT,
    conversation_id TEXT NOT NULL,
    seq INTEGER,
    direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    address TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('received', 'queued', 'sent', 'delivered', 'read', 'failed')),
    status_rank INTEGER NOT NULL DEFAULT 0,
    reason TEXT,                   -- the provider's error code and message, or ours
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (clinic_id, channel, provider_message_id)
);
CREATE UNIQUE INDEX channel_messages_outbound ON channel_messages (conversation_id, seq)
    WHERE direction = 'outbound';

-- Addresses that opted out (SMS STOP and the like) until they opt in again (START).
CREATE TABLE channel_opt_outs (
    clinic_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    keyword TEXT NOT NULL,
    opted_out_at TEXT NOT NULL,
    PRIMARY KEY (clinic_id, channel, address)
);
