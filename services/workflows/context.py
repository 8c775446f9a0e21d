"""What every use case receives: the open database session, the caller, the clock and the rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from services.domain.access import Principal
from services.domain.guidance import Guidance, GuidanceRules
from services.ports import Clock


@dataclass
class Ctx:
    session: Session
    principal: Principal
    clock: Clock
    guidance: Guidance

    @property
    def today(self) -> date:
        return self.clock.today()

    @property
    def actor_id(self) -> int:
        return self.principal.person_id

    def rules(self, version: str) -> GuidanceRules:
        return self.guidance.rules(version)
