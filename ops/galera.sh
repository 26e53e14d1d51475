#!/usr/bin/env bash
# The database tier as a MariaDB Galera cluster on one machine: N nodes (default 3), each its own
# data directory and ports on loopback, synchronous replication (a commit is certified by the
# whole primary component before it returns), state transfer by mariabackup for a new node and by IST
# (the donor's write-set cache) for a node that comes back.
#
#   ops/galera.sh start       [--nodes N] [--base-port P] [--fresh]   bootstrap node1, join the rest
#   ops/galera.sh status      [--base-port P]      each node: up?, cluster size, state, ready
#   ops/galera.sh kill-node I [--base-port P]      kill -9 (drills)
#   ops/galera.sh stop-node I [--base-port P]      graceful shutdown
#   ops/galera.sh start-node I [--base-port P]     (re)join: IST when the others still hold its gap
#   ops/galera.sh wait-synced I [--base-port P]    until node I is Synced (exit 1 after 120 s)
#   ops/galera.sh hosts       [--base-port P]      host:port list for a JDBC URL
#   ops/galera.sh stop        [--base-port P]
#
# Node i listens on P + 10 (i - 1) for SQL (default P = 3510: 3510, 3520, 3530) and uses the next
# three ports for Galera's group communication, IST and SST. State lives in
# ear/target/galera-P/. Installs mariadb-server, galera-4, mariadb-backup and socat when missing.
# The application connects with Connector/J's failover URL (ops/cluster.sh --galera): all writes go
# to the first live node, so write-write certification conflicts between nodes are rare, and when
# one happens it reaches the application as a deadlock that is safe to retry (docs/RELIABILITY.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

cmd=${1:-status}
[[ $# -gt 0 ]] && shift
nodes=3 base_port=3510 fresh=false node_arg=
while [[ $# -gt 0 ]]; do
  case $1 in
    --nodes) nodes=$2; shift ;;
    --base-port) base_port=$2; shift ;;
    --fresh) fresh=true ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    [0-9]*) node_arg=$1 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
state="$root/ear/target/galera-$base_port"
say() { printf '==> %s\n' "$*"; }
die() { printf 'galera.sh: %s\n' "$*" >&2; exit 1; }
[[ $cmd == start || -f $state/galera.env ]] || die "no Galera cluster on base port $base_port (ops/galera.sh start)"
[[ $cmd != start && -f $state/galera.env ]] && source "$state/galera.env"

sql_port() { echo $((base_port + 10 * ($1 - 1))); }
node_dir() { echo "$state/db$1"; }
node_pid() { cat "$(node_dir "$1").pid" 2>/dev/null; }
node_alive() { local p; p=$(node_pid "$1") && [[ -n $p ]] && kill -0 "$p" 2>/dev/null; }
q() { mysql -h127.0.0.1 -P"$(sql_port "$1")" -uroot -N -B -e "$2" 2>/dev/null; }
wsrep() { q "$1" "SHOW STATUS LIKE '$2'" | awk '{print $2}'; }

