"""What runs inside a sandbox worker: every parse of an untrusted file, every council template.

Each function takes bytes and plain values and returns plain data (lists, dicts, strings,
numbers, dates), so nothing the file made is an object the web process has to trust. The
worker lives under an address-space limit; each job sets its own processor-time limit.
"""

from __future__ import annotations

import dataclasses
import io
import resource
import zipfile

import lxml.etree as etree  # lxml ships no stubs: pyright cannot see its compiled etree

from services.documents.upload_checks import Limits, Refused, check_upload

MAX_CELLS = 200_000  # a chronology workbook's cells; real ones have a few thousand
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def limit_worker(memory: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    import docx  # noqa: F401  (warm the worker)
    import docxtpl  # noqa: F401
    import openpyxl  # noqa: F401
    import pikepdf  # noqa: F401


class _CpuBudget:
    """This job's processor time, on top of what the worker has used so far.

    A backstop, twice the wall-clock budget: the pool's timer stops a slow job first and calls
    it too slow, so the same template gets the same answer on a loaded or an idle machine (with
    one budget for both, an idle machine's worker could reach its processor limit first and be
    reported as out of resources)."""

    def __init__(self, seconds: float):
        self._seconds = max(2, int(seconds * 2) + 1)

    def __enter__(self):
        self._soft, self._hard = resource.getrlimit(resource.RLIMIT_CPU)
        used = int(resource.getrusage(resource.RUSAGE_SELF).ru_utime) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (used + self._seconds, self._hard))

    def __exit__(self, *_exc):
        resource.setrlimit(resource.RLIMIT_CPU, (self._soft, self._hard))


def render(template: bytes, context: dict, seconds: float, max_bytes: int) -> bytes:
    from services.documents.render_docx import RenderFailed, render_docx

    with _CpuBudget(seconds):
        rendered = render_docx(template, context)
    if len(rendered) > max_bytes:
        raise RenderFailed(f"The filled template is larger than {max_bytes} bytes", "too_large")
    return rendered


def render_workbook(template: bytes, context: dict, seconds: float) -> bytes:
    from services.documents.render_xlsx import render_xlsx

    with _CpuBudget(seconds):
        return render_xlsx(template, context)


def inspect(data: bytes, filename: str, limits: Limits, seconds: float) -> dict:
    """The upload checks, then the file opened by its own library: {kind, ...} or Refused."""
    with _CpuBudget(seconds):
        kind = check_upload(data, filename, limits)
        return {"kind": kind, **_open(kind, data)}


def _open(kind: str, data: bytes) -> dict:
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
    from services.documents.pdf_checks import check_pdf

    return check_pdf(data)


def template_report(template: bytes, known: set[str], seconds: float) -> dict:
    """{findings, variables} of a council's template (services.documents.template_checks)."""
    from services.documents.template_checks import template_findings, template_variables

    with _CpuBudget(seconds):
        return {
            "findings": template_findings(template, known),
            "variables": sorted(template_variables(template)),
        }


def chronology(kind: str, data: bytes, seconds: float) -> dict:
    """An IMR chronology read from a .docx or an agency's .xlsx, as plain data."""
    from services.documents.docx_tables import read_tables
    from services.documents.imr_extract import find_chronology, find_recommendations
    from services.documents.xlsx_tables import read_sheets

    with _CpuBudget(seconds):
        if kind == "xlsx":
            _bounded_cells(data)
            found = find_chronology(read_sheets(data))
            return {"found": dataclasses.asdict(found), "recommendations": []}
        tables = read_tables(data)
        found = find_chronology(tables)
        recommendations, notes = find_recommendations(tables)
        found.notices.extend(notes)
        return {"found": dataclasses.asdict(found), "recommendations": recommendations}


def action_plan(data: bytes, seconds: float) -> tuple[list, list]:
    """An edited action-plan workbook's cells and problems (documents/action_plan_reader)."""
    from services.documents.action_plan_reader import read_plan

    with _CpuBudget(seconds):
        _bounded_cells(data)
        return read_plan(data)


def _bounded_cells(data: bytes) -> None:
    """Counts the cells of every worksheet by streaming its XML, before openpyxl loads it."""
    cells = 0
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            with package.open(name) as part:
                for _event, element in etree.iterparse(part, tag=f"{S}c", resolve_entities=False):
                    cells += 1
                    element.clear(keep_tail=False)
                    if cells > MAX_CELLS:
                        raise Refused(
                            422,
                            "too_many_cells",
                            f"The workbook has more than {MAX_CELLS} cells; a chronology "
                            "needs far fewer",
                        )


def texts(data: bytes, seconds: float):
    """Every piece of text of every part (the anonymity scan's extraction, a PackageText)."""
    from services.documents.package_text import extract

    with _CpuBudget(seconds):
        return extract(data)
