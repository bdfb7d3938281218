"""Readability of prose, computed offline.

textstat 0.7.x counts English syllables with nltk's CMU dictionary: its ``count_syllables``
calls ``get_cmudict``, which runs ``nltk.download('cmudict')`` when the dictionary is not
installed, i.e. on every fresh machine. Words missing from the dictionary fall back to pyphen
(``len(Pyphen(lang).positions(word)) + 1``). Importing textstat also imports nltk, which costs a
second or more per process. So this module uses textstat's fallback path directly: pyphen's
bundled hyphenation dictionary for syllables, and textstat's word and sentence rules (a word is a
run of non-space characters that keeps a letter or digit once punctuation is stripped; sentences of
two words or fewer do not count). Nothing here imports nltk or touches the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_INLINE_CODE = re.compile(r"`[^`]*`")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"[*_#>|]+")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M)


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    syllables: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def grade(self) -> float:
        """Flesch-Kincaid grade level."""
        if not self.words or not self.sentences:
            return 0.0
        return 0.39 * self.words_per_sentence + 11.8 * (self.syllables / self.words) - 15.59


@lru_cache(maxsize=1)
def _hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


def syllables(word: str) -> int:
    return len(_hyphenator().positions(word.lower())) + 1


def plain(pieces: list[str]) -> str:
    """Markdown prose as plain sentences: each piece (paragraph or list item) ends a sentence."""
    out = []
    for piece in pieces:
        text = _LINK.sub(r"\1", _INLINE_CODE.sub("code", piece))
        text = _MARKUP.sub("", _LIST_MARKER.sub("", text))
        text = " ".join(text.split())
        if text and text[-1] not in ".!?":
            text += "."
        if text:
            out.append(text)
    return " ".join(out)


_PUNCTUATION = re.compile(r"[^\w\s'’-]")
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def words_of(text: str) -> list[str]:
    return [w for w in _PUNCTUATION.sub("", text).split() if any(c.isalnum() for c in w)]


def sentence_count(text: str) -> int:
    pieces = _SENTENCE.findall(text)
    counted = [p for p in pieces if len(words_of(p)) > 2]
    return max(1, len(counted)) if words_of(text) else 0


def measure(text: str) -> Readability:
    words = words_of(text)
    return Readability(len(words), sentence_count(text), sum(syllables(w) for w in words))
