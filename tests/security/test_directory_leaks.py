"""Finding 2: directory and template leaks across CSPs. A person id, a CSP code or a document id
the caller may not see is "not found", answered exactly as one that does not exist, and nothing
of it (a name, a template, a title) reaches the caller."""

from __future__ import annotations

import io
import zipfile

from tests.integration.helpers import person_id

AUTHOR = "chair.penhallow@pool.demo.local"  # the overview author: may fill letters


def _text(docx: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return package.read("word/document.xml").decode("utf-8")


def _preview(caller, recipient):
    return caller.post(
        "reviews/1/render-preview",
        {"template": "letters/chair_expression_of_interest", "recipient_id": recipient},
    )


def test_render_preview_names_only_people_the_caller_may_see(api, admin, coordinator, other_csp):
    outsiders = other_csp
    author = api.as_(AUTHOR)
    own = person_id(coordinator, "j.okafor@police.demo.local")
    shown = _preview(author, own)
    assert shown.status_code == 200 and "Okafor" in _text(shown.data)
    unknown = _preview(author, 2_000_000)
    assert unknown.status_code == 404
    assert unknown.json["errors"] == [
        {"field": "recipient_id", "message": "No person with this id"}
    ]
    admin_id = person_id(admin, "admin@demo.local")
    for hidden in (
        outsiders["officer"],
        outsiders["coordinator"],
        outsiders["home_office"],
        admin_id,
    ):
        refused = _preview(author, hidden)
        assert refused.status_code == 404
        assert refused.json == unknown.json  # the same answer as for no one at all
        assert b"Oona" not in refused.data and b"Quinton" not in refused.data


def test_a_csp_s_own_templates_are_for_its_coordinators_and_chairs_only(
    api, admin, coordinator, other_csp
):
    other = api.as_("coordinator@othr.local")
    template = io.BytesIO(coordinator.get("templates/letters/scoping_request/content").data)
    own = other.send(
        "templates/letters/scoping_request",
        {"csp": "OTHR"},
        ("scoping.docx", template.getvalue()),
        method="PUT",
    )
    assert own.status_code == 201, own.json
    assert other.get("templates/letters/scoping_request/content?csp=OTHR").status_code == 200
    imr_author = api.as_("p.castell@police.demo.local")
    reviewer = api.as_("s.quinton@homeoffice.gov.uk")
    for caller in (coordinator, imr_author, reviewer, api.as_(AUTHOR)):
        for path in ("templates/letters/scoping_request/content?csp=OTHR", "templates?csp=OTHR"):
            refused = caller.get(path)
            assert refused.status_code == 404, (path, refused.status_code)
            nothing = caller.get(path.replace("OTHR", "NOPE"))
            assert nothing.status_code == 404 and nothing.json == refused.json
    assert api.as_("csp-chair@demo.local").get("templates?csp=DEMO").status_code == 200
    # Someone with no part in the CSP yet (no role in it, on its reviews or its IMRs).
    assert imr_author.get("templates?csp=DEMO").status_code == 404
    assert api.as_("j.okafor@police.demo.local").get("templates?csp=DEMO").status_code == 403


def test_a_dashboard_of_another_csp_is_not_found_like_one_that_does_not_exist(
    coordinator, other_csp
):
    other, missing = coordinator.get("csps/OTHR/dashboard"), coordinator.get("csps/NOPE/dashboard")
    assert other.status_code == missing.status_code == 404
    assert other.json == missing.json
    assert coordinator.get("csps/DEMO/dashboard").status_code == 200


def test_evidence_cannot_name_a_document_the_caller_may_not_read(full_api):
    coordinator = full_api.as_("coordinator@demo.local")
    author = full_api.as_(AUTHOR)
    imrs = coordinator.get("reviews/1/imrs").json
    letter = next(i["letter_document_id"] for i in imrs if i.get("letter_document_id"))
    title = coordinator.get(f"documents/{letter}").json["title"]
    assert author.get(f"documents/{letter}").status_code == 404  # the IMR's letter is not theirs
    action = author.get("reviews/1/actions").json[0]
    linked = author.patch(
        f"actions/{action['id']}",
        {"evidence_document_id": letter},
        headers={"If-Match": action["etag"]},
    )
    assert linked.status_code == 422
    assert "evidence_document_id" in {e["field"] for e in linked.json["errors"]}
    assert title not in linked.get_data(as_text=True)
    after = author.get(f"actions/{action['id']}").json
    assert after["evidence_document_id"] is None and after["version"] == action["version"]
