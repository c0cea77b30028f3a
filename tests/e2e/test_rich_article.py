"""The rich Markdown sample (issue 11, "Must show"): samples/a-rich-article.md has front matter, a
PNG and a JPEG figure, a 40-row table, six footnotes (one long), a code block and a scene break.
It converts with exit 0 and no warning. EPUB: epubcheck 0/0, both images byte for byte, numbered
figcaptions, the table with <th scope>, six footnote asides, <pre><code>, the scene break.
PDF: qpdf --check clean; each image one XObject at its pixel size and density (pdfimages -list);
every footnote starts on the page of its mark and ends there or on the next page; the table
breaks across a page with its header above its first row on every page it touches; the first
figure does not fit where it stands, so it floats to the top of the next page while the text
after it fills the page before; captions numbered "Figure 1.", "Figure 2." (and not with
--set figure.numbered=false); tagged Figure, Table, Note and Code. (DAISY Ace: e2e_ace.)"""
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

sample = sys.argv[1]
images = os.path.join(os.path.dirname(sample), "images")
d = tmpdir()
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def squeeze(text):
    return " ".join(text.replace("-\n", "").translate(QUOTES).split())


def plain(markdown):
    """The words of a Markdown snippet as the outputs show them (no markup, no line ends)."""
    return squeeze(re.sub(r"[*`]", "", markdown))


def page_texts(pdf, *options):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True,
                                                         text=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), "-enc", "UTF-8", *options,
                            pdf, "-"], capture_output=True, text=True).stdout
            for i in range(1, n + 1)]


source = open(sample, encoding="utf-8").read()
check(source.startswith("---\n") and "\ntitle:" in source, "the sample has YAML front matter")
notes = re.findall(r"(?ms)^\[\^([^\]]+)\]: (.*?)(?=^\[\^|\Z)", source)
check(len(notes) == 6, f"six footnotes in the sample ({len(notes)})")
check(max(len(plain(t).split()) for _, t in notes) > 150, "one footnote is long (over 150 words)")
rows = re.findall(r"(?m)^\| (\d+) \| ([^|]+?) \| (\d+) \|$", source)
check(len(rows) == 40, f"the table has 40 body rows ({len(rows)})")

epub, pdf = os.path.join(d, "rich.epub"), os.path.join(d, "rich.pdf")
p = run_galley("convert", sample, "-o", epub, "-o", pdf)
check(p.returncode == 0, f"exit 0 (got {p.returncode}): {p.stderr[:500]!r}")
check("warning" not in p.stderr, f"no warning: {p.stderr[:500]!r}")

# EPUB.
errors, warnings, out = epubcheck(epub)
check(errors == 0 and warnings == 0, f"epubcheck 0/0 (got {errors}/{warnings}): {out[-800:]}")
z = zipfile.ZipFile(epub)
html = "".join(z.read(n).decode() for n in sorted(z.namelist()) if n.endswith(".xhtml"))
html = re.sub(r"<span epub:type=\"pagebreak\"[^>]*/>", "", html)  # print page markers
for name, original in (("article-fig-1.png", "word-counts.png"), ("article-fig-2.jpg", "dusk.jpg")):
    check(z.read("EPUB/images/" + name) == open(os.path.join(images, original), "rb").read(),
          f"{name} is {original} byte for byte")
captions = re.findall(r"<figcaption><span class=\"figure-label\">([^<]*)</span>", html)
check(captions == ["Figure 1. ", "Figure 2. "], f"EPUB figure labels: {captions}")
check(len(re.findall(r'<th scope="col"', html)) == 3, "EPUB: three <th scope=\"col\">")
check(html.count("<tr>") + len(re.findall(r"<tr ", html)) == 41, "EPUB: 41 table rows")
check(len(re.findall(r'<aside epub:type="footnote" role="doc-footnote"', html)) == 6,
      "EPUB: six footnote asides")
check('<pre><code class="language-sh">' in html, "EPUB: the code block")
check('<hr class="scene-break"/>' in html, "EPUB: the scene break")

# PDF: qpdf, images.
rc, out = pdf_tool("qpdf", "--check", pdf)
check(rc == 0 and "No syntax or stream encoding errors" in out, f"qpdf --check: {out[-400:]}")
rc, out = pdf_tool("pdfimages", "-list", pdf)
listed = [l.split() for l in out.splitlines()[2:] if l.strip()]
want = [("600", "360", "image", 150), ("800", "500", "jpeg", 300)]  # no density: 150; JFIF 300
check(len(listed) == 2, f"two image XObjects: {out}")
for row, (w, h, enc, ppi) in zip(listed, want):
    check(row[3:5] == [w, h] and row[8] == enc, f"image {w}x{h} ({enc}) embedded as it is: {row}")
    check(abs(int(row[12]) - ppi) <= 1 and abs(int(row[13]) - ppi) <= 1,
          f"image {w}x{h} drawn at {ppi} ppi: {row}")

