"""The document library contract runs against every adapter behind the DocumentLibrary port."""

from __future__ import annotations

from datetime import date

import pytest

from services.clock import FixedClock
from services.storage.blobs import BlobStore
from services.storage.db import make_engine, make_session_factory, migrate
from services.storage.local_library import LocalLibrary
from tests.fakes.microsoft365 import microsoft365


@pytest.fixture
def local_library(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'library.sqlite3'}")
    migrate(engine)
    session = make_session_factory(engine)()
    yield LocalLibrary(session, BlobStore(tmp_path / "blobs"), FixedClock(date(2026, 11, 26)))
    session.commit()
    session.close()
    engine.dispose()


@pytest.fixture(params=["local", "sharepoint"])
def library(request):
    return request.getfixturevalue(f"{request.param}_library")


@pytest.fixture
def m365(tmp_path):
    with microsoft365(tmp_path) as fakes:
        yield fakes


@pytest.fixture
def sharepoint_library(m365):
    return m365.library()
