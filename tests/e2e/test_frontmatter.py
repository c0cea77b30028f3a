"""A blog post with YAML front matter and Hugo shortcodes (a real one: see
tests/read/fixtures/SOURCES.md) gives its title, author, date and language to the EPUB and the
PDF, with the shortcode dropped and reported at its line; malformed front matter is one
`file:line` error, exit 4 and no output. List items (front matter, sidecar arrays) containing
";" stay whole authors in the OPF; a plain string "A; B" still names two (issue 13)."""
import os
import shutil
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

fixture = sys.argv[1]
d = tmpdir()

# 1. The real post, converted.
post = os.path.join(d, "http2-server-push-in-hugo.txt")
shutil.copyfile(fixture, post)
epub, pdf = os.path.join(d, "post.epub"), os.path.join(d, "post.pdf")
p = run_galley("convert", post, "-o", epub, "-o", pdf)
check(p.returncode == 0, f"post: exit 0 (got {p.returncode}): {p.stderr[:500]!r}")
check("http2-server-push-in-hugo.txt:19: warning: dropped shortcode '{{< figure" in p.stderr,
      f"post: shortcode reported at its line: {p.stderr!r}")
opf = opf_of(epub)
check("<dc:title id=\"pub-title\">HTTP/2 Server Push in Hugo</dc:title>" in opf, "post: title from front matter")
check(">bep</dc:creator>" in opf, "post: author from front matter")
check("<dc:date>2017-07-24</dc:date>" in opf, "post: date from front matter")
check("<dc:language>en</dc:language>" in opf, "post: language")
check("<dc:subject>blog</dc:subject>" in opf, "post: categories as subjects")
z = zipfile.ZipFile(epub)
body = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml"))
for leaked in ("slug:", "aliases", "gohugoio-card", "{{&lt;", "{{<", "figure src"):
    check(leaked not in body, f"post: {leaked!r} does not reach the body")
check("recently announced support" in body, "post: the first paragraph is body text")
errors, warnings, out = epubcheck(epub)
check(errors == 0 and warnings == 0, f"post: epubcheck 0/0 (got {errors}/{warnings}): {out[:800]}")
rc, info = pdf_tool("pdfinfo", pdf)
check(rc == 0 and "HTTP/2 Server Push in Hugo" in info and "bep" in info, f"post: PDF title and author: {info[:400]}")

# 2. The language of the front matter decides quotes and xml:lang; --meta still wins.
de = os.path.join(d, "de.txt")
with open(de, "w", encoding="utf-8") as f:
    f.write("---\ntitle: Ein Titel\nauthor: [Anna Beispiel]\nlang: de\n---\n\nSie sagte \"ja\" und ging.\n")
epub_de = os.path.join(d, "de.epub")
p = run_galley("convert", de, "-o", epub_de, "--meta", "title=Anderer Titel")
check(p.returncode == 0, f"de: exit 0: {p.stderr!r}")
opf = opf_of(epub_de)
check("<dc:language>de</dc:language>" in opf and ">Anderer Titel</dc:title>" in opf, f"de: lang from front matter, title from --meta")
body = "".join(zipfile.ZipFile(epub_de).read(n).decode() for n in zipfile.ZipFile(epub_de).namelist() if n.endswith(".xhtml"))
check("\u201Eja\u201C" in body, "de: German quotes")

# 3. Malformed front matter: one error naming file:line, exit 4, no output, no stale file kept.
bad = os.path.join(d, "bad.txt")
with open(bad, "w", encoding="utf-8") as f:
    f.write("---\ntitle: A post\nauthor: [unclosed\n---\n\nBody text.\n")
outs = [os.path.join(d, "bad.epub"), os.path.join(d, "bad.pdf")]
for o in outs:
    open(o, "wb").write(b"stale")
p = run_galley("convert", bad, "-o", outs[0], "-o", outs[1])
check(p.returncode == 4, f"bad: exit 4 (got {p.returncode})")
errors = [l for l in p.stderr.splitlines() if "error:" in l]
check(len(errors) == 1 and "bad.txt:" in errors[0] and "front matter" in errors[0],
      f"bad: one file:line error: {p.stderr!r}")
line = errors[0].split("bad.txt:")[1].split(":")[0] if errors and "bad.txt:" in errors[0] else ""
check(line.isdigit() and 2 <= int(line) <= 4, f"bad: the line is inside the block: {line!r}")
for o in outs:
    check(not os.path.exists(o), f"bad: no output {o}")

# 4. Lists stay lists (issue 13): an item with ";" is one author; a string "A; B" is two.
import re  # noqa: E402


def creators(epub):
    return re.findall(r"<dc:creator[^>]*>([^<]*)</dc:creator>", opf_of(epub))


cases = {
    "yaml": ("---\ntitle: T\nauthor:\n  - \"Smith; Jr.\"\n  - B\n---\n\nText.\n", None,
             ["Smith; Jr.", "B"]),
    "string": ("---\ntitle: T\nauthor: \"A; B\"\n---\n\nText.\n", None, ["A", "B"]),
    "sidecar": ("T\n\nText of the article.\n", 'authors = ["Smith; Jr.", "B"]\n',
                ["Smith; Jr.", "B"]),
    "sidestr": ("T\n\nText of the article.\n", 'author = "A; B"\n', ["A", "B"]),
}
for name, (text, sidecar, want) in cases.items():
    src = os.path.join(d, f"list-{name}.txt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(text)
    if sidecar:
        with open(os.path.join(d, f"list-{name}.toml"), "w", encoding="utf-8") as f:
            f.write(sidecar)
    out = os.path.join(d, f"list-{name}.epub")
    p = run_galley("convert", src, "-o", out)
    check(p.returncode == 0, f"{name}: exit 0 (got {p.returncode}): {p.stderr!r}")
    if p.returncode == 0:
        got = creators(out)
        check(got == want, f"{name}: dc:creator entries {want} (got {got})")

finish()
