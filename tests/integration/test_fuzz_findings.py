"""What `make fuzz` (schemathesis against our OpenAPI description) found, each kept fixed.

Every test here failed before its fix; the description is held to what the service does. The
last four are what it found after issues 18-25 landed (docs/evidence.md, defect 20): files sent
with a type the description did not name, multipart bodies described so that no request could
match them, a JSON 0 taken as false, and a subject without a pseudonym answered against a schema
that said it always has one.
"""

from __future__ import annotations

import pytest
from openapi_schema_validator import OAS30Validator

from tests.fakes.hostile import valid_docx
from tests.integration.helpers import field_errors, new_review, notification
from tests.integration.imr_steps import ok
from tests.integration.test_response_schemas import inline

HUGE = 2**63  # past PostgreSQL's integer: was a 500 (DataError) there, and only there


@pytest.mark.parametrize(
    "path",
    [
        f"reviews/{HUGE}",
        f"reviews/{2**31}/signoffs",
        f"reviews/{HUGE}/action-plan?format=xlsx",
        f"reviews/{HUGE}/recommendations",
        "reviews/0",
        f"imrs/{HUGE}",
    ],
)
def test_an_id_out_of_range_is_not_found_on_every_database(coordinator, path):
    r = coordinator.get(path)
    assert r.status_code == 404
    assert r.mimetype == "application/problem+json"


def test_an_id_out_of_range_in_a_body_names_the_field(coordinator):
    r = coordinator.put("reviews/1/chair", {"person_id": HUGE, "appointed_on": "2026-10-06"})
    assert r.status_code == 422
    assert "person_id" in field_errors(r)


def test_an_unknown_guidance_version_is_a_422_naming_it_not_a_500(coordinator):
    before = len(coordinator.get("reviews").json)
    r = coordinator.post("reviews", notification(guidance_version="\x9dF"))
    assert r.status_code == 422
    assert "2016" in field_errors(r)["guidance_version"]
    assert len(coordinator.get("reviews").json) == before  # nothing was created


def test_a_review_awaiting_its_decision_exports_its_chronology(coordinator):
    review = new_review(coordinator)
    r = coordinator.get(f"reviews/{review['id']}/chronology?format=docx")
    assert r.status_code == 200
    assert r.mimetype.endswith("wordprocessingml.document")


def test_a_wrong_method_is_405_with_allow(coordinator):
    r = coordinator._call("TRACE", "/addin/word/taskpane.html")
    assert r.status_code == 405
    assert set(r.headers["Allow"].split(", ")) >= {"GET", "HEAD"}
    r = coordinator.put("templates/imr.docx/content")
    assert r.status_code == 405  # not a template called "imr.docx/content"
    assert "GET" in r.headers["Allow"]


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (
            "people",
            {"name": "A", "email": "a@b.uk", "home_office_reviewer": 0},
            "home_office_reviewer",
        ),
        ("reviews/1/parallel-proceedings", {"kind": "other", "pauses_clock": 1}, "pauses_clock"),
    ],
)
def test_a_boolean_must_be_true_or_false(admin, coordinator, path, body, field):
    caller = admin if path == "people" else coordinator
    r = caller.post(path, body)
    assert r.status_code == 422
    assert field in field_errors(r)


def test_the_description_says_what_the_service_does(coordinator):
    spec = coordinator.get("openapi.json").json
    # every error is problem+json, with the body the service sends
    error = spec["components"]["responses"]["DEFAULT_ERROR"]["content"]
    assert list(error) == ["application/problem+json"]
    problem = spec["components"]["schemas"]["Problem"]
    assert set(problem["required"]) == {"type", "title", "status", "detail"}
    # the public routes need no token, and say so
    assert spec["paths"]["/health"]["get"]["security"] == []
    assert spec["paths"]["/api/v1/dev/sign-in"]["post"]["security"] == []
    # ids are bounded; closed lists and document characters are stated
    review_id = spec["paths"]["/api/v1/reviews/{review_id}"]["parameters"][0]["schema"]
    assert review_id == {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}
    subject = spec["components"]["schemas"]["Subject"]["properties"]
    assert "perpetrator" in subject["role"]["enum"]
    assert "pattern" in subject["real_name"]
    # ...and a field with a pattern of its own keeps it (a version label, a SHA-256)
    schemas = spec["components"]["schemas"]
    assert schemas["Submission"]["properties"]["version"]["pattern"] == r"^\d{1,4}\.\d{1,4}$"
    assert schemas["UploadStart"]["properties"]["sha256"]["pattern"] == r"^[0-9a-fA-F]{64}$"


