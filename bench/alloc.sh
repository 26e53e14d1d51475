#!/usr/bin/env bash
# Allocation and CPU per request on the three lean hot paths (issue 14 item 2), with nginx serving
# the same bytes in the same run as the reference. One WildFly node (ocp-mysql.xml, -Xmx2g,
# ParallelGC, admission permits = connections), its own database and ports, wrk on 127.0.0.1.
#   bench/alloc.sh [--ear EAR] [--config DIR] [--label NAME] [--seconds S] [--connections C]
#                  [--citizens N] [--offset O] [--db NAME] [--keep]
#                  [--scenarios "refresh verify-rest verify-page check-in code-page"]
#                  [--undertow "IO TASK BUFFER[;IO TASK BUFFER...]"] [--io-sched "other batch"]
# For each scenario (per-minute refresh, REST verification, verification page; on request new
# durable check-ins at 400 bench venues, bench/checkins.lua): 10 s of warm-up,
# then wrk for S seconds (default 20) while JFR records with settings=profile; afterwards
#   - bytes allocated per request = what the request threads allocated (jdk.ThreadAllocationStatistics
#     at the recording's start and end) / requests; jdk.ObjectAllocationSample gives the top lists,
#   - CPU per request = CPU time (utime+stime, /proc/PID/task) of the threads that serve requests
#     (Undertow's I/O and worker threads) during the run / requests (both figures count only those
#     threads, so they do not depend on how busy the shared box is, unlike req/s; "other B/r" is
#     what the node's other threads allocated meanwhile, per request),
#   - the top allocating classes and the top frames of our own code, and where the request threads
#     spend CPU (bench/cpu_top.py on the same recording's jdk.ExecutionSample),
# and nginx (one worker) serving a file of that answer's size right after, for the ratio.
# --undertow "IO TASK BUFFER;..." measures each setting in turn on the same node: the io worker's
# io-threads and task-max-threads and the buffer pool's buffer size, written through the
# management port, then a reload. The verification scenarios get a freshly issued token each.
# WARM_SECONDS (default 10): the unmeasured warm-up before each scenario (40 for the check-in pair in
# docs/PERFORMANCE.md: the JIT needs it at a few hundred check-ins a second).
# --io-sched "other batch all-batch" measures each Linux scheduling policy of Undertow's I/O threads
# in turn (chrt on the node's "default I/O-n" threads; all-batch: every thread of the node JVM): a worker that finishes an exchange resumes the
# connection's reads, which wakes its I/O thread; woken as SCHED_OTHER it may preempt that worker on
# its core while the worker still holds the connection's request state, and then spins in
# HttpReadListener.handleEvent until the worker runs again. A SCHED_BATCH thread does not preempt on
# wake-up. The "io ms" column is the I/O threads' share of the request threads' CPU per request.
# ALLOC_JAVA_OPTS replaces the node JVM's options (default -Xms1g -Xmx2g -XX:+UseParallelGC).
# Builds nothing: needs a built tree (mvn -B -o package -DskipTests). Output in bench/out/alloc-LABEL.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jboss_home=$(ls -d "$root"/ear/target/server/wildfly-* | head -1)
ear="$root/ear/target/one-code-pass.ear" config="$jboss_home/standalone/configuration"
label=run seconds=${SECONDS_PER_RUN:-20} connections=8 citizens=100000 offset=1600 db=ocp_perf_h3 undertow="" io_sched="" keep=0
scenarios="refresh verify-rest verify-page"
while [[ $# -gt 0 ]]; do
  case $1 in
    --ear) ear=$2; shift ;;
    --config) config=$2; shift ;;
    --label) label=$2; shift ;;
    --seconds) seconds=$2; shift ;;
    --connections) connections=$2; shift ;;
    --citizens) citizens=$2; shift ;;
    --offset) offset=$2; shift ;;
    --db) db=$2; shift ;;
    --undertow) undertow=$2; shift ;;
    --io-sched) io_sched=$2; shift ;;
    --scenarios) scenarios=$2; shift ;;
    --keep) keep=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
