"""SARIF 2.1.0, the format that GitHub code scanning and other CI tools read."""

from __future__ import annotations

import json
from urllib.parse import quote

from skilllint import __version__
from skilllint.report import ReportContext
from skilllint.report.locations import relative_to_root

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(run, context: ReportContext) -> str:
    diagnostics = run.diagnostics
    rules = _rules_that_fired(diagnostics)
    index = {code: i for i, code in enumerate(rules)}
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "skilllint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [descriptor(code, rule) for code, rule in rules.items()],
            }},
            "invocations": [{"executionSuccessful": not run.crashed}],
            "columnKind": "unicodeCodePoints",
            "results": [_result(d, index[d.code], context) for d in diagnostics],
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _rules_that_fired(diagnostics) -> dict:
    from skilllint.rules import find_rule

    rules = {}
    for d in sorted(diagnostics, key=lambda d: d.code):
        if d.code not in rules:
            rules[d.code] = (find_rule(d.code), d)
    return rules


def descriptor(code: str, found) -> dict:
    rule, first = found
    if rule is None:  # a diagnostic from a rule that is not registered (a plugin that went away)
        return {"id": code, "name": first.name, "shortDescription": {"text": first.name},
                "defaultConfiguration": {"level": LEVELS[first.severity.value]}}
    documentation = rule.documentation()
    full = rule.doc_section("What it checks") or rule.summary or documentation
    result = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "fullDescription": {"text": full},
        "help": {"text": documentation, "markdown": documentation},
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
        "properties": {"tags": [rule.pack], "fixable": bool(rule.fixable)},
    }
    return result


def _result(d, rule_index: int, context: ReportContext) -> dict:
    region = {"startLine": d.line, "startColumn": d.column}
    if d.end_line is not None and d.end_line >= d.line:
        region["endLine"] = d.end_line
        if d.end_column is not None and (d.end_line > d.line or d.end_column >= d.column):
            region["endColumn"] = d.end_column
    return {
        "ruleId": d.code,
        "ruleIndex": rule_index,
        "level": LEVELS[d.severity.value],
        "message": {"text": d.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": artifact_location(d.path, context),
            "region": region,
        }}],
    }


def artifact_location(path: str, context: ReportContext) -> dict:
    relative = relative_to_root(path, context.root)
    uri = quote(relative, errors="surrogateescape")  # a name's bytes that are not UTF-8 as %XX
    if relative.startswith("/"):  # outside the repository: an absolute file URI
        return {"uri": "file://" + uri}
    return {"uri": uri, "uriBaseId": "%SRCROOT%"}
