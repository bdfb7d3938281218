"""The arXiv references a SkillDocument makes, with their lines and columns.

``document_references(doc) -> list[DocReference]`` finds, in file order:

- the frontmatter ``url`` value (``source="frontmatter-url"``);
- labelled lines ``ARXIV:``, ``URL:`` and ``Paper:`` anywhere in the body, code blocks included
  (the guide's templates put them in fences), also as list items or in bold
  (``source="arxiv-line"``, ``"url-line"``, ``"paper-line"``); on ``ARXIV:`` and ``Paper:`` lines a
  bare identifier counts (``Paper: Title (2508.04700)``);
- every other ``arXiv:ID`` citation and arxiv.org link, in the frontmatter or the body
  (``source="body"`` or ``"frontmatter"``).

References from the first three sources are meant to name the skill's own paper
(``names_paper``). ``paper_title(doc)`` gives the title the skill claims for its paper: the
frontmatter ``title``, else the text of a ``PAPER:``/``Paper:`` line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from skilllint.arxiv.ids import Reference, find_references, is_placeholder

_LABEL = re.compile(
    r"^(?P<lead>\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?)"
    r"(?P<label>arxiv(?:[ _-]?id)?|url|paper)"
    r"(?P<sep>(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*)(?P<value>.*)$",
    re.IGNORECASE,
)
_LINK = re.compile(r"\[(?P<text>[^\]\n]*)\]\((?P<target>[^)\s]*)\)")
_SOURCES = {"arxiv": "arxiv-line", "url": "url-line", "paper": "paper-line"}


@dataclass(frozen=True)
class DocReference:
    source: str
    line: int
    column: int
    end_column: int
    start: int
    end: int
    raw: str
    id_text: str
    kind: str
    is_canonical: bool
    in_link_text: bool = False

    @property
    def names_paper(self) -> bool:
        return self.source in ("frontmatter-url", "arxiv-line", "url-line", "paper-line")


def _label_source(label: str) -> str:
    return "arxiv-line" if label.lower().startswith("arxiv") else _SOURCES[label.lower()]


def _in_link_text(line: str, ref: Reference) -> bool:
    return line[ref.start - 1 : ref.start] == "[" and line[ref.end : ref.end + 2] == "]("


def document_references(doc) -> tuple[DocReference, ...]:
    """The references of ``doc``, computed once per document (every AX rule reads them)."""
    cached = doc.__dict__.get("_arxiv_references")
    if cached is None:
        cached = doc.__dict__["_arxiv_references"] = tuple(_find(doc))
    return cached


def _candidate_lines(doc, url_key) -> list[int]:
    text = doc.text
    offsets = [m.start() for hint in _HINTS for m in hint.finditer(text)]
    lines = {doc.position(offset)[0] for offset in offsets}
    if url_key is not None:
        last = doc.position(max(url_key.value_end - 1, url_key.value_start))[0]
        lines.update(range(url_key.value_line, last + 1))
    return sorted(n for n in lines if 1 <= n <= len(doc.lines))


def _find(doc) -> list[DocReference]:
    found: list[DocReference] = []
    fm = doc.frontmatter
    url_key = fm.keys.get("url") if fm is not None else None
    body_start = doc.body_start_line
    for number in _candidate_lines(doc, url_key):
        line = doc.lines[number - 1]
        line_offset = doc.offset(number, 1)
        in_frontmatter = number < body_start
        source = "frontmatter" if in_frontmatter else "body"
        refs = find_references(line, bare=in_frontmatter and _on_key(doc, url_key, number))
        label = None if in_frontmatter else _LABEL.match(line)
        if label is not None and label["label"].lower().startswith("arxiv") and not _only_references(label["value"]):
            label = None  # prose that happens to start with an arXiv:ID citation
        if label is not None:
            source = _label_source(label["label"])
            if source != "url-line":
                refs = find_references(line, bare=True)
        for ref in refs:
            ref_source = source
            if in_frontmatter and url_key is not None:
                start = line_offset + ref.start
                if url_key.value_start <= start < max(url_key.value_end, url_key.value_start + 1):
                    ref_source = "frontmatter-url"
            found.append(
                DocReference(
                    source=ref_source,
                    line=number,
                    column=ref.start + 1,
                    end_column=ref.end + 1,
                    start=line_offset + ref.start,
                    end=line_offset + ref.end,
                    raw=ref.raw,
                    id_text=ref.id_text,
                    kind=ref.kind,
                    is_canonical=ref.is_canonical,
                    in_link_text=_in_link_text(line, ref),
                )
            )
    return found


def _only_references(value: str) -> bool:
    text = value.strip()
    if is_placeholder(text):
        return True
    for ref in reversed(find_references(text, bare=True)):
        text = text[: ref.start] + text[ref.end :]
    return re.search(r"[A-Za-z]{2,}", text) is None


def _on_key(doc, key, number: int) -> bool:
    if key is None:
        return False
    return key.value_line <= number <= doc.position(max(key.value_end - 1, key.value_start))[0]


# Cheap to scan for: lines that may hold a reference. Three scans are twice as fast as one
# alternation, which the regex engine cannot start from a literal character.
_HINTS = (re.compile(r"[Aa][Rr][Xx][Ii][Vv]"), re.compile(r"\.[\dXxNn]{4}"), re.compile("YYMM"))


def paper_title(doc) -> tuple[str, int] | None:
    """The title the skill gives its paper and the line it is on, or None."""
    fm = doc.frontmatter
    if fm is not None and isinstance(fm.mapping.get("title"), str) and fm.mapping["title"].strip():
        return fm.mapping["title"].strip(), fm.key_line("title")
    for number in range(doc.body_start_line, len(doc.lines) + 1):
        match = _LABEL.match(doc.lines[number - 1])
        if match is None or match["label"].lower() != "paper":
            continue
        title = _title_text(match["value"])
        if title:
            return title, number
    return None


def _title_text(value: str) -> str | None:
    text = _LINK.sub(lambda m: "" if find_references(m["text"]) else m["text"], value)
    for ref in reversed(find_references(text, bare=True)):
        text = text[: ref.start] + text[ref.end :]
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text).strip(" \t*_`-—:()")
    if not re.search(r"[A-Za-z]{2}", text) or is_placeholder(text) or re.fullmatch(r"\[[^\]]*\]", text):
        return None
    return text
