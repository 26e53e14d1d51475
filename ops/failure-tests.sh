#!/usr/bin/env bash
# Failure drills (issue 8), each printing its figures and failing on a broken promise:
#   1 overload    wrk at full speed straight at one node (10x its admitted rate or more): it stays
#                 up, admitted requests keep a bounded p99, refusals take < 10 ms at the node
#                 (p99 gates: its own histogram), normal service right after
#   2 db-outage   the database stopped for 30 s under load: code views go on from the cache,
#                 check-ins fail fast with a clear 503, nothing acknowledged is lost, recovery
#                 without a restart
#   3 rolling     both nodes restarted one after the other under load: no admitted request fails
#   4 kill        kill -9 of a node under mixed load: no acknowledged check-in lost, no duplicate,
#                 code views continue within seconds, signed-in citizens stay signed in
#   5 backup-restore  a full backup (ops/backup.sh, mariadb-backup) taken under check-in load, the
#                 binlogs after it, then a restore into a fresh data directory: every check-in
#                 acknowledged during the run is in the restored database (point in time)
#
#   ops/failure-tests.sh --galera [--no-build] [--keep] [--only=NAME,...]
#                 the database tier as a 3-node MariaDB Galera cluster (ops/galera.sh, SQL ports
#                 3610/3620/3630) reached through Connector/J's failover URL, and its drills:
#   galera-kill   kill -9 of the database node every WildFly node writes to, under load: check-ins
#                 go on within 5 s (a phone's bounded retry of a "retry is safe" answer), none
#                 acknowledged lost, no duplicate; the node is started again (as its supervisor
#                 would) and rejoins by IST with no other step
#   galera-rolling  each of the 3 database nodes stopped and started in turn under load: no
#                 check-in fails beyond the bounded retry, none lost, no duplicate
#   galera-quorum 2 of 3 database nodes killed: code views go on from the cache, check-ins are
#                 refused cleanly (503 storage-unavailable); the two come back and check-ins
#                 commit again without any other step
#
#   ops/failure-tests.sh [--long] [--no-build] [--keep] [--reuse] [--only=NAME,...]
# --long runs every phase longer (docs/RELIABILITY.md has both sets of figures); --keep leaves
# the cluster and its database running afterwards, --reuse runs against the cluster a --keep run
# left; --only runs just the named drills (recolour-across-nodes, edge-cache, overload,
# db-outage, rolling-restart, backup-restore, kill-node), e.g. --keep --reuse --only=db-outage to iterate on one.
#
# Runs its own cluster (2 nodes: HTTP 8080 + 1100 / 1200 by default, balancer on 18000) against
# its OWN MariaDB server (datadir under ear/target/drills, port 3407) — the drills stop that
# database; no shared server is touched. Writes JUnit XML to ear/target/drill-reports/.
# Ports: OCP_DRILL_PORT, OCP_DRILL_BASE_OFFSET, OCP_DRILL_DB_PORT.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
long=false build=--no-build keep=false reuse=false only= galera=false
for a in "$@"; do
  case $a in
    --long) long=true ;;
    --build) build= ;;
    --no-build) build=--no-build ;;
    --keep) keep=true ;;
    --reuse) reuse=true ;; # the cluster and database a --keep run left running
    --galera) galera=true ;;
    --only=*) only=,${a#--only=}, ;; # e.g. --only=db-outage,overload (names as in the report)
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done
port=${OCP_DRILL_PORT:-18000}
base_offset=${OCP_DRILL_BASE_OFFSET:-1000}
db_port=${OCP_DRILL_DB_PORT:-3407}
galera_port=${OCP_DRILL_GALERA_PORT:-3610}
if $galera; then
  db_port=$galera_port # db1: where the database and its user are created, and rows are checked
  [[ -n $only ]] || only=,galera-kill,galera-rolling,galera-quorum,
  # Its own folders, so a Galera run after the single-database drills (./test.sh) keeps theirs.
  out_suffix=-galera report_folder=/galera
fi
galera() { "$root/ops/galera.sh" "$@" --base-port "$galera_port"; }
node_port() { echo $((8080 + base_offset + $1 * 100)); }
balancer="http://127.0.0.1:$port"
out="$root/ear/target/drills${out_suffix:-}"
reports="$root/ear/target/drill-reports${report_folder:-}"
dbdir="$out/mariadb"
db=ocp_drill
if $long; then
  overload_s=30 outage_s=30 kill_s=60 views=60 checkins=20
else
  overload_s=10 outage_s=30 kill_s=20 views=40 checkins=10
fi
# The bounds stated for admitted code views under overload (docs/RELIABILITY.md explains them):
# at node1 itself (its own histogram, upper bucket bound), measured <= 100-250 ms with 8 permits,
# so 500 ms; and at the probe client, which adds the shared box's scheduling (wrk, both nodes,
# MariaDB, HAProxy and the client JVM on the same 2 cores), measured 150-570 ms, so 1000 ms.
admitted_node_p99_bound_ms=${OCP_DRILL_NODE_P99_BOUND_MS:-500}
admitted_p99_bound_ms=${OCP_DRILL_P99_BOUND_MS:-1000}
# The issue's promise for a refusal, measured at the node (Undertow's request start to the 503).
# The gate is the 99th percentile (issue 14 item 5). A refusal is answered on the I/O thread from
# bytes prepared once (AdmissionHandler), so what is left in its tail is the node's GC pauses and
# the shared box's scheduling; docs/RELIABILITY.md and docs/PERFORMANCE.md have the figures.
refusal_bound_ms=10

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nfailure-tests.sh: %s\n' "$*" >&2; exit 1; }
# A fresh machine may never have fetched its package lists: install, else update and install again.
apt_get() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null 2>&1 ||
  { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null 2>&1; }; }
