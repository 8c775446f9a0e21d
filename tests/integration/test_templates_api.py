"""Templates over HTTP: the catalogue, previews filled from the review, renders as versions."""

from __future__ import annotations

import io

import docx
import openpyxl

from tests.fakes.docx_text import all_paragraphs, all_tables
from tests.fakes.hostile import valid_docx
from tests.integration.helpers import field_errors, notification


def paragraphs(data: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(data))
    return [p.text for p in all_paragraphs(document)] + [
        c.text for t in all_tables(document) for r in t.rows for c in r.cells
    ]


def test_the_catalogue_lists_every_template_with_its_variables(coordinator):
    found = {t["name"]: t for t in coordinator.get("templates").json}
    assert set(found) >= {
        "imr",
        "overview_report",
        "executive_summary",
        "action_plan",
        "letters/police_notification",
        "letters/scoping_request",
        "letters/home_office_decision",
        "letters/imr_commission",
        "letters/family_first_letter",
        "letters/chair_expression_of_interest",
        "letters/home_office_qa_submission",
        "letters/domestic_abuse_commissioner",
    }
    assert "terms" in found["imr"]["variables"]
    r = coordinator.get("templates/letters/imr_commission/content")
    assert r.status_code == 200
    assert "{{ imr.due_on|uk_date }}" in " ".join(paragraphs(r.data))
    assert coordinator.get("templates/nothing/content").status_code == 404


def test_a_preview_is_filled_from_the_review_and_stores_nothing(coordinator):
    r = coordinator.post("reviews/1/render-preview", {"template": "overview_report"})
    assert r.status_code == 200, r.data[:300]
    assert r.headers["Cache-Control"] == "no-store"
    text = paragraphs(r.data)
    assert "Overview Report into the death of Ruth" in text
    assert "Jordan Fernleigh" not in " ".join(text)  # the overview uses pseudonyms only
    assert any("Was coercive and controlling behaviour recognised" in p for p in text)
    assert coordinator.get("reviews/1/documents").json == []


def test_a_letter_to_a_named_person(coordinator):
    people = {p["email"]: p["id"] for p in coordinator.get("people").json}
    r = coordinator.post(
        "reviews/1/render-preview",
        {
            "template": "letters/imr_commission",
            "recipient_id": people["a.brandt@council.demo.local"],
        },
    )
    text = paragraphs(r.data)
    assert "Alex Brandt" in text and "Demo District Council" in text
    assert "Dear Alex Brandt," in text
    at = text.index("Yours sincerely,")
    signed = ["Morgan Ashdown", "Independent chair", "Demo Community Safety Partnership"]
    assert text[at + 2 : at + 5] == signed


def test_the_action_plan_preview_is_a_workbook(coordinator):
    r = coordinator.post("reviews/1/render-preview", {"template": "action_plan"})
    assert r.mimetype.endswith("spreadsheetml.sheet")
    book = openpyxl.load_workbook(io.BytesIO(r.data))
    agencies = [c.value for c in book["Lists"]["C"] if c.value]
    assert "Demoshire Police" in agencies


def test_rendering_into_a_document_adds_a_version(coordinator):
    form = {"kind": "executive_summary", "title": "Executive summary"}
    doc = coordinator.send("reviews/1/documents", form, ("exec.docx", valid_docx("x"))).json
    r = coordinator.post(
        f"reviews/1/documents/{doc['id']}/render",
        {},
        headers={"If-Match": doc["etag"]},
    )
    assert r.status_code == 201, r.json
    assert r.json["current_version"]["label"] == "0.2"
    assert r.json["current_version"]["comment"] == "Filled from the executive_summary template"
    content = coordinator.get(f"documents/{doc['id']}/versions/0.2/content").data
    text = paragraphs(content)
    assert "Executive Summary: the death of Ruth" in text
    footer = docx.Document(io.BytesIO(content)).sections[0].footer.paragraphs[0].text
    assert "version 0.2" in footer
    stale = coordinator.post(
        f"reviews/1/documents/{doc['id']}/render",
        {},
        headers={"If-Match": doc["etag"]},
    )
    assert stale.status_code == 412
    wrong = coordinator.post(f"reviews/1/documents/{doc['id']}/render", {"template": "action_plan"})
    assert "template" in field_errors(wrong)


def test_text_a_document_cannot_hold_is_refused_naming_the_field(coordinator):
    body = notification(victim={"name": "Dana\u0000 Q", "sex": "female", "age": 30})
    r = coordinator.post("reviews", body)
    assert r.status_code == 422
    assert "U+0000" in field_errors(r)["victim.name"]
    raw = b'{"role": "victim", "real_name": "A\\ud800B"}'
    r = coordinator.client.post(
        "/api/v1/reviews/1/subjects",
        data=raw,
        content_type="application/json",
        headers=coordinator.headers,
    )
    assert r.status_code == 422
    assert "real_name" in field_errors(r)


def test_panel_members_cannot_render(api):
    member = api.as_("j.okafor@police.demo.local")
    assert (
        member.post("reviews/1/render-preview", {"template": "overview_report"}).status_code == 403
    )
