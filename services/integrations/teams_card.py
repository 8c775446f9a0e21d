"""The Adaptive Card (1.4; Teams Workflows render nothing newer reliably) for a document that
waits for someone's sign-off. It names the review by reference only, never by a person. "Open in
Word" is the document's SharePoint address (the task pane's when the library is the embedded
one); "Open review" opens the review and document in the task pane."""

from __future__ import annotations

KIND_NAMES = {
    "overview_report": "Overview report",
    "executive_summary": "Executive summary",
    "action_plan": "Action plan",
}
STAGE_NAMES = {"panel": "the review panel", "csp": "the Community Safety Partnership"}


def signoff_card(event: dict, public_url: str) -> dict:
    document = KIND_NAMES.get(event["document_kind"], event["document_title"])
    facts = [
        {"title": "Review", "value": event["review_reference"]},
        {"title": "Document", "value": document},
        {"title": "Version", "value": event["version"]["label"]},
        {"title": "Submitted by", "value": event["requested_by_name"]},
        {"title": "Sign-off by", "value": STAGE_NAMES.get(event["stage"], event["stage"])},
    ]
    if event.get("due_on"):
        facts.append({"title": "Due", "value": event["due_on"]})
    # The pane opens the review and the document it is given (addin/word/taskpane.js).
    document_page = (
        f"{public_url}/addin/word/taskpane.html?review={event['review_id']}"
        f"&document={event['document_id']}"
    )
    return {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": "1.4",
        "body": [
            {
                "type": "TextBlock",
                "text": "Waiting for sign-off",
                "weight": "Bolder",
                "size": "Medium",
                "wrap": True,
            },
            {"type": "FactSet", "facts": facts},
            # The event's stable id: the same on every retry, for a flow or a reader to spot
            # a repeat (Teams itself does not deduplicate).
            {
                "type": "TextBlock",
                "id": "dhr-event",
                "text": f"Event {event['key']}",
                "isSubtle": True,
                "size": "Small",
                "wrap": True,
            },
        ],
        "actions": [
            {
                "type": "Action.OpenUrl",
                "title": "Open in Word",
                "url": event.get("web_url") or document_page,
            },
            {"type": "Action.OpenUrl", "title": "Open review", "url": document_page},
        ],
    }


def envelope(card: dict) -> dict:
    """The message a Teams Workflows "when a webhook request is received" trigger expects."""
    return {
        "type": "message",
        "attachments": [
            {
                "contentType": "application/vnd.microsoft.card.adaptive",
                "contentUrl": None,
                "content": card,
            }
        ],
    }
