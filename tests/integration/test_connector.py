"""The 2.0 description Power Automate imports as a custom connector (/api/v1/swagger.json):
valid OpenAPI 2.0 (openapi-spec-validator), and the rules Microsoft documents for custom
connectors: stable unique operationIds, a summary and description on every operation, OAuth 2.0
with Entra ID, no `nullable`, a webhook trigger of the documented shape with notification
content, and a response schema on every 2xx."""

from __future__ import annotations

import re

from openapi_spec_validator import validate

# Changing one of these breaks every flow built on an imported connector: add, never rename.
OPERATION_IDS = {
    "CreateLetter", "StartReport",  # issue 20
    "AttachEvidence", "ChangeSubject", "ChangeTerm", "GetCaseFile", "GetConclusions",  # issue 21
    "GetDistribution", "GetSubmission", "ListClearances", "ListFeedbackItems", "ListSubmissions",
    "MyAgencyActions", "MyNotifications", "RemoveSubject", "RemoveTerm", "Reopen",
    "Acceptance", "AddAction", "AddFamilyContact", "AddMilestone", "AddPanelMember", "AddSubject",
    "AddTerm", "AddinFile", "AgreeTerms", "Annotate", "AnonymityScan", "AppointChair", "Attest",
    "AuthConfig", "BuildPublication", "Checkin", "Checkout", "Chronology", "Clearance",
    "Commission", "Conclusion", "ConfirmPublication", "CreateAgency", "CreateCsp",
    "CreateDocument", "CreatePerson", "CspActions", "CspDashboard", "Decide", "DecideSignoff",
    "DevSignIn", "DirectReview", "Distribution", "Download", "EstablishPanel", "Export", "Extract",
    "FamilyContacts", "GetAction", "GetActionPlan", "GetCheck", "GetChronology", "GetDocument",
    "GetImr", "GetRecommendations", "GetReview", "Health", "HomeOfficeQueue", "ImportChronology",
    "ListActions", "ListAgencies", "ListCsps", "ListDocuments", "ListImrs", "ListOutbox",
    "ListPeople", "ListPublications", "ListRefusals", "ListReviews", "ListSignoffs",
    "ListSubjects", "ListTemplates", "ListTerms", "ListVersions", "LogParallelProceeding",
    "Manifest", "MyImrs", "NameAuthor", "Notifications", "NotifyDeath", "Outcome", "PanelMeeting",
    "PatchAction", "PublishedFile", "PutActionPlan", "PutChronology", "PutChunk",
    "PutImrRecommendations", "PutOverviewRecommendations", "QaDecision", "ReadDirectoryAudit",
    "Recommendations", "RecordExtension", "RemovePerson", "RenderDocument", "RenderPreview",
    "RequestSignoff", "Respond", "Restore", "RetryOutbox", "ReviewAudit", "RunCheck",
    "SaveVersion", "Sections", "StartDocument", "StartImrs", "StartScoping", "StartUpload",
    "SubmitImr", "SubmitToHomeOffice", "Subscribe", "TellHomeOffice", "TemplateContent", "Themes",
    "Unsubscribe", "UploadTemplate",
}  # fmt: skip


def operations(document: dict):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            if method in {"get", "put", "post", "delete", "patch"}:
                yield path, method, operation


def occurrences(node, key: str) -> int:
    if isinstance(node, dict):
        return (key in node) + sum(occurrences(v, key) for v in node.values())
    if isinstance(node, list):
        return sum(occurrences(v, key) for v in node)
    return 0


def test_the_connector_document_is_valid_openapi_2_and_3(api):
    swagger = api.anonymous.get("/api/v1/swagger.json").json
    validate(swagger)  # raises on any error
    assert swagger["swagger"] == "2.0"
    openapi = api.as_("coordinator@demo.local").get("/api/v1/openapi.json").json
    validate(openapi)
    assert {o["operationId"] for _, _, o in operations(openapi)} == OPERATION_IDS


