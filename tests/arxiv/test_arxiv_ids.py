import datetime

import pytest

from skilllint.arxiv.ids import (
    KNOWN_ARCHIVES,
    REASONS,
    InvalidArxivId,
    canonical_url,
    extract_id,
    find_references,
    is_placeholder,
    parse_id,
)

TODAY = datetime.date(2026, 3, 15)


@pytest.mark.parametrize(
    ("text", "base", "version", "style"),
    [
        ("0704.0001", "0704.0001", None, "new"),
        ("1412.9999", "1412.9999", None, "new"),
        ("1501.00001", "1501.00001", None, "new"),
        ("2603.12345v3", "2603.12345", 3, "new"),
        ("hep-th/9108001", "hep-th/9108001", None, "old"),
        ("math.GT/0309136v2", "math.GT/0309136", 2, "old"),
        ("cond-mat.str-el/0601001", "cond-mat.str-el/0601001", None, "old"),
        ("chao-dyn/9703001", "chao-dyn/9703001", None, "old"),
        ("cs.LG/0703001", "cs.LG/0703001", None, "old"),
    ],
)
def test_valid_identifiers(text, base, version, style):
    parsed = parse_id(text, today=TODAY)
    assert (parsed.base, parsed.version, parsed.style) == (base, version, style)
    assert str(parsed) == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("XXXX.XXXXX", "placeholder"),
        ("YYMM.NNNNN", "placeholder"),
        ("YYMM.NNNN", "placeholder"),
        ("0000.00000", "placeholder"),
        ("2501.xxxxx", "placeholder"),
        ("[verified arXiv ID]", "placeholder"),
        ("2513.12345", "month"),
        ("2500.12345", "month"),
        ("2604.00001", "future"),
        ("0703.1234", "era"),
        ("hep-th/0704001", "era"),
        ("hep-th/9107001", "era"),
        ("1412.12345", "digits"),
        ("1501.1234", "digits"),
        ("2501.123", "digits"),
        ("2501.00000", "sequence"),
        ("foo-bar/9901001", "archive"),
        ("math.XY/0309136", "subject-class"),
        ("2501.12345v0", "version"),
        ("2501-12345", "malformed"),
        ("arxiv", "malformed"),
    ],
)
def test_invalid_identifiers(text, reason):
    with pytest.raises(InvalidArxivId) as info:
        parse_id(text, today=TODAY)
    assert info.value.reason == reason
    assert reason in REASONS
    assert text.strip() in info.value.message


def test_current_month_is_allowed_and_next_is_not():
    assert parse_id("2603.00001", today=TODAY).month == 3
    with pytest.raises(InvalidArxivId):
        parse_id("2604.00001", today=TODAY)
    assert parse_id("2604.00001", today=datetime.date(2026, 4, 1)).month == 4


def test_subject_class_case_hint():
    with pytest.raises(InvalidArxivId, match=r"did you mean math\.GT"):
        parse_id("math.gt/0309136", today=TODAY)


def test_archives_cover_old_and_current_names():
    for name in ("hep-th", "astro-ph", "solv-int", "patt-sol", "cmp-lg", "q-fin", "eess", "econ", "bayes-an"):
        assert name in KNOWN_ARCHIVES
    assert "LG" in KNOWN_ARCHIVES["cs"]
    assert "str-el" in KNOWN_ARCHIVES["cond-mat"]
    assert KNOWN_ARCHIVES["hep-th"] == frozenset()


@pytest.mark.parametrize(
    "text", ["XXXX.XXXXX", "xxxx.xxxx", "YYMM.NNNNN", "0000.0000", "[arXiv ID]", "[verified arXiv ID]", "[ID]"]
)
def test_placeholders(text):
    assert is_placeholder(text)


@pytest.mark.parametrize("text", ["2501.12345", "hep-th/9901001", "1000.0000", "[Paper title]", "id"])
def test_not_placeholders(text):
    assert not is_placeholder(text)


