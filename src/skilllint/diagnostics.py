"""The values that rules produce: severities, diagnostics and the edits that fix them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls(value.lower())


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of the document's text with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    edits: tuple[Edit, ...]
    description: str = ""
    safe: bool = True

    def to_dict(self) -> dict:
        return {
            "description": self.description,
            "safe": self.safe,
            "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in self.edits],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Fix:
        edits = tuple(Edit(e["start"], e["end"], e["replacement"]) for e in data["edits"])
        return cls(edits, data.get("description", ""), data.get("safe", True))


@dataclass
class Diagnostic:
    path: str
    line: int
    column: int
    code: str
    name: str
    severity: Severity
    message: str
    end_line: int | None = None
    end_column: int | None = None
    fix: Fix | None = field(default=None, compare=False)

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.message)

    def to_dict(self) -> dict:
        data = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "fixable": self.fixable,
        }
        if self.fix is not None:
            data["fix"] = self.fix.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Diagnostic:
        fix = Fix.from_dict(data["fix"]) if data.get("fix") else None
        return cls(
            data["path"], data["line"], data["column"], data["code"], data["name"],
            Severity(data["severity"]), data["message"], data.get("end_line"), data.get("end_column"), fix,
        )
