"""Letters that can be sent: each signed by its sender role's holder, to a recipient chosen by id
and checked by the access rules, stored as a document version (POST /reviews/{id}/letters)."""

from __future__ import annotations

import io

import docx
import pytest

from tests.fakes.docx_text import all_paragraphs
from tests.integration.helpers import field_errors
from tests.integration.imr_steps import ok

REVIEW = 1


def person_id(coordinator, email: str) -> int:
    return next(p["id"] for p in coordinator.get("people").json if p["email"] == email)


def family_contact(api, **extra) -> int:
    author = api.as_("chair.penhallow@pool.demo.local")
    body = {
        "name": "Margaret Fernleigh",
        "relationship": "Mother",
        "method": "letter",
        "outcome": "pending",
        **extra,
    }
    return ok(author.post(f"reviews/{REVIEW}/family-contacts", body), 201)["id"]


def letter(caller, template: str, recipient_id: int | None = None) -> tuple[dict, docx.Document]:
    body = {"template": template}
    if recipient_id is not None:
        body["recipient_id"] = recipient_id
    made = ok(caller.post(f"reviews/{REVIEW}/letters", body), 201)
    label = made["current_version"]["label"]
    data = caller.get(f"documents/{made['id']}/versions/{label}/content").data
    return made, docx.Document(io.BytesIO(data))


def texts(document) -> list[str]:
    return [p.text for p in all_paragraphs(document)]


def signature(lines: list[str]) -> list[str]:
    at = lines.index("Yours sincerely,")
    return lines[at + 2 : at + 5]


def enclosures(lines: list[str]) -> list[str]:
    return lines[lines.index("Enclosures") + 1 : -1] if "Enclosures" in lines else []


CSP = "Demo Community Safety Partnership"
CASES = [
    # template, recipient (email or None), first address line, salutation, signed, enclosures
    (
        "scoping_request",
        "a.brandt@council.demo.local",
        "Alex Brandt",
        "Dear Alex Brandt,",
        ["Casey Hartwell", "Review coordinator", CSP],
        [],
    ),
    (
        "home_office_decision",
        None,
        "Home Office",
        "Dear Sir or Madam,",
        ["Robin Ellery", "Chair of the Community Safety Partnership", CSP],
        [],
    ),
    (
        "imr_commission",
        "a.brandt@council.demo.local",
        "Alex Brandt",
        "Dear Alex Brandt,",
        ["Morgan Ashdown", "Independent chair", CSP],
        [
            "The terms of reference",
            "The IMR template",
            "The chronology template",
            "The Home Office statutory guidance on reviews (IMR section)",
        ],
    ),
    (
        "chair_expression_of_interest",
        "chair.penhallow@pool.demo.local",
        "Riley Penhallow",
        "Dear Riley Penhallow,",
        ["Casey Hartwell", "Review coordinator", CSP],
        [],
    ),
    (
        "home_office_qa_submission",
        None,
        "Home Office",
        "Dear Sir or Madam,",
        ["Robin Ellery", "Chair of the Community Safety Partnership", CSP],
        ["The overview report", "The executive summary", "The action plan"],
    ),
    (
        "domestic_abuse_commissioner",
        None,
        "Domestic Abuse Commissioner",
        "Dear Commissioner,",
        ["Robin Ellery", "Chair of the Community Safety Partnership", CSP],
        ["The overview report", "The executive summary"],
    ),
    (
        "police_notification",
        None,
        "Robin Ellery",
        "Dear Robin Ellery,",
        None,  # the senior investigating officer, from the police's notification
        [],
    ),
]


@pytest.mark.parametrize(
    ("template", "to", "first", "salutation", "signed", "enclosed"),
    CASES,
    ids=[c[0] for c in CASES],
)
def test_each_letter_is_signed_by_its_sender_and_addressed_to_its_recipient(
    api, coordinator, template, to, first, salutation, signed, enclosed
):
    recipient = person_id(coordinator, to) if to else None
    made, document = letter(coordinator, f"letters/{template}", recipient)
    assert made["kind"] == "letter" and made["current_version"]["label"] == "0.1"
    lines = texts(document)
    assert first in lines and salutation in lines
    assert lines.index(first) < lines.index(salutation)
    if signed is None:
        review = ok(coordinator.get(f"reviews/{REVIEW}"))
        officer = review["notifying_officer"]
        signed = [officer["name"], "Senior investigating officer", officer["force"]]
    assert signature(lines) == signed
    assert enclosures(lines) == enclosed
    body = lines[lines.index(salutation) + 1 : lines.index("Yours sincerely,")]
    assert all(line.strip() for line in body), "no blank paragraph in the body"
    assert "preview" not in " ".join(lines)
    assert document.sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"


