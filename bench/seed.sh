#!/usr/bin/env bash
# Seeds a separate MariaDB database (default ocp_bench) with the trip-record schema and a
# tracing-sized data set: VENUES venues, CHECKINS check-ins of CITIZENS citizen ids over DAYS days.
#   venue popularity: Zipf (s = 1): venue = floor(exp(rand * ln VENUES)), so venue 1 is the busiest
#   daily rhythm (the last DAYS whole days): 30 % 07-10h, 25 % 11-13:30h, 30 % 17-20h, 15 % spread over 06-23h (city time)
#   citizens: uniform over 1..CITIZENS (ids only: tracing reads numbers, no citizen rows needed)
# The schema is the module's own Flyway SQL (V1, V2, V3); secondary indexes and the foreign key are
# dropped for the bulk load and re-created afterwards with the migrations' definitions (as of V3;
# keep in step when a migration changes check_in's indexes).
# Usage: bench/seed.sh [database]    env: VENUES CHECKINS CITIZENS DAYS MYSQL (client command)
#   KEEP_SCHEMA=1: load into an existing application database instead of a fresh one
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-ocp_bench}
venues=${VENUES:-20000}
checkins=${CHECKINS:-10000000}
citizens=${CITIZENS:-1000000}
days=${DAYS:-28}
chunk=1000000
mysql=${MYSQL:-mysql -h127.0.0.1 -uroot}

start=$(date +%s)
echo "database $db: $venues venues, $checkins check-ins, $citizens citizens, $days days"
if [[ ${KEEP_SCHEMA:-0} == 1 ]]; then
  # Into an application database the server has already migrated (bench/run.sh): keep it.
  echo "keeping the existing schema of $db"
else
  $mysql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  for f in $(ls trip-record/ejb/src/main/resources/db/migration/triprecord/V*.sql | sort -V); do
    $mysql "$db" < "$f"
  done
fi

$mysql "$db" <<SQL
SET SESSION rand_seed1 = 20211220, rand_seed2 = 20220104;
INSERT INTO venue (public_code, name, category, address, district_code, status, created_at)
SELECT CONCAT('b', LPAD(seq, 10, '0')), CONCAT('Bench venue ', seq),
       ELT(1 + seq MOD 6, 'SUPERMARKET', 'RESTAURANT', 'OFFICE', 'RESIDENTIAL_GATE', 'HOSPITAL', 'TRANSIT_STATION'),
       CONCAT('Bench road ', seq), ELT(1 + seq MOD 13, '610102', '610103', '610104', '610111', '610112',
       '610113', '610114', '610115', '610116', '610117', '610118', '610122', '610124'),
       'ACTIVE', UTC_TIMESTAMP(3)
FROM seq_1_to_${venues};
SQL
# A node's MariaDB schema has check-ins partitioned by day (db/vendor/mysql V6_1): no foreign key,
# no time index, the day in the unique key; the loader's rows get their day from the column default.
partitioned=$($mysql -N -e "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '$db'
  AND TABLE_NAME = 'check_in' AND COLUMN_NAME = 'check_in_day'")
if (( partitioned )); then
  $mysql "$db" -e "ALTER TABLE check_in DROP INDEX ix_check_in_venue_cover, DROP INDEX ix_check_in_citizen_cover,
    DROP INDEX uk_check_in_idempotency"
else
  $mysql "$db" -e "ALTER TABLE check_in DROP FOREIGN KEY fk_check_in_venue;
    ALTER TABLE check_in DROP INDEX ix_check_in_venue_cover, DROP INDEX ix_check_in_citizen_cover,
      DROP INDEX ix_check_in_time, DROP INDEX uk_check_in_idempotency;"
fi

done_rows=0
while (( done_rows < checkins )); do
  n=$(( checkins - done_rows < chunk ? checkins - done_rows : chunk ))
  $mysql "$db" <<SQL
SET SESSION unique_checks = 0, foreign_key_checks = 0;
INSERT INTO check_in (idempotency_key, citizen_id, venue_id, checked_in_at, colour_at_check_in, masked_name, source)
SELECT CONCAT('b:', $done_rows + seq),
       1 + FLOOR(RAND() * $citizens),
       LEAST($venues, FLOOR(EXP(RAND() * LN($venues)))),
       -- day (UTC midnight minus 8 h = city midnight), then a minute of the city's day
       TIMESTAMPADD(SECOND,
         FLOOR(RAND() * 60),
         TIMESTAMPADD(MINUTE,
           CASE WHEN seq MOD 100 < 30 THEN 420 + FLOOR(RAND() * 180)
                WHEN seq MOD 100 < 55 THEN 660 + FLOOR(RAND() * 150)
                WHEN seq MOD 100 < 85 THEN 1020 + FLOOR(RAND() * 180)
                ELSE 360 + FLOOR(RAND() * 1020) END - 480,
           DATE_SUB(UTC_DATE(), INTERVAL 1 + FLOOR(RAND() * $days) DAY))),
       'GREEN', NULL, 'SCAN'
FROM seq_1_to_$n;
SQL
  done_rows=$(( done_rows + n ))
  echo "  $done_rows rows ($(( $(date +%s) - start )) s)"
done

echo "re-creating indexes and the foreign key"
if (( partitioned )); then
  $mysql "$db" -e "ALTER TABLE check_in ADD CONSTRAINT uk_check_in_idempotency UNIQUE (idempotency_key, check_in_day),
    ADD INDEX ix_check_in_venue_cover (venue_id, checked_in_at, citizen_id, colour_at_check_in),
    ADD INDEX ix_check_in_citizen_cover (citizen_id, checked_in_at, venue_id); ANALYZE TABLE check_in, venue;"
else
$mysql "$db" <<SQL
ALTER TABLE check_in ADD CONSTRAINT uk_check_in_idempotency UNIQUE (idempotency_key),
  ADD INDEX ix_check_in_venue_cover (venue_id, checked_in_at, citizen_id, colour_at_check_in),
  ADD INDEX ix_check_in_citizen_cover (citizen_id, checked_in_at, venue_id),
  ADD INDEX ix_check_in_time (checked_in_at);
-- without checks the key is added in place; with them InnoDB copies the whole table (~30 min).
-- Every venue_id the loader wrote is in 1..VENUES, so nothing is left unchecked.
SET SESSION foreign_key_checks = 0;
ALTER TABLE check_in ADD CONSTRAINT fk_check_in_venue FOREIGN KEY (venue_id) REFERENCES venue (id);
SET SESSION foreign_key_checks = 1;
ANALYZE TABLE check_in, venue;
SQL
fi
$mysql "$db" -e "SELECT COUNT(*) AS check_ins, MIN(checked_in_at), MAX(checked_in_at) FROM check_in;"
echo "seeded in $(( $(date +%s) - start )) s"
