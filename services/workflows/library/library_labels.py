"""The label the document library gives a version, kept beside the service's own.

The service knows a version by its row (label as saved, SHA-256); sign-offs, clearances and
audit entries pin that. SharePoint's content approval renumbers a published minor version as the
next major one (0.3 becomes 1.0, and the label 0.3 no longer exists in SharePoint), so reading a
version asks the library for the label it carries now, and the bytes are checked against the
pinned SHA-256 as before.
"""

from __future__ import annotations

from services.storage.models import DocumentVersion


def in_library(version: DocumentVersion) -> str:
    """The label to ask the library for."""
    return version.library_label or version.label


def follow(version: DocumentVersion | None, label_now: str | None) -> None:
    """Records the library's label for a version after publishing, when it changed."""
    if version is not None and label_now and label_now != in_library(version):
        version.library_label = label_now
