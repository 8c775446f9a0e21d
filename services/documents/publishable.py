"""A report made fit to publish: tracked changes accepted, comments removed, properties scrubbed.

Works on the package with lxml, part by part: deletions (and moved-from text) are dropped,
insertions (and moved-to text) kept without their marks, formatting-change records removed;
comment anchors and the comment parts go; the author, last editor, company, manager, template
and every custom property are removed from the properties.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from services.documents.docx_tables import PARSER

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DROP = {f"{W}{t}" for t in ("del", "moveFrom", "commentRangeStart", "commentRangeEnd")}
DROP |= {
    f"{W}{t}"
    for t in (
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "trPrChange",
        "tcPrChange",
        "numberingChange",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
    )
}
UNWRAP = {f"{W}ins", f"{W}moveTo"}
DROP_PARTS = re.compile(r"^(word/comments.*\.xml|word/people\.xml|docProps/custom\.xml)$")
CORE_SCRUB = ("creator", "lastModifiedBy", "lastPrinted", "keywords", "description")
APP_SCRUB = ("Company", "Manager", "Template", "HyperlinkBase")


def _accept(root) -> None:
    for element in list(root.iter(*DROP, f"{W}commentReference")):
        parent = element.getparent()
        if parent is None:
            continue
        if element.tag == f"{W}commentReference" and parent.tag == f"{W}r":
            parent.getparent().remove(parent)
        elif element.tag == f"{W}del" and parent.tag in (f"{W}rPr", f"{W}trPr"):
            parent.remove(element)  # a deleted paragraph mark or row: keep the content's place
        else:
            parent.remove(element)
    for element in list(root.iter(*UNWRAP)):
        parent = element.getparent()
        if parent is None:
            continue
        if parent.tag in (f"{W}rPr", f"{W}trPr"):
            parent.remove(element)  # an inserted paragraph mark: the mark stays, unmarked
            continue
        index = parent.index(element)
        for offset, child in enumerate(list(element)):
            parent.insert(index + offset, child)
        parent.remove(element)


def _scrub(root, names: tuple[str, ...]) -> None:
    for element in list(root):
        local = etree.QName(element).localname
        if local in names:
            root.remove(element)


def clean_for_publication(data: bytes) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as made,
    ):
        for item in source.infolist():
            if DROP_PARTS.match(item.filename):
                continue
            content = source.read(item.filename)
            if item.filename.endswith(".xml") or item.filename.endswith(".rels"):
                content = _clean_part(item.filename, content)
            made.writestr(item, content)
    return out.getvalue()


def _clean_part(name: str, content: bytes) -> bytes:
    root = etree.fromstring(content, PARSER)
    if name.startswith("word/") and name.endswith(".xml"):
        _accept(root)
        if name == "word/settings.xml":
            for element in list(root.iter(f"{W}attachedTemplate", f"{W}trackRevisions")):
                element.getparent().remove(element)
    elif name == "docProps/core.xml":
        _scrub(root, CORE_SCRUB)
    elif name == "docProps/app.xml":
        _scrub(root, APP_SCRUB)
    elif name.endswith(".rels") or name == "[Content_Types].xml":
        for element in list(root):
            target = element.get("Target", "") + element.get("PartName", "")
            if re.search(r"comments|people\.xml|custom\.xml", target):
                root.remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
