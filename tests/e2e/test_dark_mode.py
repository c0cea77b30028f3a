"""Dark mode (issue 15): each article given, converted to EPUB, is shown in headless Chromium with a
reading system's night stylesheet (light text on a dark page, set on the root element before the
book's own stylesheet, as reading systems do); the screenshot must show light text on a dark
background, in a centred column of at most ~35 em on a wide screen.

Needs Chromium (/usr/bin/chromium, or PUPPETEER_EXECUTABLE_PATH); without it the test is skipped
(exit code 77)."""
import os
import struct
import subprocess
import sys
import zipfile
import zlib

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

SKIP = 77


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


chromium = find_chromium()
if not chromium:
    print("SKIPPED: Chromium (apt-get install chromium) not found; the dark-mode check did not run")
    sys.exit(SKIP)
check(len(sys.argv) > 1, "articles given")

d = tmpdir()
for source in sys.argv[1:]:
    name = os.path.splitext(os.path.basename(source))[0]
    epub = os.path.join(d, name + ".epub")
    r = run_galley("convert", source, "-o", epub)
    if not check(r.returncode == 0 and os.path.exists(epub), f"galley made {name}.epub: {r.stderr[-300:]}"):
        continue
    folder = os.path.join(d, name)
    zipfile.ZipFile(epub).extractall(folder)
    article = os.path.join(folder, "EPUB", "article.xhtml")
    open(os.path.join(folder, "EPUB", "night.css"), "w").write(
        "html { background-color: #121212; color: #e0e0e0; }\n")
    xhtml = open(article, encoding="utf-8").read()
    check("<link " in xhtml, f"{name}: the article links its stylesheet")
    xhtml = xhtml.replace("<link ", '<link rel="stylesheet" type="text/css" href="night.css"/><link ', 1)
    open(article, "w", encoding="utf-8").write(xhtml)
    shot = os.path.join(d, name + ".png")
    p = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--screenshot={shot}", "--window-size=1600,900", "file://" + article],
                       capture_output=True, text=True, timeout=120)
    if not check(os.path.exists(shot), f"{name}: Chromium took a screenshot: {p.stderr[-300:]}"):
        continue
    width, height, rows = png_pixels(shot)
    lum = [[(299 * r + 587 * g + 114 * b) // 1000 for r, g, b in row] for row in rows]
    background = sorted(v for row in lum for v in row)[len(lum) * width // 2]  # the median
    ink = [(x, v) for row in lum for x, v in enumerate(row) if abs(v - background) > 60]
    lighter = sum(1 for _, v in ink if v > background)
    print(f"{name}: background luminance {background}, {len(ink)} text pixels, {lighter} lighter")
    check(background < 60, f"{name}: the page background is dark (median luminance {background})")
    check(len(ink) > 2000, f"{name}: text is visible on it ({len(ink)} text pixels)")
    check(lighter > 0.95 * max(1, len(ink)),
          f"{name}: the text is lighter than the background ({lighter} of {len(ink)} text pixels)")
    if ink:
        left, right = min(x for x, _ in ink), max(x for x, _ in ink)
        # 35 em of the body's 1 em (16 px in Chromium) is 560 px; the title block and headings
        # share the column. On a 1600-pixel window the text stays in a centred column.
        check(right - left <= 35 * 16 * 1.1,
              f"{name}: the text column is at most ~35 em wide ({right - left} px)")
        check(abs((left + right) / 2 - width / 2) < 40,
              f"{name}: the column is centred ({left}..{right} of {width} px)")

finish()
