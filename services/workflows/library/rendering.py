"""Filling templates from a review's current data: previews, and renders stored as versions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from sqlalchemy import select

from services.documents.catalogue import (
    CATALOGUE,
    DEFAULT_FOR_KIND,
    WORKBOOK_VARIABLES,
    Template,
)
from services.documents.contexts import headings_for, load_headings
from services.documents.package_text import extract
from services.documents.render_docx import Block, render_docx
from services.documents.render_xlsx import render_xlsx
from services.documents.template_checks import template_variables
from services.documents.text import clean_tree
from services.documents.upload_checks import CONTENT_TYPES
from services.domain.access import require_csp
from services.domain.canonical import tokens
from services.domain.errors import (
    FieldError,
    FieldErrors,
    Invalid,
    NotFound,
    PreconditionFailed,
)
from services.domain.service_dates import service_windows
from services.domain.versions import DEFAULT_MARKING, etag, next_label
from services.storage.models import Agency, DocumentVersion, Imr, Review
from services.workflows.directory import people
from services.workflows.directory.directory import visible_csp
from services.workflows.imrs.data import template_extra
from services.workflows.kernel import records
from services.workflows.kernel.context import Ctx
from services.workflows.kernel.records import person_data
from services.workflows.library import council_templates, labels, letters, refill
from services.workflows.library.document_data import (
    PUBLISHABLE_TEMPLATES,
    pseudonymised,
    review_data,
)
from services.workflows.library.documents import (
    add_version,
    not_held_by_another,
    open_document,
    precondition,
)


def template(name: str) -> Template:
    if name not in CATALOGUE:
        raise NotFound("template")
    return CATALOGUE[name]


def list_templates(ctx: Ctx, csp_code: str | None = None) -> list[dict]:
    """Every template; with a CSP, the version that CSP's renders use."""
    csp_id = _template_csp(ctx, csp_code)
    found = []
    for t in CATALOGUE.values():
        own = council_templates.current(ctx, csp_id, t.name) if csp_id else None
        if own is not None:
            variables = council_templates.variables_of(ctx, own)
        else:
            variables = _default_variables(t.name)
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


@lru_cache(maxsize=64)
def _default_variables(name: str) -> list[str]:
    """Our own templates' variables, read once per process (they never change while it runs)."""
    found = CATALOGUE[name]
    if found.file_type != "docx":
        return list(WORKBOOK_VARIABLES)
    return sorted(template_variables(found.default_bytes()))


def _template_csp(ctx: Ctx, csp_code: str | None) -> int | None:
    """The CSP whose own templates are asked for: only its coordinators and chairs see them."""
    if not csp_code:
        return None
    csp = visible_csp(ctx, csp_code)
    require_csp(ctx.principal, "view_templates", csp.id)
    return csp.id


def template_content(ctx: Ctx, name: str, csp_code: str | None = None) -> tuple[bytes, str, str]:
    found = template(name)
    csp_id = _template_csp(ctx, csp_code)
    own = council_templates.current(ctx, csp_id, name) if csp_id else None
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
    people_wrote: list[str] | None = None,
) -> tuple[bytes, list[str]]:
    """The template filled from the review; `more` adds what one record (an IMR) knows.
    `people_wrote`, when given, receives every text of the data (what people typed)."""
    data = review_data(ctx, review)
    if found.name in PUBLISHABLE_TEMPLATES:
        data = pseudonymised(data)
    extra = {
        "marking": marking,
        "version": version,
        "today": ctx.today,
        "h": headings_for(load_headings(), found.headings or "", review.guidance_version),
        "recipient": _recipient(ctx, review, options.get("recipient_id"))
        if found.document_kind != "letter"
        else {},
        "sender": person_data(ctx, ctx.actor_id),
        "agency_name": _agency_name(ctx, review, options.get("agency_id")),
        "chronology_appendix": bool(options.get("chronology_appendix")),
        **(more or {}),
    }
    if found.document_kind == "letter":
        extra.update(_letter_extra(ctx, review, found, options))
    warnings: list[str] = []
    context = clean_tree(found.build(data, extra), warnings=warnings)
    if people_wrote is not None:
        people_wrote.extend(texts_of(context))
    data = _render(ctx, review, found, context)
    # a family letter carries no marking, so no label either
    return labels.labelled(ctx, data, str(extra["marking"])), warnings


