"""The case file: one read of every record of a review, in process order (docs/case-file.md), as
far as the caller may see each one, with the ids the next step needs and the caller's
`allowed_actions` on each record.

What is shown follows the access rules of the record's own routes: IMRs by their narrower
policy (V17), family contacts redacted unless the caller may see them in full, checks only to
those who may run them. An auditor reads the case file as they read the trail: ids, dates,
states, versions and hashes, never case content (`trail_view`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from services.domain.access import AUDITOR, can, imr_visibility
from services.storage.models import FamilyContact, Imr, Review
from services.workflows.case_file import later as case_file_later
from services.workflows.imrs import views as imrs
from services.workflows.kernel import access_log, next_steps, records, views
from services.workflows.kernel import imr_access as imr_records
from services.workflows.kernel.context import Ctx
from services.workflows.reviews import family


def case_file(ctx: Ctx, review_id: int) -> dict:
    review = records.open_review(ctx, review_id, "view_case_file")
    auditor = not can(ctx.principal, "view_review", review.csp_id, review.id)
    now = [] if auditor else next_steps.actions_now(ctx, review)
    shown = views.review_view(ctx, review)
    found = {
        "review": _review(ctx, review, now),
        "notification": _notification(review, auditor),
        "scoping": shown["scoping"],
        "decisions": _decisions(ctx, review, now),
        **{key: shown[key] for key in EARLY_RECORDS},
        "imrs": _imrs(ctx, review, auditor),
        "family_contacts": _family(ctx, review, auditor),
        **case_file_later.sections(ctx, review, now, auditor),
    }
    if auditor:
        found = trail_view(found)
        found["viewed_as"] = AUDITOR.split(":")[1]
    access_log.note_read(ctx, review, "case_file", review.id, action="case file")
    return found


EARLY_RECORDS = (
    "chair",
    "panel_members",
    "terms_of_reference",
    "extensions",
    "parallel_proceedings",
)


def _review(ctx: Ctx, review: Review, now: list[str]) -> dict:
    return {
        **views.summary(ctx, review),
        "title": ctx.rules(review.guidance_version).title,
        "allowed_actions": now,
    }


def _notification(review: Review, auditor: bool) -> dict:
    shown = {
        "review_id": review.id,
        "reference": review.reference,
        "notified_on": review.notified_on.isoformat(),
        "created_at": review.created_at.isoformat(),
    }
    if not auditor:
        shown.update(
            {
                "victim": {"name": review.victim_name, "age_at_death": review.victim_age_at_death},
                "date_of_death": review.date_of_death.isoformat(),
                "relationship": review.relationship_to_suspect,
                "notifying_officer": {
                    "name": review.notifying_officer_name,
                    "force": review.notifying_force,
                },
            }
        )
    return shown


def _decisions(ctx: Ctx, review: Review, now: list[str]) -> list[dict]:
    found = []
    decisions = records.decisions(ctx, review.id)
    for d in decisions:
        told = records.home_office_notification(ctx, d.id)
        latest = d is decisions[-1]
        found.append(
            {
                "id": d.id,
                "kind": d.kind,
                "proceed": d.proceed,
                "decided_on": d.decided_on.isoformat(),
                "rationale": d.rationale,
                "factors": d.factors,
                "child_review_arrangement": d.child_review_arrangement,
                "home_office_notification": told
                and {
                    "id": told.id,
                    "sent_on": told.sent_on.isoformat(),
                    "method": told.method,
                    "to": told.address,
                },
                "allowed_actions": [
                    a for a in ("record_home_office_notification",) if latest and a in now
                ],
            }
        )
    return found


def _imrs(ctx: Ctx, review: Review, auditor: bool) -> list[dict]:
    found = ctx.session.scalars(select(Imr).where(Imr.review_id == review.id).order_by(Imr.id))
    shown = []
    for imr in found:
        if auditor:
            shown.append(_imr_trail(imr))
            continue
        visibility = imr_visibility(ctx.principal, imr_records.facts(imr, review))
        if visibility is None:
            continue
        view = imrs.imr_view(ctx, imr, review, visibility, brief=True)
        view.setdefault("allowed_actions", [])
        shown.append(view)
    return shown


def _imr_trail(imr: Imr) -> dict:
    return {
        "id": imr.id,
        "agency_id": imr.agency_id,
        "state": imr.state,
        "due_on": imr.due_on.isoformat(),
        "commissioned_on": imr.commissioned_on.isoformat(),
        "submitted_version": imr.submitted_label,
        "approved_version": imr.approved_label,
        "accepted_version": imr.accepted_label,
        "accepted_sha256": imr.accepted_sha256,
    }


def _family(ctx: Ctx, review: Review, auditor: bool) -> dict:
    """The contacts, redacted as the family route redacts them; to those who may not see them,
    only how many there are."""
    contacts = list(
        ctx.session.scalars(
            select(FamilyContact)
            .where(FamilyContact.review_id == review.id)
            .order_by(FamilyContact.id)
        )
    )
    if auditor or not can(ctx.principal, "view_family", review.csp_id, review.id):
        return {"count": len(contacts), "contacts": [], "redacted": True}
    full = can(ctx.principal, "view_restricted_family", review.csp_id, review.id)
    return {
        "count": len(contacts),
        "contacts": [family.contact_view(c, full) for c in contacts],
        "redacted": not full and any(c.risk_flag for c in contacts),
    }


# What an auditor sees of each record: the keys the audit trail itself carries.
TRAIL_KEYS = frozenset(
    {
        "id",
        "round",
        "state",
        "stage",
        "kind",
        "outcome",
        "proceed",
        "method",
        "recipient",
        "label",
        "sha256",
        "version",
        "versions",
        "number",
        "count",
        "review_type",
        "guidance_version",
        "reference",
        "csp",
        "deadlines",
        "due",
        "met_on",
        "overdue",
        "allowed_actions",
        "redacted",
        "totals",
    }
)


def trail_view(node: Any) -> Any:
    """Only ids, dates, states, versions and hashes: what the trail shows an auditor."""
    if isinstance(node, list):
        return [trail_view(v) for v in node]
    if not isinstance(node, dict):
        return node
    kept = {}
    for key, value in node.items():
        keep = key in TRAIL_KEYS or key.endswith(("_id", "_ids", "_on", "_at", "_version"))
        if isinstance(value, dict | list) and not keep:
            value = trail_view(value)
            keep = _holds_records(value) and key not in {"victim", "notifying_officer"}
        if keep:
            kept[key] = trail_view(value)
    return kept


def _holds_records(value) -> bool:
    """A dict with something left, or a list of such dicts (never a list of free text)."""
    if isinstance(value, dict):
        return bool(value)
    return isinstance(value, list) and any(isinstance(v, dict) and v for v in value)
