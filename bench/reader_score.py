#!/usr/bin/env python3
"""Scores galley's reader on the development set of real articles (tests/read/real, issue 10).

Each ID.txt is converted to EPUB (in parallel, in a temporary folder); the OPF metadata
(dc:title, dc:creator, dc:language, dc:date), the body's section headings (h2-h6; the title's
h1 is not a section heading), the body text and the `file:line: warning: dropped ...` diagnostics
are compared with the hand-written label ID.toml:

  source, licence     where the text comes from and its licence (tests/read/real/SOURCES.md lists all)
  split               "heldout" when the first hex digit of sha1(ID) is 0-5, else "tune" (checked here)
  wave                optional: the collection wave that added the article (6 = the articles added after
                      the reader rules of session 5, which nobody tuned on when they were labelled)
  title, authors, date, lang   the expected metadata (date "" when the text states none; title ""
                      when the text has no headline: then a short fallback title of at most 80
                      characters that is not a whole line of the text counts as right)
  headings            the exact text of every section heading line of the body (not the title)
  furniture           the exact text of every line a careful editor would drop (navigation, share
                      widgets, teasers, credits of absent images, footers, shortcodes ...)

Figures per split (tune / heldout, and all):

  title      share of articles whose dc:title equals the label's title
  authors    share whose dc:creator set equals the label's authors ([] = no dc:creator)
  language   share whose dc:language primary subtag equals the label's lang
  date       share whose dc:date (first 10 characters) equals the label's date, over labelled dates
  heading P/R  precision and recall of the section headings (pooled multiset matches)
  furniture  share of labelled furniture lines absent from the output (reported dropped by line
             number, or their text nowhere in the EPUB body)
  lost       number of non-furniture input lines (front matter and markup aside) of real prose (>= 6 words, or >= 15 characters
             of CJK/Thai text) whose word trigrams mostly (< 90 %) do not reach the EPUB
             (body text plus the title, creator, description and subject metadata); the byline
             and date lines are not counted
  only-furniture  share of articles with >= 3 furniture lines whose furniture alone, as a text of
             its own, galley refuses (non-zero exit and no book) -- a text of only furniture is not
             a book

Lines and labels are compared after Unicode NFKC, whitespace collapsing and quote/dash folding
(straight and curly quotes are equal; hyphen, en and em dash are equal). Markdown heading marks
('## ') in front of a heading and a '{#anchor}' after it are not part of it.

--verbose lists per-article mismatches (expected vs got) for the tune split only, unless
--split heldout is asked for explicitly (the held-out part is for measuring, not for reading).
--wave N keeps only the articles whose label says wave = N (e.g. figures on exactly the articles
added in one wave); it cannot be combined with --record or --check.
--record writes the figures to the given JSON (default bench/reader_score.json); --check FILE exits
1 when any figure is below the recorded one (content lost: above it).
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REAL = os.path.join(ROOT, "tests", "read", "real")
DEFAULT_JSON = os.path.join(ROOT, "bench", "reader_score.json")

# Quote and dash folding (DEVSET-FORMAT.md): every quotation mark to ", every apostrophe-like
# mark to ', every hyphen/dash to -.
_FOLD = {}
for ch in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02":
    _FOLD[ord(ch)] = '"'
for ch in "\u2018\u2019\u201a\u201b\u2039\u203a\u2032\u02bc`\u00b4":
    _FOLD[ord(ch)] = "'"
for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d":
    _FOLD[ord(ch)] = "-"
_FOLD[0x00A0] = " "
_FOLD[0x202F] = " "
_FOLD[0x2009] = " "
_FOLD[0x200B] = None
_FOLD[0x00AD] = None
_FOLD[0xFEFF] = None


def norm(s):
    """NFKC, quote/dash folding, whitespace collapsed, trimmed."""
    s = unicodedata.normalize("NFKC", s or "").translate(_FOLD)
    return re.sub(r"\s+", " ", s).strip()


def norm_heading(s):
    """A heading line without Markdown marks ('## Title ##') or its emphasis stars."""
    s = norm(s)
    s = re.sub(r"^#{1,6}\s+", "", s)
    s = re.sub(r"\s+#+$", "", s)
    s = re.sub(r"\s*\{#[^}]*\}$", "", s)  # a Hugo/pandoc heading anchor
    m = re.fullmatch(r"(\*\*|__)(.+)\1", s)
    return (m.group(2) if m else s).strip()


def _is_cjk(ch):
    o = ord(ch)
    return (0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x2FFFF or 0x0E00 <= o <= 0x0E7F or 0x3040 <= o <= 0x30FF
            or 0x0E80 <= o <= 0x0EFF or 0x1000 <= o <= 0x109F or 0x1780 <= o <= 0x17FF)


def tokens(s):
    """Words of a normalised, case-folded text; CJK, kana, Hangul, Thai, Lao, Khmer, Myanmar
    characters count one each (those scripts do not separate words by spaces)."""
    out = []
    for w in re.findall(r"\w+", norm(s).casefold()):
        if any(_is_cjk(c) for c in w):
            buf = ""
            for c in w:
                if _is_cjk(c):
                    if buf:
                        out.append(buf)
                        buf = ""
                    out.append(c)
                else:
                    buf += c
            if buf:
                out.append(buf)
        else:
            out.append(w)
    return out


def is_prose(line):
    """A line of real prose: >= 6 words, or >= 15 characters of CJK/Thai-type script."""
    t = norm(line)
    cjk = sum(1 for c in t if _is_cjk(c))
    if cjk >= 15:
        return True
    return len(re.findall(r"\w+", t)) >= 6 and cjk < 6


def markup_free(line):
    """A line without the markup a reader is expected to remove: Markdown link targets, image
    references, HTML tags and static-site shortcodes (their words do not belong to the text)."""
    line = re.sub(r"\{\{[<%].*?[>%]\}\}", " ", line)
    line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"\]\((?:[^()]|\([^)]*\))*\)", "]", line)
    line = re.sub(r"</?[A-Za-z][^>]*>", " ", line)
    return line


def front_matter(lines):
    """Line indexes of a leading YAML (---) or TOML (+++) front-matter block."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return set()
    fence = lines[0].strip()
    for i in range(1, len(lines)):
        if lines[i].strip() == fence or (fence == "---" and lines[i].strip() == "..."):
            return set(range(i + 1))
    return set()


