"""Where the request threads spend CPU, from a JFR recording's jdk.ExecutionSample events.

usage: python3 bench/cpu_top.py SAMPLES_JSON [TOP]
SAMPLES_JSON is `jfr print --json --stack-depth 64 --events jdk.ExecutionSample REC.jfr`
(without --stack-depth jfr prints 5 frames per stack, and "inclusive" means "in the top 5"). Counts only the threads
that serve requests (Undertow's "default I/O-n" and "default task-n"), as bench/alloc_top.py does.
Prints the share of samples per method on top of the stack (self) and per method anywhere on the
stack (inclusive, each method once per sample), and the same inclusive list for our own code
(com.onecodepass) — what a change would save is the inclusive share of the frame it removes —
and per library (org.infinispan, org.jgroups, io.undertow...): the share of samples with any of
its frames on the stack, e.g. what a cluster's replication costs the request threads.
"""

import json
import sys
from collections import Counter


def frames(event):
    stack = event["values"].get("stackTrace") or {}
    for f in stack.get("frames") or []:
        m = f["method"]
        yield m["type"]["name"] + "." + m["name"]


def request_thread(event):
    t = event["values"].get("sampledThread") or {}
    name = t.get("javaName") or t.get("osName") or ""
    return name.startswith("default task-") or name.startswith("default I/O-")


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    with open(path) as f:
        events = json.load(f)["recording"]["events"]
    own, inclusive, ours, libraries = Counter(), Counter(), Counter(), Counter()
    n = 0
    for e in events:
        if not request_thread(e):
            continue
        stack = list(frames(e))
        if not stack:
            continue
        n += 1
        own[stack[0]] += 1
        seen = set(stack)
        inclusive.update(seen)
        ours.update(m for m in seen if m.replace("/", ".").startswith("com.onecodepass"))
        libraries.update({".".join(m.replace("/", ".").split(".")[:2]) for m in seen})
    print(f"{n} samples on request threads")
    sections = (
        ("self", own),
        ("inclusive", inclusive),
        ("ours, inclusive", ours),
        ("libraries (first two package names), inclusive", libraries),
    )
    for title, counts in sections:
        print(f"\n-- {title}")
        for method, c in counts.most_common(top):
            print(f"{100.0 * c / max(n, 1):6.1f} %  {method}")


if __name__ == "__main__":
    main()
