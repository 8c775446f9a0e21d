"""The real clock and a fixed one for tests and demonstrations."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return datetime.now(LONDON).date()


class FixedClock:
    """Stands still on one day (noon, London time) unless moved."""

    def __init__(self, day: date):
        self.day = day

    def now(self) -> datetime:
        return datetime.combine(self.day, time(12), LONDON).astimezone(UTC)

    def today(self) -> date:
        return self.day
