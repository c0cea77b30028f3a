"""The EPUB and the PDF of one article say the same things about it (issue 13: one presentation
layer). For every article of the corpus (every .txt and .md under it; SOURCES.md and other
upper-case notes are not articles) both outputs are made with `galley batch` and read back:

- metadata: the OPF's dc:title, dc:creator, dc:date, dc:identifier and dc:language against the
  PDF's XMP packet (`pdfinfo -meta`) and Info /Title;
- the title block: the lines of the EPUB's title page (title, subtitle, byline, publisher,
  dateline, date) must all be on the PDF's first page (`pdftotext -f 1 -l 1`), in the same order.

A second folder holds copies of a few articles of several languages with sidecars that give one,
two or three authors, a date and an identifier, so localised bylines ("Von A und B", "A、B") and
a given identifier are compared too; one more article gets its identifier from --meta."""
import concurrent.futures
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

CORPUS = os.path.join(SHARED, "corpus")
DC = "{http://purl.org/dc/elements/1.1/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def is_article(name):
    """.txt / .md files that are not notes about the corpus (SOURCES.md, README.md...)."""
    stem, ext = os.path.splitext(name)
    return ext in (".txt", ".md", ".markdown") and not stem.isupper()


BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def squeeze(s):
    """`s` without white space (PDF lines break where the EPUB's do not) and without the bidi
    embedding marks pdftotext puts around right-to-left lines."""
    return "".join(BIDI_CONTROLS.sub("", s).split())


def epub_facts(path):
    """(metadata dict, [(class, text)] of the title page) of an EPUB."""
    z = zipfile.ZipFile(path)
    opf = ET.fromstring(opf_of(path))
    meta = opf.find("{http://www.idpf.org/2007/opf}metadata")

    def texts(tag):
        return [" ".join((e.text or "").split()) for e in meta.findall(DC + tag)]

    facts = {"title": texts("title"), "creator": texts("creator"), "date": texts("date"),
             "identifier": texts("identifier"), "language": texts("language")}
    page = ET.fromstring(z.read("EPUB/title.xhtml"))
    section = page.find(f".//{XHTML}section")
    lines = [(e.get("class"), " ".join("".join(e.itertext()).split())) for e in section]
    return facts, lines


def pdf_facts(path):
    """(metadata dict from the XMP packet and Info, text of page 1) of a PDF."""
    rc, xmp = pdf_tool("pdfinfo", "-meta", path)
    facts = {}
    try:
        root = ET.fromstring(xmp[xmp.index("<x:xmpmeta"):xmp.rindex("</x:xmpmeta>") + 12])
        desc = root.find(f".//{RDF}Description")
        for tag in ("title", "creator", "date", "identifier", "language"):
            e = desc.find(DC + tag)
            facts[tag] = [] if e is None else [" ".join((li.text or "").split())
                                               for li in e.iter(RDF + "li")] or [e.text or ""]
    except (ValueError, ET.ParseError) as err:
        check(False, f"{path}: no readable XMP packet ({err}): {xmp[-300:]}")
    rc, info = pdf_tool("pdfinfo", path)
    m = re.search(r"^Title:\s*(.*)$", info, re.M)
    facts["info_title"] = [m.group(1).strip()] if m else []
    rc, page1 = pdf_tool("pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", path, "-")
    return facts, page1


def compare(name, epub, pdf):
    """Checks that the two outputs of one article agree; returns its title block lines."""
    (ef, lines), (pf, page1) = epub_facts(epub), pdf_facts(pdf)
    for key in ("title", "creator", "date", "identifier", "language"):
        check(ef[key] == pf.get(key), f"{name}: dc:{key} differs: EPUB {ef[key]} PDF {pf.get(key)}")
    check(ef["title"] == pf["info_title"], f"{name}: Info /Title {pf['info_title']} != {ef['title']}")
    check(len(ef["identifier"]) == 1 and ef["identifier"][0], f"{name}: no identifier")
    check(lines and lines[0][0] == "title", f"{name}: the title page does not open with the title")
    # Every line of the EPUB's title page on the PDF's first page, in the same order.
    text, at = squeeze(page1), 0
    for cls, line in lines:
        found = text.find(squeeze(line), at)
        if not check(found >= 0, f"{name}: {cls} '{line}' not on PDF page 1 after offset {at}: "
                                 f"{page1[:300]!r}"):
            break
        at = found + len(squeeze(line))
    return lines


def convert_folder(folder, out):
    p = run_galley("batch", "-q", folder, "-o", out, "--to", "epub,pdf", "-j", "2", timeout=600)
    check(p.returncode == 0, f"batch {folder}: exit {p.returncode}: {p.stderr[-800:]}")


