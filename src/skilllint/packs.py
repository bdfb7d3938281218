"""Rule packs: the declarative data that rules read (rules/*.yaml), validated by schemas/pack.schema.json.

A user's pack, and a built-in pack merged with one, is validated when it is loaded. The built-in
packs ship with the package and are validated by its tests (``validate_builtin_packs``), so a run
does not pay for loading the JSON Schema machinery to check them again.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from skilllint import resources

try:  # libyaml's loader reads the packs several times faster than the pure-Python one
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class PackError(Exception):
    pass


@dataclass
class Pack:
    name: str
    description: str = ""
    extends: list[str] = field(default_factory=list)
    allowed_fields: list[str] = field(default_factory=list)
    category: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    source: str = ""


def _validate(raw: Any, source: str) -> None:
    _check_against(resources.schema("pack"), raw, source, "")


def validate_data(pack: Pack) -> None:
    """Validate a pack's data against ``schemas/pack-data/<name>.schema.json`` when the pack has one."""
    schema = resources.pack_data_schema(pack.name)
    if schema is not None:
        _check_against(schema, pack.data, pack.source, "data.")


def _check_against(schema: dict, value: Any, source: str, prefix: str) -> None:
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(value), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        lines = []
        for err in errors:
            where = prefix + ".".join(str(p) for p in err.absolute_path) or "(top level)"
            lines.append(f"{source}: invalid pack at {where.rstrip('.') or '(top level)'}: {err.message}")
        raise PackError("\n".join(lines))


def _from_mapping(raw: dict, source: str, validate: bool = True) -> Pack:
    if validate:
        _validate(raw, source)
    return Pack(
        name=raw["name"],
        description=raw.get("description", ""),
        extends=list(raw.get("extends", [])),
        allowed_fields=list(raw.get("allowed-fields", [])),
        category=raw.get("category"),
        data=raw.get("data", {}) or {},
        source=source,
    )


def read_pack_file(path: Path) -> Pack:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PackError(f"{path}: cannot read pack: {exc}") from None
    if not isinstance(raw, dict):
        raise PackError(f"{path}: a pack must be a mapping")
    return _from_mapping(raw, str(path))


_builtin_cache: dict[str, Pack] = {}


def builtin_pack(name: str) -> Pack:
    if name not in _builtin_cache:
        resource = resources.pack_file(name)
        if not resource.is_file():
            raise PackError(f"unknown pack {name!r} (known: {', '.join(resources.pack_names())})")
        raw = yaml.load(resource.read_text(encoding="utf-8"), Loader=_SafeLoader)
        _builtin_cache[name] = _from_mapping(raw, f"rules/{name}.yaml", validate=False)
    return _builtin_cache[name]


def validate_builtin_packs() -> None:
    """Validate every built-in pack against the pack schema and its data schema (raises PackError)."""
    for name in resources.pack_names():
        raw = yaml.load(resources.pack_file(name).read_text(encoding="utf-8"), Loader=_SafeLoader)
        validate_data(_from_mapping(raw, f"rules/{name}.yaml"))


def deep_merge(base: Any, override: Any) -> Any:
    if isinstance(base, dict) and isinstance(override, dict):
        merged = dict(base)
        for key, value in override.items():
            merged[key] = deep_merge(base.get(key), value) if key in base else copy.deepcopy(value)
        return merged
    return copy.deepcopy(override)


class PackSet:
    """The built-in packs plus a user's own pack files.

    A user pack named like a built-in one overrides its data (deep merge: mappings merge, other values
    replace); a user pack with a new name is a new profile that can extend the others.
    """

    def __init__(self, user_pack_paths: list[Path] | None = None):
        self._user: dict[str, Pack] = {}
        for path in user_pack_paths or []:
            pack = read_pack_file(path)
            self._user[pack.name] = pack
        self._resolved: dict[str, Pack] = {}

    def names(self) -> list[str]:
        return sorted(set(resources.pack_names()) | set(self._user))

    def get(self, name: str) -> Pack:
        if name in self._resolved:
            return self._resolved[name]
        user = self._user.get(name)
        builtin: Pack | None
        try:
            builtin = builtin_pack(name)
        except PackError:
            builtin = None
            if user is None:
                raise
        if user is None:
            pack = builtin
        elif builtin is None:
            pack = user
        else:
            pack = Pack(
                name=name,
                description=user.description or builtin.description,
                extends=user.extends or builtin.extends,
                allowed_fields=sorted(set(builtin.allowed_fields) | set(user.allowed_fields)),
                category=user.category or builtin.category,
                data=deep_merge(builtin.data, user.data),
                source=f"{builtin.source} + {user.source}",
            )
        if user is not None:
            validate_data(pack)
        self._resolved[name] = pack
        return pack

    def closure(self, names: list[str]) -> list[Pack]:
        """The packs named and everything they extend, bases first, each once."""
        order: list[Pack] = []
        seen: set[str] = set()

        def visit(name: str, trail: tuple[str, ...]) -> None:
            if name in seen:
                return
            if name in trail:
                raise PackError(f"packs extend each other in a cycle: {' -> '.join(trail + (name,))}")
            pack = self.get(name)
            for base in pack.extends:
                visit(base, trail + (name,))
            seen.add(name)
            order.append(pack)

        for name in names:
            visit(name, ())
        return order

    def by_category(self, category: str) -> Pack | None:
        key = normalise_category(category)
        for name in self.names():
            pack = self.get(name)
            if pack.category and normalise_category(pack.category) == key:
                return pack
        return None

    def fingerprint(self) -> str:
        import hashlib
        import json

        payload = {name: self.get(name).__dict__ for name in self.names()}
        return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def normalise_category(value: str) -> str:
    return "".join(str(value).lower().split())