FILES = [
    ("reviews/1/chronology?format=docx", "/api/v1/reviews/{review_id}/chronology"),
    ("reviews/1/chronology?format=xlsx", "/api/v1/reviews/{review_id}/chronology"),
    ("reviews/1/action-plan?format=xlsx", "/api/v1/reviews/{review_id}/action-plan"),
    ("audit/export?review=1&format=csv", "/api/v1/audit/export"),
    ("templates/overview_report/content", "/api/v1/templates/{name}/content"),
    ("templates/action_plan/content", "/api/v1/templates/{name}/content"),
]


def test_every_file_a_route_sends_is_of_a_type_its_description_names(coordinator):
    spec = coordinator.get("openapi.json").json
    made = ok(
        coordinator.send(
            "reviews/1/documents",
            {"kind": "other", "title": "Panel notes"},
            ("notes.docx", valid_docx("Panel notes")),
        ),
        201,
    )
    label = made["current_version"]["label"]
    version = f"documents/{made['id']}/versions/{label}/content"
    for url, path in [*FILES, (version, "/api/v1/documents/{doc_id}/versions/{label}/content")]:
        answer = coordinator.get(url)
        assert answer.status_code == 200, (url, answer.json)
        documented = spec["paths"][path]["get"]["responses"]["200"]["content"]
        assert answer.mimetype in documented, (url, answer.mimetype, list(documented))
        assert answer.mimetype != "application/json"


def test_a_multipart_body_is_described_as_one_object_with_its_file_and_its_fields(coordinator):
    spec = coordinator.get("openapi.json").json
    bodies = {
        (path, method): operation["requestBody"]["content"]["multipart/form-data"]["schema"]
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if isinstance(operation, dict)
        and "multipart/form-data" in operation.get("requestBody", {}).get("content", {})
    }
    assert len(bodies) >= 5
    for where, schema in bodies.items():
        schema = inline(schema, spec["components"]["schemas"])
        assert "allOf" not in schema, where
        assert "file" in schema["properties"], where
    evidence = bodies[("/api/v1/actions/{action_id}/evidence", "post")]
    assert {"file", "title", "comment"} <= set(evidence["properties"])
    assert evidence["required"] == ["title"]


def _family_contact(**changes) -> dict:
    return {
        "name": "Margaret Fernleigh",
        "relationship": "Mother",
        "method": "email",
        "outcome": "pending",
        **changes,
    }


def test_a_json_0_or_1_is_not_a_yes_or_no(coordinator):
    for value in (0, 1, "yes"):
        refused = coordinator.post("reviews/1/family-contacts", _family_contact(saw_draft=value))
        assert refused.status_code == 422, refused.json
        assert "saw_draft" in field_errors(refused)
    ok(coordinator.post("reviews/1/family-contacts", _family_contact(saw_draft=True)), 201)


def test_a_subject_without_a_pseudonym_is_answered_as_described(coordinator):
    spec = coordinator.get("openapi.json").json
    made = coordinator.post("reviews/1/subjects", {"role": "friend", "real_name": "Dana Ivers"})
    assert ok(made, 201)["pseudonym"] is None
    schema = spec["paths"]["/api/v1/reviews/{review_id}/subjects"]["post"]["responses"]["201"]
    schema = inline(schema["content"]["application/json"]["schema"], spec["components"]["schemas"])
    OAS30Validator(schema).validate(made.json)
    listed = ok(coordinator.get("reviews/1/subjects"))
    schema = spec["paths"]["/api/v1/reviews/{review_id}/subjects"]["get"]["responses"]["200"]
    schema = inline(schema["content"]["application/json"]["schema"], spec["components"]["schemas"])
    OAS30Validator(schema).validate(listed)
