"""Liveness and dev sign-in: the only API routes that answer without a bearer token."""

from __future__ import annotations

import ipaddress

from flask import request
from flask_smorest import Blueprint

from services.api.context import public, services, session
from services.api.responses import health as r
from services.api.schemas import SignInSchema
from services.domain.errors import Forbidden, NotFound
from services.workflows.directory import sign_in
from services.workflows.kernel.health import database_answers

blp = Blueprint("health", __name__, description="Health and embedded-mode sign-in")


@blp.route("/health")
@blp.response(200, r.HealthResponse)
@blp.doc(security=[])
@public
def health():
    """Whether the service and its database answer."""
    database_answers(session())
    return {"status": "ok", "auth": services().settings.auth}


@blp.route("/api/v1/dev/sign-in", methods=["POST"])
@blp.arguments(SignInSchema)
@blp.response(200, r.DevSignInResponse)
@blp.doc(security=[])
@public
def dev_sign_in(data):
    """Embedded mode only, and only to a caller on this machine: a bearer token for anyone in
    the directory who has not been removed, by email."""
    if services().settings.auth != "dev":
        raise NotFound("route")
    if not _loopback(request.remote_addr):  # the socket's peer: never Host or X-Forwarded-For
        raise Forbidden("The dev sign-in answers only to a browser on this machine")
    return services().tokens.issue(sign_in.dev_person(session(), data["email"]))


def _loopback(address: str | None) -> bool:
    try:
        return ipaddress.ip_address((address or "").split("%", 1)[0]).is_loopback
    except ValueError:
        return False
