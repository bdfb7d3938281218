from __future__ import annotations

import re

from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import field_value
from skilllint.rules.skillxiv._common import item_position

_SPLIT = re.compile(r"[\s/]+")


def _word_ok(word: str, first: bool, minor: set[str]) -> bool:
    head = word.split("-", 1)[0].lstrip("(\"'[")
    letters = [c for c in head if c.isalpha()]
    if not letters:
        return True  # numbers, symbols
    if not head[0].isalpha():
        return True  # 3D, 2-Simplicial
    if head[0].isupper():
        return True
    if any(c.isupper() for c in head[1:]):
        return True  # acronyms and brand spellings: vLLM, mHC, iPhone
    return not first and head.lower() in minor


def title_case_problem(keyword: str, minor: set[str]) -> str | None:
    """The first word that breaks Title Case, or None."""
    words = [w for w in _SPLIT.split(keyword.strip()) if w]
    for index, word in enumerate(words):
        if not _word_ok(word, index == 0, minor):
            return word
    return None


@register
class KeywordNotTitleCase(Rule):
    """A keyword that is not in Title Case.

    ## What it checks
    Each entry of `keywords`: every word starts with a capital letter, except short function
    words after the first (`of`, `and`, `for`, ... — the pack's `minor-words`). Acronyms and mixed
    spellings (`LLM`, `vLLM`, `mHC`) and words starting with a digit (`3D`) are accepted. In a
    hyphenated word only the first part is checked (`Chain-of-Thought` and `Long-context` both
    pass).

    ## Why it matters
    CONTRIBUTING.md: keywords in "Title Case"; paper2skill: "Use Title Case for each keyword".
    Keywords are shown and matched as labels across the repository; `reasoning` and `Reasoning`
    split one label in two.

    ## Bad
    ```yaml
    keywords: [reinforcement learning, policy optimization, LLM]
    ```

    ## Good
    ```yaml
    keywords: [Reinforcement Learning, Policy Optimization, LLM]
    ```

    ## Options
    `minor-words` in the pack's data.

    ## Fix
    None: capitalising proper names and acronyms right needs a person.
    """

    code = "SX007"
    name = "keyword-not-title-case"
    severity = Severity.WARNING
    pack = "skillxiv"
    summary = "keyword is not in Title Case"

    def check(self, doc, ctx):
        value = field_value(doc, "keywords")
        if not isinstance(value, list):
            return
        minor = {w.lower() for w in ctx.pack_data().get("minor-words", [])}
        bad = [k for k in value if isinstance(k, str) and title_case_problem(k, minor) is not None]
        if bad:
            line, column = item_position(doc, "keywords", bad[0])
            noun = "keyword is" if len(bad) == 1 else "keywords are"
            yield self.diagnostic(doc, line, column, f"{len(bad)} {noun} not in Title Case: {', '.join(repr(k) for k in bad)}")
