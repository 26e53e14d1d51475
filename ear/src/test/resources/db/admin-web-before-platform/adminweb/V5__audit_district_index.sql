-- The audit viewer lists a district's entries newest first (district staff see only theirs).
CREATE INDEX ix_audit_district_id ON audit_entry (district_code, id);
