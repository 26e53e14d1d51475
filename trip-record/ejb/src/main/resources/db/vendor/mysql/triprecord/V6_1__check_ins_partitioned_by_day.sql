-- Issue 16: check-ins partitioned by day (MariaDB/MySQL only; H2 keeps a plain table, see
-- db/vendor/h2). Retention drops a whole day's partition (a file) instead of deleting ~8 M rows a
-- day in batches, and the tracing reads name the days they need, so they open only those days.
--
-- check_in_day is the UTC date of checked_in_at (the CHECK keeps them in step) and the partitioning
-- column. InnoDB requires every unique key of a partitioned table to contain it, so:
--   primary key   (id)              -> (id, check_in_day)
--   idempotency   (idempotency_key) -> (idempotency_key, check_in_day)
-- The second is still exact: the day is a function of the key. A scan's key names its five-minute
-- bucket, and buckets never straddle a UTC midnight (300 s divides 86,400 s), so two rows with the
-- same key have the same day and collide. A transit report's key is the operator's event id, and a
-- redelivery carries the event's own time, hence the same day. A retry that crosses midnight is a
-- new scan with a new bucket and a new key anyway; it is caught by the once-per-visit rule (the
-- same person at the same venue within five minutes), which reads by citizen and time over both
-- days' partitions. The partitioning column could not be checked_in_at itself: the idempotency key
-- would then have to contain the exact time, and two racing requests of one scan differ in it.
-- Partitioned InnoDB tables have no foreign keys: check-ins name venues the writer has just read.
-- The time index served only the batched retention delete; dropping a partition needs no index.
ALTER TABLE check_in DROP FOREIGN KEY fk_check_in_venue;
ALTER TABLE check_in ADD COLUMN check_in_day DATE NULL;
UPDATE check_in SET check_in_day = CAST(checked_in_at AS DATE);
-- The default fills the day for an INSERT that does not name it (older tools, test fixtures).
ALTER TABLE check_in MODIFY check_in_day DATE NOT NULL DEFAULT (CAST(checked_in_at AS DATE)),
  ADD CONSTRAINT ck_check_in_day CHECK (check_in_day = CAST(checked_in_at AS DATE)),
  DROP PRIMARY KEY, ADD PRIMARY KEY (id, check_in_day),
  DROP INDEX uk_check_in_idempotency,
  ADD CONSTRAINT uk_check_in_idempotency UNIQUE (idempotency_key, check_in_day),
  DROP INDEX ix_check_in_time;
-- Days are added by PartitionMaintenance (tomorrow and the next days, and on its first run the days
-- already in p_future), which splits them off the empty p_future; p_past is never written.
ALTER TABLE check_in PARTITION BY RANGE COLUMNS (check_in_day) (
  PARTITION p_past VALUES LESS THAN ('2000-01-01'),
  PARTITION p_future VALUES LESS THAN (MAXVALUE));
