"""galley book: the whole anthology folder in one minimal manifest -> one EPUB that epubcheck
passes, one nav entry per article, each article file in its own language (detected: the manifest's
language is the book's), byte-identical across runs; a [[parts]] manifest nests the contents by
part and lists each article's author as a dc:contributor; a book with an unreadable article is not
written; English, Greek and Arabic articles get their own lang and dir; a PNG or JPEG cover becomes
the cover-image and the first page; a cover that is not an image is refused naming the manifest
line. (The PDF book: test_book_pdf.py.)"""
# The manifests are written in a temporary folder and name files elsewhere: --allow-outside.
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

folder = sys.argv[1]
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "book", "data")
articles = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
check(len(articles) >= 200, f"at least 200 anthology articles (found {len(articles)})")
d = tmpdir()


def html_lang_dir(xhtml):
    """(lang, xml:lang, dir) of the root element of an XHTML file."""
    m = re.search(r"<html\b[^>]*>", xhtml)
    attrs = dict(re.findall(r'([\w:]+)="([^"]*)"', m.group(0))) if m else {}
    return attrs.get("lang"), attrs.get("xml:lang"), attrs.get("dir")


def nav_links(epub):
    """(href, label) of every link of the toc nav, and the nav's text."""
    nav = zipfile.ZipFile(epub).read("EPUB/nav.xhtml").decode("utf-8")
    toc = nav[nav.index('epub:type="toc"'):nav.index("</nav>")]
    return re.findall(r'<a href="([^"]+)">([^<]*)</a>', toc), toc


# 1. The minimal manifest over every article of the folder.
manifest = write_manifest(os.path.join(d, "anthology.toml"),
                          'title = "The galley anthology"\nauthors = ["Various"]\nlanguage = "en"\n',
                          [os.path.join(folder, a) for a in articles])
book1, book2 = os.path.join(d, "book1.epub"), os.path.join(d, "book2.epub")
p = run_galley("book", "--allow-outside", manifest, "-o", book1)
check(p.returncode == 0, f"galley book exits 0 (got {p.returncode}): {p.stderr[-800:]}")
p = run_galley("book", "--allow-outside", manifest, "-o", book2)
check(p.returncode == 0, f"second run exits 0: {p.stderr[-800:]}")
check(open(book1, "rb").read() == open(book2, "rb").read(), "two runs give byte-identical books")

links, toc = nav_links(book1)
article_links = [h for h, _ in links if re.fullmatch(r"a\d{3}\.xhtml", h)]
check(len(article_links) == len(articles), f"one nav entry per article ({len(article_links)} for {len(articles)})")
check(len(set(article_links)) == len(article_links), "nav article entries are distinct")
z = zipfile.ZipFile(book1)
names = set(z.namelist())
for h in article_links:
    check("EPUB/" + h in names, f"nav target {h} exists")
first = z.read("EPUB/" + article_links[0]).decode("utf-8")
m = re.search(r"<header><h1 class=\"title\">([^<]*)</h1>", first)
check(m is not None, "an article file opens with its title as h1")
colophon = z.read("EPUB/colophon.xhtml").decode("utf-8")
check("Made with galley" in colophon, "the colophon says what made the book")
check(html_lang_dir(colophon) == ("en", "en", "ltr"), "the book's own pages are in the manifest's language")

# Each article file is in its article's language: the corpus names it (md = Moby-Dick, English;
# wp-LL = Wikipedia in LL), the manifest says only "en" for the book.
expected = {"md": "en", "wp-el": "el", "wp-ja": "ja", "wp-vi": "vi"}
wrong = []
for a, h in zip(articles, article_links):
    want = expected.get(a[:5], expected.get(a[:2]))
    got = html_lang_dir(z.read("EPUB/" + h).decode("utf-8"))
    if got != (want, want, "ltr"):
        wrong.append(f"{a}: {got} (want {want})")
check(not wrong, f"every article file has its own language: {len(wrong)} wrong: {wrong[:10]}")

errors, warnings, out = epubcheck_many([book1], workers=1)[book1]
check(errors == 0 and warnings == 0, f"epubcheck: {errors} errors, {warnings} warnings\n{out[-3000:]}")

# 2. Parts, per-article authors, editors.
picked = articles[:4]
parts = write_parts_manifest(os.path.join(d, "parts.toml"),
                             'title = "Two parts"\nauthors = ["Book Author"]\neditors = ["Ed Itor"]\n'
                             'language = "en"\nrights = "Public domain"\nedition = "First edition"\n',
                             [os.path.join(folder, a) for a in picked])
book3 = os.path.join(d, "parts.epub")
p = run_galley("book", "--allow-outside", parts, "-o", book3)
check(p.returncode == 0, f"parts book exits 0: {p.stderr[-800:]}")
links, toc = nav_links(book3)
check("Part One" in toc and "Part Two" in toc, "the nav names both parts")
nested = re.findall(r'<li><a href="(part-\d)\.xhtml">([^<]*)</a><ol>(.*?)</ol></li>', toc)
check([n[1] for n in nested] == ["Part One", "Part Two"], f"parts nest their articles: {[n[:2] for n in nested]}")
for (_, _, inner), expect in zip(nested, (["a001.xhtml", "a002.xhtml"], ["a003.xhtml", "a004.xhtml"])):
    got = re.findall(r'<a href="(a\d{3}\.xhtml)">', inner)
    check(got == expect, f"part holds {expect}, got {got}")
