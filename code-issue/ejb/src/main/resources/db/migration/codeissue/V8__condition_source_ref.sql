-- Risk areas (issue 5) record one condition per person and area, identified by source_ref
-- ('risk-area:<id>'): finding who already has it, and ending them all, read by this index.
CREATE INDEX ix_condition_source_ref ON health_condition (source_ref, citizen_id);
