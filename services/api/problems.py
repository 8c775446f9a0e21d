"""Turns every error into application/problem+json with per-field `errors` (RFC 9457)."""

from __future__ import annotations

import base64
import logging

from flask import Flask, current_app, g, jsonify, request
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from werkzeug.exceptions import HTTPException

from services.documents.render_docx import RenderFailed
from services.documents.upload_checks import Refused
from services.domain.errors import (
    ClaimsChallenge,
    Conflict,
    Forbidden,
    Invalid,
    InvalidTransition,
    LibraryFull,
    LibraryUnavailable,
    Locked,
    NotFound,
    PreconditionFailed,
    PublicationBlocked,
    QuotaExceeded,
    SandboxBusy,
    Unauthenticated,
    Unavailable,
    WorkbookInvalid,
)
from services.workflows.kernel import refusals

log = logging.getLogger(__name__)


def problem(status: int, title: str, detail: str = "", errors=None, headers=None, **extra):
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail or title}
    if errors is not None:
        body["errors"] = errors
    body.update(extra)
    response = jsonify(body)
    response.status_code = status
    response.mimetype = "application/problem+json"
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def flatten(messages, prefix: str = "") -> list[dict]:
    """Marshmallow's nested messages as [{field: "victim.date_of_birth", message}]."""
    if isinstance(messages, dict):
        found = []
        for key, value in messages.items():
            if isinstance(key, int):
                path = f"{prefix}[{key}]"
            elif prefix:
                path = f"{prefix}.{key}"
            else:
                path = str(key)
            found.extend(flatten(value, path))
        return found
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return [{"field": prefix or "body", "message": m} for m in messages]
    if isinstance(messages, list):
        return [e for i, m in enumerate(messages) for e in flatten(m, f"{prefix}[{i}]")]
    return [{"field": prefix or "body", "message": str(messages)}]


LOCATIONS = {"json", "form", "files", "query", "headers"}


def _unlocated(messages):
    """webargs files messages under their location ("json", "form", ...); fields need no prefix."""
    if isinstance(messages, dict) and set(messages) <= LOCATIONS:
        merged: dict = {}
        for located in messages.values():
            merged.update(located if isinstance(located, dict) else {"body": located})
        return merged
    return messages


def _refused(status: int, reason: str) -> None:
    """A signed-in person's refusal is kept (403 and 404 alike: both may be a probe)."""
    principal = g.get("principal")
    if principal is None:
        return
    request_session = g.get("dhr_session")
    if request_session is not None:
        request_session.rollback()  # the request failed; and SQLite lets one writer at a time
    s = current_app.extensions["dhr"]
    refusals.note(
        s.sessions, principal.person_id, request.method, request.path, status, reason, s.clock.now()
    )


def register(app: Flask) -> None:
    """Every error the service raises, answered as a problem body (RFC 9457)."""
    _rule_errors(app)
    _access_errors(app)
    _file_errors(app)
    _infrastructure_errors(app)


def _rule_errors(app: Flask) -> None:
    @app.errorhandler(Invalid)
    def invalid(err: Invalid):
        errors = [{"field": e.field, "message": e.message} for e in err.errors]
        return problem(422, "Invalid request", "One or more fields break a rule", errors)

    @app.errorhandler(InvalidTransition)
    def transition(err: InvalidTransition):
        return problem(
            409, "Not allowed in this state", str(err), state=err.state, allowed_actions=err.allowed
        )

    @app.errorhandler(Conflict)
    def conflict(err: Conflict):
        errors = [{"field": err.field, "message": str(err)}] if err.field else None
        return problem(409, "Conflict", str(err), errors)

    @app.errorhandler(PublicationBlocked)
    def blocked(err: PublicationBlocked):
        return problem(409, "Publication refused", str(err), findings=err.findings)

    @app.errorhandler(SandboxBusy)
    def busy(err: SandboxBusy):
        headers = {"Retry-After": str(max(1, err.retry_after))}
        return problem(
            503, "Busy", f"{err}; nothing was saved. Try again shortly.", headers=headers
        )

    @app.errorhandler(QuotaExceeded)
    def quota(err: QuotaExceeded):
        errors = [{"field": err.field, "message": str(err)}] if err.field else None
        headers = {"Retry-After": str(max(1, err.retry_after))}
        return problem(429, "Upload quota exceeded", str(err), errors, headers=headers)

    @app.errorhandler(Unavailable)
    def tool_unavailable(err: Unavailable):
        return problem(503, "Unavailable", str(err))


