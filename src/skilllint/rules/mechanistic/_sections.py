"""Finding the guide's nine sections in a document, and reading the pack's vocabularies.

Pure helpers shared by the mechanistic-analysis rules. Headings are normalised once per document
and matched against the pack's titles and aliases; the result is memoised on the document so that
every rule of the family reuses it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from skilllint.document import Heading, ListBlock, Section, SkillDocument

_NUMBERING = re.compile(r"^(?:(?:section|part|step)\s*\d+\s*[:.)\-–—]?\s*|\d+\s*[.):\-–—]\s*|\d+\s+)", re.I)
_SUFFIX = re.compile(r"\s*(?::|\s[-–—]\s)\s*")
_MARKUP = re.compile(r"[*_`~]+|\[([^\]]*)\]\([^)]*\)")
_ATX = re.compile(r"^(\s{0,3}#{1,6}[ \t]+)(.*?)([ \t]+#+[ \t]*)?$")


def normalise(title: str) -> str:
    """Lower case, no markup, no numbering, '&' as 'and', no punctuation, no leading 'the'."""
    text = _MARKUP.sub(lambda m: m.group(1) or "", title)
    text = _NUMBERING.sub("", text.strip())
    text = text.lower().replace("&", " and ")
    text = " ".join(re.sub(r"[^\w]+", " ", text).split())
    return text[4:] if text.startswith("the ") else text


def split_suffix(title: str) -> tuple[str, str]:
    """'Core Findings: Sparse Updates' -> ('Core Findings', ': Sparse Updates')."""
    match = _SUFFIX.search(title)
    if match is None or match.start() == 0:
        return title, ""
    return title[: match.start()], title[match.start() :]


@dataclass(frozen=True)
class SectionSpec:
    id: str
    index: int
    title: str
    keys: tuple[str, ...]
    min_paragraphs: int | None
    max_paragraphs: int | None


@dataclass
class Match:
    """One section-level heading and what it was recognised as."""

    section: Section
    spec: SectionSpec | None
    exact: bool
    score: float = 100.0


@dataclass
class SectionMap:
    matches: list[Match]
    first: dict[str, Match]

    def get(self, section_id: str) -> Section | None:
        match = self.first.get(section_id)
        return match.section if match else None


def specs(data: dict[str, Any]) -> list[SectionSpec]:
    return _specs(_freeze(data.get("sections", {})))


@lru_cache(maxsize=32)
def _specs(frozen: tuple) -> list[SectionSpec]:
    out = []
    for index, (section_id, spec) in enumerate(_thaw(frozen).items()):
        titles = [spec["title"], *spec.get("aliases", [])]
        keys = tuple(dict.fromkeys(normalise(t) for t in titles if normalise(t)))
        paragraphs = spec.get("paragraphs") or {}
        out.append(
            SectionSpec(section_id, index + 1, spec["title"], keys, paragraphs.get("min"), paragraphs.get("max"))
        )
    return out


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return ("__dict__", tuple((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "__dict__":
        return {k: _thaw(v) for k, v in value[1]}
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value


def section_level(doc: SkillDocument) -> int | None:
    """The heading level the document's sections use: H2 under a single H1 title, else the shallowest."""
    levels = [h.level for h in doc.headings]
    if not levels:
        return None
    below_title = [lv for lv in levels if lv > 1]
    if levels.count(1) == 1 and below_title:
        return min(below_title)
    return min(levels)


def recognise(
    title: str, all_specs: list[SectionSpec], near_miss_score: float
) -> tuple[SectionSpec | None, bool, float]:
    """What section a heading title names: (spec, exact?, score); (None, False, 0) for none."""
    full = normalise(title)
    head = normalise(split_suffix(title)[0])
    for spec in all_specs:
        for key in spec.keys:
            if head == key or full == key or full.startswith(key + " "):
                return spec, True, 100.0
    choices = {key: spec for spec in all_specs for key in spec.keys}
    best: tuple[SectionSpec | None, float] = (None, 0.0)
    for query in dict.fromkeys((head, full)):
        if not query:
            continue
        found = process.extractOne(query, list(choices), scorer=fuzz.ratio, score_cutoff=near_miss_score)
        if found and found[1] > best[1]:
            best = (choices[found[0]], found[1])
    return best[0], False, best[1]


