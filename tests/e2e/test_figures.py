"""Figures (issue 11): the Markdown sample with a PNG and a JPEG converts to an EPUB (epubcheck
0/0) holding both files byte for byte, listed with their media types and shown as <figure> with
<img alt> and <figcaption>, and a PDF (qpdf --check clean) where each image is one XObject at
its pixel size and at least 150 ppi (pdfimages -list), tagged Figure with /Alt and a Caption.
Bad images (missing, truncated PNG, a PNG claiming 100000 x 100000 pixels, a JPEG claiming
65535 x 65535, ../../etc/passwd, a file in a sibling folder) are each one file:line warning with
the alt text kept and exit 0; --resource-path lets the sibling folder's image in; an article on
standard input reads images only from --resource-path folders."""
import os
import re
import shutil
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

sample = sys.argv[1]
images = os.path.join(os.path.dirname(sample), "images")
d = tmpdir()

# 1. The sample.
epub, pdf = os.path.join(d, "fig.epub"), os.path.join(d, "fig.pdf")
p = run_galley("convert", sample, "-o", epub, "-o", pdf)
check(p.returncode == 0, f"exit 0 (got {p.returncode}): {p.stderr[:500]!r}")
warnings = [l for l in p.stderr.splitlines() if "warning" in l]
check(len(warnings) == 1 and "inside running text" in warnings[0],
      f"one warning, for the image inside running text: {warnings}")
check(re.match(r".*figures-and-captions\.md:\d+: warning:", warnings[0] if warnings else ""),
      f"the warning names file:line: {warnings}")

errors, warns, out = epubcheck(epub)
check(errors == 0 and warns == 0, f"epubcheck 0/0 (got {errors}/{warns}): {out[-800:]}")
z = zipfile.ZipFile(epub)
opf = z.read("EPUB/package.opf").decode()
xhtml = z.read("EPUB/article.xhtml").decode()
for name, original, media in (("article-fig-1.png", "word-counts.png", "image/png"),
                              ("article-fig-2.jpg", "dusk.jpg", "image/jpeg")):
    check(z.read("EPUB/images/" + name) == open(os.path.join(images, original), "rb").read(),
          f"{name} is {original} byte for byte")
    check(re.search(rf'href="images/{re.escape(name)}" media-type="{media}"', opf),
          f"{name} in the manifest as {media}")
figures = re.findall(r"<figure class=\"figure\">(.*?)</figure>", xhtml)
check(len(figures) == 2, f"two <figure> elements ({len(figures)})")
for f in figures:
    check(re.search(r'<img src="images/article-fig-\d\.(png|jpg)" alt="[^"]+"', f), f"img with alt: {f[:200]}")
    check("<figcaption>" in f, f"a figcaption: {f[:200]}")
check('alt="a small chart"' not in xhtml and "a small chart" in xhtml,
      "the image in running text is its alt text, not an img")
check("schema:accessMode\">visual" in opf and "alternativeText" in opf,
      "accessibility metadata names the visual content and its text alternatives")

rc, out = pdf_tool("qpdf", "--check", pdf)
check(rc == 0 and "No syntax or stream encoding errors" in out, f"qpdf --check: {out[-400:]}")
rc, out = pdf_tool("pdfimages", "-list", pdf)
rows = [l.split() for l in out.splitlines()[2:] if l.strip()]
check(len(rows) == 2, f"two image XObjects: {out}")
want = [("600", "360", "image", 150), ("800", "500", "jpeg", 300)]  # no density: 150; JFIF 300
for row, (w, h, enc, ppi) in zip(rows, want):
    check(row[3:5] == [w, h] and row[8] == enc, f"image {w}x{h} ({enc}) embedded as it is: {row}")
    check(abs(int(row[12]) - ppi) <= 1 and abs(int(row[13]) - ppi) <= 1,
          f"image {w}x{h} drawn at {ppi} ppi: {row}")
rc, out = pdf_tool("pdfinfo", "-struct", pdf)
check(out.count("Figure") == 2 and out.count("Caption") == 2, f"two Figure elements with a Caption: {out}")
raw = open(pdf, "rb").read()
check(b"/Alt(A bar chart" in raw or b"/Alt (A bar chart" in raw, "the PNG's Figure has its /Alt")

