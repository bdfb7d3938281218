"""A minimal OpenAI-compatible chat-completions client on the standard library."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

from skilllint.generate.llm.settings import LLMSettings

Message = dict[str, str]


class LLMError(Exception):
    """The model could not be asked or its reply could not be read; the message says which."""


class ChatClient:
    def __init__(self, settings: LLMSettings) -> None:
        self.settings = settings

    @property
    def url(self) -> str:
        return f"{self.settings.base_url}/chat/completions"

    @property
    def endpoint(self) -> str:
        """The URL as shown in messages: no credentials, no query."""
        return f"{self.settings.display_url}/chat/completions"

    def complete(self, messages: list[Message]) -> str:
        """Send the conversation, return the assistant's reply text."""
        body = json.dumps({"model": self.settings.model, "messages": messages, "temperature": 0}).encode("utf-8")
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.settings.api_key:
            headers["Authorization"] = f"Bearer {self.settings.api_key}"
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.settings.timeout_s) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            detail = self._scrub(exc.read()[:300].decode("utf-8", "replace").strip())
            raise LLMError(f"{self.endpoint} answered HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")) from None
        except TimeoutError:
            raise LLMError(f"{self.endpoint} did not answer within {self.settings.timeout_s:g} s") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise LLMError(f"{self.endpoint} did not answer within {self.settings.timeout_s:g} s") from None
            raise LLMError(f"cannot reach {self.endpoint}: {exc.reason}") from None
        except OSError as exc:
            raise LLMError(f"cannot reach {self.endpoint}: {exc}") from None
        return self._content(raw)

    def _content(self, raw: bytes) -> str:
        try:
            payload: Any = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise LLMError(f"{self.endpoint} sent a reply that is not JSON") from None
        try:
            content = payload["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise LLMError(f"{self.endpoint} sent a reply without choices[0].message.content") from None
        if not isinstance(content, str) or not content.strip():
            raise LLMError(f"{self.endpoint} sent an empty reply")
        return content

    def _scrub(self, text: str) -> str:
        key = self.settings.api_key
        return text.replace(key, "***") if key else text
