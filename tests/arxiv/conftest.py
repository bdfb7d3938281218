"""A local arXiv API stand-in: a real HTTP server on 127.0.0.1 serving Atom written for the tests."""

from __future__ import annotations

import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from xml.sax.saxutils import escape

import pytest
from helpers import local_server

FEED_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"'
    ' xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">\n'
    "  <title>arXiv Query: id_list</title>\n"
    "  <id>https://arxiv.org/api/test</id>\n"
    "  <opensearch:totalResults>{total}</opensearch:totalResults>\n"
)


@dataclass
class Paper:
    title: str
    version: int = 1
    comment: str = ""
    summary: str = "We study a thing and report what we found."


@dataclass
class Recorded:
    at: float
    ids: list[str]
    max_results: str | None
    user_agent: str


@dataclass
class ArxivStub:
    """Papers it knows, canned responses to serve first, and every request it saw."""

    papers: dict[str, Paper] = field(default_factory=dict)
    script: list[tuple] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)
    url: str = ""
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, base: str, title: str, version: int = 1, comment: str = "", summary: str = "") -> None:
        self.papers[base] = Paper(title, version, comment, summary or Paper.summary)

    def feed(self, ids: list[str]) -> bytes:
        entries = []
        for base in ids:
            paper = self.papers.get(base)
            if paper is None:
                continue
            comment = f"    <arxiv:comment>{escape(paper.comment)}</arxiv:comment>\n" if paper.comment else ""
            entries.append(
                "  <entry>\n"
                f"    <id>http://arxiv.org/abs/{base}v{paper.version}</id>\n"
                "    <updated>2025-01-02T00:00:00Z</updated>\n"
                "    <published>2025-01-01T00:00:00Z</published>\n"
                f"    <title>{escape(paper.title)}</title>\n"
                f"    <summary>{escape(paper.summary)}</summary>\n"
                "    <author><name>A. Author</name></author>\n"
                f"{comment}"
                f'    <link href="http://arxiv.org/abs/{base}v{paper.version}" rel="alternate" type="text/html"/>\n'
                '    <arxiv:primary_category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>\n'
                "  </entry>\n"
            )
        return (FEED_HEAD.format(total=len(entries)) + "".join(entries) + "</feed>\n").encode()

    @staticmethod
    def error_feed(bad_id: str | None) -> bytes:
        anchor = f"incorrect_id_format_for_{bad_id}" if bad_id else "malformed_query"
        summary = f"incorrect id format for {bad_id}" if bad_id else "malformed query"
        return (
            FEED_HEAD.format(total=1)
            + "  <entry>\n"
            f"    <id>http://arxiv.org/api/errors#{anchor}</id>\n"
            "    <title>Error</title>\n"
            f"    <summary>{summary}</summary>\n"
            "  </entry>\n</feed>\n"
        ).encode()

    @property
    def sizes(self) -> list[int]:
        return [len(r.ids) for r in self.requests]

    def gaps(self) -> list[float]:
        times = [r.at for r in self.requests]
        return [b - a for a, b in zip(times, times[1:], strict=False)]


def _handler(stub: ArxivStub):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # keep test output clean
            pass

        def do_GET(self):  # noqa: N802 - http.server's naming
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
            ids = [i for i in query.get("id_list", [""])[0].split(",") if i]
            with stub.lock:
                stub.requests.append(
                    Recorded(time.monotonic(), ids, query.get("max_results", [None])[0], self.headers.get("User-Agent", ""))
                )
                step = stub.script.pop(0) if stub.script else ("feed",)
            kind = step[0]
            if kind == "hang":
                self.send_response(200)
                self.send_header("Content-Type", "application/atom+xml")
                self.end_headers()
                self.wfile.write(b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')
                self.wfile.flush()
                stub.release.wait(10)
                self.close_connection = True
                return
            if kind == "feed":
                self._send(200, stub.feed(ids))
            elif kind == "status":
                self._send(step[1], step[2] if len(step) > 2 else b"Service Unavailable", step[3] if len(step) > 3 else {})
            elif kind == "error-entry":
                self._send(400, stub.error_feed(step[1]))

        def _send(self, status, body, headers=None):
            self.send_response(status)
            self.send_header("Content-Type", "application/atom+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture
def arxiv_stub():
    stub = ArxivStub()
    with local_server(_handler(stub)) as base:
        stub.url = f"{base}/api/query"
        yield stub
        stub.release.set()
