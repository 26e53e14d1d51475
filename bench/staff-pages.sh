#!/usr/bin/env bash
# Staff pages at city size (issue 16, item 3): a node on bench/city.sh's database (27.81 M citizens,
# ~200,000 venues, the loaded days of check-ins), timed through HTTP as an officer uses them: the
# venue list of a district with ~15,400 venues (first page, a page 7,500 venues deep, a name search,
# a status with no match), the city admin's venue search over all venues, a citizen's page by id and
# by resident ID, a case page and its 14-day trace (the busiest venue's visitor and a random one),
# the audit page (city and district) and the dashboard. VIEWS views each; p50/p95/max in ms.
#   PERF_DB=ocp_city PERF_DB_PORT=4006 bench/staff-pages.sh [--views N] [--audit-rows N]
# --audit-rows N first adds N synthetic audit entries (a year of a city's staff reads is millions;
# they carry no valid hash, so the node's chain check reports the log broken: a benchmark
# database only). Needs the city's keys (bench/out/city/keys) so the node can read what city.sh
# wrote; starts the node with bench/perf-node.sh (PERF_OFFSET, default 1800).
set -euo pipefail
views=20 audit_rows=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --views) views=$2; shift ;;
    --audit-rows) audit_rows=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
export PERF_DB=${PERF_DB:-ocp_city} PERF_DB_PORT=${PERF_DB_PORT:-4006}
here=$(cd "$(dirname "$0")" && pwd)
export PERF_KEYS=${PERF_KEYS:-$here/out/city/keys/data-keys.properties}
source "$here/perf-node.sh"
q() { $perf_my -N "$perf_db" -e "$1"; }

# the per-officer look-up limit (30 a minute) would refuse most of the timed look-ups
perf_start -Docp.trusted-proxies=127.0.0.1 -Docp.limits.staff-look-ups.per-account-per-minute=100000
echo "box: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
echo "$perf_db: $(q "SELECT FORMAT(COUNT(*), 0) FROM citizen") citizens, $(q "SELECT FORMAT(COUNT(*), 0) FROM venue") venues, $(q "SELECT FORMAT(SUM(row_count), 0) FROM city_load WHERE part LIKE 'checkins-%'") check-ins loaded, $(q "SELECT FORMAT(COUNT(*), 0) FROM audit_entry") audit entries"

if (( audit_rows > 0 )); then
  echo "==> adding $audit_rows synthetic audit entries"
  for ((done_rows = 0; done_rows < audit_rows; done_rows += 1000000)); do
    n=$(( audit_rows - done_rows < 1000000 ? audit_rows - done_rows : 1000000 ))
    q "INSERT INTO audit_entry (at, actor, role, district_code, action, target, client_address, prev_hash, hash)
       SELECT UTC_TIMESTAMP(3) - INTERVAL ($n - seq) SECOND, CONCAT('officer', seq MOD 500), 'DISTRICT_STAFF',
         ELT(1 + seq MOD 13, '610102', '610103', '610104', '610111', '610112', '610113', '610114',
             '610115', '610116', '610117', '610118', '610122', '610124'),
         'citizen.read', CONCAT('citizen#', seq), '10.0.0.1', 'bench', 'bench'
       FROM seq_1_to_$n"
  done
fi

hash=$(java -cp "$perf_cp" "$root/bench/SeedCitizens.java" --bcrypt "Bench#2026")
q "DELETE FROM staff_account WHERE username IN ('city-bench', 'district-bench');
   INSERT INTO staff_account (username, password_hash, role, district_code, display_name, enabled, created_at) VALUES
   ('city-bench', '$hash', 'CITY_ADMIN', NULL, 'City benchmark', TRUE, UTC_TIMESTAMP(3)),
   ('district-bench', '$hash', 'DISTRICT_STAFF', '610102', 'District benchmark', TRUE, UTC_TIMESTAMP(3))"
sign_in() {
  local jar="$perf_out/$1.cookies"; rm -f "$jar"
  curl -s -c "$jar" -b "$jar" -o /dev/null "$perf_url/staff/index.xhtml"
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "j_username=$1" --data-urlencode "j_password=Bench#2026" "$perf_url/j_security_check"
  echo "$jar"
}
city_jar=$(sign_in city-bench)
district_jar=$(sign_in district-bench)

