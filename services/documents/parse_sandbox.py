"""Opens uploaded documents, and renders councils' own templates, in a resource-limited process.

A warm worker (python-docx, openpyxl and docxtpl already imported) runs each job under an
address-space and CPU-time limit; a job that runs too long is abandoned and the worker replaced.
Anything the parser cannot open is refused; a template that breaks the limits is refused too.
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
CPU_SECONDS = 20


def _limit_worker() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    import docx  # noqa: F401  (warm the worker)
    import docxtpl  # noqa: F401
    import openpyxl  # noqa: F401


def _render(template: bytes, context: dict) -> bytes:
    from services.documents.render_docx import render_docx

    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    used = int(resource.getrusage(resource.RUSAGE_SELF).ru_utime) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (used + CPU_SECONDS, hard))
    try:
        return render_docx(template, context)
    finally:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


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
        """Opens the document with its own library; Refused when it cannot be opened."""
        return self._run(_parse, (kind, data), "parse", "The document")

    def render(self, template: bytes, context: dict) -> bytes:
        """Renders an untrusted (council) template; Refused when it breaks a limit."""
        from services.documents.render_docx import RenderFailed

        try:
            return self._run(_render, (template, context), "render", "The template")
        except Refused as refused:
            if isinstance(refused.__cause__, RenderFailed):
                raise refused.__cause__ from None
            raise

    def _run(self, job, args: tuple, stage: str, what: str):
        with self._lock:
            future = self._executor().submit(job, *args)
            try:
                return future.result(timeout=self._time_limit)
            except FutureTimeout as exc:
                self._replace()
                raise Refused(422, f"{stage}_timeout", f"{what} took too long") from exc
            except (BrokenProcessPool, MemoryError) as exc:
                self._replace()
                raise Refused(
                    422, f"{stage}_resources", f"{what} needs too much memory or processor time"
                ) from exc
            except Exception as exc:
                verb = "opened" if stage == "parse" else "filled"
                code = "unreadable" if stage == "parse" else "render_failed"
                raise Refused(422, code, f"{what} cannot be {verb}: {exc}") from exc

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
