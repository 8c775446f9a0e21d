"""Plants in links, symbol characters, ruby text and the zip itself (plants.py lists them)."""

from __future__ import annotations

import base64
import io
import zipfile
from urllib.parse import quote
from xml.sax.saxutils import escape

from tests.fakes.docx_package import paragraph, run
from tests.fakes.spellings import surname


def hyperlink_target(package, name):
    rel = package.add_part("", "", relationship="hyperlink", external="https://example.org/x")
    target = "https://example.org/people/" + "".join(f"%{b:02X}" for b in name.encode())
    package.replace(
        "word/_rels/document.xml.rels", "https://example.org/x", escape(target, {'"': "&quot;"})
    )
    package.add_body(paragraph(f'<w:hyperlink r:id="{rel}">{run("a page")}</w:hyperlink>'))


def double_encoded_link(package, name):
    rel = package.add_part("", "", relationship="hyperlink", external="https://example.org/y")
    target = "https://example.org/?q=" + quote(quote(name))
    package.replace("word/_rels/document.xml.rels", "https://example.org/y", escape(target))
    package.add_body(paragraph(f'<w:hyperlink r:id="{rel}">{run("a search")}</w:hyperlink>'))


def symbols(package, name):
    """The surname spelt in w:sym characters (the Symbol font's codes for Latin letters)."""
    chars = "".join(
        f'<w:r><w:sym w:font="Symbol" w:char="F0{ord(c):02X}"/></w:r>' for c in surname(name)
    )
    package.add_body(paragraph(run("We met ") + chars))


def ruby(package, name):
    package.add_body(
        paragraph(
            "<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>"
            + escape(surname(name))
            + "</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>her</w:t></w:r></w:rubyBase></w:ruby></w:r>"
        )
    )


def punycode_link(package, name):
    host = "xn--" + surname(name).lower().replace("o", "\u00f6").encode("punycode").decode()
    rel = package.add_part("", "", relationship="hyperlink", external=f"https://{host}.example/")
    package.add_body(paragraph(f'<w:hyperlink r:id="{rel}">{run("a site")}</w:hyperlink>'))


def data_uri(package, name):
    payload = base64.b64encode(f"Notes on {name}".encode()).decode()
    rel = package.add_part(
        "", "", relationship="hyperlink", external=f"data:text/plain;base64,{payload}"
    )
    package.add_body(paragraph(f'<w:hyperlink r:id="{rel}">{run("notes")}</w:hyperlink>'))


def zip_method(method: int):
    """The name in a part whose zip entry says it is compressed a way nothing here can undo
    (9: Deflate64), or (method -1) that the entry is encrypted."""

    part = f"customXml/item{7 if method < 0 else 8}.xml"

    def put(package, name):
        package.add_part(part, f"<notes>{escape(name)}</notes>")
        package.after.append(lambda data: _patched(data, part, method))

    return put


def _patched(data: bytes, part: str, method: int) -> bytes:
    raw = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        info = package.getinfo(part)
    headers = [info.header_offset]
    headers += [
        i
        for i in _find_all(raw, b"PK\x01\x02")
        if raw[i + 46 : i + 46 + len(part)] == part.encode()
    ]
    for at, local in zip(headers, (True, False), strict=False):
        flags, kind = (at + 6, at + 8) if local else (at + 8, at + 10)
        if method < 0:
            raw[flags] |= 1  # the encryption flag
        else:
            raw[kind : kind + 2] = method.to_bytes(2, "little")
    return bytes(raw)


def _find_all(raw: bytearray, marker: bytes) -> list[int]:
    found, at = [], raw.find(marker)
    while at >= 0:
        found.append(at)
        at = raw.find(marker, at + 1)
    return found


MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
HIDING = {
    "hidden": run("qz", "<w:vanish/>"),
    "equation": f'<m:oMath xmlns:m="{MATH}"><m:r><m:t>x</m:t></m:r></m:oMath>',
}


def split_by(hiding: str):
    """The surname split by something Word hides, or the rebuilt report leaves out, so the
    reader (of the document, or of the published PDF) sees the letters meet: "Fern" + a hidden
    run + "leigh"."""

    def put(package, name):
        last = surname(name)
        middle = len(last) // 2
        inner = run(f"Seen by {last[:middle]}") + HIDING[hiding] + run(f"{last[middle:]} today.")
        package.add_body(paragraph(inner))

    return put


def split_cells(package, name):
    """The surname's halves in two table cells that touch: the page shows it whole."""
    last = surname(name)
    middle = len(last) // 2
    cells = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="1600" w:type="dxa"/></w:tcPr>{paragraph(run(t))}</w:tc>'
        for t in ("Seen by", last[:middle], last[middle:])
    )
    package.add_body(
        '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblCellMar><w:left w:w="0" '
        'w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>'
        + '<w:gridCol w:w="1600"/>' * 3
        + f"</w:tblGrid><w:tr>{cells}</w:tr></w:tbl>"
    )


def hidden_mark(package, name):
    """The surname's halves in two paragraphs, the first with its mark hidden: Word runs them
    on into one line."""
    last = surname(name)
    middle = len(last) // 2
    package.add_body(
        f"<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>{run(f'Seen by {last[:middle]}')}</w:p>"
        + paragraph(run(f"{last[middle:]} today."))
    )
