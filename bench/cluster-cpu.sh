#!/usr/bin/env bash
# Issue 14's cluster target: CPU seconds per served request of the same EAR as one node and as two
# nodes behind HAProxy, with many distinct signed-in citizens; target: cluster / single ≤ 1.2.
#
#   bench/cluster-cpu.sh [--citizens N] [--seconds S] [--warm-up S] [--idle S] [--rates kind=per-s,...]
#                        [--warm-up-rates kind=per-s,...]
#                        [--port P] [--base-offset O] [--db-port D] [--db NAME] [--jfr] [--settle-rounds N]
#                        [--independent]
#   bench/cluster-cpu.sh --reuse COOKIES_FILE VENUES_FILE [--port P] [--seconds S] [--warm-up S] ...
#     measures a cluster that is already running on --port (e.g. the soak's, bench/soak.sh --keep,
#     its citizens' cookies and venue tokens): nodes 3..N leave first, then as above; the cluster
#     is left running (with node1 only).
#
# Two nodes behind HAProxy (ops/cluster.sh, ocp-ha.xml) sign N citizens in (default 5,000;
# bench/Soak.java keeps every cookie the sign-in sets, whatever its name) and are measured; then
# node2 leaves gracefully and node1 — now a cluster of one, the same EAR as a single node, still
# behind HAProxy, every citizen still signed in (2 owners: node1 holds a copy of every session) —
# is measured with the same citizens. Each measurement: the load for --warm-up seconds unmeasured
# (JIT, caches; default 120: after 30 s both cluster JVMs were still compiling while measured; the
# JIT compiler threads' CPU is also printed apart, with the ratio without it; --warm-up-rates
# offers more during the warm-up than measured: at the default rates each cluster JVM sees half the
# requests, and a method run once per request reaches C2 only after ~10-20,000 of them, so the
# cluster was measured on less compiled code than the single node, which it follows), then --idle seconds (default 30) with no load, whose CPU is each JVM's idle burn,
# then S seconds measured: each node JVM's CPU seconds from /proc/PID/stat
# (utime + stime) before and after, and the requests each node answered from HAProxy's per-server counters (with
# the client's own count beside them). The same fixed offered load in both (default per second:
# refresh=80, code=5, checkin=5, verify-rest=5, verify-page=5), below the admission limits, so a
# node's fixed costs weigh the same per request in both; shed requests are reported.
# Prints one table: CPU ms per served request in each configuration and the ratio, and the same
# above the idle burn (which a low offered load charges to few requests; at capacity it vanishes).
# After the warm-up, rounds of 20 s of the measured load (at most --settle-rounds, default 12) until
# the JIT compiler threads use at most 2 % of a core: the warm-up rates may saturate the box and
# starve the compilers, which then compile while measured.
# Beside it, each run's CPU per served request by thread group (both nodes summed for the cluster).
# --jfr: each node JVM also records JFR (settings=profile) while measured; per node, where the
# request threads spend CPU (bench/cpu_top.py, with each library's inclusive share) and the JIT's
# deoptimizations by method, in bench/out/cluster-cpu-PORT/<config>/. A throwaway recording is
# made before the warm-up: a JVM's first recording discards its compiled code (alloc.sh).
# --independent: the control. The same two nodes and everything else, but started as independent
# single nodes (ocp-mysql.xml: local caches, no JGroups, no replication; same database and keys,
# the balancer's sticky cookie keeps each citizen's sign-in on one node): what two JVMs sharing
# this box cost per request with no clustering at all, against which the cluster's own cost is
# the difference. Its output goes to bench/out/cluster-cpu-PORT-independent/.
# Defaults: MariaDB on 127.0.0.1:3306 (root over TCP; database ocp_cpu, recreated), balancer on
# 18310 (+1 runtime API, +2 metrics), nodes at offsets 3500/3600. SOAK_SIGNIN_THREADS (default 8). Needs the EAR built
# (mvn -B package -DskipTests). Stops everything it started, also when interrupted.
# The box may be shared: CPU is counted per process, so other load changes latencies more than
# the per-request CPU; the load average is printed beside the figures.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
citizens=5000 seconds=120 warm_up=120 idle=30 port=18310 base_offset=3400 db_port=3306 db=ocp_cpu
rates="refresh=80,code=5,checkin=5,verify-rest=5,verify-page=5" warm_up_rates=
reuse_cookies= reuse_venues= jfr=0 settle_rounds=12 settled_jit_ms=20 independent=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --citizens) citizens=$2; shift ;;
    --seconds) seconds=$2; shift ;;
    --warm-up) warm_up=$2; shift ;;
    --idle) idle=$2; shift ;;
    --rates) rates=$2; shift ;;
    --warm-up-rates) warm_up_rates=$2; shift ;;
    --port) port=$2; shift ;;
    --base-offset) base_offset=$2; shift ;;
    --db-port) db_port=$2; shift ;;
    --db) db=$2; shift ;;
    --reuse) reuse_cookies=$2 reuse_venues=$3; shift 2 ;;
    --jfr) jfr=1 ;;
    --settle-rounds) settle_rounds=$2; shift ;;
    --independent) independent=1 ;;
    -h|--help) sed -n '2,48p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
