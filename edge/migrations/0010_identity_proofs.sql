-- How each identity field is known: NULL when the visitor only stated it, else the
-- verification method ('signed', 'sms_code', 'email_code', 'staff'). Earlier
-- conversations are linked only through an email or phone verified on both sides.
ALTER TABLE conversations ADD COLUMN visitor_name_verified TEXT;
ALTER TABLE conversations ADD COLUMN visitor_email_verified TEXT;
ALTER TABLE conversations ADD COLUMN visitor_phone_verified TEXT;
