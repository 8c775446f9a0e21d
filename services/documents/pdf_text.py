"""Every piece of text a PDF holds, as plain records (like package_text for Office files).

The pages' text comes from pdftotext (poppler), a page a record, both as laid out and in the
content's order. Everything else is read with
pikepdf: the document information dictionary, the XMP metadata (every element and attribute),
the outline (bookmarks), and then every string anywhere in the file's objects, which covers link
annotations (URIs, contents, titles), form fields, named destinations, and the structure tree's
/Alt, /ActualText, /T and /E. `tagged(pdf)` says whether the PDF is tagged for accessibility.
"""

from __future__ import annotations

import io
import subprocess
from dataclasses import dataclass

import lxml.etree as etree  # lxml ships no stubs: pyright cannot see its compiled etree
import pikepdf

from services.documents.xml_text import read_xml

READING_ORDER = "(in reading order)"
PLACES = {
    "/Alt": "(PDF alternative text)",
    "/ActualText": "(PDF actual text)",
    "/URI": "(PDF link)",
    "/Contents": "(PDF annotation)",
    "/T": "(PDF title entry)",
    "/TU": "(PDF field tooltip)",
    "/E": "(PDF expansion text)",
}


@dataclass(frozen=True)
class PdfRecord:
    part: str
    node: str
    text: str
    paragraph: int | None = None


def pdf_records(data: bytes, timeout: float = 120) -> list[PdfRecord]:
    found = []
    for mode, label in (((), ""), (("-raw",), f" {READING_ORDER}")):
        for number, text in enumerate(page_texts(data, timeout, mode), start=1):
            if text.strip():
                found.append(PdfRecord("(PDF text)", f"page {number}{label}", text, number))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for key, value in (pdf.docinfo or {}).items():
            found.append(PdfRecord("(PDF metadata)", f"Info {key}", str(value)))
        found += _xmp(pdf)
        found += _outline(pdf)
        found += _strings(pdf)
    return found


def page_texts(data: bytes, timeout: float = 120, mode: tuple[str, ...] = ()) -> list[str]:
    """Each page's text as poppler lays it out, or (mode ("-raw",)) in the content's order,
    which keeps a word whose stacked accents the layout would put on a line of their own."""
    done = subprocess.run(  # noqa: S603 - fixed arguments, no shell
        ["pdftotext", *mode, "-enc", "UTF-8", "-", "-"],  # noqa: S607 - on PATH (Makefile)
        input=data,
        capture_output=True,
        timeout=timeout,
        check=True,
    )
    pages = done.stdout.decode("utf-8", "replace").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def tagged(data: bytes) -> bool:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        marked = pdf.Root.get("/MarkInfo", {}).get("/Marked", False)
        return bool(marked) and "/StructTreeRoot" in pdf.Root


def _xmp(pdf) -> list[PdfRecord]:
    stream = pdf.Root.get("/Metadata")
    if stream is None:
        return []
    try:
        text = read_xml(stream.read_bytes())
    except (etree.XMLSyntaxError, ValueError):
        return [PdfRecord("(PDF XMP metadata)", "unreadable XMP", "")]
    return [PdfRecord("(PDF XMP metadata)", node, value) for node, value, _ in text.pieces]


def _outline(pdf) -> list[PdfRecord]:
    found = []
    with pdf.open_outline() as outline:
        pending = list(outline.root)
        while pending:
            item = pending.pop(0)
            found.append(PdfRecord("(PDF outline)", "bookmark", item.title or ""))
            pending[:0] = list(item.children)
    return found


def _strings(pdf) -> list[PdfRecord]:
    """Every string in every object, labelled by the key it sits under; each indirect object
    is read once, on its own."""
    found: list[PdfRecord] = []
    seen: set[tuple[str, str]] = set()
    for number, obj in enumerate(pdf.objects):
        pending = [("", obj, True)]
        while pending:
            key, value, top = pending.pop()
            if isinstance(value, pikepdf.String):
                text = str(value)
                if len(text.strip()) >= 2 and (key, text) not in seen:
                    seen.add((key, text))
                    where = PLACES.get(key, "(PDF object)")
                    found.append(PdfRecord(where, f"{key or 'string'} in object {number}", text))
            elif isinstance(value, pikepdf.Object) and (top or not value.is_indirect):
                pending.extend((k or key, v, False) for k, v in _children(value))
    return found


def _children(value):
    if isinstance(value, pikepdf.Stream):
        return value.stream_dict.items()
    if isinstance(value, pikepdf.Dictionary):
        return value.items()
    if isinstance(value, pikepdf.Array):
        return ((None, v) for v in value)
    return ()
