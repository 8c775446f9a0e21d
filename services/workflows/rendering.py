"""Filling templates from a review's current data: previews, and renders stored as versions."""

from __future__ import annotations

from services.documents.catalogue import CATALOGUE, DEFAULT_FOR_KIND, Template
from services.documents.contexts import headings_for, load_headings
from services.documents.render_docx import render_docx, undeclared_variables
from services.documents.render_xlsx import render_xlsx
from services.documents.text import clean_tree
from services.documents.upload_checks import CONTENT_TYPES
from services.domain.errors import FieldErrors, NotFound
from services.domain.versions import DEFAULT_MARKING, next_label
from services.storage.models import Agency, Imr, Review
from services.workflows import council_templates, records
from services.workflows.context import Ctx
from services.workflows.directory import csp_by_code
from services.workflows.document_data import (
    PUBLISHABLE_TEMPLATES,
    pseudonymised,
    review_data,
)
from services.workflows.documents import (
    add_version,
    not_held_by_another,
    open_document,
    precondition,
)
from services.workflows.imr_data import template_extra
from services.workflows.records import person_data


def template(name: str) -> Template:
    if name not in CATALOGUE:
        raise NotFound("template")
    return CATALOGUE[name]


def list_templates(ctx: Ctx, csp_code: str | None = None) -> list[dict]:
    """Every template; with a CSP, the version that CSP's renders use."""
    csp_id = csp_by_code(ctx, csp_code).id if csp_code else None
    found = []
    for t in CATALOGUE.values():
        own = council_templates.current(ctx, csp_id, t.name) if csp_id else None
        content = own.content if own else t.default_bytes()
        variables = (
            sorted(undeclared_variables(content))
            if t.file_type == "docx"
            else ["actions", "agencies", "marking", "review", "version"]
        )
        found.append(
            {
                "name": t.name,
                "file_type": t.file_type,
                "document_kind": t.document_kind,
                "variables": variables,
                "version": own.version if own else "default",
            }
        )
    return found


def template_content(ctx: Ctx, name: str, csp_code: str | None = None) -> tuple[bytes, str, str]:
    found = template(name)
    own = None
    if csp_code:
        own = council_templates.current(ctx, csp_by_code(ctx, csp_code).id, name)
    filename = f"{found.name.rsplit('/', 1)[-1]}.{found.file_type}"
    return own.content if own else found.default_bytes(), filename, CONTENT_TYPES[found.file_type]


def fill(
    ctx: Ctx,
    found: Template,
    review: Review,
    options: dict,
    marking: str,
    version: str,
    more: dict | None = None,
) -> tuple[bytes, list[str]]:
    """The template filled from the review; `more` adds what one record (an IMR) knows."""
    data = review_data(ctx, review)
    if found.name in PUBLISHABLE_TEMPLATES:
        data = pseudonymised(data)
    extra = {
        "marking": marking,
        "version": version,
        "today": ctx.today,
        "h": headings_for(load_headings(), found.headings or "", review.guidance_version),
        "recipient": person_data(ctx, options.get("recipient_id")),
        "sender": person_data(ctx, ctx.actor_id),
        "agency_name": _agency_name(ctx, review, options.get("agency_id")),
        **(more or {}),
    }
    warnings: list[str] = []
    context = clean_tree(found.build(data, extra), warnings=warnings)
    own = council_templates.current(ctx, review.csp_id, found.name)
    if found.file_type == "xlsx":
        return render_xlsx(own.content if own else found.default_bytes(), context), warnings
    if own is not None:  # a council's template is untrusted: it renders inside the limits
        return ctx.documents.sandbox.render(own.content, context), warnings
    return render_docx(found.default_bytes(), context), warnings


def action_plan_workbook(ctx: Ctx, review: Review, context: dict) -> bytes:
    """The action plan alone, in the CSP's own workbook template when it has one."""
    own = council_templates.current(ctx, review.csp_id, "action_plan")
    found = CATALOGUE["action_plan"]
    return render_xlsx(own.content if own else found.default_bytes(), clean_tree(context))


def _agency_name(ctx: Ctx, review: Review, agency_id: int | None) -> str:
    if agency_id is None:
        return ""
    agency = ctx.session.get(Agency, agency_id)
    if agency is None or agency.csp_id != review.csp_id:
        errors = FieldErrors()
        errors.add("agency_id", "No agency with this id in the review's CSP")
        errors.raise_if_any()
    return agency.name


def preview(ctx: Ctx, review_id: int, options: dict) -> tuple[bytes, str, str, list[str]]:
    """The filled template's bytes; nothing is stored."""
    review = records.open_review(ctx, review_id, "create_document")
    found = template(options["template"])
    data, warnings = fill(ctx, found, review, options, DEFAULT_MARKING, "preview")
    name = f"{review.reference} {found.name.rsplit('/', 1)[-1]} preview.{found.file_type}"
    return data, name, CONTENT_TYPES[found.file_type], warnings


def render_into_document(
    ctx: Ctx, review_id: int, doc_id: int, options: dict, if_match: str | None
) -> dict:
    """Fills the document's template from current data and stores it as its next version."""
    doc = open_document(ctx, doc_id, "save_document", lock=True)
    if doc.review_id != review_id:
        raise NotFound("document")
    if if_match:
        precondition(doc, if_match)
    not_held_by_another(ctx, doc)
    name = options.get("template") or DEFAULT_FOR_KIND.get(doc.kind)
    errors = FieldErrors()
    errors.check(name is not None, "template", "Name the template to fill this document from")
    errors.raise_if_any()
    found = template(name)
    errors.check(
        found.file_type == doc.file_type,
        "template",
        f"This document is a .{doc.file_type}; {name} makes a .{found.file_type}",
    )
    errors.raise_if_any()
    review = ctx.session.get(Review, doc.review_id)
    options = {**options, "agency_id": options.get("agency_id") or doc.agency_id}
    more = template_extra(ctx, ctx.session.get(Imr, doc.imr_id)) if doc.imr_id else None
    data, warnings = fill(
        ctx,
        found,
        review,
        options,
        doc.protective_marking,
        next_label(doc.current_label, False),
        more,
    )
    view = add_version(
        ctx,
        doc,
        review,
        data,
        f"Filled from the {name} template",
        False,
        "document.rendered",
        template=name,
    )
    return {**view, "warnings": warnings}
