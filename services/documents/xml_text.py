"""All the text of one XML part, as (node, text, paragraph) pieces: see package_text.

One walk over the tree (lxml iterwalk): a paragraph's character data is gathered into two views,
with tracked changes accepted and as before them, and its field instructions apart; outside
paragraphs each element's character data is one piece. Text after a processing instruction, an
entity reference or an XML comment is a tail and is read like any other text; an entity's
declared replacement text is read where it is referred to.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

import lxml.etree as etree  # lxml ships no stubs: pyright cannot see its compiled etree

from services.documents.computed_text import HEADER_FOOTER, header_footer, literals
from services.domain.canonical import CELL_BREAK, JOINED, ROW

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=False,
    remove_pis=False,
)
PARAGRAPHS = {"p", "si", "is"}  # WordprocessingML and DrawingML paragraphs, shared strings
DELETED = {f"{W}del", f"{W}moveFrom"}
INSERTED = {f"{W}ins", f"{W}moveTo"}
INSTRUCTIONS = {f"{W}instrText", f"{W}delInstrText"}
SPACING = {f"{W}tab": "\t", f"{W}ptab": "\t", f"{W}br": "\n", f"{W}cr": "\n"}
SPACING |= {f"{W}noBreakHyphen": "-"}
# Numbers, hex ids, colours and sizes; and a word run into digits (_Toc123, Heading1, rId7),
# which the scan's word matching could not take for a name anyway.
_NOT_WORDS = re.compile(
    r"^(?:[0-9A-Fa-f{}\-]*\d[0-9A-Fa-f{}\-]*|-?[\d.]+(?:pt|cm|mm|in|%)?|_?[A-Za-z]+\d+)$"
)
_NAMES: dict[str, str] = {}
_LOCAL: dict[str, str] = {}
# What Word hides, or the rebuilt report leaves out of a paragraph, so the letters either side
# meet: hidden runs, equations, symbol characters ("Fern" + hidden "xq" + "leigh").
HIDDEN_RUN = (f"{W}vanish", f"{W}specVanish", f"{W}webHidden")
_HIDDEN_MARKS = etree.XPath(
    "//w:p[w:pPr/w:rPr/w:vanish or w:pPr/w:rPr/w:specVanish]", namespaces={"w": W[1:-1]}
)
_HIDERS = etree.XPath(
    "//w:r[w:rPr/w:vanish or w:rPr/w:specVanish or w:rPr/w:webHidden] | //w:sym | //m:oMath",
    namespaces={"w": W[1:-1], "m": M[1:-1]},
)
PROPERTIES = {f"{W}{t}" for t in ("rPr", "pPr", "tblPr", "trPr", "tcPr", "sectPr", "tblGrid")}
_PUNYCODE = re.compile(r"xn--[a-z0-9-]+", re.I)
_DATA_URI = re.compile(r"base64,([A-Za-z0-9+/=\s]+)")
_ALL_ATTRIBUTES = etree.XPath("//@*", smart_strings=False)
_ANY_TEXT = "boolean(//text()[normalize-space()] | //comment() | //processing-instruction())"


@dataclass
class XmlText:
    root: etree._Element
    pieces: list[tuple[str, str, int | None]] = field(default_factory=list)


class _Paragraph:
    def __init__(self, number: int):
        self.number = number
        self.accepted: list[str] = []
        self.original: list[str] = []
        self.shown: list[str] = []  # accepted, without what Word hides or the rebuild leaves out
        self.instructions: list[str] = []
        self.reversed: list[tuple[int, int, int]] = []  # w:bdo rtl starts in each view

    def add(self, text: str, deleted: int, inserted: int, hiding: int) -> None:
        """Text inside `deleted` tracked deletions and `inserted` insertions, `hiding` elements
        Word hides or the rebuild leaves out, into each view it shows in."""
        if deleted and not inserted:
            self.original.append(text)
            return
        if not (deleted and inserted):
            self.accepted.append(text)
            if not hiding:
                self.shown.append(text)
        if not (deleted or inserted):
            self.original.append(text)


def read_xml(body: bytes) -> XmlText:
    root = etree.fromstring(body, PARSER)
    found = XmlText(root)
    docinfo = root.getroottree().docinfo
    entities = {}
    if docinfo.internalDTD is not None:
        for entity in docinfo.internalDTD.iterentities():
            entities[entity.name] = entity.content or ""
            found.pieces.append(("entity declaration", f"{entity.name} {entity.content}", None))
    numbers: dict = {}  # paragraph element -> its number
    if entities or root.xpath(_ANY_TEXT):
        _walk(root, found.pieces, entities, numbers, _hiders(root, body))
        _rows(root, found.pieces, numbers)
        _hidden_marks(root, found.pieces, numbers)
    _attributes(root, found.pieces, numbers)
    return found


def _hidden_marks(root, pieces: list, numbers: dict) -> None:
    """Paragraphs whose mark is hidden run on into the next one, as Word shows them ("Fern"
    with a hidden mark, then "leigh", reads "Fernleigh"), CELL_BREAK where they meet."""
    marked = sorted(n for p in _HIDDEN_MARKS(root) if (n := numbers.get(p)) is not None)
    if not marked:
        return
    texts = {number: text for node, text, number in pieces if node == "text"}
    group: list[int] = []
    for number in marked:
        if group and number != group[-1] + 1:
            _run_on(group, texts, pieces)
            group = []
        group.append(number)
    _run_on(group, texts, pieces)


def _run_on(group: list[int], texts: dict, pieces: list) -> None:
    joined = CELL_BREAK.join(texts.get(n, "") for n in [*group, group[-1] + 1])
    pieces.append((JOINED, joined, group[0]))


def _rows(root, pieces: list, numbers: dict) -> None:
    """Each table row's cells run together (CELL_BREAK between them): a name split across
    cells that touch ("Fern" | "leigh") reads whole on the page. The scan keeps only what
    spans a break; each cell is read on its own too."""
    texts = {number: text for node, text, number in pieces if node == "text"}
    for row in root.iter(f"{W}tr"):
        cells = []
        for cell in row.iterchildren(f"{W}tc", f"{W}sdt"):
            if cell.tag == f"{W}sdt":
                cell = cell.find(f"{W}sdtContent/{W}tc")
                if cell is None:
                    continue
            held = [texts.get(numbers.get(p), "") for p in cell.iterchildren(f"{W}p")]
            cells.append(("\n".join(held).strip(), numbers.get(cell.find(f"{W}p"))))
        filled = [(text, number) for text, number in cells if text]
        if len(filled) >= 2:
            pieces.append((ROW, CELL_BREAK.join(t for t, _ in filled), filled[0][1]))


def _walk(root, pieces: list, entities: dict[str, str], numbers: dict, hiders: set) -> None:
    paragraphs: list[_Paragraph] = []
    counted = 0
    deleted = inserted = hiding = 0
    loose: list[list[str]] = []  # character data of the open elements outside paragraphs

    def add(text: str | None) -> None:
        if not text:
            return
        if paragraphs:
            paragraphs[-1].add(text, deleted, inserted, hiding)
        elif loose:
            loose[-1].append(text)

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    skip = not _text_in_properties(root)  # properties hold no text: their subtrees are skipped
    for event, node in walker:
        if event in ("comment", "pi"):
            label = "XML comment" if event == "comment" else "processing instruction"
            if node.text and node.text.strip():
                pieces.append((label, node.text, paragraphs[-1].number if paragraphs else None))
            add(node.tail)
            continue
        tag = node.tag
        if not isinstance(tag, str):  # an entity reference
            if event == "start":
                add(entities.get(node.name, ""))
            else:
                add(node.tail)
            continue
        local = _LOCAL.get(tag) or _LOCAL.setdefault(tag, tag.rsplit("}", 1)[-1])
        if node in hiders:
            hiding += 1 if event == "start" else -1
        if event == "start":
            if skip and tag in PROPERTIES:
                walker.skip_subtree()
            if local in PARAGRAPHS:
                counted += 1
                paragraphs.append(_Paragraph(counted))
                numbers[node] = counted
            elif not paragraphs:
                loose.append([])
            if tag in DELETED:
                deleted += 1
            elif tag in INSERTED:
                inserted += 1
            if tag in INSTRUCTIONS and paragraphs:
                paragraphs[-1].instructions.append(node.text or "")
            elif tag in SPACING:
                add(SPACING[tag])
            elif tag == f"{W}sym":
                add(_symbol(node.get(f"{W}char", "")))
            elif tag == f"{W}bdo" and node.get(f"{W}val") == "rtl" and paragraphs:
                top = paragraphs[-1]
                top.reversed.append((len(top.accepted), len(top.original), len(top.shown)))
                add(node.text)
            else:
                add(node.text)
            continue
        if tag == f"{W}rt":
            add(" ")  # ruby text stands above its base: a word of its own
        if tag == f"{W}bdo" and node.get(f"{W}val") == "rtl" and paragraphs:
            _reverse_last_run(paragraphs[-1])
        if tag in DELETED:
            deleted -= 1
        elif tag in INSERTED:
            inserted -= 1
        if local in PARAGRAPHS:
            _close(paragraphs.pop(), pieces)
        elif not paragraphs and loose:
            text = "".join(loose.pop())
            if text.strip():
                pieces.append((_name(tag), text, None))
                pieces.extend(_computed(local, text))
        add(node.tail)


def _reverse_last_run(top: _Paragraph) -> None:
    """A right-to-left run (w:bdo) closes: its text is read back reversed, as it displays."""
    views = (top.accepted, top.original, top.shown)
    for view, start in zip(views, top.reversed.pop(), strict=True):
        view[start:] = ["".join(view[start:])[::-1]]


def _hiders(root, body: bytes) -> set:
    """The elements whose text Word hides or the rebuilt report leaves out of a paragraph."""
    if not any(marker in body for marker in (b"anish", b"webHidden", b"sym", b"oMath")):
        return set()
    return {
        node
        for node in _HIDERS(root)
        if node.tag != f"{W}r"
        or any(
            flag.get(f"{W}val", "true") not in ("0", "false", "off")
            for flag in node.find(f"{W}rPr").iterchildren(*HIDDEN_RUN)
        )
    }


def _text_in_properties(root) -> bool:
    return any(text.strip() for element in root.iter(*PROPERTIES) for text in element.itertext())


def _close(paragraph: _Paragraph, pieces: list) -> None:
    accepted = "".join(paragraph.accepted)
    original = "".join(paragraph.original)
    if accepted.strip():
        pieces.append(("text", accepted, paragraph.number))
    if original != accepted and original.strip():
        pieces.append(("text before tracked changes", original, paragraph.number))
    shown = "".join(paragraph.shown)
    if shown != accepted and shown.strip():
        pieces.append(("text without hidden text", shown, paragraph.number))
    instructions = "".join(paragraph.instructions)
    if instructions.strip():
        pieces.append(("field instruction", _decoded(instructions), paragraph.number))


def _computed(local: str, text: str) -> list[tuple[str, str, None]]:
    """The text a worksheet's header or footer prints, or a formula builds from its literals."""
    if local in HEADER_FOOTER:
        return [(f"{local} as printed", header_footer(text), None)]
    if local == "f" and _new_text(built := literals(text), text):
        return [("text the formula builds", built, None)]
    return []


