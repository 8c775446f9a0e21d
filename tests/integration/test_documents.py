"""Documents over HTTP: versions never overwritten, If-Match, check-out, restore, downloads."""

from __future__ import annotations

import hashlib

import pytest

from tests.fakes.hostile import hostile_corpus, valid_docx, valid_xlsx
from tests.integration.helpers import field_errors

REVIEW = 1


def create(caller, data: bytes | None = None, name="IMR Demoshire Police.docx", **fields):
    form = {
        "kind": "overview_report",
        "title": "IMR: Demoshire Police",
        "comment": "First draft",
        **fields,
    }
    return caller.send(f"reviews/{REVIEW}/documents", form, (name, data or valid_docx("v0.1")))


def save(caller, doc, data: bytes, etag: str | None, **fields):
    headers = {"If-Match": etag} if etag else {}
    return caller.send(
        f"documents/{doc['id']}/versions",
        {"comment": "edit", **fields},
        ("IMR.docx", data),
        headers,
    )


def test_save_list_download_and_restore(coordinator, api):
    contents = {"0.1": valid_docx("v0.1")}
    first = create(coordinator, data=contents["0.1"])
    assert first.status_code == 201, first.json
    doc = first.json
    assert doc["current_version"]["label"] == "0.1"
    assert first.headers["ETag"] == doc["etag"]
    assert first.headers["Location"].endswith(f"/api/v1/documents/{doc['id']}")
    assert doc["filename"] == "IMR Demoshire Police.docx"
    assert doc["approval_status"] == "draft"
    assert doc["protective_marking"] == "OFFICIAL-SENSITIVE"

    etag = doc["etag"]
    for label, major in [("0.2", False), ("0.3", False), ("1.0", True), ("1.1", False)]:
        contents[label] = valid_docx(f"v{label}")
        r = save(coordinator, doc, contents[label], etag, major=major, comment=f"to {label}")
        assert r.status_code == 201, r.json
        assert r.json["current_version"]["label"] == label
        etag = r.headers["ETag"]

    history = coordinator.get(f"documents/{doc['id']}/versions").json
    assert [v["label"] for v in history] == ["1.1", "1.0", "0.3", "0.2", "0.1"]
    assert history[0]["comment"] == "to 1.1"
    assert history[0]["author"]["name"] == "Casey Hartwell"
    for version in history:
        r = coordinator.get(f"documents/{doc['id']}/versions/{version['label']}/content")
        assert r.status_code == 200
        assert r.data == contents[version["label"]]
        assert hashlib.sha256(r.data).hexdigest() == version["sha256"]
        assert version["size"] == len(r.data)
        assert r.headers["Cache-Control"] == "no-store"
        assert r.mimetype.endswith("wordprocessingml.document")
        assert f"IMR Demoshire Police v{version['label']}.docx" in r.headers["Content-Disposition"]

    r = coordinator.post(f"documents/{doc['id']}/versions/0.2/restore")
    assert r.status_code == 201, r.json
    assert r.json["current_version"]["label"] == "1.2"
    assert r.json["current_version"]["comment"] == "Restored from version 0.2"
    restored = coordinator.get(f"documents/{doc['id']}/versions/1.2/content").data
    assert restored == contents["0.2"]
    assert coordinator.get(f"documents/{doc['id']}/versions/0.2/content").data == contents["0.2"]
    assert len(coordinator.get(f"documents/{doc['id']}/versions").json) == 6


def test_if_match_is_required_and_must_be_current(coordinator):
    doc = create(coordinator).json
    r = save(coordinator, doc, valid_docx("x"), None)
    assert r.status_code == 428
    r = save(coordinator, doc, valid_docx("x"), doc["etag"])
    assert r.status_code == 201
    stale = save(coordinator, doc, valid_docx("y"), doc["etag"])
    assert stale.status_code == 412
    assert stale.json["current_etag"] == r.headers["ETag"]
    # Who saved the version that is now current, and when: the editor decides with that.
    saved = r.json["current_version"]
    assert stale.json["current_version"] == {
        "label": "0.2",
        "author": saved["author"],
        "created": saved["created"],
        "comment": saved["comment"],
    }
    assert saved["author"]["name"] in stale.json["detail"]
    labels = [v["label"] for v in coordinator.get(f"documents/{doc['id']}/versions").json]
    assert labels == ["0.2", "0.1"]


def test_a_document_checked_out_by_one_person_cannot_be_saved_by_another(api, coordinator):
    chair = api.as_("chair.ashdown@pool.demo.local")
    doc = create(coordinator).json
    r = chair.post(f"documents/{doc['id']}/checkout")
    assert r.status_code == 200
    assert r.json["checked_out"]["name"] == "Morgan Ashdown"
    blocked = save(coordinator, doc, valid_docx("mine"), doc["etag"])
    assert blocked.status_code == 423
    assert blocked.json["holder"] == "Morgan Ashdown"
    assert coordinator.post(f"documents/{doc['id']}/checkout").status_code == 423
    assert coordinator.post(f"documents/{doc['id']}/versions/0.1/restore").status_code == 423
    assert save(chair, doc, valid_docx("chair's"), doc["etag"]).status_code == 201
    assert chair.post(f"documents/{doc['id']}/checkin").json["checked_out"] is None
    current = coordinator.get(f"documents/{doc['id']}").json
    assert save(coordinator, current, valid_docx("mine"), current["etag"]).status_code == 201


