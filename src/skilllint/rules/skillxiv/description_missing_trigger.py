from __future__ import annotations

import re
from functools import lru_cache

from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import field_value, value_position

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")


@lru_cache(maxsize=8)
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


@register
class DescriptionMissingTrigger(Rule):
    """The `description` does not say both what the skill does and when to use it.

    ## What it checks
    That the description has a "when to use" clause — a phrase matching one of the pack's
    `trigger-patterns` ("Use when ...", "Use this for ...", "when building ...", "useful for",
    "if you need", "trigger") — and, outside the sentences with such a clause, at least
    `min-what-words` words saying what the skill does.

    ## Why it matters
    CONTRIBUTING.md: the description "Must describe both what the skill does and when to use it";
    paper2skill: "Structure: `[What it does — outcome] + [When to use — triggers]`". An agent
    reads only the descriptions when choosing a skill: without the trigger it cannot tell when
    this one applies; without the outcome it cannot tell what it gets.

    ## Bad
    ```yaml
    description: "Asymmetric confidence-aware error penalty for RL training of reasoning models."
    ```

    ## Good
    ```yaml
    description: "Penalise overconfident mistakes in RL training of reasoning models. Use when
      fine-tuning LLMs with verifiable rewards and accuracy plateaus."
    ```

    ## Options
    `min-what-words` (default 3); `trigger-patterns` in the pack's data.

    ## Fix
    None: only the author knows when the skill applies.
    """

    code = "SX012"
    name = "description-missing-trigger"
    severity = Severity.WARNING
    pack = "skillxiv"
    summary = "description must say what the skill does and when to use it"
    options = {"min-what-words": 3}

    def check(self, doc, ctx):
        value = field_value(doc, "description")
        if not isinstance(value, str) or not value.strip():
            return
        pattern = _compiled(tuple(ctx.pack_data().get("trigger-patterns", [])))
        if pattern is None:
            return
        sentences = [s for s in _SENTENCE.findall(value) if s.strip()]
        triggers = [s for s in sentences if pattern.search(s)]
        line, column = value_position(doc, "description")
        if not triggers:
            yield self.diagnostic(
                doc, line, column,
                "description does not say when to use the skill: add a clause such as 'Use when ...'")
            return
        what = sum(len(_WORD.findall(s)) for s in sentences if s not in triggers)
        if what == 0:
            first = triggers[0]
            match = pattern.search(first)
            what = len(_WORD.findall(first[: match.start()]))
        if what < int(ctx.options.get("min-what-words", 3)):
            yield self.diagnostic(
                doc, line, column,
                "description says when to use the skill but not what it does: start with the outcome")
