"""The sample article through both backends, checked with the real oracles (issue 2 and 3)."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

sample = sys.argv[1]
d = tmpdir()
epub, pdf = os.path.join(d, "s.epub"), os.path.join(d, "s.pdf")
p = run_galley("convert", sample, "-o", epub, "-o", pdf)
check(p.returncode == 0, f"convert exit {p.returncode}: {p.stderr}")
web = ["Notify of", "Inline Feedbacks", "View all comments"]
# The glued byline "BYYasir Rehman" is repaired to "By Yasir Rehman" (checked below), so its raw
# form is left out of the word comparison along with the dropped web lines.
byline = "BYYasir Rehman"
for line in web:
    check(re.search(r":\d+: warning: .*" + re.escape(line), p.stderr), f"drop of '{line}' reported: {p.stderr}")

# EPUB
errors, warnings, out = epubcheck(epub)
check(errors == 0 and warnings == 0, f"epubcheck: {errors} errors, {warnings} warnings\n{out}")
opf = opf_of(epub)
check("<dc:title" in opf and "Azerbaijan Marks Second Anniversary of Victory Day</dc:title>" in opf, "dc:title")
check(re.search(r"<dc:creator[^>]*>Yasir Rehman</dc:creator>", opf), "dc:creator Yasir Rehman")
check('property="dcterms:modified">2023-11-14T22:13:20Z<' in opf, "dcterms:modified from SOURCE_DATE_EPOCH")
for prop in ["schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
             "schema:accessibilityHazard", "schema:accessibilitySummary"]:
    check(prop in opf, f"OPF has {prop}")
f = fidelity(sample, epub, *web, byline)
if f is not None:
    check(f["recall"] == 1.0, f"EPUB word recall {f['recall']}: missing {f['missing']}")
import zipfile  # noqa: E402
body = "".join(zipfile.ZipFile(epub).read(n).decode() for n in zipfile.ZipFile(epub).namelist() if n.endswith(".xhtml"))
check("“Iron Fist.”" in body, "curly quotes intact in the XHTML")
check("By Yasir Rehman" in body, "the byline is repaired in the EPUB")
for line in web:
    check(line not in body, f"'{line}' dropped from the EPUB")

# PDF
rc, out = pdf_tool("qpdf", "--check", pdf)
check(rc == 0, f"qpdf --check: {out}")
ok, out = pdf_fonts_ok(pdf)
check(ok, f"pdffonts: every font embedded, subset, with ToUnicode:\n{out}")
rc, info = pdf_tool("pdfinfo", pdf)
check(re.search(r"^Title:\s+Azerbaijan Marks Second Anniversary of Victory Day$", info, re.M), f"pdfinfo Title\n{info}")
check(re.search(r"^Author:\s+Yasir Rehman$", info, re.M), f"pdfinfo Author\n{info}")
check(re.search(r"^PDF version:\s+1\.7$", info, re.M), f"PDF 1.7\n{info}")
f = fidelity(sample, pdf, *web, byline)
if f is not None:
    check(f["recall"] == 1.0, f"PDF word recall {f['recall']}: missing {f['missing']}")
rc, text = pdf_tool("pdftotext", "-enc", "UTF-8", pdf, "-")
check("“Iron Fist.”" in text, "curly quotes come back from the PDF")
check("By Yasir Rehman" in text, "the byline is repaired in the PDF")
rc, outline = pdf_tool("qpdf", "--json", "--json-key=outlines", pdf)
check("Azerbaijan Marks Second Anniversary" in outline, f"PDF outline has the title: {outline[:300]}")

# Keywords from --meta reach the PDF's Info and XMP and the EPUB's OPF (epubcheck stays clean).
kepub, kpdf = os.path.join(d, "k.epub"), os.path.join(d, "k.pdf")
p = run_galley("convert", sample, "-o", kepub, "-o", kpdf, "--meta", "keywords=Azerbaijan, Victory Day")
check(p.returncode == 0, f"convert with keywords exit {p.returncode}: {p.stderr}")
rc, info = pdf_tool("pdfinfo", kpdf)
check(re.search(r"^Keywords:\s+Azerbaijan, Victory Day$", info, re.M), f"pdfinfo Keywords\n{info}")
rc, xmp = pdf_tool("pdfinfo", "-meta", kpdf)
check("<pdf:Keywords>Azerbaijan, Victory Day</pdf:Keywords>" in xmp, f"XMP pdf:Keywords\n{xmp}")
check("<rdf:li>Azerbaijan</rdf:li><rdf:li>Victory Day</rdf:li>" in xmp, f"XMP dc:subject\n{xmp}")
errors, warnings, out = epubcheck(kepub)
check(errors == 0 and warnings == 0, f"epubcheck with keywords: {errors} errors, {warnings} warnings\n{out}")
kopf = opf_of(kepub)
check("<dc:subject>Azerbaijan</dc:subject>" in kopf and "<dc:subject>Victory Day</dc:subject>" in kopf,
      f"OPF dc:subject per keyword\n{kopf}")
check("Keywords:" not in pdf_tool("pdfinfo", pdf)[1], "no Keywords without keywords")
finish()
