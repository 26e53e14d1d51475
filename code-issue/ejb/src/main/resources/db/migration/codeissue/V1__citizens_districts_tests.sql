-- code-issue owns: districts (reference data), citizens, nucleic-acid test results.
-- Portable between MySQL/MariaDB and H2 (MySQL mode): no engine clauses, no vendor types.

CREATE TABLE district (
  code     VARCHAR(6)  NOT NULL PRIMARY KEY,
  name_zh  VARCHAR(20) NOT NULL,
  name_en  VARCHAR(40) NOT NULL
);

INSERT INTO district (code, name_zh, name_en) VALUES
  ('610102', '新城区', 'Xincheng'),
  ('610103', '碑林区', 'Beilin'),
  ('610104', '莲湖区', 'Lianhu'),
  ('610111', '灞桥区', 'Baqiao'),
  ('610112', '未央区', 'Weiyang'),
  ('610113', '雁塔区', 'Yanta'),
  ('610114', '阎良区', 'Yanliang'),
  ('610115', '临潼区', 'Lintong'),
  ('610116', '长安区', 'Chang''an'),
  ('610117', '高陵区', 'Gaoling'),
  ('610118', '鄠邑区', 'Huyi'),
  ('610122', '蓝田县', 'Lantian'),
  ('610124', '周至县', 'Zhouzhi');

-- Personal fields are AES-GCM ciphertext; *_index is a keyed HMAC for exact look-up;
-- *_masked is what screens show. subject is the pseudonym that tokens carry.
CREATE TABLE citizen (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  subject            VARCHAR(11)   NOT NULL,
  name_cipher        VARBINARY(200) NOT NULL,
  name_masked        VARCHAR(40)   NOT NULL,
  resident_id_cipher VARBINARY(64) NOT NULL,
  resident_id_index  VARBINARY(32) NOT NULL,
  resident_id_masked VARCHAR(18)   NOT NULL,
  mobile_cipher      VARBINARY(64) NOT NULL,
  mobile_index       VARBINARY(32) NOT NULL,
  mobile_masked      VARCHAR(11)   NOT NULL,
  district_code      VARCHAR(6)    NOT NULL,
  colour             VARCHAR(6)    NOT NULL,
  colour_since       DATETIME(3)   NOT NULL,
  registered_at      DATETIME(3)   NOT NULL,
  version            INT           NOT NULL,
  CONSTRAINT uk_citizen_subject UNIQUE (subject),
  CONSTRAINT uk_citizen_resident_id UNIQUE (resident_id_index),
  CONSTRAINT fk_citizen_district FOREIGN KEY (district_code) REFERENCES district (code)
);
CREATE INDEX ix_citizen_mobile ON citizen (mobile_index);
CREATE INDEX ix_citizen_district_colour ON citizen (district_code, colour);

CREATE TABLE test_result (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  citizen_id   BIGINT      NOT NULL,
  sample_time  DATETIME(3) NOT NULL,
  result_time  DATETIME(3) NOT NULL,
  result       VARCHAR(8)  NOT NULL,
  lab          VARCHAR(80) NOT NULL,
  CONSTRAINT fk_test_result_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_test_result_citizen_time ON test_result (citizen_id, sample_time);
