"""Faults injected through real interfaces: the database's connection cut (a TCP proxy in
front of PostgreSQL), and the document library's disk full (a 2 MB tmpfs under the blobs).

SIGKILL during saves: test_crash_safety.py; during outbox delivery and Teams failing:
test_outbox.py; SharePoint failing: tests/contract/test_sharepoint_faults.py and
test_documents_sharepoint.py.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from app import create_app
from services.config import Settings
from services.seed.demo import seed_once
from services.storage.blobs import BlobStore
from services.storage.reconcile import reconcile
from tests.conftest import empty_tables
from tests.fakes.hostile import rebuild, valid_docx
from tests.fakes.tcp_proxy import TcpProxy
from tests.integration.conftest import Api


def signed_in(app):
    seed_once(app.extensions["dhr"], imrs=False)
    return Api(app.test_client()).as_("coordinator@demo.local")


def new_document(coordinator) -> dict:
    r = coordinator.send(
        "reviews/1/documents", {"kind": "other", "title": "Note"}, ("n.docx", valid_docx("first"))
    )
    assert r.status_code == 201, r.json
    return r.json


def save(coordinator, doc: dict, etag: str, data: bytes):
    return coordinator.send(
        f"documents/{doc['id']}/versions", {}, ("n.docx", data), headers={"If-Match": etag}
    )


@pytest.fixture
def proxied_postgres(postgres_schema, tmp_path, clock):
    url, engine = postgres_schema
    empty_tables(engine)
    real = make_url(url)
    proxy = TcpProxy((real.host, real.port or 5432))
    through = real.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    app = create_app(
        Settings(data_dir=tmp_path / "data", database_url=through, tls=False), clock=clock
    )
    yield app, proxy
    proxy.close()
    app.extensions["dhr"].engine.dispose()


def test_the_database_cut_mid_save_is_a_503_and_nothing_is_half_written(proxied_postgres):
    app, proxy = proxied_postgres
    coordinator = signed_in(app)
    doc = new_document(coordinator)
    services = app.extensions["dhr"]
    blobs = BlobStore(services.settings.data_dir / "blobs")

    proxy.cut_on(b"INSERT INTO library_versions")  # after the blob is durable, before commit
    second = valid_docx("second")  # made once: a .docx made a second later has other bytes
    r = save(coordinator, doc, doc["etag"], second)
    assert r.status_code == 503
    assert r.mimetype == "application/problem+json"
    assert r.headers["Retry-After"] == "5"
    assert "nothing was saved" in r.json["detail"]
    assert coordinator.get("reviews/1").status_code == 503  # still down: refused, not hung

    proxy.restore()
    versions = coordinator.get(f"documents/{doc['id']}/versions").json
    assert [v["label"] for v in versions] == ["0.1"]  # no half-written version
    assert coordinator.get("reviews/1/audit").json["verified"] is True
    report = reconcile(services.sessions, blobs)
    assert report["broken_versions"] == []
    assert len(report["orphaned_blobs"]) == 1  # the durable blob, reported and kept

    again = save(coordinator, doc, doc["etag"], second)
    assert again.status_code == 201  # the same save, once it is back, with the same ETag
    assert reconcile(services.sessions, blobs)["orphaned_blobs"] == []


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs for the document library's blobs."""
    mount = tmp_path / "data" / "blobs"
    mount.mkdir(parents=True)
    run = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        reason = f"cannot mount a small tmpfs ({run.stderr.strip()}): disk-full test not run"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(f"!!! {reason} !!!")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_refuses_the_save_clearly_and_earlier_versions_stay(small_disk, make_app):
    app = make_app()
    coordinator = signed_in(app)
    doc = new_document(coordinator)
    first = coordinator.get(f"documents/{doc['id']}/versions/0.1/content").data

    # An incompressible picture: a JPEG signature, then noise (a part must be what it claims).
    filler = b"\xff\xd8\xff\xe0" + hashlib.shake_256(b"incompressible").digest(3 * 1024 * 1024)
    big = rebuild(valid_docx("too big for the disk"), add={"word/media/filler.jpeg": filler})
    r = save(coordinator, doc, doc["etag"], big)
    assert r.status_code == 507
    assert r.json["title"] == "Document library full"
    assert "nothing was saved" in r.json["detail"]

    assert [v["label"] for v in coordinator.get(f"documents/{doc['id']}/versions").json] == ["0.1"]
    assert coordinator.get(f"documents/{doc['id']}/versions/0.1/content").data == first
    leftovers = [p.name for p in Path(small_disk).rglob(".incoming-*")]
    assert leftovers == []  # the partial temp file was removed, so the space is back
    small = save(coordinator, doc, doc["etag"], valid_docx("a small edit"))
    assert small.status_code == 201  # and the next save that fits goes through
