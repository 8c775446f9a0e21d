"""What the overview use cases receive: the request bodies as the API's schemas load them
(services/api/schemas/; tests/unit/test_request_types.py keeps the two in step)."""

from __future__ import annotations

from typing import TypedDict


class CheckRequest(TypedDict):
    overview_document_id: int
    overview_version: str
    executive_summary_document_id: int
    executive_summary_version: str


class ChronologyNoteChange(TypedDict, total=False):
    """A partial change: only the fields sent are changed."""

    note: str
    key_episode: bool
    summary: str
