"""The action plan workbook: export and import of a 1,000-row plan, pure and through the API.

    python -m bench.action_plan      (also run by `make bench`)

"pure" is the workbook code alone (openpyxl fill; openpyxl read + every cell checked + compared
with the server's rows). "API" is GET/PUT /reviews/{id}/action-plan in-process on SQLite with
1,000 rows in the database, three cells edited. Every import also counts the rows it read, so a
silently dropped row (openpyxl read-only mode with a stale dimension) would show.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook

from bench.machine import p50
from services.documents.action_plan_columns import COLUMNS
from services.documents.action_plan_reader import read_plan
from services.documents.catalogue import CATALOGUE
from services.documents.render_xlsx import render_xlsx
from services.domain.action_plan_import import Lookups, milestones_text, plan_import

ROWS = 1000
TODAY = date(2026, 11, 26)
LABELS = {f"overview:{n}": f"{n}. Recommendation number {n} for every agency" for n in range(1, 21)}


def server_rows() -> dict[int, dict]:
    return {
        i: {
            "recommendation": f"overview:{i % 20 + 1}",
            "scope": "local",
            "action": f"Action {i}: run a course for every officer and audit attendance",
            "success_measure": "95% trained",
            "lead_agency_id": 1 + i % 3,
            "lead_officer": f"Officer {i}",
            "milestones": [{"on": "2026-12-01", "text": "Course written"}],
            "target_date": TODAY + timedelta(days=200 + i % 100),
            "completion_date": None,
            "outcome": "",
            "closure_reason": "",
            "status": "in_progress",
            "evidence_document_id": None,
            "theme": "training",
            "version": 1,
            "created_on": TODAY,
        }
        for i in range(1, ROWS + 1)
    }


AGENCIES = {1: "Demoshire Police", 2: "Demo District Council", 3: "Demo Hospitals NHS Trust"}


def context(rows: dict[int, dict]) -> dict:
    return {
        "review": {"reference": "DEMO-2026-001"},
        "marking": "OFFICIAL-SENSITIVE",
        "version": "bench",
        "agencies": list(AGENCIES.values()),
        "recommendation_labels": list(LABELS.values()),
        "themes": ["training"],
        "actions": [
            {
                "id": f"A{i}",
                "origin": "overview",
                "recommendation": LABELS[r["recommendation"]],
                "scope": r["scope"],
                "action": r["action"],
                "success_measure": r["success_measure"],
                "lead_agency": AGENCIES[r["lead_agency_id"]],
                "lead_officer": r["lead_officer"],
                "milestones": milestones_text(r["milestones"]),
                "target_date": r["target_date"],
                "outcome": "",
                "status": "In progress",
                "rag": "green",
                "last_update": TODAY,
                "theme": "training",
                "version": 1,
            }
            for i, r in rows.items()
        ],
    }


def lookups() -> Lookups:
    return Lookups(
        agencies={n.casefold(): i for i, n in AGENCIES.items()},
        review_agencies=frozenset(AGENCIES),
        recommendations=LABELS,
        recommendation_texts=LABELS,
        themes=("training",),
        evidence={},
        today=TODAY,
    )


def edited(workbook: bytes) -> bytes:
    """Row A1 marked complete, with its completion date and outcome: three cells."""
    book = load_workbook(io.BytesIO(workbook))
    sheet = book["Action plan"]
    for key, value in (
        ("status", "Complete"),
        ("completion_date", "20/11/2026"),
        ("outcome", "All trained"),
    ):
        sheet[f"{COLUMNS.letter(key)}2"] = value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def run() -> dict:
    rows = server_rows()
    template = CATALOGUE["action_plan"].default_bytes()
    workbook = render_xlsx(template, context(rows))
    changed = edited(workbook)

    def read_and_check():
        cells, problems = read_plan(changed)
        outcome = plan_import(cells, rows, lookups())
        assert not problems and not outcome.problems, (problems, outcome.problems[:3])
        assert len(cells) == ROWS and len(outcome.updates) == 1, (len(cells), outcome.updates)
        return outcome

    results = {
        f"export {ROWS} rows, pure (goal < 300 ms)": p50(
            lambda: render_xlsx(template, context(rows)), 7
        ),
        f"import {ROWS} rows, pure (goal < 300 ms)": p50(read_and_check, 7),
    }
    results.update(through_api())
    return results


def through_api() -> dict:
    """GET and PUT on SQLite with 1,000 rows stored; each PUT sends a fresh download with the
    lead officer of one row changed (only the PUT is timed)."""
    from sqlalchemy import select

    from app import create_app
    from services.clock import FixedClock
    from services.config import Settings
    from services.seed.demo import seed_once
    from services.storage.db import migrate
    from services.storage.models import ActionRow, Agency

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            Settings(data_dir=Path(tmp), database_url=f"sqlite:///{tmp}/b.sqlite3", tls=False),
            clock=FixedClock(TODAY),
        )
        services = app.extensions["dhr"]
        migrate(services.engine)
        seed_once(services)  # the demo review already holds three actions
        with services.sessions() as session:
            police = session.scalar(select(Agency.id).where(Agency.name == "Demoshire Police"))
            now = services.clock.now()
            session.add_all(
                ActionRow(
                    review_id=1,
                    recommendation="overview:1",
                    scope="local",
                    action=f"Action {i}: run a course for every officer and audit attendance",
                    success_measure="95% trained",
                    lead_agency_id=police,
                    lead_officer=f"Officer {i}",
                    milestones=[{"on": "2026-12-01", "text": "Course written"}],
                    target_date=TODAY + timedelta(days=200),
                    theme="training",
                    status="in_progress",
                    outcome="",
                    closure_reason="",
                    version=1,
                    created_at=now,
                    updated_at=now,
                )
                for i in range(ROWS - 3)
            )
            session.commit()
        client = app.test_client()
        token = client.post(
            "/api/v1/dev/sign-in", json={"email": "chair.penhallow@pool.demo.local"}
        ).json["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        url = "/api/v1/reviews/1/action-plan"

        def download() -> bytes:
            r = client.get(f"{url}?format=xlsx", headers=headers)
            assert r.status_code == 200
            return r.data

        figures = {f"GET action-plan?format=xlsx, {ROWS} rows (API)": p50(download, 5)}
        samples = []
        for round_ in range(5):
            body = with_officer(download(), f"Officer round {round_}")
            start = time.perf_counter()
            r = client.put(url, data=body, headers=headers)
            samples.append((time.perf_counter() - start) * 1000)
            assert r.status_code == 200 and len(r.json["updated"]) == 1, r.json
            assert r.json["unchanged"] == ROWS - 1, r.json  # every row read, none dropped
        samples.sort()
        figures[f"PUT action-plan, {ROWS} rows, one row edited (API)"] = {
            "n": 5,
            "p50_ms": round(statistics.median(samples), 1),
            "p95_ms": round(samples[-1], 1),
        }
        services.engine.dispose()
        return figures


def with_officer(workbook: bytes, name: str) -> bytes:
    book = load_workbook(io.BytesIO(workbook))
    book["Action plan"][f"{COLUMNS.letter('lead_officer')}2"] = name
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


if __name__ == "__main__":
    from bench.machine import describe

    print(describe())
    for name, figures in run().items():
        print(f"{name:72} p50 {figures['p50_ms']:8.1f} ms  p95 {figures['p95_ms']:8.1f} ms")
