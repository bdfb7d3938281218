"""The skillxiv fixes: exact output, idempotence, and every other byte kept."""

from __future__ import annotations

import pytest
import yaml
from helpers import FIXTURES, lint_text

from skilllint.document import SkillDocument
from skilllint.fixes import apply_edits

REGISTRY = {"skillxiv": {"tags-registry": str(FIXTURES / "unknown-tag" / "tags.json")}}


def fixes(text, code, unsafe=False):
    found = lint_text(text, profile="skillxiv", select=[code], config=REGISTRY)
    return [d.fix for d in found if d.fix is not None and (unsafe or d.fix.safe)]


def fix_all(text, code, unsafe=False):
    edits = [edit for fix in fixes(text, code, unsafe) for edit in fix.edits]
    return apply_edits(text, edits)


def assert_idempotent(text, code, unsafe=False):
    once = fix_all(text, code, unsafe)
    assert fixes(once, code, unsafe) == []
    assert fix_all(once, code, unsafe) == once
    return once


def data(text):
    return SkillDocument.from_text(text).frontmatter.data


BLOCK = (FIXTURES / "block-style-list" / "bad.md").read_text(encoding="utf-8")


def test_block_lists_become_inline_lists_and_nothing_else_changes():
    fixed = assert_idempotent(BLOCK, "SX006")
    expected = BLOCK.replace(
        'keywords:\n  - Attention\n  - GPU Kernels\n  - "IO-Aware: Algorithms"\n  - Tiling\n  - Memory Efficiency\n',
        'keywords: [Attention, GPU Kernels, "IO-Aware: Algorithms", Tiling, Memory Efficiency]\n',
    ).replace("tags:\n- Inference Efficiency\n- ML Systems\n", "tags: [Inference Efficiency, ML Systems]\n")
    assert fixed == expected
    assert data(fixed) == data(BLOCK)


def test_crlf_line_endings_are_kept():
    crlf = BLOCK.replace("\n", "\r\n")
    fixed = assert_idempotent(crlf, "SX006")
    assert fixed == fix_all(BLOCK, "SX006").replace("\n", "\r\n")


def test_block_list_with_a_comment_gets_no_fix():
    text = (FIXTURES / "block-style-list" / "bad-comment.md").read_text(encoding="utf-8")
    assert [d.code for d in lint_text(text, profile="skillxiv", select=["SX006"])] == ["SX006"]
    assert fixes(text, "SX006") == []


@pytest.mark.parametrize("item", ["yes", "3", "1.5", "a, b", "C#", "#hash", "x: y", "[bracket]", "'quoted'",
                                  'say "hi"', "null", "  padded", "Ünïcödé", "~", "@at", "*star", "-dash", "? q"])
def test_items_that_need_quoting_read_back_the_same(item):
    text = "---\nname: x\nkeywords:\n  - Plain Item\n  - " + yaml.safe_dump(item, default_style='"').strip() + "\n---\nBody\n"
    fixed = assert_idempotent(text, "SX006")
    assert data(fixed) == data(text)
    assert fixed.startswith("---\nname: x\nkeywords: [Plain Item, ")
    assert fixed.endswith("]\n---\nBody\n")


def test_plain_description_becomes_double_quoted():
    text = (FIXTURES / "description-not-double-quoted" / "bad.md").read_text(encoding="utf-8")
    fixed = assert_idempotent(text, "SX011")
    before = "description: Cut attention memory from quadratic to linear. Use when context length is limited by GPU memory.\n"
    after = 'description: "Cut attention memory from quadratic to linear. Use when context length is limited by GPU memory."\n'
    assert fixed == text.replace(before, after)
    assert data(fixed) == data(text)


def test_folded_description_fix_is_unsafe_and_drops_only_the_final_newline():
    text = (FIXTURES / "description-not-double-quoted" / "bad-folded.md").read_text(encoding="utf-8")
    assert fixes(text, "SX011") == []
    fixed = assert_idempotent(text, "SX011", unsafe=True)
    assert data(fixed)["description"] == data(text)["description"].rstrip("\n")
    assert fixed.split("description:")[0] == text.split("description:")[0]
    assert fixed.split("\ncategory:")[1] == text.split("\ncategory:")[1]


def test_description_with_escapes_reads_back_the_same():
    text = "---\nname: x\ndescription: 'He said \"use\" it: a\\b # not a comment'\n---\nBody\n"
    fixed = assert_idempotent(text, "SX011")
    assert data(fixed) == data(text)


def test_license_case_fix():
    text = (FIXTURES / "license-mismatch" / "bad-case.md").read_text(encoding="utf-8")
    fixed = assert_idempotent(text, "SX014")
    assert fixed == text.replace("license: mit\n", "license: MIT\n")
    assert fixes((FIXTURES / "license-mismatch" / "bad.md").read_text(encoding="utf-8"), "SX014") == []


@pytest.mark.parametrize("url", [
    "http://arxiv.org/abs/2205.14135v2",
    "https://arxiv.org/pdf/2205.14135v2",
    "https://arxiv.org/pdf/2205.14135v2.pdf",
    "https://export.arxiv.org/abs/2205.14135v2",
])
def test_non_canonical_url_is_fixed_once_under_this_profile(url):
    text = (FIXTURES / "url-not-arxiv" / "good.md").read_text(encoding="utf-8").replace(
        "https://arxiv.org/abs/2205.14135", url)
    found = [d for d in lint_text(text, profile="skillxiv", config=REGISTRY) if d.code.startswith(("SX", "AX"))]
    assert [d.code for d in found] == ["AX003"]
    fixed = assert_idempotent(text, "AX003")
    assert fixed == text.replace(url, "https://arxiv.org/abs/2205.14135")
    config = {**REGISTRY, "rules": {"AX003": {"keep-version": True}}}
    kept = apply_edits(text, [e for d in lint_text(text, profile="skillxiv", select=["AX003"], config=config)
                              for e in d.fix.edits])
    assert kept == text.replace(url, "https://arxiv.org/abs/2205.14135v2")
