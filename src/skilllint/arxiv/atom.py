"""Reading the arXiv API's Atom responses.

``parse_feed(body) -> Feed`` returns the papers of a response (``PaperRecord``: base identifier,
latest version, title, withdrawn flag) and the identifiers arXiv rejected as malformed (error
entries). A body that is not an Atom feed raises :class:`MalformedResponse`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"

_ABS_ID = re.compile(r"/abs/(?P<base>.+?)(?:v(?P<version>\d+))?$")
_ERROR_ID = re.compile(r"(?:incorrect_id_format_for_|incorrect id format for\s+)(?P<id>\S+)", re.IGNORECASE)
_WITHDRAWN = re.compile(
    r"\b(?:this|the)\s+(?:paper|article|submission|manuscript|preprint|work)\s+(?:has\s+been|was|is)\s+withdrawn"
    r"|\bwithdrawn\s+by\s+(?:the\s+)?(?:authors?|arxiv|admin)"
    r"|^\s*withdrawn\b",
    re.IGNORECASE,
)


class MalformedResponse(Exception):
    pass


@dataclass(frozen=True)
class PaperRecord:
    base: str
    version: int | None
    title: str
    withdrawn: bool = False

    def to_dict(self) -> dict:
        return {"base": self.base, "version": self.version, "title": self.title, "withdrawn": self.withdrawn}

    @classmethod
    def from_dict(cls, data: dict) -> PaperRecord:
        return cls(data["base"], data.get("version"), data.get("title", ""), bool(data.get("withdrawn")))


@dataclass
class Feed:
    papers: dict[str, PaperRecord] = field(default_factory=dict)
    rejected: dict[str, str] = field(default_factory=dict)


def _text(element: ET.Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def parse_feed(body: bytes) -> Feed:
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise MalformedResponse(f"response is not XML ({exc})") from None
    if root.tag != f"{ATOM}feed":
        raise MalformedResponse(f"response is not an Atom feed (root element {root.tag!r})")
    feed = Feed()
    for entry in root.iter(f"{ATOM}entry"):
        entry_id = _text(entry.find(f"{ATOM}id"))
        title = _text(entry.find(f"{ATOM}title"))
        if "/api/errors" in entry_id or title == "Error":
            summary = _text(entry.find(f"{ATOM}summary"))
            match = _ERROR_ID.search(entry_id) or _ERROR_ID.search(summary)
            if match:
                feed.rejected[match["id"].rstrip(".,;")] = summary or "rejected by arXiv"
            continue
        match = _ABS_ID.search(entry_id)
        if not match:
            continue
        comment = _text(entry.find(f"{ARXIV}comment"))
        summary = _text(entry.find(f"{ATOM}summary"))
        withdrawn = bool(_WITHDRAWN.search(comment) or _WITHDRAWN.search(summary[:300]))
        version = int(match["version"]) if match["version"] else None
        base = match["base"]
        feed.papers[base] = PaperRecord(base, version, title, withdrawn)
    return feed
