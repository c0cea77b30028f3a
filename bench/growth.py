#!/usr/bin/env python3
"""Growth of galley's cost on hostile inputs (not a test): each pathological input is grown 1×,
10× and 100× and converted to PDF and EPUB in one `galley convert` (one core); its CPU time (user +
system, from the child's own rusage: wall time on a shared machine measures the neighbours), its
peak memory (ru_maxrss) and the PDF's size are printed for each size, and the worst ratio of a 10×
step. An input grows linearly when every 10× step multiplies its CPU time and its memory by at
most 15 ("linear?" yes). A clean refusal (a documented exit code, e.g. 4 for a sidecar galley
does not accept) still counts and is noted; a crash, a timeout or exit 70 fails the row.

Inputs (base size ×1):
  word        one unbreakable 1 KB word in a paragraph
  url         one 1 KB URL (https://example.com/...) in a paragraph
  keywords    1,000 distinct keywords in the article's sidecar (ARTICLE.toml, keywords = "a, b")
  --meta kw   100 distinct keywords given as --meta keywords=... (one argument may not pass
              128 KB, so this one grows from 100)
  headings    10 KB of short headings in a row ("Heading number N", each its own paragraph)
  deep TOML   a sidecar whose table header is nested 400 deep ([a.a.a...])
  paragraph   one 10 KB paragraph of ordinary English words (Moby-Dick's)

Usage: bench/growth.py [GALLEY_BINARY] [--markdown]
       (default build-release/galley, built as bench/bench.py builds it if missing)
"""
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
STEPS = (1, 10, 100)
LIMIT = 15  # the most a 10× step may multiply time or memory by and still count as linear
TIMEOUT = 600  # seconds per run


def build_release():
    b = os.path.join(ROOT, "build-release")
    if not os.path.exists(os.path.join(b, "galley")):
        subprocess.run(["cmake", "-S", ROOT, "-B", b, "-DCMAKE_BUILD_TYPE=Release", "-DGALLEY_TESTS=OFF"],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["cmake", "--build", b, "-j2", "--target", "galley"], check=True,
                       stdout=subprocess.DEVNULL)
    return os.path.join(b, "galley")


def letters(n, seed=1):
    rng = random.Random(seed)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def english_words(n_bytes):
    moby = os.path.join(SHARED, "corpus", "en", "moby-dick-whole-book.txt")
    if not os.path.exists(moby):
        moby = os.path.join(ROOT, "samples", "moby-dick-chapter-1-loomings.txt")
    words = open(moby, encoding="utf-8").read().split()[50:]
    out, size, i = [], 0, 0
    while size < n_bytes:
        w = words[i % len(words)]
        out.append(w)
        size += len(w) + 1
        i += 1
    return " ".join(out)


def keyword_list(n):
    return ", ".join(f"topic{i}" for i in range(n))


