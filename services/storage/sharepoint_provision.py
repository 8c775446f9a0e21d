"""`flask dhr provision-sharepoint`: makes (or, with `--check`, only compares) what the service
needs in its SharePoint site, through office365-rest-python-client.

* the document library (DHR_SHAREPOINT_LIBRARY): versioning with minor versions, content
  approval, "require check out", drafts visible only to their authors and approvers, and the
  Dhr* columns the service sets on every file;
* the tracker lists "DHR Reviews" and "DHR Sign-offs" with their columns, `DhrKey` indexed (the
  worker finds a row by it; an unindexed filter fails once a list passes 5,000 items).

Idempotent: what is already right is left alone, so a second run changes nothing. Every finding
is a sentence naming the list, the setting and the value wanted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from xml.sax.saxutils import quoteattr

from office365.runtime.client_request_exception import ClientRequestException
from office365.sharepoint.client_context import ClientContext
from office365.sharepoint.lists.list import List
from office365.sharepoint.lists.templates.type import ListTemplateType

from services.integrations.sharepoint_lists import REVIEWS, SIGNOFFS

LIBRARY_SETTINGS = {
    "EnableVersioning": True,
    "EnableMinorVersions": True,
    "EnableModeration": True,  # content approval
    "ForceCheckout": True,  # require check out
    "DraftVersionVisibility": 2,  # drafts: only authors and approvers
}
LIBRARY_COLUMNS = {c: "Text" for c in ("DhrReview", "DhrKind", "DhrAgency", "DhrMarking")}
TRACKER_COLUMNS = {
    REVIEWS: {
        "DhrKey": "Text",
        "DhrSequence": "Number",
        "DhrCsp": "Text",
        "DhrState": "Text",
        "DhrNextDeadline": "Text",
        "DhrChair": "Text",
    },
    SIGNOFFS: {
        "DhrKey": "Text",
        "DhrSequence": "Number",
        "DhrReview": "Text",
        "DhrStage": "Text",
        "DhrVersion": "Text",
        "DhrSha256": "Text",
        "DhrState": "Text",
    },
}
INDEXED = {"DhrKey"}
DOCUMENT_LIBRARY, GENERIC_LIST = 101, 100


@dataclass(frozen=True)
class Target:
    """One list to provision: how to find it, how to make it, what it must hold."""

    name: str
    find: Callable[[ClientContext], List]
    template: int
    title: str
    settings: dict
    columns: dict[str, str]


class Provisioner:
    def __init__(self, site_url: str, library: str, tokens: Callable[[], dict], verify=None):
        self._site_url = site_url.rstrip("/")
        self._library = library.strip("/")
        self._tokens = tokens
        self._verify = verify

    def targets(self) -> list[Target]:
        path = f"{urlsplit(self._site_url).path}/{self._library}"
        library = Target(
            self._library,
            lambda ctx: ctx.web.get_list(path),
            DOCUMENT_LIBRARY,
            self._library,
            LIBRARY_SETTINGS,
            LIBRARY_COLUMNS,
        )
        trackers = [
            Target(t, lambda ctx, t=t: ctx.web.lists.get_by_title(t), GENERIC_LIST, t, {}, cols)
            for t, cols in TRACKER_COLUMNS.items()
        ]
        return [library, *trackers]

    def run(self, *, check: bool) -> list[str]:
        """What differs from what the service needs (check) or what was changed (otherwise)."""
        found: list[str] = []
        for target in self.targets():
            found += self._list(target, check)
        return found

    def _context(self) -> ClientContext:
        ctx = ClientContext(self._site_url).with_access_token(self._tokens)
        ctx.pending_request().with_transport(timeout=(10, 60), verify=self._verify)
        return ctx

    def _list(self, target: Target, check: bool) -> list[str]:
        ctx = self._context()
        properties = _get(ctx, target.find(ctx).get())
        if properties is None:
            if check:
                return [f"{target.name}: missing (a list with {len(target.columns)} columns)"]
            ctx = self._context()
            kind = ListTemplateType(target.template)
            ctx.web.lists.add_list(target.title, None, kind).execute_query()
            properties = {}
            done = [f"{target.name}: created"]
        else:
            done = []
        wrong = {
            k: v for k, v in target.settings.items() if properties.get(k) != v
        }  # a new list has SharePoint's defaults, so it is compared as empty
        for key, value in wrong.items():
            done.append(f"{target.name}: {key} is {properties.get(key)!r}, should be {value!r}")
        if wrong and not check:
            ctx = self._context()
            lst = target.find(ctx)
            for key, value in wrong.items():
                lst.set_property(key, value)
            lst.update().execute_query()
        for column, kind in target.columns.items():
            done += self._column(target, column, kind, check)
        return done

    def _column(self, target: Target, column: str, kind: str, check: bool) -> list[str]:
        ctx = self._context()
        field = _get(ctx, target.find(ctx).fields.get_by_internal_name_or_title(column).get())
        indexed = column in INDEXED
        if field is None:
            note = f"{target.name}: column {column} ({kind}{', indexed' if indexed else ''})"
            if not check:
                ctx = self._context()
                xml = (
                    f"<Field Type={quoteattr(kind)} Name={quoteattr(column)} "
                    f"StaticName={quoteattr(column)} DisplayName={quoteattr(column)}"
                    f"{' Indexed=' + quoteattr('TRUE') if indexed else ''} />"
                )
                target.find(ctx).fields.create_field_as_xml(xml).execute_query()
                return [f"{note} created"]
            return [f"{note} missing"]
        found = []
        if field.get("TypeAsString") != kind:
            found.append(
                f"{target.name}: column {column} is {field.get('TypeAsString')}, should be {kind}"
                " (change it by hand: its values would not carry over)"
            )
        if indexed and not field.get("Indexed"):
            found.append(f"{target.name}: column {column} is not indexed, should be")
            if not check:
                ctx = self._context()
                lst = target.find(ctx)
                lst.fields.get_by_internal_name_or_title(column).set_property(
                    "Indexed", True
                ).update()
                ctx.execute_query()
        return found


def _get(ctx: ClientContext, entity) -> dict | None:
    """The entity's properties, or None when SharePoint says it does not exist."""
    try:
        ctx.execute_query()
    except ClientRequestException as exc:
        if exc.response is not None and exc.response.status_code == 404:
            return None
        raise
    return dict(entity.properties)
