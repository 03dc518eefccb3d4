-- The bot's instant answers, the expected reply time, and after-treatment surveys.
-- reply_minutes: the hourly estimate of each team's usual first-reply wait (JSON object
-- of department → minutes); NULL until the first estimate, when the SLA stands in.
ALTER TABLE clinics ADD COLUMN reply_minutes TEXT;
-- How many visitor messages of the conversation the bot answered on its own: with no
-- staff reply, the conversation was deflected (reports).
ALTER TABLE conversations ADD COLUMN bot_answers INTEGER NOT NULL DEFAULT 0;

-- After-treatment surveys. The free-text answer is health data: it lives in the
-- conversation's Durable Object as a visitor message, never here.
ALTER TABLE conversations ADD COLUMN resolved_at TEXT;      -- set while status = 'resolved'
ALTER TABLE conversations ADD COLUMN survey_sent_at TEXT;   -- one scheduled survey at most
CREATE TABLE surveys (
    id TEXT PRIMARY KEY,
    clinic_id TEXT NOT NULL REFERENCES clinics(id),
    conversation_id TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    sent_by TEXT,                  -- staff id; NULL when the cron sent it
    answered_at TEXT,
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    problems INTEGER,              -- 1: the visitor reported problems since the treatment
    red_flag INTEGER NOT NULL DEFAULT 0  -- the answer reopened the conversation as urgent
);
CREATE INDEX surveys_clinic ON surveys (clinic_id, sent_at);
