-- Staff access: account state for the admin page and sign-in hardening.
-- locked_until / the throttle rows are compared with the database clock (CURRENT_TIMESTAMP) only,
-- so every node of a cluster agrees on when a lock ends.

ALTER TABLE staff_account ADD COLUMN last_sign_in_at DATETIME(3);
ALTER TABLE staff_account ADD COLUMN password_changed_at DATETIME(3);

-- Failed sign-ins per username as typed (lower case), whether or not the account exists, so the
-- lock-out answer never tells an attacker which usernames are real.
CREATE TABLE staff_sign_in_throttle (
  username       VARCHAR(40)  NOT NULL PRIMARY KEY,
  failures       INT          NOT NULL,
  first_failure  DATETIME(3)  NOT NULL,
  locked_until   DATETIME(3)
);