need() { command -v "$1" >/dev/null || { [[ $(id -u) == 0 ]] && apt_get "$2"; } || die "needs $2 (apt-get install $2)"; }
need wrk wrk
need haproxy haproxy
need mariadbd mariadb-server
if ! $reuse; then
  for p in $port $((port + 1)) $db_port $(node_port 1) $(node_port 2); do
    ss -ltn | grep -q ":$p\b" && die "port $p is taken (a drill left running? ops/cluster.sh stop --port $port)"
  done
  rm -rf "$out"
fi
rm -rf "$reports"
mkdir -p "$out" "$reports"
results=() # name|passed|seconds|figures
want() { [[ -z $only || $only == *",$1,"* ]]; }

# ---- our own database server: the drills stop it ----
db_pid=
start_db() {
  setsid /usr/sbin/mariadbd --no-defaults --user=root --datadir="$dbdir/data" --port="$db_port" \
    --bind-address=127.0.0.1 --socket="$dbdir/mysqld.sock" --pid-file="$dbdir/mysqld.pid" \
    --innodb-buffer-pool-size=128M --max-connections=400 \
    --log-bin="$dbdir/data/binlog" --server-id=1 --binlog-format=ROW \
    --log-bin-trust-function-creators=1 \
    --log-error="$dbdir/error.log" > /dev/null 2>&1 < /dev/null &
  db_pid=$!
  for _ in $(seq 1 60); do mysqladmin -h127.0.0.1 -P"$db_port" -uroot ping >/dev/null 2>&1 && return 0; sleep 0.5; done
  die "own MariaDB did not start; see $dbdir/error.log"
}
stop_db() {
  mysqladmin -h127.0.0.1 -P"$db_port" -uroot shutdown >/dev/null 2>&1 || kill -TERM "$db_pid" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$db_pid" 2>/dev/null || return 0; sleep 0.5; done
}
sql() { mysql -h127.0.0.1 -P"$db_port" -uroot -N -B "$db" -e "$1"; }
cleanup() {
  if ! $keep; then
    "$root/ops/cluster.sh" stop --port "$port" >/dev/null 2>&1
    [[ -n $db_pid ]] && stop_db
    $galera && galera stop >/dev/null 2>&1
  fi
}
trap cleanup EXIT

if $reuse; then
  db_pid=$(cat "$dbdir/mysqld.pid")
else
db_hosts=
if $galera; then
  say "Galera cluster of 3 MariaDB nodes (ops/galera.sh, base port $galera_port)"
  t0=$(date +%s)
  galera start --fresh || die "the Galera cluster did not start"
  echo "Galera cluster up in $(($(date +%s) - t0)) s"
  db_hosts=$(galera hosts)
else
say "own MariaDB on 127.0.0.1:$db_port (datadir $dbdir/data)"
mkdir -p "$dbdir"
mariadb-install-db --no-defaults --user=root --datadir="$dbdir/data" --auth-root-authentication-method=normal \
  --skip-test-db > "$dbdir/install.log" 2>&1 || die "mariadb-install-db failed; see $dbdir/install.log"
start_db
fi

say "cluster: 2 nodes behind $balancer"
t0=$(date +%s)
OCP_NODE_PROPERTIES="-Docp.limits.sign-in-codes.per-address-per-minute=100000 -Docp.limits.check-ins.per-account-per-day=100000" \
  "$root/ops/cluster.sh" start --nodes 2 --port "$port" --base-offset "$base_offset" --db-port "$db_port" \
  --db "$db" --fresh-db ${db_hosts:+--db-hosts "$db_hosts"} $build || die "the cluster did not start"
