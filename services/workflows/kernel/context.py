"""What every use case receives: the open database session, the caller, the clock and the rules."""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from services.config import OUTBOUND_HOSTS
from services.documents.parse_sandbox import ParseSandbox
from services.documents.upload_checks import Limits
from services.domain.access import Principal
from services.domain.guidance import Guidance, GuidanceRules
from services.integrations import outbound
from services.ports import Clock, DocumentLibrary


@dataclass
class DocumentServices:
    """What document use cases need besides the database: the library and upload checks."""

    # (session, the caller's Entra token or None) -> the library; SharePoint acts for the caller
    # on their token when it has one, and as the app otherwise (the worker).
    library_for: Callable[..., DocumentLibrary]
    sandbox: ParseSandbox
    limits: Limits
    uploads_dir: Path
    quota: UploadQuota = field(default_factory=lambda: UploadQuota())
    # Protective marking -> Purview label id for generated files (DHR_SENSITIVITY_LABELS), and
    # the tenant that defines the labels.
    sensitivity_labels: dict[str, str] = field(default_factory=dict)
    tenant_id: str = ""


@dataclass(frozen=True)
class UploadQuota:
    """How much one person may upload (docs/security.md, "Uploads")."""

    session_hours: float = 24.0
    sessions_per_person: int = 4
    daily_bytes: int = 1024 * 1024 * 1024


@dataclass(frozen=True)
class Integrations:
    """Where outbox events go besides the local notifications the task pane shows."""

    public_url: str = "https://127.0.0.1:3000"
    teams_webhooks: dict[str, str] = field(default_factory=dict)  # CSP code -> Workflows URL
    sharepoint_lists: bool = False
    # Which callback URLs may be called, and how names resolve (getaddrinfo but in tests).
    outbound: outbound.Policy = field(default_factory=lambda: outbound.Policy(OUTBOUND_HOSTS))
    resolver: outbound.Resolver = socket.getaddrinfo


@dataclass
class Ctx:
    session: Session
    principal: Principal
    clock: Clock
    guidance: Guidance
    documents: DocumentServices | None = None
    integrations: Integrations = field(default_factory=Integrations)
    assertion: str | None = None  # the caller's Entra ID access token, for on-behalf-of calls

    def idle(self) -> None:
        """Ends the transaction if it has written nothing yet, so no lock is held while slow
        work runs in the sandbox (SQLite's write lock would stop every other request). The
        next query begins a new transaction; a caller that held a row lock takes it again.
        Read what the slow work needs first: loaded objects expire here."""
        session = self.session
        if not (session.info.get("wrote") or session.new or session.dirty or session.deleted):
            session.rollback()

    @property
    def docs(self) -> DocumentServices:
        """The document services; only the scheduled sweeps' contexts (services.bootstrap) run
        without them, and they run no use case that reads or writes files."""
        if self.documents is None:
            raise RuntimeError("this context has no document services")
        return self.documents

    @property
    def library(self) -> DocumentLibrary:
        return self.docs.library_for(self.session, self.assertion)

    @property
    def today(self) -> date:
        return self.clock.today()

    @property
    def actor_id(self) -> int:
        return self.principal.person_id

    def rules(self, version: str) -> GuidanceRules:
        return self.guidance.rules(version)
