"""Every piece of text an Office package holds, part by part: what a reader of the file could see.

Word paragraphs are joined across runs and include tracked deletions (w:delText), field codes
(w:instrText) and text boxes; alt text and titles come from attributes; properties (core, app,
custom), comments, headers, footers, footnotes and endnotes are parts like any other; relationship
targets (hyperlinks, linked file names) are read too. Worksheets' shared strings and inline
strings are read the same way, so a workbook can be scanned.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from lxml import etree

from services.documents.docx_tables import PARSER

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_TAGS = {f"{W}t", f"{W}delText", f"{W}instrText", f"{W}delInstrText"}
ATTRIBUTES = ("descr", "title", "name", "Target")
SKIP_ATTRIBUTE_VALUES = {"", "rId", "Picture", "Text Box"}


def package_texts(data: bytes) -> Iterator[tuple[str, str]]:
    """(part name, text) for every paragraph or text-bearing element of every XML part."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if not (name.endswith(".xml") or name.endswith(".rels")):
                continue
            root = etree.fromstring(package.read(name), PARSER)
            yield from _texts(name, root)


def _texts(part: str, root) -> Iterator[tuple[str, str]]:
    inside_paragraphs = set()
    for paragraph in root.iter(f"{W}p"):
        pieces = []
        for node in paragraph.iter():
            if node.tag in TEXT_TAGS:
                pieces.append(node.text or "")
                inside_paragraphs.add(node)
            elif node.tag == f"{W}tab":
                pieces.append("\t")
        text = "".join(pieces)
        if text.strip():
            yield part, text
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue  # comments and processing instructions
        if node.text and node.text.strip() and node not in inside_paragraphs:
            yield part, node.text
        for attribute in ATTRIBUTES:
            value = node.get(attribute)
            if value and value.strip() not in SKIP_ATTRIBUTE_VALUES:
                yield part, value
