"""The base of the response schemas: it describes a body, it never rewrites one.

The workflows build their answers already JSON-ready, and those answers are what the tests and
the task panes rely on. A response schema documents them (members, types, nullability) and
passes the body through unchanged, so describing a route can never drop a member or reformat a
date. tests/integration/test_response_schemas.py holds the bodies sent to the schemas described.
Members not listed are allowed (`additionalProperties`), so a new member is not a breaking
change for an imported connector.
"""

from __future__ import annotations

from marshmallow import INCLUDE, Schema, fields


class Body(Schema):
    class Meta:
        unknown = INCLUDE

    def dump(self, obj, *, many=None):
        return obj


def Many(schema: type[Body]) -> Body:
    """A JSON array of `schema`."""
    return schema(many=True)


# Short names for the member types, as the modules of this package use them.
Int = fields.Integer
Str = fields.String
Bool = fields.Boolean
Num = fields.Float
Obj = fields.Dict
Lst = fields.List
Nested = fields.Nested
Raw = fields.Raw


def maybe(field_type, *args, **kwargs):
    """A member that may be null."""
    return field_type(*args, allow_none=True, **kwargs)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


def binary(content_type: str) -> dict:
    """A file body, `@blp.response(200, **binary(DOCX))`: a string of bytes in OpenAPI 3,
    `type: file` in 2.0 (services/api/swagger2.py)."""
    return {"schema": {"type": "string", "format": "binary"}, "content_type": content_type}


CSV = "text/csv"


def also(blp, *content_types: str):
    """`@also(blp, DOCX, XLSX)` above `@blp.response(200, …)`: the 200 answer may instead be a
    file of these types (a `format` query, or the stored file's own type), so the description
    names every type the route can send (`make fuzz` checks each answer's Content-Type). Above
    it, so that in OpenAPI 2.0 (one schema per answer, the connector) the JSON body's schema is
    the one kept."""

    def decorate(view):
        for content_type in content_types:
            view = blp.alt_response(200, success=True, **binary(content_type))(view)
        return view

    return decorate
