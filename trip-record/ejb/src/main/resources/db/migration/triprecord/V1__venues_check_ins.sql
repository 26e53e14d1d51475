-- trip-record owns: venues and check-ins. Citizens are referenced by id only (code-issue's).

CREATE TABLE venue (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_code    VARCHAR(11)  NOT NULL,
  name           VARCHAR(100) NOT NULL,
  category       VARCHAR(20)  NOT NULL,
  address        VARCHAR(200) NOT NULL,
  district_code  VARCHAR(6)   NOT NULL,
  community      VARCHAR(100),
  status         VARCHAR(10)  NOT NULL,
  created_at     DATETIME(3)  NOT NULL,
  CONSTRAINT uk_venue_public_code UNIQUE (public_code)
);
CREATE INDEX ix_venue_district ON venue (district_code);

-- The tracing queries read by (venue, time) and by (citizen, time); both are covered.
CREATE TABLE check_in (
  id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  idempotency_key  VARCHAR(64) NOT NULL,
  citizen_id       BIGINT      NOT NULL,
  venue_id         BIGINT      NOT NULL,
  checked_in_at    DATETIME(3) NOT NULL,
  colour_at_check_in VARCHAR(6) NOT NULL,
  CONSTRAINT uk_check_in_idempotency UNIQUE (idempotency_key),
  CONSTRAINT fk_check_in_venue FOREIGN KEY (venue_id) REFERENCES venue (id)
);
CREATE INDEX ix_check_in_venue_time ON check_in (venue_id, checked_in_at);
CREATE INDEX ix_check_in_citizen_time ON check_in (citizen_id, checked_in_at);
