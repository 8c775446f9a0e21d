"""Engine and session factory for SQLite (embedded) or PostgreSQL, and the migration runner."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def make_engine(url: str, **kwargs) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        # SQLite upgrades a read transaction to a write one only if no one wrote meanwhile, and
        # fails at once otherwise; taking the write lock at BEGIN makes writers queue instead.
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event issues BEGIN itself
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    # Whether the open transaction has written anything (see Ctx.idle).
    event.listen(factory, "after_flush", lambda session, _ctx: session.info.update(wrote=True))
    event.listen(factory, "do_orm_execute", _note_statement_writes)
    event.listen(factory, "after_commit", lambda session: session.info.pop("wrote", None))
    event.listen(factory, "after_rollback", lambda session: session.info.pop("wrote", None))
    return factory


def _note_statement_writes(state) -> None:
    """An UPDATE, DELETE or INSERT run as a statement (not a flush) writes too."""
    if state.is_update or state.is_delete or state.is_insert:
        state.session.info.update(wrote=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision, on the engine's own connection."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
