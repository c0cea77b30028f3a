"""Shared helpers of the end-to-end tests: run the real galley binary and the external oracles
(epubcheck, qpdf, pdffonts, pdftotext, pdfinfo) and fail loudly with what went wrong."""
import concurrent.futures
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

GALLEY = os.environ.get("GALLEY_BIN", "galley")
SHARED = os.environ.get("GALLEY_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
EPUBCHECK_JAR = "/usr/share/java/epubcheck.jar"
FAILURES = []


def check(condition, what):
    """Records a failed expectation (the test goes on, to report every failure at once)."""
    if not condition:
        FAILURES.append(what)
        print("FAIL:", what, flush=True)
    return condition


def finish():
    """Prints the closing line and exits non-zero when any check failed."""
    if FAILURES:
        print(f"{len(FAILURES)} check(s) failed", flush=True)
        sys.exit(1)
    print("all checks passed", flush=True)


def run_galley(*args, env=None, timeout=300):
    """Runs galley with args; returns the CompletedProcess (text mode)."""
    e = dict(os.environ)
    e.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    if env:
        e.update(env)
    return subprocess.run([GALLEY, *args], capture_output=True, text=True, env=e, timeout=timeout)


def epubcheck(path):
    """Runs epubcheck on one file; returns (errors+fatals, warnings, output)."""
    p = subprocess.run(["java", "-jar", EPUBCHECK_JAR, "--quiet", path], capture_output=True, text=True,
                       timeout=600)
    out = p.stdout + p.stderr
    errors = len(re.findall(r"^(ERROR|FATAL)", out, re.M))
    warnings = len(re.findall(r"^WARNING", out, re.M))
    if p.returncode != 0 and errors == 0:
        errors = 1
    return errors, warnings, out


BATCH_CHECKER = os.path.join(os.path.dirname(__file__), "..", "epub", "EpubcheckBatch.java")


def _epubcheck_batch(paths):
    """epubcheck's own checker on several files in one JVM (tests/epub/EpubcheckBatch.java)."""
    p = subprocess.run(["java", "-cp", EPUBCHECK_JAR, BATCH_CHECKER, *paths], capture_output=True,
                       text=True, timeout=1800)
    out = p.stdout + p.stderr
    results = {}
    for path in paths:
        m = re.search(r"^=== BEGIN " + re.escape(path) + r"\n(.*?)^=== END " + re.escape(path) + r" (\d+)$",
                      out, re.M | re.S)
        if not m:
            results[path] = (1, 0, "no epubcheck report for this file:\n" + out[-2000:])
            continue
        report, rc = m.group(1), int(m.group(2))
        errors = len(re.findall(r"^(ERROR|FATAL)", report, re.M))
        warnings = len(re.findall(r"^WARNING", report, re.M))
        results[path] = (max(errors, 1 if rc != 0 and errors == 0 else 0), warnings, report)
    return results


def epubcheck_many(paths, workers=2):
    """epubcheck on many files: `workers` JVMs, each checking its share in one run."""
    shares = [paths[i::workers] for i in range(workers) if paths[i::workers]]
    results = {}
    with concurrent.futures.ThreadPoolExecutor(len(shares) or 1) as pool:
        for part in pool.map(_epubcheck_batch, shares):
            results.update(part)
    return results


def opf_of(path):
    """The OPF package document of an EPUB, as text."""
    z = zipfile.ZipFile(path)
    name = re.search(r'full-path="([^"]+)"', z.read("META-INF/container.xml").decode()).group(1)
    return z.read(name).decode("utf-8")


def pdf_tool(tool, *args):
    """Runs a poppler/qpdf tool and returns (returncode, stdout+stderr)."""
    p = subprocess.run([tool, *args], capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout + p.stderr


def pdf_fonts_ok(path):
    """True when pdffonts lists at least one font and every one is embedded, subset, with ToUnicode."""
    rc, out = pdf_tool("pdffonts", path)
    rows = [l for l in out.splitlines()[2:] if l.strip()]
    if rc != 0 or not rows:
        return False, out
    for row in rows:
        cols = row.split()
        # columns from the right: object ID (2), uni, sub, emb
        if cols[-5:-2] != ["yes", "yes", "yes"]:
            return False, out
    return True, out


def fidelity(article, output, *ignore):
    """Runs shared/tools/fidelity.py; returns its JSON (None when the tool is absent)."""
    tool = os.path.join(SHARED, "tools", "fidelity.py")
    if not os.path.exists(tool):
        return None
    args = [sys.executable, tool, article, output]
    for line in ignore:
        args += ["--ignore-line", line]
    p = subprocess.run(args, capture_output=True, text=True, timeout=300)
    return json.loads(p.stdout)


def without_list_numbers(article, folder):
    """A copy of `article` without the "1. " / "2) " markers of numbered list lines: in an EPUB
    the reading system draws them (<ol>), so they are not in the text the extractor sees."""
    text = open(article, encoding="utf-8").read()
    copy = os.path.join(folder, "nonum-" + os.path.basename(article))
    open(copy, "w", encoding="utf-8").write(re.sub(r"(?m)^(\s*)\d+[.)] ", r"\1", text))
    return copy


def tmpdir():
    """A fresh temporary folder, removed at exit."""
    d = tempfile.TemporaryDirectory(prefix="galley-e2e-")
    _keep.append(d)
    return d.name


_keep = []


def toml_string(s):
    """`s` as a TOML basic string."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_manifest(path, head, files):
    """A book manifest: the `head` lines, then `articles` = the files; returns its path."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + "articles = [\n")
        for a in files:
            f.write("  " + toml_string(a) + ",\n")
        f.write("]\n")
    return path


def write_parts_manifest(path, head, files):
    """A manifest of two parts, "Part One" and "Part Two", each with half of `files` (four),
    whose articles are by "Writer 1" to "Writer 4"; returns its path."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(head)
        for k, (title, pair) in enumerate((("Part One", files[:2]), ("Part Two", files[2:4]))):
            f.write(f'\n[[parts]]\ntitle = "{title}"\narticles = [\n')
            for i, a in enumerate(pair):
                f.write(f'  {{ file = {toml_string(a)}, author = "Writer {2 * k + i + 1}" }},\n')
            f.write("]\n")
    return path


def png_bytes(width, height):
    """A small valid RGB PNG (one colour), written with zlib."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + bytes([200, 40, 40]) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def find_chromium():
    """Debian's Chromium (or PUPPETEER_EXECUTABLE_PATH), None when missing."""
    for candidate in (os.environ.get("PUPPETEER_EXECUTABLE_PATH"), "/usr/bin/chromium",
                      shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.path.isfile(candidate):
            return candidate
    return None
