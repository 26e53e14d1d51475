-- The colour rules: what is known about a person (conditions), the versioned rule set that turns
-- it into a colour, and every colour change with its reason.

-- A fact that may colour a code: a case or contact decision, a positive or pooled-positive test,
-- a risky trip, a declaration. It ends when the rule set's exit conditions are met or by a
-- staff decision (ended_at, end_reason).
CREATE TABLE health_condition (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  citizen_id  BIGINT       NOT NULL,
  type        VARCHAR(32)  NOT NULL,
  started_at  DATETIME(3)  NOT NULL,
  ended_at    DATETIME(3),
  end_reason  VARCHAR(32),
  source      VARCHAR(16)  NOT NULL,
  source_ref  VARCHAR(64),
  recorded_by VARCHAR(40),
  note        VARCHAR(300),
  CONSTRAINT fk_condition_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_condition_citizen ON health_condition (citizen_id, ended_at);
CREATE INDEX ix_condition_open ON health_condition (ended_at, type);

CREATE TABLE colour_change (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  citizen_id      BIGINT       NOT NULL,
  from_colour     VARCHAR(6),
  to_colour       VARCHAR(6)   NOT NULL,
  reason_code     VARCHAR(40)  NOT NULL,
  reason_category VARCHAR(32)  NOT NULL,
  source          VARCHAR(16)  NOT NULL,
  staff_id        VARCHAR(40),
  detail          VARCHAR(500),
  rule_version    INT,
  changed_at      DATETIME(3)  NOT NULL,
  CONSTRAINT fk_colour_change_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_colour_change_citizen ON colour_change (citizen_id, changed_at);
CREATE INDEX ix_colour_change_time ON colour_change (changed_at);

-- Each change of the rule set is a new row; the highest version is in force.
CREATE TABLE rule_set_version (
  version     INT           NOT NULL PRIMARY KEY,
  definition  VARCHAR(8000) NOT NULL,
  created_at  DATETIME(3)   NOT NULL,
  created_by  VARCHAR(40)   NOT NULL,
  comment     VARCHAR(300)  NOT NULL
);

-- Why the current colour is what it is (category shown to the citizen), and the group whose
-- members must test periodically (null: none).
ALTER TABLE citizen ADD COLUMN colour_reason VARCHAR(32);
ALTER TABLE citizen ADD COLUMN test_group VARCHAR(20);
UPDATE citizen SET colour_reason = 'NONE';
