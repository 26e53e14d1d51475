-- Bulk test-result import (a Jakarta Batch job): the uploaded file in 1 MiB parts (so a restart
-- on any node can read it again), the import's progress, its rejected rows, and the people it
-- touched (recoloured by the job's second step). Portable between MySQL/MariaDB and H2.

-- The same lab reporting the same person's sample at the same time is the same result: a
-- re-uploaded file or a restarted job must not store it twice. Existing duplicates are dropped
-- first (the oldest row is kept) so the unique key can be created on a live database.
DELETE FROM test_result WHERE id NOT IN (
  SELECT keep_id FROM (
    SELECT MIN(id) AS keep_id FROM test_result GROUP BY citizen_id, sample_time, lab) kept);
CREATE UNIQUE INDEX uk_test_result_natural ON test_result (citizen_id, sample_time, lab);

CREATE TABLE result_import (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  file_name         VARCHAR(120) NOT NULL,
  uploaded_by       VARCHAR(40)  NOT NULL,
  uploader_role     VARCHAR(20)  NOT NULL,
  -- the uploader's district for district staff (rows outside it are rejected), null for the city
  district_code     VARCHAR(6),
  size_bytes        BIGINT       NOT NULL,
  parts             INT          NOT NULL,
  status            VARCHAR(12)  NOT NULL,
  execution_id      BIGINT,
  rows_read         BIGINT       NOT NULL DEFAULT 0,
  rows_written      BIGINT       NOT NULL DEFAULT 0,
  results_stored    BIGINT       NOT NULL DEFAULT 0,
  rows_skipped      BIGINT       NOT NULL DEFAULT 0,
  bytes_read        BIGINT       NOT NULL DEFAULT 0,
  people_affected   BIGINT       NOT NULL DEFAULT 0,
  people_recoloured BIGINT       NOT NULL DEFAULT 0,
  colours_changed   BIGINT       NOT NULL DEFAULT 0,
  created_at        DATETIME(3)  NOT NULL,
  -- the current run: its start and the counts it started from give rows/s and the ETA
  run_started_at    DATETIME(3),
  run_rows_base     BIGINT       NOT NULL DEFAULT 0,
  run_bytes_base    BIGINT       NOT NULL DEFAULT 0,
  ended_at          DATETIME(3),
  updated_at        DATETIME(3)
);
CREATE INDEX ix_result_import_created ON result_import (created_at);

CREATE TABLE result_import_part (
  import_id BIGINT     NOT NULL,
  part_no   INT        NOT NULL,
  bytes     MEDIUMBLOB NOT NULL,
  PRIMARY KEY (import_id, part_no),
  CONSTRAINT fk_import_part_import FOREIGN KEY (import_id) REFERENCES result_import (id)
);

-- A rejected row: line number, the reason code, and the row as written with any resident ID
-- masked (the report is downloadable; it must not become a list of ID numbers).
CREATE TABLE result_import_error (
  import_id   BIGINT       NOT NULL,
  line_no     BIGINT       NOT NULL,
  reason      VARCHAR(32)  NOT NULL,
  raw_masked  VARCHAR(200) NOT NULL,
  PRIMARY KEY (import_id, line_no),
  CONSTRAINT fk_import_error_import FOREIGN KEY (import_id) REFERENCES result_import (id)
);

CREATE TABLE result_import_person (
  import_id  BIGINT NOT NULL,
  citizen_id BIGINT NOT NULL,
  PRIMARY KEY (import_id, citizen_id)
);
