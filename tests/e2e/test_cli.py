"""The command line's conventions (issue 13): `galley FILE -o OUT` as shorthand for convert, `-`
for standard input and output, `galley: error:` before every error, and the man page and shell
completions generated from the option tables. Arguments: the sample article, a Markdown sample and
the build's doc folder (galley.1, completion/galley, completion/_galley)."""
import os
import pty
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

article, markdown, docs = sys.argv[1], sys.argv[2], sys.argv[3]
d = tmpdir()
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")


def run(*args, stdin=None, cwd=None, stdout=subprocess.PIPE):
    """Runs galley with bytes in and out."""
    return subprocess.run([GALLEY, *args], input=stdin, stdout=stdout, stderr=subprocess.PIPE,
                          env=ENV, cwd=cwd, timeout=300)


def same(a, b):
    return open(a, "rb").read() == open(b, "rb").read()


def error_lines(p, what):
    """Every line galley printed on an error starts with `galley: error:`."""
    lines = [l for l in p.stderr.decode().splitlines() if l.strip()]
    check(lines and all(l.startswith("galley: error: ") for l in lines),
          f"{what}: every stderr line starts 'galley: error: ': {lines}")


# 1. Shorthand: galley FILE -o OUT is galley convert FILE -o OUT (global flags may come first).
ref_epub, ref_pdf = os.path.join(d, "ref.epub"), os.path.join(d, "ref.pdf")
p = run("convert", article, "-o", ref_epub)
check(p.returncode == 0, f"convert: {p.stderr[-300:]}")
# Beside its PDF the EPUB marks the PDF's pages (issue 15): a reference of its own.
ref_both = os.path.join(d, "ref-both.epub")
p = run("convert", article, "-o", ref_both, "-o", ref_pdf)
check(p.returncode == 0, f"convert: {p.stderr[-300:]}")
short = os.path.join(d, "short.epub")
p = run(article, "-o", short)
check(p.returncode == 0 and same(short, ref_epub), f"galley FILE -o OUT is convert: {p.stderr[-300:]}")
p = run("-q", article, "-o", short)
check(p.returncode == 0 and same(short, ref_epub) and p.stderr == b"", f"galley -q FILE -o OUT: {p.stderr[-300:]}")
# A file named like a subcommand: ./book (a path) or convert book.
shutil.copy(article, os.path.join(d, "book"))
p = run("./book", "-o", "book1.epub", cwd=d)
check(p.returncode == 0 and os.path.exists(os.path.join(d, "book1.epub")), f"galley ./book converts the file: {p.stderr[-300:]}")
p = run("convert", "book", "-o", "book2.epub", cwd=d)
check(p.returncode == 0 and os.path.exists(os.path.join(d, "book2.epub")), f"galley convert book: {p.stderr[-300:]}")
p = run("book", "-o", "book3.epub", cwd=d)
check(p.returncode == 2, f"galley book ... is the book subcommand (usage error without a manifest), got {p.returncode}")
error_lines(p, "book subcommand without manifest")
# A mistyped subcommand is not taken for a missing file.
p = run("covnert", article, "-o", short)
check(p.returncode == 2 and b"neither a subcommand" in p.stderr, f"typo of a subcommand: {p.returncode} {p.stderr!r}")
error_lines(p, "typo of a subcommand")

# 2. Standard input: "-", named <stdin>, text unless --from says otherwise.
data = open(article, "rb").read()
out = os.path.join(d, "stdin.epub")
p = run("-", "-o", out, stdin=data)
check(p.returncode == 0 and same(out, ref_epub), f"stdin gives the file's EPUB: {p.stderr[-300:]}")
check(b"<stdin>:" in p.stderr, f"warnings name <stdin>: {p.stderr[-300:]!r}")
md_ref, md_out = os.path.join(d, "md.epub"), os.path.join(d, "md-stdin.epub")
run("convert", markdown, "-o", md_ref)
p = run("convert", "-", "--from", "markdown", "-o", md_out, stdin=open(markdown, "rb").read())
check(p.returncode == 0 and same(md_out, md_ref), f"stdin --from markdown: {p.stderr[-300:]}")
p = run("-", "-o", out, stdin=b"")
check(p.returncode == 4 and b"<stdin>" in p.stderr, f"empty stdin: exit 4 naming <stdin>: {p.returncode} {p.stderr!r}")
error_lines(p, "empty stdin")

# 3. Standard output: -o - with --to, the same bytes as the file, nothing else on stdout.
for fmt, ref in (("pdf", ref_pdf), ("epub", ref_epub)):
    p = run(article, "-o", "-", "--to", fmt)
    check(p.returncode == 0 and p.stdout == open(ref, "rb").read(), f"-o - --to {fmt}: the file's bytes ({len(p.stdout)} bytes)")
p = run("-", "-o", "-", "--to", "pdf", "-o", os.path.join(d, "both.epub"), stdin=data)
check(p.returncode == 0 and p.stdout == open(ref_pdf, "rb").read() and same(os.path.join(d, "both.epub"), ref_both),
      "stdin to stdout and a file at once")
