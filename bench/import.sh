#!/usr/bin/env bash
# Result-import benchmark (docs/PERFORMANCE.md, "Import"): one WildFly node (ocp-mysql.xml, port
# offset 850) on MariaDB database ocp_import_bench; seeds CITIZENS citizens with
# bench/SeedCitizens.java, writes a ROWS-row results file for them, uploads it through the staff
# imports page as a city admin it creates, and times the job (loading, then recolouring) from the
# result_import row.
#   bench/import.sh [--rows N] [--citizens N] [--partitions N] [--chunk N]
# (defaults 1,000,000 rows / 200,000 citizens; partitions and chunk: the job's own defaults)
# Builds nothing: run `mvn -B -q package -DskipTests` (or test.sh once) first.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
rows=1000000 citizens=200000 tuning=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --rows) rows=$2; shift ;;
    --citizens) citizens=$2; shift ;;
    --partitions) tuning+=("-Docp.import.partitions=$2"); shift ;;
    --chunk) tuning+=("-Docp.import.chunk-size=$2"); shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
db=ocp_import_bench offset=850 port=8930
base_url="http://127.0.0.1:$port"
out="$root/bench/out-import"; mkdir -p "$out"
my="mysql -h127.0.0.1 -uroot"
mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1 || { echo "MariaDB is not running on 127.0.0.1:3306" >&2; exit 1; }
# A copy of the build may be named instead (so a build in the same checkout cannot disturb a run).
jboss_home=${IMPORT_BENCH_JBOSS_HOME:-$(ls -d "$root"/ear/target/server/wildfly-* | head -1)}
ear=${IMPORT_BENCH_EAR:-$root/ear/target/one-code-pass.ear}
[[ -f $ear ]] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }

$my <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ocp'@'localhost' IDENTIFIED BY 'ocp';
CREATE USER IF NOT EXISTS 'ocp'@'127.0.0.1' IDENTIFIED BY 'ocp';
GRANT ALL PRIVILEGES ON $db.* TO 'ocp'@'localhost', 'ocp'@'127.0.0.1';
SQL

node="$out/node"
rm -rf "$node" "$out/data"; mkdir -p "$node/deployments"
cp -r "$jboss_home/standalone/configuration" "$node/configuration"
cp "$ear" "$node/deployments/one-code-pass.ear"
JAVA_OPTS="${IMPORT_BENCH_JAVA_OPTS:--Xms1g -Xmx2g -XX:+UseParallelGC}" setsid "$jboss_home/bin/standalone.sh" -c ocp-mysql.xml \
  -Djboss.server.base.dir="$node" -Djboss.socket.binding.port-offset=$offset \
  -Docp.mode=demo -Docp.data.dir="$out/data" -Djboss.as.management.blocking.timeout=900 ${tuning[@]+"${tuning[@]}"} \
  -Docp.db.url=jdbc:mysql://127.0.0.1:3306/$db -Docp.db.user=ocp -Docp.db.password=ocp \
  > "$out/server.log" 2>&1 &
server=$!
trap 'kill -TERM -- -$server 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do curl -sf -o /dev/null "$base_url/" && break; sleep 1; done
curl -sf -o /dev/null "$base_url/" || { echo "server did not start; see $out/server.log" >&2; exit 1; }

cp=${IMPORT_BENCH_CP:-"$(ls "$root"/platform/api/target/platform-api-*.jar | head -1):$(ls "$root"/code-issue/api/target/code-issue-api-*.jar | head -1):$(ls "$root"/code-issue/ejb/target/code-issue-ejb-*.jar | head -1):$root/ear/target/server/drivers/mysql-connector-j.jar"}:$(ls ~/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.81/bcprov-jdk18on-1.81.jar)
jdbc="jdbc:mysql://127.0.0.1:3306/$db?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true"
echo "==> seeding $citizens citizens"
java -cp "$cp" "$root/bench/SeedCitizens.java" "$jdbc" ocp ocp "$out/data/keys/data-keys.properties" "$citizens"
java -cp "$cp" "$root/bench/SeedCitizens.java" --import-csv "$out/results.csv" "$rows" "$citizens"
ls -l "$out/results.csv"

echo "==> uploading as city admin import-bench"
hash=$(java -cp "$cp" "$root/bench/SeedCitizens.java" --bcrypt "Bench#2026")
q0() { $my -N "$db" -e "$1"; }
q0 "INSERT INTO staff_account (username, password_hash, role, district_code, display_name, enabled, created_at)
    VALUES ('import-bench', '$hash', 'CITY_ADMIN', NULL, 'Import benchmark', TRUE, UTC_TIMESTAMP(3))"
jar="$out/cookies.txt"; rm -f "$jar"
curl -s -c "$jar" -b "$jar" -o /dev/null "$base_url/staff/imports.xhtml"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "j_username=import-bench" --data-urlencode "j_password=Bench#2026" "$base_url/j_security_check"
page=$(curl -s -c "$jar" -b "$jar" "$base_url/staff/imports.xhtml")
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
[[ -n $state ]] || { echo "no imports page (sign-in failed?)" >&2; exit 1; }
t0=$(date +%s.%N)
curl -s -c "$jar" -b "$jar" -o "$out/upload.html" -F "upload=upload" -F "upload:file=@$out/results.csv;type=text/csv" \
  -F "upload:start=start" -F "jakarta.faces.ViewState=$state" "$base_url/staff/imports.xhtml"
t1=$(date +%s.%N)
printf 'upload (%s MB) took %.1f s\n' "$(( $(stat -c %s "$out/results.csv") / 1048576 ))" "$(echo "$t1 - $t0" | bc)"

q() { $my -N "$db" -e "$1"; }
id=$(q "SELECT MAX(id) FROM result_import")
[[ $id != NULL ]] || { echo "no import was started; see $out/upload.html" >&2; exit 1; }
while true; do
  read -r status read_ written skipped people recoloured <<<"$(q "SELECT status, rows_read, rows_written, rows_skipped, people_affected, people_recoloured FROM result_import WHERE id = $id")"
  printf '\r%-12s read %9d written %9d skipped %6d recoloured %7d/%-7d' "$status" "$read_" "$written" "$skipped" "$recoloured" "$people"
  [[ $status == COMPLETED || $status == FAILED || $status == STOPPED ]] && break
  sleep 2
done
echo
q "SELECT status, rows_read, rows_written, results_stored, rows_skipped, people_affected, colours_changed,
   TIMESTAMPDIFF(MICROSECOND, created_at, ended_at) / 1e6 AS total_s,
   ROUND(rows_read / (TIMESTAMPDIFF(MICROSECOND, created_at, ended_at) / 1e6)) AS rows_per_s
   FROM result_import WHERE id = $id" | awk '{printf "status %s  rows %s  written %s  results %s  skipped %s  people %s  colour changes %s\ntotal (upload stored -> recoloured) %.1f s, %s rows/s end to end\n", $1,$2,$3,$4,$5,$6,$7,$8,$9}'
q "SELECT s.STEPNAME, TIMESTAMPDIFF(MICROSECOND, s.STARTTIME, s.ENDTIME) / 1e6 FROM STEP_EXECUTION s
   JOIN JOB_EXECUTION j ON j.JOBEXECUTIONID = s.JOBEXECUTIONID
   WHERE j.JOBEXECUTIONID = (SELECT execution_id FROM result_import WHERE id = $id)" 2>/dev/null |
  awk '{printf "  step %-9s %.1f s\n", $1, $2}' || true
