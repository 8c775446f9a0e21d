"""What a council's own template may contain: known variables, allowed filters, no private access.

The sandbox would stop `__class__`-style escapes at render time anyway; refusing them here means
such a template is never stored.
"""

from __future__ import annotations

import io

from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError, nodes

from services.documents.jinja_env import make_environment

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


def template_findings(template: bytes, known: set[str]) -> list[str]:
    """Every reason the template cannot be accepted; empty when it can."""
    document = DocxTemplate(io.BytesIO(template))
    env = make_environment()
    findings: list[str] = []
    for xml in _parts(document):
        try:
            tree = env.parse(document.patch_xml(xml))
        except TemplateSyntaxError as exc:
            findings.append(f"a tag cannot be read: {exc.message}")
            continue
        for node in tree.find_all(nodes.Filter):
            if node.name not in ALLOWED_FILTERS:
                findings.append(f"filter '{node.name}' is not allowed")
        for node in tree.find_all(nodes.Getattr):
            if node.attr.startswith("_"):
                findings.append(f"'.{node.attr}' reaches into Python internals")
    if findings:
        return sorted(set(findings))
    unknown = set(document.get_undeclared_template_variables(jinja_env=env)) - known
    return [f"unknown variable '{name}'" for name in sorted(unknown)]


def _parts(document: DocxTemplate) -> list[str]:
    document.init_docx()
    parts = [document.get_xml()]
    for relation in document.docx.part.rels.values():
        if relation.reltype.endswith(("/header", "/footer")):
            parts.append(relation.target_part.blob.decode("utf-8"))
    return parts
