"""Finding 1: access granted to the wrong people. The grant matrix: every role a request can give
on a review (chair, panel member, overview author, IMR author, senior manager) x every kind of
person (the review's CSP, its agencies, another CSP, the pool, removed, administrators, the Home
Office), asked through the HTTP API. What each cell should answer is not written here: it is
asked of the domain rule (services/domain/grants.py) for that caller and that person, so a
route that forgets the rule, or a rule that changes, shows up as a failing cell.

Each cell runs on its own copy of one prepared world, so an allowed grant in one cell never
changes another's answer; a refused cell shows nothing stored.
"""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import create_app
from services.clock import FixedClock
from services.config import Settings
from services.domain.grants import GRANTS, REASONS, Place, grant_refusal, person_visible
from services.seed.demo import seed_once
from services.storage.models import Csp, Imr, Person, ReviewMember
from services.workflows.directory.people import facts_of
from services.workflows.directory.principal import load_principal
from tests.integration.conftest import Api
from tests.integration.helpers import agency_id, decision, notification
from tests.integration.imr_steps import ok

TODAY = date(2026, 11, 26)
DA = "Demo Domestic Abuse Service"
MANAGER = "m.da@da.demo.local"  # the DA service's senior manager in the IMR-author cells
# Every kind of person a grant may name: email -> how they are made (None: the demo has them).
PEOPLE = {
    "officer of the CSP's agency": "o.da@da.demo.local",
    "officer of another agency of the CSP": "a.brandt@council.demo.local",
    "CSP coordinator (no agency)": "coordinator@demo.local",
    "pool chair": "pool.chair@pool.demo.local",
    "pool overview author": "pool.author@pool.demo.local",
    "independent, not in the pool": "indie@nowhere.demo.local",
    "officer of another CSP": "officer@othr.local",
    "coordinator of another CSP": "coordinator@othr.local",
    "removed officer of the CSP": "gone@da.demo.local",
    "removed pool chair": "gone.chair@pool.demo.local",
    "administrator": "admin@demo.local",
    "administrator working for an agency of the CSP": "it.admin@da.demo.local",
    "Home Office reviewer": "s.quinton@homeoffice.gov.uk",
    "Home Office reviewer seconded to an agency of the CSP": "ho.da@da.demo.local",
}


@dataclass
class World:
    folder: Path  # the prepared database and data folder, copied for each cell
    review: int  # a fresh review (no agencies yet) where chairs and members are named
    ids: dict  # email -> person id


def _prepare(folder: Path, sqlite_template: Path) -> World:
    shutil.copy(sqlite_template, folder / "dhr.sqlite3")
    app = _app(folder)
    seed_once(app.extensions["dhr"], imrs=False)
    api = Api(app.test_client())
    admin, coordinator = api.as_("admin@demo.local"), api.as_("coordinator@demo.local")
    ok(admin.post("csps", {"code": "OTHR", "name": "Other CSP"}), 201)
    othr = ok(
        admin.post("agencies", {"name": "Othershire Police", "kind": "police", "csp": "OTHR"}), 201
    )
    da = agency_id(coordinator, DA)
    for body, by in (
        (
            {
                "name": "Olu Other",
                "email": "coordinator@othr.local",
                "csp_roles": [{"csp": "OTHR", "role": "coordinator"}],
            },
            admin,
        ),
        ({"name": "Oona Officer", "email": "officer@othr.local", "agency_id": othr["id"]}, admin),
        (
            {
                "name": "Sam Quinton",
                "email": "s.quinton@homeoffice.gov.uk",
                "home_office_reviewer": True,
            },
            admin,
        ),
        (
            {
                "name": "Hal Seconded",
                "email": "ho.da@da.demo.local",
                "agency_id": da,
                "home_office_reviewer": True,
            },
            admin,
        ),
        ({"name": "Dee Officer", "email": "o.da@da.demo.local", "agency_id": da}, coordinator),
        ({"name": "Max Manager", "email": MANAGER, "agency_id": da}, coordinator),
        ({"name": "Gail Gone", "email": "gone@da.demo.local", "agency_id": da}, coordinator),
        ({"name": "Ivo Admin", "email": "it.admin@da.demo.local", "agency_id": da}, coordinator),
        (
            {"name": "Pat Pool", "email": "pool.chair@pool.demo.local", "pool": {"chair": True}},
            coordinator,
        ),
        (
            {
                "name": "Ari Author",
                "email": "pool.author@pool.demo.local",
                "pool": {"overview_author": True},
            },
            coordinator,
        ),
        (
            {"name": "Gene Gone", "email": "gone.chair@pool.demo.local", "pool": {"chair": True}},
            coordinator,
        ),
        ({"name": "Indy Pendent", "email": "indie@nowhere.demo.local"}, coordinator),
    ):
        ok(by.post("people", body), 201)
    services = app.extensions["dhr"]
    with services.sessions() as session:
        ids = {p.email: p.id for p in session.scalars(select(Person))}
        session.get(Person, ids["it.admin@da.demo.local"]).is_admin = True  # no route makes one
        session.commit()
    for email in ("gone@da.demo.local", "gone.chair@pool.demo.local"):
        ok(admin.delete(f"people/{ids[email]}"))
    review = ok(coordinator.post("reviews", notification()), 201)["id"]
    ok(api.as_("csp-chair@demo.local").post(f"reviews/{review}/decision", decision()), 201)
    services.engine.dispose()
    return World(folder, review, ids)


def _app(folder: Path):
    settings = Settings(
        data_dir=folder / "data", database_url=f"sqlite:///{folder / 'dhr.sqlite3'}", tls=False
    )
    return create_app(settings, clock=FixedClock(TODAY))


