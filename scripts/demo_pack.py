"""`make demo`: every template filled for the demo review, into ./out/, and the first pages of the
pack as pictures in docs/gallery/ (docs/templates.md shows them).

The demo is seeded afresh in a temporary folder on a fixed day, so the pack, and the pictures,
are the same each time (LibreOffice lays the pages out; pdftoppm draws them at 60 dpi).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app import create_app
from services.clock import FixedClock
from services.documents.catalogue import CATALOGUE
from services.documents.contents import numbered_pdf
from services.documents.pdf import available, to_pdfs
from services.documents.rebuild import rebuild, with_pages
from services.seed.demo import seed_once
from services.storage.db import migrate
from services.storage.models import Agency, FamilyContact, Person
from services.workflows.directory.principal import load_principal
from services.workflows.kernel import records
from services.workflows.kernel.context import Ctx
from services.workflows.library import rendering
from services.workflows.reviews import family

OUT = Path("out")
GALLERY = Path("docs/gallery")
DAY = date(2026, 11, 26)
# (file in out/, picture name, pages to draw, profile)
PICTURES = [
    ("overview_report.docx", "overview-working", (1, 2, 5), "working"),
    ("overview_report.docx", "overview-published", (1, 2), "published"),
    ("executive_summary.docx", "executive-summary", (1,), "working"),
    ("imr.docx", "imr", (1, 2), "working"),
    ("letters_family_first_letter.docx", "letter-family", (1,), "working"),
    ("letters_imr_commission.docx", "letter-imr-commission", (1,), "working"),
    ("letters_scoping_request.docx", "letter-scoping-request", (1,), "working"),
    ("letters_police_notification.docx", "letter-police-notification", (1,), "working"),
    ("letters_home_office_decision.docx", "letter-home-office-decision", (1,), "working"),
    ("letters_home_office_qa_submission.docx", "letter-home-office-qa", (1,), "working"),
    ("letters_domestic_abuse_commissioner.docx", "letter-commissioner", (1,), "working"),
    ("letters_chair_expression_of_interest.docx", "letter-chair-interest", (1,), "working"),
    ("combined_chronology.docx", "combined-chronology", (1,), "working"),
    ("action_plan.xlsx", "action-plan", (1,), "working"),
]
RECIPIENTS = {
    "letters/scoping_request": "a.brandt@council.demo.local",
    "letters/imr_commission": "a.brandt@council.demo.local",
    "letters/chair_expression_of_interest": "chair.penhallow@pool.demo.local",
}


def as_(services, session, email: str) -> Ctx:
    person = session.scalar(select(Person).where(Person.email == email))
    principal = load_principal(session, person.id)
    return Ctx(session, principal, services.clock, services.guidance, services.documents)


def family_contact(services, session) -> int:
    """The family member the first letter is written to (the seed records none)."""
    found = session.scalar(select(FamilyContact).order_by(FamilyContact.id))
    if found is not None:
        return found.id
    author = as_(services, session, "chair.penhallow@pool.demo.local")
    body = {
        "name": "Margaret Fernleigh",
        "relationship": "Mother",
        "approached_on": None,
        "method": "letter",
        "advocacy_offered": True,
        "advocacy_provider": "AAFDA",
        "wishes": "",
        "pseudonym_wishes": "",
        "outcome": "took_part",
        "contribution": "",
        "risk_flag": None,
        "saw_draft": True,
        "draft_comments": "She asked that the tribute use the family's words.",
    }
    made = family.add_contact(author, 1, body)
    session.commit()
    return made["id"]


def fill_pack(services, session) -> list[Path]:
    contact = family_contact(services, session)
    ctx = as_(services, session, "coordinator@demo.local")
    police = session.scalar(select(Agency).where(Agency.name == "Demoshire Police"))
    review = records.open_review(ctx, 1, "create_document")
    written = []
    for name, found in CATALOGUE.items():
        recipient = RECIPIENTS.get(name)
        options = {
            "agency_id": police.id,
            "recipient_id": contact
            if name == "letters/family_first_letter"
            else (as_(services, session, recipient).actor_id if recipient else None),
            "store": True,
        }
        data, warnings = rendering.fill(ctx, found, review, options, "OFFICIAL-SENSITIVE", "0.1")
        target = OUT / f"{name.replace('/', '_')}.{found.file_type}"
        target.write_bytes(data)
        written.append(target)
        cleaned = f"  cleaned: {', '.join(warnings)}" if warnings else ""
        print(f"{target}  {len(data):>7} bytes{cleaned}")
    return written


def pictures(profile: Path) -> None:
    """The first pages of the pack, as a reader would see them, into docs/gallery/."""
    GALLERY.mkdir(parents=True, exist_ok=True)
    for source, picture, pages, kind in PICTURES:
        data = (OUT / source).read_bytes()
        if source.endswith(".xlsx"):
            pdf = to_pdfs({"x": data}, profile)["x"]
        elif kind == "published":
            public = rebuild(data, "Overview report", "Demo Community Safety Partnership")
            numbered = with_pages(public, to_pdfs({"p": public.docx}, profile)["p"])
            pdf = to_pdfs({"p": numbered.docx}, profile)["p"]
        else:
            pdf = numbered_pdf(data, profile)[1]
        with tempfile.TemporaryDirectory() as work:
            (Path(work) / "d.pdf").write_bytes(pdf)
            for page in pages:
                stem = GALLERY / f"{picture}-{page}"
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        "60",
                        "-f",
                        str(page),
                        "-l",
                        str(page),
                        "-singlefile",
                        str(Path(work) / "d.pdf"),
                        str(stem),
                    ],
                    check=True,
                )
                print(f"{stem}.png")


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["DHR_DATA_DIR"] = home
        os.environ.pop("DHR_DATABASE_URL", None)
        app = create_app(clock=FixedClock(DAY))
        services = app.extensions["dhr"]
        migrate(services.engine)
        seed_once(services)
        OUT.mkdir(exist_ok=True)
        with services.sessions() as session:
            fill_pack(services, session)
        services.documents.sandbox.close()
        if available() and os.environ.get("DHR_GALLERY", "1") == "1":
            pictures(Path(home) / "libreoffice-profile")
        else:
            print("!!! docs/gallery not redrawn: LibreOffice or poppler-utils is missing !!!")


if __name__ == "__main__":
    main()
