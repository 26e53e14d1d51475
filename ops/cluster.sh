#!/usr/bin/env bash
# A local cluster of One Code Pass: N WildFly nodes of the same EAR (ocp-ha.xml: standalone-ha,
# JGroups TCP discovery on loopback, distributed caches and web sessions with 2 owners) sharing one
# MariaDB database and one key folder, behind HAProxy (active health checks on /health/ready,
# sticky cookie, requests that met a dead node retried on another, drain for rolling restarts,
# /static/ assets cached and served by the balancer like a CDN edge).
#
#   ops/cluster.sh start [--nodes N] [--port P] [--base-offset O] [--db-port D] [--db NAME]
#                        [--db-hosts H:P,H:P,...] [--fresh-db] [--no-build] [--foreground]
#   ops/cluster.sh status          [--port P]   nodes, their health and the balancer's view
#   ops/cluster.sh restart-node I  [--port P]   rolling: drain, graceful stop, start, ready, enable
#   ops/cluster.sh kill-node I     [--port P]   kill -9 (failure drills)
#   ops/cluster.sh start-node I    [--port P]   start a node that is down
#   ops/cluster.sh stop            [--port P]
#
# Defaults: 2 nodes, balancer on http://localhost:8000/, node i on HTTP port 8080 + O + 100 i
# (O = 2000: 10180, 10280, ...), MariaDB on 127.0.0.1:3306 (root over TCP creates the database
# and the application user), database ocp_cluster. State, logs and the HAProxy configuration live in
# ear/target/cluster-P/. Installs HAProxy when missing (as root, Debian package `haproxy`).
# --db-hosts gives the nodes a multi-host (failover) JDBC URL, e.g. a Galera cluster started by
# ops/galera.sh (`--db-hosts "$(ops/galera.sh hosts)" --db-port 3510`): every node writes to the
# first database that answers and moves to the next when it dies; --db-port is used only to create
# the database and the application user (Galera replicates both).
# OCP_NODE_JAVA_OPTS replaces the nodes' JVM options; OCP_NODE_SCHED (other|batch, default other)
# is the Linux scheduling policy each node JVM starts under. OCP_NODE_CONFIG (default ocp-ha.xml)
# is the server configuration: ocp-mysql.xml starts independent nodes (local caches, no JGroups)
# on the same database and keys, the control that tells the cluster's own cost from what two JVMs
# sharing a box cost (bench/cluster-cpu.sh --independent); sign-in then needs the sticky cookie.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

cmd=${1:-start}
[[ $# -gt 0 ]] && shift
nodes=2 port=8000 base_offset=2000 db_port=3306 db=ocp_cluster fresh=false build=auto foreground=false
db_hosts=
node_arg=
node_config=${OCP_NODE_CONFIG:-ocp-ha.xml}
while [[ $# -gt 0 ]]; do
  case $1 in
    --nodes) nodes=$2; shift ;;
    --port) port=$2; shift ;;
    --base-offset) base_offset=$2; shift ;;
    --db-port) db_port=$2; shift ;;
    --db) db=$2; shift ;;
    --db-hosts) db_hosts=$2; shift ;;
    --fresh-db) fresh=true ;;
    --no-build) build=false ;;
    --foreground) foreground=true ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    [0-9]*) node_arg=$1 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

state="$root/ear/target/cluster-$port"
admin_port=$((port + 1)) # HAProxy's runtime API, on loopback only
metrics_port=$((port + 2)) # HAProxy's Prometheus exporter (ops/prometheus), on loopback only
say() { printf '==> %s\n' "$*"; }
die() { printf 'cluster.sh: %s\n' "$*" >&2; exit 1; }

# Settings of a running cluster come from its state folder, so every command but start needs
# only --port.
if [[ $cmd != start ]]; then
  [[ -f $state/cluster.env ]] || die "no cluster on port $port (no $state/cluster.env)"
  # shellcheck source=/dev/null
  source "$state/cluster.env"
fi

