-- A citizen's appeal against a yellow or red code, and the staff decision on it.
CREATE TABLE appeal (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  citizen_id      BIGINT       NOT NULL,
  district_code   VARCHAR(6)   NOT NULL,
  colour          VARCHAR(6)   NOT NULL,
  reason_category VARCHAR(32)  NOT NULL,
  reason          VARCHAR(24)  NOT NULL,
  detail          VARCHAR(500),
  status          VARCHAR(10)  NOT NULL,
  filed_at        DATETIME(3)  NOT NULL,
  decided_at      DATETIME(3),
  decided_by      VARCHAR(40),
  answer          VARCHAR(500),
  CONSTRAINT fk_appeal_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_appeal_citizen ON appeal (citizen_id, status);
CREATE INDEX ix_appeal_status_district ON appeal (status, district_code);
