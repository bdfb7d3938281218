"""What every rule is: identity, documentation, options and a ``check`` that yields diagnostics."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from skilllint.diagnostics import Diagnostic, Fix, Severity

if TYPE_CHECKING:
    from skilllint.document import SkillDocument
    from skilllint.packs import Pack


@dataclass
class RuleContext:
    """What a rule may read besides the document: its options, its pack and the run's settings."""

    options: dict[str, Any]
    pack: Pack | None
    packs: dict[str, Pack] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    severity: Severity | None = None
    run: dict[Any, Any] = field(default_factory=dict)  # shared by the repository rules of one run

    def pack_data(self, name: str | None = None) -> dict[str, Any]:
        pack = self.packs.get(name) if name else self.pack
        return pack.data if pack else {}


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    pack: ClassVar[str] = "agent-skills"
    summary: ClassVar[str] = ""
    options: ClassVar[dict[str, Any]] = {}  # option -> default; a configured value must have the default's type
    # What an option accepts when its default does not say: a tuple of the allowed values, or a type
    # for an option whose default is None (a configured null then means "the default" too).
    option_values: ClassVar[dict[str, tuple | type]] = {}
    fixable: ClassVar[bool] = False
    fix_safe: ClassVar[bool] = True
    scope: ClassVar[str] = "file"

    def check(self, doc: SkillDocument, ctx: RuleContext) -> Iterator[Diagnostic]:
        raise NotImplementedError

    def diagnostic(
        self,
        doc: SkillDocument,
        line: int,
        column: int = 1,
        message: str = "",
        *,
        end_line: int | None = None,
        end_column: int | None = None,
        fix: Fix | None = None,
        severity: Severity | None = None,
    ) -> Diagnostic:
        return Diagnostic(
            path=doc.display_path,
            line=max(1, line),
            column=max(1, column),
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=message or self.summary,
            end_line=end_line,
            end_column=end_column,
            fix=fix,
        )

    @classmethod
    def documentation(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or cls.summary)

    @classmethod
    def doc_section(cls, heading: str) -> str:
        """The text under ``## heading`` in the rule's documentation."""
        match = re.search(rf"^## {re.escape(heading)}\s*\n(.*?)(?=^## |\Z)", cls.documentation(), re.S | re.M)
        return match.group(1).strip() if match else ""


class RepositoryRule(Rule):
    """A rule that sees every document of the run.

    ``collect`` reduces one document to JSON-able facts (cached with the file's results);
    ``check_repository`` judges the facts of all files together. A rule whose verdict depends on
    nothing but the facts and its options may set ``cacheable``: the result cache then keeps its
    diagnostics for an unchanged set of facts (worth it for costly comparisons across files).
    """

    scope: ClassVar[str] = "repository"
    cacheable: ClassVar[bool] = False

    def check(self, doc: SkillDocument, ctx: RuleContext) -> Iterator[Diagnostic]:
        return iter(())

    def collect(self, doc: SkillDocument, ctx: RuleContext) -> Any:
        raise NotImplementedError

    def check_repository(self, facts: list[tuple[str, Any]], ctx: RuleContext) -> Iterator[Diagnostic]:
        raise NotImplementedError

    def at(self, path: str, line: int, message: str, column: int = 1, severity: Severity | None = None) -> Diagnostic:
        return Diagnostic(path, max(1, line), max(1, column), self.code, self.name, severity or self.severity, message)