ncx = zipfile.ZipFile(book3).read("EPUB/toc.ncx").decode("utf-8")
check(re.search(r'<navPoint[^>]*><navLabel><text>Part One</text></navLabel><content src="part-1.xhtml"/>'
                r'<navPoint[^>]*><navLabel><text>[^<]*</text></navLabel><content src="a001.xhtml"/>', ncx)
      is not None, "the NCX nests articles under their part")
opf = opf_of(book3)
check(re.findall(r"<dc:creator[^>]*>([^<]*)<", opf) == ["Book Author"], "book authors are dc:creator")
contributors = re.findall(r"<dc:contributor[^>]*>([^<]*)<", opf)
check(contributors == ["Writer 1", "Writer 2", "Writer 3", "Writer 4", "Ed Itor"],
      f"article authors and editors are dc:contributor: {contributors}")
a3 = zipfile.ZipFile(book3).read("EPUB/a003.xhtml").decode("utf-8")
check('<p class="byline">By Writer 3</p>' in a3, "the article's author is under its title")
colophon = zipfile.ZipFile(book3).read("EPUB/colophon.xhtml").decode("utf-8")
check("Public domain" in colophon and "First edition" in colophon, "colophon has rights and edition")
errors, warnings, out = epubcheck_many([book3], workers=1)[book3]
check(errors == 0 and warnings == 0, f"parts book epubcheck: {errors} errors, {warnings} warnings\n{out[-3000:]}")

# 4. A book is all or nothing: one unreadable article, no book (not even a stale one).
empty = os.path.join(d, "empty.txt")
open(empty, "wb").close()
bad = os.path.join(d, "bad.toml")
with open(bad, "w", encoding="utf-8") as f:
    f.write('title = "Bad"\nauthors = ["A"]\nlanguage = "en"\narticles = [\n'
            f'  {toml_string(os.path.join(folder, articles[0]))},\n  {toml_string(empty)},\n]\n')
stale, stale_pdf = os.path.join(d, "bad.epub"), os.path.join(d, "bad.pdf")
for path in (stale, stale_pdf):
    open(path, "wb").write(b"stale")
p = run_galley("book", "--allow-outside", bad, "-o", stale, "-o", stale_pdf)
check(p.returncode == 4, f"unreadable article: exit 4 (got {p.returncode})")
check("bad.toml" in p.stderr and "line 6" in p.stderr and "empty.txt" in p.stderr,
      f"the error names the manifest line and the article: {p.stderr}")
check(not os.path.exists(stale) and not os.path.exists(stale_pdf),
      "neither output is written (the stale ones are removed)")