install_missing() {
  local missing=()
  [[ -x /usr/sbin/mariadbd ]] || missing+=(mariadb-server)
  [[ -f /usr/lib/galera/libgalera_smm.so ]] || missing+=(galera-4)
  command -v socat >/dev/null || missing+=(socat)
  command -v mariadb-backup >/dev/null || missing+=(mariadb-backup)
  [[ ${#missing[@]} -eq 0 ]] && return 0
  [[ $(id -u) == 0 ]] || die "missing ${missing[*]}; install them: apt-get install ${missing[*]}"
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
}

write_cnf() { # i
  local i=$1 p members="" k
  p=$(sql_port "$i")
  for k in $(seq 1 "$nodes"); do members+="${members:+,}127.0.0.1:$(($(sql_port "$k") + 1))"; done
  cat > "$(node_dir "$i").cnf" <<CNF
[mysqld]
user=root
datadir=$(node_dir "$i")
port=$p
bind-address=127.0.0.1
socket=$(node_dir "$i").sock
pid-file=$(node_dir "$i").pid
log-error=$(node_dir "$i").err
innodb_buffer_pool_size=128M
max_connections=400
# Galera replicates rows; auto-increment lock mode 2 lets nodes apply inserts in parallel.
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# Binlogs on every node (with replicated writes too) so ops/backup.sh can restore from any node.
log_bin=$(node_dir "$i")-bin
log_slave_updates=ON
# The application's own migration creates the colour-counter triggers as a non-SUPER user;
# with binary logging on, MariaDB allows that only with this setting (docs/OPERATIONS.md).
log_bin_trust_function_creators=1
server_id=1
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=ocp
wsrep_cluster_address=gcomm://$members
wsrep_node_name=db$i
wsrep_node_address=127.0.0.1:$((p + 1))
# gcache large enough that a node down for minutes under load comes back by IST, not a full SST.
# A node that dies without leaving stalls every commit until the others evict it: with Galera's
# defaults (suspect after 5 s, checked every 1 s) the kill drill saw a 6 s gap in check-ins; 3 s
# checked every 0.5 s keeps it under the 5 s promise and is still far above a LAN's pauses.
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((p + 1));ist.recv_addr=127.0.0.1:$((p + 2));gcache.size=512M;pc.recovery=TRUE;evs.suspect_timeout=PT3S;evs.inactive_check_period=PT0.5S;evs.keepalive_period=PT0.5S"
# mariabackup, not rsync: run as root (as here), rsync's daemon drops to "nobody" and cannot write the data directory.
wsrep_sst_method=mariabackup
wsrep_sst_auth=root:
wsrep_sst_receive_address=127.0.0.1:$((p + 3))
CNF
}

# A node that died (kill -9, power) left seqno -1 in grastate.dat: without its position it would
# need a full state transfer. Recover the position from InnoDB first, as the Debian service's
# galera_recovery does, so it rejoins by IST from a donor's write-set cache.
recovered_position() { # i -> --wsrep_start_position=... or nothing
  local i=$1 log
  grep -qE '^seqno:[[:space:]]+-1' "$(node_dir "$i")/grastate.dat" 2>/dev/null || return 0
  log="$(node_dir "$i").recover.log"
  /usr/sbin/mariadbd --defaults-file="$(node_dir "$i").cnf" --wsrep-recover --log-error="$log" \
    > /dev/null 2>&1 < /dev/null || return 0
  local pos
  pos=$(grep -oE 'Recovered position: [0-9a-f-]+:-?[0-9]+' "$log" | tail -1 | awk '{print $3}')
  [[ -n $pos && $pos != *:-1 ]] && echo "--wsrep_start_position=$pos"
}

start_node() { # i [--wsrep-new-cluster]
  local i=$1; shift
  node_alive "$i" && die "db$i is already running (pid $(node_pid "$i"))"
  set -- "$@" $(recovered_position "$i")
  setsid /usr/sbin/mariadbd --defaults-file="$(node_dir "$i").cnf" "$@" > /dev/null 2>&1 < /dev/null &
  # The server writes the same pid later; writing it now lets a wait notice a start that failed.
  echo $! > "$(node_dir "$i").pid"
}

wait_synced() { # i seconds
  for _ in $(seq 1 $(($2 * 2))); do
    node_alive "$1" || return 1
    [[ $(wsrep "$1" wsrep_local_state_comment) == Synced && $(wsrep "$1" wsrep_ready) == ON ]] && return 0
    sleep 0.5
  done
  return 1
}

stop_node() { # i
  local pid
  pid=$(node_pid "$1") || return 0
  [[ -n $pid ]] || return 0
  mysqladmin -h127.0.0.1 -P"$(sql_port "$1")" -uroot shutdown >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}

case $cmd in
start)
  install_missing
  for i in $(seq 1 "$nodes"); do
    p=$(sql_port "$i")
    for port in $p $((p + 1)) $((p + 2)) $((p + 3)); do
      ss -ltn | grep -q ":$port\b" && die "port $port is taken (ops/galera.sh stop --base-port $base_port?)"
    done
  done
  $fresh && rm -rf "$state"
  mkdir -p "$state"
  echo "nodes=$nodes" > "$state/galera.env"
  for i in $(seq 1 "$nodes"); do
    write_cnf "$i"
    if [[ ! -d $(node_dir "$i")/mysql ]]; then
      mariadb-install-db --no-defaults --user=root --datadir="$(node_dir "$i")" \
        --auth-root-authentication-method=normal --skip-test-db > "$state/install-db$i.log" 2>&1 ||
        die "mariadb-install-db failed; see $state/install-db$i.log"
    fi
  done
  say "db1 bootstraps the cluster on 127.0.0.1:$(sql_port 1)"
  start_node 1 --wsrep-new-cluster
  wait_synced 1 120 || die "db1 did not start; see $(node_dir 1).err"
  for i in $(seq 2 "$nodes"); do
    say "db$i joins on 127.0.0.1:$(sql_port "$i") (state transfer from a donor)"
    start_node "$i"
    wait_synced "$i" 300 || die "db$i did not join; see $(node_dir "$i").err"
  done
  say "Galera cluster of $(wsrep 1 wsrep_cluster_size) nodes: $("$0" hosts --base-port "$base_port")"
  ;;
status)
  for i in $(seq 1 "$nodes"); do
    if node_alive "$i"; then
      printf 'db%s 127.0.0.1:%s up   size=%s state=%s ready=%s\n' "$i" "$(sql_port "$i")" \
        "$(wsrep "$i" wsrep_cluster_size)" "$(wsrep "$i" wsrep_local_state_comment)" "$(wsrep "$i" wsrep_ready)"
    else
      printf 'db%s 127.0.0.1:%s down\n' "$i" "$(sql_port "$i")"
    fi
  done
  ;;
hosts)
  h=""; for i in $(seq 1 "$nodes"); do h+="${h:+,}127.0.0.1:$(sql_port "$i")"; done; echo "$h"
  ;;
kill-node)
  [[ -n $node_arg ]] || die "which node?"
  pid=$(node_pid "$node_arg") || true
  [[ -n ${pid:-} ]] && kill -KILL "$pid" 2>/dev/null || true
  ;;
stop-node)
  [[ -n $node_arg ]] || die "which node?"
  stop_node "$node_arg"
  ;;
start-node)
  [[ -n $node_arg ]] || die "which node?"
  start_node "$node_arg"
  ;;
wait-synced)
  [[ -n $node_arg ]] || die "which node?"
  wait_synced "$node_arg" 120
  ;;
stop)
  for i in $(seq "$nodes" -1 1); do stop_node "$i"; done
  ;;
*) die "unknown command $cmd (see --help)" ;;
esac
