# Sourced by bench/round.sh and bench/signin-storm.sh: one WildFly node on its own MariaDB database
# and port offset, and citizens seeded with bench/SeedCitizens.java (kept between runs).
#   PERF_DB (ocp_perf), PERF_OFFSET (1800), PERF_CONFIG (ocp-mysql.xml), PERF_JAVA_OPTS,
#   PERF_DB_PORT (3306; 4006 for bench/city.sh's own instance), PERF_KEYS (a data-keys.properties
#   the node must use, e.g. bench/out/city/keys/data-keys.properties: the city's ciphertexts and
#   blind indexes were written with it)
# perf_start [extra -D options...]   starts the node (killed when the calling script exits);
#                                    PERF_REUSE=1: use the node already up on the port instead
# perf_seed N                        seeds citizens until there are N (nice, ionice)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
perf_db=${PERF_DB:-ocp_perf}
perf_offset=${PERF_OFFSET:-1800}
perf_port=$((8080 + perf_offset))
perf_mgmt=$((9990 + perf_offset))
perf_url="http://127.0.0.1:$perf_port"
perf_out="$root/bench/out-$perf_db"
perf_db_port=${PERF_DB_PORT:-3306}
perf_my="mysql -h127.0.0.1 -P$perf_db_port -uroot"
mkdir -p "$perf_out"
mysqladmin -h127.0.0.1 -P"$perf_db_port" -uroot ping >/dev/null 2>&1 || { echo "MariaDB is not running on 127.0.0.1:$perf_db_port" >&2; exit 1; }
perf_home=${PERF_JBOSS_HOME:-$(ls -d "$root"/ear/target/server/wildfly-* | head -1)}
perf_ear=${PERF_EAR:-$root/ear/target/one-code-pass.ear}
[[ -f $perf_ear ]] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
perf_cp=${PERF_CP:-"$(ls "$root"/platform/api/target/platform-api-*.jar | head -1):$(ls "$root"/code-issue/api/target/code-issue-api-*.jar | head -1):$(ls "$root"/code-issue/ejb/target/code-issue-ejb-*.jar | head -1):$root/ear/target/server/drivers/mysql-connector-j.jar:$(ls ~/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.81/bcprov-jdk18on-1.81.jar)"}
perf_jdbc="jdbc:mysql://127.0.0.1:$perf_db_port/$perf_db?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true"

perf_find_jpid() {
  perf_jpid=$(pgrep -f -- "-Djboss.server.base.dir=$perf_out/node" | while read -r p; do [[ $(cat /proc/$p/comm) == java ]] && echo "$p"; done | head -1)
}

perf_start() {
  if [[ ${PERF_REUSE:-0} == 1 ]] && curl -sf -o /dev/null "$perf_url/"; then
    perf_find_jpid
    return
  fi
  $perf_my <<SQL
CREATE DATABASE IF NOT EXISTS $perf_db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ocp'@'localhost' IDENTIFIED BY 'ocp';
CREATE USER IF NOT EXISTS 'ocp'@'127.0.0.1' IDENTIFIED BY 'ocp';
GRANT ALL PRIVILEGES ON $perf_db.* TO 'ocp'@'localhost', 'ocp'@'127.0.0.1';
SQL
  local node="$perf_out/node"
  rm -rf "$node"; mkdir -p "$node/deployments"
  cp -r "$perf_home/standalone/configuration" "$node/configuration"
  cp "$perf_ear" "$node/deployments/one-code-pass.ear"
  if [[ -n ${PERF_KEYS:-} ]]; then
    mkdir -p "$perf_out/data/keys"
    cp "$PERF_KEYS" "$perf_out/data/keys/data-keys.properties"
  fi
  JAVA_OPTS="${PERF_JAVA_OPTS:--Xms1g -Xmx3g -XX:+UseParallelGC}" setsid "$perf_home/bin/standalone.sh" \
    -c "${PERF_CONFIG:-ocp-mysql.xml}" -Djboss.server.base.dir="$node" -Djboss.socket.binding.port-offset=$perf_offset \
    -Djboss.node.name=perf-$perf_offset -Docp.mode=demo -Docp.data.dir="$perf_out/data" \
    -Djboss.as.management.blocking.timeout=900 "$@" \
    -Docp.db.url=jdbc:mysql://127.0.0.1:$perf_db_port/$perf_db -Docp.db.user=ocp -Docp.db.password=ocp \
    > "$perf_out/server.log" 2>&1 &
  perf_server=$!
  trap 'kill -TERM -- -$perf_server 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do curl -sf -o /dev/null "$perf_url/" && break; sleep 1; done
  curl -sf -o /dev/null "$perf_url/" || { echo "server did not start; see $perf_out/server.log" >&2; exit 1; }
  perf_find_jpid
}

# (nice 19 starved the client so long on this shared box that MariaDB closed its handshake.)
perf_seed() {
  local want=$1 have
  have=$($perf_my -N -e "SELECT COUNT(*) FROM $perf_db.citizen WHERE mobile_masked LIKE '170%'")
  if (( have < want )); then
    echo "==> seeding citizens $have..$want (bench/SeedCitizens.java)"
    nice -n "${PERF_NICE:-10}" ionice -c3 java -cp "$perf_cp" "$root/bench/SeedCitizens.java" "$perf_jdbc" ocp ocp \
      "$perf_out/data/keys/data-keys.properties" "$want" "$have"
  fi
}

# One management attribute of the node (jboss-cli), e.g. a cache's number-of-entries.
perf_cli() {
  "$perf_home/bin/jboss-cli.sh" --connect --controller=127.0.0.1:$perf_mgmt --command="$1" 2>/dev/null
}
