-- Event subscriptions (issue 22): an admin subscribes a URL to some of a clinic's events;
-- each event becomes one delivery per matching subscription, signed by the Standard
-- Webhooks scheme with the subscription's own secret. A delivery stores the event's
-- data without message text (text, when a subscription may carry it, is read from the
-- conversation object at each attempt, so retention and erasure reach it) and its
-- attempts, for the delivery log and manual redelivery; its id is the `webhook-id` of
-- every attempt.
CREATE TABLE event_subscriptions (
    id TEXT PRIMARY KEY,
    clinic_id TEXT NOT NULL,
    url TEXT NOT NULL,
    events TEXT NOT NULL,            -- JSON array of event types
    include_text INTEGER NOT NULL DEFAULT 0,
    secret TEXT NOT NULL,            -- whsec_..., shown to the admin once
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX event_subscriptions_clinic ON event_subscriptions (clinic_id);

CREATE TABLE event_deliveries (
    id TEXT PRIMARY KEY,             -- the webhook-id
    subscription_id TEXT NOT NULL,
    clinic_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    data TEXT NOT NULL,              -- JSON, never message text
    text_seq INTEGER,                -- the message whose text may go with it
    attempts INTEGER NOT NULL DEFAULT 0,
    last_status INTEGER,             -- the receiver's last HTTP status
    last_error TEXT,                 -- why the last attempt got no answer
    last_attempt_at TEXT,
    delivered_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX event_deliveries_subscription ON event_deliveries (subscription_id, created_at);
