#!/usr/bin/env bash
# A whole testing round (issue 16, item 5): CITIZENS seeded people, TUBES pooled 10-in-1 tubes
# holding the first TUBES x 10 of them, RETESTS individual retests; WARM of the tubes' people have
# their code state in the cache (POST /health/warm-codes) before the file is uploaded through the
# staff imports page. Times the job and samples the progress bar (ImportView.percent, per phase)
# every 2 s against the time actually taken, in bench/out-<db>/progress.csv.
#   bench/round.sh [--citizens N] [--tubes N] [--retests N] [--warm N] [--partitions N] [--chunk N]
# Defaults are the issue's round: 10,000,000 / 1,000,000 / 500,000 / 1,000,000.
# --members-by-sql: the tubes' people are rows cloned in SQL from one seeded citizen (own subject
# and blind indexes, no mobile, the same ciphertexts): a tube row names a barcode, and recolouring
# never decrypts, so the import treats them exactly as real people; only the individual retests
# need real resident IDs (bench/SeedCitizens.java, CITIZENS of them). Seeding through the real
# encryption ran at ~130 citizens/s on the shared box (load 50-80), far too slow for 10 M.
# env: PERF_DB (ocp_perf), PERF_OFFSET (1800), as bench/perf-node.sh. Build first (package).
set -euo pipefail
citizens=10000000 tubes=1000000 retests=500000 warm=1000000 tuning=() by_sql=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --citizens) citizens=$2; shift ;;
    --tubes) tubes=$2; shift ;;
    --retests) retests=$2; shift ;;
    --warm) warm=$2; shift ;;
    --partitions) tuning+=("-Docp.import.partitions=$2"); shift ;;
    --chunk) tuning+=("-Docp.import.chunk-size=$2"); shift ;;
    --members-by-sql) by_sql=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
source "$(dirname "$0")/perf-node.sh"
db=$perf_db
q() { $perf_my -N "$db" -e "$1"; }

perf_start ${tuning[@]+"${tuning[@]}"}
perf_seed "$citizens"
echo "box: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"

if (( by_sql )); then
  have=$(q "SELECT COUNT(*) FROM citizen WHERE mobile_masked IS NULL AND name_masked = '池*'")
  if (( have < tubes * 10 )); then
    echo "==> cloning $((tubes * 10 - have)) tube members in SQL"
    t0=$(date +%s)
    for ((start = have; start < tubes * 10; start += 200000)); do
      end=$(( start + 200000 < tubes * 10 ? start + 200000 : tubes * 10 ))
      q "INSERT INTO citizen (subject, name_cipher, name_masked, resident_id_cipher, resident_id_index,
           resident_id_masked, district_code, colour, colour_since, registered_at, version, colour_reason)
         SELECT CONCAT('p', LPAD(seq, 10, '0')), s.name_cipher, '池*', s.resident_id_cipher,
           UNHEX(SHA2(CONCAT('pool-member-', seq), 256)), s.resident_id_masked,
           ELT(1 + seq MOD 13, '610102', '610103', '610104', '610111', '610112', '610113', '610114',
               '610115', '610116', '610117', '610118', '610122', '610124'),
           'GREEN', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0, 'NONE'
         FROM seq_${start}_to_$((end - 1)) JOIN (SELECT * FROM citizen WHERE mobile_masked LIKE '170%' LIMIT 1) s"
    done
    echo "cloned in $(( $(date +%s) - t0 )) s"
  fi
  members="WHERE mobile_masked IS NULL AND name_masked = '池*'"
else
  members="WHERE mobile_masked LIKE '170%'"
fi

echo "==> $tubes tubes of 10 people each (SQL), results file"
q "DELETE m FROM sample_tube_member m WHERE m.barcode LIKE 'RD%';
   DELETE FROM test_result WHERE tube_barcode LIKE 'RD%' OR lab LIKE '西安市第%检测中心';
   DELETE FROM sample_tube WHERE barcode LIKE 'RD%';
   INSERT INTO sample_tube (barcode, site, opened_by, opened_at, status)
     SELECT CONCAT('RD', LPAD(seq, 9, '0')), 'round', 'round', UTC_TIMESTAMP(3), 'OPEN'
     FROM seq_0_to_$((tubes - 1));
   INSERT INTO sample_tube_member (barcode, citizen_id, added_at)
     SELECT CONCAT('RD', LPAD((rn - 1) DIV 10, 9, '0')), id, UTC_TIMESTAMP(3)
     FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM citizen
           $members ORDER BY id LIMIT $((tubes * 10))) people;"
csv="$perf_out/round.csv"
java -cp "$perf_cp" "$root/bench/SeedCitizens.java" --round-csv "$csv" "$tubes" "$retests" "$citizens"

first=$(q "SELECT MIN(id) FROM citizen $members")
echo "==> warming $warm code states from id $first"
curl -s -X POST "$perf_url/health/warm-codes?from=$first&count=$warm"
entries=$(perf_cli "/subsystem=infinispan/cache-container=ocp/local-cache=code-state:read-attribute(name=number-of-entries)" | grep -o '"result" => [0-9]*' | grep -o '[0-9]*$' || echo '?')
echo "code-state cache entries: $entries"

