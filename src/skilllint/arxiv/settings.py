"""The ``arxiv`` settings of a run: config key ``arxiv`` merged with the command line.

``ArxivSettings.from_values(config_value, **overrides)`` builds them; ``today(ctx_settings)`` is the
date the offline checks treat as the current one (``settings["today"]`` in tests, else the clock).
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_ENDPOINT = "https://export.arxiv.org/api/query"

# Config keys (kebab or snake case) -> field names.
_KEYS = {
    "verify": "verify",
    "endpoint": "endpoint",
    "cache_dir": "cache_dir",
    "ttl_days": "ttl_days",
    "not_found_ttl_hours": "not_found_ttl_hours",
    "min_interval_s": "min_interval_s",
    "timeout_s": "timeout_s",
    "retries": "retries",
    "title_threshold": "title_threshold",
    "refresh": "refresh",
}


@dataclass(frozen=True)
class ArxivSettings:
    verify: bool = False
    endpoint: str = DEFAULT_ENDPOINT
    cache_dir: str | None = None
    ttl_days: float = 30.0
    not_found_ttl_hours: float = 24.0
    min_interval_s: float = 3.0
    timeout_s: float = 30.0
    retries: int = 3
    title_threshold: float = 0.95
    refresh: bool = False

    @classmethod
    def from_values(cls, values: dict[str, Any] | None = None, **overrides: Any) -> ArxivSettings:
        known: dict[str, Any] = {}
        for key, value in (values or {}).items():
            name = _KEYS.get(key.replace("-", "_"))
            if name is not None:
                known[name] = value
        known.update({k: v for k, v in overrides.items() if v is not None})
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in known.items() if k in names})

    def with_(self, **changes: Any) -> ArxivSettings:
        return replace(self, **changes)

    def cache_path(self) -> Path:
        if self.cache_dir:
            return Path(self.cache_dir).expanduser() / "arxiv.sqlite3"
        return user_cache_dir() / "arxiv.sqlite3"


def user_cache_dir() -> Path:
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "skilllint" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "skilllint"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "skilllint"


def today(settings: dict[str, Any] | None) -> _dt.date:
    value = (settings or {}).get("today")
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        return _dt.date.fromisoformat(value)
    return _dt.date.today()


def apply_cli(config, verify: bool, endpoint: str | None, refresh: bool) -> None:
    """Merge ``--verify-arxiv``, ``--arxiv-endpoint`` and ``--refresh-arxiv`` into the config's ``arxiv`` key.

    ``--refresh-arxiv`` implies ``--verify-arxiv``. A bad endpoint raises ``ConfigError``.
    """
    from skilllint.config import ConfigError

    values = dict(config.values.get("arxiv") or {})
    if endpoint is not None:
        if not endpoint.startswith(("http://", "https://")):
            raise ConfigError(f"--arxiv-endpoint: expected an http:// or https:// URL, got {endpoint!r}")
        values["endpoint"] = endpoint
    if verify or refresh:
        values["verify"] = True
    if refresh:
        values["refresh"] = True
    if values:
        config.values["arxiv"] = values