echo "cluster up in $(($(date +%s) - t0)) s"
fi

say "citizens and venues"
drill="java $root/ops/drills/Drill.java"
# The Galera drills' load client retries a "retry is safe" answer (or a lost one) up to 3 times,
# as the phone does; every other drill counts first answers.
drill_retrying="java -Ddrill.retries=3 $root/ops/drills/Drill.java"
$drill signin "$balancer" 13800000015 30 "$out" || die "sign-in failed"
curl -sf -o /dev/null "$balancer/api/v1/keys" || die "no verification keys"
cp="$(ls "$root"/platform/api/target/platform-api-*.jar | head -1):$(ls "$root"/code-issue/api/target/code-issue-api-*.jar | head -1):$(ls "$root"/code-issue/ejb/target/code-issue-ejb-*.jar | head -1):$root/ear/target/server/drivers/mysql-connector-j.jar:$(ls ~/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.81/bcprov-jdk18on-1.81.jar)"
java -cp "$cp" "$root/bench/VenueTokens.java" \
  "jdbc:mysql://127.0.0.1:$db_port/$db?useSSL=false&allowPublicKeyRetrieval=true" ocp ocp \
  "$root/ear/target/cluster-$port/data/keys/signing" 500 "$out/venues.txt" || die "venue tokens failed"

fig() { awk -F= -v k="$1" '$1 == k {print $2}' "$2"; }
# A quantile, in ms, of what a node's histogram counted between two scrapes of /health/metrics:
# the upper bound of the first bucket that holds it (so "at most"), or "none" without samples.
node_quantile() { # metric class quantile before-file after-file
  awk -v m="$1" -v c="$2" -v q="$3" '
    index($0, m "_bucket{") == 1 && index($0, "class=\"" c "\"") {
      match($0, /le="[^"]+"/); le = substr($0, RSTART + 4, RLENGTH - 5)
      if (FILENAME == ARGV[1]) before[le] = $NF; else { n++; les[n] = le; after[le] = $NF }
    }
    END {
      total = after["+Inf"] - before["+Inf"]
      if (total <= 0) { print "none"; exit }
      for (i = 1; i <= n; i++) if (after[les[i]] - before[les[i]] >= q * total) {
        print (les[i] == "+Inf" ? "inf" : les[i] * 1000); exit }
    }' "$4" "$5"
}
node_count() { # metric class before-file after-file: samples counted between the scrapes
  awk -v m="$1" -v c="$2" 'index($0, m "_count{") == 1 && index($0, "class=\"" c "\"") {
    if (FILENAME == ARGV[1]) b = $NF; else a = $NF } END { print a - b }' "$3" "$4"
}
# Acknowledged check-ins missing from the database, and (citizen, venue, 5-minute visit) pairs
# stored twice, over every drill so far.
verify_check_ins() { # dir
  sql "SELECT c.id FROM check_in c JOIN venue v ON v.id = c.venue_id WHERE v.name LIKE '压测超市%'" | sort > "$1/rows.txt"
  sort "$1/acks.txt" > "$1/acks.sorted"
  lost=$(comm -23 "$1/acks.sorted" "$1/rows.txt" | wc -l)
  duplicates=$(sql "SELECT COUNT(*) FROM (SELECT c.citizen_id, c.venue_id, FLOOR(UNIX_TIMESTAMP(c.checked_in_at) / 300) b
    FROM check_in c JOIN venue v ON v.id = c.venue_id WHERE v.name LIKE '压测超市%'
    GROUP BY c.citizen_id, c.venue_id, b HAVING COUNT(*) > 1) d")
  acked=$(wc -l < "$1/acks.sorted")
}
record() { # name passed seconds figures
  results+=("$1|$2|$3|$4")
  if [[ $2 == true ]]; then echo "PASS $1: $4"; else echo "FAIL $1: $4"; fi
}

