#!/usr/bin/env bash
# Two builds of the EAR side by side on one box, for a before/after figure that shares the same
# noise (the box is often shared): each as a single node (ocp-mysql.xml, -Xmx2g, port offsets
# $OFFSETS, default "760 780", admission permits = connections), one database (ocp_side_by_side, 1,000 seeded citizens,
# 100 signed in on each node), 20 s of warm-up each, then alternating rounds of wrk on PATH
# (round-robin over the signed-in sessions, gzip accepted), each followed by nginx serving a
# file of that answer's size. wrk on 127.0.0.1 only.
#   bench/side-by-side.sh BEFORE_EAR BEFORE_CONFIG_DIR AFTER_EAR AFTER_CONFIG_DIR [PATH] [ROUNDS] [SECONDS] [CONNECTIONS]
# A CONFIG_DIR is a provisioned server's standalone/configuration (ear/target/server/wildfly-*/
# standalone/configuration after a build), so each build runs with its own server configuration.
# Builds nothing; needs a built tree for the server, the seeding classes and the MySQL driver.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
before_ear=$1 before_config=$2 after_ear=$3 after_config=$4
path=${5:-/api/v1/me/code} rounds=${6:-3} seconds=${7:-10} connections=${8:-8}
jboss_home=$(ls -d "$root"/ear/target/server/wildfly-* | head -1)
read -r before_offset after_offset <<<"${OFFSETS:-760 780}"
before_port=$((8080 + before_offset)) after_port=$((8080 + after_offset))
out="$root/bench/out/side-by-side"; rm -rf "$out"; mkdir -p "$out"
db=ocp_side_by_side
# The seeded citizens are encrypted with the data keys under $data: one is not kept without the other.
data="$root/bench/out/side-by-side-data"
[[ -f $data/keys/data-keys.properties ]] || mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db"
mysql -h127.0.0.1 -uroot -e "CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'ocp'@'localhost' IDENTIFIED BY 'ocp'; CREATE USER IF NOT EXISTS 'ocp'@'127.0.0.1' IDENTIFIED BY 'ocp';
  GRANT ALL PRIVILEGES ON $db.* TO 'ocp'@'localhost', 'ocp'@'127.0.0.1';"
pids=()
trap 'exit 1' INT TERM
trap 'for p in "${pids[@]}"; do kill -TERM -- -$p 2>/dev/null; done; nginx -p "$out" -c "$out/nginx.conf" -s stop 2>/dev/null || true' EXIT
start() { # name ear config offset
  local node="$out/node-$1"; mkdir -p "$node/deployments"
  cp -r "$3" "$node/configuration"; cp "$2" "$node/deployments/one-code-pass.ear"
  JAVA_OPTS="-Xms1g -Xmx2g -XX:+UseParallelGC" setsid "$jboss_home/bin/standalone.sh" -c ocp-mysql.xml \
    -Djboss.server.base.dir="$node" -Djboss.socket.binding.port-offset="$4" \
    -Docp.admission.code_view="$connections" -Docp.admission.verification="$connections" \
    -Docp.admission.check_in="$connections" -Docp.admission.other="$connections" \
    -Docp.mode=demo -Docp.data.dir="$data" -Docp.limits.sign-in-codes.per-address-per-minute=1000000 \
    -Docp.db.url="jdbc:mysql://127.0.0.1:3306/$db" -Docp.db.user=ocp -Docp.db.password=ocp \
    > "$out/server-$1.log" 2>&1 &
  pids+=($!)
}
up() {
  for _ in $(seq 1 300); do curl -sf -o /dev/null "http://127.0.0.1:$1/" && break; sleep 1; done
  curl -sf -o /dev/null "http://127.0.0.1:$1/" || { echo "node on $1 did not start; see $out/server-*.log" >&2; exit 1; }
}
# One after the other: the first start creates the keys under $data that both nodes share.
start before "$before_ear" "$before_config" "$before_offset"
up $before_port
start after "$after_ear" "$after_config" "$after_offset"
up $after_port
cp="$(ls "$root"/platform/api/target/platform-api-*.jar | head -1):$(ls "$root"/code-issue/api/target/code-issue-api-*.jar | head -1):$(ls "$root"/code-issue/ejb/target/code-issue-ejb-*.jar | head -1):$root/ear/target/server/drivers/mysql-connector-j.jar:$(ls ~/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.81/bcprov-jdk18on-1.81.jar)"
have=$(mysql -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM $db.citizen WHERE mobile_masked LIKE '170%'")
if (( have < 1000 )); then
  java -cp "$cp" "$root/bench/SeedCitizens.java" "jdbc:mysql://127.0.0.1:3306/$db?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true" \
    ocp ocp "$data/keys/data-keys.properties" 1000
fi
for n in before:$before_port after:$after_port; do
  name=${n%%:*} port=${n##*:}
  java "$root/bench/SignInCitizens.java" "http://127.0.0.1:$port" 1000 100 "$out/sessions-$name.txt" > "$out/signin-$name.log" 2>&1
  curl -s -o "$out/body-$name" -D "$out/headers-$name" -H 'Accept-Encoding: gzip' \
    -H "Cookie: $(head -1 "$out/sessions-$name.txt")" "http://127.0.0.1:$port$path"
  head -c "$(wc -c < "$out/body-$name")" /dev/urandom > "$out/size-$name.bin"
done
cat > "$out/nginx.conf" <<NGINX
worker_processes 1;
pid $out/nginx.pid;
error_log $out/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:8897; root $out; location / { } } }
NGINX
nginx -p "$out" -c "$out/nginx.conf"
load() { wrk -t1 -c"$connections" -d"$3" --latency -s "$root/bench/sessions.lua" "http://127.0.0.1:$2$path" -- "$out/sessions-$1.txt"; }
load before $before_port 20s > /dev/null 2>&1 || true
load after $after_port 20s > /dev/null 2>&1 || true
report() {
  awk -v what="$1" -v ld="$(cut -d' ' -f1 /proc/loadavg)" '
    /Requests\/sec/ {rps=$2} $1=="99%" {p99=$2} /requests in/ {n=$1; b=$5}
    END {printf "%-28s %10s req/s  p99 %-9s %8s requests %9s read  load %s\n", what, rps, p99, n, b, ld}' "$2"
}
echo "path $path, wrk -t1 -c$connections -d${seconds}s, $rounds rounds"
for round in $(seq 1 "$rounds"); do
  for name in before after; do
    port=$([[ $name == before ]] && echo $before_port || echo $after_port)
    load "$name" "$port" "${seconds}s" > "$out/wrk-$name-$round.txt" 2>&1
    report "round $round $name" "$out/wrk-$name-$round.txt"
    wrk -t1 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:8897/size-$name.bin" > "$out/wrk-nginx-$name-$round.txt" 2>&1
    report "round $round nginx $(wc -c < "$out/size-$name.bin") B" "$out/wrk-nginx-$name-$round.txt"
  done
done
for name in before after; do
  echo "$name answer: $(wc -c < "$out/body-$name") B; $(grep -i '^content-encoding\|^content-length' "$out/headers-$name" | tr -d '\r' | tr '\n' ' ')"
done
echo "machine: $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ); wrk, nginx and both nodes share the cores"
