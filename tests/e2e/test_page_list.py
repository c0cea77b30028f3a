"""Print page numbers in the EPUB (issue 15, point 2): an EPUB made beside its PDF (or with
--page-source naming the PDF's style) has one page-break marker per PDF page, labelled as the PDF
labels the page, placed just before the first words of the page's running text; a page-list nav
and an NCX pageList with as many entries; its pagination source in the package; epubcheck clean.
An EPUB made alone stays without any of it. Arguments: articles (the first is the sample)."""
import json
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

articles = sys.argv[1:]
check(len(articles) >= 2, "articles given")
d = tmpdir()


def roman(n, upper):
    out = ""
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out.upper() if upper else out


def pdf_labels(pdf):
    """The label of every page of `pdf`, from its /PageLabels (qpdf --json); decimal without."""
    info = json.loads(subprocess.run(["qpdf", "--json", pdf], capture_output=True, text=True).stdout)
    pages = len(info["pages"])
    ranges = sorted(info.get("pagelabels") or [], key=lambda r: r["index"])
    labels = []
    for i in range(pages):
        current = [r for r in ranges if r["index"] <= i]
        if not current:
            labels.append(str(i + 1))
            continue
        r = current[-1]
        label = r["label"]
        n = label.get("/St", 1) + i - r["index"]
        style = label.get("/S", "")
        prefix = label.get("/P", "")
        prefix = prefix[2:] if prefix.startswith("u:") else prefix
        text = {"/D": str(n), "/r": roman(n, False), "/R": roman(n, True)}.get(style, "")
        labels.append(prefix + text)
    return labels


def page_text(pdf, n):
    return subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), pdf, "-"], capture_output=True,
                          text=True).stdout


def compact(text):
    """`text` without white space, bidi controls, hyphens (soft or not) and list bullets."""
    return re.sub(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad\-\u2010\u2022]", "", text)


MARK = re.compile(r'<span epub:type="pagebreak" role="doc-pagebreak" id="(page-\d+)" aria-label="([^"]*)"/>')


def markers(epub):
    """(file, id, label, text after the marker up to the next marker) in reading order."""
    z = zipfile.ZipFile(epub)
    opf = z.read("EPUB/package.opf").decode()
    manifest = dict(re.findall(r'<item id="([^"]+)" href="([^"]+)"', opf))
    out = []
    for idref in re.findall(r'<itemref idref="([^"]+)"', opf):
        href = manifest[idref]
        x = z.read("EPUB/" + href).decode()
        found = list(MARK.finditer(x))
        for k, m in enumerate(found):
            end = found[k + 1].start() if k + 1 < len(found) else len(x)
            after = re.sub(r"<[^>]+>", " ", x[m.end():end])
            out.append((href, m.group(1), m.group(2), after))
    return out


def nav_page_list(epub):
    nav = zipfile.ZipFile(epub).read("EPUB/nav.xhtml").decode()
    m = re.search(r'<nav epub:type="page-list"[^>]*>(.*?)</nav>', nav)
    return re.findall(r'<a href="([^"]+)">([^<]*)</a>', m.group(1)) if m else []

epubs = []
checked = 0  # pages whose first words were compared
for n, article in enumerate(articles):
    stem = f"a{n}"
    epub, pdf = os.path.join(d, stem + ".epub"), os.path.join(d, stem + ".pdf")
    r = run_galley("convert", article, "-o", epub, "-o", pdf)
    if not check(r.returncode == 0, f"{article}: exit {r.returncode} {r.stderr[-300:]}"):
        continue
    epubs.append(epub)
    labels = pdf_labels(pdf)
    pages = int(re.search(r"Pages:\s+(\d+)", pdf_tool("pdfinfo", pdf)[1]).group(1))
    check(len(labels) == pages, f"{article}: a label per page")
    marks = markers(epub)
    check(len(marks) == pages, f"{article}: {len(marks)} page-break markers for {pages} PDF pages")
    check([m[2] for m in marks] == labels,
          f"{article}: marker labels {[m[2] for m in marks][:8]} are the PDF's {labels[:8]}")
    check(len(set(m[1] for m in marks)) == len(marks), f"{article}: marker ids unique")
    entries = nav_page_list(epub)
    check(len(entries) == pages, f"{article}: page-list nav has {len(entries)} entries for {pages} pages")
    check([label for _, label in entries] == labels, f"{article}: page-list labels are the PDF's")
    check([href for href, _ in entries] == [f"{m[0]}#{m[1]}" for m in marks],
          f"{article}: page-list entries point at the markers")
    ncx = zipfile.ZipFile(epub).read("EPUB/toc.ncx").decode()
    check(ncx.count("<pageTarget ") == pages, f"{article}: NCX pageList has {pages} targets")
    check(f'<meta name="dtb:totalPageCount" content="{pages}"/>' in ncx, f"{article}: NCX page count")
    opf = opf_of(epub)
    check(re.search(r'<dc:source id="page-source">[^<]*PDF, style classic\)</dc:source>', opf) is not None,
          f"{article}: the package names the pagination source")
    check('<meta property="source-of" refines="#page-source">pagination</meta>' in opf,
          f"{article}: dc:source refined as the pagination source")
    check("pageBreakMarkers" in opf and "pageNavigation" in opf, f"{article}: accessibility features")
    # Each page's running text starts with the text that follows its marker (the running head
    # comes first on the page, so it is looked for near the page's start). Compared without white
    # space, bidi controls, hyphens and list bullets, which text extraction adds or moves.
    for i, (href, ident, label, after) in enumerate(marks):
        if href == "title.xhtml":
            continue  # the title page: the PDF's first page opens with the same title block
        key = compact(after)[:12]
        page = compact(page_text(pdf, i + 1))
        if key:
            check(key in page[:300], f"{article} page {label}: '{key}' is not near the start of "
                                     f"the PDF page: {page[:160]}")
        checked += 1