port=$((8080 + offset)) mgmt=$((9990 + offset)) nginx_port=$((17000 + offset))
base="http://127.0.0.1:$port"
out="$root/bench/out/alloc-$label"; rm -rf "$out"; mkdir -p "$out"
data="$root/bench/out/alloc-data-$db" # the seeded citizens are encrypted with these data keys
[[ -f $data/keys/data-keys.properties ]] || mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db"
mysql -h127.0.0.1 -uroot -e "CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'ocp'@'localhost' IDENTIFIED BY 'ocp'; CREATE USER IF NOT EXISTS 'ocp'@'127.0.0.1' IDENTIFIED BY 'ocp';
  GRANT ALL PRIVILEGES ON $db.* TO 'ocp'@'localhost', 'ocp'@'127.0.0.1';"

node="$out/node"; mkdir -p "$node/deployments"
cp -r "$config" "$node/configuration"; cp "$ear" "$node/deployments/one-code-pass.ear"
JAVA_OPTS="${ALLOC_JAVA_OPTS:--Xms1g -Xmx2g -XX:+UseParallelGC}" setsid "$jboss_home/bin/standalone.sh" -c ocp-mysql.xml \
  -Djboss.server.base.dir="$node" -Djboss.socket.binding.port-offset="$offset" \
  -Docp.admission.code_view="$connections" -Docp.admission.verification="$connections" \
  -Docp.admission.check_in="$connections" -Docp.admission.other="$connections" \
  -Djboss.as.management.blocking.timeout=1200 \
  -Docp.mode=demo -Docp.data.dir="$data" -Docp.api.verify.per-address-per-second=1000000 \
  -Docp.limits.sign-in-codes.per-address-per-minute=1000000 -Docp.limits.check-ins.per-account-per-day=1000000 \
  -Docp.db.url="jdbc:mysql://127.0.0.1:3306/$db" -Docp.db.user=ocp -Docp.db.password=ocp \
  > "$out/server.log" 2>&1 &
server=$!
stop() {
  [[ $keep == 1 ]] || kill -TERM -- -"$server" 2>/dev/null || true
  nginx -p "$out" -c "$out/nginx.conf" -s stop 2>/dev/null || true
}
trap stop EXIT
up() {
  for _ in $(seq 1 1200); do curl -sf -o /dev/null "$base/" && return 0; sleep 1; done
  echo "node did not start; see $out/server.log" >&2; exit 1
}
up
jpid=$(pgrep -f -- "-Djboss.server.base.dir=$node" | while read -r p; do
  [[ $(cat /proc/"$p"/comm 2>/dev/null) == java ]] && echo "$p"; done | head -1)

cli() { "$jboss_home/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$mgmt" --commands="$1"; }
apply_undertow() { # "IO TASK BUFFER"
  local io task buffer; read -r io task buffer <<<"$1"
  cli "/subsystem=io/worker=default:write-attribute(name=io-threads,value=$io),\
/subsystem=io/worker=default:write-attribute(name=task-max-threads,value=$task),\
/subsystem=io/buffer-pool=default:write-attribute(name=buffer-size,value=$buffer),reload" >> "$out/undertow-cli.log" 2>&1
  sleep 3; up
}
undertow_now() {
  cli "/subsystem=io/worker=default:read-resource(include-defaults=true),/subsystem=io/buffer-pool=default:read-resource(include-defaults=true)" 2>/dev/null |
    grep -o '"io-threads" => [0-9a-z]*\|"task-max-threads" => [0-9a-z]*\|"buffer-size" => [0-9a-z]*' | tr -d '"' | tr '\n' ' '
}
cp="$(ls "$root"/platform/api/target/platform-api-*.jar | head -1):$(ls "$root"/code-issue/api/target/code-issue-api-*.jar | head -1):$(ls "$root"/code-issue/ejb/target/code-issue-ejb-*.jar | head -1):$root/ear/target/server/drivers/mysql-connector-j.jar:$(ls ~/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.81/bcprov-jdk18on-1.81.jar)"
have=$(mysql -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM $db.citizen WHERE mobile_masked LIKE '170%'")
if (( have < citizens )); then
  echo "==> seeding $citizens citizens"
  java -cp "$cp" "$root/bench/SeedCitizens.java" \
    "jdbc:mysql://127.0.0.1:3306/$db?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true" \
    ocp ocp "$data/keys/data-keys.properties" "$citizens"
fi
sign_in() { java "$root/bench/SignInCitizens.java" "$base" "$citizens" "$1" "$out/sessions.txt" >> "$out/signin.log" 2>&1; }
# A token lives 60 s (+15 s grace): each verification scenario gets a fresh one, so it stays valid
# through warm-up and measurement.
fresh_token() {
  token_url=$(curl -s -H "Cookie: $(head -1 "$out/sessions.txt")" "$base/api/v1/me/code" |
    grep -o '"scanUrl":"[^"]*' | cut -d'"' -f4 | sed "s#http://[^/]*#$base#")
  printf '{"token":"%s"}' "$token_url" > "$out/verify-body.json"
}

cat > "$out/nginx.conf" <<NGINX
worker_processes 1;
pid $out/nginx.pid;
error_log $out/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$nginx_port; root $out; location / { } } }
NGINX
nginx -p "$out" -c "$out/nginx.conf"