# ---- 0. one cluster: a recolour on node1 is seen on node2; static assets from the edge ----
if want recolour-across-nodes; then
say "drill 0: a recolour made on node1, read on node2; /static/ from the balancer's cache"
start=$(date +%s)
d="$out/recolour"; mkdir -p "$d"
$drill recolour "http://127.0.0.1:$(node_port 1)" "http://127.0.0.1:$(node_port 2)" > "$d/out.txt" 2>&1
p=$d/out.txt
ok=true
[[ $(fig recolour.before $p) == GREEN && $(fig recolour.after $p) == RED ]] || ok=false
record recolour-across-nodes $ok $(($(date +%s) - start)) "code on node2 before: $(fig recolour.before $p); positive result recorded on node1 (HTTP $(fig recolour.result_status $p)); node2's very next read, $(fig recolour.first_read_on_b_ms $p) ms later: $(fig recolour.after $p)"
fi
if want edge-cache; then
start=$(date +%s)
asset=$(curl -s "$balancer/signin.xhtml" | grep -o '/static/[^"]*\.css' | head -1)
headers=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$balancer$asset")
curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$balancer$asset"
exec 3<>"/dev/tcp/127.0.0.1/$((port + 1))"; printf 'show cache\n' >&3; cached=$(timeout 2 cat <&3); exec 3>&-
entries=$(grep -c 'size:' <<<"$cached")
ok=true
[[ -n $asset ]] && grep -qi 'cache-control:.*immutable' <<<"$headers" && (( entries > 0 )) || ok=false
record edge-cache $ok $(($(date +%s) - start)) "$asset: $(grep -i '^cache-control' <<<"$headers" | tr -d '\r'); objects in the balancer's cache: $entries"
fi

# ---- 1. overload on one node ----
if want overload; then
say "drill 1: overload on node1 for ${overload_s} s (wrk at full speed straight at :$(node_port 1))"
start=$(date +%s)
d="$out/overload"; mkdir -p "$d"
node1="http://127.0.0.1:$(node_port 1)"
# Warm-up, not measured: a node that has served nothing yet is still compiling its hot paths and
# G1 is still sizing its young generation (its first collections under this load took ~100 ms,
# later ones 20-35 ms); the drill measures a warm node.
# wrk runs at the lowest CPU priority: on this 2-core box it would otherwise take a core from the
# node it measures and preempt the I/O threads mid-refusal (a client machine would not); a refusal
# p99 of 10-25 ms at the node was seen once so, on a box where nginx served a third of its usual
# rate. The node still gets ~5x its capacity offered.
wrk_low() { nice -n 19 wrk "$@"; }
wrk_low -t1 -c400 -d10s -s "$root/bench/sessions.lua" "$node1/api/v1/me/code" -- "$out/sessions.txt" > "$d/wrk-warm-up.txt" 2>&1
sleep 2
$drill load "$node1" "$d" $((overload_s + 4)) 20 0 /dev/null "$out" > "$d/probe.txt" &
probe=$!
sleep 2
curl -s "$node1/health/metrics" > "$d/metrics-before.txt"
wrk_low -t1 -c400 -d"${overload_s}s" --latency -s "$root/bench/sessions.lua" "$node1/api/v1/me/code" -- "$out/sessions.txt" > "$d/wrk.txt" 2>&1
curl -s "$node1/health/metrics" > "$d/metrics-after.txt"
wait $probe
# Normal service after the load: how long until a code view answers 200 in under 200 ms.
cookie="$(head -1 "$out/sessions.txt")"
recovered_ms=-1
r0=$(date +%s%N)
for _ in $(seq 1 100); do
  read -r status secs < <(curl -s -o /dev/null -m 5 -H "Cookie: $cookie" -w '%{http_code} %{time_total}\n' "$node1/api/v1/me/code")
  if [[ $status == 200 ]] && awk -v s="$secs" 'BEGIN{exit !(s < 0.2)}'; then
    recovered_ms=$(( ($(date +%s%N) - r0) / 1000000 )); break
  fi
  sleep 0.1
