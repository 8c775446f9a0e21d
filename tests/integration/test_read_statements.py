"""A read issues a bounded number of SQL statements however many records it shows (no query per
panel member, agency, decision or action), and a single action's read costs no more statements
than the list it is one row of. Counted with a SQLAlchemy event listener on the app's engine;
nothing here is timed (the figures are in docs/evidence.md)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import delete, event, select

from services.storage.models import (
    AccessGeneration,
    Agency,
    Csp,
    Decision,
    Person,
    ReviewAgency,
    ReviewMember,
)
from tests.fakes.dns import FakeDns
from tests.integration.conftest import Api
from tests.integration.helpers import notification

READER = "j.okafor@police.demo.local"
AUTHOR = "chair.penhallow@pool.demo.local"


@pytest.fixture
def app(make_app):
    """The demo as `make run` seeds it: with its IMRs, recommendations and draft actions."""
    return make_app(seed=True, resolver=FakeDns())


@pytest.fixture
def api(app):
    return Api(app.test_client())


def counted(app, call) -> tuple[int, list[str]]:
    """The statements one request sends to the database (its answer must be a 200), once the
    caller's principal is built (the first request of a caller builds it)."""
    call()
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args):
        seen.append(statement)

    engine = app.extensions["dhr"].engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        response = call()
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert response.status_code == 200, response.json
    return len(seen), seen


def grow_the_panel(app, n: int) -> None:
    """n more agencies taking part, each with a panel member, and n more recorded decisions."""
    with app.extensions["dhr"].sessions() as db:
        csp = db.scalar(select(Csp).where(Csp.code == "DEMO"))
        someone = db.scalar(select(Person).where(Person.email == AUTHOR))
        for i in range(n):
            agency = Agency(csp_id=csp.id, name=f"Agency {i}", kind="health", statutory=True)
            db.add(agency)
            db.flush()
            person = Person(name=f"Member {i}", email=f"m{i}@grow.local", agency_id=agency.id)
            db.add(person)
            db.flush()
            db.add(ReviewAgency(review_id=1, agency_id=agency.id, asked_on=date(2026, 10, 1)))
            db.add(
                ReviewMember(
                    review_id=1,
                    person_id=person.id,
                    role="panel_member",
                    agency_id=agency.id,
                    joined_on=date(2026, 10, 2),
                )
            )
            db.add(
                Decision(
                    review_id=1,
                    kind="local",
                    proceed=True,
                    decided_on=date(2026, 9, 20),
                    rationale=f"Recorded again {i}",
                    factors=[],
                    recorded_by=someone.id,
                )
            )
        db.commit()


def test_a_review_read_costs_the_same_statements_with_eight_more_agencies_members_and_decisions(
    app, api
):
    reader = api.as_(READER)
    before, _ = counted(app, lambda: reader.get("reviews/1"))
    grow_the_panel(app, 8)
    after, statements = counted(app, lambda: reader.get("reviews/1"))
    shown = reader.get("reviews/1").json
    assert len(shown["panel_members"]) >= 8 and len(shown["scoping"]["agencies"]) >= 8
    assert len(shown["decisions"]) >= 8
    assert after == before, "\n".join(statements)


def test_a_review_read_reads_each_record_set_once(app, api):
    """The deadlines, decisions, panel, terms and extensions of one review are read once and
    shared by every part of the answer that shows them."""
    coordinator = api.as_("coordinator@demo.local")
    for caller in (api.as_(READER), coordinator):
        _, statements = counted(app, lambda caller=caller: caller.get("reviews/1"))
        tables = ["decisions", "terms_of_reference", "extensions", "review_members"]
        read = {t: [s for s in statements if f"\nFROM {t} " in s] for t in tables}
        assert {t: len(found) for t, found in read.items()} == dict.fromkeys(tables, 1), read


def action(ref: str, i: int) -> dict:
    return {
        "recommendation": ref,
        "scope": "local",
        "action": f"Deliver a two-hour DASH course to call handler cohort {i} and audit it",
        "success_measure": "95% of call handlers trained; audit report to the CSP",
        "lead_officer": "Det Supt Marion Kells",
        "target_date": "2027-09-30",
        "theme": "training",
    }