def _new_text(built: str, written: str) -> bool:
    """Whether literals run together read differently from the instruction as written."""
    squeezed = "".join(built.split())
    return bool(squeezed) and squeezed not in "".join(written.split())


def _attributes(root, pieces: list, numbers: dict) -> None:
    """Every attribute value that can hold words, at its first place in the part."""
    wordy = {}
    for value in set(_ALL_ATTRIBUTES(root)):
        words = _words(value)
        if words:
            wordy[value] = words
    if not wordy:
        return
    for element in root.iter():  # until every such value is placed, usually early in the part
        for name, value in element.items():
            words = wordy.pop(value, None)
            if words is None:
                continue
            number = numbers.get(element)
            if number is None:
                number = next((numbers[a] for a in element.iterancestors() if a in numbers), None)
            pieces.append((f"@{_name(name)} on {_name(element.tag)}", words, number))
        if not wordy:
            return


def _words(value: str) -> str:
    """The value as text worth reading, or '' for numbers, ids, hex and one-letter codes."""
    if len(value) < 2 or _NOT_WORDS.match(value):
        return ""
    return _decoded(value)


def _symbol(code: str) -> str:
    """The character a w:sym shows: symbol fonts' codes sit at U+F000 + the character."""
    try:
        number = int(code, 16)
    except ValueError:
        return ""
    number = number - 0xF000 if 0xF020 <= number <= 0xF0FF else number
    return chr(number) if 0x20 <= number < 0xD800 or 0xE000 <= number < 0x110000 else ""