@pytest.fixture(scope="module")
def world(tmp_path_factory, sqlite_template):
    return _prepare(tmp_path_factory.mktemp("grants"), sqlite_template)


@pytest.fixture
def cell_app(world, tmp_path):
    """A copy of the prepared world for one cell."""
    shutil.copy(world.folder / "dhr.sqlite3", tmp_path / "dhr.sqlite3")
    shutil.copytree(world.folder / "data", tmp_path / "data")
    app = _app(tmp_path)
    yield app
    app.extensions["dhr"].engine.dispose()


# -- the requests: role -> (caller, field, request, where the role would be held) ------------


def _chair(api, world, person_id):
    return api.as_("coordinator@demo.local").put(
        f"reviews/{world.review}/chair",
        {
            "person_id": person_id,
            "independence_statement": "I am independent.",
            "signed_on": "2026-11-20",
        },
    )


def _member(role):
    def request(api, world, person_id):
        return api.as_("coordinator@demo.local").post(
            f"reviews/{world.review}/panel-members", {"person_id": person_id, "role": role}
        )

    return request


def _commission(api, manager_id):
    coordinator = api.as_("coordinator@demo.local")
    return api.as_("chair.ashdown@pool.demo.local").post(
        "reviews/1/imrs",
        {
            "agency_id": agency_id(coordinator, DA),
            "senior_manager_id": manager_id,
            "due_on": "2027-01-15",
        },
    )


def _senior_manager(api, world, person_id):
    return _commission(api, person_id)


def _imr_author(api, world, person_id):
    imr = ok(_commission(api, world.ids[MANAGER]), 201)
    return api.as_(MANAGER).put(f"imrs/{imr['id']}/author", {"person_id": person_id})


REQUESTS = {
    "chair": ("coordinator@demo.local", "person_id", _chair),
    "panel_member": ("coordinator@demo.local", "person_id", _member("panel_member")),
    "overview_author": ("coordinator@demo.local", "person_id", _member("overview_author")),
    "senior_manager": ("chair.ashdown@pool.demo.local", "senior_manager_id", _senior_manager),
    "imr_author": (MANAGER, "person_id", _imr_author),
}
MATRIX = [(role, kind) for role in REQUESTS for kind in PEOPLE]
OUTCOMES: Counter = Counter()


def expected(app, world, role: str, email: str) -> str:
    """'granted', 'not found', or the reason code, as the domain decides for this caller."""
    caller_email = REQUESTS[role][0]
    with app.extensions["dhr"].sessions() as session:
        caller = session.scalar(select(Person).where(Person.email == caller_email))
        me = load_principal(session, caller.id)
        facts = facts_of(session, session.get(Person, world.ids[email]))
        csp_id = session.scalar(select(Csp.id).where(Csp.code == "DEMO"))  # every grant's CSP
        if not person_visible(me, facts, csp_id):
            return "not found"
        agency = session.get(Person, world.ids[MANAGER]).agency_id
        place = Place(csp_id, agency if GRANTS[role].home == "agency" else None)
        return grant_refusal(role, facts, place) or "granted"


def stored(app, role: str, person_id: int) -> int:
    with app.extensions["dhr"].sessions() as session:
        if role in ("chair", "panel_member", "overview_author"):
            query = select(func.count()).where(
                ReviewMember.person_id == person_id, ReviewMember.role == role
            )
        elif role == "senior_manager":
            query = select(func.count()).where(Imr.senior_manager_id == person_id)
        else:
            query = select(func.count()).where(Imr.author_id == person_id)
        return session.scalar(query)


@pytest.mark.parametrize(("role", "kind"), MATRIX, ids=[f"{r} | {k}" for r, k in MATRIX])
def test_grant_cell(cell_app, world, role, kind):
    email = PEOPLE[kind]
    person_id = world.ids[email]
    want = expected(cell_app, world, role, email)
    before = stored(cell_app, role, person_id)
    _caller, field, request = REQUESTS[role]
    response = request(Api(cell_app.test_client()), world, person_id)
    body = response.get_json()
    if want == "granted":
        assert 200 <= response.status_code < 300, body
        assert stored(cell_app, role, person_id) == before + 1
    else:
        status = 404 if want == "not found" else 422
        assert response.status_code == status, body
        errors = {e["field"]: e["message"] for e in body.get("errors", [])}
        assert field in errors, body
        if want != "not found":
            assert errors[field] == REASONS[want]
        assert stored(cell_app, role, person_id) == before  # nothing stored
    OUTCOMES[want] += 1


def test_the_matrix_has_every_answer(world, tmp_path):
    """Both a grant and each kind of refusal occur, so the matrix can fail either way."""
    app = _app_copy(world, tmp_path)
    try:
        answers = {expected(app, world, r, PEOPLE[k]) for r, k in MATRIX}
    finally:
        app.extensions["dhr"].engine.dispose()
    assert answers == {"granted", "not found", *REASONS}


def _app_copy(world, folder):
    shutil.copy(world.folder / "dhr.sqlite3", folder / "dhr.sqlite3")
    shutil.copytree(world.folder / "data", folder / "data")
    return _app(folder)


def test_an_unknown_id_and_an_invisible_one_get_the_same_answer(cell_app, world):
    api = Api(cell_app.test_client())
    unknown = _member("panel_member")(api, world, 2_000_000)
    outsider = _member("panel_member")(api, world, world.ids["officer@othr.local"])
    assert unknown.status_code == outsider.status_code == 404
    assert unknown.get_json() == outsider.get_json()
