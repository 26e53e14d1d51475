-- admin-web's V5 until the audit log moved to the platform module (see V1).
-- The audit viewer lists a district's entries newest first (district staff see only theirs).
CREATE INDEX ix_audit_district_id ON audit_entry (district_code, id);
