"""The IMR path (domain.md §1, V5, V7, V8): commission, name the author, attest, start the
document from the template, submit a pinned version, quality-assure, accept."""

from __future__ import annotations

from sqlalchemy import select

from services.domain import lifecycle
from services.domain.access import (
    ACCEPTED_ONLY,
    IMR_PERMISSIONS,
    can,
    imr_roles,
    imr_visibility,
)
from services.domain.errors import Conflict, FieldErrors, NotFound
from services.domain.imr import (
    ImrState,
    check_attestation,
    check_qa_decision,
    imr_allowed,
    imr_next,
    is_overdue,
)
from services.domain.versions import etag
from services.storage.models import (
    Agency,
    DocumentVersion,
    Imr,
    ImrEvent,
    Person,
    Review,
    ReviewAgency,
)
from services.workflows import (
    access_log,
    documents,
    idempotency,
    imr_chronology,
    imr_data,
    records,
    rendering,
)
from services.workflows.context import Ctx
from services.workflows.imr_records import (
    facts,
    imr_document,
    open_imr,
    review_at_imr_stage,
    writable,
)
from services.workflows.notify import record


def commission(ctx: Ctx, review_id: int, data: dict) -> dict:
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


def _check_commission(ctx: Ctx, review: Review, data: dict) -> tuple[Agency, Person]:
    errors = FieldErrors()
    agency = ctx.session.get(Agency, data["agency_id"])
    errors.check(
        agency is not None and agency.csp_id == review.csp_id,
        "agency_id",
        "No agency with this id in the review's CSP",
    )
    manager = ctx.session.get(Person, data["senior_manager_id"])
    if agency is not None:
        errors.check(
            manager is not None and manager.agency_id == agency.id,
            "senior_manager_id",
            "The senior manager must be a person of the agency giving the IMR",
        )
    errors.not_before(data, "due_on", ctx.today, "today")
    errors.raise_if_any()
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


def name_author(ctx: Ctx, imr_id: int, data: dict) -> dict:
    """The senior manager names the author; a new author must sign the attestation again."""
    imr, review, _ = open_imr(ctx, imr_id, "name_imr_author", lock=True)
    review_at_imr_stage(review, "name_imr_author")
    new_state = imr_next(imr.state, "name_author")
    author = ctx.session.get(Person, data["person_id"])
    errors = FieldErrors()
    errors.check(author is not None, "person_id", "No person with this id")
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


def attest(ctx: Ctx, imr_id: int, data: dict) -> dict:
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


def submit(ctx: Ctx, imr_id: int, data: dict) -> dict:
    """The author pins one saved version for QA; V7 must be signed first."""
    imr, review, _ = open_imr(ctx, imr_id, "submit_imr", lock=True)
    review_at_imr_stage(review, "submit_imr")
    new_state = imr_next(imr.state, "submit")
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
    if not imr_chronology.has_rows(ctx, imr.id):
        imr_chronology.adopt_from_version(ctx, imr, review, doc, version.label)
    imr.submitted_label, imr.submitted_sha256 = version.label, version.sha256
    imr.state = new_state
    _event(ctx, imr, "submitted", (version.label, version.sha256))
    record(
        ctx,
        review,
        "imr.submitted",
        {"imr_id": imr.id, "label": version.label, "sha256": version.sha256},
    )
    return imr_view(ctx, imr, review)


def qa_decision(ctx: Ctx, imr_id: int, data: dict, key: str | None = None) -> tuple[dict, bool]:
    """The senior manager approves (the IMR counts as received) or returns it with comments.

    With an Idempotency-Key, a repeat gets the first answer: (answer, replayed).
    """
    imr, review, _ = open_imr(ctx, imr_id, "qa_imr", lock=True)
    scope = f"imr:{imr.id}:qa-decision"
    return idempotency.once(ctx, scope, key, data, lambda: _qa(ctx, imr, review, data))


def _qa(ctx: Ctx, imr: Imr, review: Review, data: dict) -> dict:
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


def acceptance(ctx: Ctx, imr_id: int, data: dict, key: str | None = None) -> tuple[dict, bool]:
    """The chair accepts the quality-assured IMR into the review, or asks for more."""
    imr, review, _ = open_imr(ctx, imr_id, "accept_imr", lock=True)
    scope = f"imr:{imr.id}:acceptance"
    return idempotency.once(ctx, scope, key, data, lambda: _accept(ctx, imr, review, data))


def _accept(ctx: Ctx, imr: Imr, review: Review, data: dict) -> dict:
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


