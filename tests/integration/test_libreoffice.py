"""The rendered documents open in a real office suite: LibreOffice converts each one to PDF.

`make test` installs libreoffice-writer-nogui, libreoffice-calc-nogui and poppler-utils when
CI=true. Elsewhere the test is skipped, loudly, when they are missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from services.documents.catalogue import CATALOGUE
from services.documents.contents import numbered_pdf
from services.documents.contexts import headings_for, load_headings
from services.documents.pdf import to_pdfs
from services.documents.rebuild import rebuild, with_pages
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
    extra = {**sample_extra(h), "chronology_appendix": True}  # every heading, appendix D too
    context = template.build(sample_review_data(), extra)
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
    assert "End of document" not in text and "None" not in text.split()


def test_letters_and_the_action_plan_convert(tmp_path):
    for name in CATALOGUE:
        if name.startswith("letters/") or name == "action_plan":
            pages, text = to_pdf(tmp_path, name, render(name))
            assert pages >= 1, name
            assert "DEMO-2026-001" in text or name == "action_plan", name


def layout_text(pdf: bytes, first: int | None = None) -> str:
    pages = ["-f", str(first), "-l", str(first)] if first else []
    return subprocess.run(
        ["pdftotext", "-layout", *pages, "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")


def contents_lines(text: str) -> dict[str, int]:
    """The contents list as pdftotext lays it out: "1. Introduction ........ 4"."""
    found = {}
    for line in text.splitlines():
        match = re.match(r"^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$", line)
        if match:
            found[match.group(1)] = int(match.group(2))
    return found


def test_the_published_overview_has_a_numbered_contents_list_and_no_marking(tmp_path):
    assert not MISSING, f"CI=true but {', '.join(MISSING)} are not installed"
    public = rebuild(render("overview_report"), "Overview report", "Demo CSP")
    profile = tmp_path / "profile"
    numbered = with_pages(public, to_pdfs({"o": public.docx}, profile)["o"])
    pdf = to_pdfs({"o": numbered.docx}, profile)["o"]
    text = layout_text(pdf)
    listed = contents_lines(text)
    for heading in ("1. Introduction", "19. Recommendations", "Appendix A: Action plan"):
        assert heading in listed, heading
        assert heading in layout_text(pdf, listed[heading])  # the number is the heading's page
    for furniture in ("OFFICIAL", "DEMO-2026-001", "version", "End of document", "Right-click"):
        assert furniture not in text, furniture


def test_the_working_overview_s_contents_are_numbered_at_conversion(tmp_path):
    assert not MISSING, f"CI=true but {', '.join(MISSING)} are not installed"
    _docx, pdf = numbered_pdf(render("overview_report"), tmp_path / "profile")
    text = layout_text(pdf)
    listed = contents_lines(text)
    assert len(listed) >= 25
    for heading in ("16. Analysis", "Appendix B: Terms of reference"):
        assert heading in layout_text(pdf, listed[heading])
    assert "OFFICIAL-SENSITIVE" in text and "Right-click" not in text