# 2. Bad images: each one warning at its line, the alt text kept, the outputs made.
art = os.path.join(d, "bad", "art")
shared = os.path.join(d, "bad", "shared")
os.makedirs(art)
os.makedirs(shared)
png = open(os.path.join(images, "word-counts.png"), "rb").read()
jpeg = bytearray(open(os.path.join(images, "dusk.jpg"), "rb").read())
open(os.path.join(art, "cut.png"), "wb").write(png[: len(png) // 2])
huge_png = bytearray(png)
huge_png[16:24] = (100000).to_bytes(4, "big") * 2  # IHDR width, height
open(os.path.join(art, "huge.png"), "wb").write(huge_png)
i = 2  # the JPEG's start-of-frame: height and width 65535 (the most a JPEG can state)
while not (0xC0 <= jpeg[i + 1] <= 0xCF and jpeg[i + 1] not in (0xC4, 0xC8, 0xCC)):
    i += 2 + int.from_bytes(jpeg[i + 2:i + 4], "big")
jpeg[i + 5:i + 9] = b"\xff\xff\xff\xff"
open(os.path.join(art, "huge.jpg"), "wb").write(jpeg)
shutil.copy(os.path.join(images, "dusk.jpg"), os.path.join(shared, "dusk.jpg"))
article = os.path.join(art, "bad.md")
open(article, "w").write("# Bad images\n\n![missing one](nope.png)\n\n![cut one](cut.png)\n\n"
                         "![huge one](huge.png)\n\n![huge jpeg](huge.jpg)\n\n"
                         "![password file](../../etc/passwd)\n\n![sibling one](../shared/dusk.jpg)\n")
bad_pdf, bad_epub = os.path.join(d, "bad.pdf"), os.path.join(d, "bad.epub")
p = run_galley("convert", article, "-o", bad_epub, "-o", bad_pdf)
check(p.returncode == 0, f"bad images are warnings: exit 0 (got {p.returncode}) {p.stderr[-500:]!r}")
expected = {3: "image 'nope.png' not found", 5: "image 'cut.png': broken PNG image",
            7: "declares 100000 x 100000 pixels", 9: "declares 65535 x 65535 pixels",
            11: "image '../../etc/passwd' lies outside the article's folder",
            13: "image '../shared/dusk.jpg' lies outside the article's folder"}
lines = [l for l in p.stderr.splitlines() if ": warning: " in l]
check(len(lines) == len(expected), f"one warning per bad image: {lines}")
for line, text in expected.items():
    check(any(l.startswith(f"{article}:{line}: warning: ") and text in l for l in lines),
          f"line {line}: '{text}' in {lines}")
rc, out = pdf_tool("pdfimages", "-list", bad_pdf)
check(len([l for l in out.splitlines()[2:] if l.strip()]) == 0, f"no image in the PDF: {out}")
text = subprocess.run(["pdftotext", bad_pdf, "-"], capture_output=True, text=True).stdout
for alt in ("missing one", "cut one", "huge one", "huge jpeg", "password file", "sibling one"):
    check(alt in text, f"alt text '{alt}' kept in the PDF")
check("root:" not in text and "root:" not in zipfile.ZipFile(bad_epub).read("EPUB/article.xhtml").decode(),
      "nothing of /etc/passwd in the outputs")

# 3. --resource-path lets the sibling folder in (and nothing else).
p = run_galley("convert", article, "-o", bad_pdf, "--resource-path", shared)
check(p.returncode == 0, f"--resource-path: exit 0 ({p.returncode})")
check("../shared/dusk.jpg" not in p.stderr and "../../etc/passwd" in p.stderr,
      f"the sibling image is read, /etc/passwd still is not: {p.stderr}")
rc, out = pdf_tool("pdfimages", "-list", bad_pdf)
check(len([l for l in out.splitlines()[2:] if l.strip()]) == 1, f"one image in the PDF: {out}")
# Standard input has no folder of its own: images only from --resource-path.
stdin_md = "![the chart](word-counts.png)\n"
for extra, found in (([], False), (["--resource-path", images], True)):
    e = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    p = subprocess.run([GALLEY, "convert", "-", "--from", "markdown", "-o", bad_pdf, *extra],
                       input=stdin_md, capture_output=True, text=True, env=e, cwd=images)
    check(p.returncode == 0, f"standard input {extra}: exit 0 ({p.returncode}) {p.stderr}")
    check(("not read: an article from standard input" in p.stderr) != found,
          f"standard input {extra}: image {'read' if found else 'not read'}: {p.stderr}")
p = run_galley("convert", article, "-o", bad_pdf, "--resource-path")
check(p.returncode == 2, f"--resource-path without a folder is a usage error ({p.returncode})")
finish()
