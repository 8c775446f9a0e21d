"""The load mix of `make load` / `make soak`: the people who use the add-in, at once.

- IMR and overview authors save 1 MB versions of their own document (If-Match, as the Word
  pane does) and look at its history;
- panel members and chairs read the review, its documents and a version's content;
- coordinators list reviews, open the dashboard and the CSP's overdue actions;
- the Excel pane loads the action plan and syncs a change to its own row (If-Match).

- and, beside them, the bare-Flask baseline (bench/baseline_app.py, its own gunicorn on another
  port): one small JSON read from the same database, the yardstick each endpoint's p95 is
  divided by.

bench/load.py prepares the data and passes it in DHR_LOAD_SETUP (tokens, document and action
ids, the baseline's address); every request is named by its route, so the figures are per
endpoint. A single document or action is read as a steady task too, not only when a user
starts: otherwise its only samples are taken while 50 users arrive at once.
"""

from __future__ import annotations

import itertools
import json
import os

from locust import HttpUser, between, task

SETUP = json.loads(open(os.environ["DHR_LOAD_SETUP"], encoding="utf-8").read())  # noqa: SIM115
PAYLOAD = open(SETUP["payload"], "rb").read()  # noqa: SIM115 - a 1 MB .docx, read once


BASELINE = "GET /baseline (bare Flask)"


def bearer(who: str) -> dict:
    return {"Authorization": f"Bearer {SETUP['tokens'][who]}"}


class Author(HttpUser):
    """Saves a version every few seconds, as someone pressing Save version in Word."""

    weight = 10
    wait_time = between(2, 6)
    slots = itertools.count()

    def on_start(self):
        slot = next(self.slots) % len(SETUP["documents"])
        self.doc = SETUP["documents"][slot]
        self.headers = bearer("author")
        current = self.client.get(
            f"/api/v1/documents/{self.doc}", headers=self.headers, name="GET /documents/{id}"
        )
        self.etag = current.headers.get("ETag", "")

    @task(3)
    def save_version(self):
        with self.client.post(
            f"/api/v1/documents/{self.doc}/versions",
            headers={**self.headers, "If-Match": self.etag},
            data={"comment": "load"},
            files={"file": ("draft.docx", PAYLOAD, "application/octet-stream")},
            name="POST /documents/{id}/versions (1 MB)",
            catch_response=True,
        ) as r:
            if r.status_code == 201:
                self.etag = r.headers["ETag"]
                r.success()
            else:
                r.failure(f"{r.status_code}: {r.text[:200]}")

    @task(1)
    def document(self):
        self.client.get(
            f"/api/v1/documents/{self.doc}", headers=self.headers, name="GET /documents/{id}"
        )

    @task(1)
    def history(self):
        self.client.get(
            f"/api/v1/documents/{self.doc}/versions",
            headers=self.headers,
            name="GET /documents/{id}/versions",
        )


class Reader(HttpUser):
    """A panel member or chair reading before a panel meeting."""

    weight = 20
    wait_time = between(1, 4)

    def on_start(self):
        self.headers = bearer("reader")

    @task(4)
    def review(self):
        self.client.get("/api/v1/reviews/1", headers=self.headers, name="GET /reviews/{id}")

    @task(2)
    def documents(self):
        self.client.get(
            "/api/v1/reviews/1/documents", headers=self.headers, name="GET /reviews/{id}/documents"
        )

    @task(1)
    def content(self):
        doc, label = SETUP["readable"]
        self.client.get(
            f"/api/v1/documents/{doc}/versions/{label}/content",
            headers=self.headers,
            name="GET /documents/{id}/versions/{label}/content (1 MB)",
        )

    @task(1)
    def actions(self):
        self.client.get(
            "/api/v1/reviews/1/actions", headers=self.headers, name="GET /reviews/{id}/actions"
        )


class Coordinator(HttpUser):
    """The CSP's DHR coordinator keeping an eye on every review."""

    weight = 10
    wait_time = between(2, 5)

    def on_start(self):
        self.headers = bearer("coordinator")

    @task(3)
    def reviews(self):
        self.client.get("/api/v1/reviews", headers=self.headers, name="GET /reviews")

    @task(2)
    def dashboard(self):
        self.client.get(
            "/api/v1/csps/DEMO/dashboard", headers=self.headers, name="GET /csps/{code}/dashboard"
        )

    @task(1)
    def overdue(self):
        self.client.get(
            "/api/v1/csps/DEMO/actions?overdue=true",
            headers=self.headers,
            name="GET /csps/{code}/actions?overdue",
        )


class ExcelPane(HttpUser):
    """The Excel task pane: load the plan, change a cell, Sync."""

    weight = 10
    wait_time = between(2, 6)
    slots = itertools.count()

    def on_start(self):
        self.headers = bearer("author")
        self.action = SETUP["actions"][next(self.slots) % len(SETUP["actions"])]
        self.etag = ""
        self.turn = itertools.count()

    @task(1)
    def load(self):
        self.client.get(
            "/api/v1/reviews/1/action-plan?format=json",
            headers=self.headers,
            name="GET /reviews/{id}/action-plan?format=json",
        )

    @task(1)
    def row(self):
        self.client.get(
            f"/api/v1/actions/{self.action}", headers=self.headers, name="GET /actions/{id}"
        )

    @task(2)
    def sync(self):
        if not self.etag:
            row = self.client.get(
                f"/api/v1/actions/{self.action}", headers=self.headers, name="GET /actions/{id}"
            )
            self.etag = row.headers.get("ETag", "")
        with self.client.patch(
            f"/api/v1/actions/{self.action}",
            json={"lead_officer": f"Officer {next(self.turn)}"},
            headers={**self.headers, "If-Match": self.etag},
            name="PATCH /actions/{id}",
            catch_response=True,
        ) as r:
            if r.status_code == 200:
                self.etag = r.headers["ETag"]
                r.success()
            else:
                r.failure(f"{r.status_code}: {r.text[:200]}")


class Baseline(HttpUser):
    """The yardstick: a user of the bare-Flask app, reading as often as a panel member does."""

    weight = 10
    wait_time = between(1, 4)

    @task
    def read(self):
        self.client.get(f"{SETUP['baseline']}/baseline", name=BASELINE)
