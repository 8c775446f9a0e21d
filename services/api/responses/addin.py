"""Responses of the add-in's routes: the manifest, pane files and the sign-in configuration."""

from __future__ import annotations

from services.api.responses.base import Body, Str


class AuthConfigResponse(Body):
    mode = Str(required=True)
    client_id = Str()
    authority = Str()
    scope = Str()
