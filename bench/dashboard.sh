#!/usr/bin/env bash
# Times the dashboard roll-ups' SQL on a seeded database (bench/seed.sh), without a server:
#   1. the check-in roll-up's grouped read of one batch (ids (0, BATCH], joined to venue), and
#   2. the people-by-colour recount over the (district_code, colour) index of CITIZENS citizens
#      (a citizen-shaped table with just the indexed columns; the recount reads only that index).
# Usage: bench/dashboard.sh [database]   env: BATCH (default 1000000) CITIZENS (1000000) MYSQL
set -euo pipefail
db=${1:-ocp_dash_bench}
batch=${BATCH:-1000000}
citizens=${CITIZENS:-1000000}
mysql=${MYSQL:-mysql -h127.0.0.1 -uroot}

timed() {
  local t0 t1
  t0=$(date +%s%N)
  $mysql "$db" -N -e "$1" > /dev/null
  t1=$(date +%s%N)
  echo "$2: $(( (t1 - t0) / 1000000 )) ms"
}

echo "check_in rows: $($mysql "$db" -N -e 'SELECT COUNT(*) FROM check_in')"
for run in 1 2 3; do
  timed "SELECT v.district_code, CAST(ci.checked_in_at AS DATE), EXTRACT(HOUR FROM ci.checked_in_at), COUNT(*)
         FROM check_in ci JOIN venue v ON v.id = ci.venue_id WHERE ci.id > 0 AND ci.id <= $batch
         GROUP BY v.district_code, CAST(ci.checked_in_at AS DATE), EXTRACT(HOUR FROM ci.checked_in_at)" \
    "check-in roll-up, $batch ids (run $run)"
done
for run in 1 2 3; do
  timed "SELECT v.district_code, CAST(ci.checked_in_at AS DATE), EXTRACT(HOUR FROM ci.checked_in_at), COUNT(*)
         FROM check_in ci JOIN venue v ON v.id = ci.venue_id WHERE ci.id > 0 AND ci.id <= 330000
         GROUP BY v.district_code, CAST(ci.checked_in_at AS DATE), EXTRACT(HOUR FROM ci.checked_in_at)" \
    "check-in roll-up, 330000 ids = one peak minute (run $run)"
done

$mysql "$db" <<SQL
DROP TABLE IF EXISTS bench_citizen;
CREATE TABLE bench_citizen (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  district_code VARCHAR(6) NOT NULL, colour VARCHAR(6) NOT NULL, pad VARCHAR(400));
INSERT INTO bench_citizen (district_code, colour, pad)
SELECT ELT(1 + seq MOD 13, '610102', '610103', '610104', '610111', '610112', '610113', '610114',
       '610115', '610116', '610117', '610118', '610122', '610124'),
       CASE WHEN seq MOD 1000 = 0 THEN 'RED' WHEN seq MOD 100 = 0 THEN 'YELLOW' ELSE 'GREEN' END,
       REPEAT('x', 400)
FROM seq_1_to_${citizens};
CREATE INDEX ix_citizen_district_colour ON bench_citizen (district_code, colour);
ANALYZE TABLE bench_citizen;
SQL
for run in 1 2 3; do
  timed "SELECT district_code, colour, COUNT(*) FROM bench_citizen GROUP BY district_code, colour" \
    "colour recount, $citizens citizens (run $run)"
done
$mysql "$db" -e "EXPLAIN SELECT district_code, colour, COUNT(*) FROM bench_citizen GROUP BY district_code, colour"
