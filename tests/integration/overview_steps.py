"""Steps shared by the overview-stage and routing tests: three accepted IMRs, the plan, and the
overview and executive summary filled from the template and written by the author."""

from __future__ import annotations

from datetime import date

import pytest

from tests.fakes.hostile import valid_docx
from tests.fakes.imr_docx import event
from tests.fakes.report_docx import author_writes
from tests.integration.helpers import agency_id
from tests.integration.imr_steps import accepted_imr, ok

REVIEW = 1
RECOMMENDATIONS = [
    "Every agency trains its front-line staff to recognise coercive control",
    "The CSP publishes a single referral route to the IDVA service",
    "GP practices ask about domestic abuse at every appointment where injuries are seen",
]


def register_date_of_death(coordinator) -> date:
    """The review's date of death on its register as a sensitive term, written as people do."""
    died = date.fromisoformat(ok(coordinator.get(f"reviews/{REVIEW}"))["date_of_death"])
    ok(
        coordinator.post(
            f"reviews/{REVIEW}/sensitive-terms",
            {"kind": "date_of_death", "term": f"{died.day} {died:%B %Y}"},
        ),
        201,
    )
    return died


def police_events():
    return [
        event("03/04/2024", "Victim reported threats by text message", time="21:40"),
        event("April 2024", "Neighbour called about shouting", source="Command and control"),
        event("12/06/2024", "Victim attended the station with bruising to her arm"),
    ]


def council_events():
    rows = [
        event("12/06/2024", "Victim attended the station with bruising on her arm"),
        event("01/05/2024", "Housing officer visit; rent arrears discussed"),
    ]
    for row in rows:
        row[2] = "Demo District Council"
    return rows


def trust_events():
    rows = [event("02/04/2024", "Emergency department: injury to the wrist", time="03:10")]
    rows[0][2] = "Demo Hospitals NHS Trust"
    return rows


@pytest.fixture
def accepted(api, coordinator):
    trust = agency_id(coordinator, "Demo Hospitals NHS Trust")
    ok(
        coordinator.post(
            "people",
            {"name": "Noor Felsted", "email": "n.felsted@trust.demo.local", "agency_id": trust},
        ),
        201,
    )
    return accept_three(api, coordinator)


def accept_three(api, coordinator) -> list[dict]:
    """The police, council and trust IMRs, each walked to acceptance (the trust's author,
    Noor Felsted, must be in the directory)."""
    made = [
        accepted_imr(
            api,
            coordinator,
            "Demoshire Police",
            "m.kells@police.demo.local",
            "p.castell@police.demo.local",
            police_events(),
            ["Call handlers complete DASH for every report of threats"],
        ),
        accepted_imr(
            api,
            coordinator,
            "Demo District Council",
            "a.brandt@council.demo.local",
            "l.haddow@council.demo.local",
            council_events(),
            ["Housing officers refer tenants disclosing abuse to the IDVA service"],
        ),
        accepted_imr(
            api,
            coordinator,
            "Demo Hospitals NHS Trust",
            "s.whitlow@trust.demo.local",
            "n.felsted@trust.demo.local",
            trust_events(),
            [],
        ),
    ]
    return made


def plan(author, coordinator):
    """Recommendations, a SMART action for each, a family contact and a panel meeting."""
    recs = [{"text": t, "scope": "local"} for t in RECOMMENDATIONS]
    saved = ok(author.put(f"reviews/{REVIEW}/recommendations", {"recommendations": recs}))
    police = agency_id(coordinator, "Demoshire Police")
    refs = [r["ref"] for r in saved["overview"]] + [r["ref"] for r in saved["single_agency"]]
    for ref in refs:
        ok(
            author.post(
                f"reviews/{REVIEW}/actions",
                {
                    "recommendation": ref,
                    "scope": "local",
                    "action": "Run a two-hour course for every front-line officer and audit "
                    "attendance each quarter",
                    "success_measure": "95% of officers trained; audit report to the CSP",
                    "lead_agency_id": police,
                    "lead_officer": "Det Supt Marion Kells",
                    "target_date": "2027-09-30",
                    "milestones": [{"on": "2027-03-31", "text": "Course written"}],
                    "theme": "training",
                },
            ),
            201,
        )
    ok(
        author.post(
            f"reviews/{REVIEW}/family-contacts",
            {
                "name": "Sister of the victim",
                "relationship": "Sister",
                "approached_on": "2026-10-20",
                "method": "letter",
                "advocacy_offered": True,
                "advocacy_provider": "AAFDA",
                "outcome": "took_part",
                "pseudonym_wishes": "Chose the name Ruth",
            },
        ),
        201,
    )
    return refs


def reports(author, chair):
    """The overview and executive summary filled from the review, then written by the author."""
    made = {}
    for kind in ("overview_report", "executive_summary"):
        doc = ok(
            author.send(
                f"reviews/{REVIEW}/documents",
                {"kind": kind, "title": kind},
                (f"{kind}.docx", valid_docx("blank")),
            ),
            201,
        )
        filled = ok(author.post(f"reviews/{REVIEW}/documents/{doc['id']}/render", {}), 201)
        made[kind] = filled
    return made


def write(author, doc: dict, **planted) -> str:
    """The author's next version, written over the version the template filled; its label."""
    current = ok(author.get(f"documents/{doc['id']}"))
    label = doc["current_version"]["label"]
    data = author.get(f"documents/{doc['id']}/versions/{label}/content").data
    saved = ok(
        author.send(
            f"documents/{doc['id']}/versions",
            {"comment": "written"},
            ("report.docx", author_writes(data, **planted)),
            {"If-Match": current["etag"]},
        ),
        201,
    )
    return saved["current_version"]["label"]


def run_check(author, docs, overview_label, summary_label):
    return ok(
        author.post(
            f"reviews/{REVIEW}/checks",
            {
                "overview_document_id": docs["overview_report"]["id"],
                "overview_version": overview_label,
                "executive_summary_document_id": docs["executive_summary"]["id"],
                "executive_summary_version": summary_label,
            },
        ),
        201,
    )
