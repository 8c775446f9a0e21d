"""The anonymity corpus: a register name planted in every way a hostile or careless author can
hide it, and in every kind of node that can carry text. Each plant has its own person on the
register, so in the document holding every plant at once each finding says which plant it is.

To add a plant: write a function `(package, real_name) -> None` in plant_ways.py that puts the
name somewhere, and add a `Plant` below (`in_pdf=True` if LibreOffice carries it into a PDF).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tests.fakes.docx_package import Package
from tests.fakes.plant_links import (
    data_uri,
    double_encoded_link,
    hidden_mark,
    hyperlink_target,
    punycode_link,
    ruby,
    split_by,
    split_cells,
    symbols,
    zip_method,
)
from tests.fakes.plant_ways import (
    alt_chunk,
    app_company,
    bdo,
    bookmark,
    chart,
    content_control,
    core,
    custom_property,
    custom_xml,
    drawing,
    embedded,
    entity_in_text,
    field_code,
    file_name,
    fld_simple,
    footnote_separator,
    form_field,
    glossary,
    image_metadata,
    numbering_text,
    part_name,
    pi_in_text,
    pi_in_title,
    settings_variable,
    smartart,
    split_runs,
    table_cell,
    text_box,
    text_in,
    tooltip,
    tracked,
    unknown_part,
    vml_shape,
    word_part,
    wordart,
    xml_comment,
)
from tests.fakes.spellings import (
    as_written,
    bidi_marks,
    dotted,
    family_possessive,
    fullwidth,
    glued,
    hair_spaced,
    homoglyphs,
    joined_by,
    letter_spaced,
    math_bold,
    omicron,
    plural,
    possessive,
    reversed_override,
    run_together,
    stacked,
)

# fmt: off
FIRST = (
    "Oriel", "Tamsin", "Bastian", "Linnea", "Corwin", "Isolde", "Peregrine", "Wystan", "Ottoline",
    "Caspian", "Eulalia", "Florian", "Henrike", "Ignatius", "Jolyon", "Kerensa", "Leopold",
    "Morwenna", "Nerys", "Osric", "Perpetua", "Quentin", "Rosamund", "Sylvester", "Tancred",
    "Ursula", "Valentin", "Wilhelmina", "Xanthe", "Yseult", "Zebedee", "Alaric", "Briony",
    "Cosimo", "Delphine", "Evander", "Fenella", "Gideon", "Honoria", "Ivo", "Jessamy", "Lucasta",
    "Magnus", "Niamh", "Orlando", "Philippa", "Rafferty", "Saskia", "Tobias", "Vesper",
    "Winifred", "Ximena", "Yardley", "Zenobia", "Ambrose", "Benedikt", "Clementine", "Dashiell",
    "Elowen", "Fitzroy", "Gwendolen", "Hartley", "Imogen", "Lysander", "Mirabel", "Octavia",
    "Percival", "Romilly", "Seraphina", "Thaddeus", "Aurelian", "Bellamy", "Cordelia", "Drusilla",
    "Emrys", "Faustina", "Galahad", "Hesper", "Ianthe", "Jocasta", "Lorcan", "Melisande", "Nimue",
    "Oberon", "Perdita", "Rowena", "Tristram", "Verity", "Wendell", "Araminta", "Barnaby",
    "Cressida", "Dorian", "Esmond", "Filippa", "Gervase", "Hermia", "Inigo", "Juniper",
)
_PREFIX = (
    "Ash", "Brack", "Carrow", "Dell", "Elms", "Foxen", "Gallow", "Harts", "Ivel", "Kestrel",
    "Larks", "Mallow", "Nettle", "Oaken", "Penny", "Quarr", "Ravens", "Sallow", "Thistle",
    "Vella", "Wrens", "Yarrow", "Zennor", "Amber", "Cinder",
)
_SUFFIX = (
    "combe", "water", "mere", "worth", "holt", "brook",
)
# fmt: on


def person(index: int) -> str:
    last = _PREFIX[index % len(_PREFIX)] + _SUFFIX[index // len(_PREFIX)]
    return f"{FIRST[index]} {last}"


@dataclass(frozen=True)
class Plant:
    key: str
    way: str
    put: Callable
    real_name: str = ""  # as the register holds it; a generated name when empty
    finding: str = "name"  # "name", or "unreadable" for a part nothing can read as text
    in_pdf: bool = False  # LibreOffice carries it into a PDF of the author's version


P = Plant
SERGEY = "\u0421\u0435\u0440\u0433\u0435\u0439 \u0412\u043e\u043b\u043a\u043e\u0432"
NOTE = {k: (f"{k}.xml", k, k, k) for k in ("footnotes", "endnotes")}


def U(key: str, way: str, put: Callable) -> Plant:
    """A plant in a part nothing can read as text: a finding of its own, whatever it holds."""
    return Plant(key, way, put, finding="unreadable")


T = text_in
W = word_part
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
OLE = "application/vnd.openxmlformats-officedocument.oleObject"
COMMENT_REF = '<w:r><w:commentReference w:id="5"/></w:r>'
FOOTNOTE_REF = '<w:r><w:footnoteReference w:id="5"/></w:r>'
PDF = {"in_pdf": True}
ENDNOTE_REF = '<w:r><w:endnoteReference w:id="5"/></w:r>'
# fmt: off
PLANTS_LIST = [
    P("cyrillic", "Cyrillic look-alikes in a name", T(homoglyphs), in_pdf=True),
    P("greek", "Greek omicron for o", T(omicron), in_pdf=True),
    P("zwj", "zero-width joiner inside a name", T(joined_by("\u200d")), in_pdf=True),
    P("zwsp", "zero-width space inside a name", T(joined_by("\u200b")), in_pdf=True),
    P("word_joiner", "word joiner U+2060", T(joined_by("\u2060")), in_pdf=True),
    P("soft_hyphen", "soft hyphens", T(joined_by("\u00ad")), in_pdf=True),
    P("bidi_marks", "bidi embedding and marks", T(bidi_marks), in_pdf=True),
    P("tag_characters", "invisible tag characters", T(joined_by("\U000e0041")), in_pdf=True),
    P("family_possessive", "family plural possessive", T(family_possessive), in_pdf=True),
    P("plural", "plural", T(plural), in_pdf=True),
    P("possessive", "possessive, typographic apostrophe", T(possessive), in_pdf=True),
    P("fullwidth", "fullwidth letters", T(fullwidth)),
    P("math_bold", "mathematical bold letters", T(math_bold)),
    P("stacked_marks", "stacked combining marks", T(stacked), in_pdf=True),
    P("letter_spaced", "letters spaced out", T(letter_spaced), in_pdf=True),
    P("punctuation_split", "split by punctuation", T(dotted), in_pdf=True),
    P("glued", "glued to the word before", T(glued), in_pdf=True),
    P("reversed", "reversed in a right-to-left override", T(reversed_override)),
    P("nordic", "ø and æ in ASCII", T(as_written("Soren Kjaer")), "Søren Kjær", in_pdf=True),
    P("l_stroke", "ł in ASCII", T(as_written("Lukasz Wrobel")), "Łukasz Wróbel", in_pdf=True),
    P("eszett", "ß as ss", T(as_written("Mrs Weiss")), "Greta Weiß", in_pdf=True),
    P("oe_ligature", "œ as oe", T(as_written("Coeurdelion")), "Aimée Cœurdelion", in_pdf=True),
    P("umlaut", "ü as ue", T(as_written("Mr Mueller")), "Jürgen Müller", in_pdf=True),
    P("in_cyrillic", "in Cyrillic", T(as_written(SERGEY)), "Sergey Volkov", in_pdf=True),
    P("ascii_digits", "digits for letters", T(as_written("J0nas Wr1ght")), "Jonas Wright", **PDF),
    P("capital_i", "capital I for l", T(as_written("Mrs HoIloway")), "Maud Holloway", **PDF),
    P("small_l", "small l for capital I", T(as_written("lona spoke")), "Iona Fairclough", **PDF),
    P("pipe", "a bar for l", T(as_written("Mr Ha|ewood")), "Piers Halewood", **PDF),
    P("space_split", "split by a space", T(as_written("Mr Thornb ury")), "Ellis Thornbury", **PDF),
    P("head_split", "split after its first letter", T(as_written("Mr W ainwright")),
      "Hugo Wainwright", **PDF),
    P("braille_blank", "split by a Braille blank", T(as_written("Mr Kings\u2800ley")),
      "Rufus Kingsley", **PDF),
    P("title_split", "split, each part capitalised", T(as_written("Mr March Bank")),
      "Ottoline Marchbank", **PDF),
    P("gendered", "the surname's other gender", T(as_written("Mr Wojciechowski")),
      "Agnieszka Wojciechowska", **PDF),
    P("mac_mc", "Mc for Mac", T(as_written("Mr McDonald")), "Callum MacDonald", **PDF),
    P("irish_daughter", "the Irish daughter's particle, lenited", T(as_written("Ní Shúilleabháin")),
      "Niamh Ó Súilleabháin", **PDF),
    P("welsh_mutation", "Welsh mutation", T(as_written("gyda Chadwaladr")), "Cadwaladr Pughe",
      **PDF),
    P("split_runs", "split across runs", split_runs, in_pdf=True),
    P("split_hidden", "split by hidden text", split_by("hidden"), in_pdf=True),
    P("split_equation", "split by an equation", split_by("equation"), in_pdf=True),
    P("split_tracked", "split across tracked changes", tracked("split")),
    P("tracked_insertion", "tracked insertion", tracked("insertion"), in_pdf=True),
    P("tracked_deletion", "tracked deletion", tracked("deletion")),
    P("table_cell", "table cell", table_cell, in_pdf=True),
    P("split_cells", "split across table cells that touch", split_cells, in_pdf=True),
    P("hidden_mark", "split across paragraphs run on at a hidden mark", hidden_mark),
    P("bdo", "right-to-left override element (w:bdo)", bdo),
    P("wordart", "WordArt (v:textpath/@string)", wordart),
    P("text_box", "text box (w:txbxContent)", text_box, in_pdf=True),
    P("vml_alt", "VML alt text", vml_shape("alt")),
    P("vml_title", "VML title", vml_shape("title")),
    P("drawing_descr", "drawing alt text (wp:docPr/@descr)", drawing("descr")),
    P("drawing_title", "drawing title (wp:docPr/@title)", drawing("title")),
    P("pi_in_text", "after a processing instruction in w:t", pi_in_text, in_pdf=True),
    P("entity_in_text", "after an entity reference in w:t", entity_in_text),
    P("pi_in_title", "after a processing instruction in dc:title", pi_in_title),
    P("title", "document title (the PDF's Title)", core("dc:title", "About {name}"), in_pdf=True),
    P("author", "document author", core("dc:creator"), in_pdf=True),
    P("keywords", "document keywords", core("cp:keywords")),
    P("company", "extended property (Company)", app_company),
    P("custom_property", "custom property", custom_property),
    P("field_code", "field instruction (w:instrText)", field_code),
    P("fld_simple", "simple field (w:fldSimple/@w:instr)", fld_simple),
    P("hyperlink", "percent-encoded hyperlink target", hyperlink_target),
    P("double_encoded", "double-encoded hyperlink target", double_encoded_link),
    P("tooltip", "hyperlink tooltip", tooltip),
    P("bookmark", "bookmark name", bookmark),
    P("form_field", "form field default text", form_field),
    P("content_control", "content control title", content_control),
    P("comment", "comment", W("comments.xml", "comments", "comments", "comments", COMMENT_REF)),
    P("footnote", "footnote", W(*NOTE["footnotes"], FOOTNOTE_REF), in_pdf=True),
    P("endnote", "endnote", W(*NOTE["endnotes"], ENDNOTE_REF), in_pdf=True),
    P("footnote_separator", "footnote separator", footnote_separator),
    P("header", "header", W("header9.xml", "hdr", "header", "header", "section"), in_pdf=True),
    P("footer", "footer", W("footer9.xml", "ftr", "footer", "footer", "section"), in_pdf=True),
    P("glossary", "glossary (building blocks) part", glossary),
    P("chart", "chart text (a:t)", chart),
    P("smartart", "SmartArt text", smartart),
    P("numbering", "numbering definition level text", numbering_text),
    P("settings", "document variable in the settings part", settings_variable),
    P("custom_xml", "custom XML part", custom_xml),
    P("xml_comment", "XML comment in the document part", xml_comment),
    P("part_name", "a part's name", part_name),
    P("image_metadata", "image metadata (PNG text chunk)", image_metadata),
    P("file_name", "the file's name", file_name),
    P("hair_spaces", "hair spaces between the letters", T(hair_spaced), in_pdf=True),
    P("run_together", "first name and surname run together", T(run_together), in_pdf=True),
    P("symbols", "spelt in symbol characters (w:sym)", symbols),
    P("ruby", "ruby text above other words", ruby),
    P("punycode", "internationalised host name in a link", punycode_link),
    P("data_uri", "base64 data in a link", data_uri),
    U("alt_chunk", "altChunk HTML part", alt_chunk),
    U("workbook", "embedded workbook", embedded("Book1.xlsx", XLSX, "package")),
    U("ole_object", "embedded OLE object", embedded("oleObject1.bin", OLE, "oleObject")),
    U("unknown_type", "a part of an unknown content type", unknown_part),
    U("deflate64", "a part compressed a way that cannot be read", zip_method(9)),
    U("encrypted_part", "an encrypted part", zip_method(-1)),
]
# fmt: on
PLANTS = {
    plant.key: Plant(
        plant.key, plant.way, plant.put, plant.real_name or person(i), plant.finding, plant.in_pdf
    )
    for i, plant in enumerate(PLANTS_LIST)
}


def pseudonym(plant: Plant) -> str:
    return f"Pseudonym{list(PLANTS).index(plant.key) + 1}"


def register() -> list[tuple[str, str]]:
    """(real name, pseudonym) of every plant's person."""
    return [(plant.real_name, pseudonym(plant)) for plant in PLANTS.values()]


def planted(*keys: str) -> tuple[bytes, str]:
    """(the document, its file name) with these plants; none is a clean report."""
    package = Package()
    for key in keys:
        PLANTS[key].put(package, PLANTS[key].real_name)
    return package.build(), package.filename
