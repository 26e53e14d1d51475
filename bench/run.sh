#!/usr/bin/env bash
# One-node benchmark against MariaDB, with wrk on 127.0.0.1 only (see docs/PERFORMANCE.md).
#   bench/run.sh [--citizens N] [--checkins M] [--duration SECONDS] [--connections C] [--sessions S]
#                [--sched other|batch] [--io-threads batch|other] [--warm-up SECONDS] [--node-warm-up SECONDS]
# Builds nothing: run `mvn -B -q install -DskipTests` (or ./run.sh once) first.
# Seeds N citizens (default 1,000,000) into database ocp_perf once, starts one WildFly node
# (configuration ocp-mysql.xml, ports +500), signs in S citizens, then measures with wrk:
# the code page, its per-minute refresh, verification (page and REST, the public limit per
# address lifted for the run), check-ins and a static asset; after each scenario, nginx serving a
# file of the same body size in the same round: the table prints each ratio and the issue-14
# target (min req/s / max p99 ms) with whether it was met.
# --sched batch starts the node JVM under Linux's SCHED_BATCH policy (chrt --batch 0; every thread
# inherits it; docs/OPERATIONS.md, "Node CPU scheduling"): its threads then do not preempt each
# other on wake-up, which on few cores turns Undertow's I/O threads from spinning on a connection a
# preempted worker still holds into waiting for it (docs/PERFORMANCE.md, "The I/O thread's spin").
# --warm-up (default 15): unmeasured load before each scenario; at 5 s the first scenario (the code
# page) was still measured partly before the JIT had compiled it.
# --node-warm-up (default 100): before any measurement, the whole mix (code page, refresh, both
# verifications, check-ins) for that many seconds in all, unmeasured: a fresh node spends its
# first minute compiling, and the CPU column counts the JIT's threads (a production node is
# measured after it has served the mix, not during its first seconds).
# --io-threads: the policy the node gives its own Undertow I/O threads (IoThreadScheduling,
# -Docp.io-threads.scheduling; default batch, as in production); other leaves the OS default.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
citizens=1000000 checkins=10000000 duration=20 connections=32 sessions=500 sched=other io_threads=batch warm_up=15 node_warm_up=100
while [[ $# -gt 0 ]]; do
  case $1 in
    --citizens) citizens=$2; shift ;;
    --checkins) checkins=$2; shift ;;
    --duration) duration=$2; shift ;;
    --connections) connections=$2; shift ;;
    --sessions) sessions=$2; shift ;;
    --sched) sched=$2; shift ;;
    --io-threads) io_threads=$2; shift ;;
    --warm-up) warm_up=$2; shift ;;
    --node-warm-up) node_warm_up=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

need() { command -v "$1" >/dev/null || { [[ $(id -u) == 0 ]] && apt-get install -y -qq "$2" >/dev/null; } || { echo "needs $2" >&2; exit 1; }; }
need wrk wrk
need nginx nginx-light
mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1 || { echo "MariaDB is not running on 127.0.0.1:3306" >&2; exit 1; }

out="$root/bench/out"; mkdir -p "$out"
jboss_home=$(ls -d "$root"/ear/target/server/wildfly-* | head -1)
[[ -f $root/ear/target/one-code-pass.ear ]] || { echo "build first: mvn -B -q install -DskipTests" >&2; exit 1; }
offset=500 port=8580 mgmt=10490
base_url="http://127.0.0.1:$port"

mysql -h127.0.0.1 -uroot <<SQL
CREATE DATABASE IF NOT EXISTS ocp_perf CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ocp'@'localhost' IDENTIFIED BY 'ocp';
CREATE USER IF NOT EXISTS 'ocp'@'127.0.0.1' IDENTIFIED BY 'ocp';
GRANT ALL PRIVILEGES ON ocp_perf.* TO 'ocp'@'localhost', 'ocp'@'127.0.0.1';
SQL