def trigrams(toks):
    return [tuple(toks[i:i + 3]) for i in range(max(0, len(toks) - 2))] if len(toks) >= 3 else [tuple(toks)]


def split_of(article_id):
    """The split computed from the ID (DEVSET-FORMAT.md)."""
    return "heldout" if hashlib.sha1(article_id.encode()).hexdigest()[0] in "012345" else "tune"


class _Body(HTMLParser):
    """The text of an XHTML body, its headings by level, and its block texts."""
    BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "th",
              "dt", "dd", "figcaption", "br", "hr", "section", "header", "footer", "ul", "ol", "tr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_body = False
        self.skip = 0
        self.text = []
        self.heading = None
        self.headings = []  # (level, text)

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag == "body":
            self.in_body = True
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in self.BLOCKS:
            self.text.append("\n")
        if re.fullmatch(r"h[1-6]", tag):
            self.heading = (int(tag[1]), [])

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        if tag in self.BLOCKS:
            self.text.append("\n")
        if re.fullmatch(r"h[1-6]", tag) and self.heading:
            self.headings.append((self.heading[0], norm("".join(self.heading[1]))))
            self.heading = None

    def handle_data(self, data):
        if not self.in_body or self.skip:
            return
        self.text.append(data)
        if self.heading:
            self.heading[1].append(data)


def read_epub(path):
    """OPF metadata and body of an EPUB: dict(title, creators, language, date, headings, text)."""
    z = zipfile.ZipFile(path)
    container = ET.fromstring(z.read("META-INF/container.xml"))
    opf_path = container.find(".//{*}rootfile").get("full-path")
    opf = ET.fromstring(z.read(opf_path))
    md = opf.find("{*}metadata")
    dc = "{http://purl.org/dc/elements/1.1/}"
    title = [e.text or "" for e in md.findall(dc + "title")]
    creators = [norm(e.text or "") for e in md.findall(dc + "creator")]
    lang = [e.text or "" for e in md.findall(dc + "language")]
    date = [e.text or "" for e in md.findall(dc + "date")]
    described = [norm(e.text or "") for tag in ("description", "subject") for e in md.findall(dc + tag)]
    base = os.path.dirname(opf_path)
    items = {i.get("id"): i for i in opf.find("{*}manifest")}
    headings, text = [], []
    for ref in opf.find("{*}spine"):
        item = items.get(ref.get("idref"))
        if item is None or "html" not in (item.get("media-type") or ""):
            continue
        if "nav" in (item.get("properties") or ""):
            continue
        href = os.path.normpath(os.path.join(base, item.get("href"))).replace(os.sep, "/")
        p = _Body()
        p.feed(z.read(href).decode("utf-8"))
        headings += p.headings
        text.append("".join(p.text))
    return {"title": norm(title[0]) if title else "", "creators": [c for c in creators if c],
            "language": (lang[0] if lang else "").strip(), "date": (date[0] if date else "").strip(),
            "headings": headings, "text": "\n".join(text), "described": described}


