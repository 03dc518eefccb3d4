-- The FHIR export reads one conversation's red-flag survey answers
-- (store::surveys::red_flags): without this index it scanned every survey of the clinic.
CREATE INDEX IF NOT EXISTS surveys_conversation ON surveys (clinic_id, conversation_id);
