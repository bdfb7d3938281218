"""Suggestions for misspelt names: the closest known word, when one is close enough to be meant."""

from __future__ import annotations

from collections.abc import Iterable

CUTOFF = 85  # rapidfuzz ratio: "CL02" is 89 from "CL002"; "MA301" 80 from "MA001", "CL9" 50 from "CL001"


def closest(word: str, known: Iterable[str], cutoff: float = CUTOFF, scorer: str = "ratio") -> str | None:
    """The known word nearest to ``word`` (rapidfuzz ``scorer`` on lower-cased text), or None under ``cutoff``."""
    from rapidfuzz import fuzz, process, utils

    choices = list(known)
    if not choices or not word.strip():
        return None
    best = process.extractOne(word, choices, scorer=getattr(fuzz, scorer), processor=utils.default_process,
                              score_cutoff=cutoff)
    return best[0] if best else None


def did_you_mean(word: str, known: Iterable[str], cutoff: float = CUTOFF, scorer: str = "ratio") -> str:
    """`` (did you mean 'X'?)`` for the closest known word, or nothing."""
    best = closest(word, known, cutoff, scorer)
    return f" (did you mean '{best}'?)" if best else ""
