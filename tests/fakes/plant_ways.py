"""The ways of planting a register name in a .docx (tests/fakes/plants.py lists the plants).
Each is a function `(package, real_name) -> None`."""

from __future__ import annotations

import io
from collections.abc import Callable
from xml.sax.saxutils import escape

from PIL import Image, PngImagePlugin

from tests.fakes.docx_package import A_NS, Package, paragraph, run
from tests.fakes.imr_docx import deleted, inserted
from tests.fakes.spellings import surname

W_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def text_in(written: Callable[[str], str]):
    """A plant that writes the name (as `written` spells it) in a body paragraph."""

    def put(package: Package, name: str) -> None:
        package.text(f"The panel spoke to {written(name)} about the night.")

    return put


def field_code(package, name):
    package.add_body(
        paragraph(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> AUTHOR "{escape(name)}" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + run("author")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
    )


def fld_simple(package, name):
    instr = escape(f' DOCPROPERTY "{name}" ', {'"': "&quot;"})
    package.add_body(paragraph(f'<w:fldSimple w:instr="{instr}">{run("a property")}</w:fldSimple>'))


def tooltip(package, name):
    package.add_body(
        paragraph(
            f'<w:hyperlink w:anchor="top" w:tooltip="{escape(name)}">{run("see above")}'
            "</w:hyperlink>"
        )
    )


def bookmark(package, name):
    mark = name.replace(" ", "_")
    package.add_body(
        paragraph(
            f'<w:bookmarkStart w:id="9" w:name="{mark}"/>{run("Here.")}<w:bookmarkEnd w:id="9"/>'
        )
    )


def vml_shape(attribute: str, inner: str = ""):
    def put(package, name):
        package.add_body(
            paragraph(
                '<w:r><w:pict><v:shape style="width:200pt;height:40pt" '
                f'{attribute}="{escape(name)}">'
                f"{inner.format(name=escape(name))}</v:shape></w:pict></w:r>"
            )
        )

    return put


def wordart(package, name):
    package.add_body(
        paragraph(
            '<w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" '
            'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t"/>'
            '<v:textpath on="t" fitshape="t"/></v:shapetype>'
            '<v:shape type="#_x0000_t136" style="width:300pt;height:50pt" fillcolor="black">'
            f'<v:textpath style="font-family:&quot;Arial&quot;" string="{escape(name)}"/>'
            "</v:shape></w:pict></w:r>"
        )
    )


def text_box(package, name):
    package.add_body(
        paragraph(
            '<w:r><w:pict><v:shape style="width:200pt;height:40pt"><v:textbox><w:txbxContent>'
            f"{paragraph(run(name))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )


def drawing(attribute: str):
    def put(package, name):
        package.add_body(
            paragraph(
                '<w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/>'
                f'<wp:docPr id="7" name="Picture 7" {attribute}="{escape(name)}"/>'
                "</wp:inline></w:drawing></w:r>"
            )
        )

    return put


def pi_in_text(package, name):
    package.add_body(
        paragraph(f'<w:r><w:t xml:space="preserve">Met <?x y?>{escape(name)}</w:t></w:r>')
    )


def pi_in_title(package, name):
    package.replace(
        "docProps/core.xml",
        "</cp:coreProperties>",
        f"<dc:title>Review <?x y?>of {escape(name)}</dc:title></cp:coreProperties>",
    )


def entity_in_text(package, name):
    xml = package.parts["word/document.xml"].decode("utf-8")
    declaration = '<!DOCTYPE w:document [<!ENTITY org "the agency">]>'
    at = xml.index("<w:document")
    package.parts["word/document.xml"] = (xml[:at] + declaration + xml[at:]).encode("utf-8")
    package.add_body(
        paragraph(f'<w:r><w:t xml:space="preserve">&org; met {escape(name)}</w:t></w:r>')
    )


def core(element: str, template: str = "{name}"):
    def put(package, name):
        package.replace(
            "docProps/core.xml",
            "</cp:coreProperties>",
            f"<{element}>{escape(template.format(name=name))}</{element}></cp:coreProperties>",
        )

    return put


def app_company(package, name):
    package.replace(
        "docProps/app.xml", "</Properties>", f"<Company>{escape(name)}</Company></Properties>"
    )


def custom_property(package, name):
    package.add_part(
        "docProps/custom.xml",
        '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org'
        '/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/'
        'officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-'
        f'08002B2CF9AE}}" pid="2" name="Subject"><vt:lpwstr>{escape(name)}</vt:lpwstr></property>'
        "</Properties>",
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
        source="",
    )


def word_part(part: str, root: str, kind: str, relationship: str, reference: str = ""):
    """A part of its own (footnotes, comments, header …) holding the name in a paragraph."""
    item = {"footnotes": "footnote", "endnotes": "endnote", "comments": "comment"}.get(root)

    def put(package, name):
        body = paragraph(run(f"Told by {name}."))
        if item:
            body = f'<w:{item} w:id="5">{body}</w:{item}>'
        xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{root} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f"{body}</w:{root}>"
        )
        rel = package.add_part(f"word/{part}", xml, f"{W_TYPE}.{kind}+xml", relationship)
        if reference == "section":
            package.replace(
                "word/document.xml",
                "<w:pgSz",
                f'<w:{kind}Reference w:type="default" r:id="{rel}"/><w:pgSz',
            )
        elif reference:
            package.add_body(paragraph(run("See the note.") + reference))

    return put


def chart(package, name):
    chart_ns = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"'
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><c:chartSpace {chart_ns} {A_NS}><c:chart>'
        f"<c:title><c:tx><c:rich><a:p><a:r><a:t>Contacts with {escape(name)}</a:t></a:r></a:p>"
        "</c:rich></c:tx></c:title></c:chart></c:chartSpace>"
    )
    package.add_part(
        "word/charts/chart1.xml",
        xml,
        "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
        "chart",
    )


def smartart(package, name):
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><dgm:dataModel '
        'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
        f'{A_NS}><dgm:ptLst><dgm:pt modelId="1"><dgm:t><a:p><a:r><a:t>{escape(name)}</a:t>'
        "</a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>"
    )
    package.add_part(
        "word/diagrams/data1.xml",
        xml,
        "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
        "diagramData",
    )


