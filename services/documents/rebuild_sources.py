"""What rebuild_read needs from the rest of the author's package: style and list definitions
(names, outline levels and list formats only; the author's level texts are never read), which
parts are read at all, and what each left-out part or element is called in the dropped list."""

from __future__ import annotations

import re

import lxml.etree as etree  # lxml ships no stubs: pyright cannot see its compiled etree

from services.documents.rebuild_model import LIST_FORMATS
from services.documents.xml_text import PARSER

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KEPT_PARTS = re.compile(
    r"^(\[Content_Types\]\.xml|_rels/\.rels|word/_rels/document\.xml\.rels|word/document\.xml"
    r"|word/footnotes\.xml|word/styles\.xml|word/stylesWithEffects\.xml|word/numbering\.xml"
    r"|word/settings\.xml|word/webSettings\.xml|word/fontTable\.xml|word/theme/.*"
    r"|word/_rels/footnotes\.xml\.rels)$"
)
PART_KINDS = (
    (re.compile(r"^word/header\d*\.xml$"), "header text"),
    (re.compile(r"^word/footer\d*\.xml$"), "footer text"),
    (re.compile(r"^word/comments.*\.xml$"), "comments"),
    (re.compile(r"^word/endnotes\.xml$"), "endnotes"),
    (re.compile(r"^word/glossary/"), "building blocks (glossary)"),
    (re.compile(r"^word/media/"), "picture files"),
    (re.compile(r"^word/embeddings/"), "embedded objects"),
    (re.compile(r"^word/(charts|diagrams)/"), "charts and SmartArt"),
    (re.compile(r"^customXml/"), "custom XML"),
    (re.compile(r"^docProps/"), "document properties (replaced by fixed ones)"),
)


def num_pr(properties):
    numbering = properties.find(f"{W}numPr")
    if numbering is None:
        return None
    num = numbering.find(f"{W}numId")
    level = numbering.find(f"{W}ilvl")
    if num is None:
        return None
    return num.get(f"{W}val"), int(level.get(f"{W}val", "0")) if level is not None else 0


def styles(package, names) -> dict:
    if "word/styles.xml" not in names:
        return {}
    found = {}
    for style in etree.fromstring(package.read("word/styles.xml"), PARSER).iter(f"{W}style"):
        name = style.find(f"{W}name")
        based = style.find(f"{W}basedOn")
        properties = style.find(f"{W}pPr")
        outline = numbering = None
        if properties is not None:
            level = properties.find(f"{W}outlineLvl")
            outline = int(level.get(f"{W}val", "9")) if level is not None else None
            numbering = num_pr(properties)
        found[style.get(f"{W}styleId")] = {
            "name": (name.get(f"{W}val", "") if name is not None else "").lower(),
            "based_on": based.get(f"{W}val") if based is not None else None,
            "outline": outline,
            "numbering": numbering,
        }
    return found


def numbering(package, names) -> dict:
    """(numId, level) -> list format, from numbering.xml (its level texts are never read)."""
    if "word/numbering.xml" not in names:
        return {}
    root = etree.fromstring(package.read("word/numbering.xml"), PARSER)
    abstract = {}
    for definition in root.iter(f"{W}abstractNum"):
        levels = {}
        for level in definition.iter(f"{W}lvl"):
            fmt = level.find(f"{W}numFmt")
            value = fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal"
            levels[int(level.get(f"{W}ilvl", "0"))] = value if value in LIST_FORMATS else "decimal"
        abstract[definition.get(f"{W}abstractNumId")] = levels
    found = {}
    for num in root.iter(f"{W}num"):
        reference = num.find(f"{W}abstractNumId")
        levels = abstract.get(reference.get(f"{W}val") if reference is not None else None, {})
        for level, fmt in levels.items():
            found[(num.get(f"{W}numId"), level)] = fmt
    return found


def local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else "markup"


def describe(element) -> str:
    """What a left-out piece of a paragraph is, as a coordinator would call it."""
    tag = element.tag
    if tag == f"{W}commentReference":
        return "comment"
    if tag == f"{W}endnoteReference":
        return "endnote"
    if tag == f"{W}sym":
        return "symbol character"
    text = etree.tostring(element)
    if b"textpath" in text:
        return "WordArt"
    if b"txbxContent" in text:
        return "text box"
    if b"/chart" in text:
        return "chart"
    if b"/diagram" in text:
        return "SmartArt"
    if b"oleObject" in text or tag == f"{W}object":
        return "embedded object"
    if b"/picture" in text or b"v:imagedata" in text or b"imagedata" in text:
        return "picture"
    if tag in (f"{W}drawing", f"{W}pict") or "AlternateContent" in str(tag):
        return "drawing or shape"
    if "oMath" in str(tag):
        return "equation"
    return local(tag)
