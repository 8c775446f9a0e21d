"""The outbox worker: claims due events with a lease, delivers them outside any transaction,
and records the result. `flask --app app dhr worker` runs it; `make run` starts it beside the app.

A worker killed mid-delivery leaves its events leased; when the lease runs out another worker (or
the same one restarted) delivers them again under the same Idempotency-Key. Nothing is lost; a
receiver that honours the key sees each event once. After `max_attempts` an event is `failed`,
still in the table, visible at GET /api/v1/admin/outbox and retried from there.
"""

from __future__ import annotations

import logging
import random
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from services.integrations import outbound, teams_card, webhooks
from services.integrations.reminder_card import reminder_card
from services.integrations.sharepoint_lists import ListSync
from services.integrations.webhooks import Failed, Retry
from services.storage.models import Document, Notification, OutboxEvent, SignOff, Subscription

log = logging.getLogger(__name__)


@dataclass
class Worker:
    sessions: Callable
    public_url: str
    teams_webhooks: dict[str, str]
    lists: ListSync | None = None
    lease_seconds: float = 60.0
    backoff_seconds: float = 5.0
    max_attempts: int = 12
    verify_tls: bool | str = True
    http_timeout: float = 10.0
    library_for: Callable | None = None  # to mirror content approval of pending sign-offs
    # Jobs that put events in the outbox on a timetable (action reminders), each returning how
    # many it queued; run every `sweep_seconds`.
    sweeps: tuple[Callable[[], int], ...] = ()
    sweep_seconds: float = 900.0
    # Which URLs may be called, and how names resolve (socket.getaddrinfo but in tests).
    policy: outbound.Policy = field(default_factory=lambda: outbound.Policy(()))
    resolver: outbound.Resolver = socket.getaddrinfo

    def mirror_approvals(self) -> int:
        """Reads the library's content-approval status (SharePoint: 0 approved, 1 rejected,
        2 pending, 3 draft) of each document waiting for sign-off into the sign-off's
        `library_status`. The decision itself stays with a named person (four eyes)."""
        if self.library_for is None:
            return 0
        changed = 0
        with self.sessions() as session:
            library = self.library_for(session)
            waiting = session.scalars(select(SignOff).where(SignOff.state == "pending")).all()
            for signoff in waiting:
                doc = session.get(Document, signoff.document_id)
                try:
                    status = library.approval_status(doc.library_ref)
                except Exception as exc:  # the next round tries again
                    log.warning("approval status of document %s: %s", doc.id, exc)
                    continue
                if status != signoff.library_status:
                    signoff.library_status, changed = status, changed + 1
            session.commit()
        return changed

    def claim(self, limit: int = 20) -> list[int]:
        """Leases due events to this worker in one short transaction."""
        now = datetime.now(UTC)
        with self.sessions() as session:
            due = session.scalars(
                select(OutboxEvent)
                .where(OutboxEvent.state == "pending", OutboxEvent.next_attempt_at <= now)
                .order_by(OutboxEvent.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            ).all()
            for event in due:
                event.attempts += 1
                event.next_attempt_at = now + timedelta(seconds=self.lease_seconds)
            session.commit()
            return [e.id for e in due]

    def run_once(self) -> int:
        claimed = self.claim()
        for event_id in claimed:
            self._deliver(event_id)
        return len(claimed)

    def sweep(self) -> int:
        queued = 0
        for job in self.sweeps:
            try:
                queued += job()
            except Exception:  # the next round tries again; deliveries must go on meanwhile
                log.exception("sweep %s", getattr(job, "__name__", job))
        return queued

    def run_forever(self, idle_seconds: float = 1.0, stop: Callable[[], bool] = lambda: False):
        mirrored = swept = -float("inf")
        while not stop():
            if time.monotonic() - mirrored > 60:
                self.mirror_approvals()
                mirrored = time.monotonic()
            if time.monotonic() - swept > self.sweep_seconds:
                self.sweep()
                swept = time.monotonic()
            if not self.run_once():
                time.sleep(idle_seconds)

    def _deliver(self, event_id: int) -> None:
        with self.sessions() as session:
            event = session.get(OutboxEvent, event_id)
            target, payload, key, attempts = event.target, event.payload, event.key, event.attempts
            review_id = event.review_id
            if event.state == "delivered":
                # Re-leased while this worker was slow, and another saw it succeed: Teams does
                # not deduplicate, so it is not posted again.
                return
        try:
            self._send(target, payload, key, review_id)
        except Retry as exc:
            self._finish(event_id, error=str(exc), after=exc.after, attempts=attempts)
        except Failed as exc:
            self._finish(event_id, error=str(exc), failed=True)
        except Exception as exc:  # a bug must not stop the queue; keep the event and say why
            log.exception("outbox event %s", event_id)
            self._finish(event_id, error=f"{type(exc).__name__}: {exc}", attempts=attempts)
        else:
            self._finish(event_id)

    def _send(self, target: str, payload: dict, key: str, review_id: int | None) -> None:
        kind, _, name = target.partition(":")
        if kind == "local":
            self._local(payload, key, review_id)
        elif kind == "teams":
            url = self.teams_webhooks.get(name)
            if not url:
                raise Failed(f"No Teams webhook is configured for {name}")
            if payload["event"].startswith("reminder."):
                card = reminder_card(payload, self.public_url)
            else:
                card = teams_card.signoff_card(payload, self.public_url)
            envelope = teams_card.envelope(card)
            self._post(url, envelope, key)
        elif kind == "subscription":
            with self.sessions() as session:
                subscription = session.get(Subscription, int(name))
                url = subscription and subscription.callback_url
            if url is None:
                raise Failed("The subscription was removed")
            self._post(url, payload, key)
        elif kind == "sharepoint_list":
            if self.lists is None:
                raise Failed("SharePoint lists are not configured")
            self.lists.deliver(payload)
        else:
            raise Failed(f"Unknown target {target}")

    def _post(self, url: str, body: dict, key: str) -> None:
        webhooks.post(
            url, body, key, self.policy, self.resolver, self.http_timeout, self._verify(url)
        )

    def _verify(self, url: str) -> bool | str:
        return self.verify_tls if urlsplit(url).hostname in {"127.0.0.1", "localhost"} else True

    def _local(self, payload: dict, key: str, review_id: int | None) -> None:
        with self.sessions() as session:
            session.add(
                Notification(
                    outbox_key=key,
                    review_id=review_id,
                    event=payload["event"],
                    payload=payload,
                    created_at=datetime.now(UTC),
                )
            )
            try:
                session.commit()
            except IntegrityError:  # delivered before a crash: once is enough
                session.rollback()

    def _finish(self, event_id, *, error="", after=None, attempts=0, failed=False) -> None:
        now = datetime.now(UTC)
        with self.sessions() as session:
            event = session.get(OutboxEvent, event_id)
            event.last_error = error
            if not error:
                event.state, event.delivered_at = "delivered", now
            elif failed or attempts >= self.max_attempts:
                event.state = "failed"
            else:
                delay = after if after is not None else self._backoff(attempts)
                event.next_attempt_at = now + timedelta(seconds=delay)
            session.commit()

    def _backoff(self, attempts: int) -> float:
        base = self.backoff_seconds * 2 ** min(attempts - 1, 8)
        return base * (0.8 + 0.4 * random.random())  # noqa: S311 - jitter, not secrecy
