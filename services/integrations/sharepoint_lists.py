"""Keeps the "DHR Reviews" and "DHR Sign-offs" SharePoint lists in step (office365-rest-python-
client). Each row carries our key in a DhrKey column, so delivering an event twice updates the
same row instead of adding another, and the event's sequence in DhrSequence, so an older event
retried late never overwrites a newer one. The row is updated with the ETag it was read with
(never `IF-MATCH: *`): when another worker wrote it in between, SharePoint answers 412 and the
delivery is retried, reading the row again, so the sequence check and the write are one step."""

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
        etags: dict[int, str] = {}
        try:
            target = ctx.web.lists.get_by_title(title)
            query = target.items.filter(f"DhrKey eq '{key}'").get()
            ctx.after_execute(
                lambda response: etags.update(_etags(response)), include_response=True
            )
            found = query.execute_query()
            fields["DhrSequence"] = event["sequence"]
            if len(found):
                item = found[0]
                if int(item.properties.get("DhrSequence") or 0) >= event["sequence"]:
                    return  # a newer event already wrote this row
                for name, value in fields.items():
                    item.set_property(name, value)
                item.update()
                etag = etags.get(int(item.properties.get("Id") or 0), "*")
                ctx.before_execute(lambda request: request.set_header("IF-MATCH", etag))
                item.execute_query()
            else:
                target.add_item({"DhrKey": key, **fields}).execute_query()
        except ClientRequestException as exc:
            status = exc.response.status_code if exc.response is not None else 0
            if status == 412:  # written by another worker since we read it: read it again
                raise Retry("The row changed since it was read (412)", 0) from exc
            if status in RETRYABLE:
                response = exc.response
                after = response.headers.get("Retry-After") if response is not None else None
                raise Retry(str(exc), retry_after(after)) from exc
            raise Failed(str(exc)) from exc
        except OSError as exc:  # connection refused, reset, timed out
            raise Retry(f"{type(exc).__name__}: {exc}") from exc


def _etags(response) -> dict[int, str]:
    """Each item's ETag as SharePoint sent it (the client library drops `__metadata`)."""
    entries = response.json().get("d", {}).get("results", [])
    return {
        e.get("Id"): e["__metadata"]["etag"] for e in entries if "etag" in e.get("__metadata", {})
    }
