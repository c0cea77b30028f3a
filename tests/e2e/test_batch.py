"""galley batch: a folder with good and bad articles; shards; determinism across -j; every batch
output the same as `galley convert` makes of that article alone (wp-vi-1243 before wp-vi-2057
once made the second pick another fallback font in a shared FontSet); up-to-date."""
import filecmp
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

d = tmpdir()
src = os.path.join(d, "in")
os.makedirs(src)
for a in sys.argv[1:]:
    shutil.copy(a, src)
good = sorted(os.listdir(src))
check(len(good) >= 3, "articles to batch")
open(os.path.join(src, "empty.txt"), "wb").close()
open(os.path.join(src, "binary.txt"), "wb").write(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4)
names = sorted(os.listdir(src))

out1, out2 = os.path.join(d, "out1"), os.path.join(d, "out2")
p = run_galley("batch", src, "-o", out1, "-j", "1")
check(p.returncode == 1, f"batch with bad articles exits 1 (got {p.returncode}): {p.stderr[-800:]}")
check("empty.txt" in p.stderr and "binary.txt" in p.stderr, f"both bad files named: {p.stderr[-800:]}")
report = json.load(open(os.path.join(out1, "report.json")))
status = {a["name"]: a["status"] for a in report["articles"]}
check(status == {n: ("failed" if n in ("empty.txt", "binary.txt") else "ok") for n in names}, f"report statuses {status}")
check(report["failed"] == 2 and report["ok"] == len(good), f"report totals {report['ok']} ok {report['failed']} failed")
for n in good:
    stem = os.path.splitext(n)[0]
    for ext in (".epub", ".pdf"):
        check(os.path.getsize(os.path.join(out1, stem + ext)) > 0, f"{stem}{ext} written")
    rc, out = pdf_tool("qpdf", "--check", os.path.join(out1, stem + ".pdf"))
    check(rc == 0, f"{stem}.pdf qpdf --check")
for n in ("empty", "binary"):
    check(not os.path.exists(os.path.join(out1, n + ".epub")), f"no output for {n}")

# The same outputs, byte for byte, with two threads.
p = run_galley("batch", src, "-o", out2, "-j", "2")
for n in good:
    for ext in (".epub", ".pdf"):
        f = os.path.splitext(n)[0] + ext
        check(filecmp.cmp(os.path.join(out1, f), os.path.join(out2, f), shallow=False), f"{f} identical at -j 1 and -j 2")

# Whatever the thread converted before, an article comes out as `galley convert` makes it alone.
for n in good:
    stem = os.path.splitext(n)[0]
    alone = [os.path.join(d, "alone" + ext) for ext in (".epub", ".pdf")]
    p = run_galley("convert", os.path.join(src, n), "-o", alone[0], "-o", alone[1], "-q")
    check(p.returncode == 0, f"convert {n}: {p.stderr[-400:]}")
    for path, ext in zip(alone, (".epub", ".pdf")):
        check(filecmp.cmp(path, os.path.join(out1, stem + ext), shallow=False),
              f"{stem}{ext} of the batch (-j 1) is the one convert makes alone")

# Up to date: a second run skips everything good; --force rebuilds.
p = run_galley("batch", src, "-o", out1, "-j", "2")
report = json.load(open(os.path.join(out1, "report.json")))
check(report["skipped"] == len(good) and report["ok"] == 0, f"second run skips up-to-date articles: {report['skipped']}")
p = run_galley("batch", src, "-o", out1, "-j", "2", "--force")
report = json.load(open(os.path.join(out1, "report.json")))
check(report["ok"] == len(good), "--force rebuilds")

# Shards: 1/3, 2/3, 3/3 cover every article exactly once.
seen = []
for k in (1, 2, 3):
    o = os.path.join(d, f"shard{k}")
    run_galley("batch", src, "-o", o, "--shard", f"{k}/3", "--to", "epub")
    seen += [a["name"] for a in json.load(open(os.path.join(o, "report.json")))["articles"]]
check(sorted(seen) == names, f"shards partition the folder: {sorted(seen)} vs {names}")
p = run_galley("batch", src, "-o", os.path.join(d, "x"), "--shard", "4/3")
check(p.returncode == 2, "--shard 4/3 is a usage error")
finish()
