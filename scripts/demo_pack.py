"""`make demo`: renders every template for the seeded demo review into ./out/."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app import create_app
from services.storage.db import migrate
from services.storage.models import Agency, Person
from services.workflows import rendering
from services.workflows.context import Ctx
from services.workflows.demo import seed_once
from services.workflows.principal import load_principal

OUT = Path("out")


def main() -> None:
    app = create_app()
    services = app.extensions["dhr"]
    migrate(services.engine)
    seed_once(services)
    OUT.mkdir(exist_ok=True)
    with services.sessions() as session:
        coordinator = session.scalar(select(Person).where(Person.email == "coordinator@demo.local"))
        police = session.scalar(select(Agency).where(Agency.name == "Demoshire Police"))
        officer = session.scalar(select(Person).where(Person.agency_id == police.id))
        ctx = Ctx(
            session,
            load_principal(session, coordinator.id),
            services.clock,
            services.guidance,
            services.documents,
        )
        for name in rendering.CATALOGUE:
            options = {"template": name, "agency_id": police.id, "recipient_id": officer.id}
            data, filename, _type, warnings = rendering.preview(ctx, 1, options)
            target = OUT / filename.replace(" preview", "").replace(" ", "_")
            target.write_bytes(data)
            cleaned = f"  cleaned: {', '.join(warnings)}" if warnings else ""
            print(f"{target}  {len(data):>7} bytes{cleaned}")
    services.documents.sandbox.close()


if __name__ == "__main__":
    main()