# CPU of the threads that serve requests (Undertow's I/O and worker threads), not the whole JVM.
cpu_ticks() { # [io]: only the I/O threads
  local t sum=0
  for t in /proc/"$jpid"/task/*; do
    case $(cat "$t/comm" 2>/dev/null) in
      "default I/O"*) sum=$((sum + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0))) ;;
      "default task"*) [[ ${1:-} == io ]] || sum=$((sum + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0))) ;;
    esac
  done
  echo "$sum"
}
io_threads_policy() { # other|batch: the I/O threads; all-other|all-batch: every thread of the node
  local t
  for t in /proc/"$jpid"/task/*; do
    if [[ $1 == all-* ]]; then
      chrt "--${1#all-}" -p 0 "${t##*/}" > /dev/null 2>&1
    elif [[ $(cat "$t/comm" 2>/dev/null) == "default I/O"* ]]; then
      chrt "--$1" -p 0 "${t##*/}" > /dev/null
    fi
  done
  return 0
}
tick=$(getconf CLK_TCK)
# The first JFR recording of a JVM retransforms classes, and on JDK 17 that discards every compiled
# method (PrintCompilation: "made not entrant", then "COMPILE SKIPPED: Jvmti state change
# invalidated dependencies"). Started after the warm-up, it made the first scenario measure a JIT
# warming up again: the refresh at 1.3 ms a request, half of it in X25519Field.mul not yet
# recompiled. A throwaway recording before any warm-up takes that hit where it does not count.
jcmd "$jpid" JFR.start name=prime settings=profile > /dev/null
jcmd "$jpid" JFR.stop name=prime > /dev/null
rows=()
scenario() { # name url script [script-argument]
  local name=$1 url=$2 script=$3 arg=${4:-} tag=$5
  local f="$name$(tr -c 'a-z0-9\n' '_' <<<"$tag" | tr -d '\n')"
  local tail=(); [[ -n $arg ]] && read -r -a tail <<<"-- $arg" # a script may take two files
  [[ $name == verify-* ]] && { fresh_token; [[ $name == verify-page ]] && url=$token_url; }
  curl -s -o "$out/body-$f" -D "$out/headers-$f" -H 'Accept-Encoding: gzip' \
    -H "Cookie: $(head -1 "$out/sessions.txt")" \
    $([[ $name == verify-rest ]] && echo "-H Content-Type:application/json --data-binary @$out/verify-body.json") \
    $([[ $name == check-in ]] && echo "-H Content-Type:application/json --data-binary @$out/checkin-body.json") "$url"
  wrk -t1 -c"$connections" -d"${WARM_SECONDS:-10}s" -s "$script" "$url" "${tail[@]}" > /dev/null 2>&1 || true
  jcmd "$jpid" JFR.start name=alloc settings=profile > /dev/null
  local c0 i0; c0=$(cpu_ticks); i0=$(cpu_ticks io)
  wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$script" "$url" "${tail[@]}" > "$out/wrk-$f.txt" 2>&1
  local c1 i1; c1=$(cpu_ticks); i1=$(cpu_ticks io)
  local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
  jcmd "$jpid" JFR.stop name=alloc filename="$out/$f.jfr" > /dev/null
  head -c "$(wc -c < "$out/body-$f")" /dev/urandom > "$out/size-$f.bin"
  wrk -t1 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$nginx_port/size-$f.bin" > "$out/wrk-nginx-$f.txt" 2>&1
  jfr print --json --stack-depth 64 --events jdk.ObjectAllocationSample "$out/$f.jfr" > "$out/$f-alloc.json"
  jfr print --json --events jdk.ThreadAllocationStatistics "$out/$f.jfr" > "$out/$f-threads.json"
  jfr print --json --stack-depth 64 --events jdk.ExecutionSample "$out/$f.jfr" > "$out/$f-cpu.json"
  python3 "$root/bench/cpu_top.py" "$out/$f-cpu.json" 30 > "$out/cpu-$f.txt" 2>&1 || true
  local requests rps p99 nginx_rps
  requests=$(awk '/requests in/ {print $1}' "$out/wrk-$f.txt")
  rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk-$f.txt")
  p99=$(awk '$1=="99%" {print $2}' "$out/wrk-$f.txt")
  nginx_rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk-nginx-$f.txt")
  local per_request background
  read -r per_request background < <(python3 "$root/bench/alloc_top.py" "$out/$f-alloc.json" "$requests" "$out/top-$f.txt" "$out/$f-threads.json")
  # 64-frame stacks make these prints ~2 GB a scenario; the recording (.jfr) stays for another look.
  rm -f "$out/$f-alloc.json" "$out/$f-cpu.json"
  rows+=("$(printf '%-22s %9s %9s %8s %9s %6.3f %9.3f %6.3f %10s %9s %5s  %s' "$tag$name" "$rps" "$p99" \
    "$(wc -c < "$out/body-$f")" "$nginx_rps" "$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN{print a/b}')" \
    "$(awk -v c=$((c1 - c0)) -v t="$tick" -v n="$requests" 'BEGIN{print c*1000/t/n}')" \
    "$(awk -v c=$((i1 - i0)) -v t="$tick" -v n="$requests" 'BEGIN{print c*1000/t/n}')" \
    "$per_request" "$background" "$(grep -ci '^content-encoding: gzip' "$out/headers-$f" || true)" "$load")")
}
measure_all() { # tag
  for name in $scenarios; do
    case $name in
      refresh) scenario refresh "$base/api/v1/me/code" "$root/bench/sessions.lua" "$out/sessions.txt" "$1" ;;
      code-page) scenario code-page "$base/code.xhtml" "$root/bench/sessions.lua" "$out/sessions.txt" "$1" ;;
      verify-rest) scenario verify-rest "$base/api/v1/tokens/verify" "$root/bench/verify.lua" "$out/verify-body.json" "$1" ;;
      verify-page) scenario verify-page "(fresh)" "$root/bench/gzip.lua" "" "$1" ;;
      check-in) scenario check-in "$base/api/v1/me/check-ins" "$root/bench/checkins.lua" "$out/sessions.txt $venues" "$1" ;;
    esac
  done
}
venues="$data/venue-tokens.txt"
if [[ " $scenarios " == *" check-in "* && ! -s $venues ]]; then
  curl -s -o /dev/null "$base/api/v1/keys" # a demo node creates its first signing key on first use
  java -cp "$cp" "$root/bench/VenueTokens.java" \
    "jdbc:mysql://127.0.0.1:3306/$db?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true" \
    ocp ocp "$data/keys/signing" 400 "$venues"
