"""Shared fixtures: a migrated database per backend, the app on it, and signed-in API callers."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
import uuid
from datetime import date

import pytest
from sqlalchemy import text

from app import create_app
from services.clock import FixedClock
from services.config import Settings
from services.seed.demo import seed_once
from services.storage.db import make_engine, migrate
from services.storage.models import Base
from tests.fakes.dns import FakeDns

TODAY = date(2026, 11, 26)
PG_ENV = "DHR_TEST_POSTGRES_URL"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "dhr.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_schema():
    """A private schema per test run, so CI and a developer's run never share tables."""
    base = os.environ.get(PG_ENV)
    if not base:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {PG_ENV} is not set: the PostgreSQL run is required")
        pytest.skip(f"{PG_ENV} not set: PostgreSQL tests skipped (make test sets it)")
    schema = f"dhr_test_{uuid.uuid4().hex[:10]}"
    admin = make_engine(base)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    url = f"{base}{sep}options=-csearch_path%3D{schema}"
    engine = make_engine(url)
    migrate(engine)
    yield url, engine
    engine.dispose()
    with admin.begin() as c:
        c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        target = tmp_path / "dhr.sqlite3"
        shutil.copy(template, target)
        return f"sqlite:///{target}"
    url, engine = request.getfixturevalue("postgres_schema")
    empty_tables(engine)
    return url


def empty_tables(engine) -> None:
    """Empties the shared PostgreSQL schema for the next test: every table but the access
    generation's one row, which the migration made (0019) and without which no process may keep
    the principals it builds."""
    kept = {"access_generation"}
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables if t.name not in kept)
    with engine.begin() as c:
        c.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture
def clock():
    return FixedClock(TODAY)


@pytest.fixture
def make_app(database_url, tmp_path, clock):
    """Builds the service for this test: the default settings with `changes`, or `settings` whole
    (changes applied on top); the demo seeded when `seed` is given (True: with its IMRs). Every
    app made is closed after the test."""
    made = []

    def make(settings=None, *, seed=None, resolver=None, **changes):
        base = settings or Settings(
            data_dir=tmp_path / "data", database_url=database_url, tls=False
        )
        application = create_app(
            dataclasses.replace(base, **changes), clock=clock, resolver=resolver
        )
        made.append(application)
        if seed is not None:
            seed_once(application.extensions["dhr"], imrs=seed)
        return application

    yield make
    for application in made:
        application.extensions["dhr"].engine.dispose()
        application.extensions["dhr"].documents.sandbox.close()


@pytest.fixture
def app(make_app):
    return make_app(resolver=FakeDns())


def pytest_terminal_summary(terminalreporter):
    """The access matrix's cell count, in the run's output whenever it ran."""
    matrix = sys.modules.get("tests.integration.test_access_matrix")
    if matrix is not None and sum(matrix.OUTCOMES.values()):
        terminalreporter.write_line(matrix.summary())
