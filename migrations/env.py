"""Alembic environment: runs on the connection handed over by services.storage.db.migrate,
or on DHR_DATABASE_URL when invoked as `alembic -c migrations/alembic.ini upgrade head`."""

from alembic import context

from services.config import Settings
from services.storage.db import make_engine
from services.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    engine = make_engine(Settings.from_env().effective_database_url)
    with engine.begin() as own:
        _run_on(own)


def _run_on(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run()