def article(d, name, body, sidecar=None):
    path = os.path.join(d, name + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(body)
    if sidecar is not None:
        with open(os.path.join(d, name + ".toml"), "w", encoding="utf-8") as f:
            f.write(sidecar)
    return path


# Each row: (name, what one step unit is, maker(d, k) -> (article path, extra arguments)).
ROWS = [
    ("word", "1 KB word",
     lambda d, k: (article(d, f"word{k}", "Hostile\n\nBefore " + letters(1000 * k) + " after.\n"), [])),
    ("url", "1 KB URL",
     lambda d, k: (article(d, f"url{k}", "Hostile\n\nSee https://example.com/" + letters(1000 * k - 20)
                           + " for more.\n"), [])),
    ("keywords", "1,000 keywords (sidecar)",
     lambda d, k: (article(d, f"kw{k}", "Hostile\n\nSome text.\n",
                           f'keywords = "{keyword_list(1000 * k)}"\n'), [])),
    ("--meta kw", "100 keywords (--meta)",
     lambda d, k: (article(d, f"meta{k}", "Hostile\n\nSome text.\n"),
                   ["--meta", "keywords=" + keyword_list(100 * k)])),
    ("headings", "10 KB of headings",
     lambda d, k: (article(d, f"headings{k}", "Hostile\n\n" + "".join(
         f"Heading number {i}\n\n" for i in range(1, 500 * k + 1))), [])),
    ("deep TOML", "depth 400 (sidecar)",
     lambda d, k: (article(d, f"deep{k}", "Hostile\n\nSome text.\n",
                           "[" + ".".join(["a"] * (400 * k)) + "]\nx = 1\n"), [])),
    ("paragraph", "10 KB paragraph",
     lambda d, k: (article(d, f"para{k}", "Hostile\n\n" + english_words(10_000 * k) + "\n"), [])),
]


def run(cmd):
    """(CPU seconds, peak MB, status text) of one run pinned to one core."""
    t = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.sched_setaffinity(0, {0})
            fd = os.open(os.devnull, os.O_WRONLY)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    deadline = t + TIMEOUT
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.perf_counter() > deadline:
            os.kill(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, f"timeout {TIMEOUT} s"
        time.sleep(0.005)
    seconds = usage.ru_utime + usage.ru_stime
    if os.WIFSIGNALED(status):
        state = "signal " + signal.Signals(os.WTERMSIG(status)).name
    else:
        code = os.WEXITSTATUS(status)
        state = "ok" if code == 0 else f"exit {code}"
    return seconds, usage.ru_maxrss / 1024, state


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    markdown = "--markdown" in sys.argv
    galley = args[0] if args else build_release()
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for name, unit, make in ROWS:
            results = []
            for k in STEPS:
                path, extra = make(d, k)
                out = os.path.join(d, f"out-{name.strip('-').replace(' ', '')}-{k}")
                cmd = [galley, "convert", path, "-o", out + ".pdf", "-o", out + ".epub", "-q", *extra]
                seconds, peak, state = run(cmd)
                pdf = os.path.getsize(out + ".pdf") if os.path.exists(out + ".pdf") else 0
                results.append((seconds, peak, state, pdf))
                for f in (out + ".pdf", out + ".epub"):
                    if os.path.exists(f):
                        os.remove(f)
            rows.append((name, unit, results))
            print_row(name, unit, results, markdown, header=len(rows) == 1)


def verdict(results):
    # A clean refusal (a documented exit code) is a fine answer to a hostile input; a crash, a
    # hang or exit 70 (an internal error) is not.
    if any(state.startswith(("signal", "timeout")) or state == "exit 70" for _, _, state, _ in results):
        return "fails: " + "/".join(state for _, _, state, _ in results)
    refused = sorted({state for _, _, state, _ in results if state != "ok"})
    worst_t = max(results[i + 1][0] / max(results[i][0], 1e-2) for i in range(len(results) - 1))
    worst_m = max(results[i + 1][1] / max(results[i][1], 1e-3) for i in range(len(results) - 1))
    ok = worst_t <= LIMIT and worst_m <= LIMIT
    note = f", refused: {'/'.join(refused)}" if refused else ""
    return f"{'yes' if ok else 'NO'} (×{worst_t:.1f} CPU, ×{worst_m:.1f} memory per 10×{note})"


def print_row(name, unit, results, markdown, header):
    times = " / ".join(f"{s:.2f}" for s, _, _, _ in results)
    peaks = " / ".join(f"{m:.0f}" for _, m, _, _ in results)
    pdfs = " / ".join(f"{p / 1e6:.2f}" for _, _, _, p in results)
    if markdown:
        if header:
            print("| input | 1× | CPU s (1× / 10× / 100×) | peak MB | PDF MB | linear? |")
            print("|---|---|---|---|---|---|")
        print(f"| {name} | {unit} | {times} | {peaks} | {pdfs} | {verdict(results)} |", flush=True)
    else:
        if header:
            print(f"{'input':10} {'1×':26} {'CPU s':22} {'peak MB':16} {'PDF MB':20} linear?")
        print(f"{name:10} {unit:26} {times:22} {peaks:16} {pdfs:20} {verdict(results)}", flush=True)


if __name__ == "__main__":
    main()