node_offset() { echo $((base_offset + $1 * 100)); }
node_port() { echo $((8080 + $(node_offset "$1"))); }
node_pid_file() { echo "$state/node$1/pid"; }
haproxy_cmd() { # a command for HAProxy's runtime API; prints the answer
  exec 3<>"/dev/tcp/127.0.0.1/$admin_port" || return 1
  printf '%s\n' "$1" >&3
  timeout 2 cat <&3 || true
  exec 3>&-
}
ready() { curl -sf -m 2 -o /dev/null "http://127.0.0.1:$(node_port "$1")/health/ready"; }
wait_ready() { # node seconds
  for _ in $(seq 1 "$2"); do ready "$1" && return 0; sleep 1; done
  return 1
}
node_alive() { local f; f=$(node_pid_file "$1"); [[ -f $f ]] && kill -0 "$(cat "$f")" 2>/dev/null; }

start_node() { # i seed-demo-data
  local i=$1 seed=$2 node="$state/node$1"
  node_alive "$i" && die "node$i is already running (pid $(cat "$(node_pid_file "$i")"))"
  rm -rf "$node/configuration" "$node/deployments" "$node/tmp" "$node/data/content"
  mkdir -p "$node/deployments"
  cp -r "$jboss_home/standalone/configuration" "$node/configuration"
  cp "$root/ear/target/one-code-pass.ear" "$node/deployments/"
  local hosts="" k
  for k in $(seq 1 "$nodes"); do hosts+="${hosts:+,}127.0.0.1[$((7600 + $(node_offset "$k")))]"; done
  # setsid: the node gets its own process group, so stop and kill reach the JVM too.
  # G1 with a fixed heap (GC log in the node's log folder): with ParallelGC and a growing heap the
  # overload drill met full collections of 400-700 ms that stalled admitted requests and refusals
  # alike; a short pause goal (20 ms) made eden small and young pauses frequent (every 1-3 s, each
  # still 50-200 ms on the shared box), while G1's default goal gives a ~600 MB eden collected
  # every 5-10 s in 20-35 ms under the drill's load.
  mkdir -p "$node/log"
  # OCP_NODE_SCHED=batch runs the node under SCHED_BATCH (docs/OPERATIONS.md, "Node CPU
  # scheduling"; measured in docs/PERFORMANCE.md, "The I/O thread's spin"); the drills keep the
  # default until they have been run with it.
  JAVA_OPTS="${OCP_NODE_JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseG1GC -XX:MetaspaceSize=256m -Xlog:gc:file=$node/log/gc.log}" setsid \
    chrt "--${OCP_NODE_SCHED:-other}" 0 "$jboss_home/bin/standalone.sh" -c "$node_config" -Djboss.server.base.dir="$node" \
    -Djboss.node.name="node$i" -Djboss.socket.binding.port-offset="$(node_offset "$i")" \
    -Djboss.as.management.blocking.timeout="${OCP_BOOT_TIMEOUT:-1200}" \
    -Docp.cluster.hosts="$hosts" -Docp.mode=demo -Docp.seed-demo-data="$seed" \
    -Docp.data.dir="$state/data" -Docp.public.base-url="http://localhost:$port" \
    -Docp.trusted-proxies=127.0.0.1 \
    -Docp.db.url="jdbc:mysql://${db_hosts:-127.0.0.1:$db_port}/$db" -Docp.db.user=ocp -Docp.db.password=ocp \
    ${OCP_NODE_PROPERTIES:-} > "$node/console.log" 2>&1 < /dev/null &
  echo $! > "$(node_pid_file "$i")"
}