# A binary article and a missing one: the same, each named with its manifest line.
open(os.path.join(d, "picture.txt"), "wb").write(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
for name, line, what in (("picture.txt", 5, "binary"), ("nowhere.txt", 5, "not found")):
    m = write_manifest(os.path.join(d, "bad2.toml"), 'title = "Bad"\nlanguage = "en"\n',
                       [os.path.join(folder, articles[0]), os.path.join(d, name)])
    p = run_galley("book", "--allow-outside", m, "-o", stale)
    check(p.returncode == 4, f"{name}: exit 4 (got {p.returncode})")
    check(f"bad2.toml: line {line}: " in p.stderr and name in p.stderr and what in p.stderr,
          f"{name}: the error names the manifest line, the article and why: {p.stderr}")
    check(not os.path.exists(stale), f"{name}: no book")

# 5. Articles in three languages and two directions: each file says its own lang and dir.
three = write_manifest(os.path.join(d, "three.toml"), 'title = "Three languages"\nlanguage = "en"\n',
                       [os.path.join(folder, articles[0])] +
                       [os.path.join(DATA, n) for n in ("wp-el-869.txt", "udhr-arb.txt")])
book5 = os.path.join(d, "three.epub")
p = run_galley("book", "--allow-outside", three, "-o", book5)
check(p.returncode == 0, f"three-language book exits 0: {p.stderr[-800:]}")
z = zipfile.ZipFile(book5)
for h, want in (("a001.xhtml", ("en", "en", "ltr")), ("a002.xhtml", ("el", "el", "ltr")),
                ("a003.xhtml", ("ar", "ar", "rtl"))):
    check(html_lang_dir(z.read("EPUB/" + h).decode("utf-8")) == want, f"{h} is {want}")
check(html_lang_dir(z.read("EPUB/title.xhtml").decode("utf-8")) == ("en", "en", "ltr"), "the title page is the book's")
check(re.findall(r"<dc:language>([^<]*)<", opf_of(book5)) == ["en"], "dc:language is the book's")
nav = z.read("EPUB/nav.xhtml").decode("utf-8")
for h, li in (("a001.xhtml", "<li>"), ("a002.xhtml", '<li lang="el" xml:lang="el">'),
              ("a003.xhtml", '<li lang="ar" xml:lang="ar" dir="rtl">')):
    check(f'{li}<a href="{h}">' in nav, f"the nav entry of {h} is {li}")
errors, warnings, out = epubcheck_many([book5], workers=1)[book5]
check(errors == 0 and warnings == 0, f"three-language book epubcheck: {errors} errors, {warnings} warnings\n{out[-3000:]}")
# An explicit per-article lang forces the article's language.
forced = os.path.join(d, "forced.toml")
with open(forced, "w", encoding="utf-8") as f:
    f.write('title = "Forced"\nlanguage = "en"\narticles = [\n'
            f'  {{ file = {toml_string(os.path.join(DATA, "wp-el-869.txt"))}, lang = "he" }},\n]\n')
book6 = os.path.join(d, "forced.epub")
p = run_galley("book", "--allow-outside", forced, "-o", book6)
check(p.returncode == 0, f"forced-language book exits 0: {p.stderr[-800:]}")
check(html_lang_dir(zipfile.ZipFile(book6).read("EPUB/a001.xhtml").decode("utf-8")) == ("he", "he", "rtl"),
      "the manifest entry's lang wins over detection (and sets the direction)")


# 6. A cover: PNG (written here with zlib) and JPEG (tests/book/data/cover.jpg, 60x90).
open(os.path.join(d, "cover.png"), "wb").write(png_bytes(40, 64))
for cover, media, ext, size in (("cover.png", "image/png", "png", (40, 64)),
                                (os.path.join(DATA, "cover.jpg"), "image/jpeg", "jpg", (60, 90))):
    m = write_manifest(os.path.join(d, "covered.toml"),
                       f'title = "Covered & Bound"\nlanguage = "en"\ncover = {toml_string(cover)}\n',
                       [os.path.join(folder, articles[0]), os.path.join(DATA, "udhr-arb.txt")])
    book7 = os.path.join(d, f"covered-{ext}.epub")
    p = run_galley("book", "--allow-outside", m, "-o", book7)
    check(p.returncode == 0, f"{ext} cover book exits 0: {p.stderr[-800:]}")
    if p.returncode != 0:
        continue
    z = zipfile.ZipFile(book7)
    opf = opf_of(book7)
    item = re.search(r'<item id="([^"]+)" href="images/cover\.' + ext + r'" media-type="([^"]+)" properties="cover-image"/>', opf)
    check(item is not None and item.group(2) == media, f"{ext}: the cover is a cover-image item of {media}")
    if item:
        check(f'<meta name="cover" content="{item.group(1)}"/>' in opf, f"{ext}: EPUB 2 meta name=cover names the item")
    check(z.read(f"EPUB/images/cover.{ext}") == open(os.path.join(d, cover) if ext == "png" else cover, "rb").read(),
          f"{ext}: the image is carried unchanged")
    spine = re.findall(r'<itemref idref="([^"]+)"/>', opf)
    check(spine[:2] == ["cover", "title"], f"{ext}: cover.xhtml opens the spine: {spine[:3]}")
    page = z.read("EPUB/cover.xhtml").decode("utf-8")
    img = re.search(r"<img [^>]*/>", page)
    check(img is not None and f'src="images/cover.{ext}"' in img.group(0) and 'alt="Covered &amp; Bound"' in img.group(0)
          and f'width="{size[0]}" height="{size[1]}"' in img.group(0), f"{ext}: the cover page shows the image: {img and img.group(0)}")
    check("schema:accessMode\">visual" in opf, f"{ext}: the package says it has something to see")
    nav = z.read("EPUB/nav.xhtml").decode("utf-8")
    check('<a epub:type="cover" href="cover.xhtml">Cover</a>' in nav, f"{ext}: the nav's landmarks list the cover")
    errors, warnings, out = epubcheck_many([book7], workers=1)[book7]
    check(errors == 0 and warnings == 0, f"{ext} cover book epubcheck: {errors} errors, {warnings} warnings\n{out[-3000:]}")

# 7. A cover that is not a PNG or JPEG (text, GIF) or does not exist: refused, naming the line.
open(os.path.join(d, "cover.gif"), "wb").write(b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(20))
open(os.path.join(d, "cover.txt"), "w").write("not an image\n")
for cover in ("cover.txt", "cover.gif", "missing.png"):
    m = write_manifest(os.path.join(d, "badcover.toml"), f'title = "T"\nlanguage = "en"\n\ncover = "{cover}"\n',
                       [os.path.join(folder, articles[0])])
    out = os.path.join(d, "badcover.epub")
    p = run_galley("book", "--allow-outside", m, "-o", out)
    check(p.returncode == 4, f"{cover}: exit 4 (got {p.returncode}): {p.stderr}")
    check("badcover.toml" in p.stderr and "line 4" in p.stderr and cover in p.stderr,
          f"{cover}: the error names the manifest, its line and the file: {p.stderr}")
    check(not os.path.exists(out), f"{cover}: no book")

finish()
