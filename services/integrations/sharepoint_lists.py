"""Keeps the "DHR Reviews" and "DHR Sign-offs" SharePoint lists in step (office365-rest-python-
client). Each row carries our key in a DhrKey column, so delivering an event twice updates the
same row instead of adding another, and the event's sequence in DhrSequence, so an older event
retried late never overwrites a newer one."""

from __future__ import annotations

from collections.abc import Callable

from office365.runtime.client_request_exception import ClientRequestException
from office365.sharepoint.client_context import ClientContext

from services.integrations.webhooks import RETRYABLE, Failed, Retry, retry_after

REVIEWS, SIGNOFFS = "DHR Reviews", "DHR Sign-offs"


def row_for(event: dict) -> tuple[str, str, dict]:
    """(list title, DhrKey, fields) for an event."""
    if event["event"] == "review.changed":
        return (
            REVIEWS,
            f"review-{event['review_reference']}",
            {
                "Title": event["review_reference"],
                "DhrCsp": event["csp"],
                "DhrState": event["state"],
                "DhrNextDeadline": event["next_deadline"] or "",
                "DhrChair": event["chair"] or "",
            },
        )
    return (
        SIGNOFFS,
        f"signoff-{event['id']}",
        {
            "Title": " ".join(
                (event["review_reference"], event["document_kind"], f"v{event['version']['label']}")
            ),
            "DhrReview": event["review_reference"],
            "DhrStage": event["stage"],
            "DhrVersion": event["version"]["label"],
            "DhrSha256": event["version"]["sha256"],
            "DhrState": event["state"],
        },
    )


class ListSync:
    def __init__(
        self,
        site_url: str,
        tokens: Callable[[], dict],
        read_timeout: float = 30.0,
        verify: bool | str | None = None,
    ):
        self._site_url = site_url
        self._tokens = tokens
        self._read_timeout = read_timeout
        self._verify = verify

    def deliver(self, event: dict) -> None:
        title, key, fields = row_for(event)
        ctx = ClientContext(self._site_url).with_access_token(self._tokens)
        # The library's default read timeout is unbounded: a stalled SharePoint must not stall
        # the worker; a timeout is a retry like any other.
        ctx.pending_request().with_transport(timeout=(10, self._read_timeout), verify=self._verify)
        try:
            target = ctx.web.lists.get_by_title(title)
            found = target.items.filter(f"DhrKey eq '{key}'").get().execute_query()
            fields["DhrSequence"] = event["sequence"]
            if len(found):
                item = found[0]
                if int(item.properties.get("DhrSequence") or 0) >= event["sequence"]:
                    return  # a newer event already wrote this row
                for name, value in fields.items():
                    item.set_property(name, value)
                item.update().execute_query()
            else:
                target.add_item({"DhrKey": key, **fields}).execute_query()
        except ClientRequestException as exc:
            status = exc.response.status_code if exc.response is not None else 0
            if status in RETRYABLE:
                raise Retry(str(exc), retry_after(exc.response.headers.get("Retry-After"))) from exc
            raise Failed(str(exc)) from exc
        except OSError as exc:  # connection refused, reset, timed out
            raise Retry(f"{type(exc).__name__}: {exc}") from exc
