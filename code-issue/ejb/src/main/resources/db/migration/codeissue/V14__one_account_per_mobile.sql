-- One mobile number belongs to one account: sign-in sends the code to the number and signs in
-- whoever holds it, so a second holder was an account nobody could reach or, worse, a stranger's.
-- Rows made before this rule may share a number. The earliest row keeps it (sign-in already picked
-- that one); the later ones lose the number and become rows without an account, as a dependant
-- nobody holds: their owner gets them back, history and all, by registering again with the same
-- name and ID and a number of their own. Dependants have no number (NULL) and stay many.
UPDATE citizen SET mobile_cipher = NULL, mobile_index = NULL, mobile_masked = NULL
WHERE mobile_index IS NOT NULL AND id NOT IN (
  SELECT keep_id FROM (
    SELECT MIN(id) AS keep_id FROM citizen WHERE mobile_index IS NOT NULL GROUP BY mobile_index) kept);
CREATE UNIQUE INDEX uk_citizen_mobile ON citizen (mobile_index);
DROP INDEX ix_citizen_mobile ON citizen;
