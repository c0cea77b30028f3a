"""Every kind of bad input gives either a correct book (exit 0, a warning where the input was
repaired or guessed) or a one-line error naming the file, a non-zero exit and no output file."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

d = tmpdir()


def article(name, data):
    path = os.path.join(d, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def expect_error(name, path, code=None, outputs=None):
    outs = outputs or [os.path.join(d, name + ".epub"), os.path.join(d, name + ".pdf")]
    for o in outs:  # a stale output from an earlier run must not survive a failed run
        if os.path.isdir(os.path.dirname(o)):
            open(o, "wb").write(b"stale")
    args = ["convert", path]
    for o in outs:
        args += ["-o", o]
    p = run_galley(*args)
    check(p.returncode != 0, f"{name}: non-zero exit (got {p.returncode})")
    if code is not None:
        check(p.returncode == code, f"{name}: exit code {code} (got {p.returncode})")
    errors = [l for l in p.stderr.splitlines() if "error:" in l]
    check(len(errors) == 1, f"{name}: exactly one error line: {p.stderr!r}")
    check(errors and (os.path.basename(path) in errors[0] or os.path.basename(outs[0]) in errors[0]),
          f"{name}: the error names the file: {p.stderr!r}")
    check("Traceback" not in p.stderr and "terminate" not in p.stderr, f"{name}: no crash: {p.stderr!r}")
    for o in outs:
        check(not os.path.exists(o), f"{name}: no output file {o} left behind")
    leftovers = [f for f in os.listdir(d) if f.startswith(".")]
    check(not leftovers, f"{name}: no temporary files left: {leftovers}")


def expect_book(name, path, warning=None, must_contain=None):
    epub, pdf = os.path.join(d, name + ".epub"), os.path.join(d, name + ".pdf")
    p = run_galley("convert", path, "-o", epub, "-o", pdf, timeout=900)
    check(p.returncode == 0, f"{name}: exit 0 (got {p.returncode}): {p.stderr[:500]!r}")
    check(os.path.getsize(epub) > 0 if os.path.exists(epub) else False, f"{name}: EPUB written")
    check(os.path.getsize(pdf) > 0 if os.path.exists(pdf) else False, f"{name}: PDF written")
    if warning:
        check(warning in p.stderr and os.path.basename(path) in p.stderr, f"{name}: warning '{warning}': {p.stderr[:500]!r}")
    if must_contain and os.path.exists(epub):
        import zipfile
        z = zipfile.ZipFile(epub)
        text = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml"))
        for s in must_contain:
            check(s in text, f"{name}: EPUB contains {s!r}")
    if os.path.exists(pdf):
        rc, out = pdf_tool("qpdf", "--check", pdf)
        check(rc == 0, f"{name}: qpdf --check: {out[:300]}")
    return epub, pdf


expect_error("empty", article("empty.txt", b""), code=4)
expect_error("whitespace", article("whitespace.txt", b"  \n\n\t \r\n   \n"), code=4)
expect_error("binary-png", article("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8), code=4)
expect_error("binary-nul", article("nul.txt", b"Title\n\nSome text\x00\x00\x00\x01\x02 more\x00 text\n" * 50), code=4)
expect_error("missing", os.path.join(d, "does-not-exist.txt"), code=3)
good = article("good.txt", "A Title\n\nBy Jane Doe\n\nA first paragraph of text.\n".encode())
expect_error("unwritable", good, code=7, outputs=[os.path.join(d, "good.txt", "x.epub")])

# Repaired or guessed inputs give a book.
text = "Café Society\n\nBy José Núñez\n\n“Quoted” words in a paragraph, naïve and déjà vu.\n\nA second paragraph.\n"
expect_book("utf16le", article("utf16le.txt", b"\xff\xfe" + text.encode("utf-16-le")), must_contain=["Café", "Núñez", "déjà"])
expect_book("utf16be", article("utf16be.txt", b"\xfe\xff" + text.encode("utf-16-be")), must_contain=["Café", "Núñez"])
expect_book("utf8bom", article("utf8bom.txt", b"\xef\xbb\xbf" + text.encode()), must_contain=["Café"])
cp = ("Caf\xe9 Society\n\nBy Jos\xe9 N\xfa\xf1ez\n\n" + "\u201cQuoted\u201d words, na\xefve and d\xe9j\xe0 vu \u2013 all of it. " * 20 + "\n").encode("cp1252")
expect_book("cp1252", article("cp1252.txt", cp), warning="windows-1252", must_contain=["Café", "“Quoted”", "déjà"])

# Invalid UTF-8 inside otherwise good text: either repaired with a warning or refused cleanly.
bad = article("invalid-utf8.txt", "Title\n\nGood text here, and then: ".encode() + b"\xc3\x28 \xa0\xa1 \xff end.\n")
p = run_galley("convert", bad, "-o", os.path.join(d, "invalid.epub"))
if p.returncode == 0:
    check("warning" in p.stderr and "invalid-utf8.txt" in p.stderr, f"invalid UTF-8 repaired with a warning: {p.stderr!r}")
else:
    check(p.returncode == 4 and "invalid-utf8.txt" in p.stderr, f"invalid UTF-8 refused cleanly: {p.stderr!r}")
    check(not os.path.exists(os.path.join(d, "invalid.epub")), "invalid UTF-8: no output")

# Sizes that break naive code.
para = " ".join(["lorem ipsum dolor sit amet consectetur adipiscing elit"] * 900)  # ~50 KB, one paragraph
expect_book("long-paragraph", article("long-paragraph.txt", ("One Long Paragraph\n\n" + para + "\n").encode()))
word = "x" * 300
expect_book("long-word", article("long-word.txt", ("A Long Word\n\nBefore " + word + " after the word.\n").encode()),
            must_contain=[word])
para_block = ("Call me Ishmael. Some years ago, never mind how long precisely, having little or no money in my "
              "purse, and nothing particular to interest me on shore, I thought I would sail about a little.\n\n")
big = "A Very Large Article\n\n" + para_block * (20_000_000 // len(para_block))
expect_book("20mb", article("huge.txt", big.encode()))
# Malformed front matter (issue 10): one `file:line` error, exit 4, no output. yaml-cpp itself
# takes a quoted value that is never closed to the end of the block; galley refuses it.
for name, block, bad_line in [
        ("fm-unclosed-list", "---\ntitle: A post\nauthor: [unclosed\n---\n", (2, 4)),
        ("fm-unclosed-quote", "---\ndate: 2024-01-02\ntitle: \"Unclosed\nauthor: Jane Roe\n---\n", (3, 3))]:
    path = article(name + ".txt", (block + "\nThe body of the post has a sentence of prose in it.\n").encode())
    expect_error(name, path, code=4)
    p = run_galley("convert", path, "-o", os.path.join(d, name + ".epub"))
    m = re.search(re.escape(name) + r"\.txt:(\d+): malformed front matter", p.stderr)
    check(m and bad_line[0] <= int(m.group(1)) <= bad_line[1], f"{name}: error at the block's line: {p.stderr!r}")

# A text that is only web furniture is no book: exit 4 (input not usable text), a clear error
# saying so, the dropped lines reported at their lines, no output.
furniture = "Share this:\nFacebook\nTwitter\nEmail\nRead more: Other news of the week\nSubscribe to our newsletter\n"
path = article("only-furniture.txt", furniture.encode())
expect_error("only-furniture", path, code=4)
p = run_galley("convert", path, "-o", os.path.join(d, "only-furniture.epub"))
check("no article text" in p.stderr and "web furniture" in p.stderr, f"only-furniture: the error says why: {p.stderr!r}")
check("only-furniture.txt:2: warning: dropped" in p.stderr, f"only-furniture: dropped lines reported: {p.stderr!r}")
# The same furniture around a real paragraph still gives a book.
expect_book("furniture-and-text", article("furniture-and-text.txt", ("A Headline\n\n" + furniture +
            "\nThe council met on Tuesday and agreed that the new bridge would be built before winter.\n").encode()),
            must_contain=["bridge"])
finish()
