"""Shared test helpers: lint a text or a fixture file in-process."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import ThreadingHTTPServer
from pathlib import Path

from skilllint.config import Config
from skilllint.diagnostics import Diagnostic
from skilllint.document import SkillDocument
from skilllint.engine import Linter, Options

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


def linter(profile: list[str] | str | None = None, select: list[str] | None = None, config: dict | None = None) -> Linter:
    profiles = [profile] if isinstance(profile, str) else profile
    return Linter(Config(config or {}, None), Options(profiles=profiles, select=select))


def lint_text(text: str, profile=None, select=None, path: str = "skill/SKILL.md", config: dict | None = None) -> list[Diagnostic]:
    engine = linter(profile, select, config)
    doc = SkillDocument.from_text(text, Path(path), path)
    return engine.finish([engine.lint_document(doc)]).diagnostics


def lint_fixture(path: Path | str, profile=None, select=None, config: dict | None = None) -> list[Diagnostic]:
    path = Path(path)
    engine = linter(profile, select, config)
    return engine.finish([engine.lint_bytes(path.read_bytes(), path, str(path))]).diagnostics


def codes_and_lines(diagnostics: list[Diagnostic]) -> list[tuple[str, int]]:
    return [(d.code, d.line) for d in diagnostics]


@contextmanager
def local_server(handler: type) -> Iterator[str]:
    """Serve ``handler`` on 127.0.0.1 in a background thread; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
