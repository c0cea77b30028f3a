#!/usr/bin/env python3
"""Start-up benchmark (not a test): the sample article to PDF and to EPUB against a C++ hello
program linked the way galley is (bench/startup_hello.cpp: the same shared libraries to load),
as whole-process wall time (hyperfine, when installed: mean and min of many runs) and as the
instructions `valgrind --tool=callgrind` counts for the whole process, dynamic loader included
(stable on a loaded machine, unlike wall times). Prints the ratios to hello.
Usage: bench/bench_startup.py [BUILD_DIR]   (default build-release, configured as a Release
       build and built if missing; galley and bench_startup_hello are built in it)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "samples", "azerbaijan-victory-day.txt")


def build(b):
    if not os.path.exists(os.path.join(b, "CMakeCache.txt")):
        subprocess.run(["cmake", "-S", ROOT, "-B", b, "-DCMAKE_BUILD_TYPE=Release", "-DGALLEY_TESTS=OFF"],
                       check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", b, "-j2", "--target", "galley", "bench_startup_hello"], check=True,
                   stdout=subprocess.DEVNULL)
    return os.path.join(b, "galley"), os.path.join(b, "bench", "bench_startup_hello")


def instructions(cmd):
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + cmd,
                       capture_output=True, text=True)
    m = re.search(r"Collected : (\d+)", r.stderr)
    return int(m.group(1)) if r.returncode == 0 and m else None


def wall_ms(cmds, d):
    """{name: (mean ms, min ms)} from hyperfine, the commands interleaved run by run."""
    if not shutil.which("hyperfine"):
        return {}
    out = os.path.join(d, "hf.json")
    args = ["hyperfine", "-N", "--warmup", "5", "--runs", "60", "--export-json", out, "--style", "none"]
    for name, cmd in cmds:
        args += ["-n", name, " ".join(cmd)]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return {r["command"]: (r["mean"] * 1000, r["min"] * 1000) for r in json.load(open(out))["results"]}


def main():
    b = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build-release")
    galley, hello = build(b)
    with tempfile.TemporaryDirectory() as d:
        os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
        cmds = [("hello", [hello]),
                ("sample→pdf", [galley, "convert", SAMPLE, "-o", os.path.join(d, "a.pdf"), "-q"]),
                ("sample→epub", [galley, "convert", SAMPLE, "-o", os.path.join(d, "a.epub"), "-q"])]
        print(f"load average {os.getloadavg()[0]:.2f} at the start, {os.cpu_count()} cores")
        times = wall_ms(cmds, d)
        counts = {name: instructions(cmd) for name, cmd in cmds}
        print(f"{'run':12} {'mean ms':>8} {'min ms':>7} {'× hello':>8} {'instructions':>13} {'× hello':>8}")
        for name, _ in cmds:
            mean, low = times.get(name, (float("nan"), float("nan")))
            ratio = mean / times["hello"][0] if times else float("nan")
            n = counts[name]
            print(f"{name:12} {mean:8.2f} {low:7.2f} {ratio:8.2f} {n or 0:13,} {(n or 0) / counts['hello']:8.2f}")
        print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
