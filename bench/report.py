#!/usr/bin/env python3
"""Turns the responses bench/wrk/bazaar.lua wrote into one scenario's rows for bench/RESULTS.md.

    bench/report.py SAMPLE_FILE_PREFIX MEASURE_FROM_US MEASURE_TO_US

Counts only requests that started in the measured window (the warm-up before it and the tail after
it are left out). Prints tab-separated lines: kind, requests, requests/s, p50, p95, p99, max (ms),
errors (status 0 or >= 400) and the error statuses seen, the first line for all kinds together.
Percentiles are nearest-rank over every measured request (no histogram buckets).
"""
import glob
import math
import sys
from collections import Counter, defaultdict


def percentile(ordered, share):
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def main():
    prefix, begin, end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    latencies = defaultdict(list)
    errors = defaultdict(Counter)
    for path in glob.glob(prefix + "-*.tsv"):
        with open(path) as samples:
            for line in samples:
                fields = line.rstrip("\n").split("\t")
                if len(fields) != 4:
                    continue  # a line cut short when wrk stopped
                start, kind, status, latency = int(fields[0]), fields[1], int(fields[2]), int(fields[3])
                if not begin <= start < end:
                    continue
                for name in ("all", kind):
                    latencies[name].append(latency)
                    if status == 0 or status >= 400:
                        errors[name][status] += 1
    seconds = (end - begin) / 1e6
    for name in sorted(latencies, key=lambda k: (k != "all", k)):
        ordered = sorted(latencies[name])
        ms = [percentile(ordered, p) / 1000 for p in (0.50, 0.95, 0.99)] + [ordered[-1] / 1000]
        statuses = " ".join(f"{status}x{count}" for status, count in sorted(errors[name].items()))
        print("\t".join([name, str(len(ordered)), f"{len(ordered) / seconds:.1f}"]
                        + [f"{value:.1f}" for value in ms]
                        + [str(sum(errors[name].values())), statuses or "-"]))


if __name__ == "__main__":
    main()
