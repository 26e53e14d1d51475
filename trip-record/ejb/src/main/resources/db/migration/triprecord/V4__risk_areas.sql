-- Issue 5: risk areas. An area covers venues (a district, a sub-district or compound matched
-- against the venues' address and community, or a list of venues); publishing it records a
-- condition for everyone who checked in there during its period, in batches whose progress is
-- kept here so any node can show it and resume a run a crashed node left behind.
CREATE TABLE risk_area (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name             VARCHAR(100) NOT NULL,
  level            VARCHAR(6)   NOT NULL,
  kind             VARCHAR(12)  NOT NULL,
  district_code    VARCHAR(6)   NOT NULL,
  place            VARCHAR(100),
  effective_from   DATETIME(3)  NOT NULL,
  effective_until  DATETIME(3),
  status           VARCHAR(10)  NOT NULL,
  created_by       VARCHAR(64)  NOT NULL,
  created_at       DATETIME(3)  NOT NULL,
  published_by     VARCHAR(64),
  published_at     DATETIME(3),
  ended_by         VARCHAR(64),
  ended_at         DATETIME(3),
  preview_people   BIGINT,
  preview_changing BIGINT,
  previewed_at     DATETIME(3),
  apply_total      BIGINT,
  apply_done       BIGINT       NOT NULL DEFAULT 0,
  apply_recorded   BIGINT       NOT NULL DEFAULT 0,
  apply_started_at DATETIME(3),
  apply_heartbeat  DATETIME(3),
  covered_until    DATETIME(3),
  ending_pending   BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_risk_area_district ON risk_area (district_code, id);
CREATE INDEX ix_risk_area_status ON risk_area (status);

CREATE TABLE risk_area_venue (
  area_id  BIGINT NOT NULL,
  venue_id BIGINT NOT NULL,
  PRIMARY KEY (area_id, venue_id),
  CONSTRAINT fk_risk_area_venue_area FOREIGN KEY (area_id) REFERENCES risk_area (id)
);