out="$root/bench/out/cluster-cpu-$port"
if (( independent )); then
  out+="-independent"
  export OCP_NODE_CONFIG=ocp-mysql.xml
fi
state="$root/ear/target/cluster-$port"
balancer="http://127.0.0.1:$port"
say() { printf '\n==> %s  (%s, load %s)\n' "$*" "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
die() { printf '\ncluster-cpu.sh: %s\n' "$*" >&2; exit 1; }
[[ -f $root/ear/target/one-code-pass.ear ]] || die "build first: mvn -B package -DskipTests"
[[ -n $reuse_cookies ]] || mysqladmin -h127.0.0.1 -P"$db_port" -uroot ping >/dev/null 2>&1 || die "needs MariaDB on 127.0.0.1:$db_port (root over TCP)"
[[ -n $reuse_cookies ]] || trap '"$root/ops/cluster.sh" stop --port "$port" >/dev/null 2>&1' EXIT
trap 'exit 130' INT TERM
rm -rf "$out"; mkdir -p "$out"
javac -d "$out/classes" "$root/bench/Soak.java" || die "bench/Soak.java does not compile"
hz=$(getconf CLK_TCK)
cp="$(ls "$root"/platform/api/target/platform-api-*.jar | head -1):$(ls "$root"/code-issue/api/target/code-issue-api-*.jar | head -1):$(ls "$root"/code-issue/ejb/target/code-issue-ejb-*.jar | head -1):$root/ear/target/server/drivers/mysql-connector-j.jar:$(ls ~/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.81/bcprov-jdk18on-1.81.jar)"
jdbc="jdbc:mysql://127.0.0.1:$db_port/$db?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true"

java_pid() { local sh; sh=$(cat "$state/node$1/pid" 2>/dev/null) || return 1; pgrep -P "$sh" -x java | head -1; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# The JIT compiler threads' share: a JVM still compiling burns CPU no request asked for, and the
# cluster's two JVMs each compile the same code, while the single node measured after them is warm.
jit_ticks() {
  local t sum=0
  for t in /proc/"$1"/task/*; do
    case $(cat "$t/comm" 2>/dev/null) in
      "C1 CompilerThre"* | "C2 CompilerThre"*) sum=$((sum + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0))) ;;
    esac
  done
  echo "$sum"
}
# Every thread's CPU as "tid<TAB>group<TAB>ticks<TAB>user<TAB>system<TAB>voluntary<TAB>involuntary<TAB>waited",
# the group being the thread's name with its numbers as N ("default task-12" -> "default task-N",
# "thread-28,ejb,node1" -> "thread-N,ejb,nodeN"): which pools the cluster's extra CPU goes to; user
# and system ticks apart, context switches (voluntary: the thread slept; involuntary: preempted)
# and microseconds spent runnable but waiting for a core (schedstat): whether the extra is more
# work, or the same work woken more often and waiting for the cores two JVMs share.
thread_ticks() {
  local t st rest sw waited
  for t in /proc/"$1"/task/*; do
    st=$(cat "$t/stat" 2>/dev/null) || continue
    rest=${st##*) }
    # shellcheck disable=SC2086
    set -- $rest
    sw=$(awk '/^voluntary_ctxt_switches/ { v = $2 } /^nonvoluntary_ctxt_switches/ { n = $2 } END { printf "%d\t%d", v, n }' "$t/status" 2>/dev/null)
    waited=$(awk '{ printf "%d", $2 / 1000 }' "$t/schedstat" 2>/dev/null)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${t##*/}" "$(sed -E 's/[0-9]+/N/g; s/[ -]+$//' "$t/comm" 2>/dev/null)" \
      "$(( ${12} + ${13} ))" "${12}" "${13}" "${sw:-0	0}" "${waited:-0}"
  done
}
# before after -> "group<TAB>ticks<TAB>user<TAB>system<TAB>voluntary<TAB>involuntary<TAB>waited"
# spent between the two snapshots (a thread born meanwhile counts whole)
thread_delta() {
  awk -F'\t' 'NR == FNR { for (i = 3; i <= 8; i++) b[$1, i] = $i; seen[$1]; next }
    { g[$2]; for (i = 3; i <= 8; i++) d[$2, i] += $i - ($1 in seen ? b[$1, i] : 0) }
    END { for (k in g) if (d[k, 3] > 0) printf "%s\t%d\t%d\t%d\t%d\t%d\t%d\n", k, d[k, 3], d[k, 4], d[k, 5], d[k, 6], d[k, 7], d[k, 8] }' "$1" "$2"
}
served() { # node -> HTTP answers HAProxy got from it so far (all backends)
  exec 3<>"/dev/tcp/127.0.0.1/$((port + 1))" || return 1
  printf 'show stat\n' >&3
  timeout 2 cat <&3 | awk -F, -v s="node$1" '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $2 == s { n += $col["hrsp_1xx"] + $col["hrsp_2xx"] + $col["hrsp_3xx"] + $col["hrsp_4xx"] + $col["hrsp_5xx"] + $col["hrsp_other"] }
    END { print n + 0 }'
  exec 3>&-
}

declare -A jfr_primed=()
measure() { # name nodes: warm-up, idle, then the measured run; appends a row
  local name=$1 n=$2 d="$out/$1" i c s p
  mkdir -p "$d"
  if (( jfr )); then
    for i in $(seq 1 "$n"); do
      p=$(java_pid "$i") || die "no JVM for node$i"
      [[ -n ${jfr_primed[$p]:-} ]] && continue
      jcmd "$p" JFR.start name=prime settings=profile > /dev/null && jcmd "$p" JFR.stop name=prime > /dev/null
      jfr_primed[$p]=1
    done
  fi
  say "$name: warm-up, $warm_up s (not measured)"
  java -cp "$out/classes" Soak load "$balancer" "$d/warm-up" "$warm_up" "$out/cookies.txt" "$out/venues.txt" "${warm_up_rates:-$rates}" > "$d/warm-up.txt" 2>&1
  local -A pid=() t0=() s0=() j0=()
  for i in $(seq 1 "$n"); do
    pid[$i]=$(java_pid "$i") || die "no JVM for node$i"
  done
  # Then the measured load until the JIT has settled: a warm-up that saturates the box starves the
  # compiler threads, which then work through their queue while measured (2026-12-08: one cluster
  # JVM compiled for 18 of the 90 s measured, after 300 s of warm-up at load 29).
  local round jit_ms
  for round in $(seq 1 "$settle_rounds"); do
    local jb=0 ja=0
    for i in $(seq 1 "$n"); do jb=$((jb + $(jit_ticks "${pid[$i]}"))); done
    java -cp "$out/classes" Soak load "$balancer" "$d/settle" 20 "$out/cookies.txt" "$out/venues.txt" "$rates" > "$d/settle.txt" 2>&1
    for i in $(seq 1 "$n"); do ja=$((ja + $(jit_ticks "${pid[$i]}"))); done
    jit_ms=$(( (ja - jb) * 1000 / hz / 20 ))
    say "$name: settling ($round/$settle_rounds): the JIT compiler threads used $jit_ms ms/s over 20 s"
    (( jit_ms <= settled_jit_ms )) && break
  done
  # What the nodes burn with no request at all (JGroups, reapers, timers, GC of a warm heap): the
  # part of the ratio that a low offered load charges to its few requests.
  local idle_cpu=0
  if (( idle > 0 )); then
    say "$name: idle, $idle s (no load)"
    for i in $(seq 1 "$n"); do t0[$i]=$(cpu_ticks "${pid[$i]}"); done
    sleep "$idle"
    for i in $(seq 1 "$n"); do
      idle_cpu=$(awk -v a="$idle_cpu" -v t0="${t0[$i]}" -v t1="$(cpu_ticks "${pid[$i]}")" -v hz="$hz" 'BEGIN { print a + (t1 - t0) / hz }')
    done
  fi
  for i in $(seq 1 "$n"); do
    t0[$i]=$(cpu_ticks "${pid[$i]}"); s0[$i]=$(served "$i"); j0[$i]=$(jit_ticks "${pid[$i]}")
    thread_ticks "${pid[$i]}" > "$d/threads-node$i-before.tsv"
  done
  local l0; l0=$(cut -d' ' -f1 /proc/loadavg)
  if (( jfr )); then
    for i in $(seq 1 "$n"); do jcmd "${pid[$i]}" JFR.start name=cc settings=profile > /dev/null; done
  fi
  say "$name: measuring, $seconds s of $rates"
  java -cp "$out/classes" Soak load "$balancer" "$d/load" "$seconds" "$out/cookies.txt" "$out/venues.txt" "$rates" > "$d/load.txt" 2>&1
  local cpu_total=0 served_total=0 per_node="" jit_total=0
  if (( jfr )); then
    for i in $(seq 1 "$n"); do jcmd "${pid[$i]}" JFR.stop name=cc filename="$d/node$i.jfr" > /dev/null; done
  fi
  for i in $(seq 1 "$n"); do
    thread_ticks "${pid[$i]}" > "$d/threads-node$i-after.tsv"
    thread_delta "$d/threads-node$i-before.tsv" "$d/threads-node$i-after.tsv"
  done | awk -F'\t' '{ g[$1]; for (i = 2; i <= 7; i++) v[$1, i] += $i }
    END { for (k in g) printf "%s\t%d\t%d\t%d\t%d\t%d\t%d\n", k, v[k, 2], v[k, 3], v[k, 4], v[k, 5], v[k, 6], v[k, 7] }' > "$d/thread-groups.tsv"
  for i in $(seq 1 "$n"); do
    c=$(awk -v a="${t0[$i]}" -v b="$(cpu_ticks "${pid[$i]}")" -v hz="$hz" 'BEGIN { printf "%.1f", (b - a) / hz }')
    jit=$(awk -v a="${j0[$i]}" -v b="$(jit_ticks "${pid[$i]}")" -v hz="$hz" 'BEGIN { printf "%.1f", (b - a) / hz }')
    jit_total=$(awk -v a="$jit_total" -v b="$jit" 'BEGIN { print a + b }')
    s=$(( $(served "$i") - s0[$i] ))
    per_node+="node$i ${c} s (JIT ${jit} s)/${s} req; "
    cpu_total=$(awk -v a="$cpu_total" -v b="$c" 'BEGIN { print a + b }')
    served_total=$((served_total + s))
  done
  local l1; l1=$(cut -d' ' -f1 /proc/loadavg)
  sfig() { awk -F= -v k="$1" '$1 == k {print $2}' "$d/load/summary.txt"; }
  local marginal; marginal=$(awk -v c="$cpu_total" -v i="$idle_cpu" -v w="$idle" -v t="$seconds" -v s="$served_total" \
    'BEGIN { printf "%.3f", (s && w > 0) ? (c - i * t / w) * 1000 / s : 0 }')
  rows+=("$name|$n|$served_total|$(sfig requests)|$(sfig shed)|$(sfig errors)|$cpu_total|$(awk -v c="$cpu_total" -v s="$served_total" 'BEGIN { printf "%.3f", s ? c * 1000 / s : 0 }')|$(sfig refresh.p99_ms)|$l0->$l1|$per_node idle ${idle_cpu} s/${idle} s|$marginal|$jit_total")
}

leave() { # node: drained at the balancer, then a graceful shutdown (its sessions stay on the others)
  local k=$1 sh
  exec 3<>"/dev/tcp/127.0.0.1/$((port + 1))"; printf 'set server ocp/node%s state maint\n' "$k" >&3; timeout 2 cat <&3 >/dev/null; exec 3>&-
  sh=$(cat "$state/node$k/pid")
  "$(sed -n 's/.*jboss_home=\([^ ]*\).*/\1/p' "$state/cluster.env")/bin/jboss-cli.sh" --controller="127.0.0.1:$((9990 + base_offset + 100 * k))" \
    --connect --command=":shutdown(suspend-timeout=20)" >/dev/null 2>&1 || kill -TERM -- "-$sh" 2>/dev/null
  for _ in $(seq 1 120); do kill -0 "$sh" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$sh" 2>/dev/null || true
  rm -f "$state/node$k/pid"
  sleep 5
}

jfr_report() { # config: per node, request threads' CPU by method and library; deoptimizations
  local d="$out/$1" f
  for f in "$d"/node*.jfr; do
    [[ -f $f ]] || continue
    jfr print --json --stack-depth 64 --events jdk.ExecutionSample "$f" > "${f%.jfr}-cpu.json"
    python3 "$root/bench/cpu_top.py" "${f%.jfr}-cpu.json" 40 > "${f%.jfr}-cpu.txt" 2>&1 || true
    rm -f "${f%.jfr}-cpu.json"
    jfr print --events jdk.Deoptimization "$f" | awk '/method = / { sub(/.*method = /, ""); n[$0]++; t++ }
      END { printf "%d deoptimizations\n", t; for (m in n) printf "%6d  %s\n", n[m], m }' | sort -k1,1nr > "${f%.jfr}-deopt.txt"
  done
}

rows=()
if [[ -n $reuse_cookies ]]; then
  [[ -f $state/cluster.env ]] || die "no cluster on port $port to reuse"
  source "$state/cluster.env"
  cp "$reuse_cookies" "$out/cookies.txt"; cp "$reuse_venues" "$out/venues.txt"
  citizens=$(grep -c . "$out/cookies.txt")
  for k in $(seq "$nodes" -1 3); do say "node$k leaves (drain, graceful shutdown)"; leave "$k"; done
else
say "cluster: 2 nodes behind $balancer (database $db on 127.0.0.1:$db_port)"
OCP_NODE_PROPERTIES="-Docp.limits.sign-in-codes.per-address-per-minute=1000000 -Docp.limits.check-ins.per-account-per-day=100000 -Docp.api.verify.per-address-per-second=1000000 ${OCP_NODE_PROPERTIES:-}" \
  "$root/ops/cluster.sh" start --nodes 2 --port "$port" --base-offset "$base_offset" --db-port "$db_port" \
  --db "$db" --fresh-db --no-build > "$out/cluster.txt" 2>&1 || { cat "$out/cluster.txt"; die "the cluster did not start"; }
say "seeding $citizens citizens and 500 venues"
curl -sf -o /dev/null "$balancer/api/v1/keys" || die "no verification keys"
java -cp "$cp" "$root/bench/SeedCitizens.java" "$jdbc" ocp ocp "$state/data/keys/data-keys.properties" "$citizens" || die "seeding failed"
java -cp "$cp" "$root/bench/VenueTokens.java" "$jdbc" ocp ocp "$state/data/keys/signing" 500 "$out/venues.txt" || die "venue tokens failed"
say "signing in $citizens citizens through the balancer"
java -cp "$out/classes" Soak signin "$balancer" "$citizens" "$citizens" "${SOAK_SIGNIN_THREADS:-8}" "$out/cookies.txt" || die "sign-in failed"
fi
measure cluster 2

# The single node: node2 leaves gracefully (drained at the balancer, then shut down), so node1
# runs alone — a cluster of one, exactly what the same EAR is as a single node — with every
# citizen still signed in (2 owners on 2 nodes: node1 holds a copy of every session).
say "single: node2 leaves (drain, graceful shutdown); node1 serves alone"
leave 2
measure single 1

if (( jfr )); then jfr_report cluster; jfr_report single; fi
# Rows in the order single, cluster.
rows=("${rows[1]}" "${rows[0]}")
single_ms=$(cut -d'|' -f8 <<<"${rows[0]}")
cluster_ms=$(cut -d'|' -f8 <<<"${rows[1]}")
ratio=$(awk -v a="$cluster_ms" -v b="$single_ms" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
marginal_ratio=$(awk -v a="$(cut -d'|' -f12 <<<"${rows[1]}")" -v b="$(cut -d'|' -f12 <<<"${rows[0]}")" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
no_jit() { # row -> CPU ms per served request without the JIT compiler threads
  awk -F'|' '{ printf "%.3f", $3 ? ($7 - $13) * 1000 / $3 : 0 }' <<<"$1"
}
single_no_jit=$(no_jit "${rows[0]}") cluster_no_jit=$(no_jit "${rows[1]}")
no_jit_ratio=$(awk -v a="$cluster_no_jit" -v b="$single_no_jit" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
{
  echo
  (( independent )) && echo "INDEPENDENT NODES (the control): ocp-mysql.xml, local caches, no JGroups; \"cluster\" below is two unclustered JVMs, \"single\" one"
  echo "cluster-cpu: $citizens signed-in citizens per configuration, ${seconds} s measured after ${warm_up} s warm-up (offered ${warm_up_rates:-$rates}), offered $rates (per s), $(date -u +%FT%TZ), $(nproc) cores"
  printf '%-8s %5s %9s %9s %6s %6s %8s %12s %15s %8s %13s  %s\n' config nodes served client shed errors cpu-s "cpu-ms/req" "above idle ms" "p99 ms" "load avg" "per node"
  for r in "${rows[@]}"; do
    IFS='|' read -r a b c dd e f g h i j k m _ <<<"$r"
    printf '%-8s %5s %9s %9s %6s %6s %8s %12s %15s %8s %13s  %s\n' "$a" "$b" "$c" "$dd" "$e" "$f" "$g" "$h" "$m" "$i" "$j" "$k"
  done
  echo "CPU per served request above the nodes' idle burn, cluster / single: ${marginal_ratio}x (the idle burn of each JVM measured for $idle s before its run)"
  echo "JIT compiler threads while measured: single $(cut -d'|' -f13 <<<"${rows[0]}") s, cluster $(cut -d'|' -f13 <<<"${rows[1]}") s; CPU per served request without them: single $single_no_jit ms, cluster $cluster_no_jit ms, cluster / single ${no_jit_ratio}x"
  echo "CPU per served request, cluster (both nodes) / single node: ${ratio}x (target <= 1.2x): $(awk -v r="$ratio" 'BEGIN { print (r != "" && r + 0 > 0 && r <= 1.2 ? "MET" : "MISSED") }')"
  # Where the difference goes: CPU ms per served request by thread group, both nodes summed.
  echo "CPU ms per served request by thread group (threads named alike summed; both nodes for the cluster):"
  printf '  %-28s %9s %9s %9s\n' "thread group" single cluster "extra"
  awk -F'\t' -v ss="$(cut -d'|' -f3 <<<"${rows[0]}")" -v cs="$(cut -d'|' -f3 <<<"${rows[1]}")" -v hz="$hz" '
    FNR == 1 { f++ } { g[$1]; if (f == 1) s[$1] = $2; else c[$1] = $2 }
    END { for (k in g) printf "%s\t%.4f\t%.4f\n", k, s[k] * 1000 / hz / ss, c[k] * 1000 / hz / cs }' \
    "$out/single/thread-groups.tsv" "$out/cluster/thread-groups.tsv" |
    sort -t$'\t' -k3,3gr | awk -F'\t' '$2 + $3 >= 0.001 { printf "  %-28s %9.3f %9.3f %+9.3f\n", $1, $2, $3, $3 - $2 }'
  # Same work or slower work: user and system CPU, context switches and time spent waiting for a
  # core, per served request, for the request and I/O threads and for every thread of the JVMs.
  echo "Per served request, single -> cluster: user / system CPU ms, voluntary / involuntary switches, ms runnable waiting for a core:"
  awk -F'\t' -v ss="$(cut -d'|' -f3 <<<"${rows[0]}")" -v cs="$(cut -d'|' -f3 <<<"${rows[1]}")" -v hz="$hz" '
    FNR == 1 { f++ }
    { k = ($1 == "default task-N" || $1 == "default I/O-N") ? $1 : "(every other thread)"
      for (i = 3; i <= 7; i++) { v[f, k, i] += $i; v[f, "(all threads)", i] += $i } }
    function row(k) {
      printf "  %-22s user %.3f -> %.3f  system %.3f -> %.3f  switches %.2f/%.2f -> %.2f/%.2f  waited %.3f -> %.3f\n", k,
        v[1, k, 3] * 1000 / hz / ss, v[2, k, 3] * 1000 / hz / cs, v[1, k, 4] * 1000 / hz / ss, v[2, k, 4] * 1000 / hz / cs,
        v[1, k, 5] / ss, v[1, k, 6] / ss, v[2, k, 5] / cs, v[2, k, 6] / cs, v[1, k, 7] / 1000 / ss, v[2, k, 7] / 1000 / cs }
    END { row("default task-N"); row("default I/O-N"); row("(every other thread)"); row("(all threads)") }' \
    "$out/single/thread-groups.tsv" "$out/cluster/thread-groups.tsv"
} | tee "$out/result.txt"
