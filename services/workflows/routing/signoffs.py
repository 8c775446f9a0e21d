"""Sign-offs of exact versions (docs/rules.md, sign-off routing): the panel, then the CSP.

A sign-off pins one version's label and SHA-256. A new version never inherits it; the person who
saved the version cannot approve it (four eyes); a decision on a version that is no longer the
document's current one is a conflict. When the overview report, executive summary and action
plan all carry an approved sign-off of their current versions, the review moves on.
"""

from __future__ import annotations

from sqlalchemy import select

from services.domain import lifecycle
from services.domain.access import require_review
from services.domain.errors import Conflict, FieldErrors, Forbidden, NotFound, known
from services.storage.models import Document, DocumentVersion, HomeOfficeSubmission, Review, SignOff
from services.workflows.kernel import idempotency, outbox, records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.library import library_labels
from services.workflows.library.documents import open_document
from services.workflows.routing.requests import SignOffDecision, SignOffRequest

KINDS = ("overview_report", "executive_summary", "action_plan")
STAGES = {"panel": "panel_sign_off", "csp": "csp_agree"}


def signoff_view(s: SignOff) -> dict:
    return {
        "id": s.id,
        "review_id": s.review_id,
        "document_id": s.document_id,
        "stage": s.stage,
        "version": {"label": s.label, "sha256": s.sha256},
        "state": s.state,
        "due_on": s.due_on and s.due_on.isoformat(),
        "requested_by": s.requested_by,
        "requested_at": s.requested_at.isoformat(),
        "decided_by": s.decided_by,
        "decided_at": s.decided_at and s.decided_at.isoformat(),
        "comments": s.comments,
        "library_status": s.library_status,
    }


def request(ctx: Ctx, doc_id: int, data: SignOffRequest) -> dict:
    """Asks for the panel's or the CSP's sign-off of one version of the document."""
    doc = open_document(ctx, doc_id, "view_documents", lock=True)
    review = records.open_review(ctx, doc.review_id, "request_signoff", lock=True)
    lifecycle.next_state(review.state, "request_signoff")
    errors = FieldErrors()
    errors.check(doc.kind in KINDS, "doc_id", f"Only the {', '.join(KINDS)} are signed off")
    errors.check(data["stage"] in STAGES, "stage", "panel or csp")
    version = _version(ctx, doc, data["version"])
    errors.check(version is not None, "version", "No saved version with this label")
    errors.check(
        version is None or version.label == doc.current_label,
        "version",
        f"Only the current version ({doc.current_label}) can be put up for sign-off",
    )
    errors.raise_if_any()
    version = known(version, "checked above: raise_if_any refused the request otherwise")
    signoff = SignOff(
        review_id=review.id,
        document_id=doc.id,
        stage=data["stage"],
        label=version.label,
        sha256=version.sha256,
        state="pending",
        due_on=data.get("due_on"),
        requested_by=ctx.actor_id,
        requested_at=ctx.clock.now(),
    )
    ctx.session.add(signoff)
    doc.approval_status = "pending"
    ctx.session.flush()
    label_now = ctx.library.submit(
        doc.library_ref, f"Sign-off {signoff.id} requested ({signoff.stage})"
    )
    library_labels.follow(version, label_now)
    record(ctx, review, "signoff.requested", {**_pin(signoff), "stage": signoff.stage})
    outbox.emit(
        ctx,
        review,
        "signoff.requested",
        f"signoff:{signoff.id}:requested",
        _event(ctx, review, doc, signoff),
    )
    return signoff_view(signoff)


def decide(ctx: Ctx, signoff_id: int, data: SignOffDecision, key: str | None) -> tuple[dict, bool]:
    signoff = ctx.session.scalar(select(SignOff).where(SignOff.id == signoff_id).with_for_update())
    if signoff is None:
        raise NotFound("sign-off")
    review = records.load(ctx, Review, signoff.review_id)
    require_review(ctx.principal, STAGES[signoff.stage], review.csp_id, review.id)
    scope = f"signoff:{signoff.id}:decision"
    return idempotency.once(ctx, scope, key, data, lambda: _decide(ctx, review, signoff, data))


