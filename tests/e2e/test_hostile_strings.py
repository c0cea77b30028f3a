"""Hostile strings and hostile TOML (issue 16): every string that enters from outside (--meta, a
Latin-1 file name as the fallback title, sidecars, manifests, styles) is repaired with a warning
naming the field, so the PDF passes qpdf --check, its XMP packet is well-formed XML and the EPUB
passes epubcheck (exit 0); TOML nested 40,000 deep (styles, sidecars, manifests; table headers,
dotted keys, inline tables, arrays) is refused with the file, the line and the documented exit
code, and in a batch only that article fails; the linear language-tag, CSS and keyword checks
take huge inputs in stride.

Usage: test_hostile_strings.py ARTICLE (a plain-text article with a title line)."""
import json
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
import zlib

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

SAMPLE = os.path.abspath(sys.argv[1])
d = tmpdir()
shutil.copy(SAMPLE, os.path.join(d, "book-sample.txt"))  # a book's articles lie in its folder
BOOK_ARTICLE = toml_string("book-sample.txt")
epubs = []  # (name, path): checked by epubcheck together at the end


def run(*args, timeout=300):
    """galley with byte-exact arguments; stdout/stderr decoded leniently (they may name files
    that are not UTF-8). Returns (returncode, stderr)."""
    e = dict(os.environ)
    e.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    try:
        p = subprocess.run([GALLEY, *args], capture_output=True, env=e, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", ""
    return p.returncode, p.stderr.decode("utf-8", "replace")


def xmp_of(pdf):
    """The XMP packet of a PDF (plain or in a Flate stream), as bytes; None when absent."""
    data = open(pdf, "rb").read()
    m = re.search(rb"<\?xpacket begin.*?<\?xpacket end=\"r\"\?>", data, re.S)
    if m:
        return m.group(0)
    for s in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            raw = zlib.decompress(s.group(1))
        except zlib.error:
            continue
        m = re.search(rb"<\?xpacket begin.*?<\?xpacket end=\"r\"\?>", raw, re.S)
        if m:
            return m.group(0)
    return None


def check_outputs(name, pdf, epub, expect_info=()):
    """qpdf --check, a well-formed XMP packet, a well-formed OPF; the EPUB goes to epubcheck."""
    if not check(os.path.exists(pdf) and os.path.exists(epub), f"{name}: both outputs written"):
        return
    rc, out = pdf_tool("qpdf", "--check", pdf)
    check(rc == 0, f"{name}: qpdf --check: {out[-300:]}")
    xmp = xmp_of(pdf)
    check(xmp is not None, f"{name}: the PDF has an XMP packet")
    if xmp is not None:
        try:
            ET.fromstring(xmp.decode("utf-8"))
        except (ET.ParseError, UnicodeDecodeError) as e:
            check(False, f"{name}: XMP is well-formed UTF-8 XML: {e}")
    rc, info = pdf_tool("pdfinfo", pdf)
    for s in expect_info:
        check(s in info, f"{name}: pdfinfo shows {s!r}: {info[:600]!r}")
    try:
        ET.fromstring(opf_of(epub).encode("utf-8"))
    except Exception as e:  # noqa: BLE001
        check(False, f"{name}: OPF is well-formed XML: {e}")
    epubs.append((name, epub))


def convert(name, article, *extra, expect_warnings=(), code=0):
    """Converts `article` to NAME.pdf and NAME.epub; checks the exit code and warnings."""
    pdf, epub = os.path.join(d, name + ".pdf"), os.path.join(d, name + ".epub")
    rc, err = run("convert", article, "-o", pdf, "-o", epub, *extra)
    check(rc == code, f"{name}: exit {code} (got {rc}): {err[-600:]!r}")
    for w in expect_warnings:
        check(w in err, f"{name}: warning {w!r}: {err[-800:]!r}")
    check("Sanitizer" not in err and "terminate" not in err, f"{name}: no crash: {err[-300:]!r}")
    return pdf, epub, err


# 1. --meta with every bad form, in every field.
bad = b"x\xff\xc0\xaf\xed\xa0\x80\xef\xbf\xbe\x01y"
meta = []
for key in ("title", "subtitle", "author", "date", "description", "publisher", "rights",
            "identifier", "keywords", "dateline"):
    meta += ["--meta", os.fsdecode(key.encode() + b"=" + bad)]
pdf, epub, err = convert("meta-all", SAMPLE, *meta,
                         expect_warnings=["--meta title: ", "--meta keywords: ", "replaced by U+FFFD"])
check_outputs("meta-all", pdf, epub)
pdf, epub, err = convert("meta-title", SAMPLE, "--meta", os.fsdecode(b"title=\xff"),
                         expect_warnings=["--meta title: 1 invalid UTF-8 sequence replaced by U+FFFD"])
check_outputs("meta-title", pdf, epub, expect_info=["Title:           \ufffd"])

# 2. A Latin-1 file name as the fallback title (a Markdown text without a heading: the title is
#    the file name in words).
latin1 = os.path.join(os.fsencode(d), b"Gr\xfc\xdfe-notes.md")
with open(latin1, "wb") as f:
    f.write(b"Some text in a paragraph, nothing more.\n\nAnother one.\n")
pdf, epub, err = convert("latin1-name", os.fsdecode(latin1),
                         expect_warnings=["metadata 'title': 2 invalid UTF-8 sequences replaced"])
check_outputs("latin1-name", pdf, epub, expect_info=["Title:           Gr\ufffd\ufffde notes"])

# 3. A sidecar with NUL in the author, U+FFFE in a keyword, a control in the description, and a
#    1.3 MB subtitle: the author is not cut short at the NUL.
side = os.path.join(d, "side.txt")
shutil.copy(SAMPLE, side)
with open(os.path.join(d, "side.toml"), "w", encoding="utf-8") as f:
    f.write('author = "Ann\\u0000e Smith"\n'
            'keywords = ["good", "bad\\uFFFE", "good", "\\uFFFF"]\n'
            'description = "a\\u0001b\\u001Fc"\n'
            'subtitle = "' + "word " * (1 << 18) + '"\n')  # 1.3 MB of words
pdf, epub, err = convert("sidecar", side, expect_warnings=[
    "metadata 'author': 1 NUL character removed", "metadata 'keywords': 2 characters not allowed",
    "metadata 'description': 2 characters not allowed", "metadata 'subtitle': cut to 65536 bytes"])
check_outputs("sidecar", pdf, epub, expect_info=["Author:          Anne Smith", "Keywords:        good, bad",
                                                 "Subject:         abc"])
check(opf_of(epub).count("<dc:subject>") == 2, "sidecar: two keywords, the repeat and the empty one dropped")

# 4. 100,000 keywords: linear de-duplication, the first 1000 kept with a warning.
many = os.path.join(d, "many.txt")
shutil.copy(SAMPLE, many)
with open(os.path.join(d, "many.toml"), "w", encoding="utf-8") as f:
    f.write("keywords = [" + ", ".join(f'"keyword {i}"' for i in range(100000)) + "]\n")
start = time.monotonic()
pdf, epub, err = convert("keywords", many, expect_warnings=["metadata 'keywords': kept the first 1000 of 100000"])
seconds = time.monotonic() - start
check(seconds < 5, f"keywords: 100,000 keywords converted in {seconds:.1f} s (was 14 s for the dedup alone)")
check_outputs("keywords", pdf, epub)

# 5. TOML nested 40,000 deep, in the four ways, as a style (exit 5), a sidecar (exit 4) and a
#    manifest (exit 4): refused with the file and line, no output, no crash.
N = 40000
deep_forms = {
    "header": "[a" + ".a" * (N - 1) + "]\n",
    "dotted": "a" + ".a" * (N - 1) + " = 1\n",
    "inline": "x = " + "{a=" * N + "1" + "}" * N + "\n",
    "array": "x = " + "[" * N + "1" + "]" * N + "\n",
}
for form, body in deep_forms.items():
    text = "# hostile\n" + body
    style = os.path.join(d, f"deep-{form}-style.toml")
    open(style, "w").write(text)
    pdf = os.path.join(d, f"deep-{form}-style.pdf")
    rc, err = run("convert", SAMPLE, "--style", style, "-o", pdf)
    check(rc == 5, f"deep {form} style: exit 5 (got {rc}): {err[-300:]!r}")
    check(f"deep-{form}-style.toml: line 2: TOML nested more than 100 levels" in err,
          f"deep {form} style: error names file and line: {err[-300:]!r}")
    check(not os.path.exists(pdf), f"deep {form} style: no output")

    art = os.path.join(d, f"deep-{form}.txt")
    shutil.copy(SAMPLE, art)
    open(os.path.join(d, f"deep-{form}.toml"), "w").write(text)
    rc, err = run("convert", art, "-o", os.path.join(d, f"deep-{form}.pdf"))
    check(rc == 4, f"deep {form} sidecar: exit 4 (got {rc}): {err[-300:]!r}")
    check(f"deep-{form}.toml: line 2: TOML nested" in err, f"deep {form} sidecar: file and line: {err[-300:]!r}")

    manifest = os.path.join(d, f"deep-{form}-book.toml")
    open(manifest, "w").write(f'title = "Deep"\narticles = [{BOOK_ARTICLE}]\n' + body)
    rc, err = run("book", manifest, "-o", os.path.join(d, f"deep-{form}-book.epub"))
    check(rc == 4, f"deep {form} manifest: exit 4 (got {rc}): {err[-300:]!r}")
    check(f"deep-{form}-book.toml: line 3: TOML nested" in err, f"deep {form} manifest: file and line: {err[-300:]!r}")

# 6. A batch where one sidecar is hostile: the others convert, report.json is written and valid.
src, out = os.path.join(d, "batch-in"), os.path.join(d, "batch-out")
os.makedirs(src)
for n in ("a", "b", "c"):
    shutil.copy(SAMPLE, os.path.join(src, n + ".txt"))
open(os.path.join(src, "b.toml"), "w").write(deep_forms["header"])
rc, err = run("batch", src, "-o", out, "-j", "2")
check(rc == 1, f"batch: exit 1, one article failed (got {rc}): {err[-400:]!r}")
try:
    report = json.load(open(os.path.join(out, "report.json"), encoding="utf-8"))
    status = {a["name"]: a["status"] for a in report["articles"]}
    check(status == {"a.txt": "ok", "b.txt": "failed", "c.txt": "ok"}, f"batch: statuses {status}")
except (OSError, ValueError, KeyError) as e:
    check(False, f"batch: report.json written and valid: {e}")
for n in ("a", "c"):
    check(os.path.exists(os.path.join(out, n + ".pdf")), f"batch: {n}.pdf written")
check(not os.path.exists(os.path.join(out, "b.pdf")), "batch: no b.pdf")

# 7. The checks that were std::regex: a manifest language of 20,000 subtags (the EPUB's language
#    check) and a style name followed by 50,000 spaces (the CSS link-underline check).
manifest = os.path.join(d, "longlang.toml")
open(manifest, "w").write('title = "Long tag"\nlanguage = "en' + "-abc" * 20000 + '"\n'
                          f"articles = [{BOOK_ARTICLE}]\n")
rc, err = run("book", manifest, "-o", os.path.join(d, "longlang.epub"))
check(rc == 0, f"long language tag: exit 0 (got {rc}): {err[-300:]!r}")
style = os.path.join(d, "spaces.toml")
open(style, "w").write('name = "spaced' + " " * 50000 + '"\n')
pdf, epub, err = convert("spaces", SAMPLE, "--style", style)
check(os.path.exists(epub), "style name with 50,000 spaces: EPUB written")

# 8. A book whose manifest strings hold NUL, controls and U+FFFE (book, part and article level):
#    repaired with warnings naming the manifest; both books pass their checks.
manifest = os.path.join(d, "hostile-book.toml")
open(manifest, "w").write(
    'title = "Book\\uFFFE Title"\nauthors = ["Ed\\u0000ith", "Bob\\u0001"]\neditors = ["\\uFFFF"]\n'
    'edition = "2\\u0000nd"\npublisher = "P\\u001Fub"\n'
    f'\n[[parts]]\ntitle = "Part\\u0001 One"\narticles = [{{ file = {BOOK_ARTICLE}, '
    'title = "Art\\u0000icle", description = "b\\uFFFE" }]\n')
pdf, epub = os.path.join(d, "hostile-book.pdf"), os.path.join(d, "hostile-book.epub")
rc, err = run("book", manifest, "-o", epub, "-o", pdf)
check(rc == 0, f"hostile book: exit 0 (got {rc}): {err[-600:]!r}")
for w in ("metadata 'title': 1 character not allowed", "metadata 'author': 1 NUL character removed; 1 character",
          "manifest 'editors'", "manifest 'edition': 1 NUL", "manifest part 'title'",
          "hostile-book.toml:9: warning: manifest article 'title': 1 NUL character removed"):
    check(w in err, f"hostile book: warning {w!r}: {err[-1200:]!r}")
if os.path.exists(pdf) and os.path.exists(epub):
    check_outputs("hostile-book", pdf, epub, expect_info=["Title:           Book Title", "Author:          Edith"])

# 9. A style whose text holds NUL or U+FFFE is refused (exit 5) with its line.
style = os.path.join(d, "nul-style.toml")
open(style, "w").write('name = "ok"\n[running_head]\nleft = "a\\u0000b"\n')
rc, err = run("convert", SAMPLE, "--style", style, "-o", os.path.join(d, "nul-style.pdf"))
check(rc == 5 and "nul-style.toml: line 3: running_head.left: text not allowed" in err,
      f"style with NUL: exit 5 naming line 3 (got {rc}): {err[-300:]!r}")

results = epubcheck_many([p for _, p in epubs])
for name, path in epubs:
    errors, warnings, report = results[path]
    check(errors == 0, f"{name}: epubcheck passes: {report[-800:]}")

finish()
