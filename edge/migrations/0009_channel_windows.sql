-- WhatsApp: the provider's own timestamp on each inbound message (ms since the epoch),
-- from which the 24-hour customer-service window runs, and the approved template an
-- outbound message goes out as (JSON {name, language, parameters}; NULL for free text).
ALTER TABLE channel_messages ADD COLUMN sent_at_ms INTEGER;
ALTER TABLE channel_messages ADD COLUMN template TEXT;
CREATE INDEX channel_messages_inbound_address ON channel_messages (clinic_id, channel, address)
    WHERE direction = 'inbound';
