"""What `make scale` checks once the load has stopped (bench/scale.py): versions, deliveries,
reminders and audit chains, read from the one database, the SharePoint fake and the Teams fake.
"""

from __future__ import annotations

import itertools
import time
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.storage.db import make_engine
from services.storage.models import AuditEntry, Document, DocumentVersion, OutboxEvent
from services.workflows.kernel.audit_trail import trail

DRAIN_SECONDS = 90


def check(database: str, sharepoint, teams, accepted: list[tuple[int, str]], swept) -> dict:
    engine = make_engine(database)
    try:
        _drain(engine)
        with Session(engine) as session:
            found = {
                "versions": _versions(session, sharepoint, accepted),
                "deliveries": _deliveries(session, teams),
                "reminders": _reminders(session, swept),
                "audit": _audit(session),
            }
    finally:
        engine.dispose()
    found["problems"] = [p for part in found.values() for p in part.pop("problems")]
    return found


def _drain(engine) -> None:
    """Waits until the workers have nothing pending (or DRAIN_SECONDS have passed)."""
    deadline = time.monotonic() + DRAIN_SECONDS
    while time.monotonic() < deadline:
        with Session(engine) as session:
            pending = session.scalar(select(func.count()).where(OutboxEvent.state == "pending"))
        if not pending:
            return
        time.sleep(1)


def _versions(session: Session, sharepoint, accepted: list[tuple[int, str]]) -> dict:
    """Every accepted save is exactly one version: per document, the versions are the first
    plus one per accepted save, labels unique and without gaps, and the SharePoint file holds
    as many versions."""
    problems, saves = [], Counter(doc for doc, _etag in accepted)
    documents = {}
    for doc_id in sorted(saves):
        labels = session.scalars(
            select(DocumentVersion.label)
            .where(DocumentVersion.document_id == doc_id)
            .order_by(DocumentVersion.id)
        ).all()
        numbers = [tuple(int(p) for p in label.split(".")) for label in labels]
        steps = {(b[0] - a[0], b[1] - a[1]) for a, b in itertools.pairwise(numbers)}
        document = session.get(Document, doc_id)
        in_library = _library_versions(sharepoint, document.library_ref)
        documents[doc_id] = {
            "accepted_saves": saves[doc_id],
            "versions": len(labels),
            "labels": f"{labels[0]} .. {labels[-1]}",
            "sharepoint_versions": in_library,
        }
        if len(labels) != saves[doc_id] + 1:
            problems.append(f"document {doc_id}: {len(labels)} versions for {saves[doc_id]} saves")
        if len(set(labels)) != len(labels):
            problems.append(f"document {doc_id}: duplicated labels")
        if len(steps) > 1:
            problems.append(f"document {doc_id}: labels with gaps: {labels}")
        if in_library != len(labels):
            problems.append(f"document {doc_id}: {in_library} SharePoint versions, {len(labels)}")
    etags = Counter(etag for _doc, etag in accepted)
    problems += [f"ETag {e} answered to {n} saves" for e, n in etags.items() if n > 1]
    return {"documents": documents, "accepted_saves": len(accepted), "problems": problems}


def _library_versions(sharepoint, library_ref: str) -> int:
    for file in sharepoint.files.values():
        if library_ref in (file.unique_id, f"{file.folder}/{file.name}"):
            return len(file.versions)
    return -1


def _deliveries(session: Session, teams) -> dict:
    """Each Teams event posted once: the fake's posts by Idempotency-Key against the outbox."""
    events = session.execute(select(OutboxEvent.key, OutboxEvent.target, OutboxEvent.state)).all()
    by_state = Counter(f"{target} {state}" for _key, target, state in events)
    posted = Counter(post["key"] for post in teams.posts)
    delivered = {
        key for key, target, state in events if target.startswith("teams") and state == "delivered"
    }
    problems = [f"posted {n} times: {key}" for key, n in posted.items() if n > 1]
    problems += [f"delivered but never posted: {k}" for k in delivered - set(posted)]
    problems += [f"posted, not in the outbox as delivered: {k}" for k in set(posted) - delivered]
    pending = sum(n for name, n in by_state.items() if name.endswith("pending"))
    if pending:
        problems.append(f"{pending} events still pending after {DRAIN_SECONDS} s")
    return {
        "outbox": dict(by_state),
        "teams_posts": len(teams.posts),
        "teams_keys": len(posted),
        "problems": problems,
    }


def _reminders(session: Session, swept: list[list[int]]) -> dict:
    """Reminders queued once: no reminder (deadline reminders by key; action reminders by
    action and target date, their keys carry a random part) is in the outbox twice for a
    target, and what the workers' sweeps say they queued, summed, is what the outbox holds."""
    rows = session.execute(
        select(OutboxEvent.key, OutboxEvent.target, OutboxEvent.event).where(
            OutboxEvent.event.like("reminder.%") | (OutboxEvent.event == "action.due_soon")
        )
    ).all()
    identities = Counter(
        (
            ":".join(key.split(":")[:4]) if event == "action.due_soon" else key[: -len(target) - 1],
            target,
        )
        for key, target, event in rows
    )
    queued = sum(sum(s) for s in swept)
    distinct = len({identity for identity, _target in identities})
    problems = [f"{i} queued {n} times for {t}" for (i, t), n in identities.items() if n > 1]
    if queued != distinct:
        problems.append(f"the sweeps report {queued} reminders queued; the outbox has {distinct}")
    return {
        "sweeps_per_worker": swept,
        "reminders_queued": queued,
        "reminders_in_outbox": distinct,
        "reminder_events": len(rows),
        "problems": problems,
    }


def _audit(session: Session) -> dict:
    chains = session.scalars(select(AuditEntry.chain).distinct()).all()
    broken = [c for c in chains if not trail(session, c)["verified"]]
    return {
        "chains": len(chains),
        "entries": session.scalar(select(func.count()).select_from(AuditEntry)),
        "broken": broken,
        "problems": [f"audit chain {c} does not verify" for c in broken],
    }
