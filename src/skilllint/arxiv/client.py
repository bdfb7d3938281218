"""A polite client for the arXiv API's ``/api/query?id_list=...``.

``ArxivClient(settings).fetch(bases) -> Feed`` asks for at most ``BATCH_SIZE`` identifiers in one
request with ``max_results`` set to the batch size, keeps at least ``min_interval_s`` between the
starts of two requests, sends a descriptive User-Agent, bounds every request by ``timeout_s`` (the
whole response, not only each read), and retries with exponential back-off on 429, 5xx, a rate-limit
body and timeouts -- never on 400. Failures raise :class:`FetchFailed` with a short reason.
``client.requests`` counts the HTTP requests made.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

from skilllint import __version__
from skilllint.arxiv.atom import Feed, MalformedResponse, parse_feed
from skilllint.arxiv.settings import ArxivSettings

BATCH_SIZE = 100
MAX_RESPONSE_BYTES = 20 * 1024 * 1024
MAX_RETRY_AFTER_S = 60.0
USER_AGENT = f"skilllint/{__version__} (SKILL.md linter; arXiv reference verification; python-urllib)"


class FetchFailed(Exception):
    """The request could not be answered; ``reason`` says why, ``fatal`` that retrying later batches is pointless."""

    def __init__(self, reason: str, fatal: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.fatal = fatal


class BadRequest(Exception):
    """HTTP 400: arXiv refused the query; ``feed`` holds its error entries when it sent any."""

    def __init__(self, feed: Feed) -> None:
        super().__init__("HTTP 400")
        self.feed = feed


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class ArxivClient:
    def __init__(
        self,
        settings: ArxivSettings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.requests = 0
        self._sleep = sleep
        self._clock = clock
        self._last_start: float | None = None

    def query_url(self, bases: list[str]) -> str:
        query = urllib.parse.urlencode(
            {"id_list": ",".join(bases), "start": 0, "max_results": len(bases)}, safe=",/"
        )
        return f"{self.settings.endpoint}?{query}"

    def fetch(self, bases: list[str]) -> Feed:
        if not 1 <= len(bases) <= BATCH_SIZE:
            raise ValueError(f"a batch holds 1 to {BATCH_SIZE} identifiers, not {len(bases)}")
        url = self.query_url(bases)
        attempts = max(0, int(self.settings.retries)) + 1
        last_reason = ""
        for attempt in range(attempts):
            try:
                return self._request(url)
            except _Retryable as problem:
                last_reason = problem.reason
                if attempt + 1 < attempts:
                    self._sleep(self._backoff(attempt, problem.retry_after))
        raise FetchFailed(f"{last_reason} (after {attempts} attempts)", fatal=True)

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        delay = max(self.settings.min_interval_s, 0.05) * (2**attempt)
        if retry_after is not None:
            delay = max(delay, min(retry_after, MAX_RETRY_AFTER_S))
        return delay

    def _pace(self) -> None:
        if self._last_start is not None:
            wait = self._last_start + self.settings.min_interval_s - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_start = self._clock()

    def _request(self, url: str) -> Feed:
        self._pace()
        self.requests += 1
        retry_after: float | None = None
        timeout = float(self.settings.timeout_s)
        deadline = self._clock() + timeout
        try:
            request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "application/atom+xml"})
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) endpoint from settings
                body = self._read(response, deadline)
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
            retry_after = _seconds(error.headers.get("Retry-After") if error.headers else None)
            try:
                body = self._read(error, deadline)
            except _Retryable:
                body = b""
            finally:
                error.close()
        except TimeoutError as error:
            raise _Retryable(f"timed out after {timeout:g} s") from error
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise _Retryable(f"timed out after {timeout:g} s") from error
            raise FetchFailed(f"cannot reach {_host(url)}: {error.reason}", fatal=True) from error
        except (http.client.HTTPException, ConnectionError, OSError) as error:
            raise _Retryable(f"connection failed: {error}") from error
        except ValueError as error:
            raise FetchFailed(f"bad endpoint {self.settings.endpoint!r}: {error}", fatal=True) from error
        return self._interpret(status, body, retry_after)

    def _read(self, response, deadline: float) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            if self._clock() > deadline:
                raise _Retryable(f"timed out after {self.settings.timeout_s:g} s")
            try:
                chunk = response.read1(65536) if hasattr(response, "read1") else response.read(65536)
            except TimeoutError as error:
                raise _Retryable(f"timed out after {self.settings.timeout_s:g} s") from error
            except (http.client.HTTPException, ConnectionError, OSError) as error:
                raise _Retryable(f"connection failed while reading: {error}") from error
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_RESPONSE_BYTES:
                raise FetchFailed("response larger than 20 MB")

    def _interpret(self, status: int, body: bytes, retry_after: float | None) -> Feed:
        if status == 429 or 500 <= status < 600:
            raise _Retryable(f"HTTP {status}" + (" (rate limited)" if status == 429 else ""), retry_after)
        if body.lstrip().lower().startswith(b"rate exceeded"):
            raise _Retryable("rate limited (Rate exceeded)")
        if status == 400:
            try:
                feed = parse_feed(body)
            except MalformedResponse:
                raise FetchFailed("HTTP 400 without an Atom error entry", fatal=True) from None
            raise BadRequest(feed)
        if status != 200:
            raise FetchFailed(f"HTTP {status}")
        try:
            return parse_feed(body)
        except MalformedResponse as problem:
            raise FetchFailed(f"malformed response: {problem}") from None


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc or url
