"""Fills a .docx template with docxtpl in the sandboxed environment; proves nothing was lost."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from docxtpl import DocxTemplate
from jinja2 import TemplateError
from jinja2.sandbox import SecurityError
from lxml import etree

from services.documents.chronology_tables import splice, tables_xml, token
from services.documents.jinja_env import make_environment
from services.documents.text import clean_tree

SENTINEL = "End of document."
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class RenderFailed(Exception):
    """The template could not be filled (forbidden expression, unknown variable, bad tag)."""

    def __init__(self, message: str, code: str = "render_failed"):
        super().__init__(message)
        self.code = code


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
    if blocks:
        # The tables are our own escaped XML, spliced between parts already proved intact.
        rendered = splice(rendered, {b.mark: tables_xml(b.rows) for b in blocks.values()})
    return rendered


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
                    text = "".join(element.itertext()).strip() if element.tag == f"{W}p" else ""
                    last = [last[1], (element.tag, text)]
                    element.clear(keep_tail=False)
    except etree.XMLSyntaxError as exc:
        raise RenderFailed(f"The rendered document is not well-formed: {exc}", "corrupt") from exc
    if last[1][0] != f"{W}sectPr" or last[0] != (f"{W}p", SENTINEL):
        raise RenderFailed("The rendered document is incomplete; nothing was stored", "truncated")