node="$root/ear/target/server/bench-node"
# A node left over from an interrupted run would hold the ports.
stop_node() { # by its base directory: setsid may have forked, so the job's pid is not the group
  for p in $(pgrep -f "$node"); do kill -TERM "$p" 2>/dev/null || true; done
  for _ in $(seq 1 20); do pgrep -f "$node" >/dev/null || return 0; sleep 1; done
  for p in $(pgrep -f "$node"); do kill -KILL "$p" 2>/dev/null || true; done
}
stop_node
rm -rf "$node/configuration" "$node/deployments"; mkdir -p "$node/deployments"
cp -r "$jboss_home/standalone/configuration" "$node/configuration"
cp "$root/ear/target/one-code-pass.ear" "$node/deployments/"
# The admission limits are raised to the connection count: this measures what a node can serve,
# not how it sheds (the overload drill in ops/failure-tests.sh does that).
JAVA_OPTS="-Xms1g -Xmx2g -XX:+UseParallelGC" setsid chrt "--$sched" 0 "$jboss_home/bin/standalone.sh" -c ocp-mysql.xml \
  -Djboss.server.base.dir="$node" -Djboss.socket.binding.port-offset=$offset \
  -Docp.admission.code_view=$connections -Docp.admission.verification=$connections \
  -Docp.admission.check_in=$connections -Docp.admission.other=$connections \
  -Docp.mode=demo -Docp.data.dir="$out/data" -Docp.api.verify.per-address-per-second=1000000 \
  -Docp.limits.sign-in-codes.per-address-per-minute=1000000 -Docp.limits.check-ins.per-account-per-day=1000000 \
  -Docp.io-threads.scheduling="$io_threads" \
  -Docp.db.url=jdbc:mysql://127.0.0.1:3306/ocp_perf -Docp.db.user=ocp -Docp.db.password=ocp \
  > "$out/server.log" 2>&1 &
trap 'stop_node; nginx -p "$out" -c "$out/nginx.conf" -s stop 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -sf -o /dev/null "$base_url/" && break; sleep 1; done
curl -sf -o /dev/null "$base_url/" || { echo "server did not start; see $out/server.log" >&2; exit 1; }
jpid=
for p in $(pgrep -f "bench-node"); do
  if [[ -z $jpid && $(cat /proc/$p/comm 2>/dev/null) == java ]]; then jpid=$p; fi
done

cp="$(ls "$root"/platform/api/target/platform-api-*.jar | head -1):$(ls "$root"/code-issue/api/target/code-issue-api-*.jar | head -1):$(ls "$root"/code-issue/ejb/target/code-issue-ejb-*.jar | head -1):$root/ear/target/server/drivers/mysql-connector-j.jar:$(ls ~/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.81/bcprov-jdk18on-1.81.jar)"
jdbc="jdbc:mysql://127.0.0.1:3306/ocp_perf?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true"
have=$(mysql -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM ocp_perf.citizen WHERE mobile_masked LIKE '170%'")
if (( have < citizens )); then
  echo "==> seeding $citizens citizens (encrypted fields, blind indexes, colour mix)"
  mysql -h127.0.0.1 -uroot -e "DELETE FROM ocp_perf.citizen WHERE mobile_masked LIKE '170%' AND id NOT IN (SELECT citizen_id FROM ocp_perf.test_result)"
  java -cp "$cp" "$root/bench/SeedCitizens.java" "$jdbc" ocp ocp "$out/data/keys/data-keys.properties" "$citizens"
fi

venues_file="$out/venue-tokens.txt"
curl -s -o /dev/null "$base_url/api/v1/keys" # a demo node creates its first signing key on first use
if [[ ! -s $venues_file ]]; then
  java -cp "$cp" "$root/bench/VenueTokens.java" "$jdbc" ocp ocp "$out/data/keys/signing" 400 "$venues_file"
fi
have_checkins=$(mysql -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM ocp_perf.check_in")
if (( have_checkins < checkins )); then
  echo "==> seeding $checkins check-ins (Zipf venue popularity, daily rhythm) with bench/seed.sh"
  KEEP_SCHEMA=1 VENUES=20000 CITIZENS="$citizens" CHECKINS="$checkins" "$root/bench/seed.sh" ocp_perf
fi

echo "==> signing in $sessions citizens"
heap_used_k() { jcmd "$jpid" GC.heap_info | awk '/total/ {for(i=1;i<=NF;i++) if($i=="used") {v=$(i+1); gsub(/[^0-9]/,"",v); s+=v}} END {print s+0}'; }
# Citizens are identified by a signed cookie, not a server session: what a signed-in citizen costs
# the node is the HTTP sessions it holds (a heap delta would mostly measure the caches warming).
sessions_held() { "$jboss_home/bin/jboss-cli.sh" --controller=127.0.0.1:$mgmt --connect --command="/deployment=one-code-pass.ear/subdeployment=admin-web.war/subsystem=undertow:read-attribute(name=active-sessions)" 2>/dev/null | awk -F'=> ' '/result/ {gsub(/[^0-9]/,"",$2); print $2}' || true; }
held_before=$(sessions_held)
java "$root/bench/SignInCitizens.java" "$base_url" "$citizens" "$sessions" "$out/sessions.txt"
held_after=$(sessions_held)

citizen_cookie() { head -1 "$out/sessions.txt"; } # name=value of the citizen credential
code_gz=$(curl -s -H 'Accept-Encoding: gzip' -H "Cookie: $(citizen_cookie)" "$base_url/code.xhtml" | wc -c)
asset=$(curl -s "$base_url/" | grep -o '/static/app\.[0-9a-f]*\.css' | head -1)
cat > "$out/nginx.conf" <<NGINX
worker_processes 1;
pid $out/nginx.pid;
error_log $out/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:8899; root $out/same-bytes; location / { } }
}
NGINX
rm -rf "$out/same-bytes"; mkdir -p "$out/same-bytes"
nginx -p "$out" -c "$out/nginx.conf"

