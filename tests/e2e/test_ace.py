"""DAISY Ace on galley's EPUBs (issue 15): every article given and a book (the samples' manifest and
a book with a cover) get 0 Ace violations, and epubcheck still passes them. Then the sample's
article in headless Chromium under a dark reading-system stylesheet shows light text on a dark
background, in a centred column of at most ~35 em on a wide screen.

Needs DAISY Ace (scripts/setup-ace.sh installs @daisy/ace-cli under tools/ace; or GALLEY_ACE names
the ace-cli program) and Chromium (/usr/bin/chromium, or PUPPETEER_EXECUTABLE_PATH). Without them
the test is skipped (exit code 77) with a message saying what is missing."""
import json
import os
import shutil
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
SKIP = 77


def find_ace():
    """The ace-cli program: $GALLEY_ACE, tools/ace (scripts/setup-ace.sh), else on PATH."""
    for candidate in (os.environ.get("GALLEY_ACE"),
                      os.path.join(ROOT, "tools", "ace", "node_modules", ".bin", "ace-cli"),
                      shutil.which("ace-cli"), shutil.which("ace")):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def find_chromium():
    for candidate in (os.environ.get("PUPPETEER_EXECUTABLE_PATH"), "/usr/bin/chromium",
                      shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.path.isfile(candidate):
            return candidate
    return None


ace, chromium = find_ace(), find_chromium()
if not ace or not chromium:
    missing = " and ".join(m for m, ok in (("DAISY Ace (run scripts/setup-ace.sh, or set GALLEY_ACE)", ace),
                                          ("Chromium (apt-get install chromium)", chromium)) if not ok)
    print(f"SKIPPED: {missing} not found; the Ace checks did not run")
    sys.exit(SKIP)

d = tmpdir()
epubs = []
for source in sys.argv[1:]:
    name = os.path.splitext(os.path.basename(source))[0]
    out = os.path.join(d, name + ".epub")
    r = run_galley("book" if source.endswith(".toml") else "convert", source, "-o", out)
    check(r.returncode == 0 and os.path.exists(out), f"galley made {name}.epub: {r.stderr[-300:]}")
    epubs.append(out)

# A book with a cover image (the cover page's image carries epub:type cover and role doc-cover).
if len(sys.argv) > 1:
    articles = [os.path.abspath(a) for a in sys.argv[1:] if a.endswith(".txt")][:2]
    cover = os.path.join(ROOT, "tests", "book", "data", "cover.jpg")
    manifest = write_manifest(os.path.join(d, "covered.toml"),
                              f'title = "Covered"\neditors = ["An Editor"]\nlanguage = "en"\n'
                              f'cover = {toml_string(cover)}\n', articles)
    out = os.path.join(d, "covered.epub")
    r = run_galley("book", "--allow-outside", manifest, "-o", out)
    check(r.returncode == 0, f"galley made covered.epub: {r.stderr[-300:]}")
    epubs.append(out)


def run_ace(epub):
    """Ace's violations of one EPUB: a list of (file, rule, impact, where)."""
    report = epub + ".ace"
    env = dict(os.environ, PUPPETEER_EXECUTABLE_PATH=chromium)
    p = subprocess.run([ace, "-s", "-f", "-o", report, epub], capture_output=True, text=True,
                       env=env, timeout=600)
    path = os.path.join(report, "report.json")
    if not os.path.exists(path):
        return None, p.stdout + p.stderr
    data = json.load(open(path, encoding="utf-8"))
    found = []
    for doc in data.get("assertions", []):
        for a in doc.get("assertions", []):
            if a.get("earl:result", {}).get("earl:outcome") == "fail":
                found.append((doc.get("earl:testSubject", {}).get("url"), a["earl:test"]["dct:title"],
                              a["earl:test"].get("earl:impact"),
                              a["earl:result"].get("earl:pointer", {}).get("css")))
    return found, data.get("earl:result", {}).get("earl:outcome")


start = time.time()
with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(run_ace, epubs))
print(f"Ace checked {len(epubs)} EPUBs in {time.time() - start:.1f} s")
for epub, (violations, outcome) in zip(epubs, results):
    name = os.path.basename(epub)
    if violations is None:
        check(False, f"Ace ran on {name}: {outcome[-500:]}")
        continue
    for v in violations:
        print(f"  {name}: {v}")
    check(not violations, f"Ace: 0 violations in {name} (found {len(violations)})")
    check(outcome == "pass", f"Ace's verdict on {name} is pass (got {outcome})")

checked = epubcheck_many(epubs)
for epub in epubs:
    errors, warnings, _ = checked[epub]
    check(errors == 0 and warnings == 0,
          f"epubcheck: {os.path.basename(epub)} has 0 errors and 0 warnings ({errors}/{warnings})")


def png_pixels(path):
    """(width, height, rows of (r, g, b)) of an 8-bit RGB or RGBA, non-interlaced PNG."""
    data = open(path, "rb").read()
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), width * channels, [], None
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        prev = prev or bytearray(stride)
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x * channels:x * channels + 3]) for x in range(width)])
        prev = line
    return width, height, rows


# Dark mode: a reading system's night stylesheet sets the page's colours on the root element
# before the book's own stylesheet; the book must not override them.
sample = epubs[0]
folder = os.path.join(d, "dark")
zipfile.ZipFile(sample).extractall(folder)
article = os.path.join(folder, "EPUB", "article.xhtml")
open(os.path.join(folder, "EPUB", "night.css"), "w").write(
    "html { background-color: #121212; color: #e0e0e0; }\n")
xhtml = open(article, encoding="utf-8").read()
xhtml = xhtml.replace("<link ", '<link rel="stylesheet" type="text/css" href="night.css"/><link ', 1)
open(article, "w", encoding="utf-8").write(xhtml)
shot = os.path.join(d, "dark.png")
p = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--screenshot={shot}", "--window-size=1600,900", "file://" + article],
                   capture_output=True, text=True, timeout=120)
check(os.path.exists(shot), f"Chromium took a screenshot: {p.stderr[-300:]}")
if os.path.exists(shot):
    width, height, rows = png_pixels(shot)
    lum = [[(299 * r + 587 * g + 114 * b) // 1000 for r, g, b in row] for row in rows]
    background = sorted(v for row in lum for v in row)[len(lum) * width // 2]  # the median
    ink = [(x, v) for row in lum for x, v in enumerate(row) if abs(v - background) > 60]
    check(background < 60, f"the page background is dark (median luminance {background})")
    check(len(ink) > 2000, f"text is visible on it ({len(ink)} text pixels)")
    lighter = sum(1 for _, v in ink if v > background)
    check(lighter > 0.95 * max(1, len(ink)),
          f"the text is lighter than the background ({lighter} of {len(ink)} text pixels)")
    if ink:
        left, right = min(x for x, _ in ink), max(x for x, _ in ink)
        # 35 em of the body's 1 em (16 px in Chromium) is 560 px; the title block and headings
        # share the column. On a 1600-pixel window the text stays in a centred column.
        check(right - left <= 35 * 16 * 1.1, f"the text column is at most ~35 em wide ({right - left} px)")
        check(abs((left + right) / 2 - width / 2) < 40,
              f"the column is centred ({left}..{right} of {width} px)")

finish()
