"""The demo's postal addresses and telephone numbers, which letters print (Ofcom's numbers for
drama, so none is anyone's), and the overview author's statement and background."""

from __future__ import annotations

from services.storage.models import Agency, Person
from services.workflows.kernel.context import Ctx

ADDRESSES = {
    "Demoshire Police": "Police Headquarters\nCentral Way\nDemoshire DM1 1AA",
    "Demo District Council": "Civic Centre\nHigh Street\nDemoshire DM2 2BB",
}
# The overview author's independence statement and background (the report's section 9).
AUTHOR = {
    "independence_statement": "I have not worked for any agency taking part in this "
    "review, nor known the victim, the perpetrator or their families.",
    "background": "A former social worker and author of several published reviews.",
}
PHONES = {"coordinator@demo.local": "01632 960001", "chair.ashdown@pool.demo.local": "01632 960002"}


def add(ctx: Ctx, agencies: dict[str, int], people: dict[str, int]) -> None:
    for name, address in ADDRESSES.items():
        agency = ctx.session.get(Agency, agencies[name])
        if agency is not None:
            agency.address = address
    for email, phone in PHONES.items():
        person = ctx.session.get(Person, people[email])
        if person is not None:
            person.phone = phone
