"""Page setup, typography and structure shared by every Word template (docs/templates.md).

A4 pages, British English, Arial (LibreOffice substitutes the metric-compatible Liberation Sans
and embeds it in the PDF), heading colours at WCAG AA contrast or better, tables with fixed,
weighted column widths whose rows never split across pages, numbered lists that each start at
1, data regions as Word content controls, and the hidden end marker the renderer checks for.
"""

from __future__ import annotations

from contextlib import contextmanager

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, Twips

from services.documents.regions import END_MARK, REGION_PREFIX

A4 = (Twips(11906), Twips(16838))
MARGIN = Cm(2)
FONT = "Arial"
INK = "1F3864"  # headings: 11.3:1 against white
TEXT_WIDTH = {False: 11906 - 2 * 1134, True: 16838 - 2 * 1134}  # twips, portrait / landscape
_THEME_FONTS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
_THEME_COLOUR = ("themeColor", "themeShade", "themeTint")


def typography(document) -> None:
    """Arial everywhere (no theme fonts, which Word prefers over a named font), British English,
    dark headings, a real Title and Subtitle."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for fonts in styles.iter(qn("w:rFonts")):
        for name in _THEME_FONTS:
            fonts.attrib.pop(qn(f"w:{name}"), None)
        for name in ("ascii", "hAnsi", "cs", "eastAsia"):
            fonts.set(qn(f"w:{name}"), FONT)
    for lang in defaults.iter(qn("w:lang")):
        lang.set(qn("w:val"), "en-GB")
        lang.set(qn("w:eastAsia"), "en-GB")
    for colour in styles.iter(qn("w:color")):
        for name in _THEME_COLOUR:
            colour.attrib.pop(qn(f"w:{name}"), None)
        if colour.get(qn("w:val")) not in ("auto", "000000"):
            colour.set(qn("w:val"), INK)
    for border in styles.iter(qn("w:bottom")):
        border.attrib.pop(qn("w:themeColor"), None)
        border.set(qn("w:color"), INK)
    normal = document.styles["Normal"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for style, size in (("Title", 26), ("Subtitle", 15), ("Heading 1", 15), ("Heading 2", 12.5)):
        document.styles[style].font.size = Pt(size)
    subtitle = document.styles["Subtitle"]
    subtitle.font.italic = False
    numbering = subtitle.element.pPr.find(qn("w:numPr"))
    if numbering is not None:
        subtitle.element.pPr.remove(numbering)
    settings = document.settings.element
    language = OxmlElement("w:themeFontLang")
    language.set(qn("w:val"), "en-GB")
    settings.append(language)


def a4(section, landscape: bool = False) -> None:
    width, height = A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.header_distance = section.footer_distance = Cm(1)


def turn(document, landscape: bool):
    """A new section on a new page, landscape or portrait (headers and footers carry on)."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    a4(section, landscape)
    return section


def widths(grid, weights: list[float], landscape: bool = False) -> None:
    """Fixed column widths in proportion to `weights`, across the text width; rows never split
    across a page; 10 pt text in the cells."""
    total = TEXT_WIDTH[landscape]
    twips = [int(total * w / sum(weights)) for w in weights]
    properties = grid._tbl.tblPr
    look = properties.find(qn("w:tblLook"))
    if look is not None:  # no first-column emphasis: LibreOffice unbolds the corner cell
        properties.remove(look)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties.append(layout)
    width = properties.find(qn("w:tblW"))
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(sum(twips)))
    for column, value in zip(grid._tbl.tblGrid.findall(qn("w:gridCol")), twips, strict=True):
        column.set(qn("w:w"), str(value))
    for row in grid._tbl.tr_lst:
        keep = OxmlElement("w:cantSplit")
        row.get_or_add_trPr().insert(0, keep)
        for cell, value in zip(row.tc_lst, twips, strict=False):
            cell.get_or_add_tcPr().get_or_add_tcW().set(qn("w:w"), str(value))
            cell.get_or_add_tcPr().get_or_add_tcW().set(qn("w:type"), "dxa")
            for paragraph in cell.iter(qn("w:p")):
                _small(paragraph)


def _small(paragraph) -> None:
    properties = paragraph.get_or_add_pPr()
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:after"), "40")
    spacing.set(qn("w:line"), "240")
    spacing.set(qn("w:lineRule"), "auto")
    properties.append(spacing)
    marks = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "20")
    marks.append(size)
    properties.append(marks)
    for run in paragraph.findall(qn("w:r")):
        run_properties = run.get_or_add_rPr()
        run_size = OxmlElement("w:sz")
        run_size.set(qn("w:val"), "20")
        run_properties.append(run_size)


class Numbering:
    """Each numbered list its own instance of Word's "List Number" list, restarting at 1."""

    def __init__(self, document):
        self.part = document.part.numbering_part.element
        style = document.styles["List Number"].element
        self.style_num = style.pPr.numPr.numId.val
        base = next(n for n in self.part.num_lst if n.numId == self.style_num)
        self.abstract = base.abstractNumId.val

    def restart(self) -> int:
        num = self.part.add_num(self.abstract)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        return num.numId

    def paragraph(self, document, text: str, num_id: int):
        paragraph = document.add_paragraph(text, style="List Number")
        properties = paragraph._p.get_or_add_pPr()
        numbering = OxmlElement("w:numPr")
        level = OxmlElement("w:ilvl")
        level.set(qn("w:val"), "0")
        number = OxmlElement("w:numId")
        number.set(qn("w:val"), str(num_id))
        numbering.extend([level, number])
        properties.insert(1, numbering)
        return paragraph


@contextmanager
def region(document, name: str, title: str):
    """Everything added inside the block becomes one content control tagged `dhr:<name>`:
    a region the service re-fills from the review's data (services/documents/regions.py)."""
    body = document.element.body
    before = set(body)
    yield
    added = [e for e in body if e not in before and e.tag != qn("w:sectPr")]
    sdt = OxmlElement("w:sdt")
    properties = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), title)
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), f"{REGION_PREFIX}{name}")
    lock = OxmlElement("w:lock")
    lock.set(qn("w:val"), "sdtLocked")
    properties.extend([alias, tag, lock])
    content = OxmlElement("w:sdtContent")
    if added[0].tag == qn("w:tbl"):
        # LibreOffice moves a control that opens with a table into its first cell, dropping
        # that cell's formatting: the control opens with a hairline paragraph instead.
        opening = document.add_paragraph()._p
        properties_p = opening.get_or_add_pPr()
        spacing = OxmlElement("w:spacing")
        for key, value in (("before", "0"), ("after", "0"), ("line", "20"), ("lineRule", "exact")):
            spacing.set(qn(f"w:{key}"), value)
        properties_p.append(spacing)
        added[0].addprevious(opening)
        added.insert(0, opening)
    added[0].addprevious(sdt)
    sdt.extend([properties, content])
    for element in added:
        content.append(element)


def end_mark(document) -> None:
    """The last paragraph holds a hidden bookmark: the renderer's proof nothing was cut off.
    Nothing a reader sees."""
    paragraph = document.add_paragraph()
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), "9999")
    start.set(qn("w:name"), END_MARK)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), "9999")
    paragraph._p.extend([start, end])
