"""The access log: every read of an IMR, a chronology or a draft is recorded (who, what, which
version, when), exported to the CSP as JSON or CSV, and one person reading many IMRs within an
hour raises one alert."""

from __future__ import annotations

import csv
import io

import pytest

from services.domain.guidance import DEFAULT_FILE
from tests.integration.imr_steps import ok
from tests.integration.overview_steps import REVIEW

CHAIR = "chair.ashdown@pool.demo.local"


@pytest.fixture
def app(make_app, tmp_path):
    """The service with an alert threshold of three IMRs an hour."""
    guidance = tmp_path / "guidance.toml"
    text = DEFAULT_FILE.read_text(encoding="utf-8")
    guidance.write_text(
        text.replace("unusual_imr_reads_per_hour = 10", "unusual_imr_reads_per_hour = 3")
    )
    return make_app(guidance_file=guidance)


def alerts(coordinator) -> list[dict]:
    entries = ok(coordinator.get(f"reviews/{REVIEW}/audit"))["entries"]
    return [e for e in entries if e["action"] == "access.unusual_volume"]


def test_reads_are_logged_and_exported_and_many_imrs_in_an_hour_raise_one_alert(
    api, coordinator, accepted
):
    chair = api.as_(CHAIR)
    before = len(ok(coordinator.get(f"audit/export?review={REVIEW}"))["reads"])
    assert alerts(coordinator) == []
    police, council, trust = (imr["id"] for imr in accepted)

    first = ok(chair.get(f"imrs/{police}"))
    ok(chair.get(f"imrs/{police}/chronology"))
    ok(chair.get(f"reviews/{REVIEW}/chronology"))
    document = first["document"]
    chair.get(f"documents/{document['id']}/versions/{document['current_version']}/content")
    ok(chair.get(f"imrs/{council}"))
    assert alerts(coordinator) == []
    ok(chair.get(f"imrs/{trust}"))  # the third different IMR within the hour
    [alert] = alerts(coordinator)
    assert (alert["payload"]["imrs_read"], alert["payload"]["within"]) == (3, "1h")
    ok(chair.get(f"imrs/{police}"))  # reading again is not a new alert
    assert len(alerts(coordinator)) == 1

    log = ok(coordinator.get(f"audit/export?review={REVIEW}"))["reads"][before:]
    mine = [(r["object_kind"], r["object_id"], r["action"]) for r in log if r["email"] == CHAIR]
    assert mine == [
        ("imr", police, "read"),
        ("imr", police, "chronology"),
        ("chronology", None, "read"),
        ("imr", police, "download"),
        ("imr", council, "read"),
        ("imr", trust, "read"),
        ("imr", police, "read"),
    ]
    assert log[0]["version"] == document["current_version"] and log[0]["at"]

    sheet = coordinator.get(f"audit/export?review={REVIEW}&format=csv")
    assert sheet.status_code == 200 and sheet.headers["Cache-Control"] == "no-store"
    rows = list(csv.DictReader(io.StringIO(sheet.data.decode())))
    assert {"at", "person", "email", "entra_object_id", "object_kind", "version"} <= set(rows[0])
    assert len(rows) >= before + len(mine)

    panel = api.as_("j.okafor@police.demo.local")
    assert panel.get(f"audit/export?review={REVIEW}").status_code == 403
    author = api.as_("p.castell@police.demo.local")
    assert author.get(f"audit/export?review={REVIEW}").status_code == 404


def test_every_refusal_of_a_signed_in_person_is_kept(api, admin):
    author = api.as_("p.castell@police.demo.local")
    panel = api.as_("j.okafor@police.demo.local")
    assert author.get(f"reviews/{REVIEW}").status_code == 404  # V17: the review is not theirs
    assert panel.get(f"audit/export?review={REVIEW}").status_code == 403
    assert author.get("reviews/999").status_code == 404
    refusals = ok(admin.get("admin/refusals"))
    assert [(r["method"], r["path"], r["status"]) for r in refusals[:3]] == [
        ("GET", "/api/v1/reviews/999", 404),
        ("GET", "/api/v1/audit/export", 403),
        ("GET", f"/api/v1/reviews/{REVIEW}", 404),
    ]
    assert api.as_("coordinator@demo.local").get("admin/refusals").status_code == 403
