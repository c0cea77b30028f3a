"""Small rules a typographer expects (issue 12 point 3), read from the outputs: a chapter title of
two lines is balanced and breaks after its number, not after "The" (Moby-Dick ch. 54, given as
the argument: "CHAPTER 54. / The Town-Ho's Story."); an ellipsis typed as dots is written as the
article's language writes it, in the PDF and the EPUB ("...." after a word: "…." in English, "…"
in German); the Chinese and Japanese UDHRs (arguments) name one CJK family in both outputs."""
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

d = tmpdir()


def convert(src, *extra):
    base = os.path.join(d, os.path.splitext(os.path.basename(src))[0])
    p = run_galley("convert", src, "-o", base + ".pdf", "-o", base + ".epub", "-q", *extra)
    check(p.returncode == 0, f"{src}: galley exits 0 ({p.stderr[-300:]})")
    return base + ".pdf", base + ".epub"


def epub_text(path):
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xhtml"))


chapter, udhrs = sys.argv[1], sys.argv[2:]

# 1. The balanced title: its two rows on page 1.
pdf, _ = convert(chapter)
_, text = pdf_tool("pdftotext", "-f", "1", "-l", "1", "-layout", pdf, "-")
rows = [r.strip() for r in text.splitlines() if r.strip()]
check(len(rows) >= 2 and rows[0] == "CHAPTER 54." and rows[1].startswith("The Town-Ho"),
      f"the title breaks after 'CHAPTER 54.': {rows[:2]}")

# 2. Ellipses by language.
for lang, typed, written in (("en", "It was all over.... Then the mate", "over\u2026. Then"),
                             ("de", "Es war vorbei.... Dann kam der Steuermann", "vorbei\u2026 Dann")):
    src = os.path.join(d, f"ellipsis-{lang}.txt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(f"Dots {lang}\n\n" + (typed + " and went on for a while. ") * 3 + "\n")
    pdf, epub = convert(src, "--lang", lang)
    _, text = pdf_tool("pdftotext", pdf, "-")
    check(written in re.sub(r"\s+", " ", text), f"{lang}: the PDF writes {written!r}")
    check(written in epub_text(epub), f"{lang}: the EPUB writes {written!r}")
    check("...." not in text, f"{lang}: no four dots left in the PDF")

# 3. One CJK family per article: the PDF embeds the family the EPUB's CSS names.
for src in udhrs:
    pdf, epub = convert(src)
    _, fonts = pdf_tool("pdffonts", pdf)
    pdf_cjk = {m.group(1) for m in re.finditer(r"\+Noto(Sans|Serif)CJK", fonts)}
    with zipfile.ZipFile(epub) as z:
        css = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".css"))
    epub_cjk = set(re.findall(r"Noto (Sans|Serif) CJK", css))
    name = os.path.basename(src)
    check(len(pdf_cjk) == 1, f"{name}: one CJK family in the PDF ({pdf_cjk})")
    check(pdf_cjk == epub_cjk, f"{name}: the same CJK family in both outputs ({pdf_cjk}, {epub_cjk})")

finish()