# The EPUB beside a PDF is the EPUB made with --page-source of the same style; an EPUB made alone
# has no page numbers.
sample = articles[0]
both = os.path.join(d, "a0.epub")
source = os.path.join(d, "source.epub")
alone = os.path.join(d, "alone.epub")
r = run_galley("convert", sample, "-o", source, "--page-source", "classic")
check(r.returncode == 0, f"--page-source: exit {r.returncode} {r.stderr[-300:]}")
check(open(source, "rb").read() == open(both, "rb").read(),
      "-o x.epub --page-source classic is the EPUB made beside the PDF")
r = run_galley("convert", sample, "-o", alone)
check(r.returncode == 0, f"alone: exit {r.returncode}")
check(not markers(alone) and not nav_page_list(alone) and "page-source" not in opf_of(alone),
      "an EPUB made alone marks no pages")
# Another style's pages: a different pagination (large print has more pages), still complete.
other = os.path.join(d, "other.epub")
r = run_galley("convert", sample, "-o", other, "--page-source", "large-print")
large_pdf = os.path.join(d, "large.pdf")
r2 = run_galley("convert", sample, "-o", large_pdf, "--style", "large-print")
if check(r.returncode == 0 and r2.returncode == 0, f"--page-source large-print: {r.stderr[-300:]}"):
    check([m[2] for m in markers(other)] == pdf_labels(large_pdf),
          "--page-source large-print marks the large-print PDF's pages")
    check("style large-print" in opf_of(other), "the source names the large-print style")
    epubs.append(other)
r = run_galley("convert", sample, "-o", alone, "--page-source", "no-such-style")
check(r.returncode == 5, f"--page-source naming no style: exit 5 (got {r.returncode})")

# A book (the samples' anthology, beside the first article): its PDF's pages, roman front matter
# on the cover and title pages, each article's pages in it; --page-source alike.
manifest = os.path.join(os.path.dirname(os.path.abspath(sample)), "book.toml")
if check(os.path.exists(manifest), f"the samples' book {manifest}"):
    book_epub, book_pdf = os.path.join(d, "book.epub"), os.path.join(d, "book.pdf")
    book_source = os.path.join(d, "book-source.epub")
    r = run_galley("book", manifest, "-o", book_epub, "-o", book_pdf)
    r2 = run_galley("book", manifest, "-o", book_source, "--page-source", "classic")
    if check(r.returncode == 0 and r2.returncode == 0, f"book: {r.stderr[-300:]} {r2.stderr[-300:]}"):
        labels = pdf_labels(book_pdf)
        marks = markers(book_epub)
        check([m[2] for m in marks] == labels,
              f"book: marker labels {[m[2] for m in marks][:10]} are the PDF's {labels[:10]}")
        check(any(re.fullmatch(r"[ivxl]+", label) for label in labels), "book: roman front matter")
        check(all(m[0] == "title.xhtml" for m in marks if re.fullmatch(r"[ivxl]+", m[2])),
              "book: front matter pages marked on the title page")
        check(len(nav_page_list(book_epub)) == len(labels), "book: page-list nav as long")
        for i, (href, ident, label, after) in enumerate(marks):
            if href == "title.xhtml" or not compact(after):
                continue
            key, page = compact(after)[:12], compact(page_text(book_pdf, i + 1))
            check(key in page[:300], f"book page {label}: '{key}' not near the start of {page[:120]}")
        check(open(book_source, "rb").read() == open(book_epub, "rb").read(),
              "book --page-source classic is the EPUB made beside the PDF")
        epubs.append(book_epub)

for path, (errors, warnings, out) in epubcheck_many(epubs).items():
    check(errors == 0 and warnings == 0, f"epubcheck {path}: {out[-600:]}")
check(checked >= 20, f"first words compared on {checked} pages")
print(f"{len(articles)} articles, {checked} page starts checked", flush=True)
finish()
