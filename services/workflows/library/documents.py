"""A review's documents: create, save versions (If-Match), history, download, restore, check-out.

Bytes and versions live in the document library; the database keeps what the service needs to
decide and show (kind, agency, marking, current version and its SHA-256, who holds it, who saved
which version), all written in one transaction after the library has the bytes.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from services.documents.docx_sections import read_report
from services.documents.naming import display_name, storage_name
from services.documents.upload_checks import CONTENT_TYPES, Refused
from services.domain.access import reads_submitted_versions, require_review
from services.domain.errors import Conflict, FieldErrors, Locked, NotFound, PreconditionFailed
from services.domain.versions import DOCUMENT_KINDS, PROTECTIVE_MARKINGS, etag
from services.storage.models import (
    Agency,
    Document,
    DocumentVersion,
    HomeOfficeSubmission,
    Person,
    Review,
)
from services.workflows.kernel import access_log, records
from services.workflows.kernel import imr_access as imr_records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.kernel.uploads import Upload
from services.workflows.library import labels, library_labels
from services.workflows.library.document_views import (
    document_view,
    label_key,
    read_version,
    version_row,
    version_view,
)
from services.workflows.routing import reopening


def open_document(ctx: Ctx, doc_id: int, action: str, *, lock: bool = False) -> Document:
    return open_limited(ctx, doc_id, action, lock=lock)[0]


def open_limited(
    ctx: Ctx, doc_id: int, action: str, *, lock: bool = False
) -> tuple[Document, str | None]:
    """The document and, when the caller may see only one version of it, that version's label.

    A document that belongs to an IMR follows the IMR's narrower policy (V17).
    """
    query = select(Document).where(Document.id == doc_id)
    doc = ctx.session.scalar(query.with_for_update() if lock else query)
    if doc is None:
        raise NotFound("document")
    try:
        if doc.imr_id is not None:
            return doc, imr_records.document_access(ctx, doc, action)
        review = records.load(ctx, Review, doc.review_id)
        require_review(ctx.principal, action, review.csp_id, review.id)
        return doc, None
    except NotFound:
        submitted = reads_submitted_versions(ctx.principal, action) and submitted_label(ctx, doc)
        if not submitted:
            raise
        return doc, submitted


def submitted_label(ctx: Ctx, doc: Document) -> str | None:
    """The version of the document in the review's latest Home Office submission, if any."""
    latest = ctx.session.scalar(
        select(HomeOfficeSubmission)
        .where(HomeOfficeSubmission.review_id == doc.review_id)
        .order_by(HomeOfficeSubmission.round.desc())
    )
    pins = latest.pins.values() if latest else ()
    return next((p["label"] for p in pins if p["document_id"] == doc.id), None)


def validated(ctx: Ctx, review: Review, upload: Upload) -> str:
    """The file type, or a refusal that is audited and committed before it is raised."""
    ctx.idle()  # callers take their locks after the check (it may take the parse budget)
    try:
        return ctx.docs.sandbox.inspect(
            upload.data, upload.filename, ctx.docs.limits, str(ctx.actor_id)
        )
    except Refused as refused:
        ctx.session.rollback()
        record(
            ctx,
            review,
            "document.upload_refused",
            {
                "reason": refused.code,
                "status": refused.status,
                "size": len(upload.data),
                "sha256": hashlib.sha256(upload.data).hexdigest(),
            },
        )
        ctx.session.commit()
        raise


def create_document(ctx: Ctx, review_id: int, form: dict, upload: Upload) -> dict:
    file_type = validated(ctx, _writable_review(ctx, review_id, form, lock=False)[0], upload)
    review, form = _writable_review(ctx, review_id, form, lock=True)
    _check_form(ctx, review, form)
    doc = store_new(ctx, review, form, upload.data, display_name(upload.filename, file_type))
    return document_view(ctx, doc)


def _writable_review(ctx: Ctx, review_id: int, form: dict, lock: bool) -> tuple[Review, dict]:
    """The review a new document goes into, if the caller may add it: checked once before the
    file is (no lock held meanwhile), then again under the lock."""
    if form.get("imr_id") is not None:
        return _for_imr(ctx, review_id, form, lock)
    return records.open_review(ctx, review_id, "create_document", lock=lock), form


