"""SIGKILL in the middle of saving, again and again: nothing earlier changes, no row dangles."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from services.clock import FixedClock
from services.storage.blobs import BlobStore
from services.storage.db import make_engine, make_session_factory
from services.storage.local_library import LocalLibrary
from services.storage.models import LibraryVersionRow
from services.storage.reconcile import reconcile

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(database_url, tmp_path):
    engine = make_engine(database_url)
    sessions = make_session_factory(engine)
    blobs = BlobStore(tmp_path / "blobs")
    with sessions() as session:
        library = LocalLibrary(session, blobs, FixedClock(date(2026, 11, 26)))
        item, _ = library.create("DEMO-2026-001", "imr.docx", b"the first draft", comment="")
        session.commit()
    yield sessions, blobs, item
    engine.dispose()


def versions(sessions) -> dict[str, str]:
    with sessions() as session:
        rows = session.execute(select(LibraryVersionRow.label, LibraryVersionRow.sha256)).all()
    return {r.label: r.sha256 for r in rows}


def run_loop(database_url: str, blobs: BlobStore, item: str, *mode: str):
    return subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.save_loop", database_url, str(blobs.root), item, *mode],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def assert_intact(sessions, blobs: BlobStore, before: dict[str, str]) -> dict[str, str]:
    after = versions(sessions)
    for label, sha256 in before.items():
        assert after[label] == sha256  # no earlier version changed
    for label, sha256 in after.items():
        assert hashlib.sha256(blobs.get(sha256)).hexdigest() == sha256, label
    assert reconcile(sessions, blobs)["broken_versions"] == []
    return after


def test_sigkill_while_saving_loses_nothing_that_was_saved(database_url, store):
    sessions, blobs, item = store
    seen = versions(sessions)
    rng = random.Random(7)
    for _round in range(6):
        process = run_loop(database_url, blobs, item)
        assert process.stdout.readline()  # at least one save got through
        time.sleep(rng.uniform(0.0, 0.25))
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        process.stderr.close()
        seen = assert_intact(sessions, blobs, seen)
    assert len(seen) > 6


def test_sigkill_between_the_durable_blob_and_the_commit(database_url, store):
    sessions, blobs, item = store
    before = versions(sessions)
    process = run_loop(database_url, blobs, item, "kill-after-blob")
    assert process.wait() == -signal.SIGKILL
    process.stdout.close()
    process.stderr.close()
    assert assert_intact(sessions, blobs, before) == before  # no row was committed
    report = reconcile(sessions, blobs)
    assert len(report["orphaned_blobs"]) == 1  # the blob is reported, and kept
    assert blobs.exists(report["orphaned_blobs"][0])
