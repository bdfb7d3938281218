"""Comparing the title a skill gives its paper with arXiv's.

``normalise_title(text)`` folds case, accents, LaTeX, punctuation and whitespace.
``compare_titles(ours, theirs, threshold) -> TitleMatch`` gives ``verdict`` ``"same"`` (identical
after normalising), ``"close"`` (similarity >= threshold, meaning unchanged) or ``"different"``,
and ``score`` (rapidfuzz ratio, 0..1). Near-misses that fuzzy scores rate high -- a negation added
or dropped ("Attention Is All You Need" / "Attention Is Not All You Need"), a different number
("GPT-3" / "GPT-4") -- are always ``"different"``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

_LATEX_ACCENT = re.compile(r"\\[`'^\"~=.uvHtcdbrk]\s*\{?\s*([A-Za-z])\s*\}?")
_LATEX_COMMAND = re.compile(r"\\(?:[A-Za-z]+|.)\*?")
_NEGATIONS = frozenset({"not", "no", "non", "never", "without", "nor", "cannot", "isnt", "dont", "doesnt", "cant"})
_SPECIAL = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "–": "-", "—": "-"}


def normalise_title(text: str) -> str:
    text = _LATEX_ACCENT.sub(r"\1", text)
    text = _LATEX_COMMAND.sub(" ", text)
    text = text.replace("$", " ").replace("{", "").replace("}", "")
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(_SPECIAL.get(ch, ch) for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"(?<=\w)['’](?=\w)", "", text)
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class TitleMatch:
    verdict: str
    score: float


def compare_titles(ours: str, theirs: str, threshold: float = 0.95) -> TitleMatch:
    a, b = normalise_title(ours), normalise_title(theirs)
    if a == b:
        return TitleMatch("same", 1.0)
    score = fuzz.ratio(a, b) / 100.0
    if score >= threshold and not _meaning_changed(a.split(), b.split()):
        return TitleMatch("close", score)
    return TitleMatch("different", score)


def _meaning_changed(a: list[str], b: list[str]) -> bool:
    differing = set(a) ^ set(b)
    if differing & _NEGATIONS:
        return True
    return any(any(ch.isdigit() for ch in token) for token in differing)
