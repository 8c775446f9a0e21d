"""The embedded document library: SharePoint's versioning semantics over local blobs and rows.

It shares the caller's database session, so a version's row commits in the same transaction as
the service's own records, and only after its blob is durable on disk.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.domain.errors import NotFound
from services.domain.versions import next_label, parse_label
from services.ports import Clock, LibraryVersion
from services.storage.blobs import BlobStore
from services.storage.models import LibraryItem, LibraryVersionRow


class LocalLibrary:
    def __init__(self, session: Session, blobs: BlobStore, clock: Clock):
        self._session = session
        self._blobs = blobs
        self._clock = clock

    def create(
        self,
        folder: str,
        name: str,
        content: bytes,
        *,
        comment: str,
        fields: dict[str, str] | None = None,
    ) -> tuple[str, str]:
        item = LibraryItem(
            id=str(uuid.uuid4()),
            folder=folder,
            name=name,
            fields=dict(fields or {}),
            created_at=self._clock.now(),
        )
        self._session.add(item)
        self._session.flush()
        return item.id, self._store(item, content, comment, major=False)

    def add_version(self, item: str, content: bytes, *, comment: str, major: bool) -> str:
        return self._store(self._item(item), content, comment, major)

    def _store(self, item: LibraryItem, content: bytes, comment: str, major: bool) -> str:
        sha256 = self._blobs.put(content)  # durable before any row refers to it
        label = next_label(self._current_label(item.id), major)
        ma, mi = parse_label(label)
        self._session.add(
            LibraryVersionRow(
                item_id=item.id,
                major=ma,
                minor=mi,
                label=label,
                sha256=sha256,
                size=len(content),
                comment=comment,
                created_at=self._clock.now(),
            )
        )
        item.moderation_status = "draft"
        self._session.flush()
        return label

    def read(self, item: str, label: str) -> bytes:
        ma, mi = parse_label(label)
        row = self._session.scalar(
            select(LibraryVersionRow).where(
                LibraryVersionRow.item_id == item,
                LibraryVersionRow.major == ma,
                LibraryVersionRow.minor == mi,
            )
        )
        if row is None:
            raise NotFound("version")
        return self._blobs.get(row.sha256)

    def history(self, item: str) -> list[LibraryVersion]:
        self._item(item)
        return [LibraryVersion(r.label, r.size, r.comment, r.created_at) for r in self._rows(item)]

    def set_metadata(self, item: str, fields: dict[str, str]) -> None:
        row = self._item(item)
        row.fields = {**row.fields, **fields}
        self._session.flush()

    def web_url(self, item: str) -> str | None:
        return None  # the embedded library's files open through the task pane only

    def metadata(self, item: str) -> dict[str, str]:
        return dict(self._item(item).fields)

    def approval_status(self, item: str) -> str:
        return self._item(item).moderation_status

    def submit(self, item: str, comment: str) -> str:
        """Pending approval; the embedded library keeps the version's label (SharePoint may
        renumber it: see services/storage/sharepoint_library.py)."""
        self._moderate(item, "pending", comment)
        return self._current_label(item) or "0.0"

    def approve(self, item: str, comment: str) -> None:
        self._moderate(item, "approved", comment)

    def reject(self, item: str, comment: str) -> None:
        self._moderate(item, "rejected", comment)

    def _moderate(self, item: str, status: str, comment: str) -> None:
        row = self._item(item)
        row.moderation_status, row.moderation_comment = status, comment
        self._session.flush()

    def _item(self, item: str) -> LibraryItem:
        row = self._session.get(LibraryItem, item)
        if row is None:
            raise NotFound("library item")
        return row

    def _rows(self, item: str) -> list[LibraryVersionRow]:
        query = (
            select(LibraryVersionRow)
            .where(LibraryVersionRow.item_id == item)
            .order_by(LibraryVersionRow.major.desc(), LibraryVersionRow.minor.desc())
        )
        return list(self._session.scalars(query))

    def _current_label(self, item: str) -> str | None:
        rows = self._rows(item)
        return rows[0].label if rows else None
