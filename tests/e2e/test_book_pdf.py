"""galley book -> PDF: the whole anthology folder in one minimal manifest gives a PDF that qpdf
passes, whose outline has one entry per article pointing at the page that shows its title, and
whose contents page gives each article that page's label, linked to it; byte-identical across runs.
A [[parts]] book nests its articles under the parts in the outline, opens every part and article
on a right-hand page, labels the front matter in roman numerals and carries the book title in the
heads of left-hand pages and the article title in those of right-hand pages. A PNG or JPEG cover
fills the first page; a cover that is not an image stops the book. (A book with an unreadable
article leaves no output: test_book.py.)"""
import json
# The manifests are written in a temporary folder and name files elsewhere: --allow-outside.
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

folder = sys.argv[1]
articles = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
check(len(articles) >= 200, f"at least 200 anthology articles (found {len(articles)})")
d = tmpdir()


def norm(s):
    return " ".join(s.split())


def squeeze(s):
    """`s` without any whitespace (a title may break after a dash, where pdftotext adds none)."""
    return "".join(s.split())


class Pdf:
    """What qpdf's JSON says about a PDF: page labels, the outline and each page's links."""

    def __init__(self, path):
        p = subprocess.run(["qpdf", "--json", path], capture_output=True, text=True, timeout=300)
        check(p.returncode == 0, f"qpdf --json {path}: {p.stderr[-500:]}")
        j = json.loads(p.stdout)
        self.path = path
        self.objects = j["qpdf"][1]
        self.pages = [pg["object"] for pg in j["pages"]]
        self.index = {ref: i for i, ref in enumerate(self.pages)}
        self.labels = [""] * len(self.pages)
        ranges = j["pagelabels"]
        for k, r in enumerate(ranges):
            end = ranges[k + 1]["index"] if k + 1 < len(ranges) else len(self.pages)
            style, first = r["label"].get("/S"), r["label"].get("/St", 1)
            prefix = re.sub(r"^u:", "", r["label"].get("/P", ""))
            for i in range(r["index"], end):
                n = first + i - r["index"]
                self.labels[i] = prefix + (str(n) if style == "/D" else roman(n) if style == "/r" else "")
        self.outline = j["outlines"]

    def links(self, page):
        """(target page index, target y) of each internal link on `page`."""
        value = self.objects["obj:" + self.pages[page]]["value"]
        out = []
        for ref in value.get("/Annots", []):
            dest = self.objects["obj:" + ref]["value"].get("/Dest")
            if dest:
                out.append((self.index[dest[0]], dest[3]))
        return out

    def text(self, page, *extra):
        """pdftotext of one page (0-based)."""
        rc, out = pdf_tool("pdftotext", *extra, "-f", str(page + 1), "-l", str(page + 1), self.path, "-")
        check(rc == 0, f"pdftotext page {page + 1}")
        return out


def roman(n):
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += digits
            n -= value
    return out


# 1. The minimal manifest over every article of the folder, to EPUB and PDF in one run.
manifest = write_manifest(os.path.join(d, "anthology.toml"),
                          'title = "The galley anthology"\nauthors = ["Various"]\nlanguage = "en"\n',
                          [os.path.join(folder, a) for a in articles])
pdf1, pdf2, epub = (os.path.join(d, n) for n in ("book1.pdf", "book2.pdf", "book.epub"))
p = run_galley("book", "--allow-outside", manifest, "-o", pdf1, "-o", epub)
check(p.returncode == 0, f"galley book -o PDF -o EPUB exits 0 (got {p.returncode}): {p.stderr[-800:]}")
check(os.path.getsize(epub) > 0, "the EPUB is written in the same run")
p = run_galley("book", "--allow-outside", manifest, "-o", pdf2)
check(p.returncode == 0, f"second run exits 0: {p.stderr[-800:]}")
check(open(pdf1, "rb").read() == open(pdf2, "rb").read(), "two runs give byte-identical PDF books")
rc, out = pdf_tool("qpdf", "--check", pdf1)
check(rc == 0 and "No syntax or stream encoding errors" in out, f"qpdf --check: {out[-800:]}")
ok, out = pdf_fonts_ok(pdf1)
check(ok, f"every font embedded, subset, with ToUnicode:\n{out}")
rc, info = pdf_tool("pdfinfo", pdf1)
check("Title:           The galley anthology" in info and "Tagged:          yes" in info, f"pdfinfo: {info}")

