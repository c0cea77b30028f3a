"""Headings never alone at the foot of a page (issue 12 and issue 16 point 4), measured from the
PDF by ../shared/tools/makeup-check.py (stranded_headings = 0): the articles given as arguments
(the UDHRs whose headings the widow rule used to leave behind: Japanese and Chinese p. 1,
Vietnamese p. 6; none has an author, so their left-hand running heads, once blank, must show
the title: empty_running_heads = 0; with Moby-Dick chapters and news articles, no line starts
with a dash mid-paragraph, no ladder of three hyphenated lines and no hyphenated handle or URL:
dash_line_starts, hyphen_ladders and handles_hyphenated = 0; in Japanese text no line starts with a
kinsoku character (strict kinsoku, issue 12 point 4) and none ends with an opening bracket; no
page ends in a hyphen, and over all of them at most 3 % of the text pages makeup-check measures
end short of the usual depth (uneven_depth: the page builder re-breaks paragraphs and spreads the
space between blocks, issue 12 point 1; it was 45 %)) and generated cases: short sections of one heading and one short line each
(10 of them made 6 pages), and 8,000 headings in a row (each went to a page of its own)."""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

TOOL = os.path.join(SHARED, "tools", "makeup-check.py")
d = tmpdir()


def makeup(pdf):
    r = subprocess.run([sys.executable, TOOL, pdf], capture_output=True, text=True, timeout=600)
    check(r.returncode == 0, f"makeup-check runs on {pdf}: {r.stderr[-300:]}")
    return json.loads(r.stdout) if r.returncode == 0 else {}


def convert(src):
    pdf = os.path.join(d, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    p = run_galley("convert", src, "-o", pdf, "-q")
    check(p.returncode == 0, f"{src}: galley exits 0 ({p.stderr[-300:]})")
    return pdf


def pages(pdf):
    _, info = pdf_tool("pdfinfo", pdf)
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return -1


# Strict kinsoku (JIS X 4051 / W3C JLREQ): no line starts with a closing bracket, stop, comma,
# iteration mark, prolonged sound mark or small kana, none ends with an opening bracket.
LINE_START_PROHIBITED = set("、。，．・：；？！‼⁇⁈⁉」』）〕］｝〉》】〙〗〟’”ヽヾゝゞ々〻ー"
                            "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ")
LINE_END_PROHIBITED = set("「『（〔［｛〈《【〘〖〝‘“")


def kinsoku_breaches(pdf):
    """Lines of the PDF's text (pdftotext -layout) that start with a line-start-prohibited
    character or end with an opening bracket."""
    _, text = pdf_tool("pdftotext", "-layout", pdf, "-")
    rows = [row.strip() for row in text.splitlines() if row.strip()]
    return [row for row in rows
            if row[0] in LINE_START_PROHIBITED or row[-1] in LINE_END_PROHIBITED]


def hyphen_page_ends(pdf):
    """Pages (1-based) whose last text row, folio left out, ends in a word broken at a hyphen,
    when a page follows."""
    _, text = pdf_tool("pdftotext", "-layout", pdf, "-")
    pages = text.split("\f")
    out = []
    for i, page in enumerate(pages[:-1]):
        if not pages[i + 1].strip():
            continue
        rows = [row.strip() for row in page.splitlines() if row.strip()]
        while rows and re.fullmatch(r"\d+|[ivxlcdm]+", rows[-1]):
            rows.pop()
        if rows and re.search(r"\w[-\u00ad\u2010]$", rows[-1]):
            out.append((i + 1, rows[-1][-40:]))
    return out


def japanese(src):
    with open(src, encoding="utf-8") as f:
        return any("\u3040" <= c <= "\u30ff" for c in f.read())


def generated(name, text):
    src = os.path.join(d, name + ".txt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(text)
    return src


# Each body takes two lines: with one-line bodies no two body rows stand a leading apart, so
# makeup-check finds no text block, reads page 2's running head as text and reports the complete
# one-line section ending page 1 as stranded (a false positive of the checker, noted in issue 12).
sections = generated("sections", "Ten Sections\n\n" + "".join(
    f"Section {i}\n\nA short body of text that runs on for long enough to fill a second line of "
    "the page, no more.\n\n" for i in range(1, 11)))
headings = generated("headings", "Many Headings\n\n" +
                     "".join(f"Heading number {i}\n\n" for i in range(1, 8001)))

uneven = measured = 0
for src in sys.argv[1:] + [sections, headings]:
    pdf = convert(src)
    m = makeup(pdf)
    if src in sys.argv[1:]:
        depth = m.get("uneven_depth", {})
        uneven += depth.get("count", 0)
        measured += depth.get("pages_measured", 0)
        if depth.get("count"):
            print(f"{os.path.basename(src)}: uneven pages {depth.get('examples')}")
    # "A line ending in a hyphen never ends a page."
    ends = hyphen_page_ends(pdf)
    check(not ends, f"{os.path.basename(src)}: no page ends in a hyphen ({ends[:5]})")
    stranded = m.get("stranded_headings", {})
    check(stranded.get("count") == 0,
          f"{os.path.basename(src)}: no stranded heading ({stranded.get('examples')})")
    # No blank running head on a left-hand page when the article has no author (the UDHRs).
    empty = m.get("empty_running_heads", {})
    check(empty.get("count") == 0,
          f"{os.path.basename(src)}: no empty running head ({empty.get('examples')})")
    # A dash binds to the word before it: no row starts with one mid-paragraph (issue 12).
    dashes = m.get("dash_line_starts", {})
    check(dashes.get("count") == 0,
          f"{os.path.basename(src)}: no line starts with a dash ({dashes.get('examples')})")
    # At most two hyphenated lines in a row.
    ladders = m.get("hyphen_ladders", {})
    check(ladders.get("count") == 0,
          f"{os.path.basename(src)}: no ladder of 3+ hyphens ({ladders.get('examples')})")
    # No hyphen inside a handle, tag, e-mail address or URL.
    handles = m.get("handles_hyphenated", {})
    check(handles.get("count") == 0,
          f"{os.path.basename(src)}: no hyphenated handle or URL ({handles.get('examples')})")
    if japanese(src):
        breaches = kinsoku_breaches(pdf)
        check(not breaches,
              f"{os.path.basename(src)}: no line starts with a kinsoku character ({breaches[:5]})")

# Text pages end on one baseline: at most 3 % uneven over the articles (LaTeX: 0 %).
check(measured >= 100, f"enough pages measured for page depth ({measured})")
print(f"uneven page depth: {uneven} of {measured} text pages")
check(uneven <= 0.03 * measured, f"uneven page depth on {uneven} of {measured} pages (at most 3 %)")

n = pages(os.path.join(d, "sections.pdf"))
check(0 < n <= 3, f"10 short sections on at most 3 pages ({n}; was 6)")
n = pages(os.path.join(d, "headings.pdf"))
check(0 < n <= 800, f"8,000 headings on at most 800 pages ({n}; was one page per heading)")

finish()
