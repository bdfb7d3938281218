"""Source lines for `--show-source`: read once per file, shown safely, with a caret under a column."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from skilllint.document.text import BOM, LINE_BREAK

_TAB = "\t"


def read_line(path: str, line: int, sources: dict[str, str] | None = None) -> str | None:
    text = sources.get(path) if sources else None
    lines = _split(text) if text is not None else _file_lines(path)
    if lines is None or not 1 <= line <= len(lines):
        return None
    return lines[line - 1]


@lru_cache(maxsize=64)
def _file_lines(path: str) -> tuple[str, ...] | None:
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    return _split(data.decode("utf-8", errors="replace"))


def _split(text: str) -> tuple[str, ...]:
    """Lines as the linter numbers them: ending at LF, CRLF or a lone CR."""
    lines = LINE_BREAK.split(text.removeprefix(BOM))
    if lines and lines[-1] == "":
        lines.pop()
    return tuple(lines)


def _safe(ch: str) -> str:
    """A character that cannot move the cursor or start a terminal escape."""
    if ch == _TAB:
        return ch
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf", "Zl", "Zp", "Cs"):
        return "\ufffd"
    return ch


def one_line(text: str) -> str:
    """``text`` for a one-line report: line breaks and control characters written as escapes."""
    if text.isprintable():
        return text
    return escape_controls(text.replace("\n", "\\n").replace("\r", "\\r"))


def escape_controls(text: str, keep: str = "") -> str:
    """``text`` with control, format and separator characters (tabs and ``keep`` aside) as ``\\xNN`` or ``\\uNNNN``."""
    if text.isprintable():
        return text
    return "".join(_escape(ch) if ch not in keep and _is_control(ch) else ch for ch in text)


def _is_control(ch: str) -> bool:
    return ch != _TAB and unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs")


def _escape(ch: str) -> str:
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def display_line(text: str) -> str:
    return "".join(_safe(ch) for ch in text)


def _width(ch: str) -> int:
    if ch == _TAB:
        return 1
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def caret_line(text: str, column: int, width: int = 1) -> str:
    """Spaces (tabs kept, wide characters doubled) up to ``column``, then ``width`` carets."""
    shown = display_line(text)
    prefix = shown[: max(column - 1, 0)]
    pad = "".join(ch if ch == _TAB else " " * _width(ch) for ch in prefix)
    if column - 1 > len(shown):  # a column past the end of the line (e.g. a missing value)
        pad += " " * (column - 1 - len(shown))
    span = shown[column - 1: column - 1 + width]
    carets = max(1, sum(_width(ch) for ch in span)) if span else 1
    return pad + "^" * carets


_SHOWN = 160  # characters of a long line shown around the column


def clip(text: str, column: int, width: int) -> tuple[str, int, int]:
    """A long line cut to a window around ``column`` (marked "…" where cut), with the column and caret width
    moved to match."""
    if len(text) <= _SHOWN:
        return text, column, width
    start = max(0, min(column - 1 - _SHOWN // 3, len(text) - _SHOWN))
    end = start + _SHOWN
    before = "…" if start > 0 else ""
    after = "…" if end < len(text) else ""
    shown_width = max(1, min(width, end - (column - 1)))
    return before + text[start:end] + after, column - start + len(before), shown_width
