"""The IMR path (docs/rules.md, V5, V7, V8): commission, name the author, attest, start the
document from the template, submit a pinned version, quality-assure, accept."""

from __future__ import annotations

from sqlalchemy import select

from services.domain import lifecycle
from services.domain.errors import Conflict, FieldErrors, NotFound, known
from services.domain.imr import (
    ImrState,
    check_attestation,
    check_qa_decision,
    imr_next,
)
from services.storage.models import (
    Agency,
    Document,
    DocumentVersion,
    Imr,
    ImrEvent,
    Person,
    Review,
    ReviewAgency,
)
from services.workflows.directory import people
from services.workflows.imrs import chronology as imr_chronology
from services.workflows.imrs import data as imr_data
from services.workflows.imrs.requests import (
    AcceptanceRequest,
    AttestationRequest,
    AuthorRequest,
    CommissionRequest,
    ImrSubmission,
    QaDecisionRequest,
)
from services.workflows.imrs.views import imr_view
from services.workflows.kernel import idempotency, records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.kernel.imr_access import (
    imr_document,
    open_imr,
    review_at_imr_stage,
    writable,
)
from services.workflows.library import documents, rendering


def commission(ctx: Ctx, review_id: int, data: CommissionRequest) -> dict:
    """The chair asks an agency's senior manager for an IMR; the letter is its first document."""
    review = records.open_review(ctx, review_id, "commission_imr", lock=True)
    new_state = lifecycle.next_state(review.state, "commission_imr")
    agency, manager = _check_commission(ctx, review, data)
    imr = Imr(
        review_id=review.id,
        agency_id=agency.id,
        senior_manager_id=manager.id,
        state=ImrState.COMMISSIONED,
        due_on=data["due_on"],
        commissioned_on=ctx.today,
        commissioned_by=ctx.actor_id,
    )
    ctx.session.add(imr)
    if not ctx.session.scalar(
        select(ReviewAgency).where(
            ReviewAgency.review_id == review.id, ReviewAgency.agency_id == agency.id
        )
    ):
        ctx.session.add(ReviewAgency(review_id=review.id, agency_id=agency.id, asked_on=ctx.today))
    review.state = new_state
    ctx.session.flush()
    _event(ctx, imr, "commissioned", details={"due_on": imr.due_on.isoformat()})
    imr.letter_document_id = _commissioning_letter(ctx, review, imr).id
    record(
        ctx,
        review,
        "imr.commissioned",
        {
            "imr_id": imr.id,
            "agency_id": agency.id,
            "senior_manager_id": manager.id,
            "due_on": imr.due_on.isoformat(),
            "letter_document_id": imr.letter_document_id,
        },
    )
    return imr_view(ctx, imr, review)


def _check_commission(ctx: Ctx, review: Review, data: CommissionRequest) -> tuple[Agency, Person]:
    errors = FieldErrors()
    agency = ctx.session.get(Agency, data["agency_id"])
    errors.check(
        agency is not None and agency.csp_id == review.csp_id,
        "agency_id",
        "No agency with this id in the review's CSP",
    )
    errors.not_before(data, "due_on", ctx.today, "today")
    manager = None
    if agency is not None and agency.csp_id == review.csp_id:
        manager = people.candidate(
            ctx,
            "senior_manager",
            data["senior_manager_id"],
            "senior_manager_id",
            review.csp_id,
            agency.id,
            errors,
        )
    errors.raise_if_any()
    # Without an agency of the review's CSP and a senior manager there was a field error.
    agency = known(agency, "an agency of the review's CSP")
    manager = known(manager, "a senior manager")
    taken = ctx.session.scalar(
        select(Imr).where(Imr.review_id == review.id, Imr.agency_id == agency.id)
    )
    if taken is not None:
        raise Conflict(f"{agency.name} already has IMR {taken.id} in this review", "agency_id")
    return agency, manager


def _commissioning_letter(ctx: Ctx, review: Review, imr: Imr):
    found = rendering.template("letters/imr_commission")
    data, _warnings = rendering.fill(
        ctx,
        found,
        review,
        {"recipient_id": imr.senior_manager_id, "agency_id": imr.agency_id},
        rendering.DEFAULT_MARKING,
        "0.1",
        {"due_on": imr.due_on},
    )
    form = {
        "kind": "letter",
        "title": f"IMR commissioning letter: {imr.agency.name}",
        "agency_id": imr.agency_id,
        "imr_id": imr.id,
        "comment": "Generated when the IMR was commissioned",
    }
    name = f"{review.reference} IMR commissioning letter {imr.agency.name}.docx"
    return documents.store_new(ctx, review, form, data, name)