def get_imr(ctx: Ctx, imr_id: int) -> dict:
    imr, review, visibility = open_imr(ctx, imr_id, "view_imr")
    view = imr_view(ctx, imr, review, visibility)
    shown = view["document"] and view["document"]["current_version"]
    access_log.note_read(ctx, review, "imr", imr.id, shown)
    return view


def list_imrs(ctx: Ctx, review_id: int) -> list[dict]:
    """The review's IMRs the caller may see: all for the chair, accepted ones for the panel."""
    review = ctx.session.get(Review, review_id)
    sees = review is not None and can(ctx.principal, "view_review", review.csp_id, review.id)
    if review is None or not (review.id in ctx.principal.imr_reviews or sees):
        raise NotFound("review")
    found = ctx.session.scalars(select(Imr).where(Imr.review_id == review.id).order_by(Imr.id))
    shown = []
    for imr in found:
        visibility = imr_visibility(ctx.principal, facts(imr, review))
        if visibility is not None:
            shown.append(imr_view(ctx, imr, review, visibility, brief=True))
    return shown


def my_imrs(ctx: Ctx) -> list[dict]:
    """The IMRs the caller authors or quality-assures, across reviews: where the Word pane
    starts for an agency's author, who sees nothing else of the review (V17)."""
    ids = set(ctx.principal.imr_roles)
    if not ids:
        return []
    found = ctx.session.scalars(select(Imr).where(Imr.id.in_(ids)).order_by(Imr.id))
    return [imr_view(ctx, imr, ctx.session.get(Review, imr.review_id), brief=True) for imr in found]


def imr_view(
    ctx: Ctx, imr: Imr, review: Review, visibility: str | None = None, brief: bool = False
) -> dict:
    visibility = visibility or imr_visibility(ctx.principal, facts(imr, review))
    doc = imr_document(ctx, imr.id)
    limited = visibility == ACCEPTED_ONLY
    view = {
        "id": imr.id,
        "review": {"id": review.id, "reference": review.reference},
        "agency": {"id": imr.agency_id, "name": imr.agency.name},
        "state": imr.state,
        "due_on": imr.due_on.isoformat(),
        "overdue": is_overdue(imr.state, imr.due_on, ctx.today),
        "senior_manager": _person(imr.senior_manager),
        "author": _person(imr.author) if imr.author else None,
        "accepted_version": _pin(imr.accepted_label, imr.accepted_sha256),
        "document": doc
        and {
            "id": doc.id,
            "current_version": imr.accepted_label if limited else doc.current_label,
            "etag": None if limited else etag(doc.current_label, doc.current_sha256),
        },
    }
    if limited:
        return view
    view.update(
        {
            "commissioned_on": imr.commissioned_on.isoformat(),
            "letter_document_id": imr.letter_document_id,
            "attestation": imr.attested_on
            and {"signed_on": imr.attested_on.isoformat(), "by": imr.attested_by},
            "submitted_version": _pin(imr.submitted_label, imr.submitted_sha256),
            "approved_version": _pin(imr.approved_label, imr.approved_sha256),
            "allowed_actions": _allowed(ctx, imr, review),
        }
    )
    if not brief:
        view["period_under_review"] = _period(ctx, review)
        view["history"] = _history(ctx, imr)
    return view


def _allowed(ctx: Ctx, imr: Imr, review: Review) -> list[str]:
    if review.state not in lifecycle.IMR_STAGES:
        return []
    roles = imr_roles(ctx.principal, facts(imr, review))
    needs = {
        "name_author": "name_imr_author",
        "attest": "attest_imr",
        "edit": "edit_imr",
        "submit": "submit_imr",
        "qa_approve": "qa_imr",
        "qa_return": "qa_imr",
        "accept": "accept_imr",
        "request_more": "accept_imr",
    }
    return [a for a in imr_allowed(imr.state) if roles & IMR_PERMISSIONS[needs[a]]]


def _period(ctx: Ctx, review: Review) -> dict | None:
    terms = records.latest_terms(ctx, review.id)
    return terms and {"from": terms.period_from.isoformat(), "to": terms.period_to.isoformat()}


def _history(ctx: Ctx, imr: Imr) -> list[dict]:
    events = ctx.session.scalars(
        select(ImrEvent).where(ImrEvent.imr_id == imr.id).order_by(ImrEvent.id)
    )
    return [
        {
            "action": e.action,
            "version": e.label,
            "sha256": e.sha256,
            "comments": e.comments,
            "details": e.details,
            "by": {"person_id": e.actor_id, "name": e.actor.name},
            "at": e.at.isoformat(),
        }
        for e in events
    ]


def _person(person: Person) -> dict:
    return {"id": person.id, "name": person.name, "job_title": person.job_title}


def _pin(label: str | None, sha256: str | None) -> dict | None:
    return label and {"label": label, "sha256": sha256}