def section_map(doc: SkillDocument, data: dict[str, Any]) -> SectionMap:
    """The document's section-level headings matched against the pack's sections (memoised)."""
    key = ("sections", id(data.get("sections")), data.get("headings", {}).get("near_miss_score"))
    return memo(doc, key, lambda: _build_map(doc, data))


def _build_map(doc: SkillDocument, data: dict[str, Any]) -> SectionMap:
    level = section_level(doc)
    all_specs = specs(data)
    score = float(data.get("headings", {}).get("near_miss_score", 86))
    matches: list[Match] = []
    first: dict[str, Match] = {}
    if level is not None:
        for section in doc.iter_sections():
            if section.level != level or section.heading is None:
                continue
            spec, exact, value = recognise(section.title, all_specs, score)
            match = Match(section, spec, exact, value)
            matches.append(match)
            if spec is not None and spec.id not in first:
                first[spec.id] = match
    return SectionMap(matches, first)


def memo(doc: SkillDocument, key: Any, compute):
    store = doc.__dict__.setdefault("_mechanistic_memo", {})
    if key not in store:
        store[key] = compute()
    return store[key]


def heading_edit(doc: SkillDocument, heading: Heading, canonical: str) -> tuple[int, int, str] | None:
    """(start, end, replacement) that renames an ATX heading to ``canonical``, keeping numbering and suffix."""
    line = doc.line_text(heading.line)
    match = _ATX.match(line)
    if match is None:
        return None
    title = match.group(2)
    numbering = _NUMBERING.match(title)
    prefix = numbering.group(0) if numbering else ""
    _, suffix = split_suffix(title[len(prefix) :])
    start = doc.offset(heading.line, match.start(2) + 1)
    end = doc.offset(heading.line, match.end(2) + 1)
    return start, end, prefix + canonical + suffix


# -- the prose of a section ------------------------------------------------------------------


def is_label(block_text: str, data: dict[str, Any]) -> bool:
    pattern = data.get("headings", {}).get("label_pattern")
    return bool(pattern) and compiled((pattern,)).search(block_text) is not None


def prose_blocks(section: Section, data: dict[str, Any]) -> list:
    """Paragraphs, lists (one block each) and quotes of a section and its subsections, bold labels excepted."""
    return [b for b in section.all_blocks() if b.is_prose and not (b.kind == "paragraph" and is_label(b.text, data))]


def units(section: Section) -> list[tuple[int, str]]:
    """(line, text) of each paragraph, quote and list item of a section, in order."""
    found: list[tuple[int, str]] = []
    for block in section.all_blocks():
        if isinstance(block, ListBlock):
            found.extend((item.line, item.text) for item in block.items)
        elif block.is_prose:
            found.append((block.line, block.text))
    return found


def prose_text(section: Section) -> str:
    return "\n\n".join(text for _, text in units(section))


def section_text(section: Section, with_code: bool = False) -> str:
    kinds = ("paragraph", "list", "blockquote", "table") + (("code",) if with_code else ())
    return "\n\n".join(b.text for b in section.all_blocks() if b.kind in kinds)


# -- vocabularies ----------------------------------------------------------------------------


@lru_cache(maxsize=256)
def compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern that matches any of ``patterns`` (never matches when empty)."""
    if not patterns:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I | re.M)


def cue(data: dict[str, Any], name: str) -> re.Pattern[str]:
    return compiled(tuple(data.get("cues", {}).get(name, ())))


def threshold(data: dict[str, Any], name: str, default: Any) -> Any:
    return data.get("thresholds", {}).get(name, default)


def section_label(spec: SectionSpec) -> str:
    return f"section {spec.index} ({spec.title})"


def spec_by_id(data: dict[str, Any], section_id: str) -> SectionSpec | None:
    return next((s for s in specs(data) if s.id == section_id), None)


def located(doc: SkillDocument, data: dict[str, Any], section_id: str):
    """(section, spec) of one of the nine sections when the document has it, else (None, spec)."""
    spec = spec_by_id(data, section_id)
    if spec is None:
        return None, None
    return section_map(doc, data).get(section_id), spec


def first_body_line(doc: SkillDocument) -> int:
    """The first non-blank line of the body (where a document-wide finding is reported)."""
    for number in range(doc.body_start_line, len(doc.lines) + 1):
        if doc.line_text(number).strip():
            return number
    return max(1, min(doc.body_start_line, len(doc.lines)))