def _for_imr(ctx: Ctx, review_id: int, form: dict, lock: bool) -> tuple[Review, dict]:
    """An IMR's one document (kind imr), created by its author."""
    imr, review, _ = imr_records.open_imr(ctx, form["imr_id"], "edit_imr", lock=lock)
    if review.id != review_id:
        raise NotFound("IMR")
    imr_records.writable(imr)
    errors = FieldErrors()
    errors.check(form["kind"] == "imr", "kind", "A document created for an IMR is of kind imr")
    errors.raise_if_any()
    existing = imr_records.imr_document(ctx, imr.id)
    if existing is not None:
        raise Conflict(
            f"This IMR already has its document ({existing.id}); save a new version of it",
            field="imr_id",
        )
    return review, {**form, "agency_id": imr.agency_id}


def store_new(ctx: Ctx, review: Review, form: dict, data: bytes, filename: str) -> Document:
    """Puts version 0.1 in the library, then indexes it; `form` is already checked."""
    reopening.refuse_if_concluded(ctx, review)
    file_type = filename.rsplit(".", 1)[-1]
    library = ctx.library
    ref, label = library.create(
        review.reference,
        storage_name(form["kind"], file_type),
        data,
        comment=form.get("comment", ""),
        fields={
            "DhrReview": review.reference,
            "DhrKind": form["kind"],
            "DhrAgency": str(form.get("agency_id") or ""),
            "DhrMarking": form.get("protective_marking", "OFFICIAL-SENSITIVE"),
        },
    )
    doc = Document(
        review_id=review.id,
        kind=form["kind"],
        agency_id=form.get("agency_id"),
        imr_id=form.get("imr_id"),
        title=form["title"],
        filename=filename,
        file_type=file_type,
        protective_marking=form.get("protective_marking", "OFFICIAL-SENSITIVE"),
        library_ref=ref,
        web_url=library.web_url(ref),
        current_label=label,
        current_sha256="",
        created_by=ctx.actor_id,
        created_at=ctx.clock.now(),
    )
    ctx.session.add(doc)
    ctx.session.flush()
    _index(ctx, doc, label, data, form.get("comment", ""))
    record(
        ctx,
        review,
        "document.created",
        {
            "document_id": doc.id,
            "kind": doc.kind,
            "imr_id": doc.imr_id,
            "label": label,
            "sha256": doc.current_sha256,
        },
    )
    return doc


def _check_form(ctx: Ctx, review: Review, form: dict) -> None:
    errors = FieldErrors()
    errors.check(form["kind"] in DOCUMENT_KINDS, "kind", f"One of {', '.join(DOCUMENT_KINDS)}")
    errors.check(
        form["kind"] != "imr" or form.get("imr_id") is not None,
        "imr_id",
        "An IMR document belongs to a commissioned IMR: give its imr_id",
    )
    errors.check(
        form["protective_marking"] in PROTECTIVE_MARKINGS,
        "protective_marking",
        f"One of {', '.join(PROTECTIVE_MARKINGS)}",
    )
    agency_id = form.get("agency_id")
    if agency_id is not None:
        agency = ctx.session.get(Agency, agency_id)
        errors.check(
            agency is not None and agency.csp_id == review.csp_id,
            "agency_id",
            "No agency with this id in the review's CSP",
        )
    errors.raise_if_any()


def save_version(ctx: Ctx, doc_id: int, form: dict, upload: Upload, if_match: str | None) -> dict:
    doc = open_document(ctx, doc_id, "save_document")
    precondition(ctx, doc, if_match)
    file_type = validated(ctx, records.load(ctx, Review, doc.review_id), upload)
    doc = open_document(ctx, doc_id, "save_document", lock=True)  # and check again, locked
    precondition(ctx, doc, if_match)
    not_held_by_another(ctx, doc)
    review = records.load(ctx, Review, doc.review_id)
    if file_type != doc.file_type:
        errors = FieldErrors()
        errors.add("file", f"This document is a .{doc.file_type}; the upload is a .{file_type}")
        errors.raise_if_any()
    return add_version(
        ctx,
        doc,
        review,
        upload.data,
        form.get("comment", ""),
        bool(form.get("major")),
        "document.version_saved",
    )


def restore(ctx: Ctx, doc_id: int, label: str) -> dict:
    """An old version becomes the newest: a new version with its bytes; nothing is rewritten."""
    doc = open_document(ctx, doc_id, "save_document", lock=True)
    not_held_by_another(ctx, doc)
    old = version_row(ctx, doc, label)
    data = ctx.library.read(doc.library_ref, library_labels.in_library(old))
    review = records.load(ctx, Review, doc.review_id)
    return add_version(
        ctx,
        doc,
        review,
        data,
        f"Restored from version {old.label}",
        False,
        "document.restored",
        restored_from=old.label,
    )


