"""Whether the database answers: the health check's one query, kept out of the web layer."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def database_answers(session: Session) -> None:
    """Raises when the database does not answer."""
    session.execute(text("SELECT 1"))
