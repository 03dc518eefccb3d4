-- Issue 16 (access): the retention sweep pages each clinic's conversations by a
-- (created_at, id) keyset cursor; this index serves each page without a sort.
CREATE INDEX conversations_created ON conversations (clinic_id, created_at, id);