# Footnotes: each starts on the page of its mark and ends there or on the next page.
pages = [squeeze(t) for t in page_texts(pdf)]
for label, (name, text) in enumerate(notes, start=1):
    before = re.search(rf"([^\s]+)\[\^{re.escape(name)}\]", source)  # the word before the mark
    if not check(before is not None, f"note {label} ({name}) is referenced in the sample"):
        continue
    marker = plain(before.group(1)).rstrip(",")
    mark_page = next((i for i, t in enumerate(pages)
                      if re.search(rf"{re.escape(marker)},? {label}\b", t)), None)
    if not check(mark_page is not None, f"note {label}: its mark after '{marker}'"):
        continue
    words = plain(text).split()
    check(" ".join(words[:5]) in pages[mark_page],
          f"note {label} starts on page {mark_page + 1}, its mark's: {words[:5]}")
    last = " ".join(words[-5:])
    check(last in pages[mark_page] or (mark_page + 1 < len(pages) and last in pages[mark_page + 1]),
          f"note {label} ends on page {mark_page + 1} or the next: {last!r}")

# The table: rows in order over at least two pages, the header above the first row on each.
layout = page_texts(pdf, "-layout")
row_pages = {}
for i, text in enumerate(layout):
    for k, line in enumerate(text.splitlines()):
        m = re.match(r"\s*(\d+)\s+(\S.*?)\s+(\d+)\s*$", line)
        if m and (m.group(1), m.group(2), m.group(3)) in rows:
            row_pages.setdefault(m.group(1), (i, k))
check(len(row_pages) == 40, f"every row drawn ({len(row_pages)})")
spanned = sorted({pg for pg, _ in row_pages.values()})
check(len(spanned) >= 2, f"the table breaks across a page (pages {spanned})")
for pg in spanned:
    lines = layout[pg].splitlines()
    heads = [k for k, line in enumerate(lines) if re.match(r"\s*Chapter\s+Title\s+Words\s*$", line)]
    first_row = min(k for page, k in row_pages.values() if page == pg)
    check(len(heads) == 1 and heads[0] < first_row,
          f"page {pg + 1}: the header once, above the first row ({heads}, row at {first_row})")

# The float: the chart's caption opens a later page than the paragraph that stands after it in
# the source, which fills the page before (text flows on past a figure that does not fit).
caption_page = next((i for i, t in enumerate(pages) if "Figure 1. An illustrative chart" in t), None)
after_page = next((i for i, t in enumerate(pages) if "The chart is drawn from illustrative" in t), None)
if check(caption_page is not None and after_page is not None, "the chart's caption and the text after it"):
    check(caption_page == after_page + 1,
          f"the chart floats to the next page (caption on {caption_page + 1}, text after it on "
          f"{after_page + 1})")
    head = layout[caption_page].split("Figure 1.")[0]
    check(squeeze(head) in ("Forty Chapters at Sea", ""),
          f"the chart opens its page, under the running head only: {squeeze(head)[:100]!r}")
check(any("Figure 2. Dusk over the sea" in t for t in pages), "PDF: the photograph is Figure 2")
check(any("* * *" in t or "***" in t for t in pages), "PDF: the scene break")

struct = subprocess.run(["pdfinfo", "-struct", pdf], capture_output=True, text=True).stdout
for role, count in (("Figure", 2), ("Caption", 2), ("Table", 1), ("Note", 6), ("Code", 1)):
    check(len(re.findall(rf"(?m)^\s+{role}\b", struct)) >= count, f"PDF tags {count} {role}")
fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
check("NotoSansMono" in fonts, "the code block in the code face")

# figure.numbered = false: no labels in either output.
epub2, pdf2 = os.path.join(d, "plain.epub"), os.path.join(d, "plain.pdf")
p = run_galley("convert", sample, "-o", epub2, "-o", pdf2, "--set", "figure.numbered=false")
check(p.returncode == 0, f"figure.numbered=false: exit 0 ({p.stderr[:300]!r})")
text2 = squeeze(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf2, "-"], capture_output=True,
                               text=True).stdout)
html2 = "".join(zipfile.ZipFile(epub2).read(n).decode() for n in zipfile.ZipFile(epub2).namelist()
                if n.endswith(".xhtml"))
check("Figure 1." not in text2 and "An illustrative chart of ten values" in text2,
      "figure.numbered=false: the PDF caption without its number")
check("figure-label" not in html2, "figure.numbered=false: the EPUB caption without its number")
# In German the label is "Abbildung".
p = run_galley("convert", sample, "-o", pdf2, "--lang", "de")
text3 = squeeze(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf2, "-"], capture_output=True,
                               text=True).stdout)
check("Abbildung 1: An illustrative chart" in text3, "--lang de: 'Abbildung 1:'")
finish()
