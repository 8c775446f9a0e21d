"""The same API described in OpenAPI 2.0 (Swagger) at /api/v1/swagger.json, because Power
Automate custom connectors import only 2.0. flask-smorest writes it: the blueprints are
registered a second time on a private app whose spec is 2.0. Only the header parameters we
describe by hand (If-Match, Idempotency-Key) are rewritten into 2.0's inline form, and null
defaults, which 2.0 cannot express, are dropped."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, jsonify

from services.api.context import public
from services.api.openapi import make_api


def build(blueprints, public_url: str) -> dict:
    shadow = Flask("swagger2")
    url = urlsplit(public_url)
    shadow.config.update(
        API_TITLE="DHR add-in API",
        API_VERSION="v1",
        OPENAPI_VERSION="2.0",
        API_SPEC_OPTIONS={
            "host": url.netloc,
            "schemes": [url.scheme],
            "securityDefinitions": {
                "bearer": {
                    "type": "apiKey",
                    "name": "Authorization",
                    "in": "header",
                    "description": "Bearer <token>",
                }
            },
            "security": [{"bearer": []}],
            "info": {"description": "Backend of the Domestic Homicide Review add-in (for flows)."},
        },
    )
    api = make_api(shadow)
    for module in blueprints:
        api.register_blueprint(module.blp)
    document = api.spec.to_dict()
    for operations in document["paths"].values():
        for operation in operations.values():
            if isinstance(operation, dict):
                for parameter in operation.get("parameters", []):
                    _header_in_2_0(parameter)
    _drop_null_defaults(document)
    return document


def _drop_null_defaults(node) -> None:
    """2.0 has no null: a `default: null` (an optional field) says nothing, so it goes."""
    if isinstance(node, dict):
        if "default" in node and node["default"] is None:
            del node["default"]
        for value in node.values():
            _drop_null_defaults(value)
    elif isinstance(node, list):
        for value in node:
            _drop_null_defaults(value)


def _header_in_2_0(parameter: dict) -> None:
    """Header parameters we document by hand are written the 3.0 way; 2.0 wants the type inline."""
    if parameter.get("in") != "body" and "schema" in parameter:
        parameter.update(parameter.pop("schema"))


def install(app: Flask, blueprints, public_url: str) -> None:
    document = build(blueprints, public_url)

    @public
    def swagger():
        return jsonify(document)

    app.add_url_rule("/api/v1/swagger.json", "swagger2", swagger)
