-- Treatment events (issue 22): the practice software reports a treatment with its own
-- event id, which schedules the after-treatment survey into the patient's conversation
-- at the clinic's survey delay. The event id is the caller's idempotency key (one row
-- per clinic and id); the procedure is checked and never stored. `sent_at` is set when
-- the hourly round takes the row, before the survey goes, so no two rounds send it.
CREATE TABLE treatment_events (
    clinic_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    key_id TEXT NOT NULL,
    performed_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    PRIMARY KEY (clinic_id, event_id)
);
CREATE INDEX treatment_events_due ON treatment_events (clinic_id, due_at) WHERE sent_at IS NULL;
CREATE INDEX treatment_events_conversation ON treatment_events (conversation_id);
