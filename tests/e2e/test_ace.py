"""DAISY Ace on galley's EPUBs (issue 15): every article given and a book (the samples' manifest and
a book with a cover) get 0 Ace violations, and epubcheck still passes them. (The dark reading-system
stylesheet check is test_dark_mode.py.)

Needs DAISY Ace (scripts/setup-ace.sh installs @daisy/ace-cli under tools/ace; or GALLEY_ACE names
the ace-cli program) and Chromium (/usr/bin/chromium, or PUPPETEER_EXECUTABLE_PATH). Without them
the test is skipped (exit code 77) with a message saying what is missing."""
import json
import os
import shutil
import subprocess
import sys
import time
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


finish()
