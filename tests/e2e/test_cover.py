"""Covers for articles (issue 15, point 3): --cover FILE (PNG or JPEG) and --cover auto, a
typographic cover drawn as vector text on the PDF's first page and rasterised to a PNG for the
EPUB (cover-image, a cover page first, alternative text), the same bytes every run; bad covers
fail with their exit codes; batch --cover auto. Arguments: the sample article, another article."""
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

sample, other = sys.argv[1], sys.argv[2]
d = tmpdir()


def pages_of(pdf):
    return int(re.search(r"Pages:\s+(\d+)", pdf_tool("pdfinfo", pdf)[1]).group(1))


def png_facts(data):
    """(width, height, colour type, decoded size) of a PNG, or None when it is not one."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    pos, idat, ihdr, chunks = 8, b"", None, []
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
        if zlib.crc32(kind + body) != crc:
            return None
        chunks.append(kind)
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if ihdr is None or chunks[-1] != b"IEND":
        return None
    return ihdr[0], ihdr[1], ihdr[3], len(zlib.decompress(idat)), chunks


# --cover auto, twice: the same bytes.
plain_pdf = os.path.join(d, "plain.pdf")
check(run_galley("convert", sample, "-o", plain_pdf).returncode == 0, "plain PDF")
runs = []
for n in (1, 2):
    epub, pdf = os.path.join(d, f"auto{n}.epub"), os.path.join(d, f"auto{n}.pdf")
    r = run_galley("convert", sample, "-o", epub, "-o", pdf, "--cover", "auto")
    check(r.returncode == 0, f"--cover auto: exit {r.returncode} {r.stderr[-300:]}")
    runs.append((epub, pdf))
(epub, pdf), (epub2, pdf2) = runs
check(open(epub, "rb").read() == open(epub2, "rb").read(), "--cover auto: the same EPUB every run")
check(open(pdf, "rb").read() == open(pdf2, "rb").read(), "--cover auto: the same PDF every run")

z = zipfile.ZipFile(epub)
opf = opf_of(epub)
check('<item id="cover-image" href="images/cover.png" media-type="image/png" properties="cover-image"/>' in opf,
      "the cover image is the package's cover-image")
check('<meta name="cover" content="cover-image"/>' in opf, "EPUB 2 cover meta")
spine = re.findall(r'<itemref idref="([^"]+)"', opf)
check(spine[:2] == ["cover", "title-page"], f"the cover page opens the reading order: {spine}")
cover_page = z.read("EPUB/cover.xhtml").decode()
title = re.search(r"<dc:title[^>]*>([^<]+)</dc:title>", opf).group(1)
author = re.search(r"<dc:creator[^>]*>([^<]+)</dc:creator>", opf).group(1)
alt = re.search(r'<img [^>]*alt="([^"]*)"', cover_page)
check(alt is not None and title in alt.group(1) and author in alt.group(1),
      f"the cover's alternative text says its title and author: {alt and alt.group(1)}")
check('role="doc-cover"' in cover_page, "the cover image has its ARIA role")
check('epub:type="cover"' in z.read("EPUB/nav.xhtml").decode(), "a cover landmark")
png = z.read("EPUB/images/cover.png")
facts = png_facts(png)
if check(facts is not None, "the cover is a valid PNG (signature, CRCs, IEND)"):
    width, height, colour, size, chunks = facts
    check(width == 1600, f"1600 px across ({width})")
    check(abs(height / width - 648 / 432) < 0.01, f"the page's proportions ({width}x{height})")
    check(colour == 2 and size == height * (1 + width * 3), "8-bit RGB rows, all there")
    check(b"tIME" not in chunks and b"tEXt" not in chunks, "no time or text chunk")
    check(len(png) > 10000, f"the cover shows something ({len(png)} bytes)")
# The PDF: the cover and its blank back before the article's pages, the title in vector text.
check(pages_of(pdf) == pages_of(plain_pdf) + 2, "the PDF gains the cover and its back")
first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", pdf, "-"], capture_output=True, text=True).stdout
check(" ".join(title.split()[:3]) in " ".join(first.split()) and author in " ".join(first.split()),
      f"the PDF's first page shows the title and author as text: {first[:200]!r}")
check("image" not in subprocess.run(["pdfimages", "-list", "-f", "1", "-l", "1", pdf],
                                    capture_output=True, text=True).stdout.split("\n", 2)[-1],
      "the typographic cover is vector text, no image")
check(pdf_tool("qpdf", "--check", pdf)[0] == 0, "qpdf --check on the PDF with a cover")
check(cover_page.count('epub:type="pagebreak"') == 2 and cover_page.count('aria-label="Cover"') == 2,
      "the cover's print pages (cover and back) are marked on the EPUB's cover page")

# --cover FILE: the image itself in the EPUB, filling the PDF's first page.
image = os.path.join(d, "cover.png")
with open(image, "wb") as f:
    f.write(png_bytes(60, 90))
epub_file, pdf_file = os.path.join(d, "file.epub"), os.path.join(d, "file.pdf")
r = run_galley("convert", other, "-o", epub_file, "-o", pdf_file, "--cover", image)
if check(r.returncode == 0, f"--cover FILE: exit {r.returncode} {r.stderr[-300:]}"):
    check(zipfile.ZipFile(epub_file).read("EPUB/images/cover.png") == open(image, "rb").read(),
          "the given cover's bytes, unchanged")
    listing = subprocess.run(["pdfimages", "-list", "-f", "1", "-l", "1", pdf_file], capture_output=True,
                             text=True).stdout.splitlines()[2:]
    check(len(listing) == 1 and " 60 " in listing[0], f"the PDF's first page draws the image: {listing}")

# Bad covers: not an image (4), missing (3), a PNG that does not decode (9); nothing written.
text_file = os.path.join(d, "not-an-image.png")
with open(text_file, "w") as f:
    f.write("hello")
truncated = os.path.join(d, "truncated.png")
with open(truncated, "wb") as f:
    f.write(png_bytes(60, 90)[:60])
for cover, code in ((text_file, 4), (os.path.join(d, "missing.png"), 3), (truncated, 9)):
    out = os.path.join(d, "bad.epub")
    r = run_galley("convert", sample, "-o", out, "--cover", cover)
    check(r.returncode == code, f"--cover {os.path.basename(cover)}: exit {code} (got {r.returncode}) {r.stderr[-200:]}")
    check(os.path.basename(cover) in r.stderr, f"the error names the cover: {r.stderr[-200:]}")
    check(not os.path.exists(out), "no output after a bad cover")
r = run_galley("convert", sample, "-o", os.path.join(d, "x.epub"), "--cover", sample)
check(r.returncode == 4, f"an article as the cover: exit 4 ({r.returncode})")

# batch --cover auto: every article gets one.
src, out = os.path.join(d, "src"), os.path.join(d, "out")
os.makedirs(src)
for a in (sample, other):
    shutil.copy(a, src)
r = run_galley("batch", src, "-o", out, "--to", "epub", "--cover", "auto", "-j", "1")
if check(r.returncode == 0, f"batch --cover auto: {r.stderr[-300:]}"):
    for a in (sample, other):
        e = os.path.join(out, os.path.splitext(os.path.basename(a))[0] + ".epub")
        check('properties="cover-image"' in opf_of(e), f"batch: {e} has a cover")
r = run_galley("batch", src, "-o", out, "--cover", image)
check(r.returncode == 2, f"batch --cover takes only auto: exit 2 ({r.returncode})")

for path, (errors, warnings, report) in epubcheck_many([epub, epub_file]).items():
    check(errors == 0 and warnings == 0, f"epubcheck {path}: {report[-600:]}")
finish()
