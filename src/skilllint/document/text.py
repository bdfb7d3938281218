"""Decoding a file's bytes and mapping between offsets and (line, column)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

BOM = "\ufeff"
# A line ends at LF, CRLF or a lone CR (old Mac files), as it does for the Markdown parser.
LINE_BREAK = re.compile(r"\r\n?|\n")
_BYTE_LINE_BREAK = re.compile(rb"\r\n?|\n")


class DecodeProblem(Exception):
    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.line = line
        self.column = column


def looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def decode(data: bytes) -> str:
    """Decode UTF-8, naming the line, column and byte offset of the first invalid byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        breaks = [match.end() for match in _BYTE_LINE_BREAK.finditer(before)]
        line = len(breaks) + 1
        line_start = breaks[-1] if breaks else 0
        shown = before[line_start:].decode("utf-8", errors="replace")
        column = len(shown.removeprefix(BOM) if line == 1 else shown) + 1
        raise DecodeProblem(
            f"invalid UTF-8: byte 0x{data[exc.start]:02x} at byte offset {exc.start}",
            line, column,
        ) from None


@dataclass
class LineIndex:
    """Line starts of a text; a line ends at LF, CRLF or a lone CR, so CRLF files keep their positions and
    old Mac files (CR only) get the lines the Markdown parser numbers their blocks by."""

    starts: list[int]
    length: int

    @classmethod
    def of(cls, text: str) -> LineIndex:
        if "\r" in text:
            return cls([0] + [match.end() for match in LINE_BREAK.finditer(text)], len(text))
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return cls(starts, len(text))

    @property
    def line_count(self) -> int:
        if self.length and self.starts[-1] == self.length:
            return len(self.starts) - 1
        return len(self.starts)

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, self.length))
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def offset(self, line: int, column: int = 1) -> int:
        line = max(1, min(line, len(self.starts)))
        return min(self.starts[line - 1] + column - 1, self.length)


NEWLINE_NAMES = {"\r\n": "CRLF", "\r": "CR", "\n": "LF"}


def newline_kinds(text: str) -> list[str]:
    """The line endings the text uses, CRLF first, then a lone CR, then LF."""
    crlf = text.count("\r\n")
    kinds = [kind for kind, count in (("\r\n", crlf), ("\r", text.count("\r") - crlf),
                                      ("\n", text.count("\n") - crlf)) if count]
    return kinds


def newline_style(text: str) -> str:
    """``"\n"``, ``"\r\n"`` or ``"\r"`` when the text uses one line ending (LF when none), else ``"mixed"``."""
    kinds = newline_kinds(text)
    if len(kinds) > 1:
        return "mixed"
    return kinds[0] if kinds else "\n"
