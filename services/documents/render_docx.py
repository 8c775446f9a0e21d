"""Fills a .docx template with docxtpl in the sandboxed environment; proves nothing was lost."""

from __future__ import annotations

import io
import zipfile

from docxtpl import DocxTemplate
from jinja2 import TemplateError
from jinja2.sandbox import SecurityError
from lxml import etree

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
    """The filled document; text is cleaned again here so no caller can skip it."""
    context = clean_tree(context)
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
    check_complete(rendered)
    return rendered


def check_complete(package: bytes) -> None:
    """The last paragraph is the sentinel and the section properties follow: not truncated."""
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        body = etree.fromstring(z.read("word/document.xml")).find(f"{W}body")
    children = list(body)
    paragraphs = [c for c in children if c.tag == f"{W}p"]
    last_text = "".join(paragraphs[-1].itertext()).strip() if paragraphs else ""
    if not children or children[-1].tag != f"{W}sectPr" or last_text != SENTINEL:
        raise RenderFailed("The rendered document is incomplete; nothing was stored", "truncated")