done
alive=$(curl -s -o /dev/null -w '%{http_code}' "$node1/health/live")
wrk_rps=$(awk '/Requests\/sec/ {print $2}' "$d/wrk.txt")
wrk_total=$(awk '/requests in/ {print $1}' "$d/wrk.txt")
wrk_non2xx=$(awk '/Non-2xx/ {print $NF}' "$d/wrk.txt"); wrk_non2xx=${wrk_non2xx:-0}
wrk_errors=$(grep -o 'Socket errors:.*' "$d/wrk.txt" || echo "Socket errors: none")
admitted_rps=$(awk -v t="$wrk_total" -v n="$wrk_non2xx" -v s="$overload_s" 'BEGIN{printf "%.0f", (t-n)/s}')
p=$d/probe.txt
# At the node (its own histograms, so without the client's and the box's scheduling delays): how
# long refusing took and how long the admitted code views took.
node_refusals=$(node_count ocp_shed_duration_seconds code_view "$d/metrics-before.txt" "$d/metrics-after.txt")
node_refusal_p99=$(node_quantile ocp_shed_duration_seconds code_view 0.99 "$d/metrics-before.txt" "$d/metrics-after.txt")
node_refusal_p50=$(node_quantile ocp_shed_duration_seconds code_view 0.5 "$d/metrics-before.txt" "$d/metrics-after.txt")
node_refusal_p95=$(node_quantile ocp_shed_duration_seconds code_view 0.95 "$d/metrics-before.txt" "$d/metrics-after.txt")
node_admitted_p99=$(node_quantile ocp_request_duration_seconds code_view 0.99 "$d/metrics-before.txt" "$d/metrics-after.txt")
figures="offered ${wrk_rps} req/s by wrk (c=400) = $(awk -v a="$wrk_rps" -v b="$admitted_rps" 'BEGIN{printf "%.1f", (b>0?a/b:0)}')x the ${admitted_rps}/s it admitted; refused $wrk_non2xx of $wrk_total; $wrk_errors; probe: admitted p50 $(fig view.ok_p50_ms $p) ms p99 $(fig view.ok_p99_ms $p) ms (bound ${admitted_p99_bound_ms} ms), refusals $(fig view.shed $p) with p50 $(fig view.shed_p50_ms $p) ms p99 $(fig view.shed_p99_ms $p) ms, other failures $(fig view.failed $p); at node1: $node_refusals refusals, p50 <= $node_refusal_p50 ms, p95 <= $node_refusal_p95 ms, p99 <= $node_refusal_p99 ms (bound $refusal_bound_ms ms), admitted code views p99 <= $node_admitted_p99 ms (bound $admitted_node_p99_bound_ms ms); normal again ${recovered_ms} ms after the load; /health/live $alive"
ok=true
[[ $alive == 200 ]] || ok=false
[[ $(fig view.failed $p) == 0 ]] || ok=false
(( wrk_non2xx > 0 )) || ok=false # no refusal: the node was not overloaded, the drill proved nothing
(( $(fig view.ok_p99_ms $p) <= admitted_p99_bound_ms )) || ok=false
(( recovered_ms >= 0 && recovered_ms <= 5000 )) || ok=false
awk -v p="$node_admitted_p99" -v b="$admitted_node_p99_bound_ms" 'BEGIN { exit !(p != "none" && p != "inf" && p + 0 <= b) }' || ok=false
(( node_refusals > 0 )) && awk -v p="$node_refusal_p99" -v b="$refusal_bound_ms" 'BEGIN { exit !(p != "inf" && p + 0 <= b) }' || ok=false
record overload $ok $(($(date +%s) - start)) "$figures"
fi

