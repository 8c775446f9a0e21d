"""The web layer: Flask blueprints, the OpenAPI description, problem+json errors, token checks."""

from __future__ import annotations

from flask import Flask

from services.api import (
    actions,
    addin,
    api_docs,
    audit_export,
    case_file,
    context,
    directory,
    documents,
    evidence,
    health,
    imrs,
    letters,
    overview,
    problems,
    registers,
    reviews,
    routing,
    security_headers,
    swagger2,
    templates,
)
from services.api.openapi import make_api
from services.bootstrap import Services

BLUEPRINTS = (
    health,
    addin,
    directory,
    reviews,
    registers,
    imrs,
    overview,
    actions,
    routing,
    documents,
    templates,
    letters,
    audit_export,
    case_file,
    evidence,
)


def init_app(app: Flask, services: Services) -> None:
    app.extensions["dhr"] = services
    app.config.update(
        MAX_CONTENT_LENGTH=services.settings.max_json_bytes,
        API_TITLE="DHR add-in API",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/api/v1",
        OPENAPI_JSON_PATH="openapi.json",
        API_SPEC_OPTIONS={
            "components": {
                "securitySchemes": {
                    "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
                }
            },
            "security": [{"bearer": []}],
            "info": {
                "description": "Backend of the Domestic Homicide Review Word and Excel add-in."
            },
        },
    )
    api = make_api(app)
    for module in BLUEPRINTS:
        api.register_blueprint(module.blp)
    swagger2.install(app, BLUEPRINTS, services.settings)
    api_docs.install(app)
    problems.register(app)
    context.install(app)
    security_headers.install(app)
