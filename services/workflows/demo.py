"""Demo data for the embedded mode: a fictional CSP, its agencies and people, one review under way.

Every record is made through the same use cases as the API, so the demo has a real audit trail.
All names are invented.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from sqlalchemy import select

from services.bootstrap import Services
from services.storage.models import Csp, Person
from services.workflows import (
    actions,
    audit_trail,
    decide,
    directory,
    imrs,
    notify,
    overview_recommendations,
    panel,
    subjects,
    terms,
)
from services.workflows.context import Ctx
from services.workflows.principal import load_principal

log = logging.getLogger(__name__)

AGENCIES = [
    ("Demoshire Police", "police"),
    ("Demo District Council", "local_authority"),
    ("Demoshire Integrated Care Board", "integrated_care_board"),
    ("Demo Probation Service", "probation"),
    ("Demo Hospitals NHS Trust", "nhs_trust"),
    ("Demo Domestic Abuse Service", "voluntary_sector"),
]


def seed_once(services: Services, *, imrs: bool = True) -> bool:
    """Seeds the demo unless CSP `DEMO` exists; returns whether it seeded.

    With `imrs`, the review also has two commissioned IMRs and the police IMR's document.
    """
    with services.sessions() as session:
        if session.scalar(select(Csp).where(Csp.code == "DEMO")):
            return False
        admin = Person(name="Demo Administrator", email="admin@demo.local", is_admin=True)
        session.add(admin)
        session.flush()
        audit_trail.append(
            session,
            audit_trail.DIRECTORY_CHAIN,
            None,
            "person.created",
            {"person_id": admin.id, "admin": True},
            services.clock.now(),
        )

        def as_(email: str) -> Ctx:
            person = session.scalar(select(Person).where(Person.email == email))
            return Ctx(
                session,
                load_principal(session, person.id),
                services.clock,
                services.guidance,
                services.documents,
            )

        ids = _directory(as_("admin@demo.local"))
        review_id = _review(as_, ids, services.clock.today())
        if imrs:
            _imrs(as_, ids, review_id, services.clock.today())
            _action_plan(as_, ids, review_id, services.clock.today())
        session.commit()
    log.info("Seeded the demo CSP 'DEMO'")
    return True


def _directory(ctx: Ctx) -> dict[str, int]:
    directory.create_csp(
        ctx,
        {
            "code": "DEMO",
            "name": "Demo Community Safety Partnership",
            "guidance_version": "2016",
            "decision_anchor": "date_of_death",
        },
    )
    agency = {
        name: directory.create_agency(ctx, {"name": name, "kind": kind, "csp": "DEMO"})["id"]
        for name, kind in AGENCIES
    }
    people = [
        ("Casey Hartwell", "coordinator@demo.local", None, "DHR Coordinator", "coordinator", None),
        ("Robin Ellery", "csp-chair@demo.local", None, "Chair, Demo CSP", "chair", None),
        (
            "Morgan Ashdown",
            "chair.ashdown@pool.demo.local",
            None,
            "Independent chair",
            None,
            {"chair": True, "trained_on": "2026-03-10"},
        ),
        (
            "Riley Penhallow",
            "chair.penhallow@pool.demo.local",
            None,
            "Independent chair and overview author",
            None,
            {"chair": True, "overview_author": True, "trained_on": "2025-11-02"},
        ),
        (
            "Det Insp Jamie Okafor",
            "j.okafor@police.demo.local",
            agency["Demoshire Police"],
            "Detective Inspector, Public Protection",
            None,
            None,
        ),
        (
            "Alex Brandt",
            "a.brandt@council.demo.local",
            agency["Demo District Council"],
            "Head of Adult Safeguarding",
            None,
            None,
        ),
        (
            "Det Supt Marion Kells",
            "m.kells@police.demo.local",
            agency["Demoshire Police"],
            "Head of Public Protection",
            None,
            None,
        ),
        (
            "Priya Castell",
            "p.castell@police.demo.local",
            agency["Demoshire Police"],
            "Review Officer, Professional Standards",
            None,
            None,
        ),
        (
            "Lee Haddow",
            "l.haddow@council.demo.local",
            agency["Demo District Council"],
            "Safeguarding Practice Reviewer",
            None,
            None,
        ),
        (
            "Sam Whitlow",
            "s.whitlow@trust.demo.local",
            agency["Demo Hospitals NHS Trust"],
            "Named Nurse, Safeguarding Adults",
            None,
            None,
        ),
    ]
    ids = {}
    for name, email, agency_id, title, role, pool in people:
        if pool and pool.get("trained_on"):
            pool = {**pool, "trained_on": date.fromisoformat(pool["trained_on"])}
        grants = [{"csp": "DEMO", "role": role}] if role else []
        ids[email] = directory.create_person(
            ctx,
            {
                "name": name,
                "email": email,
                "agency_id": agency_id,
                "job_title": title,
                "csp_roles": grants,
                "pool": pool,
            },
        )["id"]
    return {**ids, **{f"agency:{k}": v for k, v in agency.items()}}


def _review(as_, ids: dict[str, int], today) -> int:
    died = today - timedelta(days=75)
    coordinator, csp_chair = as_("coordinator@demo.local"), as_("csp-chair@demo.local")
    review = notify.notify_death(
        coordinator,
        {
            "csp": "DEMO",
            "victim": {
                "name": "Jordan Fernleigh",
                "sex": "female",
                "date_of_birth": died - timedelta(days=34 * 365 + 100),
            },
            "date_of_death": died,
            "relationship": "intimate_partner",
            "notified_on": died + timedelta(days=2),
            "notifying_officer": {"name": "DCI Pat Lowther", "force": "Demoshire Police"},
        },
    )
    rid = review["id"]
    agencies = [v for k, v in ids.items() if k.startswith("agency:")]
    decide.start_scoping(
        coordinator, rid, {"started_on": died + timedelta(days=3), "agency_ids": agencies[:5]}
    )
    decide.decide(
        csp_chair,
        rid,
        {
            "proceed": True,
            "decided_on": died + timedelta(days=20),
            "rationale": "The death appears to meet the statutory definition and several agencies "
            "had contact with the victim in the year before her death.",
            "factors": ["meets_statutory_definition", "agency_contact", "local_partners_consulted"],
        },
    )
    decide.tell_home_office(
        coordinator, rid, {"sent_on": died + timedelta(days=21), "method": "email"}
    )
    panel.appoint_chair(
        csp_chair,
        rid,
        {
            "person_id": ids["chair.ashdown@pool.demo.local"],
            "signed_on": died + timedelta(days=24),
            "appointed_on": died + timedelta(days=24),
            "independence_statement": "I have no connection with any agency taking part in this "
            "review and have not been involved with the victim, the perpetrator or their families.",
        },
    )
    joined = died + timedelta(days=25)
    for email in (
        "j.okafor@police.demo.local",
        "a.brandt@council.demo.local",
        "s.whitlow@trust.demo.local",
    ):
        member = {"person_id": ids[email], "role": "panel_member", "joined_on": joined}
        panel.add_panel_member(coordinator, rid, member)
    author = ids["chair.penhallow@pool.demo.local"]
    panel.add_panel_member(
        coordinator, rid, {"person_id": author, "role": "overview_author", "joined_on": joined}
    )
    panel.establish_panel(coordinator, rid)
    subjects.add_subject(
        coordinator,
        rid,
        {
            "role": "victim",
            "real_name": "Jordan Fernleigh",
            "aliases": ["Jo Fernleigh"],
            "pseudonym": "Ruth",
            "pseudonym_chosen_by": "family",
        },
    )
    subjects.add_subject(
        coordinator,
        rid,
        {"role": "perpetrator", "real_name": "Chris Dunmore", "aliases": [], "pseudonym": "Mark"},
    )
    chair = as_("chair.ashdown@pool.demo.local")
    terms.agree_terms(
        chair,
        rid,
        {
            "period_from": died - timedelta(days=3 * 365),
            "period_to": died,
            "lines_of_enquiry": [
                "What did each agency know of the abuse, and how did it respond?",
                "Was coercive and controlling behaviour recognised and assessed?",
                "How were the victim's wishes and her children's needs taken into account?",
            ],
            "agreed_on": died + timedelta(days=27),
        },
    )
    terms.start_imrs(chair, rid)
    return rid


def _imrs(as_, ids: dict[str, int], rid: int, today: date) -> None:
    """Police: author named, attestation signed, document started. Council: commissioned."""
    chair = as_("chair.ashdown@pool.demo.local")
    due = today + timedelta(days=42)
    police = imrs.commission(
        chair,
        rid,
        {
            "agency_id": ids["agency:Demoshire Police"],
            "senior_manager_id": ids["m.kells@police.demo.local"],
            "due_on": due,
        },
    )
    imrs.commission(
        chair,
        rid,
        {
            "agency_id": ids["agency:Demo District Council"],
            "senior_manager_id": ids["a.brandt@council.demo.local"],
            "due_on": due,
        },
    )
    imrs.name_author(
        as_("m.kells@police.demo.local"),
        police["id"],
        {"person_id": ids["p.castell@police.demo.local"]},
    )
    author = as_("p.castell@police.demo.local")
    imrs.attest(
        author,
        police["id"],
        {
            "not_directly_involved": True,
            "not_line_manager_of_involved_staff": True,
            "signed_on": today,
        },
    )
    imrs.start_document(author, police["id"])


def _action_plan(as_, ids: dict[str, int], rid: int, today: date) -> None:
    """Two emerging recommendations and three draft actions, one still vague, for the Excel pane."""
    author = as_("chair.penhallow@pool.demo.local")
    overview_recommendations.put_recommendations(
        author,
        rid,
        [
            {
                "text": "Every agency trains its front-line staff to recognise coercive control",
                "scope": "local",
            },
            {
                "text": "The CSP publishes a single referral route to the IDVA service",
                "scope": "local",
            },
        ],
    )
    police, council = ids["agency:Demoshire Police"], ids["agency:Demo District Council"]
    for action in (
        {
            "recommendation": "overview:1",
            "action": "Run a two-hour coercive-control course for every response officer",
            "success_measure": "95% of response officers trained; attendance audit to the CSP",
            "lead_agency_id": police,
            "lead_officer": "Det Supt Marion Kells",
            "target_date": today + timedelta(days=270),
            "milestones": [{"on": today + timedelta(days=90), "text": "Course written"}],
            "theme": "training",
        },
        {
            "recommendation": "overview:1",
            "action": "Add coercive control to the housing officers' induction",
            "success_measure": "Induction pack updated; 20 new starters sampled",
            "lead_agency_id": council,
            "lead_officer": "Lee Haddow",
            "target_date": today + timedelta(days=180),
            "milestones": [{"on": today + timedelta(days=60), "text": "Pack drafted"}],
            "theme": "training",
        },
        {
            "recommendation": "overview:2",
            "action": "Consider a referral leaflet",
            "lead_agency_id": council,
            "theme": "referral pathways",
        },
    ):
        actions.add_action(
            author,
            rid,
            {
                "scope": "local",
                "success_measure": "",
                "lead_officer": "",
                "target_date": None,
                "milestones": [],
                **action,
            },
        )
