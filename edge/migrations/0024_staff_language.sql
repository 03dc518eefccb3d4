-- The console's language per staff member (issue 19): chosen in the console, applied when
-- they sign in on any device. One of the console's language codes (en, es, fr, de; the
-- edge checks it); NULL until they choose, when the console follows the browser.
-- (Numbered 0024: 0023 is taken by the channel-media branch.)
ALTER TABLE staff ADD COLUMN language TEXT;
