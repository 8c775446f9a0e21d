"""Publication (docs/rules.md, V16-V18): the cleared overview report and executive summary,
rebuilt as new public documents, converted to tagged PDF, scanned at every stage, and published
once a second person agrees.

Only the versions the Home Office cleared are used (V18), and only documents of the two
publishable kinds (V17). The stages are in publication_pack; any finding refuses the whole pack
(409 with every finding). What the rebuilding left out is kept with the pack and shown.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from services.documents.pdf import ConversionUnavailable
from services.domain import leaks, lifecycle
from services.domain.errors import (
    Conflict,
    Forbidden,
    NotFound,
    PublicationBlocked,
    Unavailable,
)
from services.storage.models import Clearance, Document, Publication
from services.storage.publication_store import PUBLISHABLE, PublicationStore
from services.workflows.kernel import records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.library.document_views import read_version
from services.workflows.publication import anonymity, published_profile
from services.workflows.publication.pack import Source, make_pack

TITLES = {"overview_report": "Overview report", "executive_summary": "Executive summary"}
PUBLIC_TITLES = {"overview_report": "Overview Report", "executive_summary": "Executive Summary"}


def _store(ctx: Ctx) -> PublicationStore:
    return PublicationStore(ctx.docs.uploads_dir.parent / "publication")


def build(ctx: Ctx, review_id: int) -> dict:
    """The pack from the cleared versions; refused with the findings if any stage finds anything."""
    review = records.open_review(ctx, review_id, "publish", lock=True)
    lifecycle.next_state(review.state, "publish")
    clearance = ctx.session.scalar(
        select(Clearance).where(Clearance.review_id == review.id).order_by(Clearance.id.desc())
    )
    if clearance is None:  # "publish" follows clearance, so this is a review that never had one
        raise Conflict("The review has no clearance to publish from")
    victim = next((s for s in records.subjects(ctx, review.id) if s.role == "victim"), None)
    pseudonym = (victim.pseudonym or "").strip() if victim else ""
    if not pseudonym:
        raise Conflict("Agree the victim's pseudonym before publishing: it is the reports' title")
    label = ctx.rules(review.guidance_version).title
    sources, files = [], []
    for kind in PUBLISHABLE:
        pin = clearance.pins.get(kind)
        doc = ctx.session.get(Document, pin["document_id"]) if pin else None
        if not pin or doc is None or doc.kind != kind or doc.review_id != review.id:
            raise Conflict(f"The clearance names no {kind.replace('_', ' ')} to publish")
        name, data = f"{review.reference} {TITLES[kind]}", read_version(ctx, doc, pin["label"])
        sources.append(
            Source(
                kind,
                data,
                f"{name}.docx",
                f"{label}: {PUBLIC_TITLES[kind]} \u2014 {pseudonym}",
                anonymity.service_windows(ctx, doc, pin["label"]),
                anonymity.sandboxed_text(ctx, data, idle=False),  # the review stays locked
                published_profile.cover_note(ctx, doc, str((pin or {}).get("label", ""))),
            )
        )
        files.append(
            {
                "kind": kind,
                "name": f"{name}.pdf",
                "source": {"document_id": doc.id, "label": pin["label"], "sha256": pin["sha256"]},
            }
        )
    try:
        pack = make_pack(
            anonymity.scanner_for(ctx, review),
            sources,
            review.csp.name,
            ctx.docs.uploads_dir.parent / "libreoffice-profile",
        )
    except (ConversionUnavailable, OSError) as exc:
        raise Unavailable(str(exc)) from exc
    if pack.findings:
        record(ctx, review, "publication.refused", {"hits": len(pack.findings)})
        ctx.session.commit()  # the refusal is on the record even though nothing is published
        reader = anonymity.may_read_register(ctx, review)
        raise PublicationBlocked([leaks.for_reader(f, reader) for f in pack.findings])
    store = _store(ctx)
    for entry in files:
        pdf = pack.pdfs[entry["kind"]]
        entry["size"] = len(pdf)
        entry["sha256"] = store.put(entry["kind"], pdf)
    publication = Publication(
        review_id=review.id,
        clearance_id=clearance.id,
        state="built",
        files=files,
        dropped=pack.dropped,
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


def published_file(ctx_session, data_dir: Path, publication_id: int, digest: str):
    """(bytes, name) of a published PDF from the publication store under `data_dir`; anything not
    published does not exist here."""
    store = PublicationStore(data_dir / "publication")
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
        "dropped": p.dropped or [],
        "built_by": p.built_by,
        "built_at": p.built_at.isoformat(),
        "confirmed_by": p.confirmed_by,
        "confirmed_at": p.confirmed_at and p.confirmed_at.isoformat(),
    }
