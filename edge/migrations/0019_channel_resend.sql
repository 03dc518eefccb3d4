-- Resending a failed outbound message: which attempt its row is on (1 for the first send).
-- A resend moves a failed row back to queued only from the attempt the staff member saw
-- (compare-and-swap), so a repeated click resends nothing more, and the queue job and
-- status callbacks of an earlier attempt can't touch the new one.
ALTER TABLE channel_messages ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
