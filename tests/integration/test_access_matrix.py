"""The access matrix (docs/rules.md, access rules): every role, object kind and verb, through
HTTP, across two CSPs and two agencies. What each cell should answer is not written here: it is
asked of the policy itself (`services/domain/access.py`) for that person, so a route that
forgets its check fails, and a new role or permission extends the matrix. Allowed cells answer
2xx; every other cell answers 404 (the thing does not exist for them) or 403, and leaves a
refusal on record.

The cleared report and the published pack live in a second world, walked to publication (it
needs LibreOffice). Not in the matrix: decisions that only make sense in one state of a review
(the CSP's decision, sign-offs, clearance, building a publication); test_signoff_routing and
test_publication cover those routes.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from app import create_app
from services.clock import FixedClock
from services.config import Settings
from services.documents.pdf import available
from services.domain import access
from services.seed.demo import seed_once
from services.storage.models import Imr, Person, Refusal, Review
from services.workflows.directory.principal import load_principal
from services.workflows.kernel.imr_access import facts
from tests.fakes.hostile import valid_docx
from tests.integration.conftest import Api
from tests.integration.helpers import agency_id
from tests.integration.imr_steps import accepted_imr, ok, started_imr
from tests.integration.overview_steps import accept_three, plan, police_events, reports
from tests.integration.routing_steps import cleared

ROLES = {
    "CSP coordinator": "coordinator@demo.local",
    "CSP chair": "csp-chair@demo.local",
    "review chair": "chair.ashdown@pool.demo.local",
    "overview author": "chair.penhallow@pool.demo.local",
    "panel member": "j.okafor@police.demo.local",
    "agency senior manager": "a.brandt@council.demo.local",
    "IMR author": "n.felsted@trust.demo.local",
    "Home Office reviewer": "s.quinton@homeoffice.gov.uk",
    "auditor": "a.ledger@demo.local",
    "other CSP's coordinator": "coordinator@othr.local",
}
NOTIFICATION = {
    "victim": {"name": "Matrix Victim", "sex": "female", "age": 40},
    "date_of_death": "2026-10-01",
    "relationship": "intimate_partner",
    "notified_on": "2026-10-02",
    "notifying_officer": {"name": "DS Matrix", "force": "Demoshire Police"},
}


@dataclass
class World:
    api: Api
    app: object
    reviews: dict  # "R1" (CSP DEMO), "R2" (CSP OTHR) -> review id
    imrs: dict  # draft (trust, in progress), submitted (council), accepted (police) -> id
    documents: dict  # overview draft, IMR documents -> {id, label}
    action_id: int
    chronology_row: int


def _people(tmp_path, sqlite_template):
    """A service with the demo, a second CSP with its own review, and everyone in ROLES."""
    database = tmp_path / "matrix.sqlite3"
    shutil.copy(sqlite_template, database)
    settings = Settings(data_dir=tmp_path / "d", database_url=f"sqlite:///{database}", tls=False)
    app = create_app(settings, clock=FixedClock(date(2026, 11, 26)))
    seed_once(app.extensions["dhr"], imrs=False)
    api = Api(app.test_client())
    admin, coordinator = api.as_("admin@demo.local"), api.as_("coordinator@demo.local")
    ok(admin.post("csps", {"code": "OTHR", "name": "Other CSP"}), 201)
    ok(admin.post("agencies", {"name": "Othershire Police", "kind": "police", "csp": "OTHR"}), 201)
    for body in (
        {
            "name": "Olu Other",
            "email": ROLES["other CSP's coordinator"],
            "csp_roles": [{"csp": "OTHR", "role": "coordinator"}],
        },
        {
            "name": "Sam Quinton",
            "email": ROLES["Home Office reviewer"],
            "home_office_reviewer": True,
        },
        {
            "name": "Ada Ledger",
            "email": ROLES["auditor"],
            "csp_roles": [{"csp": "DEMO", "role": "auditor"}],
        },
    ):
        ok(admin.post("people", body), 201)
    trust = agency_id(coordinator, "Demo Hospitals NHS Trust")
    ok(
        coordinator.post(
            "people", {"name": "Noor Felsted", "email": ROLES["IMR author"], "agency_id": trust}
        ),
        201,
    )
    other = ok(
        api.as_(ROLES["other CSP's coordinator"]).post("reviews", {**NOTIFICATION, "csp": "OTHR"}),
        201,
    )
    return app, api, coordinator, other["id"]


def _world(tmp_path, sqlite_template) -> World:
    app, api, coordinator, other_review = _people(tmp_path, sqlite_template)
    chair = api.as_(ROLES["review chair"])
    author = api.as_(ROLES["overview author"])
    other = {"id": other_review}

    police = accepted_imr(
        api,
        coordinator,
        "Demoshire Police",
        "m.kells@police.demo.local",
        "p.castell@police.demo.local",
        police_events(),
        ["Call handlers complete DASH"],
    )
    council, _doc = started_imr(
        api,
        coordinator,
        "Demo District Council",
        "a.brandt@council.demo.local",
        "l.haddow@council.demo.local",
    )
    ok(
        api.as_("l.haddow@council.demo.local").post(
            f"imrs/{council['id']}/submissions", {"version": "0.1"}
        ),
        201,
    )
    draft, _doc = started_imr(
        api,
        coordinator,
        "Demo Hospitals NHS Trust",
        "s.whitlow@trust.demo.local",
        ROLES["IMR author"],
    )
    plan(author, coordinator)
    docs = reports(author, chair)
    row = ok(chair.get("reviews/1/chronology"))[0]["id"]
    action = ok(author.get("reviews/1/actions"))[0]["id"]
    police_view = ok(chair.get(f"imrs/{police['id']}"))
    return World(
        api=api,
        app=app,
        reviews={"R1": 1, "R2": other["id"]},
        imrs={"draft": draft["id"], "submitted": council["id"], "accepted": police["id"]},
        documents={
            "overview": {"id": docs["overview_report"]["id"]},
            "draft": {"id": ok(chair.get(f"imrs/{draft['id']}"))["document"]["id"], "label": "0.1"},
            "accepted": {
                "id": police_view["document"]["id"],
                "label": police_view["accepted_version"]["label"],
            },
        },
        action_id=action,
        chronology_row=row,
    )


# -- the cells: (object kind, verb, target) -> the request, and the policy question it asks --


def _etag(world, doc_id):
    return ok(world.api.as_(ROLES["review chair"]).get(f"documents/{doc_id}"))["etag"]


def _action_etag(world):
    return ok(world.api.as_(ROLES["review chair"]).get(f"actions/{world.action_id}"))["etag"]


CELLS = []


def cell(kind, verb, target, policy):
    def register(request):
        CELLS.append((kind, verb, target, policy, request))
        return request

    return register


for R in ("R1", "R2"):
    cell("review", "list", R, ("listed", "view_review"))(lambda c, w, R=R: c.get("reviews"))
    cell("review", "read", R, ("review", "view_review"))(
        lambda c, w, R=R: c.get(f"reviews/{w.reviews[R]}")
    )
    cell("review", "create", R, ("csp", "create_review"))(
        lambda c, w, R=R: c.post(
            "reviews", {**NOTIFICATION, "csp": "DEMO" if R == "R1" else "OTHR"}
        )
    )
    cell("review", "update", R, ("review", "log_parallel_proceeding"))(
        lambda c, w, R=R: c.post(
            f"reviews/{w.reviews[R]}/parallel-proceedings",
            {"kind": "inquest", "description": "Inquest opened and adjourned"},
        )
    )
    cell("chronology", "read", R, ("review", "view_chronology"))(
        lambda c, w, R=R: c.get(f"reviews/{w.reviews[R]}/chronology")
    )
    cell("chronology", "download", R, ("review", "view_chronology"))(
        lambda c, w, R=R: c.get(f"reviews/{w.reviews[R]}/chronology?format=xlsx")
    )
    cell("chronology", "update", R, ("review", "annotate_chronology"))(
        lambda c, w, R=R: c.patch(
            f"reviews/{w.reviews[R]}/chronology/{w.chronology_row}", {"note": "Seen by the panel"}
        )
    )
    cell("action plan", "list", R, ("review", "view_review"))(
        lambda c, w, R=R: c.get(f"reviews/{w.reviews[R]}/actions")
    )
    cell("action plan", "download", R, ("review", "view_review"))(
        lambda c, w, R=R: c.get(f"reviews/{w.reviews[R]}/action-plan?format=xlsx")
    )
    cell("audit log", "read", R, ("review", "view_audit"))(
        lambda c, w, R=R: c.get(f"reviews/{w.reviews[R]}/audit")
    )
    cell("audit log", "download", R, ("review", "export_access_log"))(
        lambda c, w, R=R: c.get(f"audit/export?review={w.reviews[R]}")
    )
    cell("case file", "read", R, ("review", "view_case_file"))(
        lambda c, w, R=R: c.get(f"reviews/{w.reviews[R]}/case-file")
    )
    cell("case file", "list", R, ("review", "view_review"))(
        lambda c, w, R=R: c.get(f"reviews/{w.reviews[R]}/feedback-items")
    )

# Only the first review has recommendations for an action to deliver.
cell("action plan", "create", "R1", ("review", "edit_actions"))(
    lambda c, w: c.post(
        "reviews/1/actions",
        {
            "recommendation": "overview:1",
            "scope": "local",
            "action": "Publish the referral route on the council website",
        },
    )
)
cell("action plan", "update", "R1", ("action", "all fields"))(
    lambda c, w: c.patch(
        f"actions/{w.action_id}",
        {"lead_officer": "Det Supt Marion Kells"},
        headers={"If-Match": _action_etag(w)},
    )
)
cell("overview draft", "read", "R1", ("review", "view_documents"))(
    lambda c, w: c.get(f"documents/{w.documents['overview']['id']}")
)
cell("overview draft", "download", "R1", ("review", "view_documents"))(
    lambda c, w: c.get(f"documents/{w.documents['overview']['id']}/versions/0.1/content")
)
cell("overview draft", "create", "R1", ("review", "create_document"))(
    lambda c, w: c.send(
        "reviews/1/documents",
        {"kind": "other", "title": "Notes"},
        ("notes.docx", valid_docx("Notes")),
    )
)
cell("overview draft", "update", "R1", ("review", "save_document"))(
    lambda c, w: c.send(
        f"documents/{w.documents['overview']['id']}/versions",
        {"comment": "edit"},
        ("overview.docx", valid_docx("Overview")),
        {"If-Match": _etag(w, w.documents["overview"]["id"])},
    )
)
cell("IMR draft", "read", "R1", ("imr:draft", "view_imr"))(
    lambda c, w: c.get(f"imrs/{w.imrs['draft']}")
)
cell("IMR draft", "list", "R1", ("imr-listed:draft", "view_imr"))(
    lambda c, w: c.get("reviews/1/imrs")
)
cell("IMR draft", "update", "R1", ("imr:draft", "edit_imr"))(
    lambda c, w: c.put(f"imrs/{w.imrs['draft']}/chronology", {"rows": []})
)
cell("IMR draft", "download", "R1", ("imr:draft", "view_imr"))(
    lambda c, w: c.get(f"documents/{w.documents['draft']['id']}/versions/0.1/content")
)
cell("IMR draft", "decide", "R1", ("imr:submitted", "qa_imr"))(
    lambda c, w: c.post(
        f"imrs/{w.imrs['submitted']}/qa-decision",
        {"decision": "return", "comments": "Please analyse, not describe"},
    )
)
cell("IMR accepted", "read", "R1", ("imr:accepted", "view_imr"))(
    lambda c, w: c.get(f"imrs/{w.imrs['accepted']}")
)
cell("IMR accepted", "download", "R1", ("imr:accepted", "view_imr"))(
    lambda c, w: c.get(
        f"documents/{w.documents['accepted']['id']}/versions/{w.documents['accepted']['label']}/content"
    )
)


def expected(world, email: str, target: str, policy: tuple) -> str:
    """'allowed', or 'refused' (404 or 403), as the policy decides for this person."""
    with world.app.extensions["dhr"].sessions() as session:
        person = session.scalar(select(Person).where(Person.email == email))
        me = load_principal(session, person.id)
        scope, action = policy
        review = session.get(Review, world.reviews[target])
        if scope in ("review", "listed"):
            if action in access.AUDIT_ONLY:
                return "allowed" if access.can(me, action, review.csp_id, review.id) else "refused"
            visible = access.can(me, "view_review", review.csp_id, review.id)
            return (
                "allowed"
                if visible and access.can(me, action, review.csp_id, review.id)
                else "refused"
            )
        if scope == "csp":
            return "allowed" if access.can(me, action, review.csp_id) else "refused"
        if scope == "action":  # the lead officer is the plan, not progress: all fields needed
            edit = access.action_edit_scope(me, review.csp_id, review.id, own_agency_leads=True)
            return "allowed" if edit == access.ALL_FIELDS else "refused"
        which = scope.split(":", 1)[1]
        imr = session.get(Imr, world.imrs[which])
        seen = access.imr_visibility(me, facts(imr, review))
        if scope.startswith("imr-listed"):
            listed = (
                access.can(me, "view_review", review.csp_id, review.id)
                or review.id in me.imr_reviews
            )
            return "allowed" if listed and seen else "refused"
        if seen is None:
            return "refused"
        if action == "view_imr":
            return "allowed"
        permitted = access.imr_roles(me, facts(imr, review)) & access.IMR_PERMISSIONS[action]
        return "allowed" if permitted else "refused"


@pytest.fixture(scope="module")
def world(tmp_path_factory, sqlite_template):
    made = _world(tmp_path_factory.mktemp("matrix"), sqlite_template)
    yield made
    made.app.extensions["dhr"].engine.dispose()


def refusals(world, email: str) -> int:
    with world.app.extensions["dhr"].sessions() as session:
        person = session.scalar(select(Person).where(Person.email == email))
        return session.scalar(select(func.count()).where(Refusal.person_id == person.id))


MATRIX = [
    (role, kind, verb, target, policy, request)
    for role in ROLES
    for (kind, verb, target, policy, request) in CELLS
]
OUTCOMES: Counter = Counter()  # printed at the end of the run by tests/conftest.py


def summary() -> str:
    cells = len(MATRIX) + len(PUBLISHED)
    requests = len(CELLS) + len(PUBLISHED_CELLS)
    return (
        f"access matrix: {cells} cells ({len(ROLES)} roles x {requests} requests over "
        f"10 object kinds and 6 verbs, two CSPs, two agencies): {OUTCOMES['allowed']} allowed, "
        f"{OUTCOMES['refused']} refused and on record, {OUTCOMES['failed']} failed"
    )


@pytest.mark.parametrize(
    ("role", "kind", "verb", "target", "policy", "request_"),
    MATRIX,
    ids=[f"{r} | {k} | {v} | {t}" for r, k, v, t, _p, _q in MATRIX],
)
def test_cell(world, role, kind, verb, target, policy, request_):
    email = ROLES[role]
    want = expected(world, email, target, policy)
    OUTCOMES["failed"] += 1  # until the cell's assertions pass
    _check(world, email, want, target, policy, request_)
    OUTCOMES["failed"] -= 1
    OUTCOMES[want] += 1


def _check(world, email, want, target, policy, request_):
    before = refusals(world, email)
    response = request_(world.api.as_(email), world)
    if policy[0] in ("listed", "imr-listed:draft"):
        shown = response.status_code == 200 and any(
            item["id"] == (world.reviews[target] if policy[0] == "listed" else world.imrs["draft"])
            for item in response.json
        )
        assert shown == (want == "allowed"), (response.status_code, response.json)
        return
    if want == "allowed":
        assert 200 <= response.status_code < 300, (response.status_code, response.get_json())
    else:
        assert response.status_code in (403, 404), (response.status_code, response.get_json())
        assert refusals(world, email) == before + 1  # the refusal is on record


def test_the_matrix_covers_every_role_object_kind_and_verb():
    kinds = {kind for _r, kind, *_ in MATRIX} | {kind for _r, kind, *_ in PUBLISHED}
    verbs = {verb for _r, _k, verb, *_ in MATRIX}
    assert len({r for r, *_ in MATRIX}) == len(ROLES) == 10
    assert kinds == {
        "review",
        "IMR draft",
        "IMR accepted",
        "chronology",
        "overview draft",
        "cleared report",
        "published pack",
        "action plan",
        "audit log",
        "case file",
    }
    assert verbs == {"list", "read", "create", "update", "decide", "download"}


def test_the_matrix_has_both_answers_in_every_object_kind(world):
    for kind in {k for _r, k, *_ in MATRIX}:
        answers = {expected(world, ROLES[r], t, p) for r, k, _v, t, p, _q in MATRIX if k == kind}
        assert answers == {"allowed", "refused"}, kind


# -- the cleared report and the published pack: a second world, walked to publication ----------


@dataclass
class Published:
    api: Api
    app: object
    reviews: dict
    overview: dict  # {id, label}: the cleared version
    pdf_path: str


def _published(tmp_path, sqlite_template) -> Published:
    app, api, coordinator, other = _people(tmp_path, sqlite_template)
    accept_three(api, coordinator)
    docs = cleared(api, coordinator)
    built = ok(coordinator.post("reviews/1/publication"), 201)
    ok(api.as_("csp-chair@demo.local").post(f"reviews/1/publication/{built['id']}/confirm"))
    overview = ok(coordinator.get(f"documents/{docs['overview_report']['id']}"))
    files = ok(coordinator.get("reviews/1/publication"))[0]["files"]
    return Published(
        api=api,
        app=app,
        reviews={"R1": 1, "R2": other},
        overview={"id": overview["id"], "label": overview["current_version"]["label"]},
        pdf_path=urlsplit(files[0]["url"]).path,
    )


PUBLISHED_CELLS = [
    (
        "cleared report",
        "read",
        ("cleared", "view_documents"),
        lambda c, w: c.get(f"documents/{w.overview['id']}"),
    ),
    (
        "cleared report",
        "download",
        ("cleared", "view_documents"),
        lambda c, w: c.get(f"documents/{w.overview['id']}/versions/{w.overview['label']}/content"),
    ),
    (
        "published pack",
        "list",
        ("review", "view_review"),
        lambda c, w: c.get("reviews/1/publication"),
    ),
    ("published pack", "download", ("public", None), lambda c, w: c.get(w.pdf_path)),
]
PUBLISHED = [(role, *cell) for role in ROLES for cell in PUBLISHED_CELLS]


@pytest.fixture(scope="module")
def published(tmp_path_factory, sqlite_template):
    if not available():
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but LibreOffice or poppler is missing (make office-tools)")
        pytest.skip(
            "!!! matrix cells of the published pack skipped: LibreOffice is not installed !!!"
        )
    made = _published(tmp_path_factory.mktemp("published"), sqlite_template)
    yield made
    made.app.extensions["dhr"].engine.dispose()


def expected_published(world: Published, email: str, policy: tuple) -> str:
    scope, action = policy
    if scope == "public":
        return "allowed"  # published PDFs are public by design (V17 keeps IMRs out of them)
    with world.app.extensions["dhr"].sessions() as session:
        person = session.scalar(select(Person).where(Person.email == email))
        me = load_principal(session, person.id)
        review = session.get(Review, 1)
        visible = access.can(me, "view_review", review.csp_id, review.id)
        if visible and access.can(me, action, review.csp_id, review.id):
            return "allowed"
        # The cleared version is the one submitted: a Home Office reviewer reads it.
        return (
            "allowed"
            if scope == "cleared" and access.reads_submitted_versions(me, action)
            else "refused"
        )


@pytest.mark.parametrize(
    ("role", "kind", "verb", "policy", "request_"),
    PUBLISHED,
    ids=[f"{r} | {k} | {v} | R1" for r, k, v, _p, _q in PUBLISHED],
)
def test_published_cell(published, role, kind, verb, policy, request_):
    email = ROLES[role]
    want = expected_published(published, email, policy)
    OUTCOMES["failed"] += 1
    before = refusals(published, email)
    response = request_(published.api.as_(email), published)
    if want == "allowed":
        assert 200 <= response.status_code < 300, (response.status_code, response.get_json())
    else:
        assert response.status_code in (403, 404), (response.status_code, response.get_json())
        assert refusals(published, email) == before + 1
    OUTCOMES["failed"] -= 1
    OUTCOMES[want] += 1
