"""Properties of --fix over every fixture: fixing twice gives the bytes of fixing once, and only the
edited spans change (line endings and the BOM included)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from integrations.fix_rules import (
    AppendSection,
    BreakYaml,
    DropAuthor,
    FirstTypo,
    LowercaseName,
    RewriteTypoLine,
    assert_only_edits_changed,
)
from integrations.fix_rules import linter_with as _linter_with
from integrations.support import DATA, ROOT

from skilllint import resources
from skilllint.fixing import fix_bytes

TEST_RULES = (LowercaseName, FirstTypo, RewriteTypoLine, BreakYaml, DropAuthor, AppendSection)
FIXTURES = sorted(p for p in (ROOT / "fixtures").rglob("*.md") if p.is_file()) + sorted(DATA.rglob("SKILL.md"))


def _linter():
    # every pack's rules (so every fix that exists today), plus the test-only fixable rules
    return _linter_with(*TEST_RULES, profiles=resources.pack_names())


LINTER = None


def _fix(data: bytes, path: Path):
    global LINTER
    LINTER = LINTER or _linter()
    return fix_bytes(LINTER, data, path, str(path), unsafe=True)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(ROOT)))
def test_fixing_is_idempotent_and_local(path):
    if not path.is_file():
        pytest.skip(f"{path} went away after collection")
    data = path.read_bytes()
    once = _fix(data, path)
    if not once.converged:
        pytest.fail(f"fixes did not settle on {path}")
    twice = _fix(once.fixed, path)
    assert twice.fixed == once.fixed
    assert not twice.applied
    assert_only_edits_changed(once)
    if once.changed:
        assert once.fixed.startswith(b"\xef\xbb\xbf") == data.startswith(b"\xef\xbb\xbf")


LINE = st.sampled_from([
    "Plain text.", "teh start", "a teh b teh", "", "## Heading", "- item teh", "| a | teh |", "```", "ping",
    "    code teh", "<!-- skilllint-disable ZZ902 -->", "café teh 日本",
])


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(["My-Skill", "skill", "Ünïcode"]),
    body=st.lists(LINE, max_size=3),  # FirstTypo fixes one typo a round: stay within MAX_ROUNDS
    crlf=st.booleans(),
    bom=st.booleans(),
    author=st.booleans(),
)
def test_fixing_generated_skills_is_idempotent_and_local(name, body, crlf, bom, author):
    text = f"---\nname: {name}\ndescription: \"Fixes teh typos.\"\n" + ("author: x\n" if author else "") + "---\n\n"
    text += "\n".join(body) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    once = _fix(data, Path("gen/SKILL.md"))
    assert once.converged
    assert _fix(once.fixed, Path("gen/SKILL.md")).fixed == once.fixed
    assert_only_edits_changed(once)
    assert once.fixed.startswith(b"\xef\xbb\xbf") == bom
    if crlf:
        assert once.fixed.count(b"\n") == once.fixed.count(b"\r\n")
