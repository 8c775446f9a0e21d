"""Demo data for the embedded mode: a fictional CSP, its agencies and people, one review under way.

Every record is made through the same use cases as the API, so the demo has a real audit trail.
All names are invented.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from sqlalchemy import select

from services.bootstrap import Services
from services.seed import demo_contacts, demo_review
from services.storage.models import Csp, Person
from services.workflows.action_plan import actions
from services.workflows.action_plan.requests import ActionRequest
from services.workflows.directory import directory
from services.workflows.directory.principal import load_principal
from services.workflows.directory.requests import CspRoleGrant, Pool
from services.workflows.imrs import reports as imrs
from services.workflows.kernel import audit_trail
from services.workflows.kernel.context import Ctx
from services.workflows.overview import recommendations as overview_recommendations

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
            person = session.scalars(select(Person).where(Person.email == email)).one()
            return Ctx(
                session,
                load_principal(session, person.id),
                services.clock,
                services.guidance,
                services.documents,
            )

        ids = _directory(as_("admin@demo.local"))
        review_id = demo_review.review(as_, ids, services.clock.today())
        if imrs:
            _imrs(as_, ids, review_id, services.clock.today())
            _action_plan(as_, ids, review_id, services.clock.today())
        session.commit()
    log.info("Seeded the demo CSP 'DEMO'")
    return True


# name, email, agency, job title, CSP role, pool membership
PEOPLE = [
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
        "Demoshire Police",
        "Detective Inspector, Public Protection",
        None,
        None,
    ),
    (
        "Alex Brandt",
        "a.brandt@council.demo.local",
        "Demo District Council",
        "Head of Adult Safeguarding",
        None,
        None,
    ),
    (
        "Det Supt Marion Kells",
        "m.kells@police.demo.local",
        "Demoshire Police",
        "Head of Public Protection",
        None,
        None,
    ),
    (
        "Priya Castell",
        "p.castell@police.demo.local",
        "Demoshire Police",
        "Review Officer, Professional Standards",
        None,
        None,
    ),
    (
        "Lee Haddow",
        "l.haddow@council.demo.local",
        "Demo District Council",
        "Safeguarding Practice Reviewer",
        None,
        None,
    ),
    (
        "Sam Whitlow",
        "s.whitlow@trust.demo.local",
        "Demo Hospitals NHS Trust",
        "Named Nurse, Safeguarding Adults",
        None,
        None,
    ),
]


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
        name: directory.create_agency(
            ctx, {"name": name, "kind": kind, "statutory": None, "csp": "DEMO"}
        )["id"]
        for name, kind in AGENCIES
    }
    ids = {}
    for name, email, agency_name, title, role, pool in PEOPLE:
        agency_id = agency[agency_name] if agency_name else None
        in_pool: Pool | None = None
        if pool:
            trained = pool.get("trained_on")
            in_pool = {
                "chair": bool(pool.get("chair")),
                "overview_author": bool(pool.get("overview_author")),
                "trained_on": date.fromisoformat(trained) if trained else None,
            }
        grants: list[CspRoleGrant] = [{"csp": "DEMO", "role": role}] if role else []
        ids[email] = directory.create_person(
            ctx,
            {
                "name": name,
                "email": email,
                "agency_id": agency_id,
                "job_title": title,
                "csp_roles": grants,
                "pool": in_pool,
                "home_office_reviewer": False,
            },
        )["id"]
    demo_contacts.add(ctx, agency, ids)
    return {**ids, **{f"agency:{k}": v for k, v in agency.items()}}


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
    planned: list[ActionRequest] = [
        {
            "recommendation": "overview:1",
            "recommendation_number": None,
            "scope": "local",
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
            "recommendation_number": None,
            "scope": "local",
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
            "recommendation_number": None,
            "scope": "local",
            "action": "Consider a referral leaflet",
            "success_measure": "",
            "lead_agency_id": council,
            "lead_officer": "",
            "target_date": None,
            "milestones": [],
            "theme": "referral pathways",
        },
    ]
    for action in planned:
        actions.add_action(author, rid, action)
