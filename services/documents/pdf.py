"""Word to tagged, accessible PDF with LibreOffice headless, and text back out with pdftotext.

One conversion at a time per LibreOffice profile (the profile is not safe to share), each with a
timeout; a conversion that fails or times out is an error the caller reports, never a partial PDF.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
_LOCK = threading.Lock()


class ConversionUnavailable(Exception):
    """LibreOffice or poppler is not installed, or the conversion failed."""


def available() -> bool:
    return all(shutil.which(tool) for tool in ("soffice", "pdftotext"))


def to_pdf(data: bytes, profile: Path, timeout: float = 180) -> bytes:
    if not available():
        raise ConversionUnavailable("LibreOffice and poppler-utils are needed to publish PDFs")
    with _LOCK, tempfile.TemporaryDirectory() as work:
        source = Path(work) / "report.docx"
        source.write_bytes(data)
        try:
            subprocess.run(  # noqa: S603 - fixed arguments, no shell; the file is ours
                [  # noqa: S607 - the tool is found on PATH as the Makefile installs it
                    "soffice",
                    f"-env:UserInstallation=file://{profile.resolve()}",
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    TAGGED_PDF,
                    "--outdir",
                    work,
                    str(source),
                ],
                check=True,
                capture_output=True,
                timeout=timeout,
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise ConversionUnavailable(f"The PDF conversion failed: {type(exc).__name__}") from exc
        produced = source.with_suffix(".pdf")
        if not produced.exists():
            raise ConversionUnavailable("The PDF conversion produced nothing")
        return produced.read_bytes()


def pdf_text(data: bytes, timeout: float = 60) -> str:
    done = subprocess.run(
        ["pdftotext", "-", "-"],  # noqa: S607 - found on PATH as the Makefile installs it
        input=data,
        capture_output=True,
        timeout=timeout,
        check=True,
    )
    return done.stdout.decode("utf-8", "replace")
