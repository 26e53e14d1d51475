#!/usr/bin/env bash
# The dashboard at city size (issue 16, item 4): the page reads only counters, so its cost does
# not depend on the number of citizens once the counters say how many there are. Starts the
# benchmark node (bench/perf-node.sh) on the seeded database, adds counter rows (stripe 9000+, so
# they can be taken away again) until colour_counter represents CITY people (27.81 M), then times
# PAGE_VIEWS views of /staff/dashboard.xhtml (city and one district) as a city admin, and the
# counter read alone in SQL. For contrast, times the recount the dashboard used to run every five
# minutes (GROUP BY over the (district_code, colour) index) on the seeded citizens.
#   bench/dashboard-counters.sh [--city N] [--views N]     env: PERF_DB, PERF_OFFSET
set -euo pipefail
city=27810000 views=30
while [[ $# -gt 0 ]]; do
  case $1 in
    --city) city=$2; shift ;;
    --views) views=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
source "$(dirname "$0")/perf-node.sh"
q() { $perf_my -N "$perf_db" -e "$1"; }
ms() { local t0 t1; t0=$(date +%s%N); "$@" > /dev/null; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }

perf_start
seeded=$(q "SELECT COUNT(*) FROM citizen")
echo "box: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ); $seeded citizens in $perf_db"
q "DELETE FROM colour_counter WHERE stripe >= 9000"
counted=$(q "SELECT SUM(people) FROM colour_counter")
# the missing people, spread like the seed's mix (96.5 % green, 3 % yellow, 0.5 % red) over 13 districts
q "INSERT INTO colour_counter (district_code, colour, stripe, people)
   SELECT d.district_code, k.colour, 9000, FLOOR(($city - $counted) / 13 * k.share)
   FROM (SELECT DISTINCT district_code FROM colour_counter) d
   CROSS JOIN (SELECT 'GREEN' AS colour, 0.965 AS share UNION ALL SELECT 'YELLOW', 0.03 UNION ALL SELECT 'RED', 0.005) k"
echo "colour_counter: $(q "SELECT COUNT(*) FROM colour_counter") rows representing $(q "SELECT SUM(people) FROM colour_counter") people"

hash=$(java -cp "$perf_cp" "$root/bench/SeedCitizens.java" --bcrypt "Bench#2026")
q "DELETE FROM staff_account WHERE username = 'dash-bench';
   INSERT INTO staff_account (username, password_hash, role, district_code, display_name, enabled, created_at)
   VALUES ('dash-bench', '$hash', 'CITY_ADMIN', NULL, 'Dashboard benchmark', TRUE, UTC_TIMESTAMP(3))"
jar="$perf_out/dash-cookies.txt"; rm -f "$jar"
curl -s -c "$jar" -b "$jar" -o /dev/null "$perf_url/staff/dashboard.xhtml"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "j_username=dash-bench" --data-urlencode "j_password=Bench#2026" "$perf_url/j_security_check"
for scope in "" "?district=610113"; do
  page=$(curl -s -b "$jar" "$perf_url/staff/dashboard.xhtml$scope")
  grep -q 'id="fig-registered"' <<<"$page" || { echo "no dashboard (sign-in failed?)" >&2; exit 1; }
  echo "page${scope:- (city)}: registered $(grep -o 'id="fig-registered">[0-9]*' <<<"$page" | grep -o '[0-9]*$'); $(grep -o 'id="count-check">[^<]*' <<<"$page" | sed 's/.*>//')"
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar" "$perf_url/staff/dashboard.xhtml$scope"; done
  times=$(for _ in $(seq 1 "$views"); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$perf_url/staff/dashboard.xhtml$scope"; done | sort -n)
  echo "  $views views: p50 $(awk '{a[NR]=$1} END {printf "%.0f", 1000*a[int(NR/2)+1]}' <<<"$times") ms, p95 $(awk '{a[NR]=$1} END {printf "%.0f", 1000*a[int(NR*0.95)]}' <<<"$times") ms, max $(awk '{a[NR]=$1} END {printf "%.0f", 1000*a[NR]}' <<<"$times") ms"
done
# References measured the same way in the same minute: the box is shared, so compare with these.
asset=$(curl -s "$perf_url/" | grep -o '/static/app\.[0-9a-f]*\.css' | head -1)
times=$(for _ in $(seq 1 "$views"); do curl -s -o /dev/null -w '%{time_total}\n' "$perf_url$asset"; done | sort -n)
echo "reference, a static asset ($asset): p50 $(awk '{a[NR]=$1} END {printf "%.0f", 1000*a[int(NR/2)+1]}' <<<"$times") ms"
times=$(for _ in $(seq 1 "$views"); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$perf_url/staff/imports.xhtml"; done | sort -n)
echo "reference, another staff page (imports list): p50 $(awk '{a[NR]=$1} END {printf "%.0f", 1000*a[int(NR/2)+1]}' <<<"$times") ms"
for run in 1 2 3; do
  echo "counter read (SQL, city): $(ms q "SELECT colour, SUM(people) FROM colour_counter GROUP BY colour") ms; SELECT 1 (reference): $(ms q "SELECT 1") ms"
done
q "ANALYZE FORMAT=JSON SELECT colour, SUM(people) FROM colour_counter GROUP BY colour" | grep -o '"r_total_time_ms": [0-9.]*' | head -1 | sed 's/^/counter read inside MariaDB (ANALYZE): /'
for run in 1 2; do
  echo "old recount over $seeded citizens (SQL): $(ms q "SELECT district_code, colour, COUNT(*) FROM citizen GROUP BY district_code, colour") ms"
done
q "ANALYZE FORMAT=JSON SELECT district_code, colour, COUNT(*) FROM citizen GROUP BY district_code, colour" | grep -o '"r_total_time_ms": [0-9.]*' | head -1 | sed "s/^/old recount inside MariaDB (ANALYZE, $seeded citizens): /"
q "DELETE FROM colour_counter WHERE stripe >= 9000"
