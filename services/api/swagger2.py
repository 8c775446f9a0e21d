"""The same API described in OpenAPI 2.0 (Swagger) at /api/v1/swagger.json, because Power
Automate custom connectors import only 2.0. flask-smorest writes it: the blueprints are
registered a second time on a private app whose spec is 2.0. Only the header parameters we
describe by hand (If-Match, Idempotency-Key) are rewritten into 2.0's inline form, and null
defaults, which 2.0 cannot express, are dropped. What the connector import needs on top
(OAuth 2.0 with Entra ID, `x-nullable`, the trigger's notification content) is in
services/api/connector.py; docs/m365-setup.md says how to import it."""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import urlsplit

from apispec import APISpec
from flask import Flask, jsonify

from services.api import connector
from services.api.context import public
from services.api.openapi import make_api
from services.api.responses.routing import NOTIFICATION, SubscriptionNotificationSchema
from services.config import Settings


def build(blueprints, settings: Settings) -> dict:
    shadow = Flask("swagger2")
    url = urlsplit(settings.public_url)
    security = connector.oauth2_security(
        settings.entra_authority_host,
        settings.entra_tenant_id,
        settings.entra_client_id,
        url.netloc,
    )
    scopes = list(security["entra"]["scopes"])
    shadow.config.update(
        API_TITLE="DHR add-in API",
        API_VERSION="v1",
        OPENAPI_VERSION="2.0",
        API_SPEC_OPTIONS={
            "host": url.netloc,
            "basePath": "/",
            "schemes": [url.scheme],
            "securityDefinitions": security,
            "security": [{"entra": scopes}],
            "info": {"description": "Backend of the Domestic Homicide Review add-in (for flows)."},
        },
    )
    api = make_api(shadow)
    for module in blueprints:
        api.register_blueprint(module.blp)
    spec = cast(APISpec, api.spec)  # made by flask-smorest when the app was given
    spec.components.schema(NOTIFICATION, schema=SubscriptionNotificationSchema)
    document: dict[str, Any] = spec.to_dict()
    _notification_content(document)
    connector.x_nullable(document)
    paths: dict[str, dict[str, Any]] = document["paths"]
    for operations in paths.values():
        for operation in operations.values():
            if isinstance(operation, dict):
                for parameter in operation.get("parameters", []):
                    _header_in_2_0(parameter)
                for response in operation.get("responses", {}).values():
                    for header in response.get("headers", {}).values():
                        header.update(header.pop("schema", {}))
                    if response.get("schema") == {"type": "string", "format": "binary"}:
                        response["schema"] = {"type": "file"}  # 2.0's way to say "a file"
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


def _notification_content(document: dict) -> None:
    """What the trigger posts to the flow's callback URL, so flows get dynamic content."""
    for operations in document["paths"].values():
        for operation in operations.values():
            if isinstance(operation, dict) and operation.get("x-ms-trigger"):
                operation["x-ms-notification-content"] = {
                    "description": "An event of the subscribed kind",
                    "schema": {"$ref": f"#/definitions/{NOTIFICATION}"},
                }


def _header_in_2_0(parameter: dict) -> None:
    """Header parameters we document by hand are written the 3.0 way; 2.0 wants the type inline."""
    if parameter.get("in") != "body" and "schema" in parameter:
        parameter.update(parameter.pop("schema"))


def install(app: Flask, blueprints, settings: Settings) -> None:
    document = build(blueprints, settings)

    @public
    def swagger():
        return jsonify(document)

    app.add_url_rule("/api/v1/swagger.json", "swagger2", swagger)
