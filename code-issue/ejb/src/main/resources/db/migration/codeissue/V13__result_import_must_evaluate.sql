-- A person an import touched only with negative results, who was green, stays green (a negative can
-- only end conditions or satisfy a testing interval, never add a reason): the recolour step skips
-- the rule evaluation for them. Positives and pooled positives set this flag; see ResultInserts.
ALTER TABLE result_import_person ADD COLUMN must_evaluate BOOLEAN NOT NULL DEFAULT FALSE;

-- Loading partitions in parallel: inserting a rejected row took a shared lock on its import's row
-- through this foreign key, and each chunk then updates that row's counters; two partitions
-- upgrading their shared locks deadlocked. Rejected rows are only ever written by their import.
ALTER TABLE result_import_error DROP CONSTRAINT fk_import_error_import;
