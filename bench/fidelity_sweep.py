#!/usr/bin/env python3
"""Fidelity sweep: every corpus article → PDF with galley, then fidelity.py on it.

fidelity_sweep.py [--galley PATH] [--corpus DIR] [--out DIR] [--jobs N] [--filter SUBSTR]
Prints the worst 25 by max(bag_recall, char_recall) and by in-order recall, the counts below
0.995 (bag/char) and 0.98 (in order), and writes all results to OUT/results.json.
Lines galley reports as dropped (`file:LINE: warning: dropped ...`) are passed as --ignore-line.
Articles under 0.98 in order are measured again on `pdftotext -raw` (content-stream order, no
layout analysis): a high raw recall means the PDF draws the text in order and pdftotext's reading
order heuristics split it (a one-em ideographic space taken for a column gutter; right-to-left
lines on a page it reads left to right), not that words are missing.
"""
import argparse, json, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))


def one(args, path):
    rel = os.path.relpath(path, args.corpus)
    pdf = os.path.join(args.out, rel.replace("/", "__")[:-4] + ".pdf")
    p = subprocess.run([args.galley, "convert", path, "-o", pdf], capture_output=True, text=True)
    if p.returncode != 0:
        return {"article": rel, "error": p.stderr.strip()[-300:]}
    lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    ignore = []
    for m in re.finditer(r":(\d+): warning: dropped", p.stderr):
        n = int(m.group(1))
        if 1 <= n <= len(lines) and lines[n - 1].strip():
            ignore += ["--ignore-line", lines[n - 1]]
    f = subprocess.run([sys.executable, args.fidelity, path, pdf] + ignore, capture_output=True, text=True)
    try:
        r = json.loads(f.stdout)
    except ValueError:
        return {"article": rel, "error": f.stderr.strip()[-300:]}
    r["article"] = rel
    return r


def raw_recall(args, r):
    """In-order recall of the article's words in `pdftotext -raw` output (content order)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(args.fidelity)))
    import fidelity  # noqa: E402 (the measuring tool's own word splitting and alignment)
    pdf = os.path.join(args.out, r["article"].replace("/", "__")[:-4] + ".pdf")
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                          text=True).stdout
    a = fidelity.words(open(os.path.join(args.corpus, r["article"]), encoding="utf-8",
                            errors="replace").read())
    matched, _ = fidelity.align(a, fidelity.words(text))
    return matched / max(1, len(a))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--galley", default=os.path.join(HERE, "..", "build", "src", "app", "galley"))
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--fidelity", default="/work/shared/tools/fidelity.py")
    ap.add_argument("--out", default="/tmp/fidelity_sweep")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--filter", default="")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(args.corpus) for f in fs
                   if f.endswith(".txt") and args.filter in os.path.join(d, f))
    with ThreadPoolExecutor(args.jobs) as ex:
        res = list(ex.map(lambda p: one(args, p), paths))
    json.dump(res, open(os.path.join(args.out, "results.json"), "w"), ensure_ascii=False, indent=1)
    errs = [r for r in res if "error" in r]
    ok = [r for r in res if "error" not in r]
    for r in errs:
        print("ERROR", r["article"], r["error"])
    best = lambda r: max(r["bag_recall"], r["char_recall"])
    print("\nworst 25 by max(bag_recall, char_recall):")
    for r in sorted(ok, key=best)[:25]:
        print(f"  {best(r):.4f} bag={r['bag_recall']:.4f} char={r['char_recall']:.4f} {r['article']}  {r['missing'][:2]}")
    print("\nworst 25 by in-order recall:")
    for r in sorted(ok, key=lambda r: r["recall"])[:25]:
        raw = f" (raw {raw_recall(args, r):.4f})" if r["recall"] < 0.98 else ""
        print(f"  {r['recall']:.4f}{raw} {r['article']}  {r['missing'][:3]}")
    print(f"\narticles: {len(res)}  errors: {len(errs)}  "
          f"bag/char < 0.995: {sum(best(r) < 0.995 for r in ok)}  "
          f"in-order < 0.98: {sum(r['recall'] < 0.98 for r in ok)}")


if __name__ == "__main__":
    main()
