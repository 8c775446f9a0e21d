"""The service as `make serve` runs it (gunicorn + the outbox worker), on a fresh database, for
the proofs that must cross a real socket: `make load`, `make soak` and `make fuzz`.

PostgreSQL (a fresh database of its own) when it answers on DHR_TEST_POSTGRES_URL's server,
SQLite otherwise; the data directory is a new temporary one either way.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import requests
from sqlalchemy import text
from sqlalchemy.engine import make_url

from services.storage.db import make_engine

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Served:
    base_url: str
    database: str
    data_dir: Path
    process: subprocess.Popen
    verify: str | bool = True  # the dev certificate's path when served over HTTPS
    database_url: str = ""

    def token(self, email: str) -> str:
        r = requests.post(
            f"{self.base_url}/api/v1/dev/sign-in",
            json={"email": email},
            timeout=10,
            verify=self.verify,
        )
        r.raise_for_status()
        return r.json()["access_token"]

    def pids(self) -> list[int]:
        """The serve supervisor and everything under it (gunicorn master, workers, outbox)."""
        import psutil

        parent = psutil.Process(self.process.pid)
        return [parent.pid, *(c.pid for c in parent.children(recursive=True))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _on_test_server(*statements: str) -> None:
    engine = make_engine(os.environ["DHR_TEST_POSTGRES_URL"], isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as c:
            for statement in statements:
                c.execute(text(statement))
    finally:
        engine.dispose()


def fresh_postgres(name: str) -> str | None:
    """A new, empty database on the test server, or None when PostgreSQL does not answer."""
    base = os.environ.get("DHR_TEST_POSTGRES_URL")
    if not base:
        return None
    _on_test_server(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
    return make_url(base).set(database=name).render_as_string(hide_password=False)


@contextlib.contextmanager
def serve(name: str, command: list[str] | None = None, **env: str) -> Iterator[Served]:
    """Runs `python -m scripts.serve` (or `command`, e.g. `make run`, in its own process group)
    until the block ends; yields once /health answers (over HTTPS, trusting the dev certificate,
    when DHR_TLS=1 is passed)."""
    with tempfile.TemporaryDirectory(prefix=f"dhr-{name}-") as tmp:
        data_dir = Path(tmp) / "data"
        database = fresh_postgres(f"dhr_{name}") or f"sqlite:///{tmp}/dhr.sqlite3"
        port = free_port()
        environ = {
            **os.environ,
            "DHR_DATA_DIR": str(data_dir),
            "DHR_DATABASE_URL": database,
            "DHR_HOST": "127.0.0.1",
            "DHR_PORT": str(port),
            "DHR_TLS": "0",
            "DHR_PUBLIC_URL": f"http://127.0.0.1:{port}",
            **env,
        }
        log = open(Path(tmp) / "serve.log", "wb")  # noqa: SIM115 - closed below
        process = subprocess.Popen(
            command or [sys.executable, "-m", "scripts.serve"],
            cwd=ROOT,
            env=environ,
            stdout=log,
            stderr=log,
            start_new_session=command is not None,
        )
        tls = environ["DHR_TLS"] == "1"
        base_url = f"{'https' if tls else 'http'}://127.0.0.1:{port}"
        verify = str(data_dir / "dev-cert.pem") if tls else True
        try:
            wait_for(base_url, process, Path(tmp) / "serve.log", verify=verify)
            where = (
                f"PostgreSQL {database.split('@')[-1]}"
                if database.startswith("postgres")
                else "SQLite"
            )
            yield Served(base_url, where, data_dir, process, verify, database)
        finally:
            if command is not None:  # make and everything it started
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
            else:
                process.terminate()
            try:
                process.wait(40)
            except subprocess.TimeoutExpired:
                process.kill()
            log.close()
            if database.startswith("postgres"):
                _on_test_server(f'DROP DATABASE IF EXISTS "dhr_{name}" WITH (FORCE)')


def wait_for(
    base_url: str, process: subprocess.Popen, log: Path, seconds: float = 180, verify=True
) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the service stopped:\n{log.read_text()[-3000:]}")
        with contextlib.suppress(OSError):  # refused, timed out, or no certificate yet
            if requests.get(f"{base_url}/health", timeout=10, verify=verify).status_code == 200:
                return
        time.sleep(0.3)
    raise RuntimeError(f"the service did not answer in {seconds} s:\n{log.read_text()[-3000:]}")
