-- Attachments (issue 21): one row per uploaded file. The bytes live in R2 under
-- `object_key` (clinics/<clinic>/conversations/<conversation>/<id>), metadata already
-- removed; no file name is kept. `client_msg_id` is set when a message carries the file,
-- by one conditional update, so a retry of the same message links it again and another
-- message can't take it.
CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  -- 'visitor' or 'staff': only the side that uploaded a file can send it.
  uploaded_by TEXT NOT NULL,
  staff_id TEXT,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  object_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  client_msg_id TEXT
);
CREATE INDEX attachments_conversation ON attachments (conversation_id, created_at);
