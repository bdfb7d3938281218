"""Verifying identifiers against the arXiv API, through the cache, once per run.

``verify_ids(bases, settings) -> Verification`` answers for each identifier (without version):
``found[base]`` (a ``PaperRecord``), ``missing`` (well-formed, absent from arXiv's answer),
``rejected[base]`` (arXiv called it malformed) or ``unverified[base]`` (the run could not ask:
network, rate limiting, a malformed response). Only answers are cached, never failures;
``settings.refresh`` skips cached answers. ``requests`` counts HTTP requests.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from skilllint.arxiv.atom import PaperRecord
from skilllint.arxiv.cache import AnswerCache
from skilllint.arxiv.client import BATCH_SIZE, ArxivClient, BadRequest, FetchFailed
from skilllint.arxiv.settings import ArxivSettings


@dataclass
class Verification:
    found: dict[str, PaperRecord] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)
    rejected: dict[str, str] = field(default_factory=dict)
    unverified: dict[str, str] = field(default_factory=dict)
    requests: int = 0
    cached: int = 0
    notes: list[str] = field(default_factory=list)

    def failure_summary(self) -> str | None:
        if not self.unverified:
            return None
        reasons = list(dict.fromkeys(self.unverified.values()))
        shown = "; ".join(reasons[:3]) + ("; ..." if len(reasons) > 3 else "")
        return f"could not verify {len(self.unverified)} arXiv identifier(s): {shown}"


def verify_ids(
    bases: Iterable[str],
    settings: ArxivSettings,
    *,
    client: ArxivClient | None = None,
    cache: AnswerCache | None = None,
) -> Verification:
    wanted = sorted(dict.fromkeys(bases))
    result = Verification()
    if not wanted:
        return result
    own_cache = cache is None
    if cache is None:
        cache = AnswerCache(
            settings.cache_path(),
            settings.endpoint,
            ttl_days=settings.ttl_days,
            not_found_ttl_hours=settings.not_found_ttl_hours,
        )
    client = client or ArxivClient(settings)
    try:
        known = {} if settings.refresh else cache.get(wanted)
        for base, record in known.items():
            if record is None:
                result.missing.add(base)
            else:
                result.found[base] = record
        result.cached = len(known)
        to_ask = [b for b in wanted if b not in known]
        _ask(to_ask, client, cache, result)
        if cache.problem:
            result.notes.append(cache.problem)
    finally:
        result.requests = client.requests
        if own_cache:
            cache.close()
    return result


def _ask(to_ask: list[str], client: ArxivClient, cache: AnswerCache, result: Verification) -> None:
    pending = [to_ask[i : i + BATCH_SIZE] for i in range(0, len(to_ask), BATCH_SIZE)]
    while pending:
        batch = pending.pop(0)
        try:
            feed = client.fetch(batch)
        except BadRequest as refused:
            pending[:0] = _after_bad_request(batch, refused, result)
            continue
        except FetchFailed as failure:
            for base in batch:
                result.unverified[base] = failure.reason
            if failure.fatal:
                for rest in pending:
                    for base in rest:
                        result.unverified[base] = f"not asked after an earlier failure ({failure.reason})"
                return
            continue
        found = {b: feed.papers[b] for b in batch if b in feed.papers}
        for base, message in feed.rejected.items():
            if base in batch:
                result.rejected[base] = message
        missing = [b for b in batch if b not in found and b not in result.rejected]
        result.found.update(found)
        result.missing.update(missing)
        cache.put(found, missing)


def _after_bad_request(batch: list[str], refused: BadRequest, result: Verification) -> list[list[str]]:
    """The batches to ask again after a 400: without the identifiers arXiv named, or split in two."""
    named = {b: m for b, m in refused.feed.rejected.items() if b in batch}
    if named:
        result.rejected.update(named)
        rest = [b for b in batch if b not in named]
        return [rest] if rest else []
    if len(batch) == 1:
        result.rejected[batch[0]] = "rejected by arXiv (HTTP 400)"
        return []
    middle = len(batch) // 2
    return [batch[:middle], batch[middle:]]
