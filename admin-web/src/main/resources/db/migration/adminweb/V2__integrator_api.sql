-- Integrator API: per-client rate limits, idempotent batches, the audit of every call that
-- touches personal data, and the inbox for reports whose owning module is not wired yet.

ALTER TABLE api_client ADD COLUMN requests_per_second INT NOT NULL DEFAULT 20;
ALTER TABLE api_client ADD COLUMN secret_rotated_at DATETIME(3);

-- One row per (client, Idempotency-Key): the request's hash and, once done, the stored answer.
CREATE TABLE api_batch (
  client_id        VARCHAR(40)  NOT NULL,
  idempotency_key  VARCHAR(100) NOT NULL,
  operation        VARCHAR(30)  NOT NULL,
  request_sha256   CHAR(64)     NOT NULL,
  response         LONGTEXT,
  created_at       DATETIME(3)  NOT NULL,
  completed_at     DATETIME(3),
  PRIMARY KEY (client_id, idempotency_key)
);

-- Items of a batch whose effect is committed, written in the same transaction as the effect, so
-- a batch resumed after a crash never applies an item twice.
CREATE TABLE api_batch_item (
  client_id        VARCHAR(40)  NOT NULL,
  idempotency_key  VARCHAR(100) NOT NULL,
  item_index       INT          NOT NULL,
  PRIMARY KEY (client_id, idempotency_key, item_index)
);

CREATE TABLE api_audit (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client_id       VARCHAR(40)  NOT NULL,
  operation       VARCHAR(40)  NOT NULL,
  target          VARCHAR(120),
  outcome         VARCHAR(40)  NOT NULL,
  client_address  VARCHAR(64),
  occurred_at     DATETIME(3)  NOT NULL
);
CREATE INDEX api_audit_client_time ON api_audit (client_id, occurred_at);

-- Vaccinations and transit trips accepted before their modules publish an API: durable here,
-- handed over (delivered_at set) once the module call is wired.
CREATE TABLE api_inbox (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind             VARCHAR(20)  NOT NULL,
  client_id        VARCHAR(40)  NOT NULL,
  idempotency_key  VARCHAR(100) NOT NULL,
  item_index       INT          NOT NULL,
  payload          VARCHAR(2000) NOT NULL,
  received_at      DATETIME(3)  NOT NULL,
  delivered_at     DATETIME(3)
);
