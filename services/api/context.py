"""Per-request plumbing: the bearer-token check on every route, and running one use case."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from flask import Flask, current_app, g, request
from werkzeug.exceptions import RequestEntityTooLarge

from services.auth.entra import AppIdentity
from services.bootstrap import Services
from services.domain.errors import NotFound, Unauthenticated
from services.workflows import sign_in
from services.workflows.context import Ctx
from services.workflows.principal import load_principal

log = logging.getLogger(__name__)


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
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthenticated("Send an Authorization: Bearer token")
        person_id = _person_id(token.strip())
        try:
            g.principal = load_principal(session(), person_id)
        except NotFound as exc:
            raise Unauthenticated("The token's person no longer exists") from exc
        if g.get("dhr_app_roles"):
            g.principal = sign_in.with_app_roles(session(), g.principal, g.dhr_app_roles)
        return None

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
        return sign_in.person_for(session(), identity, home, now)

    @app.teardown_appcontext
    def close_session(_exc):
        db = g.pop("dhr_session", None)
        if db is not None:
            db.close()
