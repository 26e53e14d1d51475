#!/usr/bin/env bash
# Tracing benchmark on MariaDB: seeds ocp_bench (unless --no-seed) and times the tracing queries.
#   bench/tracing.sh                 # 10 M check-ins, 1 M citizens, 20,000 venues, 28 days (minutes)
#   bench/tracing.sh --no-seed       # time again on the existing data
#   CHECKINS=1000000 bench/tracing.sh  # smaller
# Needs: a MariaDB on 127.0.0.1:3306 reachable as root without password (as ./test.sh sets up),
# Java 17, and Connector/J in the local Maven repository (any build of the project fetches it).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${OCP_BENCH_DB:-ocp_bench}
if [[ "${1:-}" != "--no-seed" ]]; then
  bench/seed.sh "$db"
fi
jar=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | grep -v sources | sort -V | tail -1)
echo
echo "EXPLAIN (both must be range scans on the composite indexes):"
mysql -h127.0.0.1 -uroot "$db" -e "EXPLAIN SELECT venue_id, checked_in_at FROM check_in WHERE citizen_id = 4242 AND checked_in_at BETWEEN UTC_TIMESTAMP() - INTERVAL 14 DAY AND UTC_TIMESTAMP() ORDER BY checked_in_at;
EXPLAIN SELECT citizen_id, checked_in_at FROM check_in WHERE venue_id = 1 AND checked_in_at BETWEEN UTC_TIMESTAMP() - INTERVAL 1 DAY AND UTC_TIMESTAMP() - INTERVAL 23 HOUR;"
echo
echo "$(date -u +%FT%TZ) $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), MariaDB $(mysql -h127.0.0.1 -uroot -N -e 'SELECT VERSION()')"
echo "| what | runs | median ms | p95 ms | max ms | mean ms | max visits | max companions / rows |"
echo "|---|---|---|---|---|---|---|---|"
java -cp "$jar" bench/TracingBench.java "jdbc:mysql://127.0.0.1:3306/$db" root "" 50 | tail -n +2
