"""Calibre (issue 15): a book with editors and no author (every article of the folder given), made
into an EPUB by galley, is turned by Calibre's `ebook-convert` into AZW3 (Kindle), and
`ebook-meta` reads its editors back as the authors (not "Unknown").

Needs Calibre (`apt-get install calibre`: ebook-convert and ebook-meta); without it the test is
skipped (exit code 77)."""
import glob
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

SKIP = 77
convert, meta = shutil.which("ebook-convert"), shutil.which("ebook-meta")
if not convert or not meta:
    print("SKIPPED: Calibre (ebook-convert, ebook-meta: apt-get install calibre) not found")
    sys.exit(SKIP)

articles = []
for arg in sys.argv[1:]:
    articles += sorted(glob.glob(os.path.join(arg, "*.txt"))) if os.path.isdir(arg) else [arg]
check(len(articles) >= 2, f"at least two articles given (found {len(articles)})")

d = tmpdir()
editors = ["Ada Lindqvist", "Bao Nguyen"]
manifest = write_manifest(os.path.join(d, "anthology.toml"),
                          'title = "The galley anthology"\neditors = ["' + '", "'.join(editors) +
                          '"]\nlanguage = "en"\n', [os.path.abspath(a) for a in articles])
epub = os.path.join(d, "anthology.epub")
r = run_galley("book", "--allow-outside", manifest, "-o", epub, timeout=600)
check(r.returncode == 0 and os.path.exists(epub), f"galley made the book's EPUB: {r.stderr[-300:]}")

azw3 = os.path.join(d, "anthology.azw3")
env = dict(os.environ, QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox", QT_QPA_PLATFORM="offscreen")
p = subprocess.run([convert, epub, azw3], capture_output=True, text=True, env=env, timeout=1200)
check(p.returncode == 0 and os.path.exists(azw3), f"ebook-convert made the AZW3: {(p.stdout + p.stderr)[-500:]}")
if os.path.exists(azw3):
    p = subprocess.run([meta, azw3], capture_output=True, text=True, env=env, timeout=300)
    m = re.search(r"^Author\(s\)\s*:\s*(.*)$", p.stdout, re.M)
    authors = m.group(1).strip() if m else ""
    print(f"ebook-meta: Author(s): {authors}")
    # Calibre prints "A & B [sort]"; the names before the sort key in brackets.
    names = [a.strip() for a in re.sub(r"\s*\[.*\]$", "", authors).split("&")]
    check(names == editors, f"the AZW3's authors are the editors {editors} (got {authors!r})")
    check("Unknown" not in authors, f"no Unknown author ({authors!r})")

finish()
