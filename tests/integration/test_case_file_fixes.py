"""The workflow defects found walking a review through the API (issue 21): an IMR resubmission
re-reads its chronology, recommendation numbers stay as written, the registers can be corrected,
and the small answers (Location, 403, dated cells) are what a client expects."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from docx.table import Table
from openpyxl import load_workbook

from tests.fakes.imr_docx import author_edits, event
from tests.integration.helpers import field_errors
from tests.integration.imr_steps import ok, started_imr
from tests.integration.overview_steps import REVIEW, police_events

MANAGER, AUTHOR = "m.kells@police.demo.local", "p.castell@police.demo.local"


def _numbered_as(data: bytes, written: list[str]) -> bytes:
    """The author numbers the recommendations their own way ("R1", "R2")."""
    made = docx.Document(io.BytesIO(data))
    # every table, also those inside the template's data regions (content controls)
    tables = [Table(t, made) for t in made.element.body.iter(qn("w:tbl"))]
    grid = next(t for t in tables if t.rows[0].cells[0].text.strip() == "No.")
    for row, number in zip(grid.rows[1:], written, strict=True):
        row.cells[0].text = number
    out = io.BytesIO()
    made.save(out)
    return out.getvalue()


def _save(writer, doc_id: int, data: bytes) -> str:
    etag = ok(writer.get(f"documents/{doc_id}"))["etag"]
    saved = writer.send(
        f"documents/{doc_id}/versions",
        {"comment": "edited"},
        ("IMR.docx", data),
        {"If-Match": etag},
    )
    return ok(saved, 201)["current_version"]["label"]


def _return(boss, imr_id: int) -> None:
    ok(boss.post(f"imrs/{imr_id}/qa-decision", {"decision": "return", "comments": "More"}))


def test_a_resubmitted_imr_has_the_chronology_of_the_version_submitted(api, coordinator):
    imr, doc = started_imr(api, coordinator, "Demoshire Police", MANAGER, AUTHOR)
    writer, boss = api.as_(AUTHOR), api.as_(MANAGER)
    blank = writer.get(f"documents/{doc['id']}/versions/0.1/content").data
    recs = ["Train call handlers in coercive control", "Audit DASH completion"]
    first = _numbered_as(author_edits(blank, police_events()[:2], recs), ["R1", "R2"])
    label = _save(writer, doc["id"], first)
    ok(writer.post(f"imrs/{imr['id']}/submissions", {"version": label}), 201)
    written = ok(writer.get(f"imrs/{imr['id']}/recommendations"))["recommendations"]
    assert [(r["number"], r["written_number"]) for r in written] == [(1, "R1"), (2, "R2")]
    _return(boss, imr["id"])

    # One more row saved in 0.3 and submitted straight away: no separate "extract" step.
    label = _save(writer, doc["id"], author_edits(blank, police_events(), recs))
    ok(writer.post(f"imrs/{imr['id']}/submissions", {"version": label}), 201)
    rows = ok(writer.get(f"imrs/{imr['id']}/chronology"))["rows"]
    assert len(rows) == 3
    assert {r["read_from"]["version"] for r in rows} == {label}
    view = ok(writer.get(f"imrs/{imr['id']}"))
    assert view["chronology_read_from"] == [
        {"document_id": doc["id"], "version": label, "rows": [1, 2, 3]}
    ]
    _return(boss, imr["id"])

    # A version with a row that has no event text is refused, naming the row; nothing changes.
    bad = [*police_events(), event("01/07/2024", "")]
    label = _save(writer, doc["id"], author_edits(blank, bad, recs))
    refused = writer.post(f"imrs/{imr['id']}/submissions", {"version": label})
    assert refused.status_code == 422, refused.json
    # The fourth row read, in the Word table's fifth row (under its heading row).
    assert field_errors(refused) == {"rows[3].event": "table 2, row 5: Say what happened (V9)"}
    assert ok(writer.get(f"imrs/{imr['id']}"))["state"] == "returned"
    assert len(ok(writer.get(f"imrs/{imr['id']}/chronology"))["rows"]) == 3


def test_post_reviews_says_where_the_new_review_is(coordinator):
    from tests.integration.helpers import notification

    made = coordinator.post("reviews", notification())
    assert made.status_code == 201
    assert made.headers["Location"].endswith(f"/api/v1/reviews/{made.json['id']}")
    assert ok(coordinator.get(made.headers["Location"]))["reference"] == made.json["reference"]


def test_the_registers_are_corrected_and_each_correction_is_audited(coordinator, api):
    subject = ok(
        coordinator.post(
            f"reviews/{REVIEW}/subjects",
            {"role": "friend", "real_name": "Tamsin Orrey", "pseudonym": "Friend A"},
        ),
        201,
    )
    url = f"reviews/{REVIEW}/subjects/{subject['id']}"
    for empty in (None, {}):
        nothing = coordinator.patch(url, empty)
        assert nothing.status_code == 422, nothing.json  # a correction names a field
    changed = ok(coordinator.patch(url, {"real_name": "Tamsin Orrell", "aliases": ["Tam"]}))
    assert (changed["real_name"], changed["aliases"], changed["pseudonym"]) == (
        "Tamsin Orrell",
        ["Tam"],
        "Friend A",
    )
    clash = coordinator.patch(url, {"pseudonym": "Tam"})
    assert clash.status_code == 422 and "pseudonym" in field_errors(clash)
    term = ok(
        coordinator.post(
            f"reviews/{REVIEW}/sensitive-terms", {"kind": "address", "term": "14 Mil Lane"}
        ),
        201,
    )
    term_url = f"reviews/{REVIEW}/sensitive-terms/{term['id']}"
    assert ok(coordinator.patch(term_url, {"term": "14 Mill Lane"}))["term"] == "14 Mill Lane"
    panel = api.as_("j.okafor@police.demo.local")
    assert panel.delete(term_url).status_code == 403
    assert coordinator.delete(term_url).status_code == 204
    assert coordinator.delete(url).status_code == 204
    assert coordinator.delete(url).status_code == 404
    assert subject["id"] not in [s["id"] for s in ok(coordinator.get(f"reviews/{REVIEW}/subjects"))]
    trail = ok(coordinator.get(f"reviews/{REVIEW}/audit"))
    entries = trail["entries"] if isinstance(trail, dict) else trail
    actions = [e["action"] for e in entries]
    for action in (
        "review.subject_changed",
        "review.subject_removed",
        "register.sensitive_term_changed",
        "register.sensitive_term_removed",
    ):
        assert action in actions
    assert "Orrell" not in str(trail) and "Mill Lane" not in str(trail)


def test_the_combined_chronology_export_holds_real_dates(api, coordinator, accepted):
    chair = api.as_("chair.ashdown@pool.demo.local")
    response = chair.get(f"reviews/{REVIEW}/chronology?format=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.data)).active
    header = [c.value for c in sheet[1]]
    column = header.index("Date") + 1
    values = [sheet.cell(row=r, column=column).value for r in range(2, sheet.max_row + 1)]
    assert any(hasattr(v, "year") for v in values), values  # a date cell, not text
    assert "April 2024" in values  # a month-only date stays as written
    dated = next(v for v in values if hasattr(v, "year"))
    assert dated.isoformat().startswith("2024-")


def test_the_api_description_is_public_and_lists_every_form_field(api):
    for path in ("openapi.json", "swagger.json"):
        assert api.anonymous.get(path).status_code == 200
    spec = api.anonymous.get("openapi.json").json
    create = spec["paths"]["/api/v1/reviews/{review_id}/documents"]["post"]
    fields, required = _form(spec, create)
    assert {"file", "kind", "title", "comment", "agency_id", "imr_id"} <= set(fields)
    assert {"kind", "title"} <= required
    assert not create.get("parameters")  # no OpenAPI 2 formData left behind
    version = spec["paths"]["/api/v1/documents/{doc_id}/versions"]["post"]
    fields, _ = _form(spec, version)
    assert {"file", "comment", "major", "upload_id"} <= set(fields)
    assert [p["name"] for p in version["parameters"]] == ["If-Match"]


def _form(spec: dict, operation: dict) -> tuple[dict, set[str]]:
    """The multipart body's fields and required fields, across its allOf parts."""
    schema = operation["requestBody"]["content"]["multipart/form-data"]["schema"]
    fields, required = {}, set()
    for part in schema.get("allOf", [schema]):
        if "$ref" in part:
            part = spec["components"]["schemas"][part["$ref"].rsplit("/", 1)[-1]]
        fields |= part.get("properties", {})
        required |= set(part.get("required", []))
    return fields, required
