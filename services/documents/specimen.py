"""Specimen review data, shaped as services.workflows.library.document_data produces it.

A council's uploaded template is test-rendered with it before it is accepted."""

from __future__ import annotations

import copy
from datetime import date

_SPECIMEN = {
    "review": {
        "reference": "DEMO-2026-001",
        "title": "Domestic Homicide Review",
        "type_name": "Domestic Homicide Review",
        "label": "DHR",
        "date_of_death": date(2026, 1, 31),
        "relationship": "intimate_partner",
        "relationship_text": "intimate partner",
        "officer_name": "DCI Lowther",
        "officer_force": "Demoshire Police",
    },
    "csp": {"name": "Demo Community Safety Partnership", "code": "DEMO"},
    "victim": {
        "name": "Jordan Fernleigh",
        "age": 34,
        "date_of_birth": date(1991, 5, 1),
        "pseudonym": "Ruth",
        "possessive": "her",
    },
    "subjects": [{"role": "victim", "pseudonym": "Ruth", "date_of_birth": None}],
    "pseudonyms": [
        {
            "pseudonym": "Ruth",
            "relationship": "victim",
            "age": "34",
            "ethnicity": "White British",
        }
    ],
    "terms": {
        "period_from": date(2023, 1, 1),
        "period_to": date(2026, 1, 31),
        "agreed_on": date(2026, 2, 27),
        "lines_of_enquiry": ["Specimen text & <more>", "Second line"],
    },
    "decision": {
        "decided_on": date(2026, 2, 20),
        "outcome_text": "to hold a review",
        "rationale": "Specimen text & <more>",
        "child_review_arrangement": "",
    },
    "home_office": {"address": "dhrenquiries@homeoffice.gov.uk"},
    "timescales": {
        "notified_on": date(2026, 2, 2),
        "decided_on": date(2026, 2, 20),
        "home_office_notified_on": date(2026, 2, 21),
        "overview_due": "2026-08-20",
        "panel_meetings": [],
    },
    "deadlines": {"decision": "2026-02-28"},
    "extensions": [
        {
            "agreed_on": "2026-03-02",
            "new_due": "2027-02-20",
            "reason": "Awaiting the criminal trial",
        }
    ],
    "chair": {
        "name": "Morgan Ashdown",
        "statement": "I am independent.",
        "background": "A former probation officer.",
        "training": "Trained in chairing reviews in 2024.",
    },
    "author": {
        "name": "Riley Penhallow",
        "statement": "I am independent too.",
        "background": "A social worker.",
        "training": "",
    },
    "panel": [
        {
            "name": "Jamie Okafor",
            "role": "Panel member",
            "job_title": "DI",
            "agency": "Demoshire Police",
            "independent": "No",
        }
    ],
    "agencies": ["Demoshire Police", "Demo District Council"],
    "contributors": [{"agency": "Demoshire Police", "contribution": "IMR"}],
    "proceedings": [{"kind": "Criminal trial", "description": "Specimen text & <more>"}],
    "dissemination": ["Demoshire Police", "Home Office"],
    "glossary": [{"term": "IMR", "meaning": "Individual Management Review"}],
    "chronology": [
        {
            "date": date(2025, 3, 1),
            "time": "10:00",
            "agency": "Police",
            "source": "Incident log",
            "subject": "Victim",
            "practitioner_role": "PC",
            "event": "Specimen text & <more>",
            "action_outcome": "DASH completed",
            "author_comment": "",
            "key_episode": True,
            "summary": "Specimen key episode & <more>",
        }
    ],
    "family": {
        "contacts": [
            {
                "relationship": "Sister",
                "approached_on": date(2026, 4, 1),
                "method": "Letter, then a meeting",
                "advocacy": "Offered: AAFDA",
                "outcome": "Took part",
            }
        ],
        "restricted": 1,
        "pseudonyms_chosen_by": "the victim's sister",
        "pseudonym_choice": "The pseudonyms were chosen by the victim's sister.",
        "draft": "The family saw the draft report before it was finalised.",
        "comments": ["Sister: Specimen text & <more>"],
    },
    "recommendations": [{"number": 1, "text": "Train staff in coercive control"}],
    "agency_recommendations": [{"agency": "Police", "number": 1, "text": "Audit DASH"}],
    "actions": [
        {
            "id": "A1",
            "origin": "overview",
            "recommendation": "1. Train staff",
            "scope": "local",
            "action": '=HYPERLINK("http://x","Click")',
            "lead_agency": "Demoshire Police",
            "lead_officer": "+1+1",
            "milestones": "@SUM(1)",
            "target_date": date(2026, 9, 30),
            "completion_date": None,
            "outcome": "-2+3",
            "status": "In progress",
            "last_update": date(2026, 6, 1),
            "success_measure": "Audit of 20 cases",
            "evidence": "",
            "theme": "training",
            "rag": "amber",
            "version": 1,
        }
    ],
    "recommendation_labels": ["1. Train staff in coercive control", "Police 1. Audit DASH"],
    "themes": ["training", "information sharing"],
}


def specimen_review_data(**overrides) -> dict:
    """A fresh copy of the specimen (callers may change it), with `overrides` applied."""
    data = copy.deepcopy(_SPECIMEN)
    data.update(overrides)
    return data


def specimen_extra(h: dict | None = None) -> dict:
    person = {
        "name": "Casey Hartwell",
        "job_title": "Coordinator",
        "role_title": "Review coordinator",
        "organisation": "Council",
        "email": "c@demo.local",
        "phone": "",
        "lines": ["Casey Hartwell", "Coordinator", "Council"],
        "salutation": "Casey Hartwell",
    }
    return {
        "marking": "OFFICIAL-SENSITIVE",
        "version": "0.1",
        "today": date(2026, 11, 26),
        "h": h or {},
        "recipient": person,
        "sender": person,
        "agency_name": "Police",
        "contacts": {"chair": person, "coordinator": person},
    }
