"""The API description as clients read it: public like /api/v1/swagger.json (it holds no
data), and a multipart route's header parameters kept beside its form fields.
"""

from __future__ import annotations

from apispec import BasePlugin
from flask import Flask

from services.api.context import public

# Header parameters of a multipart route, documented apart: a manual `parameters` list would
# replace the form's fields (flask-smorest replaces lists when it merges a manual doc).
HEADERS = "x-dhr-headers"


class HeaderParameters(BasePlugin):
    """The `HEADERS` list of a route joins its parameters (the form fields are folded into
    the multipart body by services.api.openapi.FormFields)."""

    def operation_helper(self, path=None, operations=None, **kwargs):
        for operation in (operations or {}).values():
            if not isinstance(operation, dict) or HEADERS not in operation:
                continue
            operation.setdefault("parameters", []).extend(operation.pop(HEADERS))


def install(app: Flask) -> None:
    """/api/v1/openapi.json answers without a token, as /api/v1/swagger.json does."""
    endpoint = "api-docs.openapi_json"
    view = app.view_functions[endpoint]

    @public
    def openapi_json():
        return view()

    app.view_functions[endpoint] = openapi_json
