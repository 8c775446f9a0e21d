"""Purview sensitivity labels on the service's documents: the label an uploaded or generated file
carries is kept with its version, and what the service generates carries the label configured
for its protective marking (DHR_SENSITIVITY_LABELS: `OFFICIAL-SENSITIVE=<label id>;…`), so
SharePoint, Office and data-loss rules see it as they see a label set by hand.
"""

from __future__ import annotations

from services.documents import sensitivity
from services.workflows.kernel.context import Ctx


def labelled(ctx: Ctx, data: bytes, marking: str) -> bytes:
    """The generated package with the label of its marking, when one is configured."""
    documents = ctx.documents
    if documents is None or not documents.sensitivity_labels.get(marking):
        return data
    label_id = documents.sensitivity_labels[marking]
    return sensitivity.apply_label(data, label_id, marking, documents.tenant_id)


def label_with_version(data: bytes) -> dict | None:
    """What is recorded with a version: the label's id, name and tenant, or None."""
    label = sensitivity.label_of(data)
    return label.as_dict() if label else None
