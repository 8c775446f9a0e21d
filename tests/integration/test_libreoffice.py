"""The rendered documents open in a real office suite: LibreOffice converts each one to PDF.

`make test` installs libreoffice-writer-nogui, libreoffice-calc-nogui and poppler-utils when
CI=true. Elsewhere the test is skipped, loudly, when they are missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from services.documents.catalogue import CATALOGUE
from services.documents.contexts import headings_for, load_headings
from services.documents.render_docx import render_docx
from services.documents.render_xlsx import render_xlsx
from tests.fakes.review_data import sample_extra, sample_review_data

TOOLS = ("soffice", "pdftotext", "pdfinfo")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
if MISSING and os.environ.get("CI") != "true":
    pytest.skip(
        f"!!! LibreOffice check skipped: {', '.join(MISSING)} not installed "
        "(make test installs them under CI=true) !!!",
        allow_module_level=True,
    )

HEADINGS = load_headings()


def render(name: str) -> bytes:
    template = CATALOGUE[name]
    h = headings_for(HEADINGS, template.headings or "", "2016")
    context = template.build(sample_review_data(), sample_extra(h))
    if template.file_type == "xlsx":
        return render_xlsx(template.default_bytes(), context)
    return render_docx(template.default_bytes(), context)


def to_pdf(tmp_path, name: str, data: bytes) -> tuple[int, str]:
    assert not MISSING, f"CI=true but {', '.join(MISSING)} are not installed"
    source = tmp_path / f"{name.replace('/', '_')}.{CATALOGUE[name].file_type}"
    source.write_bytes(data)
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = source.with_suffix(".pdf")
    info = subprocess.run(
        ["pdfinfo", str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return pages, " ".join(text.split())


@pytest.mark.parametrize("name", ["imr", "overview_report", "executive_summary"])
def test_reports_convert_with_their_headings(tmp_path, name):
    pages, text = to_pdf(tmp_path, name, render(name))
    assert pages >= 2
    for heading in headings_for(HEADINGS, name, "2016").values():
        assert " ".join(heading.split()) in text, heading
    assert "End of document." in text


def test_letters_and_the_action_plan_convert(tmp_path):
    for name in CATALOGUE:
        if name.startswith("letters/") or name == "action_plan":
            pages, text = to_pdf(tmp_path, name, render(name))
            assert pages >= 1, name
            assert "DEMO-2026-001" in text or name == "action_plan", name