def glossary(package, name):
    word_part("glossary/document.xml", "document", "document.glossary", "glossaryDocument")(
        package, name
    )


def alt_chunk(package, name):
    html = f"<html><body><p>We met {escape(name)}.</p></body></html>"
    rel = package.add_part("word/afchunk1.htm", html, "text/html", "aFChunk")
    package.add_body(f'<w:altChunk r:id="{rel}"/>')


def embedded(part: str, content_type: str, relationship: str):
    def put(package, name):
        content = f"embedded: {name}".encode()
        package.add_part(f"word/embeddings/{part}", content, content_type, relationship)

    return put


def unknown_part(package, name):
    package.add_part("word/extra.dat", f"notes: {name}", "application/x-notes", None)


def image_metadata(package, name):
    text = PngImagePlugin.PngInfo()
    text.add_text("Description", f"Photograph of {name}")
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, "PNG", pnginfo=text)
    package.replace(
        "[Content_Types].xml",
        "</Types>",
        '<Default Extension="png" ContentType="image/png"/></Types>',
    )
    package.add_part("word/media/image9.png", out.getvalue(), None, "image")


def numbering_text(package, name):
    package.replace(
        "word/numbering.xml",
        "</w:numbering>",
        '<w:abstractNum w:abstractNumId="90"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="{escape(name)} %1"/></w:lvl></w:abstractNum></w:numbering>',
    )


def settings_variable(package, name):
    package.replace(
        "word/settings.xml",
        "</w:settings>",
        f'<w:docVars><w:docVar w:name="subject" w:val="{escape(name)}"/></w:docVars></w:settings>',
    )


def custom_xml(package, name):
    package.add_part("customXml/item9.xml", f"<case><victim>{escape(name)}</victim></case>")


def footnote_separator(package, name):
    if "word/footnotes.xml" not in package.parts:
        word_part("footnotes.xml", "footnotes", "footnotes", "footnotes")(package, "x")
    package.replace(
        "word/footnotes.xml",
        '<w:footnote w:id="5">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
        f'{run(name)}</w:p></w:footnote><w:footnote w:id="5">',
    )


def form_field(package, name):
    package.add_body(
        paragraph(
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/>'
            f'<w:textInput><w:default w:val="{escape(name)}"/></w:textInput></w:ffData>'
            '</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText>'
            '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + run("     ")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
    )


def content_control(package, name):
    package.add_body(
        f'<w:sdt><w:sdtPr><w:alias w:val="{escape(name)}"/><w:tag w:val="subject"/></w:sdtPr>'
        f"<w:sdtContent>{paragraph(run('A control.'))}</w:sdtContent></w:sdt>"
    )


def xml_comment(package, name):
    package.add_body(f"<!-- {escape(name)} -->" + paragraph(run("Nothing to see.")))


def part_name(package, name):
    package.add_part(f"customXml/{surname(name)}.xml", "<notes/>")


def table_cell(package, name):
    cells = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{paragraph(run(t))}</w:tc>'
        for t in ("Seen by", name)
    )
    package.add_body(
        '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
        f'<w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid><w:tr>{cells}</w:tr></w:tbl>'
    )


def tracked(where: str):
    def put(package, name):
        if where == "insertion":
            inner = run("Seen by ") + inserted(name)
        elif where == "deletion":
            inner = run("Seen by ") + deleted(f"{name} ") + run("the victim")
        else:  # the name split across a tracked change: "Fern" + insertion "leigh"
            last = surname(name)
            inner = run(f"Seen by {last[:4]}") + inserted(last[4:]) + deleted("xx") + run(".")
        package.add_body(paragraph(inner))

    return put


def split_runs(package, name):
    runs = "".join(run(name[i : i + 2], "<w:b/>" if i % 4 else "") for i in range(0, len(name), 2))
    package.add_body(paragraph(run("We spoke to ") + runs))


def bdo(package, name):
    package.add_body(
        paragraph(run("Met ") + f'<w:bdo w:val="rtl">{run(surname(name)[::-1])}</w:bdo>')
    )


def file_name(package, name):
    package.filename = f"{surname(name)} overview v1.docx"
