"""What a council's own template may contain: known variables, allowed filters, no private access.

The sandbox would stop `__class__`-style escapes at render time anyway; refusing them here means
such a template is never stored.
"""

from __future__ import annotations

import io

from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError, meta, nodes

from services.documents.jinja_env import make_environment
from services.domain.errors import known

ALLOWED_FILTERS = {
    "uk_date",
    "month_year",
    "event_date",
    "pseudonym",
    "join_list",
    "title",
    "upper",
    "lower",
    "capitalize",
    "default",
    "length",
    "join",
    "trim",
    "round",
    "int",
    "string",
    "first",
    "last",
    "sort",
    "replace",
    "e",
    "escape",
    "safe",
} - {"safe"}


# Every string core property docxtpl may render, and the package parts it renders or could:
# body, headers, footers, footnotes (rendered today), endnotes and comments (checked anyway, so a
# tag there is never stored waiting for a docxtpl that renders them).
CORE_PROPERTIES = (
    "author", "category", "comments", "content_status", "identifier", "keywords", "language",
    "last_modified_by", "subject", "title", "version",
)  # fmt: skip
PART_TYPES = tuple(
    f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
    for kind in ("header", "footer", "footnotes", "endnotes", "comments")
)


def template_findings(template: bytes, known: set[str]) -> list[str]:
    """Every reason the template cannot be accepted; empty when it can."""
    env = make_environment()
    findings: list[str] = []
    trees = []
    for where, source in template_sources(template):
        try:
            tree = env.parse(source)
        except TemplateSyntaxError as exc:
            findings.append(f"{where}: a tag cannot be read: {exc.message}")
            continue
        trees.append(tree)
        for node in tree.find_all(nodes.Filter):
            if node.name not in ALLOWED_FILTERS:
                findings.append(f"{where}: filter '{node.name}' is not allowed")
        for node in tree.find_all(nodes.Getattr):
            if node.attr.startswith("_"):
                findings.append(f"{where}: '.{node.attr}' reaches into Python internals")
    if findings:
        return sorted(set(findings))
    unknown = set().union(*(meta.find_undeclared_variables(t) for t in trees)) - known
    return [f"unknown variable '{name}'" for name in sorted(unknown)]


def template_variables(template: bytes) -> set[str]:
    """The variables the template uses, in every part it is rendered from."""
    env = make_environment()
    found: set[str] = set()
    for _where, source in template_sources(template):
        try:
            found |= meta.find_undeclared_variables(env.parse(source))
        except TemplateSyntaxError:
            continue
    return found


def template_sources(template: bytes) -> list[tuple[str, str]]:
    """(where, Jinja source) for every part and property docxtpl renders (or might)."""
    document = DocxTemplate(io.BytesIO(template))
    document.init_docx()
    docx = known(document.docx, "init_docx() opened it")
    sources = [("body", document.patch_xml(document.get_xml()))]
    package = known(docx.part.package, "a document opened from bytes has its package")
    for part in package.iter_parts():
        if part.content_type in PART_TYPES:
            xml = part.blob.decode("utf-8") if isinstance(part.blob, bytes) else part.blob
            sources.append((str(part.partname).lstrip("/"), document.patch_xml(xml)))
    properties = docx.core_properties
    for name in CORE_PROPERTIES:
        value = getattr(properties, name, None)
        if isinstance(value, str) and value:
            sources.append((f"document property '{name}'", value))
    return sources