def test_document_form_is_validated(coordinator):
    r = create(coordinator, kind="diary")
    assert "kind" in field_errors(r)
    r = create(coordinator, agency_id=999, protective_marking="TOP SECRET")
    assert set(field_errors(r)) == {"agency_id", "protective_marking"}
    r = coordinator.send(f"reviews/{REVIEW}/documents", {"kind": "overview_report", "title": "t"})
    assert "file" in field_errors(r)
    r = create(coordinator, colour="red")
    assert "colour" in field_errors(r)
    assert coordinator.get(f"reviews/{REVIEW}/documents").json == []


def test_a_new_version_must_keep_the_file_type(coordinator):
    doc = create(coordinator).json
    r = coordinator.send(
        f"documents/{doc['id']}/versions",
        {"comment": "x"},
        ("plan.xlsx", valid_xlsx()),
        {"If-Match": doc["etag"]},
    )
    assert r.status_code == 422
    assert "file" in field_errors(r)


CORPUS = hostile_corpus()


@pytest.mark.parametrize(
    ("case", "name", "data", "status", "code"), CORPUS, ids=[c[0] for c in CORPUS]
)
def test_hostile_uploads_are_refused_stored_nowhere_and_audited(
    app, coordinator, case, name, data, status, code
):
    r = create(coordinator, data=data, name=name)
    assert r.status_code == status, r.json
    assert r.mimetype == "application/problem+json"
    assert r.json["reason"] == code
    assert coordinator.get(f"reviews/{REVIEW}/documents").json == []
    blobs = app.extensions["dhr"].settings.data_dir / "blobs"
    assert not blobs.exists() or not any(p.is_file() for p in blobs.rglob("*"))
    entry = coordinator.get(f"reviews/{REVIEW}/audit").json["entries"][-1]
    assert entry["action"] == "document.upload_refused"
    assert entry["payload"]["reason"] == code


def test_oversized_upload_is_413(app, coordinator):
    limit = app.extensions["dhr"].settings.max_upload_bytes
    body = b"--x\r\n" + b"\0" * (limit + 100_000)  # refused on Content-Length, never parsed
    r = coordinator.client.post(
        f"/api/v1/reviews/{REVIEW}/documents",
        data=body,
        content_type="multipart/form-data; boundary=x",
        headers=coordinator.headers,
    )
    assert r.status_code == 413
    assert r.mimetype == "application/problem+json"


def test_sliced_upload_for_the_word_task_pane(coordinator):
    data = valid_docx("sliced", paragraphs=400)
    size, digest = len(data), hashlib.sha256(data).hexdigest()
    third = size // 3 + 1
    slices = [data[i : i + third] for i in range(0, size, third)]
    r = coordinator.post(
        "uploads", {"filename": "IMR.docx", "size": size, "sha256": digest, "chunks": len(slices)}
    )
    assert r.status_code == 201, r.json
    upload_id = r.json["upload_id"]
    for index in (2, 0, 1):  # slices may arrive in any order
        put = coordinator.client.put(
            f"/api/v1/uploads/{upload_id}/chunks/{index}",
            data=slices[index],
            headers=coordinator.headers,
        )
        assert put.status_code == 200, put.json
    r = coordinator.send(
        f"reviews/{REVIEW}/documents",
        {"kind": "overview_report", "title": "IMR", "upload_id": upload_id},
    )
    assert r.status_code == 201, r.json
    got = coordinator.get(f"documents/{r.json['id']}/versions/0.1/content").data
    assert got == data
    again = coordinator.send(
        f"reviews/{REVIEW}/documents",
        {"kind": "overview_report", "title": "IMR", "upload_id": upload_id},
    )
    assert again.status_code == 404  # an upload is consumed once


def test_a_sliced_upload_that_does_not_match_its_hash_is_refused(coordinator):
    data = valid_docx("x")
    r = coordinator.post(
        "uploads", {"filename": "x.docx", "size": len(data), "sha256": "0" * 64, "chunks": 1}
    )
    upload_id = r.json["upload_id"]
    coordinator.client.put(
        f"/api/v1/uploads/{upload_id}/chunks/0", data=data, headers=coordinator.headers
    )
    r = coordinator.send(
        f"reviews/{REVIEW}/documents",
        {"kind": "overview_report", "title": "x", "upload_id": upload_id},
    )
    assert r.status_code == 409
    assert "upload_id" in field_errors(r)


def test_who_sees_and_saves_documents(api, coordinator, other_csp):
    doc = create(coordinator).json
    member = api.as_("j.okafor@police.demo.local")
    assert member.get(f"documents/{doc['id']}").status_code == 200
    assert save(member, doc, valid_docx("x"), doc["etag"]).status_code == 403
    assert member.post(f"documents/{doc['id']}/checkout").status_code == 403
    outsider = api.as_("coordinator@othr.local")
    for path in (
        f"documents/{doc['id']}",
        f"documents/{doc['id']}/versions",
        f"documents/{doc['id']}/versions/0.1/content",
        f"reviews/{REVIEW}/documents",
    ):
        assert outsider.get(path).status_code == 404


def test_every_write_is_audited(coordinator):
    doc = create(coordinator).json
    coordinator.post(f"documents/{doc['id']}/checkout")
    save(coordinator, doc, valid_docx("two"), doc["etag"])
    coordinator.get(f"documents/{doc['id']}/versions/0.1/content")
    coordinator.post(f"documents/{doc['id']}/versions/0.1/restore")
    actions = [e["action"] for e in coordinator.get(f"reviews/{REVIEW}/audit").json["entries"]]
    assert actions[-4:] == [
        "document.created",
        "document.checked_out",
        "document.version_saved",
        "document.restored",
    ]


def test_an_imr_document_needs_its_imr(coordinator):
    r = create(coordinator, kind="imr")
    assert r.status_code == 422
    assert "imr_id" in field_errors(r)
