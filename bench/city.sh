#!/usr/bin/env bash
# The city on one database (issue 16): 27.81 M citizens (real AES-GCM fields and blind indexes, as
# SeedCitizens) and DAYS days of check-ins at PER_DAY a day (Zipf venues over VENUES venues, the
# city's daily rhythm, as seed.sh) in database DB, then a table of load times and bytes on disk.
#   bench/city.sh                      # the full city: 27.81 M citizens, 28 days x 8 M check-ins
#   DAYS=14 bench/city.sh              # the newest 14 days only (days load newest first)
#   bench/city.sh --report             # only the table
#   bench/city.sh --count-hours        # fill check_in_hourly for the loaded days (as the writer does)
# Resumable and idempotent: what city_load records as loaded is skipped; a part that was being
# loaded when the script stopped is emptied and loaded again. `touch bench/out/city/STOP` makes it
# stop cleanly after the part in hand (a killed LOAD DATA rolls back for minutes).
# Files: CityGen.java writes each part (1 M citizens, one day of check-ins) into bench/out/city while
# the loader bulk-loads the previous one with LOAD DATA LOCAL INFILE; at most 3 files wait at once.
# Citizens load without their secondary indexes, which are built afterwards by sort (much faster
# than 27.81 M random inserts into three unique indexes); check-ins load day by day into their own
# day's partition with its indexes in place (one day's indexes fit in the buffer pool).
# Needs: MariaDB (PORT, default 3306) reachable as root without password, local_infile on, Java 17,
# a build of code-issue (its jars hold the cipher and blind index) and Connector/J in ~/.m2.
# The heavy work runs under nice -n 19 ionice -c3: other work on the machine comes first.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
db=${DB:-ocp_city}
port=${PORT:-3306}
citizens=${CITIZENS:-27810000}
venues=${VENUES:-200000}
per_day=${PER_DAY:-8000000}
days=${DAYS:-28}
chunk=1000000
work=${WORK:-$root/bench/out/city}
keys=$work/keys/data-keys.properties
mysql="mysql -h127.0.0.1 -P$port -uroot --local-infile=1"
low="nice -n 19 ionice -c3"
mkdir -p "$work/keys" "$work/classes"

# What CheckInWriter keeps as it writes (HourlyCheckInCounts): the day's check-ins per district and
# UTC hour, so the dashboard and its reconciliation see the loaded days as they would live ones.
count_hours() {
  $low $mysql "$db" -e "INSERT INTO check_in_hourly (district_code, epoch_hour, check_ins)
    SELECT v.district_code, (TO_DAYS(ci.check_in_day) - TO_DAYS('1970-01-01')) * 24 + HOUR(ci.checked_in_at), COUNT(*)
    FROM check_in PARTITION (p$1) ci JOIN venue v ON v.id = ci.venue_id GROUP BY 1, 2
    ON DUPLICATE KEY UPDATE check_ins = VALUES(check_ins)"
}

