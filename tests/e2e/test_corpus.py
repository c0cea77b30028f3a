"""Corpus articles through both backends: epubcheck 0/0, qpdf clean, fonts embedded+subset+ToUnicode,
and every word (except reported boilerplate drops) reaches both outputs."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

d = tmpdir()
articles = [a for a in sys.argv[1:] if os.path.exists(a)]
check(articles, "corpus articles found")
built = {}
for a in articles:
    name = os.path.splitext(os.path.basename(a))[0]
    epub, pdf = os.path.join(d, name + ".epub"), os.path.join(d, name + ".pdf")
    p = run_galley("convert", a, "-o", epub, "-o", pdf)
    if not check(p.returncode == 0, f"{name}: exit {p.returncode}: {p.stderr[-500:]}"):
        continue
    # Lines the reader reported (dropped boilerplate) are left out of the word comparison.
    lines = open(a, encoding="utf-8").read().split("\n")
    dropped = [lines[int(n) - 1] for n in re.findall(r":(\d+): warning: dropped", p.stderr) if int(n) <= len(lines)]
    built[a] = (epub, pdf, dropped)

results = epubcheck_many([v[0] for v in built.values()])
for a, (epub, pdf, dropped) in built.items():
    errors, warnings, out = results[epub]
    check(errors == 0 and warnings == 0, f"{a}: epubcheck {errors} errors, {warnings} warnings:\n{out[:2000]}")
    rc, out = pdf_tool("qpdf", "--check", pdf)
    check(rc == 0, f"{a}: qpdf --check: {out[:500]}")
    ok, out = pdf_fonts_ok(pdf)
    check(ok, f"{a}: pdffonts:\n{out}")
    # Words in order for the EPUB (list numbers are drawn by the reading system); for the PDF in
    # any order or letter by letter, since extractors order right-to-left and Indic text variously.
    # The byline's "By" becomes part of the title block, hence a small allowance.
    for kind, path, source in (("EPUB", epub, without_list_numbers(a, d)), ("PDF", pdf, a)):
        f = fidelity(source, path, *dropped)
        if f is not None:
            score = f["recall"] if kind == "EPUB" else max(f["bag_recall"], f["char_recall"])
            check(score >= 0.995, f"{a}: {kind} word fidelity {score}: missing {f['missing'][:10]}")
finish()
