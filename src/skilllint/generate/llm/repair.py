"""The repair loop: ask for a record, validate, render, lint, send the problems back, for a bounded number of rounds."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from skilllint.diagnostics import Diagnostic, Severity
from skilllint.generate.render import environment, render_skill
from skilllint.generate.schema import Problem, load_schema, validate

Lint = Callable[[str], Sequence[Diagnostic]]


class Chat(Protocol):
    def complete(self, messages: list[dict[str, str]]) -> str: ...


@dataclass
class Attempt:
    """One round: what came back and what was wrong with it."""

    round: int
    record: dict[str, Any] | None = None
    text: str | None = None
    reply_error: str | None = None
    problems: list[Problem] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def renderable(self) -> bool:
        return self.text is not None

    @property
    def blocking(self) -> list[Diagnostic]:
        """Diagnostics the loop tries to remove: every error and warning."""
        return [d for d in self.diagnostics if d.severity.rank >= Severity.WARNING.rank]

    @property
    def clean(self) -> bool:
        return self.renderable and not self.problems and not self.blocking


@dataclass
class RepairResult:
    attempts: list[Attempt]
    messages: list[dict[str, str]]

    @property
    def rounds(self) -> int:
        return len(self.attempts)

    @property
    def best(self) -> Attempt | None:
        """The rendered attempt with the fewest problems; the later one wins a tie."""
        rendered = [a for a in self.attempts if a.renderable]
        return min(rendered, key=lambda a: (len(a.problems) + len(a.blocking), -a.round), default=None)


def repair_loop(chat: Chat, paper_text: str, lint: Lint, max_rounds: int,
                partial: dict[str, Any] | None = None) -> RepairResult:
    env = environment()
    messages = [
        {"role": "system", "content": env.get_template("llm-system.md.j2").render(
            schema=json.dumps(load_schema(), indent=1))},
        {"role": "user", "content": env.get_template("llm-request.md.j2").render(
            paper=paper_text, partial=json.dumps(partial, indent=1, ensure_ascii=False) if partial else None)},
    ]
    attempts: list[Attempt] = []
    for number in range(1, max_rounds + 1):
        reply = chat.complete(messages)
        messages.append({"role": "assistant", "content": reply})
        attempt = _evaluate(number, reply, lint)
        attempts.append(attempt)
        if attempt.clean or number == max_rounds:
            break
        messages.append({"role": "user", "content": env.get_template("llm-feedback.md.j2").render(attempt=attempt)})
    return RepairResult(attempts, messages)


def _evaluate(number: int, reply: str, lint: Lint) -> Attempt:
    attempt = Attempt(number)
    try:
        record = parse_reply(reply)
    except ValueError as exc:
        attempt.reply_error = str(exc)
        return attempt
    attempt.record = record
    attempt.problems = validate(record)
    if any(not problem.missing for problem in attempt.problems):
        return attempt
    attempt.text = render_skill(record)
    attempt.diagnostics = list(lint(attempt.text))
    return attempt


_FENCE = re.compile(r"^\s*```[a-zA-Z]*\s*\n(.*?)\n\s*```\s*$", re.DOTALL)


def parse_reply(reply: str) -> dict[str, Any]:
    """The JSON object in a reply, tolerating a Markdown code fence around it."""
    text = reply.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    if not text.startswith("{") and "{" in text and "}" in text:
        text = text[text.index("{"): text.rindex("}") + 1]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"the reply is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if not isinstance(data, dict):
        raise ValueError("the reply is JSON but not an object")
    return data
