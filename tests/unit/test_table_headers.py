"""Every word of every table's header row fits its column in every template: a heading broken
mid-word ("Practition / er role") is what a Home Office panel sees first on a landscape page.

Widths come from the template's own grid (twips, less Word's default cell margins); words are
measured in Liberation Sans, the metric twin of Arial that the PDFs embed.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FONTS = Path("/usr/share/fonts/truetype/liberation2")
MARGINS_PT = 2 * 5.4  # Word's default left and right cell margins, 108 twips each
TEMPLATES = sorted((ROOT / "templates").rglob("*.docx"))


def _font(bold: bool, size: float):
    from PIL import ImageFont

    name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    return ImageFont.truetype(str(FONTS / name), size=round(size * 10))


def _header_words(table) -> list[tuple[str, float, bool, float]]:
    """(word, size in pt, bold, column width in pt) for the first row's cells."""
    grid = [int(g.get(f"{W}w")) / 20 for g in table.findall(f"{W}tblGrid/{W}gridCol")]
    row = table.find(f"{W}tr")
    found, column = [], 0
    for cell in row.findall(f"{W}tc"):
        span = cell.find(f"{W}tcPr/{W}gridSpan")
        cols = int(span.get(f"{W}val")) if span is not None else 1
        width = sum(grid[column : column + cols])
        column += cols
        for run in cell.iter(f"{W}r"):
            text = "".join(t.text or "" for t in run.iter(f"{W}t"))
            if "{" in text:
                continue  # a field the data fills: its width is the data's
            size = run.find(f"{W}rPr/{W}sz")
            pt = int(size.get(f"{W}val")) / 2 if size is not None else 10.0
            bold = run.find(f"{W}rPr/{W}b") is not None
            found += [(word, pt, bold, width) for word in text.split()]
    return found


@pytest.mark.skipif(
    not FONTS.exists() and os.environ.get("CI") != "true",
    reason="!!! fonts-liberation2 not installed: header widths not measured (CI installs it) !!!",
)
@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT / "templates")))
def test_no_header_word_is_broken_across_lines(path):
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    too_wide = []
    for table in body.iter(f"{W}tbl"):
        for word, pt, bold, width in _header_words(table):
            needed = _font(bold, pt).getlength(word) / 10
            if needed > width - MARGINS_PT:
                too_wide.append(
                    f"{word!r} needs {needed:.1f} pt in a {width - MARGINS_PT:.1f} pt cell"
                )
    assert not too_wide, too_wide
