-- Confirmed cases, the tracing runs kept for their review, and the contacts officers confirmed.
CREATE TABLE confirmed_case (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  citizen_id     BIGINT       NOT NULL,
  district_code  VARCHAR(6)   NOT NULL,
  source         VARCHAR(16)  NOT NULL,
  note           VARCHAR(300),
  status         VARCHAR(10)  NOT NULL,
  condition_id   BIGINT,
  confirmed_at   DATETIME(3)  NOT NULL,
  confirmed_by   VARCHAR(40)  NOT NULL,
  CONSTRAINT fk_case_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_case_citizen ON confirmed_case (citizen_id, status);
CREATE INDEX ix_case_district ON confirmed_case (district_code, confirmed_at);

CREATE TABLE trace_run (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id         BIGINT       NOT NULL,
  kind            VARCHAR(10)  NOT NULL,
  days            INT          NOT NULL,
  window_minutes  INT          NOT NULL,
  traced_from     DATETIME(3)  NOT NULL,
  traced_to       DATETIME(3)  NOT NULL,
  source_visits   INT          NOT NULL,
  ran_at          DATETIME(3)  NOT NULL,
  ran_by          VARCHAR(40)  NOT NULL,
  CONSTRAINT fk_run_case FOREIGN KEY (case_id) REFERENCES confirmed_case (id)
);
CREATE INDEX ix_run_case ON trace_run (case_id, kind, id);

-- One row per overlap found; a person's rows together are their entry in the run.
CREATE TABLE trace_overlap (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_id             BIGINT        NOT NULL,
  citizen_id         BIGINT        NOT NULL,
  venue_id           BIGINT        NOT NULL,
  venue_name         VARCHAR(120)  NOT NULL,
  venue_district     VARCHAR(6),
  transit            BOOLEAN       NOT NULL,
  source_citizen_id  BIGINT        NOT NULL,
  source_at          DATETIME(3)   NOT NULL,
  contact_at         DATETIME(3)   NOT NULL,
  minutes            BIGINT        NOT NULL,
  CONSTRAINT fk_overlap_run FOREIGN KEY (run_id) REFERENCES trace_run (id)
);
CREATE INDEX ix_overlap_run ON trace_overlap (run_id, citizen_id);

-- A person is at most one kind of contact of a case: confirming again changes nothing.
CREATE TABLE case_contact (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id       BIGINT       NOT NULL,
  citizen_id    BIGINT       NOT NULL,
  kind          VARCHAR(10)  NOT NULL,
  run_id        BIGINT       NOT NULL,
  condition_id  BIGINT       NOT NULL,
  confirmed_at  DATETIME(3)  NOT NULL,
  confirmed_by  VARCHAR(40)  NOT NULL,
  CONSTRAINT uq_case_contact UNIQUE (case_id, citizen_id),
  CONSTRAINT fk_contact_case FOREIGN KEY (case_id) REFERENCES confirmed_case (id),
  CONSTRAINT fk_contact_run FOREIGN KEY (run_id) REFERENCES trace_run (id)
);
CREATE INDEX ix_contact_citizen ON case_contact (citizen_id);
