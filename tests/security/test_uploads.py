"""Finding 3: sliced uploads filled the disk. A session announced as 1 byte in 10,000 slices,
slices beyond the announced size, endless sessions, abandoned sessions and a day's worth of
bytes are each refused, with nothing written; expired sessions are swept with their slices;
and other people's uploads go on meanwhile."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from services.bootstrap import sweep_uploads
from services.storage.models import Document, UploadSession
from tests.fakes.dns import FakeDns
from tests.fakes.hostile import valid_docx
from tests.integration.conftest import Api

MB = 1024 * 1024
AUTHOR = "chair.penhallow@pool.demo.local"


@pytest.fixture
def quota_app(make_app):
    application = make_app(
        seed=False,
        resolver=FakeDns(),
        upload_daily_bytes=6 * MB,
        upload_sessions_per_person=3,
        upload_session_hours=24,
    )
    return application


def start(caller, size, chunks, name="big.docx"):
    body = {"filename": name, "size": size, "sha256": "0" * 64, "chunks": chunks}
    return caller.post("uploads", body)


def put(caller, upload_id, index, data):
    return caller.client.put(
        f"/api/v1/uploads/{upload_id}/chunks/{index}", data=data, headers=caller.headers
    )


def slices_on_disk(app) -> int:
    folder = app.extensions["dhr"].documents.uploads_dir
    return sum(1 for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


def sessions(app) -> int:
    with app.extensions["dhr"].sessions() as session:
        return session.scalar(select(func.count()).select_from(UploadSession))


def test_a_person_who_may_upload_nothing_cannot_hold_disk_space(quota_app):
    api = Api(quota_app.test_client())
    coordinator = api.as_("coordinator@demo.local")
    made = coordinator.post("people", {"name": "Nobody Much", "email": "nobody@demo.local"})
    assert made.status_code == 201
    nobody = api.as_("nobody@demo.local")
    refused = start(nobody, 4 * MB, 1)
    assert refused.status_code == 403
    assert sessions(quota_app) == 0


def test_slices_may_not_outgrow_the_announced_size(quota_app):
    author = Api(quota_app.test_client()).as_(AUTHOR)
    many = start(author, 1, 10_000)  # the attack: 1 byte in 10,000 slices
    assert many.status_code == 422
    assert "chunks" in {e["field"] for e in many.json["errors"]}
    too_big = start(author, 60 * MB, 15)  # more than the upload limit
    assert too_big.status_code == 422
    session = start(author, 5 * MB, 2).json
    assert put(author, session["upload_id"], 0, b"x" * (4 * MB)).status_code == 200
    over = put(author, session["upload_id"], 1, b"x" * (4 * MB))
    assert over.status_code == 422
    assert "more than the 5242880 bytes announced" in over.json["errors"][0]["message"]
    assert slices_on_disk(quota_app) == 1  # the refused slice was never written
    assert sessions(quota_app) == 1


def test_open_sessions_are_capped_and_abandoned_ones_expire_and_are_swept(quota_app, clock):
    author = Api(quota_app.test_client()).as_(AUTHOR)
    opened = [start(author, 100, 1).json["upload_id"] for _ in range(3)]
    put(author, opened[0], 0, b"y" * 100)
    fourth = start(author, 100, 1)
    assert fourth.status_code == 429
    assert 0 < int(fourth.headers["Retry-After"]) <= 24 * 3600
    assert sessions(quota_app) == 3
    clock.day += timedelta(days=2)  # nobody came back for them
    assert put(author, opened[0], 0, b"y" * 100).status_code == 404  # expired
    assert start(author, 100, 1).status_code == 201  # and they no longer count
    swept = sweep_uploads(quota_app.extensions["dhr"])
    assert swept >= 3
    assert sessions(quota_app) == 1
    assert slices_on_disk(quota_app) == 0


def test_a_daily_quota_answers_429_and_stores_nothing_while_others_go_on(quota_app):
    api = Api(quota_app.test_client())
    author = api.as_(AUTHOR)
    assert start(author, 8 * MB, 2).status_code == 429  # more than a day's allowance at once
    first = start(author, 5 * MB, 2).json["upload_id"]
    second = start(author, 2 * MB, 1).json["upload_id"]
    assert put(author, first, 0, b"z" * (4 * MB)).status_code == 200
    assert put(author, first, 1, b"z" * MB).status_code == 200
    over = put(author, second, 0, b"z" * (2 * MB))  # 7 MB today, over the 6 MB allowed
    assert over.status_code == 429 and int(over.headers["Retry-After"]) > 0
    assert slices_on_disk(quota_app) == 2
    with quota_app.extensions["dhr"].sessions() as db:
        documents = db.scalar(select(func.count()).select_from(Document))
    data = valid_docx("over the quota").ljust(1024 * 1024 + 1, b"\0")  # 1 MB more than allowed
    whole = author.send(
        "reviews/1/documents", {"kind": "other", "title": "Notes"}, ("n.docx", data)
    )
    assert whole.status_code == 429
    assert int(whole.headers["Retry-After"]) > 0
    with quota_app.extensions["dhr"].sessions() as db:
        assert db.scalar(select(func.count()).select_from(Document)) == documents
    other = api.as_("coordinator@demo.local")  # someone else's day is their own
    small = valid_docx("coordinator's notes")
    made = other.send("reviews/1/documents", {"kind": "other", "title": "Notes"}, ("c.docx", small))
    assert made.status_code == 201, made.json


def test_a_sliced_upload_within_every_bound_still_becomes_a_version(quota_app):
    author = Api(quota_app.test_client()).as_(AUTHOR)
    data = valid_docx("A sliced overview draft")
    half = len(data) // 2
    body = {
        "filename": "overview.docx",
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "chunks": 2,
    }
    session = author.post("uploads", body).json
    assert put(author, session["upload_id"], 0, data[:half]).status_code == 200
    assert put(author, session["upload_id"], 1, data[half:]).status_code == 200
    made = author.send(
        "reviews/1/documents",
        {"kind": "overview_report", "title": "Overview", "upload_id": session["upload_id"]},
    )
    assert made.status_code == 201, made.json
    assert sessions(quota_app) == 0 and slices_on_disk(quota_app) == 0