def _decide(ctx: Ctx, review: Review, signoff: SignOff, data: SignOffDecision) -> dict:
    if signoff.state != "pending":
        raise Conflict(f"Sign-off {signoff.id} was already {signoff.state}", field="state")
    doc = records.load(ctx, Document, signoff.document_id)
    offered = data.get("version")
    if (offered and offered != signoff.label) or doc.current_label != signoff.label:
        raise Conflict(
            f"Version {signoff.label} is no longer the current version ({doc.current_label}): "
            "request a sign-off of the new version",
            field="version",
        )
    pinned = _version(ctx, doc, signoff.label)
    if pinned is None:
        raise NotFound("version")
    author = pinned.author_id
    if author == ctx.actor_id:
        raise Forbidden("You saved this version, so someone else must sign it off (four eyes)")
    errors = FieldErrors()
    errors.check(
        data["decision"] == "approve" or bool(data.get("comments", "").strip()),
        "comments",
        "Say why it is not signed off",
    )
    errors.raise_if_any()
    signoff.state = "approved" if data["decision"] == "approve" else "rejected"
    signoff.decided_by, signoff.decided_at = ctx.actor_id, ctx.clock.now()
    signoff.comments = data.get("comments", "")
    doc.approval_status = signoff.state
    comment = f"Sign-off {signoff.id}: {signoff.state}"
    if signoff.state == "approved":
        ctx.library.approve(doc.library_ref, comment)
    else:
        ctx.library.reject(doc.library_ref, comment)
    record(ctx, review, f"signoff.{signoff.state}", _pin(signoff))
    outbox.emit(
        ctx,
        review,
        "signoff.decided",
        f"signoff:{signoff.id}:decided",
        _event(ctx, review, doc, signoff),
    )
    _advance(ctx, review, signoff.stage)
    return signoff_view(signoff)


def _advance(ctx: Ctx, review: Review, stage: str) -> None:
    """Moves the review on when every kind carries an approved sign-off of its current version."""
    if not current_signed(ctx, review, stage):
        return
    action = STAGES[stage]
    if review.state == lifecycle.State.REVISING and not _resubmitting(ctx, review):
        return  # approved subject to changes: the route goes on to clearance, not a new round
    if review.state not in lifecycle.TRANSITIONS[action][0]:
        return
    review.state = lifecycle.next_state(review.state, action)
    record(ctx, review, f"review.{action}", {"state": review.state})


def current_signed(ctx: Ctx, review: Review, stage: str) -> dict[str, SignOff] | None:
    """For each kind, the approved sign-off of its current version; None if one is missing."""
    found = {}
    for kind in KINDS:
        doc = ctx.session.scalar(
            select(Document)
            .where(Document.review_id == review.id, Document.kind == kind)
            .order_by(Document.id.desc())
        )
        if doc is None:
            return None
        signoff = ctx.session.scalar(
            select(SignOff).where(
                SignOff.document_id == doc.id,
                SignOff.stage == stage,
                SignOff.state == "approved",
                SignOff.label == doc.current_label,
                SignOff.sha256 == doc.current_sha256,
            )
        )
        if signoff is None:
            return None
        found[kind] = signoff
    return found


def _resubmitting(ctx: Ctx, review: Review) -> bool:
    latest = ctx.session.scalar(
        select(HomeOfficeSubmission)
        .where(HomeOfficeSubmission.review_id == review.id)
        .order_by(HomeOfficeSubmission.round.desc())
    )
    return latest is not None and latest.outcome == "resubmission_required"


def list_signoffs(ctx: Ctx, review_id: int) -> list[dict]:
    review = records.open_review(ctx, review_id, "view_review")
    query = select(SignOff).where(SignOff.review_id == review.id).order_by(SignOff.id)
    return [signoff_view(s) for s in ctx.session.scalars(query)]


def _version(ctx: Ctx, doc: Document, label: str) -> DocumentVersion | None:
    return ctx.session.scalar(
        select(DocumentVersion).where(
            DocumentVersion.document_id == doc.id, DocumentVersion.label == label
        )
    )


def _pin(s: SignOff) -> dict:
    return {"signoff_id": s.id, "document_id": s.document_id, "label": s.label, "sha256": s.sha256}


def _event(ctx: Ctx, review: Review, doc: Document, s: SignOff) -> dict:
    return {
        **signoff_view(s),
        "review_reference": review.reference,
        "csp": review.csp.code,
        "document_title": doc.title,
        "document_kind": doc.kind,
        "web_url": doc.web_url,
        "requested_by_name": records.person_data(ctx, s.requested_by)["name"],
    }
