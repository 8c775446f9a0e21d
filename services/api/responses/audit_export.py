"""Responses of the access-log export and the refusals list."""

from __future__ import annotations

from services.api.responses.base import Body, Int, Lst, Raw, Str, maybe


class AccessLogResponse(Body):
    reads = Lst(Raw(), required=True)
    reference = Str(required=True)
    review_id = maybe(Int, required=True)


class RefusalResponse(Body):
    at = Str(required=True)
    person_id = maybe(Int, required=True)
    method = Str(required=True)
    path = Str(required=True)
    status = Int(required=True)
    reason = Str(required=True)
