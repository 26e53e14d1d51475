#!/usr/bin/env bash
# Starts a local cluster: N WildFly nodes (standalone-ha: ocp-ha.xml, JGroups TCP discovery on
# loopback, distributed caches with 2 owners) sharing one MariaDB database and one key folder,
# behind nginx on http://localhost:8000/ (least-connections, retries on a failed node, static
# assets cached at the balancer as a CDN edge would). Work in progress for issue 8.
#   ./cluster.sh [--nodes N] [--no-build]        Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
nodes=2 build=true
while [[ $# -gt 0 ]]; do
  case $1 in
    --nodes) nodes=$2; shift ;;
    --no-build) build=false ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v nginx >/dev/null || { [[ $(id -u) == 0 ]] && apt-get install -y -qq nginx-light >/dev/null; } || { echo "needs nginx" >&2; exit 1; }
mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1 || { echo "needs MariaDB on 127.0.0.1:3306 (./test.sh installs and starts it)" >&2; exit 1; }
$build && mvn -B -q install -DskipTests -Dspotless.check.skip=true

db=ocp_cluster
mysql -h127.0.0.1 -uroot <<SQL
CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ocp'@'localhost' IDENTIFIED BY 'ocp';
CREATE USER IF NOT EXISTS 'ocp'@'127.0.0.1' IDENTIFIED BY 'ocp';
GRANT ALL PRIVILEGES ON $db.* TO 'ocp'@'localhost', 'ocp'@'127.0.0.1';
SQL

jboss_home=$(ls -d "$root"/ear/target/server/wildfly-* | head -1)
work="$root/ear/target/cluster"; mkdir -p "$work"
shared="$root/data/cluster"; mkdir -p "$shared"   # keys every node shares (demo mode)
hosts=""
for i in $(seq 1 "$nodes"); do hosts+="${hosts:+,}127.0.0.1[$((7600 + (i - 1) * 100))]"; done
pids=()
stop() {
  for p in "${pids[@]}"; do kill -TERM -- "-$p" 2>/dev/null || true; done
  nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true
}
trap stop EXIT INT TERM

upstreams=""
for i in $(seq 1 "$nodes"); do
  node="$work/node$i"; offset=$(( (i - 1) * 100 ))
  rm -rf "$node/configuration" "$node/deployments"; mkdir -p "$node/deployments"
  cp -r "$jboss_home/standalone/configuration" "$node/configuration"
  cp "$root/ear/target/one-code-pass.ear" "$node/deployments/"
  seed=false; [[ $i == 1 ]] && seed=true
  setsid "$jboss_home/bin/standalone.sh" -c ocp-ha.xml -Djboss.server.base.dir="$node" \
    -Djboss.node.name="node$i" -Djboss.socket.binding.port-offset=$offset \
    -Docp.cluster.hosts="$hosts" -Docp.mode=demo -Docp.seed-demo-data=$seed -Docp.data.dir="$shared" \
    -Docp.db.url="jdbc:mysql://127.0.0.1:3306/$db" -Docp.db.user=ocp -Docp.db.password=ocp \
    -Docp.public.base-url=http://localhost:8000 > "$node/console.log" 2>&1 &
  pids+=($!)
  port=$((8080 + offset))
  upstreams+="    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'
  # The first node migrates the schema, seeds the demo and creates the shared keys alone.
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 1; done
  echo "node$i ready on :$port"
done

cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  proxy_cache_path $work/edge-cache levels=1:2 keys_zone=edge:10m max_size=100m inactive=7d;
  upstream ocp {
    hash \$cookie_JSESSIONID consistent;
$upstreams    keepalive 64;
  }
  server {
    listen 127.0.0.1:8000;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$host:8000;
    proxy_next_upstream error timeout http_502 http_503;
    proxy_next_upstream_tries 2;
    location /static/ {
      proxy_pass http://ocp;
      proxy_cache edge;
      proxy_cache_valid 200 365d;
      add_header X-Edge-Cache \$upstream_cache_status;
    }
    location / { proxy_pass http://ocp; }
  }
}
NGINX
nginx -p "$work" -c "$work/nginx.conf"
echo "==> cluster of $nodes nodes behind http://localhost:8000/ (Ctrl-C stops it)"
wait
