"""Walking an IMR to acceptance over HTTP, for tests that start from accepted IMRs."""

from __future__ import annotations

from tests.fakes.imr_docx import author_edits
from tests.integration.helpers import agency_id, person_id

ALL_CHECKS = {
    "terms_of_reference_addressed": True,
    "chronology_complete": True,
    "analysis_not_description": True,
    "independence_statement_present": True,
    "recommendations_smart": True,
}


def ok(response, status=200):
    assert response.status_code == status, response.json
    return response.json


def started_imr(api, coordinator, agency, manager, author, review=1) -> tuple[dict, dict]:
    """Commissioned by the chair, the author named and attested, the document started from the
    template: (the IMR, its document)."""
    chair = api.as_("chair.ashdown@pool.demo.local")
    imr = ok(
        chair.post(
            f"reviews/{review}/imrs",
            {
                "agency_id": agency_id(coordinator, agency),
                "senior_manager_id": person_id(coordinator, manager),
                "due_on": "2027-01-15",
            },
        ),
        201,
    )
    boss = api.as_(manager)
    ok(boss.put(f"imrs/{imr['id']}/author", {"person_id": person_id(coordinator, author)}))
    writer = api.as_(author)
    ok(
        writer.post(
            f"imrs/{imr['id']}/attestation",
            {
                "not_directly_involved": True,
                "not_line_manager_of_involved_staff": True,
                "signed_on": "2026-11-26",
            },
        )
    )
    return imr, ok(writer.post(f"imrs/{imr['id']}/document"), 201)


def accepted_imr(api, coordinator, agency, manager, author, events, recommendations, review=1):
    imr, doc = started_imr(api, coordinator, agency, manager, author, review)
    chair, boss, writer = (api.as_(e) for e in ("chair.ashdown@pool.demo.local", manager, author))
    first = writer.get(f"documents/{doc['id']}/versions/0.1/content").data
    ok(
        writer.send(
            f"documents/{doc['id']}/versions",
            {"comment": "written"},
            ("IMR.docx", author_edits(first, events, recommendations)),
            {"If-Match": doc["etag"]},
        ),
        201,
    )
    ok(writer.post(f"imrs/{imr['id']}/submissions", {"version": "0.2"}), 201)
    ok(
        boss.post(
            f"imrs/{imr['id']}/qa-decision",
            {
                "decision": "approve",
                "qa_checks": ALL_CHECKS,
                "agency_accepts_recommendations": True,
            },
        )
    )
    return ok(chair.post(f"imrs/{imr['id']}/acceptance", {"decision": "accept"}))
