"""galley book: the whole anthology folder in one minimal manifest -> one EPUB that epubcheck
passes, one nav entry per article, byte-identical across runs; a [[parts]] manifest nests the
contents by part and lists each article's author as a dc:contributor; a book with an unreadable
article is not written. (The PDF book: test_book_pdf.py.)"""
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

folder = sys.argv[1]
articles = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
check(len(articles) >= 200, f"at least 200 anthology articles (found {len(articles)})")
d = tmpdir()


def toml_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def nav_links(epub):
    """(href, label) of every link of the toc nav, and the nav's text."""
    nav = zipfile.ZipFile(epub).read("EPUB/nav.xhtml").decode("utf-8")
    toc = nav[nav.index('epub:type="toc"'):nav.index("</nav>")]
    return re.findall(r'<a href="([^"]+)">([^<]*)</a>', toc), toc


# 1. The minimal manifest over every article of the folder.
manifest = os.path.join(d, "anthology.toml")
with open(manifest, "w", encoding="utf-8") as f:
    f.write('title = "The galley anthology"\nauthors = ["Various"]\nlanguage = "en"\narticles = [\n')
    for a in articles:
        f.write("  " + toml_string(os.path.join(folder, a)) + ",\n")
    f.write("]\n")
book1, book2 = os.path.join(d, "book1.epub"), os.path.join(d, "book2.epub")
p = run_galley("book", manifest, "-o", book1)
check(p.returncode == 0, f"galley book exits 0 (got {p.returncode}): {p.stderr[-800:]}")
p = run_galley("book", manifest, "-o", book2)
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

errors, warnings, out = epubcheck_many([book1], workers=1)[book1]
check(errors == 0 and warnings == 0, f"epubcheck: {errors} errors, {warnings} warnings\n{out[-3000:]}")

# 2. Parts, per-article authors, editors.
picked = articles[:4]
parts = os.path.join(d, "parts.toml")
with open(parts, "w", encoding="utf-8") as f:
    f.write('title = "Two parts"\nauthors = ["Book Author"]\neditors = ["Ed Itor"]\nlanguage = "en"\n'
            'rights = "Public domain"\nedition = "First edition"\n')
    for k, (title, pair) in enumerate((("Part One", picked[:2]), ("Part Two", picked[2:]))):
        f.write(f'\n[[parts]]\ntitle = "{title}"\narticles = [\n')
        for i, a in enumerate(pair):
            f.write(f'  {{ file = {toml_string(os.path.join(folder, a))}, author = "Writer {2 * k + i + 1}" }},\n')
        f.write("]\n")
book3 = os.path.join(d, "parts.epub")
p = run_galley("book", parts, "-o", book3)
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
stale = os.path.join(d, "bad.epub")
open(stale, "wb").write(b"stale")
p = run_galley("book", bad, "-o", stale)
check(p.returncode == 4, f"unreadable article: exit 4 (got {p.returncode})")
check("bad.toml" in p.stderr and "line 6" in p.stderr and "empty.txt" in p.stderr,
      f"the error names the manifest line and the article: {p.stderr}")
check(not os.path.exists(stale), "no book (the stale one is removed)")

finish()