echo "==> uploading $(( $(stat -c %s "$csv") / 1048576 )) MB as city admin round-bench"
hash=$(java -cp "$perf_cp" "$root/bench/SeedCitizens.java" --bcrypt "Bench#2026")
q "DELETE FROM staff_account WHERE username = 'round-bench';
   INSERT INTO staff_account (username, password_hash, role, district_code, display_name, enabled, created_at)
   VALUES ('round-bench', '$hash', 'CITY_ADMIN', NULL, 'Round benchmark', TRUE, UTC_TIMESTAMP(3))"
jar="$perf_out/cookies.txt"; rm -f "$jar"
curl -s -c "$jar" -b "$jar" -o /dev/null "$perf_url/staff/imports.xhtml"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "j_username=round-bench" --data-urlencode "j_password=Bench#2026" "$perf_url/j_security_check"
page=$(curl -s -c "$jar" -b "$jar" "$perf_url/staff/imports.xhtml")
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
[[ -n $state ]] || { echo "no imports page (sign-in failed?)" >&2; exit 1; }
before=$(q "SELECT COALESCE(MAX(id), 0) FROM result_import")
curl -s -c "$jar" -b "$jar" -o "$perf_out/upload.html" -F "upload=upload" -F "upload:file=@$csv;type=text/csv" \
  -F "upload:start=start" -F "jakarta.faces.ViewState=$state" "$perf_url/staff/imports.xhtml"
id=$(q "SELECT MAX(id) FROM result_import")
[[ $id != NULL && $id -gt $before ]] || { echo "no import was started; see $perf_out/upload.html" >&2; exit 1; }

# progress.csv: seconds since the upload was stored, status, the bar's percent (ImportView.percent)
progress="$perf_out/progress.csv"; echo "t,status,percent" > "$progress"
while true; do
  read -r t status pct <<<"$(q "SELECT TIMESTAMPDIFF(MICROSECOND, created_at, UTC_TIMESTAMP(6)) / 1e6, status,
      CASE WHEN status = 'COMPLETED' THEN 100
           WHEN status = 'RECOLOURING' THEN IF(people_affected = 0, 100, FLOOR(100 * people_recoloured / people_affected))
           WHEN work_total > 0 THEN LEAST(100, FLOOR(100 * work_done / work_total))
           ELSE IF(size_bytes = 0, 0, LEAST(100, FLOOR(100 * bytes_read / size_bytes))) END
      FROM result_import WHERE id = $id")"
  echo "$t,$status,$pct" >> "$progress"
  printf '\r%8.1f s %-12s %3d %%' "$t" "$status" "$pct"
  [[ $status == COMPLETED || $status == FAILED || $status == STOPPED ]] && break
  sleep 2
done
echo
q "SELECT status, rows_read, rows_written, results_stored, rows_skipped, people_affected, colours_changed,
   TIMESTAMPDIFF(MICROSECOND, created_at, ended_at) / 1e6
   FROM result_import WHERE id = $id" | awk '{printf "status %s  rows %s  written %s  results %s  skipped %s  people %s  colour changes %s\ntotal (upload stored -> applied) %.1f s, %.0f results/s\n", $1,$2,$3,$4,$5,$6,$7,$8,$4/$8}'
q "SELECT s.STEPNAME, TIMESTAMPDIFF(MICROSECOND, s.STARTTIME, s.ENDTIME) / 1e6 FROM STEP_EXECUTION s
   WHERE s.JOBEXECUTIONID = (SELECT execution_id FROM result_import WHERE id = $id)" |
  awk '{printf "  step %-9s %.1f s\n", $1, $2}' || true
# Honesty: within each phase, the bar's percent against the share of that phase's time elapsed.
awk -F, 'NR > 1 && ($2 == "LOADING" || $2 == "RECOLOURING") { t[$2, ++n[$2]] = $1; p[$2, n[$2]] = $3 }
  END { for (ph in n) { if (n[ph] < 3) continue; t0 = t[ph, 1]; t1 = t[ph, n[ph]]; worst = 0
          for (i = 1; i <= n[ph]; i++) { d = p[ph, i] - 100 * (t[ph, i] - t0) / (t1 - t0); if (d < 0) d = -d; if (d > worst) { worst = d; at = i } }
          printf "progress bar, %s: %d samples, worst |shown - elapsed share| = %.1f points (at %.0f s: shown %d %%)\n", ph, n[ph], worst, t[ph, at], p[ph, at] } }' "$progress"
entries=$(perf_cli "/subsystem=infinispan/cache-container=ocp/local-cache=code-state:read-attribute(name=number-of-entries)" | grep -o '"result" => [0-9]*' | grep -o '[0-9]*$' || echo '?')
echo "code-state cache entries after: $entries"
