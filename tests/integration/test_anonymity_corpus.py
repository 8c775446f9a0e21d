"""The corpus through the API: for every plant stored as a version of the overview report, the
anonymity scan finds it and the pre-submission check returns exactly the same V16 findings (the
check runs the scan's own code, so the Home Office gate is never weaker than the scan)."""

from __future__ import annotations

from tests.fakes.docx_package import Package
from tests.fakes.plants import PLANTS, planted, pseudonym
from tests.integration.imr_steps import ok

REVIEW = 1


def register_corpus(coordinator) -> None:
    for plant in PLANTS.values():
        ok(
            coordinator.post(
                f"reviews/{REVIEW}/subjects",
                {"role": "other", "real_name": plant.real_name, "pseudonym": pseudonym(plant)},
            ),
            201,
        )


def new_document(coordinator, kind: str, data: bytes, name: str) -> dict:
    return ok(
        coordinator.send(
            f"reviews/{REVIEW}/documents", {"kind": kind, "title": kind}, (name, data)
        ),
        201,
    )


def as_compared(location: dict, message: str) -> tuple:
    keys = ("part", "paragraph", "node", "text", "context")
    return (message, *(location.get(k) for k in keys))


def test_the_check_and_the_scan_find_the_same_v16_findings_for_every_plant(api, coordinator):
    register_corpus(coordinator)
    summary = new_document(coordinator, "executive_summary", Package().build(), "summary.docx")
    checked, refused = [], []
    for key, plant in PLANTS.items():
        data, filename = planted(key)
        saved = coordinator.send(
            f"reviews/{REVIEW}/documents",
            {"kind": "overview_report", "title": key},
            (filename, data),
        )
        if saved.status_code != 201:  # the upload checks refuse some plants outright
            assert 400 <= saved.status_code < 500 and saved.json["detail"], key
            refused.append(key)
            continue
        overview, label = saved.json, "0.1"
        scan = ok(coordinator.post(f"documents/{overview['id']}/versions/{label}/anonymity-scan"))
        check = ok(
            coordinator.post(
                f"reviews/{REVIEW}/checks",
                {
                    "overview_document_id": overview["id"],
                    "overview_version": label,
                    "executive_summary_document_id": summary["id"],
                    "executive_summary_version": "0.1",
                },
            ),
            201,
        )
        v16 = [f for f in check["findings"] if f["rule"] == "V16"]
        assert all(f["severity"] == "block" for f in v16) and check["clean"] is False, key
        assert all(f["location"]["document"] == "overview_report" for f in v16), key
        assert sorted(as_compared(f["location"], f["message"]) for f in v16) == sorted(
            as_compared(h, h["message"]) for h in scan["hits"]
        ), key
        if plant.finding == "unreadable":
            assert any(h["kind"] == "unreadable" for h in scan["hits"]), key
        else:
            assert any(h.get("who") == pseudonym(plant) for h in scan["hits"]), key
        checked.append(key)
    assert len(checked) >= 60, refused
    assert set(refused) <= {
        k for k, p in PLANTS.items() if k in ("entity_in_text", "ole_object")
    } | {k for k, p in PLANTS.items() if p.finding == "unreadable"}
