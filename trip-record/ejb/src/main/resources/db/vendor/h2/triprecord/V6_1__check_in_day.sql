-- Issue 16: the check-in's UTC day, the partitioning column on MariaDB (db/vendor/mysql). H2 keeps
-- a plain table and its unique key on the idempotency key alone; the column is here so that the
-- entity and the queries are the same on both.
ALTER TABLE check_in ADD COLUMN check_in_day DATE;
UPDATE check_in SET check_in_day = CAST(checked_in_at AS DATE);
ALTER TABLE check_in ALTER COLUMN check_in_day SET NOT NULL;
ALTER TABLE check_in ADD CONSTRAINT ck_check_in_day CHECK (check_in_day = CAST(checked_in_at AS DATE));