fi
[[ -s $venues ]] && printf '{"venue":"%s"}' "$(head -1 "$venues")" > "$out/checkin-body.json"
if [[ -n $io_sched ]]; then
  sign_in "${SESSIONS:-100}"
  for policy in $io_sched; do
    io_threads_policy "$policy"
    measure_all "[io:$policy] "
  done
  io_threads_policy all-other
elif [[ -z $undertow ]]; then
  sign_in "${SESSIONS:-100}"
  measure_all ""
else
  IFS=';' read -r -a settings <<<"$undertow"
  for setting in "${settings[@]}"; do
    apply_undertow "$setting"
    sign_in 10 # a reload ends the sessions
    measure_all "[$(undertow_now | sed 's/io-threads => //; s/task-max-threads => /\//; s/buffer-size => /\//' | tr -d ' ')] "
  done
fi
printf '\n%s, wrk -t1 -c%s -d%ss on 127.0.0.1, undertow now: %s\n' "$label" "$connections" "$seconds" "$(undertow_now)"
printf '%-22s %9s %9s %8s %9s %6s %9s %6s %10s %9s %5s  %s\n' scenario req/s p99 body nginx ratio "cpu ms/req" "io ms" "alloc B/req" "other B/r" gzip "load avg"
printf '%s\n' "${rows[@]}" | tee "$out/summary.txt"
for f in "$out"/top-*.txt; do echo "--- top allocators, $(basename "$f" .txt)"; head -25 "$f"; done
for f in "$out"/cpu-*.txt; do echo "--- request threads' CPU, $(basename "$f" .txt)"; head -60 "$f"; done
echo "machine: $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ); wrk, nginx and the node share the cores"
