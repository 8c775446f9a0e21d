"""The DocumentLibrary port on a SharePoint document library (office365-rest-python-client).

The library must have minor versions, content approval and "require check out" switched on, and
Dhr* columns for metadata (`flask dhr provision-sharepoint` makes it so). One ClientContext per
operation (a failed query never leaks into the next); files addressed by UniqueId; idempotent
calls retried honouring Retry-After; a 401 rebuilds the context with a fresh token once; 423
surfaces as Locked with the holder SharePoint names; 403 as Forbidden naming the permission the
service's identity lacks.

SharePoint's own versioning is followed, not fought: a new file's columns are set while its
upload is still checked out (a "require check out" library refuses them afterwards), and later
column changes check the file out and back in without a new version; publishing a minor version
under content approval makes it the next major one (0.3 becomes 1.0), so `submit` answers the
label the version carries from then on and the service reads it by that label; at most 511
minor versions follow a major one, so a 512th is refused before anything is changed.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit

import requests
from office365.runtime.client_request_exception import ClientRequestException
from office365.runtime.retry import retry_after_delay
from office365.sharepoint.client_context import ClientContext
from office365.sharepoint.files.checkin_type import CheckinType

from services.domain.errors import Conflict, Forbidden, LibraryUnavailable, Locked, NotFound
from services.domain.versions import parse_label, sharepoint_version_id
from services.ports import LibraryVersion

log = logging.getLogger(__name__)

CHUNK = 4 * 1024 * 1024
MODERATION = {0: "approved", 1: "rejected", 2: "pending", 3: "draft", 4: "pending"}
NOT_PROCESSED = {429, 503}  # the server says it did nothing: safe to resend anything
MAX_MINOR = 511  # SharePoint's limit of minor versions after one major version
# What the service's identity needs for each kind of call, named as SharePoint names them.
PERMISSIONS = {
    "read": "Read (View Items, Open Items)",
    "save": "Contribute (Add Items, Edit Items)",
    "approve": "Approve Items",
}


class SharePointLibrary:
    def __init__(
        self,
        site_url: str,
        library: str,
        tokens: Callable[[], dict],
        *,
        max_retry: int = 5,
        backoff_seconds: float = 2.0,
        chunk_size: int = CHUNK,
        read_timeout: float = 120.0,
    ):
        self._site_url = site_url.rstrip("/")
        self._site_path = urlsplit(self._site_url).path
        self._library = library.strip("/")
        self._tokens = tokens
        self._max_retry = max_retry
        self._backoff = backoff_seconds
        self._chunk = chunk_size
        self._read_timeout = read_timeout

    # -- the port -----------------------------------------------------------------------------

    def create(
        self,
        folder: str,
        name: str,
        content: bytes,
        *,
        comment: str,
        fields: dict[str, str] | None = None,
    ) -> tuple[str, str]:
        # Folders are addressed by path, never through Folders('name'): the library does not
        # escape quotes or '#' in that form.
        parent = f"{self._site_path}/{self._library}"
        path = f"{parent}/{folder.replace('/', '_')}"

        def upload(ctx: ClientContext):
            ctx.web.get_folder_by_server_relative_path(parent).folders.add(path.rsplit("/", 1)[1])
            return self._upload(ctx.web.get_folder_by_server_relative_path(path), name, content)

        uploaded = self._run(upload, idempotent=True)
        item = uploaded.unique_id
        if fields:  # while the upload is still checked out to us, before its first check-in
            self._validate_fields(item, fields)
        return item, self._check_in(item, comment, major=False)

    def add_version(self, item: str, content: bytes, *, comment: str, major: bool) -> str:
        if not major:
            self._refuse_past_minor_limit(item)
        self._run(lambda ctx: ctx.web.get_file_by_id(item).checkout(), idempotent=False)
        try:
            where = self._run(lambda ctx: ctx.web.get_file_by_id(item).get(), idempotent=True)
            folder_path = where.server_relative_url.rsplit("/", 1)[0]
            self._run(
                lambda ctx: self._upload(
                    ctx.web.get_folder_by_server_relative_path(folder_path), where.name, content
                ),
                idempotent=False,
            )
            return self._check_in(item, comment, major)
        except BaseException:
            self._undo_checkout(item)
            raise

    def read(self, item: str, label: str) -> bytes:
        parse_label(label)
        file = self._run(
            lambda ctx: ctx.web.get_file_by_id(item).get(), idempotent=True, needs="read"
        )
        if file.ui_version_label == label:
            result = self._run(
                lambda ctx: ctx.web.get_file_by_id(item).get_content(),
                idempotent=True,
                needs="read",
            )
            return result.value
        number = sharepoint_version_id(label)
        if number not in {v.id for v in self._versions(item)}:
            raise NotFound("version")
        result = self._run(
            lambda ctx: (
                ctx.web.get_file_by_id(item).versions.get_by_id(number).open_binary_stream()
            ),
            idempotent=True,
            needs="read",
        )
        return result.value

    def history(self, item: str) -> list[LibraryVersion]:
        file = self._run(
            lambda ctx: ctx.web.get_file_by_id(item).get(), idempotent=True, needs="read"
        )
        current = LibraryVersion(
            file.ui_version_label,
            int(file.length or 0),
            file.checkin_comment or "",
            _when(file.time_last_modified),
        )
        older = [
            LibraryVersion(
                v.version_label,
                int(v.size or 0),
                v.checkin_comment or "",
                _when(v.created),
            )
            for v in self._versions(item)
        ]
        return sorted([current, *older], key=lambda v: parse_label(v.label), reverse=True)

    def set_metadata(self, item: str, fields: dict[str, str]) -> None:
        """Checked out, changed, checked back in over the same version (no new version)."""
        self._run(lambda ctx: ctx.web.get_file_by_id(item).checkout(), idempotent=False)
        try:
            self._validate_fields(item, fields)
            self._run(
                lambda ctx: ctx.web.get_file_by_id(item).checkin(
                    "Columns", CheckinType.OverwriteCheckIn
                ),
                idempotent=False,
            )
        except BaseException:
            self._undo_checkout(item)
            raise

    def _validate_fields(self, item: str, fields: dict[str, str]) -> None:
        result = self._run(
            lambda ctx: ctx.web.get_file_by_id(item).listItemAllFields.validate_update_list_item(
                fields, new_document_update=True
            ),
            idempotent=True,
        )
        failed = [f"{v.FieldName}: {v.ErrorMessage}" for v in result.value if v.HasException]
        if failed:
            raise LibraryUnavailable("SharePoint refused metadata: " + "; ".join(failed))

    def web_url(self, item: str) -> str:
        """The file's address with `?web=1`: SharePoint opens it in Word for the web (or the
        desktop app, as the person has chosen)."""
        file = self._run(
            lambda ctx: ctx.web.get_file_by_id(item).get(), idempotent=True, needs="read"
        )
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(self._site_url))
        return f"{origin}{quote(file.server_relative_url)}?web=1"

    def metadata(self, item: str) -> dict[str, str]:
        fields = self._run(
            lambda ctx: ctx.web.get_file_by_id(item).listItemAllFields.get(), idempotent=True
        )
        return {k: v for k, v in fields.properties.items() if k.startswith("Dhr")}

    def approval_status(self, item: str) -> str:
        fields = self._run(
            lambda ctx: (
                ctx.web.get_file_by_id(item)
                .listItemAllFields.select(["Id", "OData__ModerationStatus"])
                .get()
            ),
            idempotent=True,
        )
        return MODERATION[int(fields.properties["OData__ModerationStatus"])]

    def submit(self, item: str, comment: str) -> str:
        """Publishes for approval; answers the label the version carries now (0.3 → 1.0)."""
        self._run(lambda ctx: ctx.web.get_file_by_id(item).publish(comment), idempotent=False)
        file = self._run(lambda ctx: ctx.web.get_file_by_id(item).get(), idempotent=True)
        return file.ui_version_label

    def approve(self, item: str, comment: str) -> None:
        self._run(
            lambda ctx: ctx.web.get_file_by_id(item).approve(comment),
            idempotent=False,
            needs="approve",
        )

    def reject(self, item: str, comment: str) -> None:
        self._run(
            lambda ctx: ctx.web.get_file_by_id(item).deny(comment),
            idempotent=False,
            needs="approve",
        )

    # -- helpers --------------------------------------------------------------------------------

    def _upload(self, folder, name: str, content: bytes):
        if len(content) > self._chunk:
            return folder.files.create_upload_session(
                io.BytesIO(content), self._chunk, file_name=name
            )
        return folder.files.add(name, content, overwrite=True)

    def _check_in(self, item: str, comment: str, major: bool) -> str:
        kind = CheckinType.MajorCheckIn if major else CheckinType.MinorCheckIn
        self._run(lambda ctx: ctx.web.get_file_by_id(item).checkin(comment, kind), idempotent=False)
        file = self._run(lambda ctx: ctx.web.get_file_by_id(item).get(), idempotent=True)
        return file.ui_version_label

    def _refuse_past_minor_limit(self, item: str) -> None:
        file = self._run(lambda ctx: ctx.web.get_file_by_id(item).get(), idempotent=True)
        major, minor = parse_label(file.ui_version_label)
        if minor >= MAX_MINOR:
            raise Conflict(
                f"SharePoint keeps at most {MAX_MINOR} minor versions after version {major}.0 and "
                f"this document has reached {major}.{minor}: save this one as a major version, "
                "or submit it for sign-off, and go on from there",
                field="major",
            )

    def _undo_checkout(self, item: str) -> None:
        try:
            self._run(lambda ctx: ctx.web.get_file_by_id(item).undocheckout(), idempotent=False)
        except Exception:  # the original failure matters more; this is best effort
            log.warning("could not undo the check-out of %s", item, exc_info=True)

    def _versions(self, item: str):
        return list(
            self._run(
                lambda ctx: ctx.web.get_file_by_id(item).versions.get(),
                idempotent=True,
                needs="read",
            )
        )

    def _context(self) -> ClientContext:
        ctx = ClientContext(self._site_url).with_access_token(self._tokens)
        # The client's default read timeout is unbounded: a SharePoint that accepts a connection
        # and never answers would hold the request forever.
        ctx.pending_request().with_transport(timeout=(10, self._read_timeout))
        return ctx

    def _run(
        self, build: Callable[[ClientContext], Any], *, idempotent: bool, needs: str = "save"
    ) -> Any:
        """Builds the queries on a fresh context and sends them; maps SharePoint's errors.

        A fresh context per call costs one contextinfo round trip and guarantees that a failed
        query is never replayed by a later, unrelated call (pitfall P9).
        """
        for attempt in (1, 2):
            ctx = self._context()
            try:
                result = build(ctx)
                ctx.execute_query_retry(
                    max_retry=self._max_retry,
                    # Office365-REST-Python-Client annotates an int; it sleeps that long, and
                    # a fraction of a second sleeps as well.
                    timeout_secs=self._backoff,  # pyright: ignore[reportArgumentType]
                    max_delay=30,
                    failure_callback=lambda _n, ex: retry_after_delay(ex),
                    is_retriable=_transient if idempotent else _not_processed,
                )
                return result
            except ClientRequestException as exc:
                status = _status(exc)
                if status == 401 and attempt == 1 and hasattr(self._tokens, "invalidate"):
                    self._tokens.invalidate()
                    continue
                raise _translate(exc, status, PERMISSIONS[needs], self._library) from exc
            except requests.RequestException as exc:
                # Retried already when it was safe to; for a save we cannot know whether
                # SharePoint kept it, so nothing is recorded here and the caller hears so.
                raise LibraryUnavailable(
                    f"SharePoint did not answer ({type(exc).__name__}); try again"
                ) from exc
            finally:
                ctx.clear()
        raise AssertionError("unreachable")


def _status(exc: Exception) -> int | None:
    response = getattr(exc, "response", None)
    return getattr(response, "status_code", None)


def _transient(exc: Exception) -> bool:
    status = _status(exc)
    return status is None or status in {408, 429, 500, 502, 503, 504}


def _not_processed(exc: Exception) -> bool:
    return _status(exc) in NOT_PROCESSED


def _translate(
    exc: ClientRequestException, status: int | None, permission: str, library: str
) -> Exception:
    if status == 423:
        return Locked(_holder(exc))
    if status == 404:
        return NotFound("library item")
    if status == 403:
        return Forbidden(
            f"SharePoint refused the service's account: it needs the '{permission}' permission "
            f"on the '{library}' library (docs/m365-setup.md)"
        )
    if _limit_reached(exc):
        return Conflict(str(getattr(exc, "message", "") or exc)[:300], field="major")
    return LibraryUnavailable(f"SharePoint answered {status}: {str(exc)[:300]}")


# SharePoint's words for who holds a file: a check-out, or Office's co-authoring lock.
HOLDER_WORDS = ("checked out for editing by", "locked for shared use by", "checked out to")


def _holder(exc: ClientRequestException) -> str:
    message = str(getattr(exc, "message", "") or exc)
    for words in HOLDER_WORDS:
        if words in message:
            return message.split(words, 1)[-1].strip(" .'\"")
    return "someone editing it in SharePoint or Office"


def _limit_reached(exc: ClientRequestException) -> bool:
    return "maximum number of minor versions" in str(getattr(exc, "message", "") or exc)


def _when(value) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
