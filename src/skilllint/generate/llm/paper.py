"""A paper's text from a text, Markdown or HTML file (arXiv HTML keeps headings and paragraphs)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_SKIPPED = {"script", "style", "nav", "header", "footer", "noscript", "svg", "button"}
_BREAKS = {"p", "div", "section", "article", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6",
           "figcaption", "caption", "table", "blockquote", "pre", "dt", "dd"}


class PaperError(Exception):
    pass


def read_paper(path: str | Path) -> str:
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError as exc:
        raise PaperError(f"{path}: cannot read the paper: {exc.strerror or exc}") from None
    if path.suffix.lower() in _HTML_SUFFIXES or re.match(r"\s*(<!doctype html|<html)", text, re.IGNORECASE):
        text = html_to_text(text)
    if not text.strip():
        raise PaperError(f"{path}: the paper has no text")
    return text.strip()


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BREAKS:
            self.parts.append("\n")
            if tag[0] == "h" and tag[1:].isdigit():
                self.parts.append("#" * int(tag[1]) + " ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)