book = Pdf(pdf1)
entries = [o for o in book.outline if o["title"] != "Contents"]
check(len(entries) == len(articles), f"one top-level outline entry per article ({len(entries)} for {len(articles)})")
contents = [o for o in book.outline if o["title"] == "Contents"]
check(len(contents) == 1, "one outline entry for the contents")
first_body = book.labels.index("1")
check(all(re.fullmatch(r"[ivxlc]+", l) for l in book.labels[:first_body]), "front matter labels are roman")
check(first_body % 2 == 0, "page 1 is a right-hand page (the front matter has an even page count)")

# Every article's entry points at the page that shows its title, and that page is a new one.
targets = []
for o in entries:
    page = book.index[o["dest"][0]]
    targets.append(page)
    check(squeeze(o["title"]) in squeeze(book.text(page)),
          f"outline '{o['title']}' -> page {book.labels[page]} shows the title")
check(targets == sorted(targets) and len(set(targets)) == len(targets), "articles in order, one page each")

# The contents: each article's title, dot leaders, then the label of its page; its lines link to
# that page.
toc_first = book.index[contents[0]["dest"][0]]
toc_text, links = "", []
for page in range(toc_first, first_body):
    toc_text += book.text(page) + "\n"
    links += book.links(page)
toc_text = norm(toc_text)
at = 0
for o, page in zip(entries, targets):
    title = r"\s*".join(re.escape(c) for c in squeeze(o["title"]))
    m = re.compile(title + r"[\s.]*\s(\S+)").search(toc_text, at)  # dot leaders between
    check(m is not None, f"contents lists '{o['title']}' after the previous entry")
    if m is None:
        break
    check(m.group(1) == book.labels[page], f"contents: '{o['title']}' on page {m.group(1)}, is on {book.labels[page]}")
    at = m.end()
linked = []
for page, _ in links:
    if not linked or linked[-1] != page:
        linked.append(page)
check(linked == targets, "the contents' links point at every article's page, in order")

# 2. Parts, authors, two-sided openings and running heads.
picked = articles[:4]
parts = write_parts_manifest(os.path.join(d, "parts.toml"),
                             'title = "Two parts"\nsubtitle = "A test"\nauthors = ["Book Author"]\n'
                             'editors = ["Ed Itor"]\nlanguage = "en"\nrights = "Public domain"\n'
                             'edition = "First edition"\npublisher = "Galley Press"\n',
                             [os.path.join(folder, a) for a in picked])
pdf3 = os.path.join(d, "parts.pdf")
p = run_galley("book", "--allow-outside", parts, "-o", pdf3, "--style", "classic")
check(p.returncode == 0, f"parts book exits 0: {p.stderr[-800:]}")
book = Pdf(pdf3)
tops = [o for o in book.outline if o["title"] != "Contents"]
check([o["title"] for o in tops] == ["Part One", "Part Two"], f"parts at the outline's top: {[o['title'] for o in tops]}")
check([len(o["kids"]) for o in tops] == [2, 2], "each part holds its two articles")
front = norm(" ".join(book.text(i) for i in range(book.labels.index("1"))))
for what in ("Two parts", "A test", "Book Author", "Edited by Ed Itor", "Public domain", "First edition",
             "Galley Press", "Writer 1", "Writer 4"):
    check(what in front, f"the front matter says '{what}'")
