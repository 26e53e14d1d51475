#!/usr/bin/env bash
# The soak (issue 17, item 4): 3 WildFly nodes behind HAProxy on a 3-node MariaDB Galera cluster,
# ≥ 10,000 signed-in citizens, N minutes of steady mixed load through the balancer, and a verdict.
#
#   bench/soak.sh [--minutes N] [--citizens N] [--rates kind=per-s,...] [--port P] [--base-offset O]
#                 [--galera-port G] [--db NAME] [--keep] [--reuse] [--signin-until HH:MM]
#
# Defaults: 30 minutes, 10,000 citizens, balancer on 18300 (+1 runtime API, +2 metrics), nodes at
# port offsets 3100/3200/3300 (HTTP 11180/11280/11380), Galera SQL ports 3710/3720/3730, database
# ocp_soak; the load (per second): refresh=30 (GET /api/v1/me/code), code=5 (GET /code.xhtml),
# checkin=8 (POST /api/v1/me/check-ins), verify-rest=5 (POST /api/v1/tokens/verify),
# verify-page=3 (GET /c/TOKEN), staff=1 (staff pages as the district officer "yanta").
# Needs the EAR built (mvn -B package -DskipTests); builds nothing itself.
#
# Every minute it records, per kind of request: count, statuses, p50/p99 and errors (bench/Soak.java);
# per node: the lowest heap after the node's own collections in that minute (its G1 log), the heap
# after a forced full collection (jcmd GC.run; only at the end of the first window, every 5 minutes
# and at the end: on a busy 2-core box it stops a node for 3-13 s), the process CPU seconds used
# in that minute (/proc/PID/stat utime+stime) and RSS; and the box's load average (the box may be
# shared: the load of everything else is in it). At the end: a per-minute table, a per-5-minute
# table, and the verdict —
#   heap after GC flat: each node's heap after the forced full GC at minute 5 and at the end within
#   ±10 %; 0 errors (anything but 2xx/3xx and shed 503s, a sign-out included); p99 stable: per kind,
#   last-5-minute p99 ≤ 1.5x the first-5-minute p99 (or ≤ 50 ms more, for kinds whose p99 is a few
#   ms); every acknowledged check-in in the database (lost 0) and no visit stored twice
#   (duplicates 0). The figures of record are in docs/RELIABILITY.md ("Soak").
# Outputs in bench/out/soak-P/. Cleans up its cluster and database unless --keep; --reuse runs
# against the Galera cluster and WildFly nodes a --keep run left (re-seeding when it has fewer
# citizens, signing everyone in again), which saves their start-up (10 min on a busy box).
# --signin-until HH:MM (UTC) stops signing in more citizens then and soaks with those signed in
# (sign-in runs at 3-4 citizens/s on a box at load 40-60; the report says how many).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
minutes=30 citizens=10000 port=18300 base_offset=3000 galera_port=3710 db=ocp_soak keep=false reuse=false signin_until=
rates="refresh=30,code=5,checkin=8,verify-rest=5,verify-page=3,staff=1"
while [[ $# -gt 0 ]]; do
  case $1 in
    --minutes) minutes=$2; shift ;;
    --citizens) citizens=$2; shift ;;
    --rates) rates=$2; shift ;;
    --port) port=$2; shift ;;
    --base-offset) base_offset=$2; shift ;;
    --galera-port) galera_port=$2; shift ;;
    --db) db=$2; shift ;;
    --signin-until) signin_until=$(date -u -d "$2" +%s); shift ;;
    --keep) keep=true ;;
    --reuse) reuse=true ;;
    -h|--help) sed -n '2,31p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