p = run(article, "-o", "-")
check(p.returncode == 2 and b"--to" in p.stderr and p.stdout == b"", f"-o - without --to: {p.stderr!r}")
error_lines(p, "-o - without --to")
p = run(article, "-o", short, "--to", "pdf")
check(p.returncode == 2, f"--to without -o -: usage error ({p.returncode})")
master, slave = pty.openpty()
p = run(article, "-o", "-", "--to", "pdf", stdout=slave)
os.close(slave)
os.close(master)
check(p.returncode == 2 and b"terminal" in p.stderr, f"refuses to write a PDF to a terminal: {p.returncode} {p.stderr!r}")
error_lines(p, "stdout is a terminal")

# 4. Error prefix and exit codes: parse errors (2), a missing file (3).
for args, code in ((["convert", article], 2), (["convert", article, "-o", short, "--bogus"], 2),
                   (["convert", article, "-o", short, "--from", "rtf"], 2), ([], 2),
                   (["batch"], 2), ([os.path.join(d, "missing.txt"), "-o", short], 3),
                   (["convert", os.path.join(d, "missing.txt"), "-o", short], 3)):
    p = run(*args)
    check(p.returncode == code, f"galley {' '.join(args)}: exit {code} (got {p.returncode})")
    error_lines(p, f"galley {' '.join(args)}")

# 5. The man page: generated from the tables, renders without a groff warning.
man = run("--help-man").stdout
check(os.path.exists(os.path.join(docs, "galley.1")), "build/doc/galley.1 generated at build time")
if os.path.exists(os.path.join(docs, "galley.1")):
    check(open(os.path.join(docs, "galley.1"), "rb").read() == man, "the built galley.1 is galley --help-man")
g = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z"], input=man, capture_output=True)
check(g.returncode == 0 and g.stderr == b"", f"groff renders galley.1 without warnings: {g.stderr[:400]!r}")
text = subprocess.run(["groff", "-man", "-Tascii", "-P-cbou"], input=man, capture_output=True).stdout.decode()
for word in ("NAME", "SYNOPSIS", "EXIT STATUS", "convert", "batch", "--style", "--output", "SOURCE_DATE_EPOCH", "<stdin>"):
    check(word in text, f"the man page mentions {word}")
for code in ("0", "2", "3", "70"):
    check(re.search(r"^\s+" + code + r"\s", text, re.M), f"the man page lists exit code {code}")
# Every option of every subcommand's --help is in the man page.
for sub in ("convert", "batch", "book"):
    helptext = run(sub, "--help").stdout.decode()
    for opt in set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", helptext)):
        check(opt in text, f"man page lists {sub} {opt}")

# 6. Completions: bash parses, offers subcommands and options; zsh parses.
bash = run("--completion", "bash").stdout
zsh = run("--completion", "zsh").stdout
for name, body in (("galley", bash), ("_galley", zsh)):
    built = os.path.join(docs, "completion", name)
    check(os.path.exists(built) and open(built, "rb").read() == body, f"the built completion/{name} is current")
comp = os.path.join(d, "galley.bash")
open(comp, "wb").write(bash)
r = subprocess.run(["bash", "-n", comp], capture_output=True, text=True)
check(r.returncode == 0, f"bash -n: {r.stderr}")


def complete(*words):
    """What the bash completion offers for `galley WORDS...` (the last word being completed)."""
    script = (f"source {comp}\nCOMP_WORDS=({' '.join(repr(w) for w in (GALLEY, *words))})\n"
              f"COMP_CWORD={len(words)}\n_galley\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n")
    r = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=d)
    check(r.returncode == 0, f"completion of {words}: {r.stderr}")
    return r.stdout.split()


check("convert" in complete("con"), f"'galley con' offers convert: {complete('con')}")
check(set(complete("")) >= {"convert", "batch", "book", "styles"}, "'galley ' offers every subcommand")
check("--style" in complete("convert", "a.txt", "--st"), f"convert offers --style: {complete('convert', 'a.txt', '--st')}")
check("--style" in complete("a.txt", "--st"), "the shorthand offers convert's --style")
check("--force" in complete("batch", "in", "--f"), "batch offers --force")
check(set(complete("convert", "a.txt", "--from", "")) == {"text", "markdown"}, "--from offers text and markdown")
check(set(complete("a.txt", "-o", "-", "--to", "")) == {"epub", "pdf"}, "--to offers epub and pdf")
check("classic" in complete("convert", "a.txt", "--style", ""), "--style offers the built-in styles")
check("book1.epub" in complete("convert", "a.txt", "-o", "boo"), "-o offers files")
# Every option convert --help lists is offered.
offered = set(complete("convert", "a.txt", "-"))
for opt in set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", run("convert", "--help").stdout.decode())):
    check(opt in offered, f"convert completion offers {opt}")
if shutil.which("zsh"):
    zcomp = os.path.join(d, "_galley")
    open(zcomp, "wb").write(zsh)
    r = subprocess.run(["zsh", "-n", zcomp], capture_output=True, text=True)
    check(r.returncode == 0, f"zsh -n _galley: {r.stderr}")
else:
    print("zsh not installed: zsh -n skipped")

finish()
