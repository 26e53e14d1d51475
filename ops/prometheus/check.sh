#!/usr/bin/env bash
# Checks the monitoring that ships with One Code Pass, without a running cluster:
#   1. promtool: the scrape configuration and the alert rules are valid,
#   2. promtool test rules: every alert fires when it should and stays quiet when it should not,
#   3. the Grafana dashboard is valid JSON and every query in it is valid PromQL,
#   4. every ocp_* metric the rules or the dashboard use is one the nodes export (MetricsServlet),
#      so a renamed metric cannot silence an alert.
# Writes a JUnit report (ear/target/monitoring-reports/) that ./test.sh counts. Installs the
# Debian `prometheus` package (for promtool) when missing.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
reports="$root/ear/target/monitoring-reports"
mkdir -p "$reports"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v promtool >/dev/null; then
  [[ $(id -u) == 0 ]] || { echo "promtool is missing: apt-get install prometheus" >&2; exit 1; }
  (apt-get install -y -qq prometheus >/dev/null 2>&1 ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null; })
fi

cases="" failed=0 total=0
check() { # $1 = name, rest = command
  local name=$1; shift
  total=$((total + 1))
  if "$@" > "$work/out" 2>&1; then
    printf 'ok    %s\n' "$name"
    cases+="  <testcase classname=\"monitoring\" name=\"$name\"/>"$'\n'
  else
    failed=$((failed + 1))
    printf 'FAIL  %s\n' "$name"; sed 's/^/      /' "$work/out"
    cases+="  <testcase classname=\"monitoring\" name=\"$name\"><failure><![CDATA[$(cat "$work/out")]]></failure></testcase>"$'\n'
  fi
}

dashboard_queries() { # the dashboard's queries as recording rules, so promtool parses them
  python3 - "$root/ops/grafana/one-code-pass.json" > "$work/dashboard-rules.yml" <<'PY' || return 1
import json, sys
dash = json.load(open(sys.argv[1]))
print("groups:\n  - name: dashboard\n    rules:")
for p in dash["panels"]:
    for t in p["targets"]:
        print("      - record: dashboard:panel%d:%s" % (p["id"], t["refId"]))
        print("        expr: " + json.dumps(t["expr"]))
PY
  promtool check rules "$work/dashboard-rules.yml"
}

metrics_exported() {
  local exported missing=0 name
  exported=$(grep -rhoE '"ocp_[a-z_]+"' admin-web/src/main/java | tr -d '"' | sort -u)
  for name in $(grep -rhoE 'ocp_[a-z_]+' ops/prometheus/rules ops/grafana | sort -u); do
    base=${name%_bucket}; base=${base%_count}; base=${base%_sum}
    if ! grep -qx "$base" <<< "$exported"; then
      echo "$name is used by an alert or the dashboard but no node exports it"
      missing=1
    fi
  done
  return $missing
}

check "scrape configuration" promtool check config ops/prometheus/prometheus.yml
check "alert rules" promtool check rules ops/prometheus/rules/ocp-alerts.yml
check "alert rule unit tests" promtool test rules ops/prometheus/tests/ocp-alerts-test.yml
check "dashboard queries are PromQL" dashboard_queries
check "metrics used are exported" metrics_exported

{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo "<testsuite name=\"monitoring\" tests=\"$total\" failures=\"$failed\" errors=\"0\" skipped=\"0\">"
  printf '%s' "$cases"
  echo '</testsuite>'
} > "$reports/TEST-monitoring.xml"
echo "monitoring checks: $((total - failed)) passed, $failed failed"
[[ $failed -eq 0 ]]
