"""A council's own template: checked, test-rendered inside limits, versioned, then used."""

from __future__ import annotations

import io

import docx
import pytest

from services.documents.catalogue import CATALOGUE
from services.documents.parse_sandbox import ParseSandbox
from tests.fakes.docx_text import all_paragraphs


def edited(*paragraphs: str, name: str = "executive_summary") -> bytes:
    document = docx.Document(io.BytesIO(CATALOGUE[name].default_bytes()))
    sentinel = document.paragraphs[-1]
    for text in paragraphs:
        sentinel.insert_paragraph_before(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def put(caller, data: bytes, name="executive_summary", csp="DEMO"):
    return caller.client.put(
        f"/api/v1/templates/{name}",
        data={"csp": csp, "file": (io.BytesIO(data), f"{name}.docx")},
        content_type="multipart/form-data",
        headers=caller.headers,
    )


@pytest.fixture
def quick_sandbox(app):
    documents = app.extensions["dhr"].documents
    original, documents.sandbox = documents.sandbox, ParseSandbox(time_limit=8)
    yield
    documents.sandbox.close()
    documents.sandbox = original


def test_a_council_template_is_versioned_and_used_for_its_renders(coordinator):
    r = put(coordinator, edited("Prepared for {{ csp.name }} by its DHR team."))
    assert r.status_code == 201, r.json
    assert r.json["version"] == 1
    assert put(coordinator, edited("Second edition for {{ csp.name }}.")).json["version"] == 2
    listed = {t["name"]: t for t in coordinator.get("templates?csp=DEMO").json}
    assert listed["executive_summary"]["version"] == 2
    assert listed["overview_report"]["version"] == "default"
    preview = coordinator.post("reviews/1/render-preview", {"template": "executive_summary"})
    text = [p.text for p in all_paragraphs(docx.Document(io.BytesIO(preview.data)))]
    assert "Second edition for Demo Community Safety Partnership." in text
    own = coordinator.get("templates/executive_summary/content?csp=DEMO").data
    assert "Second edition for {{ csp.name }}." in [
        p.text for p in docx.Document(io.BytesIO(own)).paragraphs
    ]


@pytest.mark.parametrize(
    ("paragraph", "finding"),
    [
        ("{{ cycler.__init__.__globals__.os.popen('id').read() }}", "Python internals"),
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "Python internals"),
        ("{{ victim.name|attr('x') }}", "filter 'attr' is not allowed"),
        ("{{ secret_register }}", "unknown variable 'secret_register'"),
        ("{% for x in %}", "cannot be read"),
    ],
)
def test_dangerous_or_unknown_tags_are_refused_and_nothing_is_stored(
    coordinator, admin, paragraph, finding
):
    r = put(coordinator, edited(paragraph))
    assert r.status_code == 422, r.json
    assert r.json["reason"] == "template_refused"
    assert finding in r.json["detail"]
    listed = {t["name"]: t for t in coordinator.get("templates?csp=DEMO").json}
    assert listed["executive_summary"]["version"] == "default"
    assert admin.get("directory/audit").json["entries"][-1]["action"] == "template.refused"


def test_a_template_that_exhausts_resources_is_stopped_and_the_service_lives(
    coordinator, api, quick_sandbox
):
    r = put(coordinator, edited("{{ 'a' * 100000000 }}{{ 'b' * 100000000 }}"))
    assert r.status_code == 422, r.json
    assert api.anonymous.get("/health").json["status"] == "ok"
    assert put(coordinator, edited("Fine again.")).status_code == 201


def test_only_the_csps_coordinator_uploads(api):
    chair = api.as_("csp-chair@demo.local")
    assert put(chair, edited("x")).status_code == 403
    r = put(api.as_("coordinator@demo.local"), CATALOGUE["action_plan"].default_bytes())
    assert r.status_code == 415
