"""A .docx opened for planting: body paragraphs, new parts with their relationships and content
types, text replaced in any part. The base comes from python-docx, so the files also pass the
upload checks unless a plant itself is one they refuse."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import docx

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
CLEAN_TEXT = (
    "Introduction",
    "The review looked at how agencies worked with Ruth and Mark over two years.",
    "The panel met six times and heard from the family through an advocate.",
)


def run(text: str, properties: str = "") -> str:
    rpr = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(inner: str) -> str:
    return f"<w:p>{inner}</w:p>"


class Package:
    def __init__(self, base: bytes | None = None):
        if base is None:
            made = docx.Document()
            made.add_heading(CLEAN_TEXT[0], 1)
            for text in CLEAN_TEXT[1:]:
                made.add_paragraph(text)
            out = io.BytesIO()
            made.save(out)
            base = out.getvalue()
        with zipfile.ZipFile(io.BytesIO(base)) as source:
            self.parts = {i.filename: source.read(i.filename) for i in source.infolist()}
        self.body: list[str] = []
        self.filename = "Overview report.docx"
        self.after: list = []  # changes to the finished zip's bytes, in order
        self._ids = 0

    def add_body(self, xml: str) -> None:
        self.body.append(xml)

    def text(self, text: str) -> None:
        self.add_body(paragraph(run(text)))

    def replace(self, part: str, old: str, new: str) -> None:
        content = self.parts[part].decode("utf-8")
        assert old in content, (part, old)
        self.parts[part] = content.replace(old, new, 1).encode("utf-8")

    def add_part(
        self,
        name: str,
        content: str | bytes,
        content_type: str | None = None,
        relationship: str | None = None,
        source: str = "word/document.xml",
        external: str | None = None,
    ) -> str:
        """Adds a part (or, with `external`, only a relationship to an outside target); returns
        the relationship id from `source` when a relationship type is given."""
        if not external:
            data = content.encode("utf-8") if isinstance(content, str) else content
            self.parts[name] = data
            if content_type:
                self.replace(
                    "[Content_Types].xml",
                    "</Types>",
                    f'<Override PartName="/{name}" ContentType="{content_type}"/></Types>',
                )
        if not relationship:
            return ""
        self._ids += 1
        rel_id = f"rIdPlant{self._ids}"
        folder, _, leaf = source.rpartition("/")
        rels = f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels"
        if rels not in self.parts:
            self.parts[rels] = (
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                b'relationships"></Relationships>'
            )
        kind = relationship if relationship.startswith("http") else f"{REL}/{relationship}"
        if external:
            target, mode = escape(external, {'"': "&quot;"}), ' TargetMode="External"'
        else:
            target, mode = _relative(name, folder), ""
        self.replace(
            rels,
            "</Relationships>",
            f'<Relationship Id="{rel_id}" Type="{kind}" Target="{target}"{mode}/></Relationships>',
        )
        return rel_id

    def build(self) -> bytes:
        parts = dict(self.parts)
        if self.body:
            xml = parts["word/document.xml"].decode("utf-8")
            at = xml.rindex("<w:sectPr")  # the body's own, after any section breaks
            parts["word/document.xml"] = (xml[:at] + "".join(self.body) + xml[at:]).encode("utf-8")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as made:
            for name, data in parts.items():
                made.writestr(name, data)
        data = out.getvalue()
        for change in self.after:
            data = change(data)
        return data


def _relative(name: str, folder: str) -> str:
    if folder and name.startswith(folder + "/"):
        return name[len(folder) + 1 :]
    return "/" + name
