#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The anchor of the chart-export benchmark: every bucket of an insights.db drawn as upstream django-insights'
dashboard draws it with matplotlib (Agg, 8x4 in, 180 dpi, PNG; timeseries as a dashed line with a 5 pt marker on
every point, scatterplots as markers, bars by category, hbars likewise), one file per bucket, as a whole process.

Usage: bench/matplotlib-charts.py FILE OUTDIR   (needs python3-matplotlib; bench/exports.sh calls it)
Upstream adds its own Ubuntu font; matplotlib's default DejaVu Sans stands in here (same cost to lay out)."""
import datetime
import os
import sqlite3
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import LinearLocator  # noqa: E402

FACE, TICK, EDGE, PRIMARY = "#FEFEFE", "#333333", "#FFFFFF", "#2563eb"


def figure(title, xlabel, ylabel):
    fig, ax = plt.subplots(figsize=(8, 4))
    fig.set_facecolor(FACE)
    ax.set_facecolor(FACE)
    ax.tick_params(axis="x", colors=TICK)
    ax.tick_params(axis="y", colors=TICK)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(visible=False)
    for spine in ax.spines.values():
        spine.set_edgecolor(EDGE)
    return fig, ax


def when(text):
    return datetime.datetime.fromisoformat(text) if text else None


def main():
    path, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    buckets = db.execute(
        "SELECT id, label, type, coalesce(title, ''), coalesce(xlabel, ''), coalesce(ylabel, ''), xformat "
        "FROM insights_bucket ORDER BY id").fetchall()
    for bucket_id, label, kind, title, xlabel, ylabel, xformat in buckets:
        rows = db.execute("SELECT timestamp, xvalue, yvalue, category FROM insights_bucketvalue "
                          "WHERE bucket_id = ? ORDER BY id", (bucket_id,)).fetchall()
        fig, ax = figure(title, xlabel, ylabel)
        if kind == 1:
            ax.plot([when(r[0]) for r in rows], [r[1] for r in rows], "--o", markersize=5, color=PRIMARY)
            fig.autofmt_xdate()
            if xformat:
                ax.fmt_xdata = mdates.DateFormatter(xformat)
            ax.yaxis.set_minor_locator(LinearLocator(25))
        elif kind == 3:
            ax.scatter([r[2] for r in rows], [r[1] for r in rows], color=PRIMARY)
        elif kind == 5:
            ax.barh([f"{r[3]}"[:30] + f"..:{int(r[2])}" for r in rows], [r[1] for r in rows], color=PRIMARY)
        else:
            ax.bar([f"{r[3]}" for r in rows], [r[1] for r in rows], color=PRIMARY)
        fig.savefig(os.path.join(out, f"{label}.png"), dpi=180)
        plt.close(fig)


if __name__ == "__main__":
    main()