def name_author(ctx: Ctx, imr_id: int, data: AuthorRequest) -> dict:
    """The senior manager names the author; a new author must sign the attestation again."""
    imr, review, _ = open_imr(ctx, imr_id, "name_imr_author", lock=True)
    review_at_imr_stage(review, "name_imr_author")
    new_state = imr_next(imr.state, "name_author")
    author = people.candidate(
        ctx, "imr_author", data["person_id"], "person_id", review.csp_id, imr.agency_id
    )
    errors = FieldErrors()
    errors.check(
        data["person_id"] != imr.senior_manager_id,
        "person_id",
        "The senior manager quality-assures the IMR, so cannot also write it (V8)",
    )
    errors.raise_if_any()
    if imr.author_id != author.id:
        imr.attested_by = imr.attested_on = None
    imr.author_id, imr.state = author.id, new_state
    _event(ctx, imr, "author_named", details={"person_id": author.id})
    record(ctx, review, "imr.author_named", {"imr_id": imr.id, "person_id": author.id})
    ctx.session.flush()
    return imr_view(ctx, imr, review)


def attest(ctx: Ctx, imr_id: int, data: AttestationRequest) -> dict:
    """V7: the author, and only the author, signs both independence statements."""
    imr, review, _ = open_imr(ctx, imr_id, "attest_imr", lock=True)
    review_at_imr_stage(review, "attest_imr")
    imr_next(imr.state, "attest")
    check_attestation(data, ctx.today)
    imr.attested_by, imr.attested_on = ctx.actor_id, data["signed_on"]
    _event(ctx, imr, "attested", details={"signed_on": data["signed_on"].isoformat()})
    record(ctx, review, "imr.attested", {"imr_id": imr.id, "signed_on": str(data["signed_on"])})
    return imr_view(ctx, imr, review)


def start_document(ctx: Ctx, imr_id: int) -> dict:
    """The author's IMR document, version 0.1 filled from the template and the review's data."""
    imr, review, _ = open_imr(ctx, imr_id, "edit_imr", lock=True)
    review_at_imr_stage(review, "edit_imr")
    writable(imr)
    existing = imr_document(ctx, imr.id)
    if existing is not None:
        raise Conflict(
            f"This IMR already has its document ({existing.id}); open it instead", "imr_id"
        )
    content, _warnings = rendering.fill(
        ctx,
        rendering.template("imr"),
        review,
        {"agency_id": imr.agency_id},
        rendering.DEFAULT_MARKING,
        "0.1",
        imr_data.template_extra(ctx, imr),
    )
    form = {
        "kind": "imr",
        "title": f"IMR: {imr.agency.name}",
        "agency_id": imr.agency_id,
        "imr_id": imr.id,
        "comment": "Started from the IMR template",
    }
    name = f"{review.reference} IMR {imr.agency.name}.docx"
    doc = documents.store_new(ctx, review, form, content, name)
    return documents.document_view(ctx, doc)


def submit(ctx: Ctx, imr_id: int, data: ImrSubmission) -> dict:
    """The author pins one saved version for QA; V7 must be signed first. The chronology is
    read again from that version (V9 checked; a bad row refuses the submission, naming it)."""
    imr, review, _ = open_imr(ctx, imr_id, "submit_imr")
    doc, version = _submittable(ctx, imr, review, data)
    reread = imr_chronology.read_version(ctx, imr, review, doc, version.label)
    imr, review, _ = open_imr(ctx, imr_id, "submit_imr", lock=True)  # again, after reading
    doc, version = _submittable(ctx, imr, review, data)
    new_state = imr_next(imr.state, "submit")
    chronology = imr_chronology.adopt_submitted(ctx, imr, review, doc, version.label, reread)
    imr.submitted_label, imr.submitted_sha256 = version.label, version.sha256
    imr.state = new_state
    _event(ctx, imr, "submitted", (version.label, version.sha256), details=chronology)
    record(
        ctx,
        review,
        "imr.submitted",
        {"imr_id": imr.id, "label": version.label, "sha256": version.sha256},
    )
    return imr_view(ctx, imr, review)


def _submittable(
    ctx: Ctx, imr: Imr, review: Review, data: ImrSubmission
) -> tuple[Document, DocumentVersion]:
    review_at_imr_stage(review, "submit_imr")
    imr_next(imr.state, "submit")
    errors = FieldErrors()
    errors.check(
        imr.attested_on is not None and imr.attested_by == imr.author_id,
        "attestation",
        "Sign the independence attestation before submitting (V7)",
    )
    doc = imr_document(ctx, imr.id)
    version = doc and _version(ctx, doc.id, data["version"])
    errors.check(version is not None, "version", "No saved version with this label")
    errors.raise_if_any()
    if doc is None or version is None:  # said above, for the type checker
        raise NotFound("version")
    return doc, version


