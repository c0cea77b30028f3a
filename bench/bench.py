#!/usr/bin/env python3
"""galley's benchmark (not a test): whole-process wall time, throughput and peak memory (maximum
resident set of the child, from wait4) of `galley convert` on the sample article, the Markdown
sample and texts of about 100 KB, 1, 3, 10 and 20 MB, to EPUB and to PDF, in a release build on one
core. When pandoc (with a LaTeX engine) is installed it is timed on the same inputs.
--callgrind: instead, the instructions `valgrind --tool=callgrind` counts for the sample article
to PDF and to EPUB (stable on a loaded machine, unlike wall times).
--max-mb N: skip the texts larger than N MB.
Usage: bench/bench.py [GALLEY_BINARY] [--callgrind] [--max-mb N]
       (default binary build-release/galley, built if missing)
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")


def build_release():
    b = os.path.join(ROOT, "build-release")
    subprocess.run(["cmake", "-S", ROOT, "-B", b, "-DCMAKE_BUILD_TYPE=Release", "-DGALLEY_TESTS=OFF"],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", b, "-j2", "--target", "galley"], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(b, "galley")


def make_inputs(d, max_mb=None):
    sample = os.path.join(ROOT, "samples", "azerbaijan-victory-day.txt")
    moby = os.path.join(SHARED, "corpus", "en", "moby-dick-whole-book.txt")
    if not os.path.exists(moby):
        moby = os.path.join(ROOT, "samples", "moby-dick-chapter-1-loomings.txt")
    text = open(moby, encoding="utf-8").read()
    body = text.split("\n", 1)[1]
    mid = os.path.join(d, "text-100k.txt")
    cut = body[:100_000].rsplit("\n\n", 1)[0]
    open(mid, "w", encoding="utf-8").write("A Hundred Kilobytes of Moby-Dick\n\n" + cut + "\n")
    markdown = os.path.join(ROOT, "samples", "counting-words-in-a-shell.md")
    notes = os.path.join(ROOT, "samples", "notes-at-the-foot-of-the-page.md")
    figures = os.path.join(ROOT, "samples", "figures-and-captions.md")
    rich = os.path.join(ROOT, "samples", "a-rich-article.md")  # figures, table, notes, code
    inputs = [("sample", sample), ("markdown", markdown), ("notes", notes), ("figures", figures),
              ("rich", rich), ("100 KB", mid)]
    for mb in (1, 3, 10, 20):
        if max_mb is not None and mb > max_mb:
            break
        path = os.path.join(d, f"text-{mb}m.txt")
        reps = mb * 1_000_000 // len(body) + 1
        open(path, "w", encoding="utf-8").write(f"{mb} Megabytes of Moby-Dick\n\n" + (body + "\n\n") * reps)
        inputs.append((f"{mb} MB", path))
    return inputs


def callgrind(galley, d):
    """Instructions (callgrind's Ir total) of converting the sample article to PDF and to EPUB."""
    sample = os.path.join(ROOT, "samples", "azerbaijan-victory-day.txt")
    print(f"{'input':8} {'format':6} {'instructions':>14}")
    for fmt in ("pdf", "epub"):
        out = os.path.join(d, "cg." + fmt)
        r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", galley, "convert",
                            sample, "-o", out, "-q"], capture_output=True, text=True)
        m = re.search(r"Collected : (\d+)", r.stderr)
        if r.returncode != 0 or not m:
            print(f"sample   {fmt:6} failed")
            continue
        print(f"sample   {fmt:6} {int(m.group(1)):14,}")


def measure(cmd, runs):
    """Best and median wall time (ms) of `runs` runs, and peak RSS (MB) over them."""
    times = []
    peak = 0
    for _ in range(runs):
        t = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os.sched_setaffinity(0, {0})  # one core
            fd = os.open(os.devnull, os.O_WRONLY)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            os.execvp(cmd[0], cmd)
        _, status, usage = os.wait4(pid, 0)
        times.append((time.perf_counter() - t) * 1000)
        peak = max(peak, usage.ru_maxrss / 1024)
        if status != 0:
            return None
    return min(times), statistics.median(times), peak


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("galley", nargs="?", help="galley binary (default: build-release/galley, built if missing)")
    ap.add_argument("--callgrind", action="store_true", help="count instructions for the sample instead")
    ap.add_argument("--max-mb", type=float, help="skip the texts larger than this many MB")
    args = ap.parse_args()
    galley = args.galley or build_release()
    env_epoch = {"SOURCE_DATE_EPOCH": "1700000000"}
    os.environ.update(env_epoch)
    print(f"load average {os.getloadavg()[0]:.2f} at the start, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as d:
        if args.callgrind:
            callgrind(galley, d)
            return
        inputs = make_inputs(d, args.max_mb)
        print(f"{'input':8} {'format':6} {'size':>9} {'best ms':>9} {'median ms':>10} {'MB/s':>7} {'peak MB':>8}")
        for name, path in inputs:
            size = os.path.getsize(path)
            runs = 10 if size < 200_000 else 3 if size < 5_000_000 else 1
            for fmt in ("epub", "pdf"):
                out = os.path.join(d, "out." + fmt)
                r = measure([galley, "convert", path, "-o", out, "-q"], runs)
                if r is None:
                    print(f"{name:8} {fmt:6} failed")
                    continue
                best, med, peak = r
                print(f"{name:8} {fmt:6} {size/1000:8.0f}K {best:9.1f} {med:10.1f} {size/1e6/(best/1000):7.2f} {peak:8.1f}")
        if shutil.which("pandoc"):
            print("\npandoc on the same inputs:")
            for name, path in inputs:
                if os.path.getsize(path) > 4_000_000:
                    continue  # minutes per run
                for fmt, extra in (("epub", []), ("pdf", ["--pdf-engine=lualatex"])):
                    out = os.path.join(d, "pandoc." + fmt)
                    r = measure(["pandoc", "-f", "markdown", path, "-o", out, *extra], 1)
                    print(f"{name:8} {fmt:6} " + ("failed" if r is None else f"{r[0]:9.1f} ms, peak {r[2]:.1f} MB"))


if __name__ == "__main__":
    main()
