-- Issue 16 (access): an admin can disable a staff account. While `disabled_at` is set
-- the account can't sign in and none of its sessions count (every session lookup
-- requires it to be NULL).
ALTER TABLE staff ADD COLUMN disabled_at TEXT;
