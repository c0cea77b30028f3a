#!/usr/bin/env python3
"""galley's batch benchmark (not a test): `galley batch` over the anthology folder
(../shared/corpus/anthology, 258 articles) to EPUB and PDF with --force, at -j 1 and -j 2, each
into its own temporary folder. Prints articles per second, wall time, CPU time and peak memory (the
batch process's maximum resident set) of each run and the -j 2 speed-up, then checks that the -j 1
and -j 2 outputs are byte for byte the same. A release build, like bench/bench.py (built there if missing).
Usage: bench/bench_batch.py [GALLEY_BINARY] [--folder DIR] [--runs N]
"""
import argparse
import filecmp
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import SHARED, build_release  # noqa: E402


def run_batch(galley, folder, out, jobs):
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one `galley batch` run, and
    its report."""
    cmd = [galley, "batch", folder, "-o", out, "--to", "epub,pdf", "-j", str(jobs), "--force", "-q"]
    t = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.execvp(cmd[0], cmd)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - t
    report = json.load(open(os.path.join(out, "report.json")))
    if status != 0 or report["failed"]:
        sys.exit(f"galley batch -j {jobs} failed (status {status}, {report['failed']} failed articles)")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, report


def outputs(folder):
    return sorted(f for f in os.listdir(folder) if f.endswith((".epub", ".pdf")))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("galley", nargs="?", help="galley binary (default: build-release/galley, built if missing)")
    ap.add_argument("--folder", default=os.path.join(SHARED, "corpus", "anthology"), help="folder of articles")
    ap.add_argument("--runs", type=int, default=1, help="runs per -j value (the best is shown)")
    args = ap.parse_args()
    galley = args.galley or build_release()
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    articles = sorted(f for f in os.listdir(args.folder) if f.endswith(".txt"))
    size = sum(os.path.getsize(os.path.join(args.folder, f)) for f in articles)
    print(f"{len(articles)} articles, {size / 1e6:.2f} MB, EPUB + PDF each; {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f} at the start")
    print(f"{'jobs':>4} {'wall s':>8} {'CPU s':>7} {'articles/s':>11} {'MB/s':>6} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as d:
        folders = {}
        walls = {}
        for jobs in (1, 2):
            best = None
            for run in range(args.runs):
                out = os.path.join(d, f"j{jobs}")
                result = run_batch(galley, args.folder, out, jobs)
                if best is None or result[0] < best[0]:
                    best = result
            wall, cpu, peak, report = best
            n = report["ok"]
            print(f"{jobs:4} {wall:8.2f} {cpu:7.2f} {n / wall:11.1f} {size / 1e6 / wall:6.2f} {peak:8.1f}")
            folders[jobs] = os.path.join(d, f"j{jobs}")
            walls[jobs] = wall
        print(f"scaling -j 2 over -j 1: {walls[1] / walls[2]:.2f}x wall "
              f"(load average {os.getloadavg()[0]:.2f} at the end)")
        one, two = outputs(folders[1]), outputs(folders[2])
        same = one == two and all(filecmp.cmp(os.path.join(folders[1], f), os.path.join(folders[2], f),
                                              shallow=False) for f in one)
        print(f"-j 1 and -j 2 outputs byte-identical: {'yes' if same else 'NO'} ({len(one)} files)")
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
