"""A TCP proxy on 127.0.0.1 that can cut every connection through it and refuse new ones:
the database "gone for a moment" as the service's driver sees it (a reset, then refusals)."""

from __future__ import annotations

import contextlib
import socket
import threading


class TcpProxy:
    def __init__(self, upstream: tuple[str, int]):
        self.upstream = upstream
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.down = threading.Event()
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.trigger: bytes | None = None
        threading.Thread(target=self._accept, daemon=True).start()

    def cut(self) -> None:
        """Resets every connection through the proxy; new ones are closed as they arrive."""
        self.down.set()
        with self._lock:
            for sock in list(self._open):
                # shutdown, not just close: another thread is blocked in recv on it, and only
                # shutdown reaches the peers (the server then ends the open transaction)
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    sock.close()
            self._open.clear()

    def cut_on(self, marker: bytes) -> None:
        """Cuts everything the moment a client sends `marker` (e.g. a statement's text), before
        the server sees it: a failure in the middle of a transaction."""
        self.trigger = marker

    def restore(self) -> None:
        self.trigger = None
        self.down.clear()

    def close(self) -> None:
        self._closed = True
        self.cut()
        self.listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.down.is_set():
                client.close()
                continue
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open.update({client, server})
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                if self.trigger and self.trigger in chunk:
                    self.cut()
                    return
                target.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                with contextlib.suppress(OSError):
                    sock.close()
            with self._lock:
                self._open.discard(source)
                self._open.discard(target)
