"""Hostile and careless inputs around the reader (issue 16): inputs must be regular files under a
size cap (a FIFO never blocks, /dev/zero never grows), a manifest names nothing outside its folder,
an output that is an input is refused before anything is touched, a broken or oversized cover is
refused for EPUB and PDF alike, batch reports what it cannot convert, out of memory has its own
exit code, and a killed run leaves no temporary file. Every failure is one line
`galley: error: FILE: reason` with its documented exit code and no output."""
import json
import os
import resource
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "samples", "azerbaijan-victory-day.txt")
JPEG = os.path.join(HERE, "..", "book", "data", "cover.jpg")
d = tmpdir()


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)
    return path


def one_error(p, name, code, *words):
    """Checks exit `code` and exactly one error line holding every one of `words`."""
    check(p.returncode == code, f"{name}: exit {code} (got {p.returncode}): {p.stderr[-600:]!r}")
    errors = [l for l in p.stderr.splitlines() if "error:" in l]
    check(len(errors) == 1 and errors[0].startswith("galley: error: "), f"{name}: one error line: {p.stderr!r}")
    for w in words:
        check(errors and w in errors[0], f"{name}: the error says {w!r}: {p.stderr!r}")
    check("libpng" not in p.stderr and "internal error" not in p.stderr, f"{name}: no raw library text: {p.stderr!r}")


article = write(os.path.join(d, "a.txt"), open(SAMPLE, "rb").read())

# 1. Inputs: regular files only, never blocking; a size cap.
fifo = os.path.join(d, "pipe.txt")
os.mkfifo(fifo)
for name, path in (("fifo", fifo), ("dev-zero", "/dev/zero"), ("directory", d)):
    out = os.path.join(d, name + ".pdf")
    start = time.time()
    try:
        p = run_galley("convert", path, "-o", out, timeout=20)
    except subprocess.TimeoutExpired:
        check(False, f"{name}: galley blocked or grew without bound")
        continue
    one_error(p, name, 3, path, "not a regular file")
    check(time.time() - start < 10, f"{name}: refused at once")
    check(not os.path.exists(out), f"{name}: no output")

# (12K: above the built-in styles, which are read under the same limit, below big.txt)
big = write(os.path.join(d, "big.txt"), ("A Title\n\n" + "Some words of text. " * 1000 + "\n").encode())
p = run_galley("convert", big, "-o", os.path.join(d, "big.pdf"), "--max-input", "12K")
one_error(p, "max-input", 8, "big.txt", "12 KB", "--max-input")
check(not os.path.exists(os.path.join(d, "big.pdf")), "max-input: no output")
p = run_galley("convert", big, "-o", os.path.join(d, "big.pdf"), "--max-input", "64K")
check(p.returncode == 0, f"under the cap: converted: {p.stderr[-300:]}")
p = run_galley("convert", big, "-o", os.path.join(d, "big2.pdf"), "--max-input", "lots")
one_error(p, "max-input malformed", 2, "--max-input")

# 2. Output names: a bare extension or none at all is a usage error.
for out, words in ((".pdf", ("no name before its extension",)), ("x", ("has no extension",)),
                   (os.path.join(d, ".epub"), ("no name before",))):
    p = run_galley("convert", article, "-o", out)
    one_error(p, f"-o {out}", 2, *words)
    check(not os.path.exists(out), f"-o {out}: nothing written")

# 3. An output that is an input: refused before anything is touched (it used to delete p.pdf).
pdf_in = write(os.path.join(d, "p.pdf"), b"%PDF-1.7 not really an article\n" + bytes(range(256)))
before = open(pdf_in, "rb").read()
os.link(pdf_in, os.path.join(d, "hard.pdf"))
os.symlink("p.pdf", os.path.join(d, "soft.pdf"))
for outs in (["p.pdf"], ["hard.pdf"], ["soft.pdf"], ["other.epub", "p.pdf"], ["./p.pdf"]):
    args = ["convert", pdf_in]
    for o in outs:
        args += ["-o", os.path.join(d, o)]
    p = run_galley(*args)
    one_error(p, f"output is input {outs}", 2, "the output is an input")
    check(open(pdf_in, "rb").read() == before, f"{outs}: the input is untouched")
    check(not os.path.exists(os.path.join(d, "other.epub")), f"{outs}: no other output either")
sidecar = write(os.path.join(d, "s.toml"), b'title = "Sidecar"\n')
write(os.path.join(d, "s.txt"), open(SAMPLE, "rb").read())
# (a sidecar is named .toml, never an output name; a style file named like an output is checked)
style = write(os.path.join(d, "style.pdf"), open(os.path.join(HERE, "..", "..", "styles", "classic.toml"), "rb").read())
style_before = open(style, "rb").read()
p = run_galley("convert", article, "--style", style, "-o", style)
one_error(p, "style is output", 2, "the output is an input")
check(open(style, "rb").read() == style_before, "the style file is untouched")