def qa_decision(
    ctx: Ctx, imr_id: int, data: QaDecisionRequest, key: str | None = None
) -> tuple[dict, bool]:
    """The senior manager approves (the IMR counts as received) or returns it with comments.

    With an Idempotency-Key, a repeat gets the first answer: (answer, replayed).
    """
    imr, review, _ = open_imr(ctx, imr_id, "qa_imr", lock=True)
    scope = f"imr:{imr.id}:qa-decision"
    return idempotency.once(ctx, scope, key, data, lambda: _qa(ctx, imr, review, data))


def _qa(ctx: Ctx, imr: Imr, review: Review, data: QaDecisionRequest) -> dict:
    review_at_imr_stage(review, "qa_imr")
    action = "qa_approve" if data["decision"] == "approve" else "qa_return"
    new_state = imr_next(imr.state, action)
    _same_version(imr.submitted_label, data.get("version"), "submitted")
    check_qa_decision(data, decider_id=ctx.actor_id, author_id=imr.author_id)
    if action == "qa_approve":
        imr.approved_label, imr.approved_sha256 = imr.submitted_label, imr.submitted_sha256
    imr.state = new_state
    details = {
        "qa_checks": data.get("qa_checks") or {},
        "agency_accepts_recommendations": data.get("agency_accepts_recommendations"),
    }
    pinned = (imr.submitted_label, imr.submitted_sha256)
    _decided(ctx, imr, review, action, pinned, data.get("comments") or "", details)
    return imr_view(ctx, imr, review)


def acceptance(
    ctx: Ctx, imr_id: int, data: AcceptanceRequest, key: str | None = None
) -> tuple[dict, bool]:
    """The chair accepts the quality-assured IMR into the review, or asks for more."""
    imr, review, _ = open_imr(ctx, imr_id, "accept_imr", lock=True)
    scope = f"imr:{imr.id}:acceptance"
    return idempotency.once(ctx, scope, key, data, lambda: _accept(ctx, imr, review, data))


def _accept(ctx: Ctx, imr: Imr, review: Review, data: AcceptanceRequest) -> dict:
    review_at_imr_stage(review, "accept_imr")
    action = "accept" if data["decision"] == "accept" else "request_more"
    new_state = imr_next(imr.state, action)
    _same_version(imr.approved_label, data.get("version"), "approved")
    if action == "request_more":
        errors = FieldErrors()
        errors.check(
            bool((data.get("comments") or "").strip()), "comments", "Say what more is needed"
        )
        errors.raise_if_any()
    else:
        imr.accepted_label, imr.accepted_sha256 = imr.approved_label, imr.approved_sha256
    imr.state = new_state
    pinned = (imr.approved_label, imr.approved_sha256)
    _decided(ctx, imr, review, action, pinned, data.get("comments") or "")
    return imr_view(ctx, imr, review)


def _decided(
    ctx: Ctx,
    imr: Imr,
    review: Review,
    action: str,
    pinned: tuple[str | None, str | None],
    comments: str,
    details: dict | None = None,
) -> None:
    """A decision on a pinned version: in the IMR's history and on the review's audit chain."""
    _event(ctx, imr, action, pinned, comments, details)
    record(
        ctx, review, f"imr.{action}", {"imr_id": imr.id, "label": pinned[0], "sha256": pinned[1]}
    )


def _same_version(pinned: str | None, offered: str | None, what: str) -> None:
    if offered is not None and offered != pinned:
        raise Conflict(
            f"Version {offered} is not the {what} version ({pinned}); reload the IMR",
            field="version",
        )


def _version(ctx: Ctx, doc_id: int, label: str) -> DocumentVersion | None:
    return ctx.session.scalar(
        select(DocumentVersion).where(
            DocumentVersion.document_id == doc_id, DocumentVersion.label == label
        )
    )


def _event(
    ctx: Ctx,
    imr: Imr,
    action: str,
    pinned: tuple[str | None, str | None] = (None, None),
    comments: str = "",
    details: dict | None = None,
) -> None:
    ctx.session.add(
        ImrEvent(
            imr_id=imr.id,
            action=action,
            label=pinned[0],
            sha256=pinned[1],
            comments=comments,
            details=details or {},
            actor_id=ctx.actor_id,
            at=ctx.clock.now(),
        )
    )
