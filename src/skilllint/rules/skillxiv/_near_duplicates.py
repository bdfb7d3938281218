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
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    processed = [utils.default_process(t) for t in texts]
    order = sorted((i for i, t in enumerate(processed) if t), key=lambda i: len(processed[i]))
    ordered = [processed[i] for i in order]
    lengths = [len(t) for t in ordered]
    stretch = (200 - cutoff) / cutoff if cutoff > 0 else float("inf")
    found: dict[int, list[tuple[int, float]]] = {}
    for start in range(0, len(ordered), BLOCK):
        rows = ordered[start:start + BLOCK]
        stop = bisect.bisect_right(lengths, lengths[start + len(rows) - 1] * stretch)
        columns = ordered[start:stop]
        scores = process.cdist(rows, columns, scorer=fuzz.ratio, score_cutoff=cutoff, workers=-1, dtype=np.uint8)
        for r, c in zip(*np.nonzero(scores), strict=True):
            a, b = start + int(r), start + int(c)
            if a < b:
                i, j, score = order[a], order[b], float(scores[r, c])
                found.setdefault(i, []).append((j, score))
                found.setdefault(j, []).append((i, score))
    return found
