"""Bytes allocated per request from a JFR recording's jdk.ObjectAllocationSample events.

usage: python3 bench/alloc_top.py ALLOC_JSON REQUESTS TOP_FILE [THREAD_STATS_JSON]
ALLOC_JSON is `jfr print --json --stack-depth 64 --events jdk.ObjectAllocationSample`. Counts only the threads
that serve requests (Undertow's "default I/O-n" and "default task-n"): the node's background work
(deployment scanner, management, caches, JFR itself) is not the requests' cost and would dominate
at low request rates. Prints that sampled weight divided by REQUESTS and, after a space, the
weight on the other threads per request; writes the top allocated classes and frames (the top
frame, and the first frame of our own code, com.onecodepass) per request to TOP_FILE.
With THREAD_STATS_JSON (`jfr print --json --events jdk.ThreadAllocationStatistics`, emitted at the
start and end of a recording) the total is exact instead: each request thread's allocated bytes at
the end minus at the start. Prefer it: a sample's weight is what its thread allocated since its
previous sample, so at a few hundred requests the first samples carry the warm-up's allocation.
"""

import json
import sys
from collections import Counter


def main():
    path, requests, top_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path) as f:
        events = json.load(f)["recording"]["events"]
    total = other = 0
    by_class, by_frame, by_our_frame = Counter(), Counter(), Counter()
    for e in events:
        v = e["values"]
        weight = v.get("weight", 0)
        thread = (v.get("eventThread") or {}).get("javaName") or ""
        if not (thread.startswith("default I/O") or thread.startswith("default task")):
            other += weight
            continue
        total += weight
        cls = (v.get("objectClass") or {}).get("name", "?")
        by_class[cls] += weight
        frames = ((v.get("stackTrace") or {}).get("frames")) or []
        names = [
            (f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".")
            for f in frames
            if f.get("method")
        ]
        by_frame[names[0] if names else "?"] += weight
        ours = next((n for n in names if n.startswith("com.onecodepass")), None)
        by_our_frame[ours or "(no com.onecodepass frame)"] += weight
    with open(top_file, "w") as out:
        for title, counter in (
            ("class", by_class),
            ("top frame", by_frame),
            ("first com.onecodepass frame", by_our_frame),
        ):
            out.write(f"by {title} (bytes/request):\n")
            for name, w in counter.most_common(12):
                out.write(f"  {w / requests:10.0f}  {name}\n")
    if len(sys.argv) > 4:
        with open(sys.argv[4]) as f:
            stats = json.load(f)["recording"]["events"]
        per_thread = {}
        for e in stats:
            v = e["values"]
            thread = (v.get("thread") or {}).get("javaName") or ""
            if thread.startswith("default I/O") or thread.startswith("default task"):
                per_thread.setdefault(thread, []).append((v["startTime"], v["allocated"]))
        total = sum(max(a for _, a in l) - min(a for _, a in l) for l in per_thread.values())
    print(f"{total / requests:.0f} {other / requests:.0f}")


if __name__ == "__main__":
    main()
