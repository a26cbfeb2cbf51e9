#!/usr/bin/env python3
"""speedscope-summary.py TRACE.speedscope.json — where a sampled-thread-time trace's *running* time went.

dotnet-trace's dotnet-sampled-thread-time profile samples every managed thread, waiting or not, so its own top-N is
dominated by idle pool threads. Each sample's innermost frame is the thread's state: CPU_TIME (running managed code)
or UNMANAGED_CODE_TIME (in native code: the GC, the kernel, a wait). This keeps the CPU_TIME samples and reports the
share of them under each area of the gift path (a frame anywhere on the stack naming it), then the frames just above
the state that used the most. Convert the trace first: dotnet-trace convert X.nettrace --format Speedscope.
"""
import collections
import json
import sys

AREAS = [
    ("Kestrel and HTTP/1.1 parsing", ("Kestrel", "Http1Connection", "HttpProtocol")),
    ("Routing, authentication, authorization", ("Routing", "AuthenticationMiddleware", "AuthorizationMiddleware", "ApiKey")),
    ("System.Text.Json (request and answer)", ("System.Text.Json",)),
    ("Validation and the request hash", ("RequestHash", "Validat")),
    ("Orleans messaging and grain calls", ("Orleans.",)),
    ("Donor grain", ("DonorGrain",)),
    ("Campaign grain and its feed", ("CampaignGrain", "CampaignFactFeed")),
    ("Ledger group commit (EF, Npgsql)", ("GiftGroupCommit", "GiftLedger")),
    ("Npgsql (all)", ("Npgsql",)),
    ("EF Core (all)", ("EntityFrameworkCore",)),
    ("Giving-day hook", ("GivingDay",)),
    ("Telemetry (metrics, activities)", ("OpenTelemetry", "Diagnostics.Metrics", "Activity")),
    ("Logging", ("Microsoft.Extensions.Logging",)),
]

trace = json.load(open(sys.argv[1]))
frames = [f["name"] for f in trace["shared"]["frames"]]
running = 0.0
area_time = collections.Counter()
leaf_time = collections.Counter()
for profile in trace["profiles"]:
    stack, last = [], None
    for event in profile["events"]:
        if last is not None and stack:
            span = event["at"] - last
            if frames[stack[-1]] == "CPU_TIME" and len(stack) > 1:
                running += span
                leaf_time[frames[stack[-2]][:110]] += span
                names = [frames[f] for f in stack]
                for area, keys in AREAS:
                    if any(k in n for n in names for k in keys):
                        area_time[area] += span
        last = event["at"]
        if event["type"] == "O":
            stack.append(event["frame"])
        elif stack:
            stack.pop()

print(f"CPU time sampled: {running / 1000:.1f} s (all threads)")
print("| area (a frame on the stack) | share of CPU time |")
print("| --- | --- |")
for area, _ in AREAS:
    print(f"| {area} | {100 * area_time[area] / running:.1f}% |")
print()
print("frames running on the CPU:")
for leaf, t in leaf_time.most_common(25):
    print(f"  {100 * t / running:5.1f}%  {leaf}")
