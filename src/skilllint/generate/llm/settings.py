"""Where the model lives: config key ``llm`` and the environment, the environment winning."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

DEFAULT_MAX_ROUNDS = 3
DEFAULT_TIMEOUT_S = 120.0


class SettingsError(Exception):
    """The model cannot be reached as configured (no base URL, no model)."""


@dataclass(frozen=True)
class LLMSettings:
    base_url: str
    model: str
    api_key: str | None = field(default=None, repr=False)
    max_rounds: int = DEFAULT_MAX_ROUNDS
    timeout_s: float = DEFAULT_TIMEOUT_S

    @property
    def display_url(self) -> str:
        """The base URL without credentials or query, for messages."""
        parts = urlsplit(self.base_url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
        return f"{parts.scheme}://{host}{port}{parts.path}"

    def __repr__(self) -> str:  # the key never appears in logs or tracebacks
        key = "set" if self.api_key else "unset"
        return (f"LLMSettings(base_url={self.display_url!r}, model={self.model!r}, api_key=<{key}>, "
                f"max_rounds={self.max_rounds}, timeout_s={self.timeout_s})")


def resolve_settings(
    config: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    max_rounds: int | None = None,
) -> LLMSettings:
    """Settings from the config's ``llm`` mapping, overridden by SKILLLINT_LLM_* (then OPENAI_*) variables."""
    config = config or {}
    environ = os.environ if environ is None else environ
    base_url = _first(environ.get("SKILLLINT_LLM_BASE_URL"), environ.get("OPENAI_BASE_URL"), config.get("base_url"))
    model = _first(environ.get("SKILLLINT_LLM_MODEL"), config.get("model"))
    api_key = _first(environ.get("SKILLLINT_LLM_API_KEY"), environ.get("OPENAI_API_KEY"))
    if not base_url:
        raise SettingsError("no model endpoint: set llm.base_url in the config or SKILLLINT_LLM_BASE_URL")
    if not model:
        raise SettingsError("no model name: set llm.model in the config or SKILLLINT_LLM_MODEL")
    rounds = max_rounds if max_rounds is not None else int(config.get("max_rounds", DEFAULT_MAX_ROUNDS))
    if rounds < 1:
        raise SettingsError("max_rounds must be at least 1")
    timeout = float(config.get("timeout_s", DEFAULT_TIMEOUT_S))
    return LLMSettings(base_url.rstrip("/"), model, api_key, rounds, timeout)


def _first(*values: Any) -> Any:
    for value in values:
        if value not in (None, ""):
            return value
    return None
