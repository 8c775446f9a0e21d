"""The two narrow roles: a CSP's auditor reads its reviews' audit trails and access logs and
nothing else; a Home Office reviewer reads exactly the versions submitted to the Home Office."""

from __future__ import annotations

from tests.integration.imr_steps import ok
from tests.integration.overview_steps import REVIEW
from tests.integration.routing_steps import submitted


def test_an_auditor_reads_the_trails_and_nothing_else(api, coordinator):
    ok(
        coordinator.post(
            "people",
            {
                "name": "Ada Ledger",
                "email": "a.ledger@demo.local",
                "csp_roles": [{"csp": "DEMO", "role": "auditor"}],
            },
        ),
        201,
    )
    auditor = api.as_("a.ledger@demo.local")
    trail = ok(auditor.get(f"reviews/{REVIEW}/audit"))
    assert trail["verified"] is True and trail["entries"]
    assert "reads" in ok(auditor.get(f"audit/export?review={REVIEW}"))
    assert ok(auditor.get("reviews")) == []
    for path in (f"reviews/{REVIEW}", f"reviews/{REVIEW}/documents", f"reviews/{REVIEW}/actions"):
        assert auditor.get(path).status_code == 404, path


def test_a_home_office_reviewer_reads_only_the_submitted_versions(
    api, coordinator, admin, accepted
):
    refused = coordinator.post(
        "people",
        {"name": "H O", "email": "h.o@homeoffice.gov.uk", "home_office_reviewer": True},
    )
    assert refused.status_code == 403  # only an administrator adds one
    assert "administrator" in refused.json["detail"]
    ok(
        admin.post(
            "people",
            {
                "name": "Sam Quinton",
                "email": "s.quinton@homeoffice.gov.uk",
                "home_office_reviewer": True,
            },
        ),
        201,
    )
    reviewer = api.as_("s.quinton@homeoffice.gov.uk")
    assert ok(reviewer.get("home-office/queue")) == []
    submitted(api, coordinator)

    [queued] = ok(reviewer.get("home-office/queue"))
    assert (queued["review_reference"], queued["round"]) == ("DEMO-2026-001", 1)
    pinned = queued["versions"]["overview_report"]
    overview = pinned["document_id"]
    content = reviewer.get(f"documents/{overview}/versions/{pinned['label']}/content")
    assert content.status_code == 200
    versions = ok(reviewer.get(f"documents/{overview}/versions"))
    assert [v["label"] for v in versions] == [pinned["label"]]  # earlier drafts are not theirs
    assert reviewer.get(f"documents/{overview}/versions/0.1/content").status_code == 404
    for path in (
        f"reviews/{REVIEW}",
        f"reviews/{REVIEW}/imrs",
        f"reviews/{REVIEW}/audit",
        "reviews/1/chronology",
    ):
        assert reviewer.get(path).status_code == 404, path
    assert ok(reviewer.get("reviews")) == []
    assert coordinator.get("home-office/queue").status_code == 403
