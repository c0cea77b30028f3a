"""Hostile sizes (issue 16 point 4): an unbreakable word or a URL far wider than the measure is
broken by the emergency rule and costs no more PDF than ordinary text. A 100 KB word and a 40 KB
URL (which made a 56 MB PDF, one copy of the URL per line's link annotation) are converted; the
PDF stays under 1 MB, passes qpdf --check, and pdftotext gives the word and the URL back whole;
the link annotations (one per line) all open the whole URL. No timing: sizes only."""
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

d = tmpdir()
rng = random.Random(16)


def letters(n):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def convert(name, body):
    src = os.path.join(d, name + ".txt")
    with open(src, "w", encoding="utf-8") as f:
        f.write("Hostile\n\n" + body + "\n")
    pdf = os.path.join(d, name + ".pdf")
    p = run_galley("convert", src, "-o", pdf, "-q")
    check(p.returncode == 0, f"{name}: galley exits 0 ({p.stderr[-300:]})")
    return pdf


def text_back(pdf):
    """The PDF's text without page furniture (title running head, folios) and line ends."""
    t = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    rows = [r.strip() for r in re.split(r"[\n\f]", t)]
    return "".join(r for r in rows if r and r != "Hostile" and not r.isdigit())


word = letters(100_000)
pdf = convert("word", "Before " + word + " after.")
check(os.path.getsize(pdf) < 1_000_000, f"100 KB word: PDF {os.path.getsize(pdf)} bytes < 1 MB")
check(word in text_back(pdf), "100 KB word: pdftotext gives the word back whole")

url = "https://example.com/" + letters(40_000)
pdf = convert("url", "See " + url + " for more.")
size = os.path.getsize(pdf)
check(size < 1_000_000, f"40 KB URL: PDF {size} bytes < 1 MB (was 56 MB)")
q = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
check(q.returncode == 0, f"40 KB URL: qpdf --check ({q.stdout[-300:]})")
check(url in text_back(pdf), "40 KB URL: pdftotext gives the URL back whole")
_, urls = pdf_tool("pdfinfo", "-url", pdf)
annotations = urls.count(url)
check(annotations > 100, f"40 KB URL: every line's annotation opens the whole URL ({annotations})")

finish()
