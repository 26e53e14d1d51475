-- admin-web owns: staff accounts (the Elytron JDBC realm reads them) and integrator clients.
-- password_hash / secret_hash hold bcrypt in modular-crypt form ($2a$...).

CREATE TABLE staff_account (
  username       VARCHAR(40)  NOT NULL PRIMARY KEY,
  password_hash  VARCHAR(100) NOT NULL,
  role           VARCHAR(20)  NOT NULL,
  district_code  VARCHAR(6),
  display_name   VARCHAR(60)  NOT NULL,
  enabled        BOOLEAN      NOT NULL,
  created_at     DATETIME(3)  NOT NULL
);

CREATE TABLE api_client (
  client_id    VARCHAR(40)  NOT NULL PRIMARY KEY,
  secret_hash  VARCHAR(100) NOT NULL,
  display_name VARCHAR(80)  NOT NULL,
  scopes       VARCHAR(200) NOT NULL,
  enabled      BOOLEAN      NOT NULL,
  created_at   DATETIME(3)  NOT NULL
);
