"""Per-request plumbing: the bearer-token check on every route, and running one use case."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from flask import Flask, current_app, g, request
from werkzeug.exceptions import BadRequest, RequestEntityTooLarge

from services.auth.entra import AppIdentity
from services.bootstrap import Services
from services.domain.errors import NotFound, Unauthenticated
from services.workflows.directory import sign_in
from services.workflows.kernel.context import Ctx

log = logging.getLogger(__name__)


class FieldsRejected(BadRequest):
    """A 400 whose `data` carries field messages, as webargs' own refusals do (problems.py
    reads them into the problem's errors)."""

    def __init__(self, messages: dict[str, list[str]]):
        super().__init__()
        self.data = {"messages": messages}


_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(rb"[\[\]{}]")


def json_depth(body: bytes) -> int:
    """How deeply a JSON text nests (strings skipped), without parsing it."""
    depth = deepest = 0
    for bracket in _BRACKETS.finditer(_STRINGS.sub(b'""', body)):
        depth += 1 if bracket.group() in (b"[", b"{") else -1
        deepest = max(deepest, depth)
    return deepest


def public(view: Callable) -> Callable:
    """Marks a view as reachable without a token (sign-in, health, add-in files only)."""
    view.dhr_public = True
    return view


def upload(view: Callable) -> Callable:
    """Marks a view that receives a document, so the upload size limit applies, not JSON's."""
    view.dhr_upload = True
    return view


def services() -> Services:
    return current_app.extensions["dhr"]


def session():
    if "dhr_session" not in g:
        g.dhr_session = services().sessions()
    return g.dhr_session


def run(use_case: Callable[..., Any], *args) -> Any:
    """Runs one use case as the signed-in person and commits; any error rolls everything back."""
    s = services()
    ctx = Ctx(
        session(),
        g.principal,
        s.clock,
        s.guidance,
        s.documents,
        s.integrations,
        g.get("dhr_assertion"),
    )
    result = use_case(ctx, *args)
    ctx.session.commit()
    return result


def background(use_case: Callable[..., Any], *args, on_error=None) -> None:
    """Runs a use case after the response, as the same person, in its own transaction.

    For work a client asked to have done asynchronously (Prefer: respond-async, answered 202).
    """
    s = services()
    principal, assertion = g.principal, g.get("dhr_assertion")

    def job():
        with s.sessions() as db:
            ctx = Ctx(db, principal, s.clock, s.guidance, s.documents, s.integrations, assertion)
            try:
                use_case(ctx, *args)
                db.commit()
            except Exception as exc:
                db.rollback()
                log.exception("background %s", use_case.__name__)
                if on_error is not None:
                    on_error(ctx, *args, f"{type(exc).__name__}: {exc}")
                    db.commit()

    s.background.submit(job)


def install(app: Flask) -> None:
    @app.before_request
    def authenticate():
        view = app.view_functions.get(request.endpoint or "")
        if view is not None and getattr(view, "dhr_public", False):
            return None
        if view is not None and getattr(view, "dhr_upload", False):
            # A document route: the JSON limit gives way to the upload limit (plus form fields).
            request.max_content_length = services().settings.max_upload_bytes + 64 * 1024
        if (request.content_length or 0) > (request.max_content_length or 0):
            raise RequestEntityTooLarge()  # before any body is read or spooled to disk
        _bounded_nesting()
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthenticated("Send an Authorization: Bearer token")
        person_id = _person_id(token.strip())
        try:
            g.principal = services().principals.load(session(), person_id)
        except NotFound as exc:
            raise Unauthenticated("The token's person no longer exists") from exc
        if g.get("dhr_app_roles"):
            g.principal = sign_in.with_app_roles(session(), g.principal, g.dhr_app_roles)
        return None

    def _bounded_nesting() -> None:
        """JSON nested deeper than DHR_MAX_JSON_DEPTH is a 400 before any parser recurses
        into it (Python's json gives up with a RecursionError, which would be a 500)."""
        if not request.is_json or not request.content_length:
            return
        limit = services().settings.max_json_depth
        if json_depth(request.get_data(cache=True)) > limit:
            raise FieldsRejected({"body": [f"JSON nested deeper than {limit} levels"]})

    def _person_id(token: str) -> int:
        s = services()
        if s.entra is None:
            return s.tokens.verify(token)
        identity = s.entra.verify(token)
        home, now = s.settings.entra_tenant_id, s.clock.now()
        if isinstance(identity, AppIdentity):
            g.dhr_app_roles = identity.roles
            return sign_in.application_for(session(), identity, home, now)
        g.dhr_assertion = token  # SharePoint is then called on behalf of this person
        partners = s.settings.entra_allowed_tenants
        return sign_in.person_for(session(), identity, home, now, partners)

    @app.teardown_appcontext
    def close_session(_exc):
        db = g.pop("dhr_session", None)
        if db is not None:
            db.close()