token_url() { curl -s -H "Cookie: $(citizen_cookie)" "$base_url/api/v1/me/code" | grep -o '"scanUrl":"[^"]*' | cut -d'"' -f4 | sed "s#http://[^/]*#$base_url#"; }

# The node's own CPU per request (utime + stime of its JVM): what capacity scales from, since
# wrk, MariaDB and nginx share the same cores and req/s alone understates a dedicated node.
clk_tck=$(getconf CLK_TCK)
node_cpu_ticks() { awk '{print $14 + $15}' "/proc/$jpid/stat"; }
results=()
wrk_run() { # name url script arg -> appends "name|rps|p50|p99|bytes|requests" to results
  local name=$1 url=$2 script=${3:-} arg=${4:-}
  local opts=(-t1 -c"$connections")
  [[ -n $script ]] && opts+=(-s "$script")
  local tail=()
  [[ -n $arg ]] && tail=(-- $arg)
  wrk "${opts[@]}" -d"${warm_up}s" "$url" "${tail[@]}" >/dev/null 2>&1 || true # warm-up
  local cpu_before; cpu_before=$(node_cpu_ticks)
  local report; report=$(wrk "${opts[@]}" -d"${duration}s" --latency "$url" "${tail[@]}" 2>&1)
  local cpu_ticks=$(( $(node_cpu_ticks) - cpu_before ))
  local rps p50 p99 bytes requests
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$report")
  p50=$(awk '$1=="50%" {print $2}' <<<"$report")
  p99=$(awk '$1=="99%" {print $2}' <<<"$report")
  requests=$(awk '/requests in/ {print $1}' <<<"$report")
  bytes=$(awk '/requests in/ {print $5}' <<<"$report" | tr -d ',')
  local cpu_ms; cpu_ms=$(awk -v t="$cpu_ticks" -v hz="$clk_tck" -v n="$requests" 'BEGIN{printf "%.3f", (n>0) ? t*1000/hz/n : 0}')
  results+=("$name|$rps|$p50|$p99|$bytes|$requests|$cpu_ms")
  echo "$report" > "$out/wrk-$name.txt"
}
# measure name body-bytes target url [lua-script [script-argument]]: the scenario, then nginx
# serving a file of the same body size in the same round (the reference the ratio is taken to:
# the box is shared, so an absolute figure says little on its own).
targets=()
measure() {
  local name=$1 body=$2 target=$3; shift 3 # target: min req/s[/max p99 ms], or -
  wrk_run "$name" "$@"
  head -c "$body" /dev/urandom > "$out/same-bytes/$name.bin"
  wrk_run "nginx:$name" "http://127.0.0.1:8899/$name.bin"
  targets+=("$name|$body|$target")
}
body_of() { curl -s -o /dev/null -w '%{size_download}' "$@"; }
verify_url=$(token_url)
printf '{"token":"%s"}' "$(token_url)" > "$out/verify-body.json"
if (( node_warm_up > 0 )); then
  echo "==> warming the node: the whole mix for ${node_warm_up} s, unmeasured"
  slice=$(( (node_warm_up + 4) / 5 ))
  for w in "$base_url/code.xhtml $root/bench/sessions.lua $out/sessions.txt" \
    "$base_url/api/v1/me/code $root/bench/sessions.lua $out/sessions.txt" \
    "$verify_url $root/bench/gzip.lua" \
    "$base_url/api/v1/tokens/verify $root/bench/verify.lua $out/verify-body.json" \
    "$base_url/api/v1/me/check-ins $root/bench/checkins.lua $out/sessions.txt $venues_file"; do
    read -r -a a <<<"$w"
    wrk -t1 -c"$connections" -d"${slice}s" -s "${a[1]}" "${a[0]}" -- "${a[@]:2}" >/dev/null 2>&1 || true
  done
