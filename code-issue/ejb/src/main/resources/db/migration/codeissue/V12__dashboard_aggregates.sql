-- Dashboards: figures per district kept by code-issue's roll-up (DistrictFiguresService), so no
-- page view reads citizen, colour_change or test_result. Hours are epoch hours (UTC seconds/3600).

-- People by colour: recounted from the (district_code, colour) index every few minutes.
CREATE TABLE dash_colour_count (
  district_code VARCHAR(6) NOT NULL,
  colour        VARCHAR(6) NOT NULL,
  people        BIGINT     NOT NULL,
  PRIMARY KEY (district_code, colour)
);

-- Colour changes per hour: how many people entered and left each colour (from colour_change).
CREATE TABLE dash_colour_change_hourly (
  district_code VARCHAR(6) NOT NULL,
  epoch_hour    BIGINT     NOT NULL,
  colour        VARCHAR(6) NOT NULL,
  entered       BIGINT     NOT NULL,
  exited        BIGINT     NOT NULL,
  PRIMARY KEY (district_code, epoch_hour, colour)
);

-- Test results per sample hour; people_latest counts each person once, at the hour of their
-- latest sample, so the sum over any recent window is the number of different people tested.
CREATE TABLE dash_test_hourly (
  district_code VARCHAR(6) NOT NULL,
  epoch_hour    BIGINT     NOT NULL,
  tests         BIGINT     NOT NULL,
  people_latest BIGINT     NOT NULL,
  PRIMARY KEY (district_code, epoch_hour)
);

CREATE TABLE dash_open_appeals (
  district_code VARCHAR(6) NOT NULL PRIMARY KEY,
  open_appeals  BIGINT     NOT NULL
);

-- Watermarks (see RollupWindow); the 'colour_change' row's lock serialises runs across nodes.
CREATE TABLE dash_rollup (
  name         VARCHAR(30) NOT NULL PRIMARY KEY,
  done_id      BIGINT      NOT NULL,
  seen_max_id  BIGINT      NOT NULL,
  rolled_at_ms BIGINT
);
INSERT INTO dash_rollup (name, done_id, seen_max_id) VALUES ('colour_change', 0, 0);
INSERT INTO dash_rollup (name, done_id, seen_max_id) VALUES ('test_result', 0, 0);
INSERT INTO dash_rollup (name, done_id, seen_max_id) VALUES ('colour_count', 0, 0);
