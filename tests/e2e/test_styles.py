"""Issue 4 end to end: each built-in style gives a valid EPUB and PDF of the sample, with a page 1
of its own; bad style files give one error with file and line and leave no output."""
import hashlib
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

sample = sys.argv[1]
d = tmpdir()
epubs, firsts, pages = [], {}, {}
for style in ("classic", "report", "large-print"):
    epub, pdf = os.path.join(d, style + ".epub"), os.path.join(d, style + ".pdf")
    p = run_galley("convert", sample, "-o", epub, "-o", pdf, "--style", style, "-q")
    if not check(p.returncode == 0, f"{style}: exit {p.returncode}: {p.stderr}"):
        continue
    epubs.append(epub)
    rc, out = pdf_tool("qpdf", "--check", pdf)
    check(rc == 0, f"{style}: qpdf --check: {out[:300]}")
    ok, out = pdf_fonts_ok(pdf)
    check(ok, f"{style}: fonts embedded, subset, ToUnicode:\n{out}")
    rc, info = pdf_tool("pdfinfo", pdf)
    pages[style] = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", pdf, os.path.join(d, style)], check=True)
    png = [f for f in os.listdir(d) if f.startswith(style + "-") and f.endswith(".png")][0]
    firsts[style] = hashlib.sha256(open(os.path.join(d, png), "rb").read()).hexdigest()
for epub, (errors, warnings, out) in epubcheck_many(epubs).items():
    check(errors == 0 and warnings == 0, f"{epub}: epubcheck {errors} errors, {warnings} warnings\n{out[:1500]}")
check(len(set(firsts.values())) == 3, f"page 1 differs between the styles: {firsts}")
check(pages.get("large-print", 0) > pages.get("classic", 99), f"large print takes more pages: {pages}")

# A bad style file: one error naming the file and line, exit 5, no output left behind.
bad_cases = {
    "unknown-key": ('extends = "classic"\n[body]\nfont_sise = "12pt"\n', 3),
    "bad-unit": ('extends = "classic"\n\n[body]\nfont_size = "12ptx"\n', 4),
    "wrong-type": ('extends = "classic"\n[paragraph]\nwidows = "two"\n', 3),
    "bad-enum": ('extends = "classic"\n[body]\nalign = "justified-ish"\n', 3),
    "unknown-family": ('extends = "classic"\n[h1]\nfamily = "No Such Family Anywhere"\n', 3),
}
for name, (text, line) in bad_cases.items():
    path = os.path.join(d, name + ".toml")
    open(path, "w").write(text)
    out = os.path.join(d, name + ".pdf")
    p = run_galley("convert", sample, "-o", out, "-o", os.path.join(d, name + ".epub"), "--style", path)
    check(p.returncode == 5, f"{name}: exit 5 (got {p.returncode}): {p.stderr}")
    errors = [l for l in p.stderr.splitlines() if "error:" in l]
    check(len(errors) == 1 and f"{name}.toml" in errors[0] and f"line {line}" in errors[0],
          f"{name}: one error with file and line {line}: {p.stderr!r}")
    check(not os.path.exists(out) and not os.path.exists(os.path.join(d, name + ".epub")), f"{name}: no output")
# The style's [quotes] decide what straight quotes become, in both outputs.
import zipfile  # noqa: E402
german = os.path.join(d, "zitat.txt")
with open(german, "w", encoding="utf-8") as f:
    f.write('Ein Schild\n\n"Sie können uns nicht ihre Ideen in den Kopf setzen" steht auf dem Schild.\n')
guillemets = os.path.join(d, "guillemets.toml")
with open(guillemets, "w", encoding="utf-8") as f:
    f.write('extends = "classic"\n[quotes]\nde = "»«›‹"\n')
for style, opening, closing in (("classic", "„", "“"), (guillemets, "»", "«")):
    epub, pdf = os.path.join(d, "zitat.epub"), os.path.join(d, "zitat.pdf")
    p = run_galley("convert", german, "--lang", "de", "--style", style, "-o", epub, "-o", pdf, "-q")
    check(p.returncode == 0, f"German article in {style}: {p.stderr}")
    z = zipfile.ZipFile(epub)
    xhtml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xhtml"))
    rc, text = pdf_tool("pdftotext", pdf, "-")
    for where, got in (("EPUB", xhtml), ("PDF", text)):
        check(opening + "Sie" in got and "setzen" + closing in got,
              f"{where} in {style} quotes with {opening}…{closing}")

finish()