# 4. Book manifests: nothing outside the manifest's folder without --allow-outside.
bk = os.path.join(d, "book")
os.makedirs(os.path.join(bk, "sub"))
write(os.path.join(bk, "a.txt"), open(SAMPLE, "rb").read())
os.symlink("/etc/hostname", os.path.join(bk, "host.txt"))
depth = "../" * (len(os.path.abspath(bk).split(os.sep)) + 2)
cases = [
    ("dotdot", f'articles = ["{depth}etc/passwd"]'),
    ("absolute", 'articles = ["/etc/hostname"]'),
    ("symlink", 'articles = ["host.txt"]'),
    ("cover", 'articles = ["a.txt"]\ncover = "/etc/hostname"'),
    ("introduction", f'articles = ["a.txt"]\nintroduction = "sub/{depth}etc/hostname"'),
]
for name, body in cases:
    m = write(os.path.join(bk, "m.toml"), f'title = "T"\nlanguage = "en"\n{body}\n'.encode())
    out = os.path.join(bk, name + ".epub")
    p = run_galley("book", m, "-o", out, "-o", os.path.join(bk, name + ".pdf"))
    line = 3 if name in ("dotdot", "absolute", "symlink") else 4
    one_error(p, f"book {name}", 4, "m.toml", f"line {line}:", "outside the manifest's folder", "--allow-outside")
    check(not os.path.exists(out) and not os.path.exists(os.path.join(bk, name + ".pdf")), f"book {name}: no output")
outside_style = write(os.path.join(d, "outside.toml"), open(os.path.join(HERE, "..", "..", "styles", "classic.toml"), "rb").read())
m = write(os.path.join(bk, "m.toml"), b'title = "T"\nlanguage = "en"\nstyle = "../outside.toml"\narticles = ["a.txt"]\n')
p = run_galley("book", m, "-o", os.path.join(bk, "styled.epub"))
one_error(p, "book style outside", 4, "m.toml", "style", "outside the manifest's folder")
check(not os.path.exists(os.path.join(bk, "styled.epub")), "book style outside: no output")
m = write(os.path.join(bk, "m.toml"), b'title = "T"\nlanguage = "en"\narticles = ["a.txt", "host.txt"]\n')
p = run_galley("book", m, "-o", os.path.join(bk, "allowed.epub"), "--allow-outside")
check(p.returncode == 0, f"--allow-outside: the outside article is taken: {p.stderr[-400:]}")
# An output that is one of the book's inputs.
write(os.path.join(bk, "chapter.pdf"), open(SAMPLE, "rb").read())
m = write(os.path.join(bk, "m.toml"), b'title = "T"\nlanguage = "en"\narticles = ["chapter.pdf"]\n')
chapter = open(os.path.join(bk, "chapter.pdf"), "rb").read()
p = run_galley("book", m, "-o", os.path.join(bk, "chapter.pdf"))
one_error(p, "book output is an article", 2, "the output is an input")
check(open(os.path.join(bk, "chapter.pdf"), "rb").read() == chapter, "book: the article is untouched")