# ---- 2. database outage ----
if want db-outage; then
say "drill 2: database stopped for ${outage_s} s under load through the balancer"
start=$(date +%s)
d="$out/db-outage"; mkdir -p "$d"
$drill load "$balancer" "$d" $((outage_s + 30)) "$views" "$checkins" "$out/venues.txt" "$out" > "$d/load.txt" &
load=$!
sleep 8
# The outage is the time the server process is gone: from its exit to the moment it is started
# again. A check-in that overlaps the shutdown or the start-up may be committed (200, and then
# checked against the rows like any other) or refused cleanly; inside the window every one must
# be refused cleanly, and nowhere may a check-in fail otherwise (checkin.failed below).
stopping_at=$(date +%s%3N)
stop_db
down_at=$(date +%s%3N)
sleep "$outage_s"
up_at=$(date +%s%3N)
start_db
started_at=$(date +%s%3N)
wait $load
verify_check_ins "$d"
p=$d/load.txt
# During the outage: what views and check-ins got; after it: the first committed check-in.
read -r out_views out_views_ok out_checkins out_checkins_clear out_checkins_p99 < <(awk -v a="$down_at" -v b="$up_at" '
  $1 >= a && $1 < b { if ($2 == "view") { v++; if ($3 == 200) vo++ } else { c++; if ($3 == 503 && $5 == "storage-unavailable") { cc++; l[cc] = $4 } } }
  END { n = asort(l); printf "%d %d %d %d %d\n", v, vo, c, cc, (n ? l[int(n * 0.99) > 0 ? int(n * 0.99) : 1] : -1) }' "$d/events.txt")
# Check-ins that overlapped the shutdown (stopping_at..down_at) or the start-up (up_at..started_at).
edges=$(awk -v s="$stopping_at" -v a="$down_at" -v b="$up_at" -v e="$started_at" '
  $2 == "checkin" && ($1 + $4 >= s && $1 < a || $1 + $4 >= b && $1 < e) { n[$5]++ }
  END { for (k in n) printf "%s%d %s", (sep++ ? ", " : ""), n[k], k; if (!sep) printf "none" }' "$d/events.txt")
first_after=$(awk -v b="$up_at" '$1 >= b && $2 == "checkin" && $3 == 200 {print $1 + $4 - b; exit}' "$d/events.txt")
figures="database stopping $((down_at - stopping_at)) ms, down ${outage_s} s, starting $((started_at - up_at)) ms; while down: code views $out_views_ok/$out_views answered 200 (from the cache), check-ins $out_checkins_clear/$out_checkins refused with 503 storage-unavailable, p99 ${out_checkins_p99} ms; check-ins overlapping the shutdown or start-up: $edges; first committed check-in ${first_after:-never} ms after the database was started again (no node restart); acknowledged $acked, lost $lost, duplicate visits $duplicates; views failed $(fig view.failed $p), check-ins failed otherwise $(fig checkin.failed $p)"
ok=true
(( out_views > 0 && out_views_ok == out_views )) || ok=false
(( out_checkins > 0 && out_checkins_clear == out_checkins )) || ok=false
(( out_checkins_p99 >= 0 && out_checkins_p99 <= 3000 )) || ok=false
[[ -n $first_after ]] && (( first_after <= 30000 )) || ok=false
(( lost == 0 && duplicates == 0 )) || ok=false
[[ $(fig view.failed $p) == 0 && $(fig checkin.failed $p) == 0 ]] || ok=false
record db-outage $ok $(($(date +%s) - start)) "$figures"
fi

# ---- 3. rolling restart ----
if want rolling-restart; then
say "drill 3: rolling restart of both nodes under load"
start=$(date +%s)
d="$out/rolling"; mkdir -p "$d"
# The phone's retry of a "retry is safe" 503 (at most 3, reported): a node that boots takes most of
# a 2-core box, and a check-in on the other node may wait past the commit queue's 1 s bound and be
# refused cleanly (seen once in 1,781 in a CI run with a second build beside it). The verdict is on
# the outcome after retries, as in the Galera rolling drill.
$drill_retrying load "$balancer" "$d" 3600 "$views" "$checkins" "$out/venues.txt" "$out" > "$d/load.txt" &
load=$!
sleep 5
"$root/ops/cluster.sh" restart-node 1 --port "$port" && "$root/ops/cluster.sh" restart-node 2 --port "$port"
restarted=$?
sleep 5
touch "$d/stop"
wait $load
verify_check_ins "$d"
p=$d/load.txt
figures="$(fig view.requests $p) code views: $(fig view.ok $p) ok, $(fig view.shed $p) shed, $(fig view.failed $p) failed, $(fig view.signed_out $p) signed out, p99 $(fig view.ok_p99_ms $p) ms, longest gap $(fig view.max_gap_ms $p) ms; $(fig checkin.requests $p) check-ins: $(fig checkin.ok $p) ok, $(fig checkin.failed $p) failed, $(fig checkin.retries $p) retried; acknowledged $acked, lost $lost, duplicates $duplicates; restart took $(($(date +%s) - start)) s"
ok=true
(( restarted == 0 )) || ok=false
[[ $(fig view.failed $p) == 0 && $(fig checkin.failed $p) == 0 && $(fig view.signed_out $p) == 0 ]] || ok=false
[[ $(fig checkin.storage_unavailable $p) == 0 ]] || ok=false
(( lost == 0 && duplicates == 0 )) || ok=false
record rolling-restart $ok $(($(date +%s) - start)) "$figures"
fi

# ---- 5. backup and restore (before the kill drill, while both nodes serve) ----
if want backup-restore; then
say "drill 5: full backup under check-in load, binlogs after it, restore into a fresh data directory"
start=$(date +%s)
d="$out/backup"; mkdir -p "$d"
restore_port=$((db_port + 10))
$drill load "$balancer" "$d" 20 "$views" "$checkins" "$out/venues.txt" "$out" > "$d/load.txt" &
load=$!
sleep 5
"$root/ops/backup.sh" full --dir "$d/backup" --port "$db_port" --datadir "$dbdir/data" > "$d/backup.txt" 2>&1
backed_up=$?
wait $load
# Everything acknowledged is committed by now; the binlogs carry what came after the backup.
"$root/ops/backup.sh" binlogs --dir "$d/backup" --port "$db_port" >> "$d/backup.txt" 2>&1 || backed_up=1
"$root/ops/backup.sh" restore --dir "$d/backup" --datadir "$d/restored" --port "$restore_port" > "$d/restore.txt" 2>&1
restored=$?
sort "$d/acks.txt" > "$d/acks.sorted"
mysql -h127.0.0.1 -P"$restore_port" -uroot -N -B "$db" -e "SELECT c.id FROM check_in c JOIN venue v ON v.id = c.venue_id WHERE v.name LIKE '压测超市%'" 2>/dev/null | sort > "$d/restored-rows.txt"
acked=$(wc -l < "$d/acks.sorted")
missing=$(comm -23 "$d/acks.sorted" "$d/restored-rows.txt" | wc -l)
live=$(sql "SELECT COUNT(*) FROM check_in")
again=$(mysql -h127.0.0.1 -P"$restore_port" -uroot -N -B "$db" -e "SELECT COUNT(*) FROM check_in" 2>/dev/null)
mysqladmin -h127.0.0.1 -P"$restore_port" -uroot shutdown >/dev/null 2>&1
p=$d/load.txt
figures="$(fig checkin.requests $p) check-ins during the backup, acknowledged $acked, missing from the restore $missing; check_in rows live $live, restored ${again:-none}; full backup $(fig backup.full_seconds "$d/backup.txt") s ($(($(fig backup.full_bytes "$d/backup.txt") / 1048576)) MiB), binlogs $(fig backup.binlog_files "$d/backup.txt") file(s) in $(fig backup.binlogs_seconds "$d/backup.txt") s; restore $(fig restore.total_seconds "$d/restore.txt") s (copy $(fig restore.copy_seconds "$d/restore.txt") s, replay $(fig restore.replay_seconds "$d/restore.txt") s)"
ok=true
(( backed_up == 0 && restored == 0 )) || ok=false
(( acked > 0 && missing == 0 )) || ok=false
[[ $live == "$again" ]] || ok=false
record backup-restore $ok $(($(date +%s) - start)) "$figures"
fi

# ---- 4. kill -9 ----
if want kill-node; then
say "drill 4: kill -9 of node1 under mixed load"
start=$(date +%s)
d="$out/kill"; mkdir -p "$d"
$drill load "$balancer" "$d" "$kill_s" "$views" "$checkins" "$out/venues.txt" "$out" > "$d/load.txt" &
load=$!
sleep 6
"$root/ops/cluster.sh" kill-node 1 --port "$port"
wait $load
verify_check_ins "$d"
p=$d/load.txt
figures="$(fig view.requests $p) code views: $(fig view.ok $p) ok, $(fig view.failed $p) failed, $(fig view.signed_out $p) signed out, longest gap without a view $(fig view.max_gap_ms $p) ms; $(fig checkin.requests $p) check-ins: $(fig checkin.ok $p) ok, $(fig checkin.failed $p) failed, acknowledged $acked, lost $lost, duplicates $duplicates"
ok=true
(( $(fig view.max_gap_ms $p) <= 5000 )) || ok=false
[[ $(fig view.signed_out $p) == 0 ]] || ok=false
(( acked > 0 && lost == 0 && duplicates == 0 )) || ok=false
record kill-node $ok $(($(date +%s) - start)) "$figures"
fi

# ---- Galera: the database tier loses a node, restarts node by node, loses its quorum ----
check_ins_figures() { # dir
  local p=$1/load.txt
  echo "$(fig checkin.requests $p) check-ins: $(fig checkin.ok $p) ok, $(fig checkin.storage_unavailable $p) refused (503 storage-unavailable), $(fig checkin.failed $p) failed, $(fig checkin.retries $p) retries, longest gap between commits $(fig checkin.max_gap_ms $p) ms; acknowledged $acked, lost $lost, duplicates $duplicates; $(fig view.requests $p) code views: $(fig view.ok $p) ok, $(fig view.failed $p) failed"
}
ist_seen() { # node err-log-line: did it rejoin by IST alone (no full state transfer) since then?
  local since
  since=$(tail -n +"$2" "$root/ear/target/galera-$galera_port/db$1.err")
  # With a recovered position the donor answers the state request with IST only (mariabackup's
  # handshake says so); otherwise it streams a full backup first.
  grep -q "Receiving IST" <<< "$since" && grep -q "received from donor: Running IST" <<< "$since"
}

if $galera && want galera-kill; then
say "drill G1: kill -9 of db1 (where every node writes) under load; it comes back and rejoins by IST"
start=$(date +%s)
d="$out/galera-kill"; mkdir -p "$d"
$drill_retrying load "$balancer" "$d" 30 "$views" "$checkins" "$out/venues.txt" "$out" > "$d/load.txt" &
load=$!
sleep 6
killed_at=$(date +%s)
err_line=$(($(wc -l < "$root/ear/target/galera-$galera_port/db1.err") + 1))
galera kill-node 1
sleep 8
galera start-node 1
galera wait-synced 1; synced=$?
rejoin_s=$(($(date +%s) - killed_at - 8))
wait $load
ist=no; ist_seen 1 "$err_line" && ist=yes
verify_check_ins "$d"
p=$d/load.txt
figures="$(check_ins_figures "$d"); db1 back in the cluster $rejoin_s s after its restart (IST: $ist); cluster size now $(galera status | grep -c ' up ')"
ok=true
(( synced == 0 )) && [[ $ist == yes ]] || ok=false
(( $(fig checkin.max_gap_ms $p) <= 5000 )) || ok=false
[[ $(fig checkin.failed $p) == 0 && $(fig checkin.storage_unavailable $p) == 0 && $(fig view.failed $p) == 0 ]] || ok=false
(( acked > 0 && lost == 0 && duplicates == 0 )) || ok=false
record galera-kill $ok $(($(date +%s) - start)) "$figures"
fi

if $galera && want galera-rolling; then
say "drill G2: rolling restart of the three database nodes under load"
start=$(date +%s)
d="$out/galera-rolling"; mkdir -p "$d"
$drill_retrying load "$balancer" "$d" 3600 "$views" "$checkins" "$out/venues.txt" "$out" > "$d/load.txt" &
load=$!
sleep 5
rolled=0
for i in 1 2 3; do
  galera stop-node "$i" && galera start-node "$i" && galera wait-synced "$i" || rolled=1
  sleep 2
done
touch "$d/stop"
wait $load
verify_check_ins "$d"
p=$d/load.txt
figures="$(check_ins_figures "$d"); three restarts in $(($(date +%s) - start - 7)) s"
ok=true
(( rolled == 0 )) || ok=false
[[ $(fig checkin.failed $p) == 0 && $(fig checkin.storage_unavailable $p) == 0 && $(fig view.failed $p) == 0 ]] || ok=false
(( acked > 0 && lost == 0 && duplicates == 0 )) || ok=false
record galera-rolling $ok $(($(date +%s) - start)) "$figures"
fi

if $galera && want galera-quorum; then
say "drill G3: 2 of 3 database nodes killed (no quorum), then back"
start=$(date +%s)
d="$out/galera-quorum"; mkdir -p "$d"
$drill load "$balancer" "$d" 3600 "$views" "$checkins" "$out/venues.txt" "$out" > "$d/load.txt" &
load=$!
sleep 5
lost_at=$(date +%s%3N)
galera kill-node 2
galera kill-node 3
sleep 20
back_at=$(date +%s%3N)
galera start-node 2
galera start-node 3
recovered=0
for i in 1 2 3; do galera wait-synced "$i" || recovered=1; done
synced_at=$(date +%s%3N)
sleep 8
touch "$d/stop"
wait $load
verify_check_ins "$d"
p=$d/load.txt
# Check-ins that started after the nodes were killed and finished before quorum returned.
read -r during during_clear < <(awk -v a="$((lost_at + 8000))" -v b="$back_at" '$2 == "checkin" && $1 >= a && $1 + $4 <= b { n++; if ($3 == 503 && $5 == "storage-unavailable") c++ } END { print n + 0, c + 0 }' "$d/events.txt")
first_after=$(awk -v t="$synced_at" '$2 == "checkin" && $3 == 200 && $1 >= t { print $1 - t; exit }' "$d/events.txt")
figures="$(check_ins_figures "$d"); without quorum: $during check-ins, $during_clear refused cleanly with 503; first commit ${first_after:-none} ms after all three were synced again ($(((synced_at - back_at) / 1000)) s after their restart)"
ok=true
(( recovered == 0 )) || ok=false
(( during > 0 && during_clear == during )) || ok=false
[[ -n $first_after ]] && (( first_after <= 10000 )) || ok=false
[[ $(fig checkin.failed $p) == 0 && $(fig view.failed $p) == 0 ]] || ok=false
(( lost == 0 && duplicates == 0 )) || ok=false
record galera-quorum $ok $(($(date +%s) - start)) "$figures"
fi

# ---- report ----
failed=0
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  n=${#results[@]}
  for r in "${results[@]}"; do IFS='|' read -r _ passed _ _ <<<"$r"; [[ $passed == true ]] || failed=$((failed + 1)); done
  echo "<testsuite name=\"FailureDrills\" tests=\"$n\" failures=\"$failed\" errors=\"0\" skipped=\"0\">"
  for r in "${results[@]}"; do
    IFS='|' read -r name passed secs figures <<<"$r"
    esc=$(sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g; s/"/\&quot;/g' <<<"$figures")
    echo "  <testcase classname=\"FailureDrills\" name=\"$name\" time=\"$secs\">"
    [[ $passed == true ]] || echo "    <failure message=\"$esc\"/>"
    echo "    <system-out>$esc</system-out>"
    echo "  </testcase>"
  done
  echo "</testsuite>"
} > "$reports/TEST-FailureDrills.xml"
say "failure drills: ${#results[@]} run, $failed failed (machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(date -u +%Y-%m-%dT%H:%MZ))"
for r in "${results[@]}"; do IFS='|' read -r name passed secs figures <<<"$r"; printf '%-16s %-4s %4ss  %s\n' "$name" "$([[ $passed == true ]] && echo pass || echo FAIL)" "$secs" "$figures"; done
(( failed == 0 ))