def add_version(
    ctx: Ctx,
    doc: Document,
    review: Review,
    data: bytes,
    comment: str,
    major: bool,
    action: str,
    **extra,
) -> dict:
    reopening.refuse_if_concluded(ctx, review)
    label = ctx.library.add_version(doc.library_ref, data, comment=comment, major=major)
    doc.current_label, doc.approval_status = label, "draft"
    _index(ctx, doc, label, data, comment)
    record(
        ctx,
        review,
        action,
        {"document_id": doc.id, "label": label, "sha256": doc.current_sha256, **extra},
    )
    return document_view(ctx, doc)


def _index(ctx: Ctx, doc: Document, label: str, data: bytes, comment: str) -> None:
    sha256 = hashlib.sha256(data).hexdigest()
    doc.current_sha256 = sha256
    ctx.session.add(
        DocumentVersion(
            document_id=doc.id,
            label=label,
            sha256=sha256,
            size=len(data),
            author_id=ctx.actor_id,
            comment=comment,
            created_at=ctx.clock.now(),
            sensitivity_label=labels.label_with_version(data),
        )
    )
    ctx.session.flush()


def precondition(ctx: Ctx, doc: Document, if_match: str | None) -> None:
    current = etag(doc.current_label, doc.current_sha256)
    if not if_match:
        raise PreconditionFailed(
            "Send If-Match with the ETag of the version you edited", missing=True, current=current
        )
    offered = {tag.strip().removeprefix("W/") for tag in if_match.split(",")}
    if current not in offered and "*" not in offered:
        saved = version_view(version_row(ctx, doc, doc.current_label))
        raise PreconditionFailed(
            f"Version {doc.current_label} was saved by {saved['author']['name']} after the one "
            "you edited; nothing of yours was replaced",
            current=current,
            current_version={k: saved[k] for k in ("label", "author", "created", "comment")},
        )


def not_held_by_another(ctx: Ctx, doc: Document) -> None:
    if doc.checked_out_by not in (None, ctx.actor_id):
        raise Locked(records.load(ctx, Person, doc.checked_out_by).name)


def get_document(ctx: Ctx, doc_id: int) -> dict:
    return document_view(ctx, *open_limited(ctx, doc_id, "view_documents"))


def list_documents(ctx: Ctx, review_id: int) -> list[dict]:
    review = records.open_review(ctx, review_id, "view_documents")
    docs = ctx.session.scalars(
        select(Document).where(Document.review_id == review_id).order_by(Document.id)
    )
    return [
        document_view(ctx, doc, only)
        for doc, only in imr_records.visible_documents(ctx, review, list(docs))
    ]


def list_versions(ctx: Ctx, doc_id: int) -> list[dict]:
    doc, only = open_limited(ctx, doc_id, "view_documents")
    rows = ctx.session.scalars(select(DocumentVersion).where(DocumentVersion.document_id == doc.id))
    rows = [v for v in rows if only is None or v.label == only]
    return [version_view(v) for v in sorted(rows, key=label_key, reverse=True)]


def download(ctx: Ctx, doc_id: int, label: str) -> tuple[bytes, str, str]:
    """(bytes, file name, content type); every download of an IMR is audited."""
    doc, only = open_limited(ctx, doc_id, "view_documents")
    if only is not None and label != only:
        raise NotFound("version")
    version = version_row(ctx, doc, label)
    data = read_version(ctx, doc, label)
    review = records.load(ctx, Review, doc.review_id)
    if doc.kind == "imr":
        record(ctx, review, "document.downloaded", {"document_id": doc.id, "label": version.label})
    access_log.note_document(ctx, review, doc, version.label, "download")
    stem = doc.filename.rsplit(".", 1)[0]
    return data, f"{stem} v{version.label}.{doc.file_type}", CONTENT_TYPES[doc.file_type]


def sections(ctx: Ctx, doc_id: int, label: str) -> dict:
    """A Word version read back by its headings: each section's level and text."""
    doc, only = open_limited(ctx, doc_id, "view_documents")
    if only is not None and label != only:
        raise NotFound("version")
    if doc.file_type != "docx":
        errors = FieldErrors()
        errors.add("doc_id", "Only a Word document has sections")
        errors.raise_if_any()
    report = read_report(read_version(ctx, doc, label))
    review = records.load(ctx, Review, doc.review_id)
    if doc.kind == "imr":
        record(ctx, review, "document.sections_read", {"document_id": doc.id, "label": label})
    access_log.note_document(ctx, review, doc, label, "sections")
    return {
        "document_id": doc.id,
        "version": label,
        "sections": [
            {"title": s.title, "level": s.level, "paragraph": s.index, "text": s.text}
            for s in report.sections
            if s.title
        ],
    }
