"""Opens an uploaded document in a separate, resource-limited process.

A warm worker (python-docx and openpyxl already imported) parses each file under an address-space
limit; a parse that runs too long is abandoned and the worker replaced. Anything the parser
cannot open is refused.
"""

from __future__ import annotations

import io
import multiprocessing
import resource
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from services.documents.upload_checks import Refused

MEMORY_LIMIT = 768 * 1024 * 1024
TIME_LIMIT_SECONDS = 30


def _limit_worker() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    import docx  # noqa: F401  (warm the worker)
    import openpyxl  # noqa: F401


def _parse(kind: str, data: bytes) -> dict:
    if kind == "docx":
        import docx

        document = docx.Document(io.BytesIO(data))
        return {"paragraphs": len(document.paragraphs), "tables": len(document.tables)}
    if kind == "xlsx":
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            return {"sheets": workbook.sheetnames}
        finally:
            workbook.close()
    if kind == "pdf":
        if b"%%EOF" not in data[-2048:]:
            raise ValueError("the PDF has no end-of-file marker")
        return {}
    raise ValueError(f"unknown kind {kind}")


class ParseSandbox:
    """One warm worker process; replaced after a crash, a memory blow-up or a time-out."""

    def __init__(self, time_limit: float = TIME_LIMIT_SECONDS):
        self._time_limit = time_limit
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(1, mp_context=context, initializer=_limit_worker)
        return self._pool

    def check(self, kind: str, data: bytes) -> dict:
        with self._lock:
            future = self._executor().submit(_parse, kind, data)
            try:
                return future.result(timeout=self._time_limit)
            except FutureTimeout as exc:
                self._replace()
                raise Refused(422, "parse_timeout", "The document took too long to open") from exc
            except (BrokenProcessPool, MemoryError) as exc:
                self._replace()
                raise Refused(
                    422, "parse_resources", "The document needs too much memory to open"
                ) from exc
            except Exception as exc:
                raise Refused(422, "unreadable", f"The document cannot be opened: {exc}") from exc

    def _replace(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()
            pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
