"""One review walked as each person in turn, every id found through a GET route: the steps up
to three accepted IMRs (notification, decision, panel, terms, IMRs)."""

from __future__ import annotations

from tests.fakes.imr_docx import author_edits
from tests.integration.helpers import notification
from tests.integration.imr_steps import ALL_CHECKS, ok
from tests.integration.overview_steps import council_events, police_events, trust_events

DIED = "2026-09-12"
COORDINATOR, CSP_CHAIR = "coordinator@demo.local", "csp-chair@demo.local"
CHAIR, AUTHOR = "chair.ashdown@pool.demo.local", "chair.penhallow@pool.demo.local"
IMRS = (  # agency, senior manager, author, rows, recommendations
    ("Demoshire Police", "m.kells@police.demo.local", "p.castell@police.demo.local",
     police_events, ["Call handlers complete DASH for every report of threats"]),
    ("Demo District Council", "a.brandt@council.demo.local", "l.haddow@council.demo.local",
     council_events, ["Housing officers refer tenants disclosing abuse to the IDVA service"]),
    ("Demo Hospitals NHS Trust", "s.whitlow@trust.demo.local", "n.felsted@trust.demo.local",
     trust_events, []),
)  # fmt: skip


def case_file(caller, rid: int) -> dict:
    return ok(caller.get(f"reviews/{rid}/case-file"))


def review_id(caller, reference: str) -> int:
    """Anyone who may see the review finds it in their list by its reference."""
    return next(r["id"] for r in ok(caller.get("reviews")) if r["reference"] == reference)


def person(caller, email: str) -> int:
    return next(p["id"] for p in ok(caller.get("people")) if p["email"] == email)


def agency(caller, name: str) -> int:
    return next(a["id"] for a in ok(caller.get("agencies")) if a["name"] == name)


def notified(api, **more) -> str:
    coordinator = api.as_(COORDINATOR)
    body = notification(
        victim={"name": "Dana Quillfeather", "sex": "female", "date_of_birth": "1990-05-01"},
        date_of_death=DIED,
        notified_on="2026-09-14",
        **more,
    )
    made = coordinator.post("reviews", body)
    assert made.status_code == 201, made.json
    return made.json["reference"]


def decided(api, rid: int) -> None:
    coordinator, csp_chair = api.as_(COORDINATOR), api.as_(CSP_CHAIR)
    agencies = [agency(coordinator, name) for name, *_ in IMRS]
    ok(
        coordinator.post(
            f"reviews/{rid}/scoping", {"started_on": "2026-09-15", "agency_ids": agencies}
        )
    )
    assert "decide" in case_file(csp_chair, rid)["review"]["allowed_actions"]
    ok(
        csp_chair.post(
            f"reviews/{rid}/decision",
            {
                "proceed": True,
                "decided_on": "2026-10-02",
                "rationale": "Meets the definition; agencies had contact.",
                "factors": ["meets_statutory_definition", "agency_contact"],
                "child_review_arrangement": None,
            },
        ),
        201,
    )
    before = case_file(coordinator, rid)
    assert before["decisions"][0]["allowed_actions"] == ["record_home_office_notification"]
    ok(
        coordinator.post(
            f"reviews/{rid}/home-office-notifications", {"sent_on": "2026-10-03", "method": "email"}
        ),
        201,
    )
    after = case_file(coordinator, rid)
    assert after["decisions"][0]["home_office_notification"]["sent_on"] == "2026-10-03"
    assert "record_home_office_notification" not in after["review"]["allowed_actions"]
    assert after["review"]["deadlines"]["home_office_notification"]["met_on"] == "2026-10-03"
    assert after["review"]["deadlines"]["decision"]["met_on"] == "2026-10-02"


