"""The demo review's opening stages: notified, decided, the panel formed, the subjects named and
the terms agreed, through the same use cases (and request schemas) as the API."""

from __future__ import annotations

from datetime import date, timedelta

from services.seed.demo_contacts import AUTHOR
from services.workflows.reviews import decision as decide
from services.workflows.reviews import notification as notify
from services.workflows.reviews import panel, subjects, terms
from services.workflows.reviews.requests import PanelMemberRequest


def review(as_, ids: dict[str, int], today: date) -> int:
    """Notified, scoped, decided and told to the Home Office; then the panel and terms."""
    died = today - timedelta(days=75)
    coordinator, csp_chair = as_("coordinator@demo.local"), as_("csp-chair@demo.local")
    review = notify.notify_death(
        coordinator,
        {
            "csp": "DEMO",
            "guidance_version": None,
            "victim": {
                "name": "Jordan Fernleigh",
                "sex": "female",
                "date_of_birth": died - timedelta(days=34 * 365 + 100),
                "age": None,
            },
            "date_of_death": died,
            "relationship": "intimate_partner",
            "notified_on": died + timedelta(days=2),
            "notifying_officer": {"name": "DCI Pat Lowther", "force": "Demoshire Police"},
        },
    )
    rid = review["id"]
    agencies = [v for k, v in ids.items() if k.startswith("agency:")]
    decide.start_scoping(
        coordinator, rid, {"started_on": died + timedelta(days=3), "agency_ids": agencies[:5]}
    )
    decide.decide(
        csp_chair,
        rid,
        {
            "proceed": True,
            "decided_on": died + timedelta(days=20),
            "rationale": "The death appears to meet the statutory definition and several "
            "agencies had contact with the victim in the year before her death.",
            "factors": [
                "meets_statutory_definition",
                "agency_contact",
                "local_partners_consulted",
            ],
            "child_review_arrangement": None,
        },
    )
    decide.tell_home_office(
        coordinator,
        rid,
        {"sent_on": died + timedelta(days=21), "method": "email", "address": None},
    )
    _panel_and_terms(as_, ids, rid, died)
    return rid


def _panel_and_terms(as_, ids: dict[str, int], rid: int, died: date) -> None:
    """The chair appointed, the panel formed, the subjects named and terms agreed; IMRs start."""
    coordinator, csp_chair = as_("coordinator@demo.local"), as_("csp-chair@demo.local")
    panel.appoint_chair(
        csp_chair,
        rid,
        {
            "person_id": ids["chair.ashdown@pool.demo.local"],
            "signed_on": died + timedelta(days=24),
            "appointed_on": died + timedelta(days=24),
            "independence_statement": "I have no connection with any agency taking part in "
            "this review and have not been involved with the victim, the perpetrator or their "
            "families.",
            "background": "A former senior probation officer, chairing reviews since 2019.",
            "training": None,
        },
    )
    joined = died + timedelta(days=25)
    for email in (
        "j.okafor@police.demo.local",
        "a.brandt@council.demo.local",
        "s.whitlow@trust.demo.local",
    ):
        member: PanelMemberRequest = {
            "person_id": ids[email],
            "role": "panel_member",
            "joined_on": joined,
            "independence_statement": None,
            "background": None,
            "training": None,
        }
        panel.add_panel_member(coordinator, rid, member)
    author = ids["chair.penhallow@pool.demo.local"]
    panel.add_panel_member(
        coordinator,
        rid,
        {
            "person_id": author,
            "role": "overview_author",
            "joined_on": joined,
            "independence_statement": AUTHOR["independence_statement"],
            "background": AUTHOR["background"],
            "training": None,
        },
    )
    panel.establish_panel(coordinator, rid)
    _subjects(coordinator, rid)
    chair = as_("chair.ashdown@pool.demo.local")
    terms.agree_terms(
        chair,
        rid,
        {
            "period_from": died - timedelta(days=3 * 365),
            "period_to": died,
            "lines_of_enquiry": [
                "What did each agency know of the abuse, and how did it respond?",
                "Was coercive and controlling behaviour recognised and assessed?",
                "How were the victim's wishes and her children's needs taken into account?",
            ],
            "agreed_on": died + timedelta(days=27),
        },
    )
    terms.start_imrs(chair, rid)


def _subjects(coordinator, rid: int) -> None:
    """The victim and the perpetrator in the subject register, with their pseudonyms."""
    subjects.add_subject(
        coordinator,
        rid,
        {
            "role": "victim",
            "real_name": "Jordan Fernleigh",
            "aliases": ["Jo Fernleigh"],
            "pseudonym": "Ruth",
            "pseudonym_chosen_by": "family",
            "relationship_to_victim": None,
            "age_at_death": 34,
            "ethnicity": "White British",
        },
    )
    subjects.add_subject(
        coordinator,
        rid,
        {
            "role": "perpetrator",
            "real_name": "Chris Dunmore",
            "aliases": [],
            "pseudonym": "Mark",
            "pseudonym_chosen_by": None,
            "relationship_to_victim": None,
            "age_at_death": 38,
            "ethnicity": None,
        },
    )
