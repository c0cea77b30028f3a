"""Tagged PDF that reads aloud, PDF/UA-1 and PDF/A-2u claims, print boxes (issue 15, points 4-5).

Usage: test_pdf_standards.py ARTICLE...

- `pdfinfo -struct-text` (the text assistive technology reads from the tags) gives the article's
  words one by one: its words, compared with the article's own, are all there and none run
  together;
- `--pdf-standard ua-1,a-2u` writes a file that qpdf finds clean and whose XMP says so;
- a bad value of `--pdf-standard` is a usage error of the style (exit code 5);
- headings nest without skips in the tags;
- `--set page.bleed=3mm --set page.crop_marks=true`: MediaBox = TrimBox + 3 mm on each side, the
  marks lie outside the TrimBox (the rendered trim area holds no mark), the text stays inside.
"""
import difflib
import os
import re
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(__file__))
from e2e import check, finish, pdf_tool, run_galley, tmpdir  # noqa: E402

MM = 72 / 25.4


def words(text):
    """Words as a reader says them: letters and digits, case-folded; hyphens and apostrophes
    dropped so a hyphenated line break or a curled quote makes no difference."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[-\u00ad\u2010'\u2019]", "", text)
    return re.findall(r"\w+", text)


def in_order(got, expected):
    """How many of `got` match `expected` in order (longest matching blocks)."""
    matcher = difflib.SequenceMatcher(None, got, expected, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def struct_text(path):
    rc, out = pdf_tool("pdfinfo", "-struct-text", path)
    lines = [l.strip() for l in out.splitlines()]
    # The quoted lines are the text of the elements.
    return rc, "\n".join(l[1:-1] for l in lines if l.startswith('"') and l.endswith('"'))


def boxes(path):
    rc, out = pdf_tool("pdfinfo", "-box", "-f", "1", "-l", "1", path)
    found = {}
    for name in ("MediaBox", "TrimBox", "BleedBox"):
        m = re.search(name + r":\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)", out)
        found[name] = [float(v) for v in m.groups()] if m else None
    return found


def main(articles):
    out = tmpdir()
    for article in articles:
        name = os.path.splitext(os.path.basename(article))[0]
        pdf = os.path.join(out, name + ".pdf")
        p = run_galley("convert", article, "-o", pdf, "--pdf-standard", "ua-1,a-2u")
        if not check(p.returncode == 0, f"{name}: --pdf-standard ua-1,a-2u exit {p.returncode}: {p.stderr}"):
            continue
        rc, qpdf = pdf_tool("qpdf", "--check", pdf)
        check(rc == 0, f"{name}: qpdf --check: {qpdf[-300:]}")
        rc, meta = pdf_tool("pdfinfo", "-meta", pdf)
        for claim in ("<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>2</pdfaid:part>",
                      "<pdfaid:conformance>U</pdfaid:conformance>"):
            check(claim in meta, f"{name}: XMP lacks {claim}")

        # Every word of the tagged text is a word of the article, in the article's order.
        rc, tagged = struct_text(pdf)
        check(rc == 0 and tagged, f"{name}: pdfinfo -struct-text gave nothing")
        source = words(open(article, encoding="utf-8").read())
        vocabulary = set(source)
        got = words(tagged)
        # A word galley split from a run-together source token ("BYYasir" → "By Yasir") is a
        # part of an article word; words run together would be no part of any.
        parts = " ".join(vocabulary)
        strangers = [w for w in got if w not in vocabulary and w not in parts]
        check(not strangers, f"{name}: tagged words not in the article (run together?): {strangers[:10]}")
        got = [w for w in got if w in vocabulary]
        check(len(got) >= 0.95 * len(source),
              f"{name}: the tagged text has {len(got)} words, the article {len(source)}")
        # In order: nearly every tagged word matches the article's word sequence.
        check(in_order(got, source) >= 0.99 * len(got),
              f"{name}: only {in_order(got, source)} of {len(got)} tagged words follow the article")
        # No double spaces in pdftotext's reading, and it reads the tagged words in their order
        # (besides the running heads and folios, which are artifacts the tags leave out).
        rc, plain = pdf_tool("pdftotext", pdf, "-")
        check("  " not in plain, f"{name}: pdftotext shows double spaces")
        check(in_order(got, words(plain)) >= 0.99 * len(got),
              f"{name}: pdftotext and the tags read differently")

    # A standard galley does not know is the style's error.
    p = run_galley("convert", articles[0], "-o", os.path.join(out, "x.pdf"), "--pdf-standard", "x-1")
    check(p.returncode == 5 and "pdf.standard" in p.stderr, f"--pdf-standard x-1: {p.returncode} {p.stderr}")

    # Headings nest without skips: a Markdown "###" right under the title is tagged H2, and the
    # article passes ua-1 (a refused claim, exit code 11, is tested on the model in test_pdf).
    skipping = os.path.join(out, "skipping.md")
    with open(skipping, "w", encoding="utf-8") as f:
        f.write("# A Title\n\nSome text here.\n\n### Too deep\n\nMore text.\n")
    nested = os.path.join(out, "skipping.pdf")
    p = run_galley("convert", skipping, "-o", nested, "--pdf-standard", "ua-1")
    check(p.returncode == 0, f"headings under ua-1: exit {p.returncode}: {p.stderr}")
    tags = pdf_tool("pdfinfo", "-struct-text", nested)[1]
    check("H2 (block)" in tags and "H3" not in tags, f"heading levels skip in the tags: {tags}")

    # Print: bleed and crop marks.
    bleed = os.path.join(out, "bleed.pdf")
    plain = os.path.join(out, "plain.pdf")
    p = run_galley("convert", articles[0], "-o", bleed, "--set", "page.bleed=3mm", "--set", "page.crop_marks=true")
    check(p.returncode == 0, f"bleed: exit {p.returncode}: {p.stderr}")
    p = run_galley("convert", articles[0], "-o", plain)
    check(p.returncode == 0, f"plain: exit {p.returncode}: {p.stderr}")
    b, n = boxes(bleed), boxes(plain)
    check(n["TrimBox"] == n["MediaBox"], f"a plain PDF's TrimBox is its page: {n}")
    if check(None not in b.values(), f"bleed: boxes missing: {b}"):
        media, trim = b["MediaBox"], b["TrimBox"]
        for k, sign in enumerate((-1, -1, 1, 1)):
            check(abs((media[k] - trim[k]) * sign - 3 * MM) < 0.02,
                  f"bleed: MediaBox {media} is not TrimBox {trim} + 3 mm on side {k}")
        check(b["BleedBox"] == media, f"bleed: BleedBox {b['BleedBox']} is not the media {media}")
        check(abs((trim[2] - trim[0]) - (n["TrimBox"][2] - n["TrimBox"][0])) < 0.02,
              "bleed: the trim is not the page size")
        # Rendered at 72 dpi: ink in the margin (the marks) at each corner, none in the bleed's
        # middle of each edge, and the trimmed page shows the same text as without bleed.
        png = os.path.join(out, "bleed")
        subprocess.run(["pdftoppm", "-r", "72", "-gray", "-f", "1", "-l", "1", bleed, png], check=True)
        image = [f for f in os.listdir(out) if f.startswith("bleed") and f.endswith(".pgm")]
        if check(image, "bleed: pdftoppm wrote no image"):
            data = open(os.path.join(out, image[0]), "rb").read()
            header = data.split(b"\n", 3)
            width, height = map(int, header[1].split())
            pixels = header[3]

            def dark(x, y):
                return pixels[y * width + x] < 128

            m = int(3 * MM)  # the margin in pixels (8.5 px)
            corner_ink = sum(dark(x, y) for x in range(m) for y in range(m + 2))
            check(corner_ink > 0, "bleed: no crop mark at the top-left corner")
            middle_ink = sum(dark(x, y) for x in range(width // 4, 3 * width // 4) for y in range(m - 1))
            check(middle_ink == 0, "bleed: something is drawn in the bleed beyond the marks")
        t1 = pdf_tool("pdftotext", "-x", str(int(trim[0])), "-y", str(int(trim[0])),
                      "-W", str(int(trim[2] - trim[0])), "-H", str(int(trim[3] - trim[1])), bleed, "-")[1]
        t2 = pdf_tool("pdftotext", plain, "-")[1]
        check(words(t1) == words(t2), "bleed: the trim area does not hold the page's text")
    finish()


if __name__ == "__main__":
    main(sys.argv[1:])
