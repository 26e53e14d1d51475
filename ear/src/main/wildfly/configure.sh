#!/usr/bin/env bash
# Configures an unpacked WildFly offline (embed-server) from the committed CLI scripts.
# Produces three server configurations beside the stock ones:
#   ocp-h2.xml     one node, embedded H2 file database, local caches   (./run.sh demo)
#   ocp-mysql.xml  one node, MySQL/MariaDB through Connector/J, local caches (tests, single node)
#   ocp-ha.xml     cluster node (standalone-ha), MySQL/MariaDB, distributed caches (2 owners)
# Re-runs only when a script changed: the marker holds a hash of this folder.
set -euo pipefail
jboss_home=$1
mysql_jar=$2
here=$(cd "$(dirname "$0")" && pwd)
cfg="$jboss_home/standalone/configuration"
marker="$jboss_home/.ocp-configured"
hash=$(cat "$here"/*.cli "$here"/configure.sh | sha256sum | cut -d' ' -f1)
if [[ -f $marker && $(cat "$marker") == "$hash" ]]; then
  echo "WildFly at $jboss_home already configured"
  exit 0
fi
export JAVA_OPTS="-Xmx256m -Djboss.server.log.dir=/tmp"
cli() { "$jboss_home/bin/jboss-cli.sh" --no-color-output "$@" ; }

if [[ ! -d $jboss_home/modules/com/mysql/main ]]; then
  cli --command="module add --name=com.mysql --resources=$mysql_jar --dependencies=java.se,jakarta.transaction.api"
fi

# $1 = base config, $2 = result config, rest = scripts in order
build() {
  local base=$1 result=$2; shift 2
  cp "$cfg/$base" "$cfg/$result"
  local script; script=$(mktemp)
  {
    echo "embed-server --std-out=discard --server-config=$result"
    for part in "$@"; do cat "$here/$part"; echo; done
    echo "stop-embedded-server"
  } > "$script"
  cli --file="$script"
  rm -f "$script"
  echo "configured $result"
}

build standalone.xml    ocp-h2.xml    datasource-h2.cli    caches-local.cli       common.cli
build standalone.xml    ocp-mysql.xml datasource-mysql.cli caches-local.cli       common.cli
build standalone-ha.xml ocp-ha.xml    datasource-mysql.cli caches-distributed.cli cluster.cli common.cli
echo "$hash" > "$marker"
