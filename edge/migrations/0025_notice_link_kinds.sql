-- Continuity notices (issue 20): a staff reply a website visitor has not seen goes as a
-- notice to their verified phone or email, whose link opens the conversation only after
-- a fresh one-time code to that address. `kind` says which: 'open' (a channel notice or
-- a survey link, as before), 'sms_code' or 'email_code'. A code link works once:
-- `used_at` is set, by one conditional update, when its code was right.
ALTER TABLE notice_links ADD COLUMN kind TEXT NOT NULL DEFAULT 'open';
ALTER TABLE notice_links ADD COLUMN used_at TEXT;
