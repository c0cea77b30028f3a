"""galley batch's up-to-date check (issue 13): an article is skipped only when nothing that went
into its outputs changed. Changing its sidecar, its front matter, the style (a file the style
extends), SOURCE_DATE_EPOCH, a font file the style brings or a hyphenation dictionary rebuilds it;
running again with nothing changed skips it. So does a Markdown article's image file: new bytes
under the same name (even with the old size and mtime) rebuild the article, and the PDF shows the
new picture."""
import json
import os
import shutil
import struct
import sys
import time
import zlib

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
d = tmpdir()
src, out = os.path.join(d, "in"), os.path.join(d, "out")
os.makedirs(src)
BODY = "\n\n".join(
    f"Paragraph {i} of a short article about the harbour, its boats and the people who mend "
    "their nets in the morning before the tide turns." for i in range(6))


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    # A later write within the file system's timestamp granularity must still look changed to
    # tools that compare mtimes; galley hashes bytes, but the fonts and dictionaries are stat'ed.
    time.sleep(0.01)


write(os.path.join(src, "alpha.txt"), "Alpha Harbour\n\n" + BODY + "\n")
write(os.path.join(src, "alpha.toml"), 'title = "Alpha Title One"\n')
write(os.path.join(src, "beta.md"), "---\ntitle: Beta Title One\nauthor: Ann Smith\n---\n\n" + BODY + "\n")

# A style that extends another file and brings its own font file (a copy of a bundled face).
styles = os.path.join(d, "styles")
os.makedirs(styles)
shutil.copy(os.path.join(ROOT, "fonts", "NotoSans-Regular.ttf"), os.path.join(styles, "Mine.ttf"))
write(os.path.join(styles, "parent.toml"), 'extends = "classic"\n[body]\nfont_size = "10.5pt"\n')
write(os.path.join(styles, "child.toml"),
      'extends = "parent.toml"\n[fonts."Mine"]\nregular = "Mine.ttf"\n[title]\nfamily = "Mine"\n')
hyph = os.path.join(d, "hyphen")
shutil.copytree("/usr/share/hyphen", hyph)

ENV = {"SOURCE_DATE_EPOCH": "1700000000", "GALLEY_HYPHEN_DIR": hyph}


def batch(what, env=None):
    """Runs the batch; returns {article: status}."""
    e = dict(ENV)
    e.update(env or {})
    p = run_galley("batch", src, "-o", out, "--to", "epub,pdf", "--style",
                   os.path.join(styles, "child.toml"), "-j", "1", env=e)
    check(p.returncode == 0, f"{what}: batch exits 0 (got {p.returncode}): {p.stderr[-600:]}")
    report = json.load(open(os.path.join(out, "report.json")))
    return {a["name"]: a["status"] for a in report["articles"]}


def expect(what, statuses, rebuilt):
    want = {n: ("ok" if n in rebuilt else "skipped") for n in ("alpha.txt", "beta.md")}
    check(statuses == want, f"{what}: statuses {statuses}, expected {want}")


expect("first run", batch("first run"), {"alpha.txt", "beta.md"})
expect("nothing changed", batch("nothing changed"), set())
expect("nothing changed again", batch("nothing changed again"), set())

# The sidecar's title: alpha is rebuilt, and its EPUB carries the new title.
write(os.path.join(src, "alpha.toml"), 'title = "Alpha Title Two"\n')
expect("sidecar changed", batch("sidecar changed"), {"alpha.txt"})
check("Alpha Title Two" in opf_of(os.path.join(out, "alpha.epub")), "the new sidecar title is in the EPUB")
# A sidecar added beside an article that had none.
write(os.path.join(src, "beta.toml"), 'description = "Added later"\n')
expect("sidecar added", batch("sidecar added"), {"beta.md"})
os.remove(os.path.join(src, "beta.toml"))
expect("sidecar removed", batch("sidecar removed"), {"beta.md"})

# The front matter.
write(os.path.join(src, "beta.md"), "---\ntitle: Beta Title Two\nauthor: Ann Smith\n---\n\n" + BODY + "\n")
expect("front matter changed", batch("front matter changed"), {"beta.md"})
check("Beta Title Two" in opf_of(os.path.join(out, "beta.epub")), "the new front-matter title is in the EPUB")

# The style: a value in the file the style extends.
write(os.path.join(styles, "parent.toml"), 'extends = "classic"\n[body]\nfont_size = "11pt"\n')
expect("extended style changed", batch("extended style changed"), {"alpha.txt", "beta.md"})
expect("nothing changed after the style", batch("nothing changed after the style"), set())

# SOURCE_DATE_EPOCH.
expect("SOURCE_DATE_EPOCH changed", batch("SOURCE_DATE_EPOCH changed", {"SOURCE_DATE_EPOCH": "1800000000"}),
       {"alpha.txt", "beta.md"})
expect("same SOURCE_DATE_EPOCH", batch("same SOURCE_DATE_EPOCH", {"SOURCE_DATE_EPOCH": "1800000000"}), set())
expect("SOURCE_DATE_EPOCH back", batch("SOURCE_DATE_EPOCH back"), {"alpha.txt", "beta.md"})

# A font file the style uses (replaced by another face of the same family name).
shutil.copy(os.path.join(ROOT, "fonts", "NotoSans-Bold.ttf"), os.path.join(styles, "Mine.ttf"))
expect("font file changed", batch("font file changed"), {"alpha.txt", "beta.md"})

# A hyphenation dictionary.
dic = os.path.join(hyph, "hyph_en_US.dic")
os.utime(dic, (time.time() + 5, time.time() + 5))
expect("hyphenation dictionary changed", batch("hyphenation dictionary changed"), {"alpha.txt", "beta.md"})
expect("nothing changed at the end", batch("nothing changed at the end"), set())


def png(width, height, shade):
    """A valid grey PNG of width x height pixels."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\0" + bytes([shade]) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


# An image a Markdown figure shows: the article is rebuilt when the picture's bytes change, even
# when the file keeps its size and modification time.
os.makedirs(os.path.join(src, "images"))
picture = os.path.join(src, "images", "chart.png")
open(picture, "wb").write(png(300, 200, 40))
write(os.path.join(src, "beta.md"), "---\ntitle: Beta Title Two\nauthor: Ann Smith\n---\n\n" + BODY +
      '\n\n![Grey bars](images/chart.png "A chart")\n')
expect("figure added", batch("figure added"), {"beta.md"})
expect("figure unchanged", batch("figure unchanged"), set())
stat = os.stat(picture)
open(picture, "wb").write(png(301, 200, 40))  # one pixel wider: the same size in bytes
check(os.path.getsize(picture) == stat.st_size, "the new picture has the old size in bytes")
os.utime(picture, ns=(stat.st_atime_ns, stat.st_mtime_ns))
expect("image bytes changed", batch("image bytes changed"), {"beta.md"})
rc, listing = pdf_tool("pdfimages", "-list", os.path.join(out, "beta.pdf"))
rows = [l.split()[3:5] for l in listing.splitlines()[2:] if l.strip()]
check(rows == [["301", "200"]], f"the rebuilt PDF shows the new 301 x 200 picture: {listing}")
expect("nothing changed after the image", batch("nothing changed after the image"), set())
os.remove(picture)
expect("image removed", batch("image removed"), {"beta.md"})

finish()
