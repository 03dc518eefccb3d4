-- Signed portal identities: the patient's id in the clinic's portal, and how it is known
-- (NULL when only stated, 'signed' when its user_hash verified). Earlier conversations
-- link through a user_id verified on both sides, like an email or phone.
ALTER TABLE conversations ADD COLUMN visitor_user_id TEXT;
ALTER TABLE conversations ADD COLUMN visitor_user_id_verified TEXT;
CREATE INDEX conversations_visitor_user_id ON conversations (clinic_id, visitor_user_id);
