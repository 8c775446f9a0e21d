"""What every use case receives: the open database session, the caller, the clock and the rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from services.documents.parse_sandbox import ParseSandbox
from services.documents.upload_checks import Limits
from services.domain.access import Principal
from services.domain.guidance import Guidance, GuidanceRules
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


@dataclass(frozen=True)
class Integrations:
    """Where outbox events go besides the local notifications the task pane shows."""

    public_url: str = "https://127.0.0.1:3000"
    teams_webhooks: dict[str, str] = field(default_factory=dict)  # CSP code -> Workflows URL
    sharepoint_lists: bool = False


@dataclass
class Ctx:
    session: Session
    principal: Principal
    clock: Clock
    guidance: Guidance
    documents: DocumentServices | None = None
    integrations: Integrations = field(default_factory=Integrations)
    assertion: str | None = None  # the caller's Entra ID access token, for on-behalf-of calls

    @property
    def library(self) -> DocumentLibrary:
        return self.documents.library_for(self.session, self.assertion)

    @property
    def today(self) -> date:
        return self.clock.today()

    @property
    def actor_id(self) -> int:
        return self.principal.person_id

    def rules(self, version: str) -> GuidanceRules:
        return self.guidance.rules(version)
