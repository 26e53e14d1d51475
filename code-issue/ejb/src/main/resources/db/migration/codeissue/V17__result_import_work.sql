-- The loading bar counts work, not bytes (RowWeight): a pooled tube's row is ten results, a person's
-- one, so a file that starts with its tubes showed 74 % done at half the time. work_total is set
-- when the job plans its partitions; run_work_base is where the current run started, for its ETA.
ALTER TABLE result_import ADD COLUMN work_total BIGINT NOT NULL DEFAULT 0;
ALTER TABLE result_import ADD COLUMN work_done BIGINT NOT NULL DEFAULT 0;
ALTER TABLE result_import ADD COLUMN run_work_base BIGINT NOT NULL DEFAULT 0;
