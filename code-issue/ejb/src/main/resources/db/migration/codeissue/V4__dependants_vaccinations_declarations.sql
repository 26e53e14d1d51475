-- Dependants: a person held by a family member has a citizen row without a mobile number until
-- they register themselves (which claims the row, keeping its history and links).
ALTER TABLE citizen MODIFY COLUMN mobile_cipher VARBINARY(64) NULL;
ALTER TABLE citizen MODIFY COLUMN mobile_index VARBINARY(32) NULL;
ALTER TABLE citizen MODIFY COLUMN mobile_masked VARCHAR(11) NULL;

-- How many vaccine doses are on record; kept on the row so the cached code state needs no query.
ALTER TABLE citizen ADD COLUMN vaccination_doses INT DEFAULT 0 NOT NULL;

-- One holder per dependant (uk_dependant_link_dependant); a holder has at most five (checked by
-- the boundary under a lock on the holder's row).
CREATE TABLE dependant_link (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  holder_id    BIGINT      NOT NULL,
  dependant_id BIGINT      NOT NULL,
  relation     VARCHAR(16) NOT NULL,
  consented_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_dependant_link_dependant UNIQUE (dependant_id),
  CONSTRAINT fk_dependant_link_holder FOREIGN KEY (holder_id) REFERENCES citizen (id),
  CONSTRAINT fk_dependant_link_dependant FOREIGN KEY (dependant_id) REFERENCES citizen (id)
);
CREATE INDEX ix_dependant_link_holder ON dependant_link (holder_id);

CREATE TABLE vaccination (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  citizen_id  BIGINT      NOT NULL,
  dose        INT         NOT NULL,
  given_on    DATE        NOT NULL,
  vaccine     VARCHAR(60) NOT NULL,
  site        VARCHAR(80) NOT NULL,
  recorded_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_vaccination_dose UNIQUE (citizen_id, dose),
  CONSTRAINT fk_vaccination_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id)
);

-- A health declaration as the citizen made it; symptoms as a comma-separated list of codes.
CREATE TABLE health_declaration (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  citizen_id    BIGINT       NOT NULL,
  symptoms      VARCHAR(100) NOT NULL,
  origin_city   VARCHAR(30),
  arrival_date  DATE,
  declared_at   DATETIME(3)  NOT NULL,
  CONSTRAINT fk_declaration_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_declaration_citizen ON health_declaration (citizen_id, declared_at);
