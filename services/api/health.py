"""Liveness and dev sign-in: the only API routes that answer without a bearer token."""

from __future__ import annotations

from flask_smorest import Blueprint
from sqlalchemy import select, text

from services.api.context import public, services, session
from services.api.schemas import SignInSchema
from services.domain.errors import FieldErrors, NotFound
from services.storage.models import Person

blp = Blueprint("health", __name__, description="Health and embedded-mode sign-in")


@blp.route("/health")
@blp.response(200)
@blp.doc(security=[])
@public
def health():
    """Whether the service and its database answer."""
    session().execute(text("SELECT 1"))
    return {"status": "ok", "auth": services().settings.auth}


@blp.route("/api/v1/dev/sign-in", methods=["POST"])
@blp.arguments(SignInSchema)
@blp.response(200)
@blp.doc(security=[])
@public
def dev_sign_in(data):
    """Embedded mode only: a bearer token for any known person, by email."""
    if services().settings.auth != "dev":
        raise NotFound("route")
    person = session().scalar(select(Person).where(Person.email == data["email"].lower()))
    if person is None:
        errors = FieldErrors()
        errors.add("email", "No person with this email")
        errors.raise_if_any()
    return services().tokens.issue(person.id)