# time LABEL JAR PATH: VIEWS GETs after 3 warm-ups; fails loudly on anything but 200
time_get() {
  local label=$1 jar=$2 path=$3 code
  code=$(curl -s -o "$perf_out/last.html" -w '%{http_code}' -b "$jar" "$perf_url$path")
  [[ $code == 200 ]] || { echo "$label: HTTP $code for $path" >&2; exit 1; }
  for _ in 1 2; do curl -s -o /dev/null -b "$jar" "$perf_url$path"; done
  report "$label" "$(for _ in $(seq 1 "$views"); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$perf_url$path"; done)"
}
report() {
  sort -n <<<"$2" | awk -v label="$1" '{a[NR] = $1} END { p95 = int(NR * 0.95); if (p95 < 1) p95 = 1
    printf "| %s | %d | %.0f | %.0f | %.0f |\n", label, NR, 1000 * a[int(NR / 2) + 1], 1000 * a[p95], 1000 * a[NR] }'
}
# post_form LABEL JAR PAGE FORM BUTTON FIELD=VALUE...: the page once, then VIEWS submits of the form
post_form() {
  local label=$1 jar=$2 page=$3 form=$4 button=$5; shift 5
  local times="" state args=() field
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  for i in $(seq 1 $(( views + 2 ))); do
    state=$(curl -s -b "$jar" -c "$jar" "$perf_url$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    t=$(curl -s -o "$perf_out/last.html" -b "$jar" -c "$jar" -w '%{time_total}' --data-urlencode "$form=$form" \
      "${args[@]}" --data-urlencode "$button=x" --data-urlencode "jakarta.faces.ViewState=$state" "$perf_url$page")
    (( i > 2 )) && times+="$t"$'\n'
  done
  report "$label" "$times"
}

deep=$(q "SELECT id FROM venue WHERE district_code = '610102' ORDER BY id DESC LIMIT 1 OFFSET 7500")
named=$(q "SELECT name FROM venue WHERE district_code = '610102' ORDER BY id LIMIT 1 OFFSET 4000")
person=$(q "SELECT id FROM citizen WHERE district_code = '610102' AND id > 20000000 ORDER BY id LIMIT 1")
resident=$(java -cp "$perf_cp" "$root/bench/SeedCitizens.java" --resident-id $(( person - 1 )))
newest_day=$(q "SELECT MAX(part) FROM city_load WHERE part LIKE 'checkins-%'"); newest_day=${newest_day#checkins-}
busiest=$(q "SELECT citizen_id FROM check_in PARTITION (p$newest_day) WHERE venue_id = 1 ORDER BY checked_in_at LIMIT 1 OFFSET 5000")
random=$(q "SELECT citizen_id FROM check_in PARTITION (p$newest_day) WHERE venue_id = 5000 LIMIT 1")
cases=""
for who in "$busiest" "$random"; do
  q "INSERT INTO confirmed_case (citizen_id, district_code, source, note, status, confirmed_at, confirmed_by)
     SELECT id, district_code, 'LAB_POSITIVE', 'staff-pages benchmark', 'OPEN', UTC_TIMESTAMP(3), 'city-bench' FROM citizen WHERE id = $who"
  cases+="$(q "SELECT MAX(id) FROM confirmed_case") "
done
read -r busiest_case random_case <<<"$cases"

echo
echo "| page (through the node, $views views) | views | p50 ms | p95 ms | max ms |"
echo "|---|---|---|---|---|"
time_get "venues, district 610102 ($(q "SELECT FORMAT(COUNT(*), 0) FROM venue WHERE district_code = '610102'") venues), first page" "$district_jar" "/staff/venues.xhtml"
time_get "venues, district, page 7,500 venues deep (keyset)" "$district_jar" "/staff/venues.xhtml?before=$deep"
time_get "venues, district, name search \"$named\"" "$district_jar" "/staff/venues.xhtml?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$named")"
time_get "venues, district, status with no match (PENDING)" "$district_jar" "/staff/venues.xhtml?status=PENDING"
time_get "venues, city admin, first page" "$city_jar" "/staff/venues.xhtml"
time_get "venues, city admin, name search over all venues" "$city_jar" "/staff/venues.xhtml?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$named")"
time_get "citizen page by id (#$person)" "$district_jar" "/staff/citizen.xhtml?id=$person"
post_form "citizen look-up by resident ID (blind index)" "$district_jar" "/staff/citizen.xhtml" lookup lookup:search "lookup:q=$resident"
grep -q "citizen-card" "$perf_out/last.html" || { echo "the look-up found no card; see $perf_out/last.html" >&2; exit 1; }
time_get "case page, busiest venue's visitor (case #$busiest_case)" "$city_jar" "/staff/case.xhtml?id=$busiest_case"
views=5 post_form "trace 14 days, busiest venue's visitor" "$city_jar" "/staff/case.xhtml?id=$busiest_case" trace trace:run trace:days=14 trace:window=30
grep -o 'id="close-summary"[^<]*<[^<]*' "$perf_out/last.html" | head -1 | sed 's/^/  /' || true
views=5 post_form "trace 14 days, a random visitor" "$city_jar" "/staff/case.xhtml?id=$random_case" trace trace:run trace:days=14 trace:window=30
time_get "audit page, city admin ($(q "SELECT FORMAT(COUNT(*), 0) FROM audit_entry") entries)" "$city_jar" "/staff/audit.xhtml"
time_get "audit page, district officer" "$district_jar" "/staff/audit.xhtml"
time_get "dashboard, city" "$city_jar" "/staff/dashboard.xhtml"
time_get "dashboard, district officer" "$district_jar" "/staff/dashboard.xhtml"
time_get "reference: a static asset" "$district_jar" "$(curl -s "$perf_url/" | grep -o '/static/app\.[0-9a-f]*\.css' | head -1)"
time_get "reference: the staff home page" "$district_jar" "/staff/index.xhtml"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
q "DELETE o FROM trace_overlap o JOIN trace_run r ON r.id = o.run_id JOIN confirmed_case c ON c.id = r.case_id
     WHERE c.note = 'staff-pages benchmark';
   DELETE r FROM trace_run r JOIN confirmed_case c ON c.id = r.case_id WHERE c.note = 'staff-pages benchmark';
   DELETE FROM confirmed_case WHERE note = 'staff-pages benchmark'"