stop_node() { # i: graceful (in-flight requests finish), then the process group
  local i=$1 f; f=$(node_pid_file "$i")
  [[ -f $f ]] || return 0
  local pid; pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    "$jboss_home/bin/jboss-cli.sh" --controller="127.0.0.1:$((9990 + $(node_offset "$i")))" --connect \
      --command=":shutdown(suspend-timeout=20)" >/dev/null 2>&1 || kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

write_haproxy_cfg() {
  local servers="" static_servers="" routes="" i
  for i in $(seq 1 "$nodes"); do
    servers+="  server node$i 127.0.0.1:$(node_port "$i") check cookie node$i"$'\n'
    routes+="  use-server node$i if { req.cook(JSESSIONID) -m end .node$i }"$'\n'
    static_servers+="  server node$i 127.0.0.1:$(node_port "$i") track ocp/node$i"$'\n'
  done
  cat > "$state/haproxy.cfg" <<CFG
global
  maxconn 8192
  pidfile $state/haproxy.pid
  stats socket ipv4@127.0.0.1:$admin_port level admin
  log stdout format raw local0 notice

defaults
  mode http
  log global
  option dontlognull
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  timeout http-request 10s
  timeout http-keep-alive 10s
  timeout queue 1s

# The CDN edge: fingerprinted /static/ assets are immutable, so one copy serves every client.
cache edge
  total-max-size 64
  max-object-size 2000000
  max-age 31536000
  process-vary on

# Prometheus scrapes the balancer here (ops/prometheus/prometheus.yml, job haproxy).
frontend metrics
  bind 127.0.0.1:$metrics_port
  http-request use-service prometheus-exporter if { path /metrics }

frontend www
  bind 127.0.0.1:$port
  # The balancer is the edge: it states the client's address and scheme, replacing whatever the
  # client sent, and the nodes believe these headers from it alone (ocp.trusted-proxies).
  http-request set-header X-Forwarded-For %[src]
  http-request set-header X-Forwarded-Proto %[ssl_fc,iif(https,http)]
  use_backend edge if { path_beg /static/ }
  default_backend ocp

# Static assets: no sticky cookie (a Set-Cookie would make the response private and uncacheable
# at an edge), the same nodes and health as the application backend.
backend edge
  balance roundrobin
  retries 2
  retry-on conn-failure empty-response
  option redispatch 1
  http-request cache-use edge
  http-response cache-store edge
$static_servers

backend ocp
  balance leastconn
  # Sticky by a balancer cookie; sessions are replicated, so losing the node costs nothing but a
  # cache-warm-up: option redispatch moves the citizen to a live node.
  # Same attributes as the application's cookies (SameSite=Lax; add "secure" with a TLS bind).
  cookie OCPNODE insert indirect nocache httponly attr "SameSite=Lax"
  # WildFly ends the session id with the route of the node that owns the session (".node1"):
  # a client that kept only JSESSIONID (an app, a script) still reaches the owner, where the
  # session is read locally; through the other node every request fetched it from the owner
  # (wrk with JSESSIONID alone: 100 req/s through the balancer against 650/s at the owner).
  # A dead owner's rule is skipped and redispatch picks a live node, which takes the session over.
  # Citizens have no JSESSIONID at all (a signed credential cookie any node verifies locally,
  # docs/ACCESS.md), so these rules concern staff sessions only.
$routes  option redispatch 1
  # A request that met a dead node (refused connection, connection closed without an answer) is
  # sent again to another node. POSTs are safe to resend: check-ins carry an idempotency key.
  # A 503 is not retried: a shed request is meant to reach the client with its Retry-After, and a
  # "database unreachable" answer would only be repeated more slowly on the other node (drill 2).
  retries 2
  retry-on conn-failure empty-response response-timeout
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 1s fastinter 250ms downinter 1s fall 2 rise 2 maxconn 256
$servers
CFG
}

start_haproxy() {
  haproxy -c -q -f "$state/haproxy.cfg" || die "bad HAProxy configuration $state/haproxy.cfg"
  haproxy -D -f "$state/haproxy.cfg" >> "$state/haproxy.log" 2>&1
}

case $cmd in
start)
  command -v java >/dev/null || die "Java 17 is required (apt-get install openjdk-17-jdk-headless)"
  if ! command -v haproxy >/dev/null; then
    [[ $(id -u) == 0 ]] || die "HAProxy is missing; install it: apt-get install haproxy"
    say "installing HAProxy"
    apt-get install -y -qq haproxy >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq haproxy >/dev/null; }
  fi
  command -v mysql >/dev/null || die "the mysql client is required (apt-get install mariadb-client)"
  mysqladmin -h127.0.0.1 -P"$db_port" -uroot ping >/dev/null 2>&1 ||
    die "needs MariaDB on 127.0.0.1:$db_port with root over TCP (./test.sh installs and starts one on 3306)"
  if [[ -f $state/cluster.env ]] && [[ -f $state/haproxy.pid ]] && kill -0 "$(cat "$state/haproxy.pid")" 2>/dev/null; then
    die "a cluster is already running on port $port (ops/cluster.sh stop --port $port)"
  fi
  if [[ $build == true || ( $build == auto && ! -f $root/ear/target/one-code-pass.ear ) ]]; then
    say "building the EAR and provisioning WildFly (first time: a few minutes)"
    mvn -B -q package -DskipTests -Dspotless.check.skip=true
  fi
  jboss_home=$(ls -d "$root"/ear/target/server/wildfly-* 2>/dev/null | head -1)
  [[ -n $jboss_home && -f $jboss_home/standalone/configuration/ocp-ha.xml ]] || die "no provisioned WildFly; run without --no-build"
  mkdir -p "$state/data"
  cat > "$state/cluster.env" <<ENV
