"""A local chat-completions stand-in: a real HTTP server on 127.0.0.1 that answers from a script."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

import pytest
from helpers import local_server


@dataclass
class Reply:
    """What the server sends for one request: a chat message, or a raw HTTP answer."""

    content: str | None = None
    status: int = 200
    body: bytes | None = None
    hang: bool = False


@dataclass
class ChatStub:
    script: list[Reply] = field(default_factory=list)
    requests: list[dict] = field(default_factory=list)
    url: str = ""
    release: threading.Event = field(default_factory=threading.Event)

    def reply(self, content: str) -> None:
        self.script.append(Reply(content=content))

    def answer(self, body: bytes, status: int = 200) -> None:
        """A raw HTTP answer instead of a chat message."""
        self.script.append(Reply(status=status, body=body))

    def hang(self) -> None:
        """Never answer (until the test ends)."""
        self.script.append(Reply(hang=True))

    @property
    def conversations(self) -> list[list[dict]]:
        return [request["body"]["messages"] for request in self.requests]


def _handler(stub: ChatStub):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(length) or b"{}")
            stub.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
            reply = stub.script.pop(0) if stub.script else Reply(status=500, body=b'{"error": "script exhausted"}')
            if reply.hang:
                stub.release.wait(10)
                return
            if reply.body is not None:
                payload = reply.body
            else:
                payload = json.dumps({
                    "id": f"chatcmpl-{len(stub.requests)}", "object": "chat.completion", "model": body.get("model"),
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": reply.content}}],
                }).encode("utf-8")
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args) -> None:
            pass

    return Handler


@pytest.fixture
def chat_server():
    stub = ChatStub()
    with local_server(_handler(stub)) as base:
        stub.url = f"{base}/v1"
        try:
            yield stub
        finally:
            stub.release.set()
