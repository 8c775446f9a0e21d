"""Filling an existing document again keeps the author's prose: only its data regions (Word
content controls, services/documents/regions.py) take the new data; a region edited by hand is
a conflict, kept as it is unless the caller names it in `overwrite`."""

from __future__ import annotations

from services.documents import regions
from services.storage.models import Document
from services.workflows.kernel.context import Ctx
from services.workflows.library.document_views import read_version


def keep_prose(ctx: Ctx, doc: Document, fresh: bytes, overwrite: list[str]) -> tuple[bytes, dict]:
    """(what to store, the answer's `regions`): the existing version with its regions re-filled
    when it has regions; the fresh render otherwise (a document that is not yet a report)."""
    if doc.file_type != "docx":
        return fresh, {}
    existing = read_version(ctx, doc, doc.current_label)
    try:
        has_regions = bool(regions.region_names(existing))
    except regions.NotAReport:
        has_regions = False
    if not has_regions:
        return fresh, {"regions": {"changed": [], "conflicts": [], "missing": []}}
    done = regions.refill(existing, fresh, frozenset(overwrite))
    return done.data, {
        "regions": {"changed": done.changed, "conflicts": done.conflicts, "missing": done.missing}
    }