def load_articles():
    """Every ID.txt with its label, sorted by ID."""
    arts = []
    for name in sorted(os.listdir(REAL)):
        if not name.endswith(".txt"):
            continue
        aid = name[:-4]
        toml_path = os.path.join(REAL, aid + ".toml")
        if not os.path.exists(toml_path):
            print(f"warning: {aid}.txt has no label {aid}.toml", file=sys.stderr)
            continue
        with open(toml_path, "rb") as f:
            label = tomllib.load(f)
        with open(os.path.join(REAL, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if split_of(aid) != label.get("split"):
            print(f"warning: {aid}: label split '{label.get('split')}' is not the computed '{split_of(aid)}'",
                  file=sys.stderr)
        arts.append({"id": aid, "path": os.path.join(REAL, name), "label": label, "lines": lines,
                     "split": split_of(aid)})
    return arts


def run_one(galley, art, tmp):
    """Converts one article; returns (epub dict or None, dropped line numbers, stderr, exit code)."""
    # A copy in a folder of its own: galley reads a sidecar ID.toml beside an article, and the
    # label beside the original must not be read as one.
    folder = os.path.join(tmp, art["id"])
    os.makedirs(folder, exist_ok=True)
    src = os.path.join(folder, art["id"] + ".txt")
    shutil.copyfile(art["path"], src)
    out = os.path.join(folder, art["id"] + ".epub")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    p = subprocess.run([galley, "convert", src, "-o", out], capture_output=True, text=True,
                       env=env, timeout=300)
    dropped = {int(n) for n in re.findall(r":(\d+): warning: dropped", p.stderr)}
    book = read_epub(out) if p.returncode == 0 and os.path.exists(out) else None
    return book, dropped, p.stderr, p.returncode


def run_furniture_only(galley, art, tmp):
    """Converts a text made of the article's furniture lines alone; True when galley refuses it."""
    src = os.path.join(tmp, art["id"] + "-furniture", "furniture.txt")
    os.makedirs(os.path.dirname(src), exist_ok=True)
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(art["lines"][i] for i in art["furniture_lines"]) + "\n")
    out = os.path.join(os.path.dirname(src), "furniture.epub")
    p = subprocess.run([galley, "convert", src, "-o", out], capture_output=True, text=True,
                       env=dict(os.environ, SOURCE_DATE_EPOCH="1700000000"), timeout=300)
    return p.returncode != 0 and not os.path.exists(out)


def score_article(art, book, dropped, rc):
    """Per-article comparison: a dict of counts and the mismatch messages."""
    lab = art["label"]
    lines = art["lines"]
    r = {"mismatch": [], "lost_lines": []}
    furn = {norm(x) for x in lab.get("furniture", [])}
    nlines = [norm(x) for x in lines]
    art["furniture_lines"] = [i for i, t in enumerate(nlines) if t and t in furn]
    for x in lab.get("furniture", []):
        if norm(x) not in nlines:
            r["mismatch"].append(f"LABEL furniture line not in the text: {x!r}")
    exp_head = [norm_heading(h) for h in lab.get("headings", [])]
    nheads_in = {norm_heading(t) for t in nlines}
    for h in exp_head:
        if h not in nheads_in:
            r["mismatch"].append(f"LABEL heading not a line of the text: {h!r}")
    if book is None:
        r["mismatch"].append(f"galley failed (exit {rc})")
        book = {"title": "", "creators": [], "language": "", "date": "", "headings": [], "text": ""}
    # Title, authors, language, date.
    exp_title = norm(lab.get("title", ""))
    if exp_title:
        r["title"] = exp_title == book["title"]
    else:
        # No headline in the text: a short fallback (the file name in words, the first sentence cut
        # at a word boundary) is right; a whole line of the text promoted to the title is not.
        r["title"] = 0 < len(book["title"]) <= 80 and book["title"] not in nlines
    if not r["title"]:
        want = exp_title or "(no headline: a short fallback that is not a line of the text)"
        r["mismatch"].append(f"title: expected {want!r} got {book['title']!r}")
    exp_auth = sorted({norm(a) for a in lab.get("authors", [])})
    got_auth = sorted(set(book["creators"]))
    r["authors"] = exp_auth == got_auth
    if not r["authors"]:
        r["mismatch"].append(f"authors: expected {exp_auth} got {got_auth}")
    exp_lang = lab.get("lang", "").split("-")[0].lower()
    got_lang = book["language"].split("-")[0].lower()
    r["language"] = exp_lang == got_lang
    if not r["language"]:
        r["mismatch"].append(f"language: expected {exp_lang!r} got {book['language']!r}")
    exp_date = lab.get("date", "")
    r["date"] = None
    if exp_date:
        r["date"] = book["date"][:10] == exp_date
        if not r["date"]:
            r["mismatch"].append(f"date: expected {exp_date!r} got {book['date']!r}")
    # Headings: pooled multiset matching (the title's h1 is not a section heading).
    got_head = [norm_heading(t) for lvl, t in book["headings"] if lvl >= 2]
    pool = list(exp_head)
    matched = 0
    false_pos = []
    for h in got_head:
        if h in pool:
            pool.remove(h)
            matched += 1
        else:
            false_pos.append(h)
    r["head_matched"], r["head_got"], r["head_exp"] = matched, len(got_head), len(exp_head)
    for h in false_pos:
        r["mismatch"].append(f"heading not expected: {h!r}")
    for h in pool:
        r["mismatch"].append(f"heading missed: {h!r}")
    # Furniture: reported dropped by line number, or the text nowhere in the body.
    body = norm(book["text"])
    body_cf = body.casefold()
    fl = art["furniture_lines"]
    gone = 0
    for i in fl:
        if (i + 1) in dropped or nlines[i].casefold() not in body_cf:
            gone += 1
        else:
            r["mismatch"].append(f"furniture kept (line {i + 1}): {lines[i].strip()!r}")
    r["furn_total"], r["furn_gone"] = len(fl), gone
    # Content lost: prose lines whose word trigrams mostly do not reach the book.
    reach = tokens(book["text"]) + ["\x00"] + tokens(book["title"])
    for c in book["creators"] + book.get("described", []):
        reach += ["\x00"] + tokens(c)
    grams = set(trigrams(reach))
    authors = [norm(a).casefold() for a in lab.get("authors", [])]
    title_n = norm(lab.get("title", ""))
    skip = set(fl) | front_matter(lines)
    for i, line in enumerate(lines):
        t = norm(markup_free(lines[i]))
        if not t or i in skip or not is_prose(t) or t == title_n:
            continue
        words = len(re.findall(r"\w+", t))
        if words <= 15 and any(a and a in t.casefold() for a in authors):
            continue  # the byline line
        # The line as written or without its markup, whichever reaches the book better (a reader
        # may keep a Markdown link as it is or keep only its text).
        share = 0.0
        for variant in (t, nlines[i]):
            tg = trigrams(tokens(variant))
            share = max(share, sum(1 for g in tg if g in grams) / max(1, len(tg)))
        if share < 0.9:
            r["lost_lines"].append((i + 1, line.strip(), share))
    for n, line, share in r["lost_lines"]:
        r["mismatch"].append(f"content lost (line {n}, {share:.0%} reached): {line[:120]!r}")
    return r


def figures(results, only_furn):
    """The figures of one split from its per-article results."""
    n = len(results)
    if n == 0:
        return None
    dated = [r for r in results if r["date"] is not None]
    hm = sum(r["head_matched"] for r in results)
    hg = sum(r["head_got"] for r in results)
    he = sum(r["head_exp"] for r in results)
    ft = sum(r["furn_total"] for r in results)
    fg = sum(r["furn_gone"] for r in results)
    return {
        "articles": n,
        "title": round(sum(r["title"] for r in results) / n, 4),
        "authors": round(sum(r["authors"] for r in results) / n, 4),
        "language": round(sum(r["language"] for r in results) / n, 4),
        "date": round(sum(r["date"] for r in dated) / len(dated), 4) if dated else 1.0,
        "heading_precision": round(hm / hg, 4) if hg else 1.0,
        "heading_recall": round(hm / he, 4) if he else 1.0,
        "furniture_dropped": round(fg / ft, 4) if ft else 1.0,
        "content_lost": sum(len(r["lost_lines"]) for r in results),
        "only_furniture_refused": round(sum(only_furn) / len(only_furn), 4) if only_furn else 1.0,
    }


def show(name, f, counts):
    if f is None:
        print(f"{name:8} (no articles)")
        return
    print(f"{name:8} {f['articles']:3} articles | title {f['title']:.0%}  authors {f['authors']:.0%}  "
          f"language {f['language']:.0%}  date {f['date']:.0%} ({counts['dated']} dated) | headings P "
          f"{f['heading_precision']:.2f} R {f['heading_recall']:.2f} ({counts['hexp']} labelled) | "
          f"furniture dropped {f['furniture_dropped']:.0%} ({counts['furn']} lines) | content lost "
          f"{f['content_lost']} | only-furniture refused {f['only_furniture_refused']:.0%} "
          f"({counts['of']} texts)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--galley", default=os.environ.get("GALLEY_BIN",
                                                        os.path.join(ROOT, "build", "galley")))
    ap.add_argument("--split", choices=["tune", "heldout", "all"], default="all")
    ap.add_argument("--wave", type=int, metavar="N", help="only the articles labelled wave = N")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--check", metavar="JSON", help="exit 1 when a figure is below the recorded one")
    ap.add_argument("--record", nargs="?", const=DEFAULT_JSON, metavar="JSON",
                    help="write the figures (default bench/reader_score.json)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    if not os.path.exists(args.galley):
        sys.exit(f"galley binary not found: {args.galley} (build it, or pass --galley)")

    if args.wave is not None and (args.record or args.check):
        sys.exit("--wave selects a subset; --record and --check need the whole set")
    arts = load_articles()
    if args.split != "all":
        arts = [a for a in arts if a["split"] == args.split]
    if args.wave is not None:
        arts = [a for a in arts if a["label"].get("wave") == args.wave]
    if not arts:
        sys.exit("no labelled articles in " + REAL)
    with tempfile.TemporaryDirectory() as tmp, concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        runs = list(ex.map(lambda a: run_one(args.galley, a, tmp), arts))
        results = {}
        for a, (book, dropped, err, rc) in zip(arts, runs):
            results[a["id"]] = score_article(a, book, dropped, rc)
        of_arts = [a for a in arts if len(a["furniture_lines"]) >= 3]
        of = dict(zip([a["id"] for a in of_arts], ex.map(lambda a: run_furniture_only(args.galley, a, tmp), of_arts)))

    splits = ["tune", "heldout"] if args.split == "all" else [args.split]
    figs = {}
    for s in splits + (["all"] if args.split == "all" else []):
        sel = [a for a in arts if s == "all" or a["split"] == s]
        res = [results[a["id"]] for a in sel]
        ofs = [of[a["id"]] for a in sel if a["id"] in of]
        figs[s] = figures(res, ofs)
        counts = {"dated": sum(1 for r in res if r["date"] is not None), "hexp": sum(r["head_exp"] for r in res),
                  "furn": sum(r["furn_total"] for r in res), "of": len(ofs)}
        show(s, figs[s], counts)

    if args.verbose:
        shown = ["heldout"] if args.split == "heldout" else ["tune"]
        for a in arts:
            if a["split"] not in shown:
                continue
            r = results[a["id"]]
            refused = of.get(a["id"])
            msgs = r["mismatch"] + ([] if refused in (None, True) else ["furniture-only text was not refused"])
            if msgs:
                print(f"\n== {a['id']} ({a['split']})")
                for m in msgs:
                    print("   " + m)

    status = 0
    if args.check:
        with open(args.check, encoding="utf-8") as f:
            recorded = json.load(f)
        for s, rec in recorded.items():
            cur = figs.get(s)
            if cur is None or not isinstance(rec, dict):
                continue
            if cur["articles"] != rec.get("articles"):
                print(f"note: {s}: {cur['articles']} articles, {rec.get('articles')} when recorded")
            for k, v in rec.items():
                if k == "articles" or k not in cur:
                    continue
                worse = cur[k] > v if k == "content_lost" else cur[k] < v - 1e-9
                if worse:
                    print(f"REGRESSION {s} {k}: {cur[k]} (recorded {v})")
                    status = 1
        print("check: " + ("FAILED" if status else "no figure below the recorded ones"))
    if args.record:
        if args.split != "all":
            sys.exit("--record needs --split all (it records every split)")
        with open(args.record, "w", encoding="utf-8") as f:
            json.dump(figs, f, indent=2, sort_keys=True)
            f.write("\n")
        print(f"recorded to {args.record}")
    return status


if __name__ == "__main__":
    sys.exit(main())
