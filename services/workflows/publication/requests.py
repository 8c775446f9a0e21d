"""What the publication use cases receive: the request bodies as the API's schemas load them
(services/api/schemas/stages.py; tests/unit/test_request_types.py keeps the two in step)."""

from __future__ import annotations

from typing import TypedDict


class SensitiveTermRequest(TypedDict):
    kind: str
    term: str


class SensitiveTermChange(TypedDict, total=False):
    """A correction of a sensitive term: its kind, its wording, or both."""

    kind: str
    term: str
