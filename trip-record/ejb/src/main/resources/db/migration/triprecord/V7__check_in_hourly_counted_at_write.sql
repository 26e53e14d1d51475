-- Check-ins per district and hour are counted by the writer, in the group's own transaction
-- (CheckInWriter: one upsert per district-hour per group), so check_in_hourly is exact as soon as a
-- check-in is acknowledged. The former roll-up keeps counting the new ids into a check table, and
-- the reconciliation reports where the two differ (check_in_hourly_drift) instead of overwriting.
CREATE TABLE check_in_hourly_check (
  district_code VARCHAR(6)  NOT NULL,
  epoch_hour    BIGINT      NOT NULL,
  check_ins     BIGINT      NOT NULL,
  PRIMARY KEY (district_code, epoch_hour)
);
INSERT INTO check_in_hourly_check (district_code, epoch_hour, check_ins)
  SELECT district_code, epoch_hour, check_ins FROM check_in_hourly;

CREATE TABLE check_in_hourly_drift (
  district_code VARCHAR(6)  NOT NULL,
  epoch_hour    BIGINT      NOT NULL,
  counted       BIGINT      NOT NULL,
  recounted     BIGINT      NOT NULL,
  PRIMARY KEY (district_code, epoch_hour)
);
