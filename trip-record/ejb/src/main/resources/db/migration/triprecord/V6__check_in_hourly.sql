-- Dashboards: check-ins per venue district and hour (epoch_hour = seconds since 1970 UTC / 3600,
-- free of time-zone conversions between drivers and databases), kept by a roll-up that reads
-- only the check-ins added since its watermark (check_in_rollup), so no page view scans check_in.
CREATE TABLE check_in_hourly (
  district_code VARCHAR(6)  NOT NULL,
  epoch_hour    BIGINT      NOT NULL,
  check_ins     BIGINT      NOT NULL,
  PRIMARY KEY (district_code, epoch_hour)
);
CREATE INDEX ix_check_in_hourly_hour ON check_in_hourly (epoch_hour);

-- One row per roll-up; the row lock makes one node at a time do the work.
CREATE TABLE check_in_rollup (
  name        VARCHAR(30) NOT NULL PRIMARY KEY,
  done_id     BIGINT      NOT NULL,
  seen_max_id BIGINT      NOT NULL,
  rolled_at_ms BIGINT
);
INSERT INTO check_in_rollup (name, done_id, seen_max_id) VALUES ('check_in', 0, 0);
