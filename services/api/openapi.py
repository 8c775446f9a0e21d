"""What the OpenAPI description promises, made exact: ids are positive 32-bit integers (a larger
one is simply not found, on every database), and every error is application/problem+json with
the body `problems.problem` writes. `make fuzz` holds the service to this description."""

from __future__ import annotations

from apispec import BasePlugin
from flask import Flask
from flask_smorest import Api
from marshmallow import INCLUDE, Schema, fields
from werkzeug.routing import IntegerConverter, PathConverter

from services.api.connector import OperationIds

MAX_ID = 2**31 - 1  # PostgreSQL's integer; SQLite would take more, but one answer for both
PROBLEM = "application/problem+json"


class IdConverter(IntegerConverter):
    """`<id:review_id>`: 1 … 2**31-1; anything else does not match the route (404)."""

    def __init__(self, url_map, *args, **kwargs):
        super().__init__(url_map, min=1, max=MAX_ID)


class TemplateNameConverter(PathConverter):
    """`<template:name>`: "imr.docx" or "letters/imr_commission.docx". A last segment named
    "content" is never part of a name, so PUT …/imr.docx/content is 405, not a template named
    "imr.docx/content"."""

    regex = r"[^/]+(?:/(?!content$)[^/]+)?"


class FieldErrorSchema(Schema):
    field = fields.String(required=True)
    message = fields.String(required=True)


class ProblemSchema(Schema):
    """RFC 9457 problem details; some problems add members (current_etag and
    current_version on a 412, findings, …)."""

    class Meta:
        unknown = INCLUDE

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    errors = fields.List(fields.Nested(FieldErrorSchema))


class ProblemResponses(BasePlugin):
    """flask-smorest registers one response per HTTP status (and `default`), all of them for
    errors; ours are sent as application/problem+json, so that is the type described."""

    def response_helper(self, response, **kwargs):
        content = response.get("content")
        if content and "application/json" in content:
            content[PROBLEM] = content.pop("application/json")
        return response


class FormFields(BasePlugin):
    """flask-smorest moves only the first body-like `@arguments` of a route into OpenAPI 3's
    requestBody; a route taking form fields and a file left its fields as `in: formData`
    parameters, which 3.0 does not have. They join the multipart body's schema here, as one
    object with the file's and the fields' properties (an `allOf` of the file's closed schema
    and the fields would allow no body at all). Other parts are left undescribed, as before."""

    def init_spec(self, spec):
        self.spec = spec
        self.openapi_3 = spec.openapi_version.major >= 3

    def _component(self, schema) -> dict:
        """The schema itself, where `schema` refers to a component by `$ref` or by name."""
        name = schema.get("$ref", "").rsplit("/", 1)[-1] if isinstance(schema, dict) else schema
        found = self.spec.components.schemas.get(name) if isinstance(name, str) else None
        return found if found is not None else schema

    def operation_helper(self, path=None, operations=None, **kwargs):
        for operation in (operations or {}).values():
            if not (self.openapi_3 and isinstance(operation, dict)):
                continue
            form = [p for p in operation.get("parameters", []) if p.get("in") == "formData"]
            if not form:
                continue
            operation["parameters"] = [p for p in operation["parameters"] if p not in form]
            media = operation["requestBody"]["content"]["multipart/form-data"]
            files = self._component(media["schema"])
            merged = {
                "type": "object",
                "properties": {
                    **files.get("properties", {}),
                    **{p["name"]: p["schema"] for p in form},
                },
                "required": [
                    *files.get("required", []),
                    *(p["name"] for p in form if p.get("required")),
                ],
            }
            media["schema"] = {k: v for k, v in merged.items() if v}


class DhrApi(Api):
    ERROR_SCHEMA = ProblemSchema


def install_converters(app: Flask) -> None:
    app.url_map.converters["id"] = IdConverter
    app.url_map.converters["template"] = TemplateNameConverter


def make_api(app: Flask) -> Api:
    install_converters(app)
    from services.api.api_docs import HeaderParameters

    plugins = [ProblemResponses(), HeaderParameters(), FormFields(), OperationIds()]
    api = DhrApi(app, spec_kwargs={"extra_plugins": plugins})
    api.register_converter(
        IdConverter, lambda _converter: {"type": "integer", "minimum": 1, "maximum": MAX_ID}
    )
    api.register_converter(TemplateNameConverter, lambda _converter: {"type": "string"})
    return api
