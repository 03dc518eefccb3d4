-- When the visitor first wrote: the start of the first-response clock in reports.
-- Rows from before this migration fall back to created_at.
ALTER TABLE conversations ADD COLUMN first_visitor_at TEXT;
