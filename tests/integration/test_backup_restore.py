"""Backups restore: `flask dhr backup` then `flask dhr restore` into an empty deployment gives
back every version byte for byte, the audit trail still verifying; a damaged backup is refused
before anything is written."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app import create_app
from services.config import Settings
from services.seed.demo import seed_once
from services.storage.db import make_engine
from tests.fakes.hostile import valid_docx
from tests.integration.conftest import Api


def deployment(url: str, data_dir, clock):
    return create_app(Settings(data_dir=data_dir, database_url=url, tls=False), clock=clock)


@pytest.fixture
def empty_database(database_url, tmp_path):
    """Where the restore goes: a new SQLite file, or a new PostgreSQL database."""
    if database_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"dhr_restore_{uuid.uuid4().hex[:8]}"
    admin = make_engine(database_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(database_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_a_backup_restores_every_version_into_an_empty_deployment(
    app, database_url, empty_database, tmp_path, clock
):
    seed_once(app.extensions["dhr"], imrs=False)
    coordinator = Api(app.test_client()).as_("coordinator@demo.local")
    doc = coordinator.send(
        "reviews/1/documents", {"kind": "other", "title": "Note"}, ("n.docx", valid_docx("v1"))
    ).json
    etag = doc["etag"]
    for text_ in ("v2", "v3"):
        etag = coordinator.send(
            f"documents/{doc['id']}/versions",
            {},
            ("n.docx", valid_docx(text_)),
            headers={"If-Match": etag},
        ).headers["ETag"]
    before = {
        v["label"]: coordinator.get(f"documents/{doc['id']}/versions/{v['label']}/content").data
        for v in coordinator.get(f"documents/{doc['id']}/versions").json
    }
    trail = coordinator.get("reviews/1/audit").json

    saved = app.test_cli_runner().invoke(args=["dhr", "backup", str(tmp_path / "backup")])
    assert saved.exit_code == 0, saved.output
    app.extensions["dhr"].engine.dispose()

    restored_app = deployment(empty_database, tmp_path / "restored", clock)
    done = restored_app.test_cli_runner().invoke(args=["dhr", "restore", str(tmp_path / "backup")])
    assert done.exit_code == 0, done.output
    assert "broken versions: []" in done.output

    again = Api(restored_app.test_client()).as_("coordinator@demo.local")
    after = {
        v["label"]: again.get(f"documents/{doc['id']}/versions/{v['label']}/content").data
        for v in again.get(f"documents/{doc['id']}/versions").json
    }
    assert after == before and len(after) == 3
    restored_trail = again.get("reviews/1/audit").json
    assert restored_trail["verified"] is True
    assert restored_trail["entries"][: len(trail["entries"])] == trail["entries"]
    restored_app.extensions["dhr"].engine.dispose()


def test_a_damaged_backup_is_refused_before_anything_is_written(app, tmp_path, clock):
    seed_once(app.extensions["dhr"], imrs=True)  # the police IMR's document is a blob
    assert app.test_cli_runner().invoke(args=["dhr", "backup", str(tmp_path / "b")]).exit_code == 0
    blob = next((tmp_path / "b" / "blobs").rglob("*"))
    while blob.is_dir():
        blob = next(blob.iterdir())
    blob.write_bytes(blob.read_bytes()[:-1] + b"!")

    target = deployment(f"sqlite:///{tmp_path / 'new.sqlite3'}", tmp_path / "new", clock)
    result = target.test_cli_runner().invoke(args=["dhr", "restore", str(tmp_path / "b")])
    assert result.exit_code != 0
    assert "does not match its SHA-256" in str(result.exception)
    assert not (tmp_path / "new" / "blobs").exists() or not any(
        (tmp_path / "new" / "blobs").iterdir()
    )
    target.extensions["dhr"].engine.dispose()
