#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# A command provider for the tests: prints metrics as NDJSON, logs to stderr. With "fail" it stops midway
# with status 3; with "slow" it waits after the first metric (for the cancel test).
import json, sys, time

mode = sys.argv[1] if len(sys.argv) > 1 else ""
print("starting", file=sys.stderr, flush=True)
print(json.dumps({"app": "ext.insights", "app_label": "External", "kind": "counter", "label": "ext_users",
                  "question": "How many users?", "value": 7}), flush=True)
if mode == "slow":
    time.sleep(60)
if mode == "fail":
    print("database is gone", file=sys.stderr, flush=True)
    sys.exit(3)
print(json.dumps({"app": "ext.insights", "kind": "gauge", "label": "ext_ratio", "desc": "a ratio", "value": -1.25}))
print()
print(json.dumps({"app": "ext.insights", "kind": "hbarchart", "label": "ext_top", "xlabel": "Count",
                  "values": [{"x": 3, "y": 1, "category": "alpha"}, {"x": 5, "y": 2, "category": "beta"}]}))
print(json.dumps({"app": "ext.insights", "kind": "timeseries", "label": "ext_daily",
                  "values": [{"timestamp": "2024-02-01T00:00:00Z", "x": 1}, {"timestamp": "2024-02-02 00:00:00", "x": 4}]}))
