#!/usr/bin/env python3
"""Visible text of an HTML/XHTML page, one block per line (for tests/read/real).

Block elements (p, div, h1-h6, li, tr, figcaption, br, ...) end a line; script, style, head,
template, noscript and svg are dropped; runs of white space inside a block collapse to one
space; empty lines are left out. Usage: extract_text.py PAGE.html > PAGE.txt
"""
import re
import sys
from html.parser import HTMLParser

BLOCKS = {"address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div", "dl",
          "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
          "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
          "td", "th", "tr", "ul", "caption", "option", "button", "label", "title"}
HIDDEN = {"script", "style", "head", "template", "noscript", "svg", "iframe", "select"}


class Extractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.lines = [""]

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.lines.append("")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCKS:
            self.lines.append("")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.lines.append("")

    def handle_data(self, data):
        if not self.hidden:
            self.lines[-1] += data


def extract(html):
    p = Extractor()
    p.feed(html)
    p.close()
    out = []
    for line in p.lines:
        line = re.sub(r"[ \t\r\n\f\u00a0]+", " ", line).strip()
        if line:
            out.append(line)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
        sys.stdout.write(extract(f.read()))
