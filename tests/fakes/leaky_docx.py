"""Reports with a real name planted where names hide: every part a .docx can hold."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import docx

from tests.fakes.imr_docx import deleted, document, inserted, p, run, split_runs

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _part(root: str, text: str) -> str:
    body = f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{root} {W_NS}>{body}</w:{root}>'


def with_part(data: bytes, name: str, xml: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as made:
        for item in source.infolist():
            made.writestr(item, source.read(item.filename))
        made.writestr(name, xml)
    return out.getvalue()


def _body(xml: str) -> bytes:
    return document(p(run("The review found that agencies missed chances.")), xml)


def planted(where: str, name: str) -> bytes:
    """A report with `name` planted in one place; `clean` plants nothing."""
    if where == "clean":
        return _body(p(run("Ruth was supported by her sister.")))
    if where == "body":
        return _body(p(run(f"We spoke to {name} about the night.")))
    if where == "split_runs":
        return _body(p(split_runs(f"We spoke to {name} about it.", every=2)))
    if where == "tracked_insertion":
        return _body(p(run("Seen by ") + inserted(name)))
    if where == "tracked_deletion":
        return _body(p(run("Seen by ") + deleted(f"{name} ") + run("the victim")))
    if where == "field_code":
        field = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> AUTHOR "{escape(name)}" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
        return _body(p(field))
    if where == "text_box":
        box = (
            "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
            f"<w:p><w:r><w:t>{escape(name)}</w:t></w:r></w:p>"
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
        return _body(p(box))
    if where == "alt_text":
        picture = (
            '<w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/>'
            f'<wp:docPr id="1" name="Picture 1" descr="Photograph of {escape(name)}"/>'
            "</wp:inline></w:drawing></w:r>"
        )
        return _body(p(picture))
    base = _body(p(run("Nothing here.")))
    parts = {
        "footnote": ("word/footnotes.xml", _part("footnotes", f"Told by {name}.")),
        "endnote": ("word/endnotes.xml", _part("endnotes", f"Source: {name}.")),
        "comment": ("word/comments.xml", _part("comments", f"Check with {name}")),
        "custom_property": (
            "docProps/custom.xml",
            '<?xml version="1.0" encoding="UTF-8"?><Properties '
            'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Subject">'
            f"<vt:lpwstr>{escape(name)}</vt:lpwstr></property></Properties>",
        ),
    }
    if where in parts:
        return with_part(base, *parts[where])
    made = docx.Document(io.BytesIO(base))
    if where == "header":
        made.sections[0].header.paragraphs[0].text = f"Private: {name}"
    elif where == "footer":
        made.sections[0].footer.paragraphs[0].text = f"{name} file"
    elif where == "core_author":
        made.core_properties.author = name
    elif where == "core_title":
        made.core_properties.title = f"Review into {name}"
    else:
        raise ValueError(where)
    out = io.BytesIO()
    made.save(out)
    return out.getvalue()


PLACES = (
    "body",
    "split_runs",
    "tracked_insertion",
    "tracked_deletion",
    "field_code",
    "text_box",
    "alt_text",
    "footnote",
    "endnote",
    "comment",
    "custom_property",
    "header",
    "footer",
    "core_author",
    "core_title",
)
