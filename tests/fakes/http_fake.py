"""A tiny threaded HTTP(S) server on 127.0.0.1 for protocol-level fakes, with fault injection."""

from __future__ import annotations

import ssl
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit


@dataclass
class Request:
    method: str
    path: str  # URL-decoded, without the query string
    query: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Fault:
    """Answer the next matching request with `reply` instead of handling it."""

    reply: Reply
    match: str = ""  # a substring of the decoded path, case-insensitive
    method: str | None = None
    times: int = 1
    delay: float = 0.0  # seconds to sit on the request first: a server that stalls


class FakeServer:
    def __init__(self, handle, tls_files: tuple | None = None):
        self._handle = handle
        self.faults: deque[Fault] = deque()
        self.log: list[Request] = []
        # Called with each request before it is answered: what another client does meanwhile.
        self.on_request = None
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self):
                length = int(self.headers.get("Content-Length") or 0)
                parts = urlsplit(self.path)
                request = Request(
                    self.command,
                    unquote(parts.path),
                    parts.query,
                    {k.lower(): v for k, v in self.headers.items()},
                    self.rfile.read(length) if length else b"",
                )
                reply = outer._dispatch(request)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (a stalled reply): nothing to tell

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_MERGE = _serve

            def log_message(self, *_args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        scheme = "http"
        if tls_files:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls_files)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            scheme = "https"
        self.base = f"{scheme}://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._lock = threading.Lock()

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *_exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def inject(
        self,
        reply: Reply,
        match: str = "",
        method: str | None = None,
        times: int = 1,
        delay: float = 0.0,
    ):
        self.faults.append(Fault(reply, match.lower(), method, times, delay))

    def _dispatch(self, request: Request) -> Reply:
        fault = None
        with self._lock:  # the fault queue and log only: a slow handler must not block others
            self.log.append(request)
            for candidate in list(self.faults):
                if candidate.match in request.path.lower() and candidate.method in (
                    None,
                    request.method,
                ):
                    candidate.times -= 1
                    if candidate.times <= 0:
                        self.faults.remove(candidate)
                    fault = candidate
                    break
        if self.on_request is not None:
            self.on_request(request)
        if fault is None:
            return self._handle(request)
        if fault.delay:
            time.sleep(fault.delay)
        return fault.reply