nodes=$nodes base_offset=$base_offset db_port=$db_port db=$db jboss_home=$jboss_home db_hosts=$db_hosts node_config=$node_config
ENV
  $fresh && mysql -h127.0.0.1 -P"$db_port" -uroot -e "DROP DATABASE IF EXISTS $db"
  mysql -h127.0.0.1 -P"$db_port" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ocp'@'localhost' IDENTIFIED BY 'ocp';
CREATE USER IF NOT EXISTS 'ocp'@'127.0.0.1' IDENTIFIED BY 'ocp';
GRANT ALL PRIVILEGES ON $db.* TO 'ocp'@'localhost', 'ocp'@'127.0.0.1';
SQL
  # The first node migrates the schema, seeds the demo data and creates the shared keys alone;
  # the others then start together.
  say "starting node1 (schema, demo data, keys)"
  start_node 1 true
  wait_ready 1 "${OCP_READY_WAIT:-900}" || die "node1 did not become ready; see $state/node1/console.log"
  for i in $(seq 2 "$nodes"); do say "starting node$i"; start_node "$i" false; done
  for i in $(seq 2 "$nodes"); do
    wait_ready "$i" "${OCP_READY_WAIT:-900}" || die "node$i did not become ready; see $state/node$i/console.log"
  done
  write_haproxy_cfg
  start_haproxy
  for i in $(seq 1 "$nodes"); do echo "node$i ready on http://127.0.0.1:$(node_port "$i")/"; done
  say "cluster of $nodes nodes behind http://localhost:$port/ (ops/cluster.sh stop --port $port)"
  if $foreground; then
    trap '"$0" stop --port "$port"' INT TERM
    while sleep 3600; do :; done
  fi
  ;;
stop)
  [[ -f $state/haproxy.pid ]] && kill "$(cat "$state/haproxy.pid")" 2>/dev/null || true
  for i in $(seq 1 "$nodes"); do stop_node "$i" & done
  wait
  rm -f "$state/haproxy.pid"
  say "cluster on port $port stopped"
  ;;
status)
  for i in $(seq 1 "$nodes"); do
    if ready "$i"; then s=ready; elif node_alive "$i"; then s="up, not ready"; else s=down; fi
    printf 'node%-3s :%-6s %s\n' "$i" "$(node_port "$i")" "$s"
  done
  haproxy_cmd "show servers state ocp" | awk 'NR > 2 && NF > 6 {
    split("MAINT STOPPED STARTING RUNNING", op, " "); printf "balancer: %s operational=%s admin=%s\n", $4, $6, $7 }' ||
    echo "balancer: not running"
  ;;
restart-node)
  i=${node_arg:?which node? restart-node I}
  # Drain first: no new requests reach the node (sticky citizens are redispatched), in-flight ones
  # finish during the graceful shutdown; then start, wait until ready, and let traffic back.
  haproxy_cmd "set server ocp/node$i state drain" >/dev/null
  haproxy_cmd "set server ocp/node$i state maint" >/dev/null
  sleep 1
  stop_node "$i"
  start_node "$i" false
  wait_ready "$i" "${OCP_READY_WAIT:-900}" || die "node$i did not become ready; see $state/node$i/console.log"
  haproxy_cmd "set server ocp/node$i state ready" >/dev/null
  # Active checks must see it up too before it takes traffic (rise 2).
  sleep 1
  say "node$i restarted and back in the balancer"
  ;;
kill-node)
  i=${node_arg:?which node? kill-node I}
  f=$(node_pid_file "$i")
  [[ -f $f ]] && kill -KILL -- "-$(cat "$f")" 2>/dev/null || true
  rm -f "$f"
  say "node$i killed (kill -9)"
  ;;
start-node)
  i=${node_arg:?which node? start-node I}
  start_node "$i" false
  wait_ready "$i" "${OCP_READY_WAIT:-900}" || die "node$i did not become ready; see $state/node$i/console.log"
  haproxy_cmd "set server ocp/node$i state ready" >/dev/null
  say "node$i started"
  ;;
*) die "unknown command $cmd (see --help)" ;;
esac
