-- Pooled (10-in-1) sampling: a tube and the people sampled into it. A tube's result applies to
-- all its members (negative: a negative each; positive: retest, yellow).
CREATE TABLE sample_tube (
  barcode     VARCHAR(32)  NOT NULL PRIMARY KEY,
  site        VARCHAR(80)  NOT NULL,
  opened_by   VARCHAR(40)  NOT NULL,
  opened_at   DATETIME(3)  NOT NULL,
  status      VARCHAR(10)  NOT NULL,
  result      VARCHAR(8),
  result_time DATETIME(3),
  lab         VARCHAR(80)
);

CREATE TABLE sample_tube_member (
  barcode    VARCHAR(32) NOT NULL,
  citizen_id BIGINT      NOT NULL,
  added_at   DATETIME(3) NOT NULL,
  PRIMARY KEY (barcode, citizen_id),
  CONSTRAINT fk_tube_member_tube FOREIGN KEY (barcode) REFERENCES sample_tube (barcode),
  CONSTRAINT fk_tube_member_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_tube_member_citizen ON sample_tube_member (citizen_id);

ALTER TABLE test_result ADD COLUMN tube_barcode VARCHAR(32);
