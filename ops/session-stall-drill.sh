#!/usr/bin/env bash
# A frozen node must not leave an officer's web session locked (issue 17; docs/RELIABILITY.md,
# "Soak", the ISPN000299 bug): against a running cluster (ops/cluster.sh or bench/soak.sh --keep),
# an officer signs in through the balancer and opens staff pages twice a second while each of the
# other nodes in turn is frozen with kill -STOP for FREEZE seconds and thawed with kill -CONT.
#
#   ops/session-stall-drill.sh [--port P] [--freeze S] [--recover S] [--user U:PASSWORD]
#
# Defaults: balancer 18300 (bench/soak.sh's), freeze 40 s, recovery 40 s, officer yanta.
# Every answer is recorded (bench-like: out/session-stall-P/requests.txt: epoch ms, phase, status,
# seconds, final URL). Verdict: PASS when no answer is a 500 or another error (a 503 with
# Retry-After while a node is frozen is the promised refusal), and every answer from 20 s after
# each thaw to the end of its recovery window is the staff page, still signed in (no login form).
# Before the fix the session stayed locked after the thaw and every staff page answered 500 after
# 15 s, for as long as the cluster ran.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
port=18300 freeze=40 recover=40 user="yanta:Staff#2026"
while [[ $# -gt 0 ]]; do
  case $1 in
    --port) port=$2; shift ;;
    --freeze) freeze=$2; shift ;;
    --recover) recover=$2; shift ;;
    --user) user=$2; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
state="$root/ear/target/cluster-$port"
[[ -f $state/cluster.env ]] || { echo "no cluster on $port ($state/cluster.env)" >&2; exit 1; }
base="http://127.0.0.1:$port"
out="$root/bench/out/session-stall-$port"; rm -rf "$out"; mkdir -p "$out"
jar="$out/cookies.txt"
log="$out/requests.txt"
frozen=""
node_pid() { # nodeN
  pgrep -f -- "-Djboss.server.base.dir=$state/$1" | while read -r p; do
    [[ $(cat /proc/"$p"/comm 2>/dev/null) == java ]] && echo "$p"; done | head -1
}
thaw() { [[ -n $frozen ]] && kill -CONT "$frozen" 2>/dev/null; frozen=""; }
trap 'thaw; kill "$loader" 2>/dev/null' EXIT

curl -s -o /dev/null -c "$jar" -b "$jar" "$base/staff/index.xhtml"
signed_in=$(curl -s -o /dev/null -L -c "$jar" -b "$jar" -w '%{http_code} %{url_effective}' \
  --data-urlencode "j_username=${user%%:*}" --data-urlencode "j_password=${user#*:}" \
  "$base/staff/j_security_check")
[[ $signed_in == "200 "* && $signed_in != *login.xhtml ]] || { echo "sign-in failed: $signed_in" >&2; exit 1; }
sticky=$(awk '$6 == "OCPNODE" {print $7}' "$jar" | tail -1)
echo "officer ${user%%:*} signed in; sticky node: ${sticky:-unknown}"

phase=steady
echo "$phase" > "$out/phase"
(
  pages=(index cases appeals venues dashboard)
  i=0
  while true; do
    p=${pages[$((i++ % ${#pages[@]}))]}
    r=$(curl -s -o /dev/null -L -c "$jar" -b "$jar" --max-time 30 \
      -w '%{http_code} %{time_total} %{url_effective}' "$base/staff/$p.xhtml")
    echo "$(date +%s%3N) $(cat "$out/phase") $r" >> "$log"
    sleep 0.5
  done
) &
loader=$!

sleep 10
for n in 1 2 3; do
  [[ node$n == "$sticky" ]] && continue
  frozen=$(node_pid "node$n")
  [[ -n $frozen ]] || { echo "node$n is not running" >&2; continue; }
  echo "$(date -u +%T) kill -STOP node$n (pid $frozen) for $freeze s"
  echo "frozen-node$n" > "$out/phase"
  kill -STOP "$frozen"
  sleep "$freeze"
  thaw
  echo "$(date -u +%T) kill -CONT node$n; recovery $recover s"
  echo "thawed-node$n" > "$out/phase"
  sleep 20
  echo "settled-node$n" > "$out/phase"
  sleep $((recover - 20))
done
kill "$loader" 2>/dev/null; wait "$loader" 2>/dev/null
trap - EXIT

awk '
  { n[$2]++; if ($3 == 200 && $5 !~ /login\.xhtml/) ok[$2]++;
    else if ($3 == 503) shed[$2]++; else bad[$2]++;
    if ($3 == 200 && $5 ~ /login\.xhtml/) out[$2]++ }
  END {
    printf "%-16s %8s %8s %8s %8s %10s\n", "phase", "requests", "signed-in 200", "503", "errors", "signed out"
    for (p in n) printf "%-16s %8d %8d %8d %8d %10d\n", p, n[p], ok[p], shed[p], bad[p], out[p]
  }' "$log" | tee "$out/summary.txt"
errors=$(awk '$3 != 200 && $3 != 503' "$log" | wc -l)
unsettled=$(awk '$2 ~ /^settled/ && ($3 != 200 || $5 ~ /login\.xhtml/)' "$log" | wc -l)
settled=$(awk '$2 ~ /^settled/' "$log" | wc -l)
slowest=$(awk '{print $4}' "$log" | sort -n | tail -1)
echo "errors (not 200/503): $errors; settled answers not the signed-in page: $unsettled of $settled; slowest answer ${slowest} s"
if (( errors == 0 && unsettled == 0 && settled > 0 )); then
  echo "session-stall drill: PASS"
else
  echo "session-stall drill: FAIL"; exit 1
fi
