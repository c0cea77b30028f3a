"""Markdown in (issue 11): the Markdown sample (samples/counting-words-in-a-shell.md) with front
matter, code blocks, inline code, lists, a task list, a quote, strikethrough, a thematic break and
a footnote converts to an EPUB that passes epubcheck 0/0 and a PDF that passes qpdf --check,
embeds the monospace face and gives every code line back through pdftotext; code keeps its
straight quotes while the text gets curly ones; raw HTML is dropped with a file:line warning;
`batch` takes .md files; `--from text` reads a .md file as plain text."""
import os
import re
import shutil
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

sample = sys.argv[1]
d = tmpdir()


def body_of(epub):
    z = zipfile.ZipFile(epub)
    return "".join(z.read(n).decode() for n in sorted(z.namelist()) if n.endswith(".xhtml"))


def squeeze(text):
    return " ".join(text.split())


source = open(sample, encoding="utf-8").read()
code_blocks = re.findall(r"(?ms)^```[^\n]*\n(.*?)^```", source)
check(len(code_blocks) >= 2, "the sample has code blocks")

# 1. The sample, to EPUB and PDF.
epub, pdf = os.path.join(d, "sample.epub"), os.path.join(d, "sample.pdf")
p = run_galley("convert", sample, "-o", epub, "-o", pdf)
check(p.returncode == 0, f"sample: exit 0 (got {p.returncode}): {p.stderr[:500]!r}")
for line in p.stderr.splitlines():
    check(re.match(r"^.+\.md:\d+: warning: ", line) is not None, f"sample: warning with file:line: {line!r}")
opf = opf_of(epub)
check(">Counting Words in a Shell</dc:title>" in opf, "sample: title from front matter")
check(">Ada Sample</dc:creator>" in opf, "sample: author from front matter")
body = body_of(epub)
for leaked in ("keywords:", "lang: en", "```", "[^origin]", "**Split"):
    check(leaked not in body, f"sample: {leaked!r} does not reach the body")
check("Counting Words in a Shell</h2>" not in body, "sample: the title is not repeated as a heading")
check('<pre><code class="language-sh">' in body and '<pre><code class="language-python">' in body,
      "sample: fenced code as <pre><code class=language-x>")
check("<code>uniq -c</code>" in body, "sample: inline code")
check("<del>" in body, "sample: strikethrough")
check("\u201creal\u201d" in body, "sample: curly quotes in text")
check("tr -cs \"[:alpha:]'\" '\\n'" in body, "sample: straight quotes kept in code (block and inline)")
check("# the same \"count word\" columns" in body, "sample: no smart quotes inside a code block")
check('<hr class="scene-break"/>' in body, "sample: thematic break")
check("\u2611" in body and "\u2610" in body, "sample: task items checked and unchecked")
errors, warnings, out = epubcheck(epub)
check(errors == 0 and warnings == 0, f"sample: epubcheck 0/0 (got {errors}/{warnings}): {out[:800]}")

rc, out = pdf_tool("qpdf", "--check", pdf)
check(rc == 0, f"sample: qpdf --check clean: {out[-400:]}")
ok, fonts = pdf_fonts_ok(pdf)
check(ok, f"sample: every font embedded, subset, with ToUnicode: {fonts}")
check("NotoSansMono" in fonts, f"sample: the code face is embedded: {fonts}")
rc, text = pdf_tool("pdftotext", pdf, "-")
flat = squeeze(text)
for block in code_blocks:
    for line in block.splitlines():
        if line.strip():
            # pdftotext cannot show runs of spaces: compare with white space squeezed.
            check(squeeze(line) in flat, f"sample: code line in the PDF text: {line!r}")
check("\u201creal\u201d" in text, "sample: curly quotes in the PDF text")

# 2. Raw HTML is dropped and reported at its line, never passed through.
raw = os.path.join(d, "raw.md")
with open(raw, "w", encoding="utf-8") as f:
    f.write("# Raw\n\nText before.\n\n<script>alert('x')</script>\n\nA <b>bold</b> word.\n")
raw_epub = os.path.join(d, "raw.epub")
p = run_galley("convert", raw, "-o", raw_epub)
check(p.returncode == 0, f"raw: exit 0: {p.stderr!r}")
check("raw.md:5: warning: dropped raw HTML '<script>" in p.stderr, f"raw: block reported at its line: {p.stderr!r}")
check("raw.md:7: warning: dropped raw HTML '<b>'" in p.stderr, f"raw: inline tag reported: {p.stderr!r}")
raw_body = body_of(raw_epub)
check("script" not in raw_body and "alert" not in raw_body and "<b>" not in raw_body, "raw: no HTML passed through")
check("A bold word." in raw_body, "raw: the words around inline HTML stay")

# 3. --from text reads a .md file as plain text: no code block, the fence is text.
plain_epub = os.path.join(d, "plain.epub")
p = run_galley("convert", "--from", "text", sample, "-o", plain_epub, "-q")
check(p.returncode == 0, f"--from text: exit 0: {p.stderr!r}")
check("<pre>" not in body_of(plain_epub), "--from text: no code block")
as_txt = os.path.join(d, "notes.txt")
shutil.copyfile(sample, as_txt)
md_epub = os.path.join(d, "notes.epub")
p = run_galley("convert", "--from", "markdown", as_txt, "-o", md_epub, "-q")
check(p.returncode == 0 and "<pre><code" in body_of(md_epub), f"--from markdown: a .txt read as Markdown: {p.stderr!r}")
p = run_galley("convert", "--from", "html", sample, "-o", plain_epub)
check(p.returncode == 2, f"--from html: usage error, exit 2 (got {p.returncode})")

# 4. batch takes .md (and .markdown) beside .txt.
folder, out_dir = os.path.join(d, "in"), os.path.join(d, "out")
os.makedirs(folder)
shutil.copyfile(sample, os.path.join(folder, "a.md"))
with open(os.path.join(folder, "b.markdown"), "w", encoding="utf-8") as f:
    f.write("# B\n\nSome `code` here.\n")
with open(os.path.join(folder, "c.txt"), "w", encoding="utf-8") as f:
    f.write("C\n\nPlain text.\n")
p = run_galley("batch", folder, "-o", out_dir, "--to", "epub", "-q", "-j", "1")
check(p.returncode == 0, f"batch: exit 0: {p.stderr!r}")
for name in ("a.epub", "b.epub", "c.epub"):
    check(os.path.exists(os.path.join(out_dir, name)), f"batch: {name} written")
check("<code>code</code>" in body_of(os.path.join(out_dir, "b.epub")), "batch: the .markdown file read as Markdown")

# 5. "a.md" beside "a.txt" would write the same a.epub: the second by name fails, the first is kept.
with open(os.path.join(folder, "a.txt"), "w", encoding="utf-8") as f:
    f.write("A\n\nThe plain one.\n")
p = run_galley("batch", folder, "-o", out_dir, "--to", "epub", "-q", "-j", "2", "--force")
check(p.returncode == 1, f"clash: exit 1 (got {p.returncode}): {p.stderr!r}")
check("a.txt" in p.stderr and "same output names as a.md" in p.stderr, f"clash: reported: {p.stderr!r}")
check("<pre><code" in body_of(os.path.join(out_dir, "a.epub")), "clash: a.epub is still the Markdown one's")

finish()
