"""Found by `make load`: people saving different documents of one review at the same moment
each got through only by luck; the others had a 409 from the audit chain. They now queue."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from tests.fakes.hostile import valid_docx
from tests.integration.conftest import Caller
from tests.integration.imr_steps import ok

WRITERS, ROUNDS = 6, 5


def test_writers_on_one_review_all_save_and_the_trail_still_verifies(api, coordinator):
    docs = [
        ok(
            coordinator.send(
                "reviews/1/documents",
                {"kind": "other", "title": f"Working note {i}"},
                ("note.docx", valid_docx(f"note {i}")),
            ),
            201,
        )
        for i in range(WRITERS)
    ]
    before = len(coordinator.get("reviews/1/audit").json["entries"])

    def writer(doc: dict) -> list[int]:
        me = Caller(api.client.application.test_client(), None)
        me.headers = coordinator.headers
        etag, statuses = doc["etag"], []
        for i in range(ROUNDS):
            r = me.send(
                f"documents/{doc['id']}/versions",
                {"comment": f"round {i}"},
                ("note.docx", valid_docx(f"{doc['id']} round {i}")),
                headers={"If-Match": etag},
            )
            statuses.append(r.status_code)
            etag = r.headers.get("ETag", etag)
        return statuses

    with ThreadPoolExecutor(WRITERS) as pool:
        results = list(pool.map(writer, docs))

    assert results == [[201] * ROUNDS] * WRITERS
    trail = coordinator.get("reviews/1/audit").json
    assert trail["verified"] is True
    assert len(trail["entries"]) == before + WRITERS * ROUNDS
    for doc in docs:
        assert len(coordinator.get(f"documents/{doc['id']}/versions").json) == ROUNDS + 1
