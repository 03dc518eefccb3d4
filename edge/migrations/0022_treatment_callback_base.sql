-- After-treatment surveys on the patient's channel (issue 22): the hourly round has no
-- request of its own, so each treatment event keeps the origin its call reached (or the
-- clinic's public base URL): where the provider's status callbacks go and where the
-- survey's link opens. NULL for events stored before this migration, whose surveys stay
-- in the conversation only.
ALTER TABLE treatment_events ADD COLUMN callback_base TEXT;
