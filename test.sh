#!/usr/bin/env bash
# Runs the whole One Code Pass test suite:
#   unit tests (surefire, every module),
#   Arquillian integration tests on the provisioned WildFly against MariaDB via Connector/J,
#   HTTP and browser tests (headless Debian Chromium) against the deployed EAR (failsafe),
#   and the short failure drills (ops/failure-tests.sh: overload, database outage, rolling restart,
#   kill -9) on a 2-node cluster behind HAProxy with its own MariaDB on port 3407, after the test
#   server has stopped (5-8 minutes here, docs/RELIABILITY.md); OCP_FAILURE_DRILLS=0 skips them,
#   then, with OCP_GALERA_DRILLS=1, the Galera drills (a 3-node database cluster: node killed,
#   rolling restart, quorum loss; ~5 minutes more),
#   and the monitoring checks (ops/prometheus/check.sh: promtool, alert rule tests, dashboard).
# Installs/starts MariaDB and Chromium when missing (as root), creates a fresh test database,
# and fails if any phase ran zero tests.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
db=${OCP_IT_DB:-ocp_it}
# Port offset of the test server (8080 + offset, management 9990 + offset); lets a ./run.sh demo
# or another checkout's tests run beside this one.
offset=${OCP_IT_PORT_OFFSET:-100}

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\ntest.sh: %s\n' "$*" >&2; exit 1; }
as_root() { [[ $(id -u) == 0 ]] || die "$1 is missing and installing it needs root"; }

apt_ready=false
apt_install() {
  as_root "$*"
  if ! $apt_ready; then apt-get update -qq; apt_ready=true; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

command -v java >/dev/null || apt_install openjdk-17-jdk-headless
command -v mvn >/dev/null || apt_install maven
# The admin-web build brings the code page's QR encoder from npm (admin-web/package-lock.json).
command -v npm >/dev/null || apt_install nodejs npm

say "MariaDB at 127.0.0.1:3306"
if ! command -v mariadbd >/dev/null && [[ ! -x /usr/sbin/mariadbd ]]; then
  apt_install mariadb-server
fi
if ! mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
  as_root "a running MariaDB"
  service mariadb start >/dev/null 2>&1 ||
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 30); do
    mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1 && break
    sleep 1
  done
fi
mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1 || die "MariaDB does not answer on 127.0.0.1:3306"
# The server connects as an application user, never as root.
mysql -h127.0.0.1 -uroot <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ocp'@'localhost' IDENTIFIED BY 'ocp';
CREATE USER IF NOT EXISTS 'ocp'@'127.0.0.1' IDENTIFIED BY 'ocp';
CREATE USER IF NOT EXISTS 'ocp'@'%' IDENTIFIED BY 'ocp';
GRANT ALL PRIVILEGES ON $db.* TO 'ocp'@'localhost', 'ocp'@'127.0.0.1', 'ocp'@'%';
SQL
echo "fresh database $db (user ocp)"

say "Chromium and chromedriver"
if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  apt_install chromium chromium-driver
fi
# The screenshots the browser tests save for the docs show Chinese pages: without a CJK font
# Chromium draws every Han character as a box.
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK" && [[ $(id -u) == 0 ]]; then
  apt_install fonts-noto-cjk
fi
/usr/bin/chromium --version

if ss -ltn 2>/dev/null | grep -qE ":($((8080 + offset))|$((9990 + offset)))\b"; then
  die "ports $((8080 + offset))/$((9990 + offset)) are taken (a test server left running?); stop it and retry"
fi

say "mvn verify (unit, integration, browser)"
rm -rf ear/target/it-data ear/target/screenshots ear/target/drill-reports ear/target/monitoring-reports
mvn -B verify -Dit.db.url="jdbc:mysql://127.0.0.1:3306/$db" \
  -Dit.port.offset="$offset" -Dit.management.port=$((9990 + offset)) "$@"

say "monitoring (ops/prometheus/check.sh: promtool config, alert rules and their unit tests, dashboard)"
# Failures are counted from its report below, like the drills'.
ops/prometheus/check.sh || true

run_drills=${OCP_FAILURE_DRILLS:-1}
if [[ $run_drills != 0 ]]; then
  say "failure drills (ops/failure-tests.sh: overload, database outage, rolling restart, kill -9)"
  # Failures are counted from the drill report below, so the counts still print.
  ops/failure-tests.sh --no-build || true
  # Opt-in (OCP_GALERA_DRILLS=1, ~5 minutes more): the kill drill's 5 s bound sits close to Galera's
  # node eviction time, and a miss on CI's box would hold back everything else (RELIABILITY.md).
  if [[ ${OCP_GALERA_DRILLS:-0} != 0 ]]; then
    say "Galera drills (ops/failure-tests.sh --galera: a database node killed, rolling restart, quorum loss)"
    ops/failure-tests.sh --galera --no-build || true
  fi
else
  say "failure drills skipped (OCP_FAILURE_DRILLS=0; see docs/RELIABILITY.md)"
fi

say "test counts"
# No report at all (e.g. drills not run) makes a grep in the pipe fail; awk still prints 0, and
# "|| true" keeps pipefail + set -e from ending the script there.
count() { # $1 = report files glob pattern (find -path), $2 = name filter
  find . -path "$1" -name 'TEST-*.xml' 2>/dev/null | grep -E "$2" | xargs -r cat |
    grep -o '<testsuite [^>]*' | grep -oE ' tests="[0-9]+"' | grep -oE '[0-9]+' |
    awk '{s+=$1} END {print s+0}' || true
}
failures() {
  find . -path "$1" -name 'TEST-*.xml' 2>/dev/null | xargs -r cat | grep -o '<testsuite [^>]*' |
    grep -oE ' (failures|errors)="[0-9]+"' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}' || true
}
skipped() {
  find . -path "$1" -name 'TEST-*.xml' 2>/dev/null | xargs -r cat | grep -o '<testsuite [^>]*' |
    grep -oE ' skipped="[0-9]+"' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}' || true
}
unit=$(count '*/surefire-reports/*' '.')
integration=$(count '*/failsafe-reports/*' '.' )
browser=$(count '*/failsafe-reports/*' 'BrowserIT')
integration=$((integration - browser))
drills=$(count '*/drill-reports/*' '.')
monitoring=$(count '*/monitoring-reports/*' '.')
failed=$(( $(failures '*/surefire-reports/*') + $(failures '*/failsafe-reports/*') + $(failures '*/drill-reports/*') + $(failures '*/monitoring-reports/*') ))
printf '%-28s %s\n' "unit (surefire)" "$unit" "integration (Arquillian/HTTP)" "$integration" "browser (Chromium)" "$browser" "failure drills (cluster)" "$drills" "monitoring (promtool)" "$monitoring"
[[ $unit -gt 0 ]] || die "no unit tests ran"
[[ $integration -gt 0 ]] || die "no integration tests ran"
[[ $browser -gt 0 ]] || die "no browser tests ran"
[[ $run_drills == 0 || $drills -gt 0 ]] || die "no failure drills ran (see ear/target/drills/)"
[[ $monitoring -gt 0 ]] || die "the monitoring checks did not run (ops/prometheus/check.sh)"
total=$((unit + integration + browser + drills + monitoring))
skips=$(( $(skipped '*/surefire-reports/*') + $(skipped '*/failsafe-reports/*') ))
echo "tests: $((total - failed - skips)) passed, $failed failed, $skips skipped (disabled with a reason)"
[[ $failed -eq 0 ]] || die "$failed tests failed (failure drills: ear/target/drill-reports/, ear/target/drills/; monitoring: ear/target/monitoring-reports/)"
