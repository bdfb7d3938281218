"""Running rules over documents: profiles, selection, options, severities, suppressions."""

from __future__ import annotations

import dataclasses
import os
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skilllint import rule_options
from skilllint import suppressions as suppression_comments
from skilllint.config import Config, ConfigError, glob_match
from skilllint.diagnostics import Diagnostic, Severity
from skilllint.discovery import Found
from skilllint.document import LoadProblem, SkillDocument, load_bytes
from skilllint.packs import Pack, PackError, PackSet, normalise_category
from skilllint.rules import RepositoryRule, Rule, RuleContext, all_rules, find_rule
from skilllint.selection import choose, matches
from skilllint.selection import unknown as unknown_selector

DEFAULT_PROFILE = "agent-skills"


@dataclass
class Options:
    """What the command line adds to the configuration."""

    profiles: list[str] | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)  # repository rule code -> facts
    suppressions: list[dict] = field(default_factory=list)
    crashed: bool = False
    checked: bool = True
    plan: tuple | None = None  # Linter.plan_key of the rules that ran


@dataclass
class RunResult:
    files: list[FileResult]

    @property
    def diagnostics(self) -> list[Diagnostic]:
        found = [d for f in self.files for d in f.diagnostics]
        return sorted(found, key=Diagnostic.sort_key)

    @property
    def files_checked(self) -> int:
        return sum(1 for f in self.files if f.checked)

    @property
    def files_examined(self) -> int:
        """The files checked, and those that could not be (invalid UTF-8, too large, ...) but were reported."""
        return sum(1 for f in self.files if f.checked or f.diagnostics)

    @property
    def crashed(self) -> bool:
        return any(f.crashed for f in self.files)


