"""A Teams Workflows webhook on 127.0.0.1: it answers 202 like the real trigger, remembers each
message under its Idempotency-Key (a flow would dedupe on it), and can fail or stall on demand."""

from __future__ import annotations

import json
import threading

from tests.fakes.http_fake import FakeServer, Reply, Request


class FakeTeams:
    def __init__(self):
        self.posts: list[dict] = []  # every request that reached the handler, in order
        self.by_key: dict[str, dict] = {}
        self.stall_seconds = 0.0
        self.reached = threading.Event()
        self._closing = threading.Event()
        self.server = FakeServer(self._handle)

    @property
    def url(self) -> str:
        return f"{self.server.base}/workflows/demo/triggers/manual/run?sig=secret"

    def _handle(self, request: Request) -> Reply:
        body = json.loads(request.body)
        key = request.headers.get("idempotency-key", "")
        self.posts.append({"key": key, "body": body})
        self.reached.set()
        if self.stall_seconds:
            self._closing.wait(self.stall_seconds)
        self.by_key.setdefault(key, body)
        return Reply(202, b"", {})

    def __enter__(self):
        self.server.__enter__()
        return self

    def __exit__(self, *exc):
        self._closing.set()  # let stalled handlers finish so the server can close
        self.server.__exit__(*exc)
