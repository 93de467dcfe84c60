#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Exports against their anchors, in one run: each case runs the anchor and ours alternately, N times, as whole
processes, and reports medians of wall time and of CPU time (user + system, all threads) and their ratios, plus
the load average. Ratios within one run are what count on a shared machine (docs/PERFORMANCE.md).

Cases (anchor → ours):
  charts9    matplotlib drawing the nine charts of the all-kinds fixture (bench/matplotlib-charts.py, upstream's
             way: 8x4 in, 180 dpi) → --export-charts of the same file (PNG, 180 dpi)
  charts40   the same on the 40-chart helpdesk-like snapshot (bench/forty-charts.sql)
  csv1m      sqlite3 -csv writing the 1M-row bucket's five columns (id, ISO timestamp, xvalue, yvalue,
             category) → --export-data --question big_timeseries (CSV)
  ndjson1m   the same sqlite3 -csv → --export-data --format ndjson
  png1m      sqlite3 reading the bucket's (timestamp, xvalue) rows → --export-charts --question big_timeseries
With --before BUILD (e.g. main's build), that build's binary runs in the same alternation as a third party.
With --one-process, ours also runs with IV_EXPORT_PROCESSES=1 and IV_BUCKET_READERS=1 (charts drawn by one process,
no second one; a big bucket read by one connection, not two).

Usage: bench/exports.py [--build DIR] [--before DIR] [--one-process] [--runs N] [--cases a,b,...]
Needs python3-matplotlib for charts9/charts40 (apt install python3-matplotlib; skipped when missing), sqlite3,
../shared/fixtures, and builds the 1M-row snapshot (bench/make-large-snapshot.sh) and the 40-chart one on first
use in $IV_BENCH_DIR (default /tmp/iv-bench).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(os.path.dirname(ROOT), "shared", "fixtures")


def run(cmd, out_dir=None, stdout=subprocess.DEVNULL, extra_env=None):
    """Runs cmd once: (wall seconds, CPU seconds of the process and its threads/children)."""
    if out_dir:
        shutil.rmtree(out_dir, ignore_errors=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(extra_env or {}))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}")
    return wall, usage.ru_utime + usage.ru_stime


def ensure(path, build_cmd):
    if not os.path.exists(path):
        print(f"building {path} …", flush=True)
        subprocess.run(build_cmd, shell=True, check=True)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--before", help="another build to time in the same alternation (e.g. main's)")
    ap.add_argument("--one-process", action="store_true",
                    help="also time ours with IV_EXPORT_PROCESSES=1 and IV_BUCKET_READERS=1 (one process "
                         "draws every chart, one connection reads a big bucket)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cases", default="charts9,charts40,csv1m,ndjson1m,png1m")
    args = ap.parse_args()
    ours = os.path.join(args.build, "app", "insights-viewer")
    before = os.path.join(args.before, "app", "insights-viewer") if args.before else None
    work = os.environ.get("IV_BENCH_DIR", "/tmp/iv-bench")
    os.makedirs(work, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="iv-exports-")
    schema = os.path.join(ROOT, "tests", "data", "schema.sql")
    all_kinds = os.path.join(FIXTURES, "bookstore", "insights-all-kinds.db")
    have_mpl = subprocess.run(["/usr/bin/python3", "-c", "import matplotlib"], stderr=subprocess.DEVNULL).returncode == 0
    mpl = ["/usr/bin/python3", os.path.join(ROOT, "bench", "matplotlib-charts.py")]

    cases = {}
    wanted = args.cases.split(",")
    if "charts9" in wanted or "charts40" in wanted:
        forty = ensure(os.path.join(work, "forty-charts.db"),
                       f"cat '{schema}' '{ROOT}/bench/forty-charts.sql' | sqlite3 '{work}/forty-charts.db'")
        if not have_mpl:
            print("matplotlib missing (apt install python3-matplotlib): chart cases skipped")
        else:
            for name, db in (("charts9", all_kinds), ("charts40", forty)):
                if name in wanted:
                    cases[name] = (mpl + [db, f"{tmp}/mpl"], f"{tmp}/mpl",
                                   lambda b, db=db: [b, "--export-charts", f"{tmp}/ours", db], f"{tmp}/ours", None)
    if any(c in wanted for c in ("csv1m", "ndjson1m", "png1m")):
        large = ensure(os.path.join(work, "large.db"), f"'{ROOT}/bench/make-large-snapshot.sh' '{work}/large.db'")
        csv_sql = ("SELECT id, replace(timestamp, ' ', 'T') || 'Z', xvalue, yvalue, category "
                   "FROM insights_bucketvalue WHERE bucket_id = 1 ORDER BY id")
        read_sql = "SELECT timestamp, xvalue FROM insights_bucketvalue WHERE bucket_id = 1"
        q = ["--question", "big_timeseries"]
        if "csv1m" in wanted:
            cases["csv1m"] = (["sqlite3", "-csv", large, csv_sql], None,
                              lambda b: [b, "--export-data", f"{tmp}/ours", *q, large], f"{tmp}/ours", "file")
        if "ndjson1m" in wanted:
            cases["ndjson1m"] = (["sqlite3", "-csv", large, csv_sql], None,
                                 lambda b: [b, "--export-data", f"{tmp}/ours", "--format", "ndjson", *q, large],
                                 f"{tmp}/ours", "file")
        if "png1m" in wanted:
            cases["png1m"] = (["sqlite3", large, read_sql], None,
                              lambda b: [b, "--export-charts", f"{tmp}/ours", *q, large], f"{tmp}/ours", None)

    print(f"load average at start: {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} {os.getloadavg()[2]:.1f}; "
          f"{args.runs} alternated runs per case; medians")
    for name in wanted:
        if name not in cases:
            continue
        anchor, anchor_out, ours_cmd, ours_out, to_file = cases[name]
        parties = [("anchor", lambda: anchor, anchor_out, None), ("ours", lambda: ours_cmd(ours), ours_out, None)]
        if args.one_process and name.startswith(("charts", "png")):
            parties.append(("one", lambda: ours_cmd(ours), ours_out,
                            {"IV_EXPORT_PROCESSES": "1", "IV_BUCKET_READERS": "1"}))
        if before:
            parties.append(("before", lambda: ours_cmd(before), ours_out, None))
        results = {p[0]: [] for p in parties}
        for _ in range(args.runs):
            for label, cmd, out, extra_env in parties:
                if to_file == "file" and label == "anchor":
                    with open(f"{tmp}/anchor.out", "wb") as f:
                        results[label].append(run(cmd(), out, stdout=f))
                else:
                    results[label].append(run(cmd(), out, extra_env=extra_env))
        med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in results.items()}
        a_wall, a_cpu = med["anchor"]
        line = f"{name:9} anchor {a_wall:.3f} s (cpu {a_cpu:.3f})"
        for label in ("ours", "one", "before"):
            if label in med:
                w, c = med[label]
                line += (f" | {label} {w:.3f} s (cpu {c:.3f}) = wall {w / a_wall:.2f}x, cpu {c / a_cpu:.2f}x"
                         f" [anchor/{label} {a_wall / w:.1f}x]")
        print(line, flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