work = tmpdir()
pairs = []  # (name, epub, pdf)
folders = sorted(d for d in os.listdir(CORPUS) if os.path.isdir(os.path.join(CORPUS, d)))
for sub in folders:
    names = sorted(f for f in os.listdir(os.path.join(CORPUS, sub)) if is_article(f))
    if not names:
        continue
    out = os.path.join(work, "out", sub)
    convert_folder(os.path.join(CORPUS, sub), out)
    for f in names:
        stem = os.path.splitext(f)[0]
        pairs.append((f"{sub}/{f}", os.path.join(out, stem + ".epub"), os.path.join(out, stem + ".pdf")))
check(len(pairs) >= 300, f"at least 300 corpus articles (found {len(pairs)})")

# Articles with stated authors (1, 2, 3), a date and an identifier, in several languages.
STATED = [
    ("news/gv-de-2019-nicaragua-ein-jahr-voller-proteste.txt", ["Anna Schmidt", "Bernd Müller"],
     "Von Anna Schmidt und Bernd Müller"),
    ("intl/wikipedia-ja-413.txt", ["山田太郎", "鈴木花子", "佐藤一郎"], "山田太郎、鈴木花子、佐藤一郎"),
    ("intl/udhr-fra.txt", ["Marie Curie", "Paul Langevin"], "Par Marie Curie et Paul Langevin"),
    ("intl/udhr-rus.txt", ["Анна Петрова"], "Анна Петрова"),
    ("en/web-mozilla-1-article.txt", ["Ann Author", "Ben Writer", "Cy Editor"],
     "By Ann Author, Ben Writer and Cy Editor"),
    ("intl/udhr-arb.txt", ["أحمد علي", "محمد حسن"], "أحمد علي ومحمد حسن"),
]
stated = os.path.join(work, "stated")
os.makedirs(stated)
expected_byline = {}
for k, (rel, authors, byline) in enumerate(STATED):
    base = os.path.basename(rel)
    shutil.copy(os.path.join(CORPUS, rel), os.path.join(stated, base))
    with open(os.path.join(stated, os.path.splitext(base)[0] + ".toml"), "w", encoding="utf-8") as f:
        f.write("authors = [" + ", ".join(toml_string(a) for a in authors) + "]\n")
        f.write(f'identifier = "urn:galley-test:stated-{k}"\ndate = "2020-0{k + 1}-1{k}"\n')
    expected_byline[base] = (byline, f"urn:galley-test:stated-{k}", authors)
convert_folder(stated, os.path.join(work, "out", "stated"))
for base in expected_byline:
    stem = os.path.splitext(base)[0]
    pairs.append((f"stated/{base}", os.path.join(work, "out", "stated", stem + ".epub"),
                  os.path.join(work, "out", "stated", stem + ".pdf")))

# --meta identifier=… on the command line reaches both outputs.
meta_epub, meta_pdf = os.path.join(work, "meta.epub"), os.path.join(work, "meta.pdf")
p = run_galley("convert", "-q", os.path.join(CORPUS, "intl", "udhr-deu_1996.txt"), "-o", meta_epub,
               "-o", meta_pdf, "--meta", "identifier=urn:isbn:9783161484100", "--meta",
               "author=Erika Mustermann")
check(p.returncode == 0, f"convert --meta: {p.stderr[-500:]}")
pairs.append(("meta/udhr-deu_1996.txt", meta_epub, meta_pdf))


def one(pair):
    name, epub, pdf = pair
    if not (check(os.path.exists(epub), f"{name}: no EPUB") and check(os.path.exists(pdf), f"{name}: no PDF")):
        return name, [], {}
    lines = compare(name, epub, pdf)
    return name, lines, epub_facts(epub)[0]


with concurrent.futures.ThreadPoolExecutor(4) as pool:
    results = {name: (lines, facts) for name, lines, facts in pool.map(one, pairs)}

for base, (byline, identifier, authors) in expected_byline.items():
    lines, facts = results[f"stated/{base}"]
    check(("byline", byline) in lines, f"stated/{base}: byline {byline!r} not in {lines}")
    check(facts.get("identifier") == [identifier], f"stated/{base}: identifier {facts.get('identifier')}")
    check(facts.get("creator") == authors, f"stated/{base}: creators {facts.get('creator')}")
lines, facts = results["meta/udhr-deu_1996.txt"]
check(facts.get("identifier") == ["urn:isbn:9783161484100"], f"--meta identifier: {facts.get('identifier')}")
check(("byline", "Von Erika Mustermann") in lines, f"--meta author: {lines}")

# Show two title blocks as both outputs give them (for the record of a run).
for name in ("stated/gv-de-2019-nicaragua-ein-jahr-voller-proteste.txt", "stated/wikipedia-ja-413.txt"):
    print(name, "->", " | ".join(t for _, t in results[name][0]))
print(f"{len(pairs)} articles compared")
finish()
