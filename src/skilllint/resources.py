"""The data the package needs at run time: rule packs (``rules/``) and JSON Schemas (``schemas/``).

An installed wheel carries them inside the package as ``skilllint/_data``; a source checkout keeps
them at the repository root.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


@cache
def data_root() -> Traversable:
    packaged = resources.files("skilllint") / "_data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


def pack_file(name: str) -> Traversable:
    return data_root() / "rules" / f"{name}.yaml"


def pack_names() -> list[str]:
    folder = data_root() / "rules"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


@cache
def schema(name: str) -> dict:
    return json.loads((data_root() / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))


@cache
def pack_data_schema(pack_name: str) -> dict | None:
    resource = data_root() / "schemas" / "pack-data" / f"{pack_name}.schema.json"
    return json.loads(resource.read_text(encoding="utf-8")) if resource.is_file() else None