def test_every_operation_has_a_stable_unique_id_a_summary_and_a_description(api):
    swagger = api.anonymous.get("/api/v1/swagger.json").json
    ids = [operation["operationId"] for _, _, operation in operations(swagger)]
    assert len(ids) == len(set(ids))
    assert set(ids) == OPERATION_IDS
    for path, method, operation in operations(swagger):
        where = f"{method.upper()} {path}"
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", operation["operationId"]), where
        assert 0 < len(operation["summary"]) <= 80, where
        assert not operation["summary"].endswith("."), where
        assert operation["description"], where


def test_security_is_oauth2_authorization_code_against_entra_id(api):
    swagger = api.anonymous.get("/api/v1/swagger.json").json
    [(name, scheme)] = swagger["securityDefinitions"].items()
    assert scheme["type"] == "oauth2" and scheme["flow"] == "accessCode"
    assert scheme["authorizationUrl"].startswith("https://login.microsoftonline.com/")
    assert scheme["authorizationUrl"].endswith("/oauth2/v2.0/authorize")
    assert scheme["tokenUrl"].endswith("/oauth2/v2.0/token")
    assert [s for s in scheme["scopes"] if s.endswith("access_as_user")]
    assert swagger["security"] == [{name: list(scheme["scopes"])}]
    public = swagger["paths"]["/api/v1/publications/{publication_id}/files/{digest}.pdf"]["get"]
    assert public["security"] == []


def test_no_nullable_in_2_0_but_x_nullable(api):
    swagger = api.anonymous.get("/api/v1/swagger.json").json
    assert occurrences(swagger, "nullable") == 0
    assert occurrences(swagger, "x-nullable") > 0


def test_every_2xx_response_has_a_schema(api):
    swagger = api.anonymous.get("/api/v1/swagger.json").json
    missing = [
        f"{method.upper()} {path} {status}"
        for path, method, operation in operations(swagger)
        for status, response in operation["responses"].items()
        if status.startswith("2") and status != "204" and "schema" not in response
    ]
    assert missing == []


def test_the_webhook_trigger_has_the_shape_power_automate_needs(api):
    swagger = api.anonymous.get("/api/v1/swagger.json").json
    triggers = [(p, m, o) for p, m, o in operations(swagger) if "x-ms-trigger" in o]
    assert [(p, m) for p, m, _ in triggers] == [("/api/v1/subscriptions", "post")]
    _, _, trigger = triggers[0]
    assert trigger["x-ms-trigger"] in {"single", "batch"}
    [body] = [p for p in trigger["parameters"] if p["in"] == "body"]
    schema = swagger["definitions"][body["schema"]["$ref"].rsplit("/", 1)[-1]]
    callbacks = [n for n, f in schema["properties"].items() if f.get("x-ms-notification-url")]
    assert callbacks == ["callback_url"]
    assert schema["properties"]["callback_url"]["x-ms-visibility"] == "internal"
    created = trigger["responses"]["201"]
    assert created["headers"]["Location"]["type"] == "string"
    assert "schema" in created
    content = trigger["x-ms-notification-content"]
    assert content["description"]
    notified = swagger["definitions"][content["schema"]["$ref"].rsplit("/", 1)[-1]]
    assert {"event", "key", "sequence", "review_reference"} <= set(notified["properties"])
    # Power Automate deletes the trigger at the Location it was given.
    assert "delete" in swagger["paths"]["/api/v1/subscriptions/{subscription_id}"]


def test_the_triggers_location_is_absolute(api, coordinator):
    flow = "https://prod-01.uksouth.logic.azure.com/workflows/1"
    made = coordinator.post(
        "subscriptions", {"event": "review.changed", "callback_url": flow, "csp": "DEMO"}
    )
    assert made.status_code == 201, made.json
    public_url = api.client.application.extensions["dhr"].settings.public_url
    assert made.headers["Location"] == f"{public_url}/api/v1/subscriptions/{made.json['id']}"
    assert coordinator.delete(made.headers["Location"].removeprefix(public_url)).status_code == 204
