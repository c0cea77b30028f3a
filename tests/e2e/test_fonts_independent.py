"""Outputs never depend on what else is asked for (issue 13, the font catalog): for every article
of the corpus folders given, `-o x.pdf` alone and `-o x.epub -o x.pdf` give byte-identical PDFs,
and `-o x.epub --page-source classic` the EPUB made beside the PDF (which marks the PDF's pages,
issue 15), and `batch -j1`, `batch -j2` and the single conversions give
byte-identical outputs; so do a book's PDF and EPUB made alone or together. (One FontSet once served both outputs and its fallback followed the order
characters were met: wikipedia-ja-413 embedded DejaVu Serif in the PDF alone and Noto Sans CJK
next to an EPUB.) Conversions run as parallel subprocesses, two at a time."""
import concurrent.futures
import filecmp
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

folders = sys.argv[1:]
articles = []
for folder in folders:
    # Articles only: the corpus's SOURCES.md and other notes are not .txt files.
    articles += sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
check(len(articles) >= 4, f"articles found in {folders}")
stems = [os.path.splitext(os.path.basename(a))[0] for a in articles]
check(len(set(stems)) == len(stems), "article names are unique across the folders")

d = tmpdir()
src = os.path.join(d, "src")
os.makedirs(src)
for article in articles:
    shutil.copy(article, src)  # batch follows no symbolic link out of its folder
single = {kind: os.path.join(d, kind) for kind in ("pdf", "epub", "both")}
for folder in single.values():
    os.makedirs(folder)


def convert(job):
    """One conversion: (article, kind) → the outputs' paths, or an error string."""
    article, kind = job
    stem = os.path.splitext(os.path.basename(article))[0]
    folder = single[kind]
    outs = [os.path.join(folder, stem + ext) for ext in
            {"pdf": [".pdf"], "epub": [".epub"], "both": [".epub", ".pdf"]}[kind]]
    args = ["convert", article]
    for o in outs:
        args += ["-o", o]
    if kind == "epub":  # the pages of the PDF the other conversions make
        args += ["--page-source", "classic"]
    r = run_galley(*args)
    return None if r.returncode == 0 else f"{article} ({kind}): exit {r.returncode} {r.stderr[-400:]}"


def batch(jobs):
    out = os.path.join(d, f"batch-j{jobs}")
    r = run_galley("batch", src, "-o", out, "-j", str(jobs), timeout=900)
    return None if r.returncode == 0 else f"batch -j{jobs}: exit {r.returncode} {r.stderr[-800:]}"


# Two at a time: the batches are one process each, the conversions one per article and kind.
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(batch, 2), pool.submit(batch, 1)]
    # The same paths as the batch reads (an article's path may reach its output, e.g. its id).
    futures += [pool.submit(convert, (os.path.join(src, os.path.basename(a)), k))
                for a in articles for k in ("pdf", "epub", "both")]
    for f in futures:
        error = f.result()
        check(error is None, error or "")


def same(a, b, what):
    check(os.path.exists(a) and os.path.exists(b) and filecmp.cmp(a, b, shallow=False),
          f"{what}: {a} and {b} differ")


for stem in stems:
    both_pdf = os.path.join(single["both"], stem + ".pdf")
    both_epub = os.path.join(single["both"], stem + ".epub")
    same(os.path.join(single["pdf"], stem + ".pdf"), both_pdf, f"{stem}: -o x.pdf alone vs with -o x.epub")
    same(os.path.join(single["epub"], stem + ".epub"), both_epub, f"{stem}: -o x.epub --page-source classic vs with -o x.pdf")
    for jobs in (1, 2):
        for ext, single_out in ((".pdf", both_pdf), (".epub", both_epub)):
            same(os.path.join(d, f"batch-j{jobs}", stem + ext), single_out,
                 f"{stem}{ext}: batch -j{jobs} vs a single convert")

# A book draws from the same catalog: its PDF alone and beside its EPUB are the same bytes too.
# Articles in several scripts (CJK from system fonts), in the order they come.
picked = [a for a in articles if any(k in os.path.basename(a) for k in
                                     ("ja-413", "udhr-cmn_hans", "udhr-arb", "loomings"))][:4]
if check(len(picked) >= 2, "articles for the book"):
    manifest = write_manifest(os.path.join(d, "book.toml"),
                              'title = "Fonts"\nauthors = ["Various"]\nlanguage = "en"\n', picked)
    outs = {k: [os.path.join(d, f"book-{k}{ext}") for ext in exts]
            for k, exts in (("pdf", [".pdf"]), ("epub", [".epub"]), ("both", [".epub", ".pdf"]))}
    for k, paths in outs.items():
        args = ["book", "--allow-outside", manifest]
        for o in paths:
            args += ["-o", o]
        if k == "epub":  # the pages of the PDF the other runs make
            args += ["--page-source", "classic"]
        r = run_galley(*args)
        check(r.returncode == 0, f"book ({k}): exit {r.returncode} {r.stderr[-400:]}")
    same(outs["pdf"][0], outs["both"][1], "book: -o x.pdf alone vs with -o x.epub")
    same(outs["epub"][0], outs["both"][0], "book: -o x.epub --page-source classic vs with -o x.pdf")
print(f"{len(articles)} articles: 3 single conversions each, batch -j1 and -j2 compared", flush=True)
finish()
