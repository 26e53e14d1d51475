#!/usr/bin/env bash
# Citizen identity on one node: heap per signed-in citizen, HTTP sessions held, and the per-minute
# refresh (/api/v1/me/code) with wrk beside nginx serving the same bytes in the same run.
#   bench/sessions-compare.sh EAR LABEL [CLIENT_DIR]
# EAR: the build to measure (e.g. this branch's and main's, one after the other); CLIENT_DIR: the
# bench/ folder whose SignInCitizens.java fits that build (default: this one). Environment:
# OFFSET (port offset, default 4900), DB (default ocp_cred_bench), S (citizens signed in, 500),
# DURATION (wrk seconds, 15), CONNECTIONS (32). Needs a built ear/target/server (mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
ear=$(realpath "$1") label=$2 client=${3:-$root/bench}
offset=${OFFSET:-4900} db=${DB:-ocp_cred_bench} s=${S:-500} duration=${DURATION:-15} conns=${CONNECTIONS:-32}
port=$((8080 + offset)) mgmt=$((9990 + offset)) nginx_port=$((8899 + offset))
out="$root/bench/out/sessions-$label"; rm -rf "$out"; mkdir -p "$out"
jboss_home=$(ls -d "$root"/ear/target/server/wildfly-* | head -1)
base_url="http://127.0.0.1:$port"

mysql -h127.0.0.1 -uroot <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ocp'@'localhost' IDENTIFIED BY 'ocp';
CREATE USER IF NOT EXISTS 'ocp'@'127.0.0.1' IDENTIFIED BY 'ocp';
GRANT ALL PRIVILEGES ON $db.* TO 'ocp'@'localhost', 'ocp'@'127.0.0.1';
SQL

node="$out/node"
mkdir -p "$node/deployments"
cp -r "$jboss_home/standalone/configuration" "$node/configuration"
cp "$ear" "$node/deployments/one-code-pass.ear"
JAVA_OPTS="-Xms1g -Xmx1g -XX:+UseParallelGC" setsid "$jboss_home/bin/standalone.sh" -c ocp-mysql.xml \
  -Djboss.server.base.dir="$node" -Djboss.socket.binding.port-offset=$offset -Djboss.as.management.blocking.timeout=1200 \
  -Docp.admission.code_view=$conns -Docp.admission.other=$conns \
  -Docp.mode=demo -Docp.data.dir="$out/data" \
  -Docp.limits.sign-in-codes.per-address-per-minute=1000000 \
  -Docp.db.url=jdbc:mysql://127.0.0.1:3306/$db -Docp.db.user=ocp -Docp.db.password=ocp \
  > "$out/server.log" 2>&1 &
server=$!
trap 'kill -TERM -- -$server 2>/dev/null; nginx -p "$out" -c "$out/nginx.conf" -s stop 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do curl -sf -o /dev/null "$base_url/" && break; sleep 1; done
curl -sf -o /dev/null "$base_url/" || { echo "server did not start; see $out/server.log" >&2; exit 1; }
jpid=$(pgrep -f -- "-Djboss.server.base.dir=$node" | while read -r p; do [[ $(cat /proc/$p/comm) == java ]] && echo "$p"; done | head -1)

cp="$(ls "$root"/platform/api/target/platform-api-*.jar | head -1):$(ls "$root"/code-issue/api/target/code-issue-api-*.jar | head -1):$(ls "$root"/code-issue/ejb/target/code-issue-ejb-*.jar | head -1):$root/ear/target/server/drivers/mysql-connector-j.jar:$(ls ~/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.81/bcprov-jdk18on-1.81.jar)"
curl -s -o /dev/null "$base_url/api/v1/keys"
java -cp "$cp" "$root/bench/SeedCitizens.java" \
  "jdbc:mysql://127.0.0.1:3306/$db?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true" \
  ocp ocp "$out/data/keys/data-keys.properties" "$s" > "$out/seed.log"

heap_k() { jcmd "$jpid" GC.run >/dev/null; sleep 1; jcmd "$jpid" GC.heap_info | awk '/total/ {for(i=1;i<=NF;i++) if($i=="used") {v=$(i+1); gsub(/[^0-9]/,"",v); t+=v}} END {print t+0}'; }
sessions_held() { "$jboss_home/bin/jboss-cli.sh" --controller=127.0.0.1:$mgmt --connect --command="/deployment=one-code-pass.ear/subdeployment=admin-web.war/subsystem=undertow:read-attribute(name=active-sessions)" 2>/dev/null | awk -F'=> ' '/result/ {gsub(/[^0-9]/,"",$2); print $2}' || true; }
# Two warm-up rounds of sign-ins (class loading, JIT) before the measured one.
java "$client/SignInCitizens.java" "$base_url" "$s" 20 "$out/warm.txt" >/dev/null
sessions_before=$(sessions_held); before=$(heap_k)
java "$client/SignInCitizens.java" "$base_url" "$s" "$s" "$out/signed-in.txt"
after=$(heap_k); sessions_after=$(sessions_held)
# An old client writes bare JSESSIONID values; the lua script wants name=value lines.
sed -e '/=/!s/^/JSESSIONID=/' "$out/signed-in.txt" > "$out/cookies.txt"

curl -s -H "Cookie: $(head -1 "$out/cookies.txt")" "$base_url/api/v1/me/code" > "$out/refresh.json"
cp "$out/refresh.json" "$out/same-bytes.json"
cat > "$out/nginx.conf" <<NGINX
worker_processes 1;
pid $out/nginx.pid;
error_log $out/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$nginx_port; root $out; location / { } } }
NGINX
nginx -p "$out" -c "$out/nginx.conf"
run() { wrk -t1 -c"$conns" -d5s "$@" >/dev/null 2>&1 || true; wrk -t1 -c"$conns" -d"${duration}s" --latency "$@"; }
run -s "$root/bench/sessions.lua" "$base_url/api/v1/me/code" -- "$out/cookies.txt" > "$out/wrk-refresh.txt"
run "http://127.0.0.1:$nginx_port/same-bytes.json" > "$out/wrk-nginx.txt"
sessions_end=$(sessions_held)
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1=="99%" {print $2}' "$1"; }
non2xx() { awk '/Non-2xx/ {print $NF}' "$1"; }
printf '%s: refresh %s req/s p99 %s (non-2xx %s) | nginx same %s bytes %s req/s p99 %s | ratio %.3f\n' \
  "$label" "$(rps "$out/wrk-refresh.txt")" "$(p99 "$out/wrk-refresh.txt")" "$(non2xx "$out/wrk-refresh.txt")" \
  "$(wc -c < "$out/refresh.json")" "$(rps "$out/wrk-nginx.txt")" "$(p99 "$out/wrk-nginx.txt")" \
  "$(awk -v a="$(rps "$out/wrk-refresh.txt")" -v b="$(rps "$out/wrk-nginx.txt")" 'BEGIN{print a/b}')" | tee "$out/summary.txt"
printf '%s: session memory per signed-in citizen %d B (heap %d -> %d KB for %d citizens); HTTP sessions held %s -> %s after sign-in, %s after the refresh run; load %s\n' \
  "$label" $(( (after - before) * 1024 / s )) "$before" "$after" "$s" "${sessions_before:-?}" "${sessions_after:-?}" "${sessions_end:-?}" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/summary.txt"
