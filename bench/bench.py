#!/usr/bin/env python3
"""galley's benchmark (not a test): whole-process wall time, throughput and peak memory of
`galley convert` on the sample article, the Markdown sample, a ~100 KB and a ~3 MB text, to
EPUB and to PDF, in a release build on one core. When pandoc (with a LaTeX engine) is installed it is timed on the same
inputs. Usage: bench/bench.py [GALLEY_BINARY]   (default build-release/galley, built if missing)
"""
import os
import resource
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


def make_inputs(d):
    sample = os.path.join(ROOT, "samples", "azerbaijan-victory-day.txt")
    moby = os.path.join(SHARED, "corpus", "en", "moby-dick-whole-book.txt")
    if not os.path.exists(moby):
        moby = os.path.join(ROOT, "samples", "moby-dick-chapter-1-loomings.txt")
    text = open(moby, encoding="utf-8").read()
    body = text.split("\n", 1)[1]
    mid = os.path.join(d, "text-100k.txt")
    big = os.path.join(d, "text-3m.txt")
    cut = body[:100_000].rsplit("\n\n", 1)[0]
    open(mid, "w", encoding="utf-8").write("A Hundred Kilobytes of Moby-Dick\n\n" + cut + "\n")
    reps = 3_000_000 // len(body) + 1
    open(big, "w", encoding="utf-8").write("Three Megabytes of Moby-Dick\n\n" + (body + "\n\n") * reps)
    markdown = os.path.join(ROOT, "samples", "counting-words-in-a-shell.md")
    notes = os.path.join(ROOT, "samples", "notes-at-the-foot-of-the-page.md")
    return [("sample", sample), ("markdown", markdown), ("notes", notes), ("100 KB", mid),
            ("3 MB", big)]


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
    galley = sys.argv[1] if len(sys.argv) > 1 else build_release()
    env_epoch = {"SOURCE_DATE_EPOCH": "1700000000"}
    os.environ.update(env_epoch)
    with tempfile.TemporaryDirectory() as d:
        inputs = make_inputs(d)
        print(f"{'input':8} {'format':6} {'size':>9} {'best ms':>9} {'median ms':>10} {'MB/s':>7} {'peak MB':>8}")
        for name, path in inputs:
            size = os.path.getsize(path)
            runs = 10 if size < 200_000 else 3
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
                for fmt, extra in (("epub", []), ("pdf", ["--pdf-engine=lualatex"])):
                    out = os.path.join(d, "pandoc." + fmt)
                    r = measure(["pandoc", "-f", "markdown", path, "-o", out, *extra], 1)
                    print(f"{name:8} {fmt:6} " + ("failed" if r is None else f"{r[0]:9.1f} ms, peak {r[2]:.1f} MB"))


if __name__ == "__main__":
    main()
