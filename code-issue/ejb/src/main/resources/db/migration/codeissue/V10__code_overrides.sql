-- Staff overrides of a person's code, with the four-eyes trail: red -> green waits (PENDING) for
-- a second officer; everything else is APPLIED at once. An approval of an appeal is an override
-- too (appeal_id set; the answer waits here until the second officer approves).
CREATE TABLE code_override (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  citizen_id      BIGINT       NOT NULL,
  district_code   VARCHAR(6)   NOT NULL,
  from_colour     VARCHAR(6)   NOT NULL,
  target_colour   VARCHAR(6)   NOT NULL,
  appeal_id       BIGINT,
  reason          VARCHAR(500) NOT NULL,
  status          VARCHAR(10)  NOT NULL,
  requested_by    VARCHAR(40)  NOT NULL,
  requested_at    DATETIME(3)  NOT NULL,
  decided_by      VARCHAR(40),
  decided_at      DATETIME(3),
  decision_reason VARCHAR(500),
  CONSTRAINT fk_override_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
  CONSTRAINT fk_override_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id)
);
CREATE INDEX ix_override_status_district ON code_override (status, district_code);
CREATE INDEX ix_override_citizen ON code_override (citizen_id, status);
CREATE INDEX ix_override_appeal ON code_override (appeal_id, status);