nodes=3
out="$root/bench/out/soak-$port"
state="$root/ear/target/cluster-$port"
balancer="http://127.0.0.1:$port"
say() { printf '\n==> %s  (%s, load %s)\n' "$*" "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
die() { printf '\nsoak.sh: %s\n' "$*" >&2; exit 1; }
[[ -f $root/ear/target/one-code-pass.ear ]] || die "build first: mvn -B package -DskipTests"
command -v jcmd >/dev/null || die "needs jcmd (a JDK)"
galera() { "$root/ops/galera.sh" "$@" --base-port "$galera_port"; }

sampler=
cleanup() {
  [[ -n $sampler ]] && kill "$sampler" 2>/dev/null
  if ! $keep; then
    "$root/ops/cluster.sh" stop --port "$port" >/dev/null 2>&1
    galera stop >/dev/null 2>&1
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$out"; mkdir -p "$out"
javac -d "$out/classes" "$root/bench/Soak.java" || die "bench/Soak.java does not compile"
{ echo "# $(date -u +%FT%TZ) before the soak: load $(cat /proc/loadavg)"; ps -eo pid,user,pcpu,rss,etime,args --sort=-pcpu | cut -c1-200 | head -25; } > "$out/box-before.txt"

if $reuse; then
  "$root/ops/cluster.sh" status --port "$port" | grep -c ' ready' | grep -qx "$nodes" || die "no $nodes ready nodes on port $port to reuse"
  galera status | grep -c ' up ' | grep -qx 3 || die "no Galera cluster on $galera_port to reuse"
else
say "Galera: 3 MariaDB nodes on 127.0.0.1:$galera_port/$((galera_port + 10))/$((galera_port + 20))"
galera start --fresh || die "the Galera cluster did not start"
rm -f "$state/soak-venues.txt"

say "WildFly: $nodes nodes behind $balancer"
t0=$(date +%s)
# The per-address limits would refuse one client address's sign-ins, check-ins and verifications
# (every request comes from 127.0.0.1 here); the admission limits stay as shipped.
OCP_NODE_PROPERTIES="-Docp.limits.sign-in-codes.per-address-per-minute=1000000 -Docp.limits.check-ins.per-account-per-day=100000 -Docp.api.verify.per-address-per-second=1000000 ${OCP_NODE_PROPERTIES:-}" \
  "$root/ops/cluster.sh" start --nodes "$nodes" --port "$port" --base-offset "$base_offset" \
  --db-port "$galera_port" --db "$db" --fresh-db --db-hosts "$(galera hosts)" --no-build ||
  die "the cluster did not start"
echo "cluster up in $(($(date +%s) - t0)) s"
fi

cp="$(ls "$root"/platform/api/target/platform-api-*.jar | head -1):$(ls "$root"/code-issue/api/target/code-issue-api-*.jar | head -1):$(ls "$root"/code-issue/ejb/target/code-issue-ejb-*.jar | head -1):$root/ear/target/server/drivers/mysql-connector-j.jar:$(ls ~/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.81/bcprov-jdk18on-1.81.jar)"
jdbc="jdbc:mysql://127.0.0.1:$galera_port/$db?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true"
curl -sf -o /dev/null "$balancer/api/v1/keys" || die "no verification keys"
have=$(mysql -h127.0.0.1 -P"$galera_port" -uroot -N -B "$db" -e "SELECT COUNT(*) FROM citizen WHERE mobile_masked LIKE '170%'")
if (( have != citizens )); then
  say "seeding $citizens citizens"
  mysql -h127.0.0.1 -P"$galera_port" -uroot "$db" -e "DELETE FROM citizen WHERE mobile_masked LIKE '170%'" || die "cannot clear the seeded citizens"
  java -cp "$cp" "$root/bench/SeedCitizens.java" "$jdbc" ocp ocp "$state/data/keys/data-keys.properties" "$citizens" ||
    die "seeding citizens failed"
fi
if [[ ! -s $state/soak-venues.txt ]]; then
  say "registering 500 venues"
  java -cp "$cp" "$root/bench/VenueTokens.java" "$jdbc" ocp ocp "$state/data/keys/signing" 500 "$state/soak-venues.txt" ||
    die "venue tokens failed"
fi
cp "$state/soak-venues.txt" "$out/venues.txt"

say "signing in $citizens citizens through the balancer"
java -cp "$out/classes" Soak signin "$balancer" "$citizens" "$citizens" "${SOAK_SIGNIN_THREADS:-8}" "$out/cookies.txt" $signin_until || die "sign-in failed"
signed_in=$(grep -c . "$out/cookies.txt")

# ---- per-minute sampling of the nodes ----
java_pid() { # node -> the JVM's pid (a child of the node's standalone.sh)
  local sh; sh=$(cat "$state/node$1/pid" 2>/dev/null) || return 1
  pgrep -P "$sh" -x java | head -1
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
hz=$(getconf CLK_TCK)
declare -A pids
for i in $(seq 1 $nodes); do pids[$i]=$(java_pid "$i") || die "no JVM for node$i"; done
full_gc_heap_mb() { # node pid -> heap after a forced full collection, MB (from the GC log)
  jcmd "$2" GC.run >/dev/null 2>&1
  sleep 0.5
  grep -E 'Pause Full \((System.gc\(\)|Diagnostic Command)\)' "$state/node$1/log/gc.log" | tail -1 | sed -E 's/.* ([0-9]+)M->([0-9]+)M.*/\2/'
}
gc_floor_mb() { # node -> the lowest heap after any collection logged since the last call, MB
  # (the position is kept in a file: this runs in a command substitution, a subshell)
  local log="$state/node$1/log/gc.log" mark="$out/.gc-lines-node$1" n from
  n=$(wc -l < "$log")
  from=$(cat "$mark" 2>/dev/null || echo "$n")
  tail -n +"$((from + 1))" "$log" | head -n "$((n - from))" | grep -E 'Pause (Young|Remark|Cleanup)' |
    sed -nE 's/.* ([0-9]+)M->([0-9]+)M.*/\2/p' | sort -n | head -1
  echo "$n" > "$mark"
}
sample() { # minute full-gc(true|false)
  local i pid ticks
  for i in $(seq 1 $nodes); do
    pid=${pids[$i]}
    ticks=$(cpu_ticks "$pid")
    printf '%s,node%s,%s,%s,%s,%s,%s,%s\n' "$1" "$i" "$(gc_floor_mb "$i")" "$($2 && full_gc_heap_mb "$i" "$pid")" "$ticks" \
      "$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null)" "$(cut -d' ' -f1 /proc/loadavg)" "$(date +%s)"
  done
}
echo "minute,node,gc_floor_mb,heap_after_full_gc_mb,cpu_ticks,rss_mb,load1,epoch" > "$out/nodes-raw.csv"
# A forced full collection (jcmd GC.run) stops a node for 0.1-5 s on this box, so it is taken only
# at the end of the first window, every 5 minutes and at the end; every minute records the lowest
# heap after the collections the node ran by itself in that minute (no perturbation).
w_end=$(( minutes >= 15 ? 5 : (minutes / 3 > 0 ? minutes / 3 : 1) ))

first_id=$(mysql -h127.0.0.1 -P"$galera_port" -uroot -N -B "$db" -e "SELECT COALESCE(MAX(id), 0) FROM check_in")
say "soak: $minutes minutes of $rates through $balancer"
(
  sample 0 false >> "$out/nodes-raw.csv"
  # Align to the load client's minutes (it writes its start time).
  for _ in $(seq 1 100); do [[ -f $out/load/start ]] && break; sleep 0.2; done
  s0=$(( $(cat "$out/load/start" 2>/dev/null || date +%s%3N) / 1000 ))
  for m in $(seq 1 "$minutes"); do
    sleep $(( s0 + 60 * m - $(date +%s) > 0 ? s0 + 60 * m - $(date +%s) : 0 ))
    full=false; (( m == w_end || m % 5 == 0 || m == minutes )) && full=true
    sample "$m" $full >> "$out/nodes-raw.csv"
  done
) &
sampler=$!
java -cp "$out/classes" Soak load "$balancer" "$out/load" $((minutes * 60)) "$out/cookies.txt" "$out/venues.txt" \
  "$rates" "yanta:Staff#2026" | tee "$out/load.txt"
wait "$sampler"; sampler=

{ echo "# $(date -u +%FT%TZ) at the end of the soak: load $(cat /proc/loadavg)"; ps -eo pid,user,pcpu,rss,etime,args --sort=-pcpu | cut -c1-200 | head -25; } > "$out/box-after.txt"

# ---- check-ins against the database ----
sql() { mysql -h127.0.0.1 -P"$galera_port" -uroot -N -B "$db" -e "$1"; }
sql "SELECT c.id FROM check_in c JOIN venue v ON v.id = c.venue_id WHERE v.name LIKE '压测超市%' AND c.id > $first_id" | sort > "$out/rows.txt"
sort "$out/load/acks.txt" > "$out/acks.sorted"
acked=$(wc -l < "$out/acks.sorted")
rows=$(wc -l < "$out/rows.txt")
lost=$(comm -23 "$out/acks.sorted" "$out/rows.txt" | wc -l)
duplicates=$(sql "SELECT COUNT(*) FROM (SELECT c.citizen_id, c.venue_id, FLOOR(UNIX_TIMESTAMP(c.checked_in_at) / 300) b
  FROM check_in c JOIN venue v ON v.id = c.venue_id WHERE v.name LIKE '压测超市%' AND c.id > $first_id
  GROUP BY c.citizen_id, c.venue_id, b HAVING COUNT(*) > 1) d")
galera_size=$(mysql -h127.0.0.1 -P"$galera_port" -uroot -N -B -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}')

# ---- tables and verdict ----
# Per node and minute: CPU seconds used in the minute (from the cumulative ticks).
# nodes.csv: minute,node,gc_floor_mb,heap_after_full_gc_mb,cpu_s,rss_mb,load1
awk -F, -v hz="$hz" 'NR > 1 { key = $2; if (key in last) printf "%s,%s,%s,%s,%.1f,%s,%s\n", $1, $2, $3, $4, ($5 - last[key]) / hz, $6, $7; last[key] = $5 }' \
  "$out/nodes-raw.csv" > "$out/nodes.csv"
summary=$out/load/summary.txt
fig() { awk -F= -v k="$1" '$1 == k {print $2}' "$summary"; }
w=$(fig window_minutes)
total=$(fig minutes)
kinds=$(awk -F, 'NR > 1 {print $2}' "$out/load/minutes.csv" | sort -u | tr '\n' ' ')

echo
echo "Per minute: requests (all kinds), errors, shed; p99 ms by kind; per node: lowest heap after GC in the minute MB [heap after forced full GC MB] / CPU s / RSS MB; load average (1 min)"
{
  printf 'min  reqs  err shed |'; for k in $kinds; do printf ' %11s' "$k"; done
  printf ' | %-23s %-23s %-23s | load\n' node1 node2 node3
  for m in $(seq 1 "$total"); do
    awk -F, -v m="$m" '$1 == m { r += $3; e += $6; s += $5 } END { printf "%3d %5d %4d %4d |", m, r, e, s }' "$out/load/minutes.csv"
    for k in $kinds; do awk -F, -v m="$m" -v k="$k" '$1 == m && $2 == k { v = $8 } END { printf " %11s", (v == "" ? "-" : v) }' "$out/load/minutes.csv"; done
    printf ' |'
    awk -F, -v m="$m" '$1 == m { printf " %4s%-6s/%5s/%5s", $3, ($4 == "" ? "" : "[" $4 "]"), $5, $6; l = $7 } END { printf " | %s\n", l }' "$out/nodes.csv"
  done
} | tee "$out/table-minutes.txt"

echo
echo "Per 5 minutes: requests/s, errors, shed, p99 ms by kind (max of the minutes' p99), heap MB (mean over nodes of the lowest after-GC heap of the minutes; after the forced full GC at the window's end), CPU s/min (sum of nodes), load average (mean)"
{
  printf '%-7s %6s %4s %5s |' minutes req/s err shed; for k in $kinds; do printf ' %11s' "$k"; done; printf ' | %9s %9s %9s %5s\n' gc-floor full-GC cpu-s/min load
  for ((a = 1; a <= total; a += 5)); do
    b=$((a + 4 > total ? total : a + 4))
    awk -F, -v a="$a" -v b="$b" '$1 >= a && $1 <= b { r += $3; e += $6; s += $5 } END { printf "%2d-%-4d %6.1f %4d %5d |", a, b, r / ((b - a + 1) * 60), e, s }' "$out/load/minutes.csv"
    for k in $kinds; do awk -F, -v a="$a" -v b="$b" -v k="$k" '$1 >= a && $1 <= b && $2 == k && $8 > v { v = $8 } END { printf " %11s", v + 0 }' "$out/load/minutes.csv"; done
    awk -F, -v a="$a" -v b="$b" '$1 >= a && $1 <= b { if ($3 != "") { h += $3; hn++ } if ($4 != "") { f += $4; fn++ } n++; c += $5; l += $7; k[$1] = 1 }
      END { m = length(k); printf " | %9s %9s %9.1f %5.1f\n", (hn ? sprintf("%.0f", h / hn) : "-"), (fn ? sprintf("%.0f", f / fn) : "-"), (m ? c / m : 0), (n ? l / n : 0) }' "$out/nodes.csv"
  done
} | tee "$out/table-5min.txt"

# Heap: each node's heap after the forced full collection at the end of the first window against
# the one at the end of the run (±10 %); the lowest after-GC heaps of the first and last windows
# (the node's own collections) are shown beside them.
heap_verdict=$(awk -F, -v w="$w" -v t="$total" -v we="$w_end" '
  $1 == we && $4 != "" { f[$2] = $4 } $1 == t && $4 != "" { l[$2] = $4 }
  $1 >= 1 && $1 <= w && $3 != "" { if (!($2 in ff) || $3 < ff[$2]) ff[$2] = $3 }
  $1 > t - w && $3 != "" { if (!($2 in lf) || $3 < lf[$2]) lf[$2] = $3 }
  END { ok = 1; for (n in f) { a = f[n]; b = l[n]; d = a ? (b - a) / a * 100 : 0;
          printf "%s %s->%s MB (%+.1f%%; own collections: lowest %s->%s MB); ", n, a, b, d, ff[n], lf[n]; if (d > 10 || d < -10 || b == "") ok = 0 }
        if (length(f) == 0) ok = 0
        print (ok ? "PASS" : "FAIL") }' "$out/nodes.csv")
p99_verdict=$(for k in $kinds; do
  a=$(fig "$k.first_p99_ms"); b=$(fig "$k.last_p99_ms")
  awk -v k="$k" -v a="$a" -v b="$b" 'BEGIN { ok = (b <= 1.5 * a || b <= a + 50); printf "%s %s->%s ms%s; ", k, a, b, (ok ? "" : " (UNSTABLE)") }'
done)
errors=$(fig errors)
verdict=PASS
[[ $heap_verdict == *PASS ]] || verdict=FAIL
[[ $p99_verdict == *UNSTABLE* ]] && verdict=FAIL
(( errors == 0 && lost == 0 && duplicates == 0 && acked > 0 )) || verdict=FAIL
{
  echo
  echo "soak: $total minutes, $signed_in citizens signed in of $citizens seeded ($(fig distinct_citizens_used) used), $(fig requests) requests ($(fig ok) ok, $(fig shed) shed, $errors errors), rates $rates"
  echo "heap after a forced full GC, minute $w_end vs minute $total (bound ±10 %): ${heap_verdict}"
  echo "p99 first $w min -> last $w min (bound 1.5x or +50 ms): ${p99_verdict}"
  echo "check-ins: acknowledged $acked, rows $rows, lost $lost, duplicates $duplicates; Galera cluster size $galera_size"
  echo "errors: $errors (details: $out/load/errors.txt)"
  echo "box: $(nproc) cores, load average mean $(awk -F, '{ s += $7; n++ } END { printf "%.1f", n ? s / n : 0 }' "$out/nodes.csv"), max $(awk -F, '$7 > m { m = $7 } END { print m }' "$out/nodes.csv") (everything else on the box included; see $out/box-*.txt)"
  echo "VERDICT: $verdict"
} | tee "$out/verdict.txt"
[[ $verdict == PASS ]]
