#!/usr/bin/env bash
# Checks the tamper-evident audit chain directly in the database, without the server.
#
#   ops/audit-verify.sh                                   the H2 demo database in ./data (stop ./run.sh first:
#                                                         H2 allows one process per file)
#   ops/audit-verify.sh jdbc:mysql://127.0.0.1:3306/onecodepass [user]
#                                                         MySQL/MariaDB; password from OCP_DB_PASSWORD (default ocp)
#
# Prints "audit chain intact, N entries" (exit 0) or "audit chain BROKEN: first broken entry #id" (exit 1);
# exit 2 for a usage or connection error. Needs a build (mvn -DskipTests package, or ./run.sh once).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

classes=$root/platform/ejb/target/classes
[[ -f $classes/com/onecodepass/platform/audit/AuditVerifyCommand.class ]] ||
  { echo "audit-verify: build first (mvn -B -DskipTests package)" >&2; exit 2; }

# The drivers the server itself uses: Connector/J as provisioned, H2 from the WildFly modules
# (the same H2 version that wrote the demo file).
jar_of() { find "$@" -name "$pattern" -print -quit 2>/dev/null || true; }
pattern='mysql-connector-j*.jar'
mysql_jar=$(jar_of "$root/ear/target/server/drivers" "$HOME/.m2/repository/com/mysql/mysql-connector-j")
pattern='h2-*.jar'
h2_jar=$(jar_of "$root"/ear/target/server/wildfly-*/modules/system/layers/base/com/h2database)

url=${1:-jdbc:h2:file:${OCP_DATA_DIR:-$root/data}/h2/onecodepass;MODE=MySQL;NON_KEYWORDS=VALUE;IFEXISTS=TRUE}
if [[ $url == jdbc:h2:* ]]; then
  user=${2:-sa}
  export OCP_DB_PASSWORD=${OCP_DB_PASSWORD:-sa}
else
  user=${2:-${OCP_DB_USER:-ocp}}
fi
cp=$classes
[[ -n $mysql_jar ]] && cp=$cp:$mysql_jar
[[ -n $h2_jar ]] && cp=$cp:$h2_jar
exec java -cp "$cp" com.onecodepass.platform.audit.AuditVerifyCommand "$url" "$user"
