"""Suggestions for misspelt names: the closest known word, when one is close enough to be meant."""

from __future__ import annotations

from collections.abc import Iterable

CUTOFF = 85  # rapidfuzz ratio: "CL02" is 89 from "CL002"; "MA301" 80 from "MA001", "CL9" 50 from "CL001"


def closest(word: str, known: Iterable[str]) -> str | None:
    from rapidfuzz import fuzz, process, utils

    best = process.extractOne(word, list(known), scorer=fuzz.ratio, processor=utils.default_process,
                              score_cutoff=CUTOFF)
    return best[0] if best else None


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """`` (did you mean 'X'?)`` for the closest known word, or nothing."""
    best = closest(word, known)
    return f" (did you mean '{best}'?)" if best else ""
