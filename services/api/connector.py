"""What Power Automate's custom-connector import needs of the API description, in both documents.

Every operation gets a stable `operationId` (its view function's name in CamelCase: renaming a
view is a breaking change for imported connectors, which tests/integration/test_connector.py
guards with the list of ids), a short sentence-case `summary` (the action's title in the flow
designer) and a `description` (the view's docstring). Duplicates are refused when the description
is built, not found by a connector import.

For the 2.0 document (`services/api/swagger2.py`): OAuth 2.0 `accessCode` security against
Entra ID, `x-nullable` (2.0 has no `nullable`), and the webhook trigger's notification content.
"""

from __future__ import annotations

import re

from apispec import BasePlugin

SUMMARY_LIMIT = 80
SCOPE = "access_as_user"
# Titles a flow's designer shows better than the view's name (a trigger reads "When …").
SUMMARIES = {
    "Subscribe": "When a DHR event happens",
    "Unsubscribe": "Stop a DHR event trigger",
}


def operation_id(endpoint: str) -> str:
    """`routing.request_signoff` → `RequestSignoff`."""
    return "".join(part.capitalize() for part in endpoint.rsplit(".", 1)[-1].split("_"))


def summary_of(endpoint: str) -> str:
    """`routing.request_signoff` → `Request signoff`."""
    words = endpoint.rsplit(".", 1)[-1].replace("_", " ").strip()
    return words[:1].upper() + words[1:]


class OperationIds(BasePlugin):
    """apispec plugin: operationId, summary and description on every operation."""

    def __init__(self):
        self.seen: dict[str, str] = {}

    def operation_helper(self, path=None, operations=None, **kwargs):
        rule = kwargs.get("rule")
        if rule is None or not operations:
            return
        for method, operation in operations.items():
            if not isinstance(operation, dict):
                continue
            # One method per endpoint in this API; a clash between blueprints is settled on the
            # route with @blp.doc(operationId=...).
            name = operation.get("operationId") or operation_id(rule.endpoint)
            where = f"{method.upper()} {path}"
            if self.seen.get(name, where) != where:
                raise ValueError(f"operationId {name} of {where} is also {self.seen[name]}'s")
            self.seen[name] = where
            text = " ".join(
                t for t in (operation.get("summary", ""), operation.get("description", "")) if t
            )
            operation["operationId"] = name
            operation["summary"] = SUMMARIES.get(name, summary_of(rule.endpoint))[:SUMMARY_LIMIT]
            operation["description"] = _sentence(text) or operation["summary"] + "."


def _sentence(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def oauth2_security(authority_host: str, tenant_id: str, client_id: str, public_host: str):
    """The securityDefinitions of a connector signing in with Entra ID (authorization code)."""
    base = f"{authority_host.rstrip('/')}/{tenant_id or 'organizations'}/oauth2/v2.0"
    scope = f"api://{public_host}/{client_id}/{SCOPE}" if client_id else SCOPE
    return {
        "entra": {
            "type": "oauth2",
            "flow": "accessCode",
            "authorizationUrl": f"{base}/authorize",
            "tokenUrl": f"{base}/token",
            "scopes": {scope: "Act in the DHR service as the signed-in person"},
            "description": "Microsoft Entra ID (OAuth 2.0 authorization code); see "
            "docs/m365-setup.md",
        }
    }


def x_nullable(node) -> None:
    """2.0 has no `nullable`: AutoRest's `x-nullable`, which Power Automate reads, instead."""
    if isinstance(node, dict):
        if "nullable" in node:
            node["x-nullable"] = bool(node.pop("nullable"))
        for value in node.values():
            x_nullable(value)
    elif isinstance(node, list):
        for value in node:
            x_nullable(value)
