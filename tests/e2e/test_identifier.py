"""The derived publication identifier (no dc:identifier given) follows what the publication is
made of: converting the same article the same way gives the same identifier, in the EPUB and in
the PDF; a change of the text, of its metadata (sidecar, --meta), of the style (--set, --style),
or of the cover gives another one. A change that alters no output (the file's name and folder,
SOURCE_DATE_EPOCH) keeps it."""
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

d = tmpdir()
sample = sys.argv[1]
article = os.path.join(d, "article.txt")
shutil.copy(sample, article)


def identifiers(path, *args, env=None):
    """(EPUB identifier, PDF XMP identifier) of converting `path` with `args`."""
    e, p = os.path.join(d, "out.epub"), os.path.join(d, "out.pdf")
    r = run_galley("convert", path, "-o", e, "-o", p, "-q", *args, env=env)
    check(r.returncode == 0, f"{args}: exit {r.returncode} {r.stderr}")
    m = re.search(r"<dc:identifier[^>]*>([^<]*)</dc:identifier>", opf_of(e))
    rc, xmp = pdf_tool("pdfinfo", "-meta", p)
    x = re.search(r"<dc:identifier>([^<]*)</dc:identifier>", xmp)
    return (m.group(1) if m else None), (x.group(1) if x else None)


base, base_pdf = identifiers(article)
check(base is not None and base.startswith("urn:uuid:"), f"derived identifier: {base}")
check(base_pdf == base, f"the PDF states the EPUB's identifier: {base_pdf} vs {base}")
check(identifiers(article)[0] == base, "the same conversion, the same identifier")

# Changes that alter no output keep it.
moved = os.path.join(d, "sub", "other-name.txt")
os.makedirs(os.path.dirname(moved))
shutil.copy(article, moved)
check(identifiers(moved)[0] == base, "another file name and folder: the same identifier")
check(identifiers(article, env={"SOURCE_DATE_EPOCH": "1600000000"})[0] == base,
      "another modification time: the same identifier")
check(identifiers(article, "--page-source", "classic")[0] == base,
      "--page-source naming the job's own style: the same identifier")

# Every input that changes the publication changes it.
seen = {base}


def changed(what, *args, path=article):
    ident, pdf_ident = identifiers(path, *args)
    check(ident is not None and ident not in seen, f"{what}: a new identifier ({ident})")
    check(pdf_ident == ident, f"{what}: the PDF states the EPUB's identifier")
    seen.add(ident)


text = open(article, encoding="utf-8").read()
edited = os.path.join(d, "edited.txt")
with open(edited, "w", encoding="utf-8") as f:
    f.write(text.replace(".", "!", 1))
changed("one character of the text", path=edited)
changed("--meta title", "--meta", "title=Another Title")
changed("--meta author", "--meta", "author=A. Person")
changed("--set body.font_size", "--set", "body.font_size=12pt")
changed("--style report", "--style", "report")
changed("--cover auto", "--cover", "auto")
changed("--page-source report", "--page-source", "report")
with open(os.path.join(d, "article.toml"), "w", encoding="utf-8") as f:
    f.write('description = "A sidecar description"\n')
changed("a sidecar")
finish()
