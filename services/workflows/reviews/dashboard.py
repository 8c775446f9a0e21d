"""A CSP's dashboard: open reviews by state, deadlines near and past, and pool capacity."""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import select

from services.domain import lifecycle
from services.domain.access import require_csp
from services.storage.models import Person, Review, ReviewMember
from services.workflows.directory.directory import visible_csp
from services.workflows.kernel import views
from services.workflows.kernel.context import Ctx

HORIZON_DAYS = 30


def dashboard(ctx: Ctx, code: str) -> dict:
    csp = visible_csp(ctx, code)
    require_csp(ctx.principal, "view_dashboard", csp.id)
    reviews = ctx.session.scalars(
        select(Review).where(Review.csp_id == csp.id).order_by(Review.id)
    ).all()
    open_reviews = [r for r in reviews if lifecycle.is_open(r.state)]
    due_soon, overdue = [], []
    due = views.deadlines_for(ctx, open_reviews)
    for review in open_reviews:
        for name, d in due[review.id].items():
            if d["met_on"]:
                continue
            item = {"review_id": review.id, "reference": review.reference, "deadline": name, **d}
            if d["overdue"]:
                overdue.append(item)
            elif d["days_left"] <= HORIZON_DAYS:
                due_soon.append(item)
    return {
        "csp": csp.code,
        "today": ctx.today.isoformat(),
        "open_reviews": len(open_reviews),
        "by_state": dict(Counter(r.state for r in open_reviews)),
        "due_within_30_days": sorted(due_soon, key=lambda i: i["due"]),
        "overdue": sorted(overdue, key=lambda i: i["due"]),
        "pool": pool_load(ctx),
    }


def pool_load(ctx: Ctx) -> list[dict]:
    """Each pool chair's and overview author's open reviews across every CSP (seed §13)."""
    pool = ctx.session.scalars(
        select(Person)
        .where((Person.pool_chair.is_(True)) | (Person.pool_overview_author.is_(True)))
        .order_by(Person.name)
    ).all()
    load: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    rows = ctx.session.execute(
        select(ReviewMember.person_id, ReviewMember.role, Review.reference, Review.state)
        .join(Review, Review.id == ReviewMember.review_id)
        .where(ReviewMember.left_on.is_(None), ReviewMember.role.in_(("chair", "overview_author")))
    )
    for person_id, role, reference, state in rows:
        if lifecycle.is_open(state):
            load[person_id][role].append(reference)
    return [
        {
            "person_id": p.id,
            "name": p.name,
            "chair": p.pool_chair,
            "overview_author": p.pool_overview_author,
            "trained_on": p.trained_on.isoformat() if p.trained_on else None,
            "chairing": load[p.id]["chair"],
            "authoring": load[p.id]["overview_author"],
            "open_reviews": len(set(load[p.id]["chair"]) | set(load[p.id]["overview_author"])),
        }
        for p in pool
    ]
