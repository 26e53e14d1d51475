-- Issue 4: who runs a venue and who reviewed it, transit gate ids, what a check-in came from,
-- the masked name the visit log shows, and a time index for the retention job's batched delete.
ALTER TABLE venue ADD COLUMN operator VARCHAR(64);
ALTER TABLE venue ADD COLUMN gate_id VARCHAR(64);
ALTER TABLE venue ADD COLUMN reviewed_by VARCHAR(64);
ALTER TABLE venue ADD COLUMN reviewed_at DATETIME(3);
CREATE UNIQUE INDEX uk_venue_gate ON venue (gate_id);
CREATE INDEX ix_venue_operator ON venue (operator);

ALTER TABLE check_in ADD COLUMN masked_name VARCHAR(40);
ALTER TABLE check_in ADD COLUMN source VARCHAR(10) NOT NULL DEFAULT 'SCAN';
CREATE INDEX ix_check_in_time ON check_in (checked_in_at);
