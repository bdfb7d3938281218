"""arXiv identifiers: grammar, placeholders, references in URLs and text, canonical URLs.

Public API (everything else in this module is private):

``parse_id(text, today=None) -> ArxivId``
    Validate one identifier as written (``2501.12345``, ``2501.12345v2``, ``hep-th/9901001``,
    ``math.GT/0309136``). Raises :class:`InvalidArxivId` whose ``reason`` is one of
    :data:`REASONS` and whose ``message`` explains it. ``today`` (a ``datetime.date``) decides
    which months lie in the future; it defaults to the current date.

``ArxivId``
    A valid identifier: ``base`` (without version), ``version`` (int or ``None``), ``style``
    (``"new"`` or ``"old"``), ``archive`` and ``subject_class`` (old style only), ``year`` and
    ``month``. ``str(x)`` is the identifier as written with its version; ``x.url(keep_version)``
    the canonical URL.

``is_placeholder(text) -> bool``
    True for template stand-ins such as ``XXXX.XXXXX``, ``YYMM.NNNNN``, ``0000.00000``,
    ``2501.xxxxx`` and ``[verified arXiv ID]``.

``find_references(text, bare=False) -> list[Reference]``
    Every arXiv reference in a piece of text, in order: arxiv.org links (any host form, abs, pdf,
    html, with or without scheme, version, ``.pdf``) and ``arXiv:ID`` citations. With
    ``bare=True`` bare identifiers such as ``2508.04700`` count too (for lines, such as
    ``ARXIV:`` or ``Paper:``, whose value is known to name a paper). A :class:`Reference` carries
    ``start``/``end`` offsets into ``text``, ``raw`` (the matched text), ``id_text`` (the
    identifier as written, version included, maybe a placeholder or invalid), ``kind``
    (``"url"``, ``"citation"`` or ``"bare"``) and, for URLs, ``is_canonical``.

``extract_id(url_or_id) -> str | None``
    The identifier text inside one URL or citation or bare identifier, or ``None``.

``canonical_url(url_or_id, keep_version=True) -> str | None``
    ``https://arxiv.org/abs/ID`` for a URL or identifier that names a valid identifier, else
    ``None``.

``KNOWN_ARCHIVES``
    Archive name -> frozenset of its subject classes (empty when it has none).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

__all__ = [
    "KNOWN_ARCHIVES",
    "REASONS",
    "ArxivId",
    "InvalidArxivId",
    "Reference",
    "canonical_url",
    "extract_id",
    "find_references",
    "is_placeholder",
    "parse_id",
]

CANONICAL_PREFIX = "https://arxiv.org/abs/"

_MATH = "AC AG AP AT CA CO CT CV DG DS FA GM GN GR GT HO IT KT LO MG MP NA NT OA OC PR QA RA RT SG SP ST"
_CS = (
    "AI AR CC CE CG CL CR CV CY DB DC DL DM DS ET FL GL GR GT HC IR IT LG LO MA MM MS NA NE NI OH OS"
    " PF PL RO SC SD SE SI SY"
)
_PHYSICS = (
    "acc-ph ao-ph app-ph atm-clus atom-ph bio-ph chem-ph class-ph comp-ph data-an ed-ph flu-dyn"
    " gen-ph geo-ph hist-ph ins-det med-ph optics plasm-ph pop-ph soc-ph space-ph"
)
_CLASSES = {
    "math": _MATH,
    "cs": _CS,
    "physics": _PHYSICS,
    "cond-mat": "dis-nn mes-hall mtrl-sci other quant-gas soft stat-mech str-el supr-con",
    "astro-ph": "CO EP GA HE IM SR",
    "nlin": "AO CD CG PS SI",
    "q-bio": "BM CB GN MN NC OT PE QM SC TO",
    "q-fin": "CP EC GN MF PM PR RM ST TR",
    "stat": "AP CO ME ML OT TH",
    "eess": "AS IV SP SY",
    "econ": "EM GN TH",
}
_WITHOUT_CLASSES = (
    "hep-th hep-ph hep-ex hep-lat gr-qc math-ph nucl-ex nucl-th quant-ph"
    # archives merged into others, still valid in identifiers from their time
    " acc-phys adap-org alg-geom ao-sci atom-ph bayes-an chao-dyn chem-ph cmp-lg comp-gas dg-ga"
    " funct-an mtrl-th patt-sol plasm-ph q-alg solv-int supr-con"
)
KNOWN_ARCHIVES: dict[str, frozenset[str]] = {
    **{name: frozenset(classes.split()) for name, classes in _CLASSES.items()},
    **{name: frozenset() for name in _WITHOUT_CLASSES.split()},
}

REASONS = {
    "placeholder": "a template placeholder, not an identifier",
    "malformed": "not an arXiv identifier",
    "month": "month outside 01-12",
    "future": "month after the current one",
    "era": "outside the months its scheme was in use",
    "digits": "wrong number of digits for its month",
    "archive": "unknown archive",
    "subject-class": "unknown subject class",
    "version": "invalid version",
    "sequence": "sequence number 0 is never assigned",
}


class InvalidArxivId(ValueError):
    """An identifier that breaks the grammar; ``reason`` is a key of :data:`REASONS`."""

    def __init__(self, text: str, reason: str, message: str) -> None:
        super().__init__(message)
        self.text = text
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class ArxivId:
    base: str
    version: int | None
    style: str
    year: int
    month: int
    archive: str | None = None
    subject_class: str | None = None

    def __str__(self) -> str:
        return self.base if self.version is None else f"{self.base}v{self.version}"

    def url(self, keep_version: bool = True) -> str:
        return CANONICAL_PREFIX + (str(self) if keep_version else self.base)


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    raw: str
    id_text: str
    kind: str
    is_canonical: bool = False


_NEW = re.compile(r"(?P<yymm>\d{4})\.(?P<num>\d+)(?:v(?P<v>\d+))?")
_OLD = re.compile(
    r"(?P<archive>[a-z]+(?:-[a-z]+)?)(?:\.(?P<cls>[A-Za-z]+(?:-[A-Za-z]+)?))?/(?P<yymm>\d{4})(?P<num>\d{3})"
    r"(?:v(?P<v>\d+))?"
)
_PLACEHOLDER_TOKEN = re.compile(
    r"""
    (?:[0-9Xx]{4}|YYMM|yymm)\.(?:[0-9Xx]{4,5}|N{4,5}|n{4,5})(?:v[0-9Nn])?
    | \[[^\]\n]{0,40}\barxiv\b[^\]\n]{0,40}\]
    | \[\s*id\s*\]
    """,
    re.IGNORECASE | re.VERBOSE,
)


def is_placeholder(text: str) -> bool:
    token = text.strip()
    if not _PLACEHOLDER_TOKEN.fullmatch(token):
        return False
    if token.startswith("["):
        return True
    head = token.split(".", 1)[0]
    if head.upper() == "YYMM" or re.search(r"[XxNn]", token.split("v", 1)[0]):
        return True
    digits = token.split("v", 1)[0].replace(".", "")
    return set(digits) == {"0"}


def _current(today: _dt.date | None) -> tuple[int, int]:
    day = today or _dt.date.today()
    return day.year, day.month


def parse_id(text: str, today: _dt.date | None = None) -> ArxivId:
    token = text.strip()
    if is_placeholder(token):
        raise InvalidArxivId(text, "placeholder", f"'{token}' is a placeholder, not an arXiv identifier")
    if m := _NEW.fullmatch(token):
        return _parse_new(token, m, today)
    if m := _OLD.fullmatch(token):
        return _parse_old(token, m, today)
    raise InvalidArxivId(
        text, "malformed", f"'{token}' is not an arXiv identifier (YYMM.NNNNN or archive/YYMMNNN)"
    )


def _version(token: str, raw: str | None) -> int | None:
    if raw is None:
        return None
    if int(raw) == 0 or raw.startswith("0"):
        raise InvalidArxivId(token, "version", f"'{token}': versions are numbered from v1")
    return int(raw)


def _check_month(token: str, year: int, month: int, today: _dt.date | None) -> None:
    if not 1 <= month <= 12:
        raise InvalidArxivId(token, "month", f"'{token}': month {month:02d} is outside 01-12")
    now_year, now_month = _current(today)
    if (year, month) > (now_year, now_month):
        raise InvalidArxivId(
            token, "future", f"'{token}': {year}-{month:02d} is after the current month ({now_year}-{now_month:02d})"
        )


def _parse_new(token: str, m: re.Match[str], today: _dt.date | None) -> ArxivId:
    yymm, num = m["yymm"], m["num"]
    year, month = 2000 + int(yymm[:2]), int(yymm[2:])
    if not 1 <= month <= 12:
        raise InvalidArxivId(token, "month", f"'{token}': month {yymm[2:]} is outside 01-12")
    if (year, month) < (2007, 4):
        raise InvalidArxivId(
            token, "era", f"'{token}': identifiers of the form YYMM.NNNN begin in 2007-04 (0704)"
        )
    _check_month(token, year, month, today)
    expected = 4 if year < 2015 else 5
    if len(num) != expected:
        era = "2007-04 to 2014-12" if expected == 4 else "2015-01 on"
        raise InvalidArxivId(
            token, "digits", f"'{token}': identifiers from {era} have {expected} digits after the dot, not {len(num)}"
        )
    if int(num) == 0:
        raise InvalidArxivId(token, "sequence", f"'{token}': sequence number {num} is never assigned")
    return ArxivId(f"{yymm}.{num}", _version(token, m["v"]), "new", year, month)


def _parse_old(token: str, m: re.Match[str], today: _dt.date | None) -> ArxivId:
    archive, cls, yymm, num = m["archive"], m["cls"], m["yymm"], m["num"]
    if archive not in KNOWN_ARCHIVES:
        raise InvalidArxivId(token, "archive", f"'{token}': '{archive}' is not an arXiv archive")
    if cls is not None and cls not in KNOWN_ARCHIVES[archive]:
        known = KNOWN_ARCHIVES[archive]
        hint = next((c for c in known if c.lower() == cls.lower()), None)
        detail = f" (did you mean {archive}.{hint}?)" if hint else ""
        raise InvalidArxivId(
            token, "subject-class", f"'{token}': '{cls}' is not a subject class of {archive}{detail}"
        )
    yy, month = int(yymm[:2]), int(yymm[2:])
    year = 1900 + yy if yy >= 91 else 2000 + yy
    if not 1 <= month <= 12:
        raise InvalidArxivId(token, "month", f"'{token}': month {yymm[2:]} is outside 01-12")
    if (year, month) < (1991, 8) or (year, month) > (2007, 3):
        raise InvalidArxivId(
            token,
            "era",
            f"'{token}': identifiers of the form archive/YYMMNNN run from 1991-08 to 2007-03",
        )
    _check_month(token, year, month, today)
    if int(num) == 0:
        raise InvalidArxivId(token, "sequence", f"'{token}': sequence number {num} is never assigned")
    base = f"{archive}{'.' + cls if cls else ''}/{yymm}{num}"
    return ArxivId(base, _version(token, m["v"]), "old", year, month, archive, cls)


# An identifier-like token: new style, old style, or a placeholder. Kept permissive so that
# invalid identifiers are found and reported rather than silently skipped.
_ID_TOKEN = (
    r"(?:[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]+(?:-[A-Za-z]+)?)?/\d{7}(?:v\d+)?"
    r"|(?:\d{4}|[Xx]{4}|YYMM|yymm)\.(?:\d+|[Xx]{4,5}|N{4,5})(?:v\d+)?"
    r"|[0-9Xx]{4}\.[0-9Xx]{4,5}(?:v\d+)?)"
)
_URL = re.compile(
    r"(?P<scheme>https?://)?(?P<host>(?:www\.|export\.)?arxiv\.org)/(?P<form>abs|pdf|html|format|ps)/"
    r"(?P<id>" + _ID_TOKEN + r")(?P<pdf>\.pdf)?(?P<slash>/)?(?![\w/-])",
    re.IGNORECASE,
)
_CITATION = re.compile(
    r"\barxiv\s*:\s*(?P<id>" + _ID_TOKEN + r"|\[[^\]\n]{1,60}\](?!\())(?![\w/-])", re.IGNORECASE
)
_BARE = re.compile(r"(?<![\w./-])(?P<id>" + _ID_TOKEN + r")(?![\w/-]|\.\d)")


def find_references(text: str, bare: bool = False) -> list[Reference]:
    found: list[Reference] = []
    taken: list[tuple[int, int]] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in taken)

    for m in _URL.finditer(text):
        canonical = (
            m["scheme"] == "https://"
            and m["host"] == "arxiv.org"
            and m["form"] == "abs"
            and not m["pdf"]
            and not m["slash"]
        )
        found.append(Reference(m.start(), m.end(), m[0], m["id"], "url", canonical))
        taken.append((m.start(), m.end()))
    for m in _CITATION.finditer(text):
        if m["id"].startswith("[") and not is_placeholder(m["id"]):
            continue
        if not overlaps(m.start(), m.end()):
            found.append(Reference(m.start(), m.end(), m[0], m["id"], "citation"))
            taken.append((m.start(), m.end()))
    if bare:
        for m in _BARE.finditer(text):
            if not overlaps(m.start(), m.end()):
                found.append(Reference(m.start(), m.end(), m[0], m["id"], "bare"))
    return sorted(found, key=lambda r: r.start)


def extract_id(url_or_id: str) -> str | None:
    text = url_or_id.strip()
    refs = find_references(text, bare=True)
    if len(refs) == 1 and refs[0].start == 0 and refs[0].end == len(text):
        return refs[0].id_text
    if is_placeholder(text):
        return text
    return None


def canonical_url(url_or_id: str, keep_version: bool = True) -> str | None:
    id_text = extract_id(url_or_id)
    if id_text is None:
        return None
    try:
        return parse_id(id_text).url(keep_version)
    except InvalidArxivId:
        return None
