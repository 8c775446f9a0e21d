"""Steps shared by the routing and publication tests: sign-offs, the Home Office, clearance."""

from __future__ import annotations

from tests.fakes.hostile import valid_docx, valid_xlsx
from tests.integration.imr_steps import ok
from tests.integration.overview_steps import REVIEW, plan, reports, run_check, write

KINDS = ("overview_report", "executive_summary", "action_plan")


def sign(api, docs, stage: str, decider: str, kinds=KINDS):
    requester = api.as_("coordinator@demo.local")
    approver = api.as_(decider)
    made = []
    for kind in kinds:
        doc = ok(requester.get(f"documents/{docs[kind]['id']}"))
        label = doc["current_version"]["label"]
        signoff = ok(
            requester.post(
                f"documents/{doc['id']}/signoffs",
                {"stage": stage, "version": label, "due_on": "2026-12-10"},
            ),
            201,
        )
        key = {"Idempotency-Key": f"flow-run-{signoff['id']}"}
        url = f"signoffs/{signoff['id']}/decision"
        decided = ok(approver.post(url, {"decision": "approve"}, headers=key))
        replayed = approver.post(url, {"decision": "approve"}, headers=key)
        assert replayed.json == decided and replayed.headers["Idempotent-Replayed"] == "true"
        made.append(decided)
    return made


def state(api) -> str:
    return ok(api.as_("coordinator@demo.local").get(f"reviews/{REVIEW}"))["state"]


def letter(coordinator, name: str) -> int:
    return ok(
        coordinator.send(
            f"reviews/{REVIEW}/documents",
            {"kind": "qa_letter", "title": name},
            (f"{name}.docx", valid_docx(name)),
        ),
        201,
    )["id"]


def action_plan(author) -> dict:
    """The review's action plan workbook, filled from the template."""
    sheet = ok(
        author.send(
            f"reviews/{REVIEW}/documents",
            {"kind": "action_plan", "title": "Action plan"},
            ("action plan.xlsx", valid_xlsx()),
        ),
        201,
    )
    return ok(author.post(f"reviews/{REVIEW}/documents/{sheet['id']}/render", {}), 201)


def submitted(api, coordinator, **planted) -> tuple[dict, dict]:
    """Three accepted IMRs (the `accepted` fixture) to a Home Office submission."""
    author = api.as_("chair.penhallow@pool.demo.local")
    chair = api.as_("chair.ashdown@pool.demo.local")
    plan(author, coordinator)
    docs = reports(author, chair)
    overview = write(author, docs["overview_report"], **planted)
    summary = write(author, docs["executive_summary"])
    docs["action_plan"] = action_plan(author)
    sign(api, docs, "panel", "chair.ashdown@pool.demo.local")
    sign(api, docs, "csp", "csp-chair@demo.local")
    check = run_check(author, docs, overview, summary)
    assert check["clean"], check["findings"]
    submission = ok(
        coordinator.post(
            f"reviews/{REVIEW}/home-office-submissions",
            {"check_id": check["id"], "submitted_on": "2026-11-20"},
        ),
        201,
    )
    return docs, submission


def cleared(api, coordinator, **planted) -> dict:
    """Three accepted IMRs (the `accepted` fixture) to a cleared review; returns the documents."""
    docs, submission = submitted(api, coordinator, **planted)
    ok(
        coordinator.post(
            f"home-office-submissions/{submission['id']}/outcome",
            {
                "outcome": "approved",
                "received_on": "2026-11-25",
                "letter_document_id": letter(coordinator, "QA letter"),
            },
        )
    )
    ok(coordinator.post(f"reviews/{REVIEW}/clearance", {"cleared_on": "2026-11-26"}), 201)
    assert state(api) == "cleared"
    return docs
