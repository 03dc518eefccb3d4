-- Inbound channel media (issue 21): each media item of a patient's WhatsApp or MMS
-- message is fetched once by the queue consumer and ends as one message in the
-- conversation: the file, or a mark saying why it could not be fetched. This row says
-- the item is done, so a redelivered webhook or a repeated job fetches nothing again.
-- `outcome` is `stored` or the failure's code; no URL, address or text is kept.
-- Erasing the conversation forgets its rows.
CREATE TABLE channel_media (
    clinic_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    provider_message_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    conversation_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (clinic_id, channel, provider_message_id, position)
);
CREATE INDEX channel_media_conversation ON channel_media (conversation_id);