def _letter_extra(ctx: Ctx, review: Review, found: Template, options: dict) -> dict:
    """A letter is signed by its sender role's holder, to the recipient chosen by id; a
    letter to a family is not protectively marked."""
    name = found.name.split("/", 1)[1]
    extra: dict[str, object] = {
        "sender": letters.sender(ctx, review, name),
        "recipient": letters.recipient(
            ctx, review, name, options.get("recipient_id"), options.get("store", False)
        ),
        "contacts": letters.contacts(ctx, review),
    }
    if name in letters.FAMILY_LETTERS:
        extra["marking"] = ""
    return extra


def _render(ctx: Ctx, review: Review, found: Template, context: dict) -> bytes:
    """Our own templates render here; a council's are untrusted files and render in the
    sandbox's render pool, queued fairly by CSP, within its limits."""
    own = council_templates.current(ctx, review.csp_id, found.name)
    if own is None:
        if found.file_type == "xlsx":
            return render_xlsx(found.default_bytes(), context)
        return render_docx(found.default_bytes(), context)
    key, content = str(review.csp_id), own.content
    ctx.idle()  # no lock is held while an untrusted template runs (up to the render budget)
    if found.file_type == "xlsx":
        return ctx.docs.sandbox.render_workbook(content, context, key)
    return ctx.docs.sandbox.render(content, context, key)


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def texts_of(value) -> Iterator[str]:
    """Every string in the context (a Block's rows too), but dates the service formats itself."""
    if isinstance(value, str):
        if not _ISO_DATE.match(value):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_of(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts_of(item)
    elif isinstance(value, Block):
        yield from texts_of(value.rows)


def service_dates(rendered: bytes, typed: list[str]) -> list[str]:
    """The windows of the dates the service wrote into a filled publishable template."""
    by_part: dict[str, list[list[str]]] = {}
    for piece in extract(rendered).records:
        if piece.node == "text":
            by_part.setdefault(piece.part, []).append(tokens(piece.text))
    return sorted(
        {w for paragraphs in by_part.values() for w in service_windows(paragraphs, typed)}
    )


def action_plan_workbook(ctx: Ctx, review: Review, context: dict) -> bytes:
    """The action plan alone, in the CSP's own workbook template when it has one."""
    return _render(ctx, review, CATALOGUE["action_plan"], clean_tree(context))


def _recipient(ctx: Ctx, review: Review, person_id: int | None) -> dict:
    """The letter's addressee: someone the caller may see in the review's CSP, or no one."""
    if person_id is None:
        return person_data(ctx, None)
    return person_data(ctx, people.visible(ctx, person_id, "recipient_id", review.csp_id).id)


def _agency_name(ctx: Ctx, review: Review, agency_id: int | None) -> str:
    if agency_id is None:
        return ""
    agency = ctx.session.get(Agency, agency_id)
    if agency is None or agency.csp_id != review.csp_id:
        raise Invalid([FieldError("agency_id", "No agency with this id in the review's CSP")])
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
        precondition(ctx, doc, if_match)
    not_held_by_another(ctx, doc)
    name = options.get("template") or DEFAULT_FOR_KIND.get(doc.kind)
    if name is None:
        raise Invalid([FieldError("template", "Name the template to fill this document from")])
    errors = FieldErrors()
    found = template(name)
    errors.check(
        found.file_type == doc.file_type,
        "template",
        f"This document is a .{doc.file_type}; {name} makes a .{found.file_type}",
    )
    errors.raise_if_any()
    review = records.load(ctx, Review, doc.review_id)
    options = {**options, "agency_id": options.get("agency_id") or doc.agency_id}
    more = template_extra(ctx, records.load(ctx, Imr, doc.imr_id)) if doc.imr_id else None
    typed: list[str] = []
    data, warnings = fill(
        ctx,
        found,
        review,
        options,
        doc.protective_marking,
        next_label(doc.current_label, False),
        more,
        typed,
    )
    data, regions = refill.keep_prose(ctx, doc, data, options.get("overwrite") or [])
    own_dates = service_dates(data, typed) if found.name in PUBLISHABLE_TEMPLATES else None
    label = doc.current_label
    doc = open_document(ctx, doc_id, "save_document", lock=True)  # locked again after filling
    if doc.current_label != label:
        raise PreconditionFailed(
            "The document was saved by someone else while it was being filled; fill it again",
            current=etag(doc.current_label, doc.current_sha256),
        )
    not_held_by_another(ctx, doc)
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
    if own_dates is not None:
        ctx.session.scalars(
            select(DocumentVersion).where(
                DocumentVersion.document_id == doc.id, DocumentVersion.label == doc.current_label
            )
        ).one().service_dates = own_dates
    return {**view, "warnings": warnings, **regions}
