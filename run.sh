#!/usr/bin/env bash
# Starts the whole One Code Pass system on one node at http://localhost:8080/ :
# builds the EAR, provisions WildFly under ear/target/server, and runs it on an embedded H2
# file database in ./data (kept between starts) with demo data and demo accounts.
#
#   ./run.sh                          embedded H2 (default)
#   ./run.sh --mysql [JDBC_URL]       MySQL/MariaDB instead, e.g. jdbc:mysql://127.0.0.1:3306/onecodepass
#                                     (user/password from OCP_DB_USER / OCP_DB_PASSWORD, default ocp/ocp)
#   ./run.sh --no-build               start what was built last
# Ctrl-C stops the server cleanly.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

config=ocp-h2.xml
db_props=()
build=true
while [[ $# -gt 0 ]]; do
  case $1 in
    --mysql)
      config=ocp-mysql.xml
      url=${2:-jdbc:mysql://127.0.0.1:3306/onecodepass}
      [[ ${2:-} == jdbc:* ]] && shift
      db_props=(-Docp.db.url="$url" -Docp.db.user="${OCP_DB_USER:-ocp}" -Docp.db.password="${OCP_DB_PASSWORD:-ocp}")
      ;;
    --no-build) build=false ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

command -v java >/dev/null || { echo "Java 17 is required (apt-get install openjdk-17-jdk-headless)" >&2; exit 1; }
command -v mvn >/dev/null || { echo "Maven is required (apt-get install maven)" >&2; exit 1; }
command -v npm >/dev/null || { echo "node and npm are required to build the code page's QR encoder (apt-get install nodejs npm)" >&2; exit 1; }

if $build; then
  echo "==> building and provisioning WildFly (first time: a few minutes)"
  mvn -B -q install -DskipTests -Dspotless.check.skip=true
fi

jboss_home=$(ls -d "$root"/ear/target/server/wildfly-* | head -1)
data_dir=${OCP_DATA_DIR:-$root/data}
mkdir -p "$data_dir"
# The demo node gets its own base directory so test servers on the same install stay clean.
base="$root/ear/target/server/demo-node"
rm -rf "$base/configuration" "$base/deployments"
mkdir -p "$base/deployments"
cp -r "$jboss_home/standalone/configuration" "$base/configuration"
cp "$root/ear/target/one-code-pass.ear" "$base/deployments/"

cat <<MSG
==> One Code Pass (demo mode) starting at http://localhost:8080/
    data folder: $data_dir   server configuration: $config
    Demo accounts (demo mode only):
      city admin            admin   / Admin#2026
      district staff 雁塔区  yanta   / Staff#2026
      checkpoint/sampling   checker / Check#2026
      venue operator        venue   / Venue#2026
      integrator client     demo-lab / Lab#2026
      citizen               mobile 13800000000 (the sign-in code is shown on screen)
    Staff sign-in: http://localhost:8080/staff/   Ctrl-C stops the server.
MSG

exec "$jboss_home/bin/standalone.sh" -c "$config" -Djboss.server.base.dir="$base" \
  -Docp.mode=demo -Docp.seed-demo-data=true -Docp.data.dir="$data_dir" "${db_props[@]}"
