"""Notes (issue 11): the Markdown sample with six footnotes (one long) converts to an EPUB with
noteref links and footnote asides (epubcheck 0/0) and a PDF (qpdf --check) where each note's
text starts on the page of its mark, the long one continuing on the next page; Moby-Dick's
chapter 42 (two asterisk notes, shared corpus) gets real notes in both outputs."""
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

sample = sys.argv[1]
d = tmpdir()


def page_texts(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True,
                                                         text=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), "-enc", "UTF-8", pdf, "-"],
                           capture_output=True, text=True).stdout for i in range(1, n + 1)]


QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def squeeze(text):
    return " ".join(text.replace("-\n", "").translate(QUOTES).split())


source = open(sample, encoding="utf-8").read()
notes = re.findall(r"(?ms)^\[\^([^\]]+)\]: (.*?)(?=^\[\^|\Z)", source)
check(len(notes) == 6, f"the sample has six footnotes ({len(notes)})")
epub, pdf = os.path.join(d, "notes.epub"), os.path.join(d, "notes.pdf")
p = run_galley("convert", sample, "-o", epub, "-o", pdf)
check(p.returncode == 0, f"exit 0 (got {p.returncode}): {p.stderr[:500]!r}")

# EPUB: six noteref links, six footnote asides, each aside right after its mark's block.
z = zipfile.ZipFile(epub)
body = "".join(z.read(n).decode() for n in sorted(z.namelist()) if n.endswith(".xhtml"))
refs = re.findall(r'<a epub:type="noteref" role="doc-noteref" class="noteref" href="#(fn\d+)" '
                  r'id="(fnref\d+)">(\d+)</a>', body)
check([r[2] for r in refs] == ["1", "2", "3", "4", "5", "6"], f"EPUB marks 1..6 in order: {refs}")
for label, (_, text) in zip(range(1, 7), notes):
    m = re.search(rf'<aside epub:type="footnote" role="doc-footnote" class="footnote" id="fn{label}">'
                  rf'(.*?)</aside>', body)
    if not check(m is not None, f"EPUB aside fn{label}"):
        continue
    check(f'role="doc-backlink" href="#fnref{label}"' in m.group(1), f"EPUB fn{label} back link")
    words = squeeze(re.sub(r"[*`]", "", text)).split()[:4]
    check(" ".join(words) in squeeze(re.sub(r"<[^>]+>", "", m.group(1))).replace("\u2019", "'"),
          f"EPUB fn{label} holds its text {words}")
errors, warnings, out = epubcheck(epub)
check(errors == 0 and warnings == 0, f"epubcheck 0/0 (got {errors}/{warnings}): {out[-800:]}")

# PDF: qpdf clean; every note's first words on the page of its mark; the long note continues.
q = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
check(q.returncode == 0, f"qpdf --check: {q.stdout[-300:]}")
pages = [squeeze(t) for t in page_texts(pdf)]
sentences = {"1": "they notice at once when it is broken.", "2": "it grows from above.",
             "3": "where nobody reads them.", "4": "goes to the next page itself.",
             "5": "while reading the main text.", "6": "changes what the author said."}
for label, (_, text) in zip(sorted(sentences), notes):
    mark_page = next((i for i, t in enumerate(pages) if sentences[label] + " " + label in t), None)
    if not check(mark_page is not None, f"PDF mark {label} after '{sentences[label]}'"):
        continue
    first = " ".join(squeeze(re.sub(r"[*`]", "", text)).split()[:5])
    check(first in pages[mark_page], f"PDF note {label} starts on page {mark_page + 1}: {first!r}")
    last = " ".join(squeeze(re.sub(r"[*`]", "", text)).split()[-5:])
    check(last in pages[mark_page] or (mark_page + 1 < len(pages) and last in pages[mark_page + 1]),
          f"PDF note {label} ends on page {mark_page + 1} or the next: {last!r}")
# In the large-print style the long note (4) cannot fit below its mark: it starts there and
# continues at the foot of the next page, before that page's own note.
lp = os.path.join(d, "large.pdf")
p = run_galley("convert", sample, "--style", "large-print", "-o", lp)
check(p.returncode == 0, f"large print: exit 0 (got {p.returncode})")
lpages = [squeeze(t) for t in page_texts(lp)]
mark4 = next((i for i, t in enumerate(lpages) if sentences["4"] + " 4" in t), None)
words4 = squeeze(notes[3][1]).split()
if check(mark4 is not None and mark4 + 1 < len(lpages), "large print: mark 4 found, a page after it"):
    check(" ".join(words4[:6]) in lpages[mark4], "large print: long note starts on its mark's page")
    check(" ".join(words4[-6:]) in lpages[mark4 + 1] and " ".join(words4[-6:]) not in lpages[mark4],
          "large print: long note continues on the next page")
    cont = lpages[mark4 + 1].find(" ".join(words4[-6:]))
    five = lpages[mark4 + 1].find("5. In PDF terms")
    check(five < 0 or cont < five, "large print: the continued note comes before the page's own note")
struct = subprocess.run(["pdfinfo", "-struct", pdf], capture_output=True, text=True).stdout
check(struct.count("Note") >= 6 and "Lbl" in struct, "PDF tags Note with Lbl")

# Moby-Dick chapter 42: two asterisk notes become notes in both outputs.
md = os.path.join(SHARED, "corpus", "anthology", "md-043-chapter-42-the-whiteness-of-the-whale.txt")
if os.path.exists(md):
    e2, p2 = os.path.join(d, "md.epub"), os.path.join(d, "md.pdf")
    r = run_galley("convert", md, "-o", e2, "-o", p2)
    check(r.returncode == 0, f"Moby-Dick ch. 42: exit 0 ({r.stderr[:300]!r})")
    b2 = "".join(zipfile.ZipFile(e2).read(n).decode() for n in zipfile.ZipFile(e2).namelist()
                 if n.endswith(".xhtml"))
    check(b2.count('epub:type="noteref"') == 2 and b2.count('epub:type="footnote"') == 2,
          "Moby-Dick ch. 42: two notes in the EPUB")
    t2 = squeeze(subprocess.run(["pdftotext", "-enc", "UTF-8", p2, "-"], capture_output=True,
                                text=True).stdout)
    check("shark. 1" in t2 and "Nature. 2" in t2, "Moby-Dick ch. 42: marks 1 and 2 in the PDF")
    check("*With reference" not in t2 and "With reference to the Polar bear" in t2,
          "Moby-Dick ch. 42: note text without its asterisk in the PDF")
finish()
