"""Publication (domain.md §5 step 24; V16-V18): the cleared overview report and executive summary,
made fit to publish, converted to PDF, scanned again, and published once a second person agrees.

Only the versions the Home Office cleared are used (V18), and only documents of the two
publishable kinds (V17); the scan runs on the cleaned Word file and on the PDF's text, and any hit
refuses the whole pack (409 with every finding).
"""

from __future__ import annotations

from sqlalchemy import select

from services.documents.pdf import ConversionUnavailable, pdf_text, to_pdf
from services.documents.publishable import clean_for_publication
from services.domain import lifecycle
from services.domain.errors import (
    Conflict,
    Forbidden,
    NotFound,
    PublicationBlocked,
    Unavailable,
)
from services.storage.models import Clearance, Document, Publication
from services.storage.publication_store import PUBLISHABLE, PublicationStore
from services.workflows import anonymity, records
from services.workflows.context import Ctx
from services.workflows.documents import read_version
from services.workflows.notify import record

TITLES = {"overview_report": "Overview report", "executive_summary": "Executive summary"}


def _store(ctx: Ctx) -> PublicationStore:
    return PublicationStore(ctx.documents.uploads_dir.parent / "publication")


def build(ctx: Ctx, review_id: int) -> dict:
    """The pack from the cleared versions; refused with the findings if a scan finds anything."""
    review = records.open_review(ctx, review_id, "publish", lock=True)
    lifecycle.next_state(review.state, "publish")
    clearance = ctx.session.scalar(
        select(Clearance).where(Clearance.review_id == review.id).order_by(Clearance.id.desc())
    )
    scanner = anonymity.scanner_for(ctx, review)
    findings, files, pdfs = [], [], {}
    for kind in PUBLISHABLE:
        pin = clearance.pins.get(kind)
        doc = ctx.session.get(Document, pin["document_id"]) if pin else None
        if doc is None or doc.kind != kind or doc.review_id != review.id:
            raise Conflict(f"The clearance names no {kind.replace('_', ' ')} to publish")
        data = read_version(ctx, doc, pin["label"])
        cleaned = clean_for_publication(data)
        title = f"{review.reference} {TITLES[kind]}"
        result = anonymity.scan_bytes(scanner, cleaned, f"{title}.docx")
        findings += [{"document": kind, "stage": "word", **hit} for hit in result["hits"]]
        try:
            pdf = to_pdf(cleaned, ctx.documents.uploads_dir.parent / "libreoffice-profile")
            text = pdf_text(pdf)
        except (ConversionUnavailable, OSError) as exc:
            raise Unavailable(str(exc)) from exc
        findings += [
            {"document": kind, "stage": "pdf", "part": "(PDF text)", **hit}
            for hit in scanner.hits(text)
        ]
        pdfs[kind] = pdf
        files.append(
            {
                "kind": kind,
                "name": f"{title}.pdf",
                "size": len(pdf),
                "source": {"document_id": doc.id, "label": pin["label"], "sha256": pin["sha256"]},
            }
        )
    if findings:
        record(ctx, review, "publication.refused", {"hits": len(findings)})
        ctx.session.commit()  # the refusal is on the record even though nothing is published
        raise PublicationBlocked(findings)
    store = _store(ctx)
    for entry in files:
        entry["sha256"] = store.put(entry["kind"], pdfs[entry["kind"]])
    publication = Publication(
        review_id=review.id,
        clearance_id=clearance.id,
        state="built",
        files=files,
        built_by=ctx.actor_id,
        built_at=ctx.clock.now(),
    )
    ctx.session.add(publication)
    ctx.session.flush()
    record(ctx, review, "publication.built", {"publication_id": publication.id})
    return publication_view(publication)


def confirm(ctx: Ctx, review_id: int, publication_id: int) -> dict:
    """The second of two people agrees: the pack is published and the review moves on."""
    review = records.open_review(ctx, review_id, "confirm_publication", lock=True)
    publication = ctx.session.get(Publication, publication_id)
    if publication is None or publication.review_id != review.id:
        raise NotFound("publication")
    if publication.state != "built":
        raise Conflict("This pack is already published", field="state")
    if publication.built_by == ctx.actor_id:
        raise Forbidden("Publication needs a second person: someone else must confirm it")
    review.state = lifecycle.next_state(review.state, "publish")
    publication.state = "published"
    publication.confirmed_by, publication.confirmed_at = ctx.actor_id, ctx.clock.now()
    record(ctx, review, "publication.published", {"publication_id": publication.id})
    return publication_view(publication)


def list_publications(ctx: Ctx, review_id: int) -> list[dict]:
    review = records.open_review(ctx, review_id, "view_review")
    found = ctx.session.scalars(
        select(Publication).where(Publication.review_id == review.id).order_by(Publication.id)
    )
    return [publication_view(p) for p in found]


def published_file(ctx_session, store: PublicationStore, publication_id: int, digest: str):
    """(bytes, name) of a published PDF; anything not published does not exist here."""
    publication = ctx_session.get(Publication, publication_id)
    if publication is None or publication.state != "published":
        raise NotFound("publication")
    entry = next((f for f in publication.files if f["sha256"] == digest), None)
    if entry is None:
        raise NotFound("file")
    return store.read(digest), entry["name"]


def publication_view(p: Publication) -> dict:
    return {
        "id": p.id,
        "review_id": p.review_id,
        "state": p.state,
        "files": [
            {**f, "url": f"/api/v1/publications/{p.id}/files/{f['sha256']}.pdf"}
            for f in p.files
            if "sha256" in f
        ],
        "built_by": p.built_by,
        "built_at": p.built_at.isoformat(),
        "confirmed_by": p.confirmed_by,
        "confirmed_at": p.confirmed_at and p.confirmed_at.isoformat(),
    }