def _decoded(value: str) -> str:
    """Percent-encoding undone (repeatedly, for double encoding), internationalised host names
    (xn--) and base64 data URIs decoded; the value as written is kept too."""
    if "%" not in value and "xn--" not in value.lower() and "base64," not in value:
        return value
    decoded = value
    for _ in range(3):
        step = unquote(decoded)
        if step == decoded:
            break
        decoded = step
    extra = [_host_name(label) for label in _PUNYCODE.findall(decoded)]
    payload = _DATA_URI.search(decoded)
    if payload:
        with contextlib.suppress(ValueError, binascii.Error):
            data = base64.b64decode(payload.group(1)[:100_000] + "==")
            extra.append(data.decode("utf-8", "replace"))
    return " ".join([value, decoded, *extra])


def _host_name(label: str) -> str:
    try:
        return label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return ""


_PREFIXES = {
    W: "w:",
    "{http://schemas.openxmlformats.org/drawingml/2006/main}": "a:",
    "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}": "wp:",
    "{urn:schemas-microsoft-com:vml}": "v:",
    "{urn:schemas-microsoft-com:office:office}": "o:",
    "{http://purl.org/dc/elements/1.1/}": "dc:",
    "{http://purl.org/dc/terms/}": "dcterms:",
    "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}": "r:",
    "{http://schemas.openxmlformats.org/package/2006/relationships}": "",
    "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}": "vt:",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}": "cp:",
    "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}": "",
    "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}": "",
    "{http://schemas.openxmlformats.org/drawingml/2006/chart}": "c:",
    "{http://schemas.openxmlformats.org/drawingml/2006/diagram}": "dgm:",
}


def _name(qualified: str) -> str:
    """A qualified name as Office people write it (w:t, @w:tooltip), cached."""
    if qualified not in _NAMES:
        if qualified.startswith("{"):
            namespace, local = qualified[: qualified.index("}") + 1], qualified.split("}", 1)[1]
            _NAMES[qualified] = _PREFIXES.get(namespace, "") + local
        else:
            _NAMES[qualified] = qualified
    return _NAMES[qualified]