def test_an_agency_letter_carries_the_agency_address(coordinator):
    _made, document = letter(
        coordinator,
        "letters/scoping_request",
        person_id(coordinator, "a.brandt@council.demo.local"),
    )
    lines = texts(document)
    at = lines.index("Alex Brandt")
    assert lines[at : at + 6] == [
        "Alex Brandt",
        "Head of Adult Safeguarding",
        "Demo District Council",
        "Civic Centre",
        "High Street",
        "Demoshire DM2 2BB",
    ]


def test_the_commissioning_letter_numbers_its_lines_of_enquiry(coordinator):
    _made, document = letter(
        coordinator, "letters/imr_commission", person_id(coordinator, "a.brandt@council.demo.local")
    )
    terms = ok(coordinator.get(f"reviews/{REVIEW}"))["terms_of_reference"]
    numbered = [p.text for p in all_paragraphs(document) if p.style.name == "List Number"]
    assert numbered == terms["lines_of_enquiry"] and len(numbered) >= 2


def test_the_family_letter_uses_the_real_name_and_is_not_marked(api, coordinator):
    contact = family_contact(api)
    made, document = letter(coordinator, "letters/family_first_letter", contact)
    lines = texts(document)
    text = " ".join(lines)
    assert "Dear Margaret Fernleigh," in lines
    assert "I am very sorry for the loss of Jordan Fernleigh." in text
    assert "Ruth" not in text  # the pseudonym is for the report, not for the family
    for expected in (
        "Advocacy After Fatal Domestic Abuse (AAFDA",
        "National Homicide Service",
        "\u201cDomestic Homicide Reviews: information for families\u201d",
        "chair.ashdown@pool.demo.local or 01632 960002",
        "Casey Hartwell, on coordinator@demo.local or 01632 960001",
    ):
        assert expected in text, expected
    assert signature(lines) == ["Morgan Ashdown", "Independent chair", CSP]
    assert enclosures(lines) == [
        "Domestic Homicide Reviews: information for families (Home Office leaflet)"
    ]
    assert document.sections[0].header.paragraphs[0].text == ""
    assert "OFFICIAL-SENSITIVE" not in text
    assert made["protective_marking"] == "OFFICIAL"


def test_recipients_are_chosen_by_id_and_checked(api, coordinator):
    r = coordinator.post(f"reviews/{REVIEW}/letters", {"template": "letters/scoping_request"})
    assert r.status_code == 422 and "recipient_id" in field_errors(r)
    r = coordinator.post(
        f"reviews/{REVIEW}/letters", {"template": "letters/scoping_request", "recipient_id": 9999}
    )
    assert r.status_code == 404
    restricted = family_contact(api, name="Cousin B", risk_flag="honour_based_abuse")
    r = coordinator.post(
        f"reviews/{REVIEW}/letters",
        {"template": "letters/family_first_letter", "recipient_id": restricted},
    )
    assert r.status_code == 404  # the coordinator may not see a contact at risk
    chair = api.as_("chair.ashdown@pool.demo.local")
    made, _document = letter(chair, "letters/family_first_letter", restricted)
    assert made["kind"] == "letter"
    r = coordinator.post(f"reviews/{REVIEW}/letters", {"template": "letters/no_such_letter"})
    assert r.status_code == 422 and "template" in field_errors(r)
    member = api.as_("j.okafor@police.demo.local")
    r = member.post(f"reviews/{REVIEW}/letters", {"template": "letters/home_office_decision"})
    assert r.status_code in (403, 404)


def test_reports_are_started_from_their_templates_as_stored_versions(api, coordinator):
    author = api.as_("chair.penhallow@pool.demo.local")
    for name in ("overview_report", "executive_summary"):
        made = ok(author.post(f"reviews/{REVIEW}/documents/from-template", {"template": name}), 201)
        assert made["kind"] == name and made["current_version"]["label"] == "0.1"
        data = author.get(f"documents/{made['id']}/versions/0.1/content").data
        document = docx.Document(io.BytesIO(data))
        text = " ".join(texts(document))
        assert (
            "preview" not in text
            and "version 0.1" in document.sections[0].footer.paragraphs[0].text
        )