report() {
  local datadir
  datadir=$($mysql -N -e "SELECT @@datadir")
  echo
  echo "$(date -u +%FT%TZ) $db on MariaDB $($mysql -N -e 'SELECT VERSION()'), $(nproc) cores, buffer pool $(( $($mysql -N -e 'SELECT @@innodb_buffer_pool_size') >> 20 )) MiB"
  $mysql "$db" -t -e "
    SELECT part, row_count AS \`rows\`, ROUND(seconds) AS seconds, ROUND(row_count / seconds) AS rows_per_s
    FROM city_load WHERE part NOT LIKE 'checkins-%'
    UNION ALL SELECT CONCAT('check-ins, ', COUNT(*), ' days'), SUM(row_count), ROUND(SUM(seconds)),
      ROUND(SUM(row_count) / SUM(seconds)) FROM city_load WHERE part LIKE 'checkins-%';"
  # Bytes on disk: the tablespace files (what du sees), and InnoDB's own page accounting.
  local cit_files ci_files cit_rows ci_rows
  cit_files=$(du -cb "$datadir/$db"/citizen.ibd | tail -1 | cut -f1)
  ci_files=$(du -cb "$datadir/$db"/check_in#[Pp]#*.ibd | tail -1 | cut -f1)
  cit_rows=$($mysql -N "$db" -e "SELECT COALESCE(SUM(row_count), 0) FROM city_load WHERE part LIKE 'citizens-%'")
  ci_rows=$($mysql -N "$db" -e "SELECT COALESCE(SUM(row_count), 0) FROM city_load WHERE part LIKE 'checkins-%'")
  echo "| table | rows | files on disk (du) | bytes/row (files) | InnoDB data + index | bytes/row (InnoDB) |"
  echo "|---|---|---|---|---|---|"
  $mysql -N "$db" -e "
    SELECT CONCAT('| citizen | ', FORMAT($cit_rows, 0), ' | ', FORMAT($cit_files / POW(2, 30), 2), ' GiB | ',
                  ROUND($cit_files / GREATEST($cit_rows, 1)), ' | ',
                  FORMAT((DATA_LENGTH + INDEX_LENGTH) / POW(2, 30), 2), ' GiB (data ', FORMAT(DATA_LENGTH / POW(2, 30), 2),
                  ') | ', ROUND((DATA_LENGTH + INDEX_LENGTH) / GREATEST($cit_rows, 1)), ' |')
    FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$db' AND TABLE_NAME = 'citizen';
    SELECT CONCAT('| check_in | ', FORMAT($ci_rows, 0), ' | ', FORMAT($ci_files / POW(2, 30), 2), ' GiB | ',
                  ROUND($ci_files / GREATEST($ci_rows, 1)), ' | ',
                  FORMAT(SUM(DATA_LENGTH + INDEX_LENGTH) / POW(2, 30), 2), ' GiB (data ', FORMAT(SUM(DATA_LENGTH) / POW(2, 30), 2),
                  ') | ', ROUND(SUM(DATA_LENGTH + INDEX_LENGTH) / GREATEST($ci_rows, 1)), ' |')
    FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = '$db' AND TABLE_NAME = 'check_in';"
  echo "disk free: $(df -h --output=avail "$datadir" | tail -1 | tr -d ' ')"
}

if [[ "${1:-}" == "--count-hours" ]]; then # days loaded before the hourly counts were kept
  for tag in $($mysql -N "$db" -e "SELECT SUBSTRING(part, 10) FROM city_load WHERE part LIKE 'checkins-%'"); do
    count_hours "$tag"
  done
  exit 0
fi
if [[ "${1:-}" == "--report" ]]; then
  report
  exit 0
fi

cp="$(ls "$root"/platform/api/target/platform-api-*.jar | head -1):$(ls "$root"/code-issue/api/target/code-issue-api-*.jar | head -1):$(ls "$root"/code-issue/ejb/target/code-issue-ejb-*.jar | head -1)"
cp="$cp:$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | grep -v sources | sort -V | tail -1)"
cp="$cp:$(ls ~/.m2/repository/org/bouncycastle/bcprov-jdk18on/*/bcprov-jdk18on-*.jar | sort -V | tail -1)"
cp="$cp:$(ls ~/.m2/repository/org/flywaydb/flyway-core/*/flyway-core-*.jar | sort -V | tail -1)"
cp="$cp:$(ls ~/.m2/repository/org/flywaydb/flyway-mysql/*/flyway-mysql-*.jar | sort -V | tail -1)"
cp="$cp:$(ls ~/.m2/repository/com/fasterxml/jackson/core/jackson-core/2.20.1/jackson-core-2.20.1.jar 2>/dev/null || true)"
javac -nowarn -d "$work/classes" -cp "$cp" bench/SeedCitizens.java bench/CityGen.java bench/CitySchema.java
jcp="$work/classes:$cp"
jdbc="jdbc:mysql://127.0.0.1:$port/$db?useSSL=false&allowPublicKeyRetrieval=true"

start=$(date +%s)
if [[ -z $($mysql -N -e "SHOW DATABASES LIKE '$db'") ]]; then
  echo "==> creating $db with the application's migrations"
  $mysql -e "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'ocp'@'localhost' IDENTIFIED BY 'ocp';
    CREATE USER IF NOT EXISTS 'ocp'@'127.0.0.1' IDENTIFIED BY 'ocp';
    GRANT ALL ON $db.* TO 'ocp'@'localhost', 'ocp'@'127.0.0.1';"
  java -cp "$jcp" CitySchema "$jdbc" root "" 2>&1 | grep "schema at version"
fi
$mysql "$db" -e "CREATE TABLE IF NOT EXISTS city_load (part VARCHAR(40) PRIMARY KEY, row_count BIGINT NOT NULL,
  seconds DOUBLE NOT NULL, loaded_at DATETIME NOT NULL)"
loaded() { [[ -n $($mysql -N "$db" -e "SELECT 1 FROM city_load WHERE part = '$1'") ]]; }
mark() { $mysql "$db" -e "REPLACE INTO city_load VALUES ('$1', $2, $3, UTC_TIMESTAMP())"; }
now_s() { date +%s.%N; }
today=$(date -u -d "$(date -u +%F)" +%s)
day_at() { date -u -d "@$(( today - $1 * 86400 ))" +%F; } # day_at N: N days before today (UTC)

if ! loaded venues; then
  t0=$(now_s)
  $mysql "$db" -e "DELETE FROM venue WHERE public_code LIKE 'c%';
  INSERT INTO venue (public_code, name, category, address, district_code, status, created_at)
  SELECT CONCAT('c', LPAD(seq, 10, '0')), CONCAT('City venue ', seq),
         ELT(1 + seq MOD 6, 'SUPERMARKET', 'RESTAURANT', 'OFFICE', 'RESIDENTIAL_GATE', 'HOSPITAL', 'TRANSIT_STATION'),
         CONCAT('City road ', seq), ELT(1 + seq MOD 13, '610102', '610103', '610104', '610111', '610112',
         '610113', '610114', '610115', '610116', '610117', '610118', '610122', '610124'),
         'ACTIVE', UTC_TIMESTAMP(3)
  FROM seq_1_to_${venues};"
  mark venues "$venues" "$(echo "$(now_s) - $t0" | bc)"
fi

# Day partitions: the days to load and the next week (what PartitionMaintenance keeps), split off
# the empty p_future once; later runs of this script find them.
if [[ -z $($mysql -N "$db" -e "SELECT 1 FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = '$db'
    AND TABLE_NAME = 'check_in' AND PARTITION_NAME LIKE 'p2%' LIMIT 1") ]]; then
  parts=""
  for (( d = days; d >= -7; d-- )); do
    day=$(day_at $d)
    next=$(day_at $(( d - 1 )))
    parts+="PARTITION p${day//-/} VALUES LESS THAN ('$next'), "
  done
  $mysql "$db" -e "ALTER TABLE check_in REORGANIZE PARTITION p_future INTO ($parts PARTITION p_future VALUES LESS THAN (MAXVALUE))"
fi

load_citizens() {
  local last=$(( (citizens - 1) / chunk )) first=-1 c t0 file
  for (( c = 0; c <= last; c++ )); do
    if ! loaded "citizens-$(printf %04d $c)"; then first=$c; break; fi
  done
  if (( first >= 0 )); then
    $mysql "$db" -e "ALTER TABLE citizen DROP FOREIGN KEY IF EXISTS fk_citizen_district,
      DROP INDEX IF EXISTS uk_citizen_subject, DROP INDEX IF EXISTS uk_citizen_resident_id,
      DROP INDEX IF EXISTS uk_citizen_mobile, DROP INDEX IF EXISTS ix_citizen_district_colour"
    $low java -cp "$jcp" CityGen citizens "$work" "$keys" "$citizens" $chunk $first $last 1 > "$work/gen-citizens.log" 2>&1 &
    for (( c = first; c <= last; c++ )); do
      [[ -f $work/STOP ]] && { echo "citizens: stopped before chunk $c"; return; }
      file="$work/citizens-$(printf %04d $c).tsv"
      while [[ ! -f $file ]]; do sleep 1; done
      t0=$(now_s)
      $low $mysql "$db" -e "SET SESSION foreign_key_checks = 0, unique_checks = 0;
        DELETE FROM citizen WHERE id > $(( c * chunk )) AND id <= $(( (c + 1) * chunk ));
        LOAD DATA LOCAL INFILE '$file' INTO TABLE citizen CHARACTER SET utf8mb4
        (id, subject, @name, name_masked, @rid, @ridx, resident_id_masked, @mob, @midx, mobile_masked,
         district_code, colour, colour_reason)
        SET name_cipher = FROM_BASE64(@name), resident_id_cipher = FROM_BASE64(@rid),
            resident_id_index = FROM_BASE64(@ridx), mobile_cipher = FROM_BASE64(@mob),
            mobile_index = FROM_BASE64(@midx), colour_since = UTC_TIMESTAMP(3),
            registered_at = UTC_TIMESTAMP(3), version = 0;"
      mark "citizens-$(printf %04d $c)" "$(wc -l < "$file")" "$(echo "$(now_s) - $t0" | bc)"
      rm -f "$file"
      echo "  citizens chunk $c loaded ($(( $(date +%s) - start )) s)"
    done
    wait
  fi
  if ! loaded citizen-indexes; then
    echo "==> building the citizen indexes"
    t0=$(now_s)
    # the same definitions as the migrations (V1, V14); without checks the key is added in place
    $low $mysql "$db" -e "ALTER TABLE citizen ADD UNIQUE INDEX IF NOT EXISTS uk_citizen_subject (subject),
        ADD UNIQUE INDEX IF NOT EXISTS uk_citizen_resident_id (resident_id_index),
        ADD UNIQUE INDEX IF NOT EXISTS uk_citizen_mobile (mobile_index),
        ADD INDEX IF NOT EXISTS ix_citizen_district_colour (district_code, colour);
      SET SESSION foreign_key_checks = 0;
      ALTER TABLE citizen ADD CONSTRAINT fk_citizen_district FOREIGN KEY IF NOT EXISTS (district_code) REFERENCES district (code);
      ANALYZE TABLE citizen;"
    mark citizen-indexes "$citizens" "$(echo "$(now_s) - $t0" | bc)"
  fi
}

load_check_ins() {
  local todo=() d day tag t0 file
  for (( d = 1; d <= days; d++ )); do
    day=$(day_at $d)
    loaded "checkins-${day//-/}" || todo+=("$day")
  done
  (( ${#todo[@]} > 0 )) || return 0
  $low java -cp "$jcp" CityGen checkins "$work" "$citizens" "$venues" "$per_day" "${todo[@]}" > "$work/gen-checkins.log" 2>&1 &
  for day in "${todo[@]}"; do
    [[ -f $work/STOP ]] && { echo "check-ins: stopped before $day"; return; }
    tag=${day//-/}
    file="$work/checkins-$tag.tsv"
    while [[ ! -f $file ]]; do sleep 1; done
    t0=$(now_s)
    # IGNORE: the generator may draw one person twice at one venue in one five-minute bucket, which
    # the application would have answered as a repeat (same idempotency key): keep the first.
    $low $mysql "$db" -e "ALTER TABLE check_in TRUNCATE PARTITION p$tag;
      LOAD DATA LOCAL INFILE '$file' IGNORE INTO TABLE check_in CHARACTER SET utf8mb4
      (idempotency_key, citizen_id, venue_id, checked_in_at, check_in_day, colour_at_check_in, masked_name, source);"
    mark "checkins-$tag" "$($mysql -N "$db" -e "SELECT COUNT(*) FROM check_in PARTITION (p$tag)")" "$(echo "$(now_s) - $t0" | bc)"
    count_hours "$tag"
    rm -f "$file"
    echo "  check-ins of $day loaded ($(( $(date +%s) - start )) s)"
  done
  wait
  $mysql "$db" -e "ANALYZE TABLE check_in, venue" > /dev/null
}

echo "==> $db: $citizens citizens, $days days x $per_day check-ins over $venues venues"
load_citizens > "$work/load-citizens.log" 2>&1 &
citizens_pid=$!
load_check_ins 2>&1 | tee "$work/load-checkins.log"
wait $citizens_pid || { echo "citizen load failed, see $work/load-citizens.log" >&2; exit 1; }
tail -3 "$work/load-citizens.log"
echo "loaded in $(( $(date +%s) - start )) s (this run)"
report
