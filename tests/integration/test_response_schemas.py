"""The response schemas describe what is sent: every 2xx JSON body answered during a walk over
the API (a review, the directory, documents, IMRs, templates, the outbox, a subscription) is
validated against its operation's schema in /api/v1/openapi.json (OpenAPI 3, the same schemas
the 2.0 document gives Power Automate)."""

from __future__ import annotations

import re

from flask import request, request_finished
from openapi_schema_validator import OAS30Validator

from tests.fakes.hostile import valid_docx
from tests.integration.imr_steps import ok


def inline(node, components: dict):
    """The schema with its $refs replaced by what they name (they do not nest cycles here)."""
    if isinstance(node, dict):
        if "$ref" in node:
            return inline(components[node["$ref"].rsplit("/", 1)[-1]], components)
        return {k: inline(v, components) for k, v in node.items()}
    if isinstance(node, list):
        return [inline(v, components) for v in node]
    return node


def openapi_path(rule: str) -> str:
    return re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule)


def test_every_json_body_sent_matches_its_documented_schema(app, api, coordinator):
    spec = coordinator.get("openapi.json").json
    components = spec["components"]["schemas"]
    seen: list[tuple[str, str, int, object]] = []

    def record(sender, response, **extra):
        json_body = response.mimetype == "application/json" and not response.direct_passthrough
        success = 200 <= response.status_code < 300 and response.status_code != 204
        if request.url_rule is not None and success and json_body:
            seen.append(
                (
                    request.method.lower(),
                    openapi_path(request.url_rule.rule),
                    response.status_code,
                    response.get_json(),
                )
            )

    request_finished.connect(record, app)
    try:
        _walk(api, coordinator)
    finally:
        request_finished.disconnect(record, app)

    checked, wrong = set(), []
    for method, path, status, body in seen:
        operation = spec["paths"][path][method]
        response = operation["responses"][str(status)]
        if "content" not in response:
            wrong.append((operation["operationId"], str(status), "no schema"))
            continue
        schema = inline(response["content"]["application/json"]["schema"], components)
        wrong += [
            (operation["operationId"], "/".join(map(str, e.absolute_path)), e.message)
            for e in OAS30Validator(schema).iter_errors(body)
        ]
        checked.add(operation["operationId"])
    assert wrong == [], "\n".join(map(str, wrong))
    assert len(checked) >= 25, sorted(checked)


def _walk(api, coordinator) -> None:
    """Requests of every area, as the roles that make them."""
    admin = api.as_("admin@demo.local")
    author = api.as_("chair.penhallow@pool.demo.local")
    api.anonymous.get("/health")
    api.anonymous.get("/api/v1/auth/config")
    for path in ("reviews", "reviews/1", "people", "agencies", "csps", "themes"):
        ok(coordinator.get(path))
    for path in ("csps/DEMO/dashboard", "reviews/1/subjects", "reviews/1/sensitive-terms"):
        ok(coordinator.get(path))
    for path in ("reviews/1/audit", "reviews/1/imrs", "reviews/1/documents", "imrs"):
        ok(coordinator.get(path))
    ok(coordinator.get("templates?csp=DEMO"))
    for path in ("directory/audit", "admin/outbox", "admin/refusals"):
        ok(admin.get(path))
    doc = ok(
        author.send(
            "reviews/1/documents",
            {"kind": "overview_report", "title": "Overview"},
            ("o.docx", valid_docx("one")),
        ),
        201,
    )
    ok(author.get(f"documents/{doc['id']}"))
    ok(author.get(f"documents/{doc['id']}/versions"))
    signoff = ok(
        author.post(f"documents/{doc['id']}/signoffs", {"stage": "panel", "version": "0.1"}),
        201,
    )
    ok(author.get("reviews/1/signoffs"))
    ok(
        api.as_("chair.ashdown@pool.demo.local").post(
            f"signoffs/{signoff['id']}/decision", {"decision": "approve"}
        )
    )
    ok(coordinator.get("reviews/1/notifications"))
    flow = "https://prod-01.uksouth.logic.azure.com/workflows/1"
    made = ok(
        coordinator.post(
            "subscriptions", {"event": "review.changed", "callback_url": flow, "csp": "DEMO"}
        ),
        201,
    )
    ok(admin.get("admin/outbox"))
    assert coordinator.delete(f"subscriptions/{made['id']}").status_code == 204
    for path in ("case-file", "home-office-submissions", "feedback-items", "clearance"):
        ok(coordinator.get(f"reviews/1/{path}"))
    for path in ("reviews/1/distribution", "reviews/1/conclusion", "me/notifications"):
        ok(coordinator.get(path))
