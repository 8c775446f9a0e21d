"""Parses untrusted files, and renders councils' own templates, only in sandbox workers.

Two pools of warm worker processes (services.documents.sandbox_pool), each process under an
address-space limit and each job under a processor-time and wall-clock budget:
- the render pool fills council templates and test-renders them, with a fair queue per CSP;
- the parse pool checks uploads, opens them with their own library, reads chronology workbooks
  and extracts the text the anonymity scan reads.
So a slow template never holds up an upload, and no parser of an untrusted file runs in the
web process. A job that breaks a limit is refused (422) and its worker replaced.
"""

from __future__ import annotations

from services.documents import sandbox_jobs as jobs
from services.documents.package_text import PackageText
from services.documents.render_docx import RenderFailed
from services.documents.sandbox_pool import Busy, Exhausted, FairPool, OverBudget
from services.documents.upload_checks import Limits, Refused
from services.domain.errors import SandboxBusy

MEMORY_LIMIT = 768 * 1024 * 1024


class ParseSandbox:
    def __init__(
        self,
        render_workers: int = 2,
        render_seconds: float = 10.0,
        upload_workers: int = 2,
        parse_seconds: float = 20.0,
        memory: int = MEMORY_LIMIT,
        time_limit: float | None = None,  # both budgets at once (tests)
        max_render_bytes: int = 100 * 1024 * 1024,
    ):
        if time_limit is not None:
            render_seconds = parse_seconds = time_limit
        self._render_seconds, self._parse_seconds = render_seconds, parse_seconds
        self._max_render_bytes = max_render_bytes
        self.renders = FairPool(
            render_workers, render_seconds, jobs.limit_worker, (memory,), render_seconds * 3
        )
        self.parses = FairPool(
            upload_workers, parse_seconds, jobs.limit_worker, (memory,), parse_seconds * 3
        )

    def inspect(self, data: bytes, filename: str, limits: Limits, key: str = "") -> str:
        """Every upload check and the file opened by its library: the kind, or Refused."""
        found = self._run(
            self.parses, key, "parse", "The document", jobs.inspect, data, filename, limits,
            self._parse_seconds,
        )  # fmt: skip
        return found["kind"]

    def check(self, kind: str, data: bytes, key: str = "") -> dict:
        """Opens an already-checked file with its own library (python-docx, openpyxl, pikepdf)."""
        return self._run(self.parses, key, "parse", "The document", jobs._open, kind, data)

    def render(self, template: bytes, context: dict, key: str = "") -> bytes:
        """Fills an untrusted (council) template; RenderFailed or Refused when it cannot."""
        return self._run(
            self.renders, key, "render", "The template", jobs.render, template, context,
            self._render_seconds, self._max_render_bytes,
        )  # fmt: skip

    def render_workbook(self, template: bytes, context: dict, key: str = "") -> bytes:
        """Fills a council's own action-plan workbook (an untrusted file openpyxl must open)."""
        return self._run(
            self.renders, key, "render", "The template", jobs.render_workbook, template, context,
            self._render_seconds,
        )  # fmt: skip

    @property
    def render_seconds(self) -> float:
        return self._render_seconds

    def template_report(self, template: bytes, known: set[str], key: str = "") -> dict:
        """{findings, variables} of a council's template, read in the render pool."""
        return self._run(
            self.renders, key, "render", "The template", jobs.template_report, template, known,
            self._render_seconds,
        )  # fmt: skip

    def chronology(self, kind: str, data: bytes, key: str = "") -> dict:
        return self._run(
            self.parses, key, "parse", "The document", jobs.chronology, kind, data,
            self._parse_seconds,
        )  # fmt: skip

    def action_plan(self, data: bytes, key: str = "") -> tuple[list, list]:
        return self._run(
            self.parses, key, "parse", "The workbook", jobs.action_plan, data, self._parse_seconds
        )

    def texts(self, data: bytes, key: str = "") -> PackageText:
        return self._run(
            self.parses, key, "parse", "The document", jobs.texts, data, self._parse_seconds
        )

    def _run(self, pool: FairPool, key: str, stage: str, what: str, job, *args):
        try:
            return pool.run(key, job, *args)
        except (Refused, RenderFailed):
            raise
        except OverBudget as exc:
            raise Refused(422, f"{stage}_timeout", f"{what} took too long") from exc
        except Exhausted as exc:
            raise Refused(
                422, f"{stage}_resources", f"{what} needs too much memory or processor time"
            ) from exc
        except Busy as exc:
            raise SandboxBusy(str(exc), retry_after=int(pool.seconds)) from exc
        except Exception as exc:
            verb = "opened" if stage == "parse" else "filled"
            code = "unreadable" if stage == "parse" else "render_failed"
            raise Refused(422, code, f"{what} cannot be {verb}: {exc}") from exc

    def close(self) -> None:
        self.renders.close()
        self.parses.close()