def _access_errors(app: Flask) -> None:
    @app.errorhandler(NotFound)
    def not_found(err: NotFound):
        _refused(404, str(err))
        errors = None
        if err.field:
            errors = [{"field": err.field, "message": f"No {err.what} with this id"}]
        return problem(404, "Not found", str(err).capitalize(), errors)

    @app.errorhandler(Forbidden)
    def forbidden(err: Forbidden):
        _refused(403, str(err))
        return problem(403, "Forbidden", str(err))

    @app.errorhandler(Unauthenticated)
    def unauthenticated(err: Unauthenticated):
        return problem(
            401, "Sign in required", str(err), headers={"WWW-Authenticate": 'Bearer realm="dhr"'}
        )

    @app.errorhandler(Locked)
    def locked(err: Locked):
        return problem(423, "Document in use", str(err), holder=err.holder)

    @app.errorhandler(ClaimsChallenge)
    def claims_challenge(err: ClaimsChallenge):
        encoded = base64.b64encode(err.claims.encode()).decode()
        challenge = f'Bearer error="insufficient_claims", claims="{encoded}"'
        return problem(
            403,
            "More sign-in needed",
            str(err),
            headers={"WWW-Authenticate": challenge},
            claims=err.claims,
        )


def _file_errors(app: Flask) -> None:
    @app.errorhandler(WorkbookInvalid)
    def workbook_invalid(err: WorkbookInvalid):
        return problem(422, "Workbook not applied", str(err), err.problems)

    @app.errorhandler(PreconditionFailed)
    def precondition(err: PreconditionFailed):
        status = 428 if err.missing else 412
        title = "If-Match required" if err.missing else "Edited version is not current"
        extra = {"current_version": err.current_version} if err.current_version else {}
        return problem(status, title, str(err), current_etag=err.current, **extra)

    @app.errorhandler(Refused)
    def refused(err: Refused):
        errors = [{"field": "file", "message": str(err)}]
        return problem(err.status, "File refused", str(err), errors, reason=err.code)

    @app.errorhandler(RenderFailed)
    def render_failed(err: RenderFailed):
        return problem(422, "Template cannot be filled", str(err), reason=err.code)


def _infrastructure_errors(app: Flask) -> None:
    @app.errorhandler(LibraryUnavailable)
    def unavailable(err: LibraryUnavailable):
        log.warning("document library unavailable: %s", err)
        return problem(
            503,
            "Document library unavailable",
            "The document library did not answer; nothing was saved. Try again.",
            headers={"Retry-After": "30"},
        )

    @app.errorhandler(LibraryFull)
    def full(err: LibraryFull):
        log.error("document library full: %s", err)
        return problem(
            507,
            "Document library full",
            "The document library has no room for this file; nothing was saved and every "
            "earlier version is intact. Tell the service administrator.",
        )

    # The connection failed, was lost, or SQLite stayed locked: a moment's outage, not a bug
    # (a DataError or ProgrammingError still reaches the 500 handler below).
    @app.errorhandler(OperationalError)
    @app.errorhandler(InterfaceError)
    @app.errorhandler(PoolTimeout)
    def database_unavailable(err: Exception):
        log.warning("database unavailable: %s", err)
        return problem(
            503,
            "Database unavailable",
            "The database did not answer; nothing was saved. Try again in a moment.",
            headers={"Retry-After": "5"},
        )

    @app.errorhandler(IntegrityError)
    def integrity(err: IntegrityError):
        log.warning("integrity error: %s", err.orig)
        return problem(409, "Conflict", "A concurrent change got there first; try again")

    @app.errorhandler(HTTPException)
    def http(err: HTTPException):
        data = getattr(err, "data", None) or {}
        messages = data.get("messages")
        if messages is not None:
            return problem(
                err.code or 400,
                "Invalid request",
                "The request does not match the schema",
                flatten(_unlocated(messages)),
            )
        # werkzeug's own headers carry meaning (Allow on a 405, Retry-After on a 429/503)
        kept = {k: v for k, v in err.get_headers() if k.lower() != "content-type"}
        return problem(err.code or 500, err.name, err.description or err.name, headers=kept)

    @app.errorhandler(Exception)
    def unexpected(err: Exception):
        log.exception("unhandled error")
        return problem(500, "Internal Server Error", "Something went wrong; nothing was saved")
