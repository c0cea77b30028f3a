"""Tables (issue 11): the Markdown sample with a table longer than a page converts to a PDF
(qpdf --check clean) whose table repeats its header row at the top of every page it continues
on, with no row split across pages, tagged Table/TR/TH (with /Scope)/TD; and to an EPUB whose
table has <th scope="col">, the columns' alignment, and passes epubcheck 0/0. Inline code is in
the code face and strikethrough is drawn in the PDF."""
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

sample = sys.argv[1]
d = tmpdir()
source = open(sample, encoding="utf-8").read()
rows = re.findall(r"(?m)^\| ([^|]+?) \|", source)
header, body = rows[0], rows[1:]
check(header == "Size" and len(body) >= 30, f"the sample's table: header and 30 rows ({len(body)})")

epub, pdf = os.path.join(d, "tables.epub"), os.path.join(d, "tables.pdf")
p = run_galley("convert", sample, "-o", epub, "-o", pdf)
check(p.returncode == 0, f"exit 0 (got {p.returncode}): {p.stderr[:500]!r}")
check("warning" not in p.stderr, f"no warning: {p.stderr[:500]!r}")

# PDF: clean; the header on each page holding rows, above the rows; each row on one page, whole.
q = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
check(q.returncode == 0, f"qpdf --check: {q.stdout[-300:]}")
n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True,
                                                     text=True).stdout).group(1))
pages = [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), "-layout", "-enc", "UTF-8", pdf,
                         "-"], capture_output=True, text=True).stdout for i in range(1, n + 1)]
row_pages = {}
for i, text in enumerate(pages):
    lines = text.splitlines()
    for name in body:
        hits = [k for k, line in enumerate(lines) if re.match(rf"\s*{re.escape(name)}\s", line)]
        if hits:
            check(name not in row_pages, f"row {name} on one page only")
            row_pages[name] = (i, hits[0])
check(sorted(row_pages) == sorted(body), f"every row drawn: {sorted(set(body) - set(row_pages))}")
check([row_pages[name] for name in body] == sorted(row_pages[name] for name in body),
      "rows in order")
spanned = sorted({page for page, _ in row_pages.values()})
check(len(spanned) >= 2, f"the table breaks across a page (pages {spanned})")
for page in spanned:
    lines = pages[page].splitlines()
    heads = [k for k, line in enumerate(lines)
             if re.match(r"\s*Size\s+Millimetres\s+Inches\s+Typical use\s*$", line)]
    first_row = min(k for pg, k in row_pages.values() if pg == page)
    check(len(heads) == 1 and heads[0] < first_row,
          f"page {page + 1}: the header once, above the first row ({heads}, row at {first_row})")
# A wrapped cell stays in its row: "printers' default paper" continues A4's use on its page.
a4_page, a4_line = row_pages["A4"]
check("default paper" in pages[a4_page].splitlines()[a4_line + 1],
      "A4's wrapped use continues on the next line")

struct = subprocess.run(["pdfinfo", "-struct", pdf], capture_output=True, text=True).stdout
check(re.search(r"(?m)^  Table", struct) is not None, "a Table element in the structure tree")
check(len(re.findall(r"(?m)^    TR\b", struct)) == len(body) + 1, "a TR per row, header included")
check(len(re.findall(r"(?m)^      TH\b", struct)) == 4, "four TH")
check(struct.count("/Scope /Column") == 4, "each TH with /Scope /Column")
check(len(re.findall(r"(?m)^      TD\b", struct)) == 4 * len(body), "a TD per body cell")
tagged = subprocess.run(["pdfinfo", "-struct-text", pdf], capture_output=True, text=True).stdout
check(tagged.replace(" ", "").count("Typicaluse") == 1, "the repeated headers are artifacts (tagged once)")

fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
check("NotoSansMono" in fonts, "inline code and the code block in the code face")

# EPUB: <th scope="col">, alignment classes from the delimiter row, epubcheck clean.
z = zipfile.ZipFile(epub)
html = "".join(z.read(n).decode() for n in sorted(z.namelist()) if n.endswith(".xhtml"))
html = re.sub(r"<span epub:type=\"pagebreak\"[^>]*/>", "", html)  # print page markers (made beside the PDF)
ths = re.findall(r'<th scope="col" class="align-(\w+)">([^<]*)</th>', html)
check(ths == [("left", "Size"), ("right", "Millimetres"), ("right", "Inches"),
              ("left", "Typical use")], f"EPUB header cells: {ths}")
check(html.count('<td class="align-right">') == 2 * len(body), "EPUB right-aligned number cells")
check("<del>most</del>" in html or "<s>most</s>" in html, "EPUB strikethrough")
errors, warnings, out = epubcheck(epub)
check(errors == 0 and warnings == 0, f"epubcheck 0/0 (got {errors}/{warnings}): {out[-800:]}")
finish()
