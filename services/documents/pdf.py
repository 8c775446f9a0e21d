"""Word to tagged, accessible PDF with LibreOffice headless, and text back out with pdftotext.

One conversion at a time per LibreOffice profile (the profile is not safe to share), each with a
timeout; a conversion that fails or times out is an error the caller reports, never a partial PDF.
Several documents go through one LibreOffice start. `finish` sets a published PDF's metadata
(document information and XMP alike) to the fixed title, author and language, and nothing else.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import pikepdf

EXPORT = {
    "UseTaggedPDF": {"type": "boolean", "value": "true"},
    "PDFUACompliance": {"type": "boolean", "value": "true"},
    "ExportBookmarks": {"type": "boolean", "value": "true"},
    "DisplayPDFDocumentTitle": {"type": "boolean", "value": "true"},
    "ExportNotes": {"type": "boolean", "value": "false"},
}
TAGGED_PDF = f"pdf:writer_pdf_Export:{json.dumps(EXPORT, separators=(',', ':'))}"
_LOCK = threading.Lock()


class ConversionUnavailable(Exception):
    """LibreOffice or poppler is not installed, or the conversion failed."""


def available() -> bool:
    return all(shutil.which(tool) for tool in ("soffice", "pdftotext"))


def to_pdf(data: bytes, profile: Path, timeout: float = 180) -> bytes:
    return to_pdfs({"report": data}, profile, timeout)["report"]


def to_pdfs(
    documents: dict[str, bytes], profile: Path, timeout: float = 300, every: bool = True
) -> dict[str, bytes]:
    """Each named .docx as a tagged PDF, converted by one LibreOffice run (with `every` false,
    the documents LibreOffice could not open are left out instead of failing the run)."""
    if not available():
        raise ConversionUnavailable("LibreOffice and poppler-utils are needed to publish PDFs")
    with _LOCK, tempfile.TemporaryDirectory() as work:
        sources = []
        for index, data in enumerate(documents.values()):
            source = Path(work) / f"document{index}.docx"
            source.write_bytes(data)
            sources.append(source)
        try:
            subprocess.run(  # noqa: S603 - fixed arguments, no shell; the files are ours
                [  # noqa: S607 - the tool is found on PATH as the Makefile installs it
                    "soffice",
                    f"-env:UserInstallation=file://{profile.resolve()}",
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    TAGGED_PDF,
                    "--outdir",
                    work,
                    *map(str, sources),
                ],
                check=True,
                capture_output=True,
                timeout=timeout,
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise ConversionUnavailable(f"The PDF conversion failed: {type(exc).__name__}") from exc
        made = {}
        for name, source in zip(documents, sources, strict=True):
            produced = source.with_suffix(".pdf")
            if produced.exists():
                made[name] = produced.read_bytes()
            elif every:
                raise ConversionUnavailable("The PDF conversion produced nothing")
        return made


def finish(data: bytes, title: str, author: str, language: str = "en-GB") -> bytes:
    """The PDF with exactly this title, author and language in its document information and
    XMP metadata; every other information entry (subject, keywords, creator) removed."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for key in list(pdf.docinfo.keys()):
            if key not in ("/CreationDate", "/ModDate", "/Producer"):
                del pdf.docinfo[key]
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = title
            meta["dc:creator"] = [author]
            meta["dc:language"] = [language]
            meta["pdf:Producer"] = str(pdf.docinfo.get("/Producer", "LibreOffice"))
        pdf.docinfo["/Title"] = title
        pdf.docinfo["/Author"] = author
        pdf.Root.Lang = pikepdf.String(language)
        pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def pdf_text(data: bytes, timeout: float = 60) -> str:
    done = subprocess.run(
        ["pdftotext", "-", "-"],  # noqa: S607 - found on PATH as the Makefile installs it
        input=data,
        capture_output=True,
        timeout=timeout,
        check=True,
    )
    return done.stdout.decode("utf-8", "replace")