def test_the_action_list_and_one_action_cost_the_same_statements_with_ten_more_actions(app, api):
    author, reader = api.as_(AUTHOR), api.as_(READER)
    recommendations = author.get("reviews/1/recommendations").json
    ref = recommendations["overview"][0]["ref"]
    first = author.post("reviews/1/actions", action(ref, 0)).json["id"]
    one_before, _ = counted(app, lambda: reader.get(f"actions/{first}"))
    list_before, _ = counted(app, lambda: reader.get("reviews/1/actions"))
    for i in range(1, 11):
        assert author.post("reviews/1/actions", action(ref, i)).status_code == 201
    one_after, one = counted(app, lambda: reader.get(f"actions/{first}"))
    list_after, listed = counted(app, lambda: reader.get("reviews/1/actions"))
    assert len(reader.get("reviews/1/actions").json) >= 11
    assert one_after == one_before, "\n".join(one)
    assert list_after == list_before, "\n".join(listed)
    assert one_after <= list_after


def test_one_action_reads_the_same_label_lead_agency_and_evidence_as_the_list(app, api):
    author, reader = api.as_(AUTHOR), api.as_(READER)
    ref = author.get("reviews/1/recommendations").json["overview"][1]["ref"]
    coordinator = api.as_("coordinator@demo.local")
    agencies = {a["name"]: a["id"] for a in coordinator.get("agencies").json}
    created = author.post(
        "reviews/1/actions", {**action(ref, 0), "lead_agency_id": agencies["Demoshire Police"]}
    ).json
    listed = next(r for r in reader.get("reviews/1/actions").json if r["id"] == created["id"])
    one = reader.get(f"actions/{created['id']}").json
    assert one == listed
    assert one["recommendation_label"].startswith("2. ")
    assert one["lead_agency"] == "Demoshire Police"


# The principal's own query of the IMRs a person holds (services/workflows/directory/principal.py);
# no view asks for IMRs this way, so seeing it means the principal was built again.
_HELD_IMRS = re.compile(r"imrs\.senior_manager_id = \S+ OR imrs\.author_id = ")


def _generation(app) -> str | None:
    with app.extensions["dhr"].sessions() as db:
        return db.scalar(select(AccessGeneration.token))


def _read_under_one_generation(app, read) -> list[str]:
    """The statements of a second read made while the access generation stood still since
    before the first (a write elsewhere, such as another test's worker on the shared database,
    rightly makes a read rebuild its principal; such a read is tried again)."""
    assert _generation(app) is not None, "the access generation row is gone: nothing is kept"
    for _ in range(5):
        first = _generation(app)
        read()
        before = _generation(app)
        _, statements = counted(app, read)
        if first == before == _generation(app):
            return statements
    pytest.fail("The access generation changed during every read: something keeps writing")


def test_a_principal_is_reused_until_a_role_changes_and_then_rebuilt_at_once(app, api):
    """The second read of a caller reads the access generation instead of their roles; adding
    them to a review (in another session, as another process would) is seen by the next read."""
    coordinator, reader = api.as_("coordinator@demo.local"), api.as_(READER)
    created = coordinator.post("reviews", notification()).json
    assert reader.get(f"reviews/{created['id']}").status_code == 404
    statements = _read_under_one_generation(app, lambda: reader.get("reviews/1"))
    assert any("FROM access_generation" in s for s in statements), "\n".join(statements)
    assert not [s for s in statements if _HELD_IMRS.search(s)], "the principal was rebuilt"
    with app.extensions["dhr"].sessions() as db:
        okafor = db.scalar(select(Person).where(Person.email == READER))
        db.add(
            ReviewMember(
                review_id=created["id"],
                person_id=okafor.id,
                role="panel_member",
                agency_id=okafor.agency_id,
                joined_on=date(2026, 10, 2),
            )
        )
        db.commit()
    assert reader.get(f"reviews/{created['id']}").status_code == 200
    with app.extensions["dhr"].sessions() as db:
        db.execute(delete(ReviewMember).where(ReviewMember.review_id == created["id"]))
        db.commit()
    assert reader.get(f"reviews/{created['id']}").status_code == 404