# 5. Covers: decoded by libpng/libjpeg first; broken or oversized ones refused for both outputs.
png = png_bytes(60, 80)
jpeg = open(JPEG, "rb").read()
huge = bytearray(png_bytes(60, 80))
huge[16:24] = (40000).to_bytes(4, "big") * 2  # declares 40,000 x 40,000 (CRC now wrong too)
covers = {"cut.png": (png[:len(png) // 2], "broken PNG"), "cut.jpg": (jpeg[:len(jpeg) * 2 // 3], "broken JPEG"),
          "huge.png": (bytes(huge) + bytes(1_500_000), "40000 x 40000")}
for cover, (data, reason) in covers.items():
    write(os.path.join(bk, cover), data)
    m = write(os.path.join(bk, "m.toml"), f'title = "T"\nlanguage = "en"\ncover = "{cover}"\narticles = ["a.txt"]\n'.encode())
    for ext in ("epub", "pdf"):
        out = os.path.join(bk, "covered." + ext)
        start = time.time()
        p = run_galley("book", m, "-o", out)
        one_error(p, f"{cover} {ext}", 9, "m.toml", "line 3:", cover, reason)
        check(time.time() - start < 10, f"{cover} {ext}: refused fast")
        check(not os.path.exists(out), f"{cover} {ext}: no book")
for cover, data in (("good.png", png), ("good.jpg", jpeg)):
    write(os.path.join(bk, cover), data)
    m = write(os.path.join(bk, "m.toml"), f'title = "T"\nlanguage = "en"\ncover = "{cover}"\narticles = ["a.txt"]\n'.encode())
    p = run_galley("book", m, "-o", os.path.join(bk, "good.epub"), "-o", os.path.join(bk, "good.pdf"))
    check(p.returncode == 0, f"{cover}: a whole cover is taken: {p.stderr[-400:]}")

# 6. Batch: every *.txt entry is converted or reported; links do not lead out; report.json is UTF-8.
src = os.path.join(d, "in")
os.makedirs(os.path.join(src, "folder.txt"))
write(os.path.join(src, "good.txt"), open(SAMPLE, "rb").read())
write(os.fsencode(os.path.join(src, "")) + b"caf\xe9.txt", open(SAMPLE, "rb").read())  # a Latin-1 name
os.mkfifo(os.path.join(src, "pipe.txt"))
os.symlink(os.path.join(src, "gone"), os.path.join(src, "dangling.txt"))
os.symlink("/etc/passwd", os.path.join(src, "passwd.txt"))
os.symlink("good.txt", os.path.join(src, "alias.txt"))
out = os.path.join(src, "out")  # an output folder inside the input folder is fine
try:
    # The output names a Latin-1 file: read it as bytes, repaired.
    p = subprocess.run([GALLEY, "batch", src, "-o", out, "--to", "epub", "-j", "2"], capture_output=True,
                       text=True, errors="replace", timeout=300)
except subprocess.TimeoutExpired:
    p = None
    check(False, "batch blocked on a FIFO")
if p:
    check(p.returncode == 1, f"batch reports failures: exit 1 (got {p.returncode}): {p.stderr[-800:]}")
    raw = open(os.path.join(out, "report.json"), "rb").read()
    try:
        report = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        report = {"articles": []}
        check(False, f"report.json is valid UTF-8 JSON: {e}")
    status = {a["name"]: (a["status"], a.get("error", "")) for a in report["articles"]}
    expect = {"folder.txt": "directory", "pipe.txt": "FIFO", "dangling.txt": "dangling symbolic link",
              "passwd.txt": "leads outside"}
    for name, reason in expect.items():
        s = status.get(name, ("missing", ""))
        check(s[0] == "failed" and reason in s[1], f"batch: {name} reported failed ({reason}): {s}")
        check(name in p.stderr, f"batch: {name} named in the output")
    for name in ("good.txt", "alias.txt", "caf\ufffd.txt"):
        check(status.get(name, ("missing",))[0] == "ok", f"batch: {name} converted: {status.get(name)}")
    check(not os.path.exists(os.path.join(out, "passwd.epub")), "batch: /etc/passwd not published")

# 7. Out of memory: its own exit code and one line, not "internal error" (skipped under ASan).
def limited():
    resource.setrlimit(resource.RLIMIT_AS, (160 << 20, 160 << 20))


huge_text = write(os.path.join(d, "huge.txt"), ("A Title\n\n" + ("alpha beta gamma delta epsilon " * 40 + "\n\n") * 12000).encode())
env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
p = subprocess.run([GALLEY, "convert", huge_text, "-o", os.path.join(d, "huge.pdf")], capture_output=True, text=True,
                   env=env, preexec_fn=limited, timeout=600)
if "Sanitizer" in p.stderr:
    print("out-of-memory case skipped: sanitizer build")
elif p.returncode != 0:
    one_error(p, "out of memory", 10, "huge.txt", "out of memory")
else:
    print("out-of-memory case: the conversion fit in 160 MB (nothing to check)")


# 8. kill -9 in the middle of a conversion: no temporary file remains (O_TMPFILE), and with the
#    named fallback the next run in the folder removes what a killed run left.
def hidden(folder):
    return sorted(f for f in os.listdir(folder) if f.startswith("."))


for fallback in ("0", "1"):
    kd = os.path.join(d, "kill" + fallback)
    os.makedirs(kd)
    big_article = write(os.path.join(kd, "big.txt"), open(huge_text, "rb").read())
    e = dict(env, GALLEY_NO_TMPFILE=fallback)
    start = time.time()
    subprocess.run([GALLEY, "convert", big_article, "-o", os.path.join(kd, "full.pdf"), "-q"], env=e, timeout=900)
    whole = time.time() - start
    for i in range(6):
        outs = [os.path.join(kd, "big.pdf"), os.path.join(kd, "big.epub")]
        proc = subprocess.Popen([GALLEY, "convert", big_article, "-o", outs[0], "-o", outs[1], "-q"], env=e)
        time.sleep(whole * (0.5 + 0.1 * i))  # late: while the outputs are being written
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if fallback == "0":
            check(not hidden(kd), f"kill -9 at {0.5 + 0.1 * i:.1f}: no temporary file: {hidden(kd)}")
    # A killed run's file with the fallback's name: the next run removes it, and only its own.
    stale = write(os.path.join(kd, ".big.pdf.galley-tmp.Ab12Cd"), b"left by a killed run")
    keep = write(os.path.join(kd, ".big.pdf.Ab12Cd"), b"not galley's")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    p = subprocess.run([GALLEY, "convert", article, "-o", os.path.join(kd, "small.pdf"), "-q"], env=e, timeout=300,
                       capture_output=True, text=True)
    check(p.returncode == 0, f"the next run converts: {p.stderr[-300:]}")
    check(hidden(kd) == [".big.pdf.Ab12Cd"], f"fallback={fallback}: after the next run only the foreign file remains: {hidden(kd)}")

finish()
