"""Routes correcting a review's subject register and sensitive terms (change or remove)."""

from __future__ import annotations

from flask_smorest import Blueprint
from marshmallow import ValidationError, validates_schema

from services.api import schemas as s
from services.api.context import run
from services.api.responses import reviews as rv
from services.workflows.reviews import register_edits


class SomethingToChange:
    """A correction names at least one field (an empty or missing body is a 422)."""

    @validates_schema
    def something(self, data, **_kwargs):
        if not data:
            raise ValidationError("Send at least one field to change")


class SubjectChangeSchema(SomethingToChange, s.SubjectSchema):
    """The fields of a subject's entry to change; those not sent stay as they are."""


class SensitiveTermChangeSchema(SomethingToChange, s.SensitiveTermSchema):
    """The kind or the wording of a sensitive term."""


blp = Blueprint(
    "registers", __name__, url_prefix="/api/v1", description="Subject register corrections"
)


@blp.route("/reviews/<id:review_id>/subjects/<id:subject_id>", methods=["PATCH"])
@blp.arguments(SubjectChangeSchema(partial=True))
@blp.response(200, rv.SubjectResponse)
def change_subject(data, review_id, subject_id):
    """Correct a subject's entry: the fields sent are changed (audited, without the names)."""
    return run(register_edits.change_subject, review_id, subject_id, data)


@blp.route("/reviews/<id:review_id>/subjects/<id:subject_id>", methods=["DELETE"])
@blp.response(204)
def remove_subject(review_id, subject_id):
    """Remove a subject entered by mistake (audited)."""
    run(register_edits.remove_subject, review_id, subject_id)
    return "", 204


@blp.route("/reviews/<id:review_id>/sensitive-terms/<id:term_id>", methods=["PATCH"])
@blp.arguments(SensitiveTermChangeSchema(partial=True))
@blp.response(200, rv.SensitiveTermResponse)
def change_term(data, review_id, term_id):
    """Correct a sensitive term (audited, without the term)."""
    return run(register_edits.change_term, review_id, term_id, data)


@blp.route("/reviews/<id:review_id>/sensitive-terms/<id:term_id>", methods=["DELETE"])
@blp.response(204)
def remove_term(review_id, term_id):
    """Remove a sensitive term entered by mistake (audited)."""
    run(register_edits.remove_term, review_id, term_id)
    return "", 204
