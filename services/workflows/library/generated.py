"""Documents the service generates from a template as a step of the review, stored at once as a
document's first version: a letter (`POST /reviews/{id}/letters`), and the overview report and
executive summary started from their templates (`POST /reviews/{id}/documents/from-template`).
Nothing is a preview uploaded back, so no "preview" label reaches a stored document."""

from __future__ import annotations

from services.documents.catalogue import CATALOGUE
from services.domain.errors import FieldErrors
from services.domain.versions import DEFAULT_MARKING
from services.workflows.kernel import records
from services.workflows.kernel.context import Ctx
from services.workflows.library import letters
from services.workflows.library.document_views import document_view
from services.workflows.library.documents import store_new
from services.workflows.library.rendering import fill

REPORTS = ("overview_report", "executive_summary")
FIRST_LABEL = "0.1"


def create_letter(ctx: Ctx, review_id: int, body: dict) -> dict:
    name = str(body.get("template") or "").removeprefix("letters/")
    errors = FieldErrors()
    errors.check(
        name in letters.SENDER_ROLES,
        "template",
        f"One of {', '.join(sorted(letters.SENDER_ROLES))}",
    )
    errors.raise_if_any()
    review = records.open_review(ctx, review_id, "create_document", lock=True)
    found = CATALOGUE[f"letters/{name}"]
    options = {"recipient_id": body.get("recipient_id"), "store": True}
    marking = "" if name in letters.FAMILY_LETTERS else DEFAULT_MARKING
    data, warnings = fill(ctx, found, review, options, marking, FIRST_LABEL)
    recipient = letters.recipient(ctx, review, name, body.get("recipient_id"))
    title = f"{found.name.split('/', 1)[1].replace('_', ' ').capitalize()}: {recipient['name']}"
    form = {
        "kind": "letter",
        "title": title[:200],
        # A family letter carries no marking on the page; the library still holds it as
        # OFFICIAL (the lowest marking it knows).
        "protective_marking": "OFFICIAL" if name in letters.FAMILY_LETTERS else DEFAULT_MARKING,
        "comment": f"Generated from the {found.name} template",
    }
    doc = store_new(ctx, review, form, data, f"{review.reference} {name}.docx")
    return {**document_view(ctx, doc), "warnings": warnings}


def start_report(ctx: Ctx, review_id: int, body: dict) -> dict:
    """The overview report or executive summary, version 0.1, filled from current data."""
    name = str(body.get("template") or "")
    errors = FieldErrors()
    errors.check(name in REPORTS, "template", f"One of {', '.join(REPORTS)}")
    errors.raise_if_any()
    review = records.open_review(ctx, review_id, "create_document", lock=True)
    found = CATALOGUE[name]
    data, warnings = fill(ctx, found, review, body, DEFAULT_MARKING, FIRST_LABEL)
    form = {
        "kind": found.document_kind,
        "title": name.replace("_", " ").capitalize(),
        "protective_marking": DEFAULT_MARKING,
        "comment": f"Started from the {name} template",
    }
    doc = store_new(ctx, review, form, data, f"{review.reference} {name}.docx")
    return {**document_view(ctx, doc), "warnings": warnings}
