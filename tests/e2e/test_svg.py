"""The SVG page backend (a second reader of the page model): `-o x.svg` draws every page the PDF
has, one under the other, as well-formed SVG with glyph outlines; books too; reruns identical."""
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

SVG = "{http://www.w3.org/2000/svg}"
d = tmpdir()
article, book = sys.argv[1], sys.argv[2]


def pages_of_pdf(path):
    m = re.search(r"^Pages:\s+(\d+)", pdf_tool("pdfinfo", path)[1], re.M)
    return int(m.group(1)) if m else -1


def white_pages(svg):
    root = ET.parse(svg).getroot()
    check(root.tag == SVG + "svg", f"{svg}: the root is <svg>")
    uses = root.iter(SVG + "use")
    check(sum(1 for _ in uses) > 100, f"{svg}: glyphs drawn with <use>")
    check(sum(1 for _ in root.iter(SVG + "path")) > 20, f"{svg}: glyph outlines defined")
    return sum(1 for r in root.iter(SVG + "rect") if r.get("fill") == "#fff")


svg, pdf, again = (os.path.join(d, n) for n in ("a.svg", "a.pdf", "b.svg"))
r = run_galley("convert", article, "-o", svg, "-o", pdf, env={"SOURCE_DATE_EPOCH": "0"})
check(r.returncode == 0, f"convert to SVG and PDF: exit {r.returncode} {r.stderr}")
check(white_pages(svg) == pages_of_pdf(pdf), f"{svg}: one page per PDF page ({pages_of_pdf(pdf)})")
r = run_galley("convert", article, "-o", again, env={"SOURCE_DATE_EPOCH": "0"})
check(r.returncode == 0 and open(svg, "rb").read() == open(again, "rb").read(),
      "the SVG is the same with or without the PDF, run to run")

bsvg, bpdf = os.path.join(d, "book.svg"), os.path.join(d, "book.pdf")
r = run_galley("book", book, "-o", bsvg, "-o", bpdf, env={"SOURCE_DATE_EPOCH": "0"})
check(r.returncode == 0, f"book to SVG and PDF: exit {r.returncode} {r.stderr}")
check(white_pages(bsvg) == pages_of_pdf(bpdf), f"{bsvg}: one page per book PDF page")
finish()