class Linter:
    def __init__(self, config: Config | None = None, options: Options | None = None, packs: PackSet | None = None,
                 rules: list[type[Rule]] | None = None):
        self.config = config or Config()
        self.options = options or Options()
        self.packs = packs or PackSet(self.config.pack_paths())
        self.repository_cache: Any = None  # a cache.ResultCache, when the run keeps one
        self.rules = rules or all_rules()
        self._plans: dict[tuple, list[tuple[Rule, RuleContext]]] = {}
        self._validate_profiles()
        self._validate_rule_options()
        self._validate_selectors()

    def _validate_profiles(self) -> None:
        """Load every pack now, so that a bad pack is a configuration error, not a silent fallback."""
        for name in self.packs.names():
            self.packs.closure([name])
        for name in self.options.profiles or []:
            self.packs.get(name)
        for key, name in self._configured_profiles():
            try:
                self.packs.get(name)
            except PackError as exc:
                raise PackError(f"{self.config.path or 'configuration'}: key '{key}': {exc}") from None

    def _configured_profiles(self) -> list[tuple[str, str]]:
        """(config key, pack name) of every profile the configuration names."""
        named = [("profile", name) for name in self.config.profiles]
        for pattern, profile in (self.config.get("profiles") or {}).items():
            named.extend((f"profiles.{pattern}", name) for name in ([profile] if isinstance(profile, str) else profile))
        return named

    def _validate_rule_options(self) -> None:
        found = rule_options.problems(self.config.get("rules") or {}, self.rules)
        if found:
            where = self.config.path or "configuration"
            raise ConfigError("invalid configuration\n" + "\n".join(f"{where}: key '{key}': {message}"
                                                                 for key, message in found))

    def _validate_selectors(self) -> None:
        where = self.config.path or "configuration"
        found = [f"{flag}: {problem}" for flag, problem in self._unknown_selectors(self._command_line_selectors())]
        found += [f"{where}: key '{key}': {problem}"
                  for key, problem in self._unknown_selectors(self._configured_selectors())]
        if found:
            raise ConfigError("\n".join(found))

    def _unknown_selectors(self, named: list[tuple[str, list[str]]]) -> list[tuple[str, str]]:
        return [(where, problem) for where, selectors in named for selector in selectors
                if (problem := unknown_selector(selector, self.rules))]

    def _command_line_selectors(self) -> list[tuple[str, list[str]]]:
        return [("--select", self.options.select or []), ("--extend-select", self.options.extend_select),
                ("--ignore", self.options.ignore)]

    def _configured_selectors(self) -> list[tuple[str, list[str]]]:
        named = [(key, self.config.get(key) or []) for key in ("select", "extend-select", "ignore")]
        named += [(f"per-file-ignores.{glob}", selectors)
                  for glob, selectors in (self.config.get("per-file-ignores") or {}).items()]
        named += [(f"severity.{selector}", [selector]) for selector in self.config.get("severity") or {}]
        return named

    # -- which rules run on a file ------------------------------------------------------------

    def profile_for(self, doc: SkillDocument | None, path: Path) -> list[str]:
        if self.options.profiles:
            names = list(self.options.profiles)
        else:
            names = []
            globs = self.config.get("profiles") or {}
            relative = self.config.relative(path) if globs else ""
            for pattern, profile in globs.items():
                if glob_match(pattern, relative):
                    names.extend([profile] if isinstance(profile, str) else profile)
            names = names or self.config.profiles or [DEFAULT_PROFILE]
        category = _category(doc)
        if category:
            pack = self.packs.by_category(category)
            if pack is not None and pack.name not in names:
                names.append(pack.name)
        return names

    def plan(self, profile: list[str], path: Path) -> list[tuple[Rule, RuleContext]]:
        return self.plan_for(self.plan_key(profile, path))

    def plan_key(self, profile: list[str], path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """What decides the rules that run on a file: its profile and the ignores that apply to it."""
        ignores = list(self.options.ignore) + list(self.config.get("ignore", []))
        per_file = self.config.get("per-file-ignores")
        if per_file:
            relative = self.config.relative(path)
            for pattern, selectors in per_file.items():
                if glob_match(pattern, relative):
                    ignores.extend(selectors)
        return (tuple(profile), tuple(ignores))

    def plan_for(self, key: tuple[tuple[str, ...], tuple[str, ...]]) -> list[tuple[Rule, RuleContext]]:
        if key in self._plans:
            return self._plans[key]
        profile, ignores = list(key[0]), list(key[1])
        closure = self.packs.closure(profile)
        pack_names = {p.name for p in closure}
        select = self.options.select if self.options.select is not None else self.config.get("select")
        extend = list(self.config.get("extend-select", [])) + list(self.options.extend_select)
        chosen = choose(self.rules, pack_names, select, extend, ignores)
        packs_by_name = {p.name: p for p in closure}
        allowed = _allowed_fields(closure, self.config)
        planned = []
        for rule_cls in chosen:
            severity = self._severity(rule_cls)
            if severity is None:
                continue
            pack = packs_by_name.get(rule_cls.pack) or self._pack_or_none(rule_cls.pack)
            ctx = RuleContext(
                options={**rule_cls.options, **self._rule_options(rule_cls)},
                pack=pack,
                packs=packs_by_name,
                settings={"allowed_fields": allowed, "config": self.config, "profile": profile},
                severity=severity,
            )
            planned.append((rule_cls(), ctx))
        self._plans[key] = planned
        return planned

    def _pack_or_none(self, name: str) -> Pack | None:
        try:
            return self.packs.get(name)
        except Exception:
            return None

    def _rule_options(self, rule_cls: type[Rule]) -> dict:
        """The configured options of a rule, under its name or its code (the code's win)."""
        table = self.config.get("rules") or {}
        by_name = [given for key, given in table.items() if key.lower() == rule_cls.name]
        by_code = [given for key, given in table.items() if key.lower() == rule_cls.code.lower()]
        return {key: value for given in by_name + by_code for key, value in given.items()}

    def _severity(self, rule_cls: type[Rule]) -> Severity | None:
        overrides = self.config.get("severity") or {}
        value = None
        for selector in sorted(overrides, key=len):
            if matches(selector, rule_cls):
                value = overrides[selector]
        if value == "off":
            return None
        return Severity(value) if value else rule_cls.severity

    # -- one file -----------------------------------------------------------------------------

    def lint_found(self, found: Found) -> FileResult:
        display = display_path(found.path)
        if found.problem:
            kind = {"not-found": "unreadable-file"}.get(found.problem, found.problem)
            return self._problem(display, LoadProblem(kind, f"{found.detail}"))
        try:
            size = found.path.stat().st_size
            if size > self.config.max_file_size:
                return self._problem(display, self._too_large(size))
            data = found.path.read_bytes()
        except OSError as exc:
            return self._problem(display, LoadProblem("unreadable-file", f"cannot read file: {exc.strerror or exc}"))
        return self.lint_bytes(data, found.path, display)

    def _too_large(self, size: int) -> LoadProblem:
        limit = self.config.max_file_size
        return LoadProblem("file-too-large", f"file is {size:,} bytes, over the {limit:,}-byte limit: skipped")

    def lint_bytes(self, data: bytes, path: Path, display: str) -> FileResult:
        """One file's bytes (standard input included), held to the same size limit as files on disk."""
        if len(data) > self.config.max_file_size:
            return self._problem(display, self._too_large(len(data)))
        try:
            loaded = load_bytes(data, path, display)
            if isinstance(loaded, LoadProblem):
                return self._problem(display, loaded)
            return self.lint_document(loaded)
        except Exception as exc:  # a file the parser cannot cope with must not stop the run
            result = FileResult(display, crashed=True)
            result.diagnostics.append(self._internal_error(display, None, exc, "reading the file"))
            return result

    def lint_document(self, doc: SkillDocument) -> FileResult:
        result = FileResult(doc.display_path)
        profile = self.profile_for(doc, doc.path)
        result.plan = self.plan_key(profile, doc.path)
        for rule, ctx in self.plan_for(result.plan):
            try:
                if isinstance(rule, RepositoryRule):
                    result.facts[rule.code] = rule.collect(doc, ctx)
                else:
                    for diagnostic in rule.check(doc, ctx):
                        if ctx.severity is not None and diagnostic.severity == rule.severity:
                            diagnostic.severity = ctx.severity
                        result.diagnostics.append(diagnostic)
            except Exception as exc:  # a crashing rule must not stop the run
                result.crashed = True
                result.diagnostics.append(self._internal_error(doc.display_path, rule, exc))
        try:
            found = suppression_comments.parse(doc)
        except Exception as exc:
            result.crashed = True
            result.diagnostics.append(self._internal_error(doc.display_path, None, exc))
            return result
        result.diagnostics = [d for d in result.diagnostics if d.code == "SL001" or not found.suppresses(d)]
        result.suppressions = [
            {"kind": s.kind, "line": s.line, "column": s.column, "selectors": s.selectors, "used": s.used,
             "ranges": [[first, last] for (x, first, last) in found.ranges if x is s]}
            for s in found.items
        ]
        return result

    def _internal_error(self, display: str, rule: Rule | None, exc: Exception, stage: str = "suppression parsing") -> Diagnostic:
        where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        origin = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
        name = f"rule {rule.code} ({rule.name})" if rule else stage
        message = f"{name} crashed: {type(exc).__name__}: {exc}{origin}"
        return find_rule("SL001")().report(display, message)

    def _problem(self, display: str, problem: LoadProblem) -> FileResult:
        rule_cls = find_rule(problem.kind)
        assert rule_cls is not None, problem.kind
        result = FileResult(display, checked=False)
        if not any(matches(s, rule_cls) for s in list(self.options.ignore) + list(self.config.get("ignore", []))):
            result.diagnostics.append(rule_cls().report(display, problem.message, problem.line, problem.column))
        return result

    # -- the whole run --------------------------------------------------------------------------

    def finish(self, results: list[FileResult]) -> RunResult:
        """Run repository rules over every file's facts, then report unused suppressions."""
        by_path = {r.path: r for r in results}
        repository_rules: dict[str, tuple[RepositoryRule, RuleContext]] = {}
        for profile_plan in self._plans.values():
            for rule, ctx in profile_plan:
                if isinstance(rule, RepositoryRule):
                    repository_rules.setdefault(rule.code, (rule, ctx))
        shared: dict = {}
        for code, (rule, ctx) in sorted(repository_rules.items()):
            ctx = dataclasses.replace(ctx, run=shared)
            facts = [(r.path, r.facts[code]) for r in results if code in r.facts]
            try:
                for diagnostic in self._check_repository(rule, facts, ctx):
                    if ctx.severity is not None and diagnostic.severity == rule.severity:
                        diagnostic.severity = ctx.severity
                    target = by_path.get(diagnostic.path)
                    if target is not None and not _suppressed(target, diagnostic):
                        target.diagnostics.append(diagnostic)
            except Exception as exc:
                first = results[0] if results else None
                if first is not None:
                    first.crashed = True
                    first.diagnostics.append(self._internal_error(first.path, rule, exc))
        self._report_unused_suppressions(results)
        for result in results:
            result.diagnostics.sort(key=Diagnostic.sort_key)
        return RunResult(sorted(results, key=lambda r: r.path))

    def _check_repository(self, rule: RepositoryRule, facts: list, ctx: RuleContext) -> Iterable[Diagnostic]:
        if self.repository_cache is None or not rule.cacheable:
            return rule.check_repository(facts, ctx)
        return self.repository_cache.repository(rule, facts, ctx)

    def _report_unused_suppressions(self, results: list[FileResult]) -> None:
        rule_cls = find_rule("SL002")
        if rule_cls is None or self._severity(rule_cls) is None:
            return
        ignores = list(self.options.ignore) + list(self.config.get("ignore", []))
        if any(matches(s, rule_cls) for s in ignores):
            return
        rule = rule_cls()
        for result in results:
            for s in result.suppressions:
                if s["used"]:
                    continue
                names = ", ".join(s["selectors"]) or "all rules"
                unknown = [x for x in s["selectors"] if find_rule(x) is None]
                detail = f" (unknown rule: {', '.join(unknown)})" if unknown else ""
                result.diagnostics.append(rule.report(
                    result.path, f"skilllint-{s['kind']} for {names} suppresses nothing{detail}", s["line"], s["column"]))

    def run(self, found: Iterable[Found]) -> RunResult:
        return self.finish([self.lint_found(item) for item in found])


def _suppressed(result: FileResult, diagnostic: Diagnostic) -> bool:
    hit = False
    for s in result.suppressions:
        selectors = [x.lower() for x in s["selectors"]]
        if selectors and diagnostic.code.lower() not in selectors and diagnostic.name not in selectors:
            continue
        if any(first <= diagnostic.line <= last for first, last in s["ranges"]):
            s["used"] = True
            hit = True
    return hit


def _category(doc: SkillDocument | None) -> str | None:
    if doc is None or doc.frontmatter is None:
        return None
    value = doc.frontmatter.mapping.get("category")
    return normalise_category(value) if isinstance(value, str) and value.strip() else None


def _allowed_fields(closure: list[Pack], config: Config) -> set[str]:
    allowed: set[str] = set()
    for pack in closure:
        allowed.update(pack.allowed_fields)
    allowed.update(config.get("allowed-fields", []))
    return allowed


def display_path(path: Path) -> str:
    if str(path) == "-":
        return "-"
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path.as_posix()
    return Path(relative).as_posix() if not relative.startswith("..") else path.as_posix()