def test_find_references_in_text():
    text = (
        "See arXiv:2501.12345, https://arxiv.org/pdf/2501.12345v2.pdf. Old: "
        "http://export.arxiv.org/abs/hep-th/9901001 and arxiv.org/abs/XXXX.XXXXX; "
        "the canonical https://arxiv.org/abs/2401.00001."
    )
    refs = find_references(text)
    assert [(r.kind, r.id_text, r.is_canonical) for r in refs] == [
        ("citation", "2501.12345", False),
        ("url", "2501.12345v2", False),
        ("url", "hep-th/9901001", False),
        ("url", "XXXX.XXXXX", False),
        ("url", "2401.00001", True),
    ]
    assert all(text[r.start : r.end] == r.raw for r in refs)
    assert refs[-1].raw == "https://arxiv.org/abs/2401.00001"


def test_url_forms():
    forms = [
        "https://arxiv.org/abs/2501.12345",
        "https://arxiv.org/pdf/2501.12345",
        "https://arxiv.org/pdf/2501.12345.pdf",
        "https://arxiv.org/html/2501.12345v1",
        "http://arxiv.org/abs/2501.12345",
        "https://export.arxiv.org/abs/2501.12345",
        "https://www.arxiv.org/abs/2501.12345",
        "arxiv.org/abs/2501.12345",
        "https://arxiv.org/abs/2501.12345/",
        "HTTPS://ArXiv.org/abs/2501.12345",
    ]
    for url in forms:
        (ref,) = find_references(url)
        assert ref.raw == url
        assert ref.is_canonical == (url == forms[0])


def test_bare_ids_only_when_asked():
    text = "SEAgent: Self-Evolving Computer Use Agent (2508.04700), version 1.2345.6"
    assert find_references(text) == []
    assert [r.id_text for r in find_references(text, bare=True)] == ["2508.04700"]


def test_markdown_link_with_url_text_gives_two_references():
    text = "Paper: [arxiv.org/abs/2509.24372](https://arxiv.org/abs/2509.24372)"
    assert [r.id_text for r in find_references(text)] == ["2509.24372", "2509.24372"]


def test_citation_with_bracketed_placeholder():
    (ref,) = find_references("ARXIV: [verified arXiv ID]")
    assert ref.kind == "citation" and ref.id_text == "[verified arXiv ID]"
    assert find_references("arXiv: [Some Paper Title]") == []


def test_citation_written_as_a_link():
    text = "arXiv: [2509.24372](https://arxiv.org/abs/2509.24372) and arXiv: [Attention](https://arxiv.org/abs/1706.03762)"
    assert [(r.kind, r.id_text) for r in find_references(text)] == [("url", "2509.24372"), ("url", "1706.03762")]
    assert [(r.kind, r.id_text) for r in find_references(text, bare=True)] == [
        ("bare", "2509.24372"), ("url", "2509.24372"), ("url", "1706.03762")
    ]


def test_extract_id():
    assert extract_id("https://arxiv.org/pdf/2501.12345v2.pdf") == "2501.12345v2"
    assert extract_id("arXiv:hep-th/9901001") == "hep-th/9901001"
    assert extract_id(" 2501.12345 ") == "2501.12345"
    assert extract_id("XXXX.XXXXX") == "XXXX.XXXXX"
    assert extract_id("https://example.org/abs/2501.12345") is None
    assert extract_id("see arXiv:2501.12345 and arXiv:2501.12346") is None


@pytest.mark.parametrize(
    ("given", "keep", "expected"),
    [
        ("http://export.arxiv.org/pdf/2401.00001v3.pdf", False, "https://arxiv.org/abs/2401.00001"),
        ("http://export.arxiv.org/pdf/2401.00001v3.pdf", True, "https://arxiv.org/abs/2401.00001v3"),
        ("arXiv:2401.00001", True, "https://arxiv.org/abs/2401.00001"),
        ("math.GT/0309136", True, "https://arxiv.org/abs/math.GT/0309136"),
        ("https://arxiv.org/html/2409.12122v1", False, "https://arxiv.org/abs/2409.12122"),
        ("https://arxiv.org/abs/XXXX.XXXXX", True, None),
        ("https://arxiv.org/abs/2513.00001", True, None),
        ("not a reference", True, None),
    ],
)
def test_canonical_url(given, keep, expected):
    assert canonical_url(given, keep_version=keep) == expected
