"""The fixed parts of a rebuilt report: styles (A4, Arial, British English, headings with
contrast above WCAG AA), list definitions, footer with the page number, properties."""

from __future__ import annotations

from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TEXT_WIDTH = 11906 - 2 * 1134  # A4 less the margins, in twentieths of a point
DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml"

CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{DOCUMENT}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{DOCUMENT}.styles+xml"/>'
    f'<Override PartName="/word/settings.xml" ContentType="{DOCUMENT}.settings+xml"/>'
    f'<Override PartName="/word/numbering.xml" ContentType="{DOCUMENT}.numbering+xml"/>'
    f'<Override PartName="/word/footnotes.xml" ContentType="{DOCUMENT}.footnotes+xml"/>'
    f'<Override PartName="/word/footer1.xml" ContentType="{DOCUMENT}.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
DOCUMENT_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rIdStyles" Type="{_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rIdSettings" Type="{_REL}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rIdNumbering" Type="{_REL}/numbering" Target="numbering.xml"/>'
    f'<Relationship Id="rIdFootnotes" Type="{_REL}/footnotes" Target="footnotes.xml"/>'
    f'<Relationship Id="rIdFooter" Type="{_REL}/footer" Target="footer1.xml"/>'
    "</Relationships>"
)
APP = (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>DHR publication</Application></Properties>'
)
SETTINGS = (
    f'<w:settings {W_NS}><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    '<w:themeFontLang w:val="en-GB"/></w:settings>'
)
FOOTER = (
    f"<w:ftr {W_NS}>"
    '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
    '<w:r><w:t xml:space="preserve">Page </w:t></w:r>'
    '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
    '<w:r><w:t xml:space="preserve"> of </w:t></w:r>'
    '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>'
)
FOOTNOTE_SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
)


def _style(style_id: str, name: str, ppr: str = "", rpr: str = "", kind: str = "paragraph"):
    based = '<w:basedOn w:val="Normal"/>' if style_id != "Normal" and kind == "paragraph" else ""
    default = ' w:default="1"' if style_id == "Normal" else ""
    return (
        f'<w:style w:type="{kind}"{default} w:styleId="{style_id}"><w:name w:val="{name}"/>{based}'
        f"<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


_HEADING_SIZES = (32, 28, 26, 24, 22, 22)
_TOC_TAB = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
STYLES = (
    f"<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr>"
    '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'
    '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-GB" '
    'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    "</w:docDefaults>"
    + _style("Normal", "Normal")
    + _style(
        "Title",
        "Title",
        '<w:spacing w:after="240"/>',
        '<w:b/><w:color w:val="1F3864"/><w:sz w:val="44"/>',
    )
    + _style("Subtitle", "Subtitle", "", '<w:color w:val="1F3864"/><w:sz w:val="28"/>')
    + "".join(
        _style(
            f"Heading{n}",
            f"heading {n}",
            f'<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/>'
            f'<w:outlineLvl w:val="{n - 1}"/>',
            f'<w:b/><w:color w:val="1F3864"/><w:sz w:val="{size}"/>',
        )
        for n, size in enumerate(_HEADING_SIZES, start=1)
    )
    + _style(
        "TOCHeading",
        "TOC Heading",
        '<w:spacing w:before="240" w:after="120"/>',
        '<w:b/><w:sz w:val="32"/>',
    )
    + "".join(
        _style(
            f"TOC{n}",
            f"toc {n}",
            f'{_TOC_TAB}<w:spacing w:after="60"/><w:ind w:left="{(n - 1) * 240}"/>',
        )
        for n in (1, 2, 3)
    )
    + _style("ListParagraph", "List Paragraph", '<w:spacing w:after="80"/>')
    + _style("FootnoteText", "footnote text", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>')
    + _style("Footer", "footer", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>')
    + _style(
        "FootnoteReference",
        "footnote reference",
        "",
        '<w:vertAlign w:val="superscript"/>',
        "character",
    )
    + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr>'
    "<w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + '</w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" '
    'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>'
)
_TEXT = {
    "decimal": "%{n}.",
    "lowerLetter": "%{n})",
    "upperLetter": "%{n}.",
    "lowerRoman": "%{n}.",
    "upperRoman": "%{n}.",
}


def numbering(numbers: dict[str, int], lists: dict[str, dict[int, str]]) -> str:
    """One definition per list of the report, with our own level texts (•, 1., a) …)."""
    abstract, nums = [], []
    for source, number in numbers.items():
        levels = lists.get(source, {})
        made = []
        for level in range(9):
            fmt = levels.get(level, levels.get(0, "bullet"))
            text = "\u2022" if fmt == "bullet" else _TEXT[fmt].format(n=level + 1)
            made.append(
                f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
                f'<w:ind w:left="{720 + 360 * level}" w:hanging="360"/></w:pPr></w:lvl>'
            )
        abstract.append(
            f'<w:abstractNum w:abstractNumId="{number}">{"".join(made)}</w:abstractNum>'
        )
        nums.append(f'<w:num w:numId="{number}"><w:abstractNumId w:val="{number}"/></w:num>')
    return f"<w:numbering {W_NS}>{''.join(abstract)}{''.join(nums)}</w:numbering>"


def core(title: str, author: str) -> str:
    return (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
        "<dc:language>en-GB</dc:language></cp:coreProperties>"
    )