fi
echo "==> measuring (wrk -t1 -c$connections -d${duration}s, 127.0.0.1; nginx on the same bytes after each)"
measure code-page "$code_gz" 2500 "$base_url/code.xhtml" "$root/bench/sessions.lua" "$out/sessions.txt"
measure code-refresh "$(body_of -H "Cookie: $(citizen_cookie)" -H 'Accept-Encoding: gzip' "$base_url/api/v1/me/code")" 5000/50 \
  "$base_url/api/v1/me/code" "$root/bench/sessions.lua" "$out/sessions.txt"
measure verify-page "$(body_of -H 'Accept-Encoding: gzip' "$verify_url")" 3000 "$verify_url" "$root/bench/gzip.lua"
measure verify-rest "$(body_of -H 'Accept-Encoding: gzip' -H 'Content-Type: application/json' --data-binary @"$out/verify-body.json" "$base_url/api/v1/tokens/verify")" 5000 \
  "$base_url/api/v1/tokens/verify" "$root/bench/verify.lua" "$out/verify-body.json"
checkin_body=$(body_of -H "Cookie: $(citizen_cookie)" -H 'Content-Type: application/json' \
  --data-binary "{\"venue\":\"$(tail -1 "$venues_file")\"}" "$base_url/api/v1/me/check-ins")
measure check-in "$checkin_body" 1500/100 "$base_url/api/v1/me/check-ins" "$root/bench/checkins.lua" "$out/sessions.txt $venues_file"
measure static-asset "$(body_of -H 'Accept-Encoding: gzip' "$base_url$asset")" - "$base_url$asset" "$root/bench/gzip.lua"
if [[ -x $root/bench/extra-scenarios.sh ]]; then source "$root/bench/extra-scenarios.sh"; fi
heap_after="$(( $(heap_used_k) / 1024 )) MB"

row() { local n=$1; for r in "${results[@]}"; do [[ ${r%%|*} == "$n" ]] && { echo "$r"; return; }; done; }
printf '\n%-14s %9s %9s %9s %7s %9s %10s %8s %8s %4s\n' scenario req/s p50 p99 body "CPU ms" "nginx/s" "x nginx" target met
for t in "${targets[@]}"; do
  IFS='|' read -r name body target <<<"$t"
  IFS='|' read -r _ rps p50 p99 _ _ cpu_ms <<<"$(row "$name")"
  IFS='|' read -r _ nrps _ _ _ _ <<<"$(row "nginx:$name")"
  met=-
  # wrk prints latencies as 850.00us, 12.34ms or 1.01s
  [[ $target != - ]] && met=$(awk -v a="$rps" -v t="$target" -v l="$p99" 'BEGIN{
    n = split(t, f, "/"); ms = l + 0
    if (l ~ /us$/) ms /= 1000; else if (l ~ /ms$/) ms += 0; else if (l ~ /s$/) ms *= 1000
    print (a >= f[1] && (n < 2 || ms <= f[2])) ? "yes" : "NO" }')
  printf '%-14s %9s %9s %9s %6s B %9s %10s %8.3f %8s %4s\n' "$name" "$rps" "$p50" "$p99" "$body" "$cpu_ms" "$nrps" \
    "$(awk -v a="$rps" -v b="$nrps" 'BEGIN{print (b>0) ? a/b : 0}')" "$target" "$met"
done
echo
echo "CPU ms: the node JVM's CPU time per request during the scenario (all its threads, GC included)"
echo "code page gzip bytes: $code_gz; heap used after load: $heap_after; HTTP sessions held: ${held_before:-?} before and ${held_after:-?} after signing in $sessions citizens"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg); other java processes: $(( $(pgrep -c java) - 1 ))"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ); wrk and server share the cores; node scheduling policy: $sched, I/O threads: $io_threads; warm-up ${warm_up} s per scenario after ${node_warm_up} s of the whole mix, measured ${duration} s per scenario"
