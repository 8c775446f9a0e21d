"""The Adaptive Card (1.4) for a deadline reminder: the review by reference, what is due and
when, and a link to the review's case file in the task pane. It names no one in the case."""

from __future__ import annotations

TITLES = {
    "imr_due": "IMR due soon",
    "imr_overdue": "IMR overdue",
    "signoff_waiting": "Sign-off waiting",
    "decision_due": "Decision due",
    "home_office_notification_due": "Home Office notification due",
    "overview_due": "Overview report due",
    "overview_overdue": "Overview report overdue",
    "home_office_answers": "Home Office points unanswered",
}


def reminder_card(event: dict, public_url: str) -> dict:
    facts = [{"title": "Review", "value": event["review_reference"]}]
    if event.get("due"):
        facts.append({"title": "Due", "value": event["due"]})
    review_page = f"{public_url}/addin/word/taskpane.html?review={event['review_id']}"
    return {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": "1.4",
        "body": [
            {
                "type": "TextBlock",
                "text": TITLES.get(event["kind"], "Reminder"),
                "weight": "Bolder",
                "size": "Medium",
                "wrap": True,
            },
            {"type": "TextBlock", "text": event["text"], "wrap": True},
            {"type": "FactSet", "facts": facts},
        ],
        "actions": [{"type": "Action.OpenUrl", "title": "Open review", "url": review_page}],
    }
