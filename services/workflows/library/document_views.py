"""A document as the service shows it, and the bytes of one of its versions checked on reading."""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from services.domain.errors import NotFound
from services.domain.versions import etag, parse_label
from services.storage.models import Document, DocumentVersion, Person
from services.workflows.kernel.context import Ctx
from services.workflows.library import library_labels


def read_version(ctx: Ctx, doc: Document, label: str) -> bytes:
    """The bytes of one version, checked against the SHA-256 recorded when it was saved."""
    version = version_row(ctx, doc, label)
    data = ctx.library.read(doc.library_ref, library_labels.in_library(version))
    if hashlib.sha256(data).hexdigest() != version.sha256:
        raise NotFound("an intact copy of this version")
    return data


def version_row(ctx: Ctx, doc: Document, label: str) -> DocumentVersion:
    row = ctx.session.scalar(
        select(DocumentVersion).where(
            DocumentVersion.document_id == doc.id, DocumentVersion.label == label
        )
    )
    if row is None:
        raise NotFound("version")
    return row


def label_key(v: DocumentVersion) -> tuple[int, int]:
    return parse_label(v.label)


def version_view(v: DocumentVersion) -> dict:
    return {
        "label": v.label,
        "sha256": v.sha256,
        "size": v.size,
        "author": {"person_id": v.author_id, "name": v.author.name},
        "created": v.created_at.isoformat(),
        "comment": v.comment,
        "sensitivity_label": v.sensitivity_label,
    }


def document_view(ctx: Ctx, doc: Document, only: str | None = None) -> dict:
    """The document as the caller may see it: `only` limits them to one version."""
    holder = ctx.session.get(Person, doc.checked_out_by) if doc.checked_out_by else None
    shown = only or doc.current_label
    version = version_row(ctx, doc, shown)
    current = version_view(version)
    return {
        "id": doc.id,
        "review_id": doc.review_id,
        "kind": doc.kind,
        "title": doc.title,
        "filename": doc.filename,
        "file_type": doc.file_type,
        "agency_id": doc.agency_id,
        "imr_id": doc.imr_id,
        "protective_marking": doc.protective_marking,
        "approval_status": doc.approval_status,
        "current_version": current,
        "etag": etag(shown, version.sha256),
        "checked_out": holder
        and {
            "person_id": holder.id,
            "name": holder.name,
            "since": doc.checked_out_at and doc.checked_out_at.isoformat(),
        },
    }
