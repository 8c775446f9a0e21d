"""Fills a .docx template with docxtpl in the sandboxed environment; proves nothing was lost."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from functools import partial

import lxml.etree as etree  # lxml ships no stubs: pyright cannot see its compiled etree
from docxtpl import DocxTemplate
from jinja2 import TemplateError
from jinja2.exceptions import SecurityError

from services.documents import contents
from services.documents.chronology_tables import (
    placeholder,
    region_lines,
    skeleton,
    splice,
    table_xml,
    token,
    years,
)
from services.documents.jinja_env import make_environment
from services.documents.regions import END_MARK, stamp
from services.documents.text import clean_tree

SENTINEL = "End of document."  # the visible end line of templates made before the hidden mark
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class RenderFailed(Exception):
    """The template could not be filled (forbidden expression, unknown variable, bad tag)."""

    def __init__(self, message: str, code: str = "render_failed"):
        super().__init__(message)
        self.code = code

    def __reduce__(self):  # crosses back from a sandbox worker intact
        return (type(self), (str(self), self.code))


def undeclared_variables(template: bytes) -> set[str]:
    return set(
        DocxTemplate(io.BytesIO(template)).get_undeclared_template_variables(
            jinja_env=make_environment()
        )
    )


def render_docx(template: bytes, context: dict) -> bytes:
    """The filled document; text is cleaned again here so no caller can skip it.

    A context value that is a Block (the combined chronology) renders as its token, and the
    paragraph holding the token is then replaced by the block's tables.
    """
    blocks = {k: v for k, v in context.items() if isinstance(v, Block)}
    context = {
        **clean_tree({k: v for k, v in context.items() if k not in blocks}),
        **{k: b.mark for k, b in blocks.items()},
    }
    document = DocxTemplate(io.BytesIO(template))
    try:
        document.render(context, jinja_env=make_environment(), autoescape=True)
    except SecurityError as exc:
        raise RenderFailed(
            f"The template contains a forbidden expression: {exc}", "forbidden_expression"
        ) from exc
    except TemplateError as exc:
        where = getattr(exc, "docx_context", None)
        raise RenderFailed(
            f"The template cannot be filled: {exc}"
            + (f" near: {' '.join(where)[:200]}" if where else "")
        ) from exc
    out = io.BytesIO()
    document.save(out)
    rendered = out.getvalue()
    check_complete(rendered)  # docxtpl's own output: where silent loss would happen
    if not blocks:
        return stamp(contents.fill(rendered))
    # A block's year headings go in first with a placeholder for each table, so the contents
    # and the region fingerprints are made over a small body; the tables (our own escaped XML)
    # are written last, straight into the compressed part, between parts already proved intact.
    laid = {b.mark: years(b.rows) for b in blocks.values()}
    skeletons = {mark: skeleton(mark, found) for mark, found in laid.items()}
    rendered = splice(rendered, skeletons, stored=True)
    tables, lines = {}, {}
    for mark, found in laid.items():
        for index, (_year, rows) in enumerate(found):
            tables[placeholder(mark, index)] = partial(table_xml, rows)
            lines[placeholder(mark, index)] = partial(region_lines, rows)
    return splice(stamp(contents.fill(rendered), lines, stored=True), tables)


@dataclass(frozen=True)
class Block:
    """Rows to be laid out as tables in place of one paragraph of the template."""

    rows: list
    mark: str = field(default_factory=token)


def check_complete(package: bytes) -> None:
    """The body parses strictly, ends with the sentinel paragraph and then the section
    properties: not truncated. Streams the body, so a 20,000-row chronology stays cheap."""
    last = [("", ""), ("", "")]  # the body's last two children: (tag, text)
    depth = 0
    try:
        with zipfile.ZipFile(io.BytesIO(package)) as z, z.open("word/document.xml") as xml:
            for event, element in etree.iterparse(xml, events=("start", "end")):
                depth += 1 if event == "start" else -1
                if event == "end" and depth == 2:  # a direct child of w:body
                    last = [last[1], (element.tag, _end_text(element))]
                    element.clear(keep_tail=False)
    except etree.XMLSyntaxError as exc:
        raise RenderFailed(f"The rendered document is not well-formed: {exc}", "corrupt") from exc
    if last[1][0] != f"{W}sectPr" or last[0] not in ((f"{W}p", SENTINEL), (f"{W}p", END_MARK)):
        raise RenderFailed("The rendered document is incomplete; nothing was stored", "truncated")


def _end_text(element) -> str:
    """A paragraph's text, or the end mark when it holds the hidden end bookmark."""
    if element.tag != f"{W}p":
        return ""
    for mark in element.iter(f"{W}bookmarkStart"):
        if mark.get(f"{W}name") == END_MARK:
            return END_MARK
    return "".join(element.itertext()).strip()
