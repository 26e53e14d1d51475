#!/usr/bin/env bash
# A sign-in storm (issue 16, item 6) on one node. The storm is wrk with bench/signin.lua: THREADS
# connections, each a queue of phones that open the sign-in page, ask for a code from the demo SMS
# gateway and sign in with it, each phone from its own address (X-Forwarded-For; the node trusts
# 127.0.0.1 as its balancer), so the per-address limit stays at its default. wrk, not a JVM client:
# the JDK HTTP client spent as much CPU per sign-in as the node (3.4 ms against 3.5 ms, measured),
# and on a 2-core box the driver's CPU is taken from the node. The node's own CPU per sign-in is
# printed from /proc, so the figure means something on a shared box. Then bench/SignInStorm.java:
# a whole sign-in's latency at a moderate rate, the limits (one address over its limit, one
# number's wrong codes), and the OTP store's expiry: ABANDON code requests never redeemed, the
# sign-in cache's entries counted before, right after and EXPIRY_WAIT seconds later.
#   bench/signin-storm.sh [--threads N] [--seconds N] [--warmup S] [--citizens N] [--abandon N]
#                         [--expiry-wait S]
# env: PERF_DB (ocp_perf), PERF_OFFSET (1800), PERF_CONFIG (ocp-mysql.xml; ocp-ha.xml for the
# distributed cache); as bench/perf-node.sh. Build first (package). A JFR profile of the storm is
# summarised (top frames) from bench/out-<db>/storm.jfr. Needs wrk (Debian package).
set -euo pipefail
threads=32 seconds=30 warmup=30 citizens=1000000 abandon=5000 expiry_wait=420
while [[ $# -gt 0 ]]; do
  case $1 in
    --threads) threads=$2; shift ;;
    --seconds) seconds=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --citizens) citizens=$2; shift ;;
    --abandon) abandon=$2; shift ;;
    --expiry-wait) expiry_wait=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
source "$(dirname "$0")/perf-node.sh"
perf_start -Docp.trusted-proxies=127.0.0.1 -Docp.admission.other=$threads
perf_seed "$citizens"
run() { local mode=$1; shift; java "$root/bench/SignInStorm.java" "$mode" "$perf_url" "$citizens" "$@"; }
# The node's gauges (ShortLivedCaches): entries in the cache, expired ones not counted.
entries() { curl -s "$perf_url/health/metrics" | awk -v m="ocp_${1//-/_}_cache_entries" '$1 ~ "^" m "[{]" {print $2}'; }

echo "box: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ); $citizens citizens in $perf_db"
echo "sign-in cache entries at start: $(entries sign-in)"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$perf_jpid/stat"; }
storm() { # storm SECONDS FIRST_PHONE: wrk's summary line
  wrk -t"$threads" -c"$threads" -d"${1}s" --timeout 10s -s "$root/bench/signin.lua" "$perf_url" \
    -- "$citizens" "$2" "$threads" | tail -1
}
echo "==> warm-up (${warmup} s: the node's JIT compiles the path while it runs)"
storm "$warmup" 0
echo "==> storm: $threads connections, ${seconds} s"
ticks=$(cpu_ticks)
line=$(storm "$seconds" 10000000)
ticks=$(( $(cpu_ticks) - ticks ))
echo "$line"
signed=$(sed -E 's/^sign-ins: ([0-9]+) .*/\1/' <<<"$line")
echo "node CPU: $(( ticks / 100 )).$(printf %02d $(( ticks % 100 ))) s over the storm = $(echo "scale=2; $ticks * 10 / ${signed:-1}" | bc) ms per sign-in"
# Profiled apart: JFR's profile settings cost the node about half its sign-ins (measured 309/s
# without, 158/s with, the same minute on the city), so its figure is not the storm's.
echo "==> 15 s more under a JFR profile (its rate is not the figure)"
jcmd "$perf_jpid" JFR.start name=storm settings=profile filename="$perf_out/storm.jfr" >/dev/null
storm 15 20000000
jcmd "$perf_jpid" JFR.stop name=storm >/dev/null
echo "==> a whole sign-in's latency at a moderate rate (8 phones, 10 s, JDK HTTP client)"
run storm 8 10
echo "load after the storm: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "sign-in cache entries after the storm: $(entries sign-in) (a redeemed code is removed)"
echo "==> top frames of the storm (JFR execution samples, application threads)"
jfr print --stack-depth 64 --events jdk.ExecutionSample "$perf_out/storm.jfr" |
  awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); top[$0]++; n++}
       END {for (f in top) printf "%6.1f %%  %s\n", 100 * top[f] / n, f}' | sort -rn | head -15 || true
echo "==> our packages in the stacks (share of samples with a com.onecodepass frame, by class)"
jfr print --stack-depth 64 --events jdk.ExecutionSample "$perf_out/storm.jfr" |
  awk '/stackTrace = \[/ {inside = 1; delete seen; n++; next}
       inside && /^[ \t]*\]/ {inside = 0; next}
       inside && /com\.onecodepass/ {f = $1; sub(/\.[^.]*\(.*/, "", f); if (!(f in seen)) {seen[f] = 1; cls[f]++}}
       END {for (c in cls) printf "%6.1f %%  %s\n", 100 * cls[c] / n, c}' | sort -rn | head -12 || true

echo "==> limits"
run limits
echo "==> OTP store expiry: $abandon code requests never redeemed"
echo "sign-in cache entries before: $(entries sign-in)"
run abandon 8 "$abandon"
echo "sign-in cache entries right after: $(entries sign-in); rate-limit entries: $(entries rate-limit)"
sleep "$expiry_wait"
echo "sign-in cache entries ${expiry_wait} s later: $(entries sign-in); rate-limit entries: $(entries rate-limit)"
