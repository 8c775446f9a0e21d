"""Responses of the health check and the dev sign-in."""

from __future__ import annotations

from services.api.responses.base import Body, Int, Str


class DevSignInResponse(Body):
    access_token = Str(required=True)
    expires_in = Int(required=True)
    token_type = Str(required=True)


class HealthResponse(Body):
    auth = Str(required=True)
    status = Str(required=True)
