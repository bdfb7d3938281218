"""Finding near-duplicate texts among many files without scoring pairs in Python."""

from __future__ import annotations

import bisect

BLOCK = 128


def near_duplicates(texts: list[str], cutoff: float) -> dict[int, list[tuple[int, float]]]:
    """For each text, the other texts that score at least ``cutoff`` (rapidfuzz ratio, 0-100).

    rapidfuzz's ratio is ``200 * matches / (len(a) + len(b))`` and matches cannot exceed the
    shorter length, so a pair can only reach ``cutoff`` when the longer text is at most
    ``(200 - cutoff) / cutoff`` times the shorter one. Texts are sorted by length and each block of
    rows is scored (``rapidfuzz.process.cdist``: C++, all cores, early exit below the cutoff)
    only against the texts after it that are short enough: fewer than n²/2 comparisons, memory
    bounded by the block. Empty texts match nothing.
    """
    from rapidfuzz import utils

    processed = [utils.default_process(t) for t in texts]
    # Identical texts score 100 against each other: score each distinct text once.
    holders: dict[str, list[int]] = {}
    for index, text in enumerate(processed):
        if text:
            holders.setdefault(text, []).append(index)
    ordered = sorted(holders, key=len)
    lengths = [len(t) for t in ordered]
    stretch = (200 - cutoff) / cutoff if cutoff > 0 else float("inf")
    found: dict[int, list[tuple[int, float]]] = {}

    def pair(i: int, j: int, score: float) -> None:
        found.setdefault(i, []).append((j, score))
        found.setdefault(j, []).append((i, score))

    for members in holders.values():
        for position, i in enumerate(members):
            for j in members[position + 1:]:
                pair(i, j, 100.0)
    if len(ordered) < 2:  # nothing to compare (a run on one file): spare the numpy import
        return found
    import numpy as np
    from rapidfuzz import fuzz, process

    for start in range(0, len(ordered), BLOCK):
        rows = ordered[start:start + BLOCK]
        stop = bisect.bisect_right(lengths, lengths[start + len(rows) - 1] * stretch)
        columns = ordered[start:stop]
        scores = process.cdist(rows, columns, scorer=fuzz.ratio, score_cutoff=cutoff, workers=-1, dtype=np.uint8)
        for r, c in zip(*np.nonzero(scores), strict=True):
            a, b = start + int(r), start + int(c)
            if a < b:
                score = float(scores[r, c])
                for i in holders[ordered[a]]:
                    for j in holders[ordered[b]]:
                        pair(i, j, score)
    return found
