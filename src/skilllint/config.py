"""Configuration: found upward from the checked path, validated against schemas/config.schema.json."""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from skilllint import resources
from skilllint.document.yaml_nodes import (
    MAX_NESTING_DEPTH,
    bracket_too_deep,
    first_duplicate_key,
    room_to_compose,
    too_deep,
)
from skilllint.paths import resolved

CONFIG_NAMES = (".skilllint.yaml", ".skilllint.yml", "pyproject.toml")
DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024


class ConfigError(Exception):
    pass


class _ConfigLoader(yaml.SafeLoader):
    """YAML with the booleans of YAML 1.2: only true and false.

    PyYAML follows YAML 1.1, where on, off, yes and no are booleans too, so `AS040: off` would
    read as false rather than as the severity "off".
    """


_ConfigLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_ConfigLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


@dataclass
class Config:
    values: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    @property
    def profiles(self) -> list[str]:
        value = self.values.get("profile", [])
        return [value] if isinstance(value, str) else list(value)

    @property
    def fail_on(self) -> str:
        return self.values.get("fail-on", "error")

    @property
    def max_file_size(self) -> int:
        return self.values.get("max-file-size", DEFAULT_MAX_FILE_SIZE)

    def pack_paths(self) -> list[Path]:
        return [(self.root / p).resolve() for p in self.values.get("packs", [])]

    def relative(self, path: Path) -> str:
        try:
            return PurePosixPath(resolved(path).relative_to(resolved(self.root))).as_posix()
        except ValueError:
            return path.as_posix()

    def matches(self, pattern: str, path: Path) -> bool:
        return glob_match(pattern, self.relative(path))


def glob_match(pattern: str, relative: str) -> bool:
    """gitignore-like: a pattern without a slash matches any path component sequence's tail."""
    pattern = pattern.rstrip("/")
    if fnmatch.fnmatchcase(relative, pattern):
        return True
    if "/" not in pattern:
        parts = relative.split("/")
        return any(fnmatch.fnmatchcase(part, pattern) for part in parts)
    if pattern.startswith("**/"):
        return glob_match(pattern[3:], relative)
    return fnmatch.fnmatchcase(relative, pattern + "/*") or fnmatch.fnmatchcase(relative, pattern.rstrip("*") + "*")


def discover(start: Path) -> Path | None:
    """The nearest config file at or above ``start``."""
    folder = resolved(start)
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_tool_table(path)):
                return path
    return None


_TOO_DEEP = f"it nests deeper than {MAX_NESTING_DEPTH:,} levels"
_TOML_TOKENS = re.compile(  # strings and comments, which may hold brackets, then the brackets
    r'"""[\s\S]*?"""' r"|'''[\s\S]*?'''" r'|"(?:\\.|[^"\\\n])*"' r"|'[^'\n]*'" r"|#[^\n]*|[\[\]{}]"
)


def _has_tool_table(path: Path) -> bool:
    """Whether a pyproject.toml configures skilllint; one that cannot be parsed might, so it is an error."""
    tool = _read_toml(path).get("tool")
    return isinstance(tool, dict) and "skilllint" in tool


def _read_toml(path: Path) -> dict:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        text = path.read_text(encoding="utf-8")
        deep_line = bracket_too_deep(text, _TOML_TOKENS)
        if deep_line is not None:
            raise ConfigError(f"{path}:{deep_line}: cannot read configuration: {_TOO_DEEP}")
        with room_to_compose():
            return tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None


def load(path: Path) -> Config:
    if path.suffix == ".toml":
        tool = _read_toml(path).get("tool")
        if not isinstance(tool, dict) or "skilllint" not in tool:
            raise ConfigError(f"{path}: no [tool.skilllint] table")
        values = tool["skilllint"]
    else:
        values = _read_yaml(path)
    if values is None:
        values = {}
    validate(values, path)
    return Config(values, path)


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
        deep = too_deep(text, _ConfigLoader)
        if deep is not None:
            where = f"{path}:{deep.line + 1}:{deep.column + 1}"
            raise ConfigError(f"{where}: cannot read configuration: {_TOO_DEEP}")
        return _compose_and_construct(text)
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except yaml.MarkedYAMLError as exc:
        raise ConfigError(_describe_yaml_error(path, exc)) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None


def _compose_and_construct(text: str) -> Any:
    """The configuration's data; a key written twice is an error rather than the last one winning."""
    loader = _ConfigLoader(text)
    try:
        with room_to_compose():
            node = loader.get_single_node()
            if node is None:
                return None
            duplicate = first_duplicate_key(node)
            if duplicate is not None:
                key, first = duplicate
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key.value!r} (first on line {first.start_mark.line + 1})", key.start_mark
                )
            return loader.construct_document(node)
    finally:
        loader.dispose()


def _describe_yaml_error(path: Path, exc: yaml.MarkedYAMLError) -> str:
    """One line: where the YAML went wrong (what was left open, when the file ended too soon) and why."""
    problem = exc.problem or ""
    mark = exc.problem_mark
    if exc.context_mark is not None and ("<stream end>" in problem or "end of stream" in problem or mark is None):
        mark = exc.context_mark
    where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
    message = ", ".join(part for part in (exc.context, problem) if part)
    return f"{where}: cannot read configuration: {message}"


def validate(values: Any, path: Path | str) -> None:
    import jsonschema

    validator = jsonschema.Draft202012Validator(resources.schema("config"))
    errors = sorted(validator.iter_errors(values), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if errors:
        lines = []
        for err in errors:
            key = ".".join(str(p) for p in err.absolute_path)
            if err.validator == "additionalProperties" and not key:
                lines.append(f"{path}: {err.message}")
            else:
                lines.append(f"{path}: key '{key or '(top level)'}': {err.message}")
        raise ConfigError("invalid configuration\n" + "\n".join(lines))


def resolve(explicit: Path | None, start: Path) -> Config:
    if explicit is not None:
        return load(explicit)
    found = discover(start)
    return load(found) if found else Config()
