"""Builds the adapters for the configured mode: the one place that wires the service together."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from services.auth.dev import DevTokens, load_or_create_key
from services.clock import SystemClock
from services.config import Settings
from services.domain.guidance import Guidance, load_guidance
from services.ports import Clock
from services.storage.db import make_engine, make_session_factory


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    guidance: Guidance
    clock: Clock
    tokens: DevTokens


def build(settings: Settings, clock: Clock | None = None) -> Services:
    problems = settings.problems()
    if problems:
        raise SystemExit("Refusing to start: " + "; ".join(problems))
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.effective_database_url)
    return Services(
        settings=settings,
        engine=engine,
        sessions=make_session_factory(engine),
        guidance=load_guidance(settings.guidance_file),
        clock=clock or SystemClock(),
        tokens=DevTokens(load_or_create_key(settings.data_dir), settings.token_ttl_seconds),
    )