def panel_and_terms(api, rid: int) -> None:
    coordinator, csp_chair = api.as_(COORDINATOR), api.as_(CSP_CHAIR)
    ok(
        csp_chair.put(
            f"reviews/{rid}/chair",
            {
                "person_id": person(coordinator, CHAIR),
                "signed_on": "2026-10-06",
                "appointed_on": "2026-10-06",
                "independence_statement": "No connection with any agency taking part.",
            },
        )
    )
    for email in ("j.okafor@police.demo.local", "a.brandt@council.demo.local"):
        ok(
            coordinator.post(
                f"reviews/{rid}/panel-members", {"person_id": person(coordinator, email)}
            ),
            201,
        )
    ok(
        coordinator.post(
            f"reviews/{rid}/panel-members",
            {"person_id": person(coordinator, AUTHOR), "role": "overview_author"},
        ),
        201,
    )
    ok(coordinator.post(f"reviews/{rid}/panel/establish"))
    for subject in (
        {
            "role": "victim",
            "real_name": "Dana Quillfeather",
            "pseudonym": "Ruth",
            "pseudonym_chosen_by": "family",
        },
        {"role": "perpetrator", "real_name": "Owen Tarrant", "pseudonym": "Mark"},
    ):
        ok(coordinator.post(f"reviews/{rid}/subjects", subject), 201)
    chair = api.as_(CHAIR)
    seen = case_file(chair, rid)
    assert seen["chair"]["person_id"] == person(coordinator, CHAIR)
    assert {m["role"] for m in seen["panel_members"]} == {"panel_member", "overview_author"}
    ok(
        chair.put(
            f"reviews/{rid}/terms-of-reference",
            {
                "period_from": "2023-09-12",
                "period_to": DIED,
                "lines_of_enquiry": ["What did each agency know of the abuse?"],
                "agreed_on": "2026-10-09",
            },
        )
    )
    ok(chair.post(f"reviews/{rid}/imrs/start"))


def imrs_accepted(api, rid: int) -> None:
    coordinator, chair = api.as_(COORDINATOR), api.as_(CHAIR)
    trust = agency(coordinator, "Demo Hospitals NHS Trust")
    ok(
        coordinator.post(
            "people",
            {"name": "Noor Felsted", "email": "n.felsted@trust.demo.local", "agency_id": trust},
        ),
        201,
    )
    for name, manager, _author, _rows, _recs in IMRS:
        ok(
            chair.post(
                f"reviews/{rid}/imrs",
                {
                    "agency_id": agency(coordinator, name),
                    "senior_manager_id": person(coordinator, manager),
                    "due_on": "2027-01-15",
                },
            ),
            201,
        )
    for name, manager, author, rows, recs in IMRS:
        _imr_written(api, rid, name, manager, author, rows(), recs)
    listed = case_file(chair, rid)["imrs"]
    assert [(i["agency"]["name"], i["state"]) for i in listed] == [
        (n, "accepted") for n, *_ in IMRS
    ]


def _imr_written(api, rid, name, manager_email, author_email, rows, recs) -> None:
    """The senior manager and the author find their IMR in GET /imrs (their own list)."""
    coordinator, chair = api.as_(COORDINATOR), api.as_(CHAIR)
    boss, writer = api.as_(manager_email), api.as_(author_email)
    [mine] = [i for i in ok(boss.get("imrs")) if i["review"]["id"] == rid]
    assert mine["agency"]["name"] == name and "name_author" in mine["allowed_actions"]
    ok(boss.put(f"imrs/{mine['id']}/author", {"person_id": person(coordinator, author_email)}))
    [imr] = [i for i in ok(writer.get("imrs")) if i["review"]["id"] == rid]
    attestation = {
        "not_directly_involved": True,
        "not_line_manager_of_involved_staff": True,
        "signed_on": "2026-11-20",
    }
    ok(writer.post(f"imrs/{imr['id']}/attestation", attestation))
    ok(writer.post(f"imrs/{imr['id']}/document"), 201)
    doc = ok(writer.get(f"imrs/{imr['id']}"))["document"]
    first = writer.get(f"documents/{doc['id']}/versions/0.1/content").data
    saved = writer.send(
        f"documents/{doc['id']}/versions",
        {"comment": "written"},
        ("IMR.docx", author_edits(first, rows, recs)),
        {"If-Match": doc["etag"]},
    )
    ok(saved, 201)
    ok(writer.post(f"imrs/{imr['id']}/submissions", {"version": "0.2"}), 201)
    decision = {
        "decision": "approve",
        "qa_checks": ALL_CHECKS,
        "agency_accepts_recommendations": True,
    }
    ok(boss.post(f"imrs/{imr['id']}/qa-decision", decision))
    [waiting] = [i for i in case_file(chair, rid)["imrs"] if i["id"] == imr["id"]]
    assert waiting["state"] == "approved" and "accept" in waiting["allowed_actions"]
    ok(chair.post(f"imrs/{waiting['id']}/acceptance", {"decision": "accept"}))