openings = [book.index[o["dest"][0]] for o in tops] + [book.index[k["dest"][0]] for o in tops for k in o["kids"]]
for page in openings:
    check(int(book.labels[page]) % 2 == 1, f"page {book.labels[page]} opens a part or article on a right-hand page")
article_pages = {}
starts = sorted(book.index[k["dest"][0]] for o in tops for k in o["kids"])
for k, o in enumerate(k for t in tops for k in t["kids"]):
    begin = book.index[o["dest"][0]]
    end = min([s for s in starts + openings + [len(book.pages)] if s > begin])
    article_pages[o["title"]] = range(begin + 1, end)
heads = 0
for title, pages in article_pages.items():
    for page in pages:
        text = book.text(page).strip()
        if not text:
            continue  # the blank back of an article's last page
        first_line = text.splitlines()[0].strip()
        expect = "Two parts" if int(book.labels[page]) % 2 == 0 else norm(title)
        check(norm(first_line) == expect or expect.startswith(norm(first_line)),
              f"page {book.labels[page]} is headed '{first_line}', expected '{expect}'")
        heads += 1
check(heads >= 4, f"running heads checked on {heads} pages")

# 3. A cover (PNG or JPEG) fills the first page, labelled "Cover"; the front matter follows.
png = os.path.join(d, "cover.png")
open(png, "wb").write(png_bytes(40, 60))
jpg = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "book", "data", "cover.jpg")
for image, enc, size in ((png, "image", ("40", "60")), (jpg, "jpeg", ("60", "90"))):
    with_cover = os.path.join(d, "cover-" + os.path.basename(image) + ".toml")
    with open(with_cover, "w", encoding="utf-8") as f:
        f.write(f"cover = {toml_string(image)}\n" + open(parts, encoding="utf-8").read())
    out = with_cover[:-5] + ".pdf"
    p = run_galley("book", "--allow-outside", with_cover, "-o", out)
    check(p.returncode == 0, f"book with a {enc} cover exits 0: {p.stderr[-800:]}")
    rc, listing = pdf_tool("pdfimages", "-list", out)
    rows = [r.split() for r in listing.splitlines()[2:] if r.strip()]
    check(len(rows) == 1 and rows[0][0] == "1" and rows[0][3:5] == list(size) and rows[0][8] == enc,
          f"one {enc} image of {size} on page 1:\n{listing}")
    rc, out_check = pdf_tool("qpdf", "--check", out)
    check(rc == 0, f"qpdf --check with a cover: {out_check[-500:]}")
    covered = Pdf(out)
    check(covered.labels[:3] == ["Cover", "Cover", "i"], f"labels start Cover, Cover, i: {covered.labels[:3]}")
bad_cover = os.path.join(d, "cover-bad.toml")
with open(bad_cover, "w", encoding="utf-8") as f:
    f.write(f"cover = {toml_string(manifest)}\n" + open(parts, encoding="utf-8").read())
p = run_galley("book", "--allow-outside", bad_cover, "-o", os.path.join(d, "bad-cover.pdf"))
check(p.returncode != 0 and "cover" in p.stderr and not os.path.exists(os.path.join(d, "bad-cover.pdf")),
      f"a cover that is not an image is refused: {p.returncode} {p.stderr}")

# 4. The quick start's sample book (samples/book.toml): both outputs, parts holding their articles.
sample_book = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "samples", "book.toml")
pdf4, epub4 = os.path.join(d, "samples.pdf"), os.path.join(d, "samples.epub")
p = run_galley("book", "--allow-outside", sample_book, "-o", epub4, "-o", pdf4)
check(p.returncode == 0 and os.path.getsize(epub4) > 0, f"the samples' book: {p.stderr[-800:]}")
rc, out = pdf_tool("qpdf", "--check", pdf4)
check(rc == 0, f"samples' book qpdf --check: {out[-500:]}")
book = Pdf(pdf4)
check([len(o["kids"]) for o in book.outline if o["title"] != "Contents"] == [3, 2],
      "the samples' book: two parts of 3 and 2 articles")

finish()
