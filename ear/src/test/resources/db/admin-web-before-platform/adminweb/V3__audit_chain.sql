-- Tamper-evident audit log: every entry carries the SHA-256 of the previous entry's hash and its
-- own fields, so editing or deleting any row breaks the chain from there on. audit_head holds
-- the last hash; appends lock it, so nodes never fork the chain.
CREATE TABLE audit_entry (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at             DATETIME(3)  NOT NULL,
  actor          VARCHAR(64)  NOT NULL,
  role           VARCHAR(20)  NOT NULL,
  district_code  VARCHAR(6),
  action         VARCHAR(40)  NOT NULL,
  target         VARCHAR(120),
  reason         VARCHAR(300),
  client_address VARCHAR(64),
  prev_hash      VARCHAR(64)  NOT NULL,
  hash           VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_audit_actor_time ON audit_entry (actor, at);

CREATE TABLE audit_head (
  id        INT         NOT NULL PRIMARY KEY,
  last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_hash) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');
