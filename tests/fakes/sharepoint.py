"""A protocol-level fake of SharePoint's REST API (verbose OData) for the document library.

Serves what office365-rest-python-client 3.3.0 sends: contextinfo and the form digest,
case-insensitive OData paths with quoted arguments, verbose JSON, check-out/check-in with
"require check out" semantics, versions with ids major*512+minor (the current version is not in
/versions), list item fields, content approval with publish-to-next-major, upload sessions, list
item ETags. How the library versions, locks and refuses is in tests/fakes/sharepoint_rules.py.
Faults are injected through FakeServer.inject (429/503 with Retry-After, 401, 423), by rotating
the digest, by refusing permissions (`permissions.refused`) and by locks (`checkout_as`,
`lock_for_shared_use`).
"""

from __future__ import annotations

import dataclasses
import json
import secrets
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import parse_qs

from tests.fakes import sharepoint_rules as rules
from tests.fakes.http_fake import FakeServer, Reply, Request
from tests.fakes.sharepoint_rules import CHECKED_OUT, SpError, Version
from tests.fakes.sharepoint_schema import SHAREPOINT_DEFAULTS, Schema, SpList, text_field

SITE = "/sites/dhr"
STALE_DIGEST = -2130575251
SAVE_CONFLICT = -2130575305


@dataclass
class SpFile:
    unique_id: str
    folder: str
    name: str
    working: bytes = b""
    checked_out_by: str | None = None
    shared_lock: str | None = None  # open in Office by this person
    versions: list[Version] = field(default_factory=list)
    fields: dict = field(default_factory=dict)
    moderation: int = 3
    uploads: dict = field(default_factory=dict)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_args(text: str) -> dict[str, str]:
    """OData call arguments: key=value pairs, values 'quoted' with '' for a quote."""
    args, i = {}, 0
    while i < len(text):
        key_end = text.index("=", i)
        key = text[i:key_end].strip().lower()
        i = key_end + 1
        if text[i] == "'":
            value, i = [], i + 1
            while True:
                if text[i] == "'" and text[i + 1 : i + 2] == "'":
                    value.append("'")
                    i += 2
                elif text[i] == "'":
                    i += 1
                    break
                else:
                    value.append(text[i])
                    i += 1
            args[key] = "".join(value)
        else:
            end = text.find(",", i)
            end = len(text) if end < 0 else end
            args[key] = text[i:end]
            i = end
        if i < len(text) and text[i] == ",":
            i += 1
    return args


def split_segments(path: str) -> list[tuple[str, dict | None]]:
    """'Web/GetFileById('x')/checkin(comment='a/b',checkInType=1)' → [(name, args|None), ...]."""
    segments, i = [], 0
    while i < len(path):
        j = i
        while j < len(path) and path[j] not in "/(":
            j += 1
        name = path[i:j].lower()
        args = None
        if j < len(path) and path[j] == "(":
            depth_end, k, quoted = None, j + 1, False
            while k < len(path):
                if path[k] == "'":
                    quoted = not quoted
                elif path[k] == ")" and not quoted:
                    depth_end = k
                    break
                k += 1
            inner = path[j + 1 : depth_end]
            positional = inner.startswith("'") or "=" not in inner
            args = {"": parse_args(f"v={inner}")["v"]} if positional else parse_args(inner)
            j = depth_end + 1
        segments.append((name, args))
        i = j + 1 if j < len(path) and path[j] == "/" else j
    return segments


LIBRARY_COLUMNS = ("DhrReview", "DhrKind", "DhrAgency", "DhrMarking")
TRACKERS = {
    "DHR Reviews": ("DhrSequence", "DhrCsp", "DhrState", "DhrNextDeadline", "DhrChair"),
    "DHR Sign-offs": (
        "DhrSequence",
        "DhrReview",
        "DhrStage",
        "DhrVersion",
        "DhrSha256",
        "DhrState",
    ),
}


class FakeSharePoint:
    def __init__(self, valid_tokens: list[str], provisioned: bool = True):
        """`provisioned`: the site as `flask dhr provision-sharepoint` leaves it; otherwise a
        new site: its Documents library at SharePoint's defaults, no columns, no lists."""
        self.valid_tokens = valid_tokens
        self.revoked: set[str] = set()
        self.files: dict[str, SpFile] = {}
        self.folders: set[str] = {f"{SITE}/Shared Documents"}
        # The tracker lists' items: title -> {item id -> fields}
        self.lists: dict[str, dict[int, dict]] = {}
        self.settings = (
            rules.LibrarySettings() if provisioned else dataclasses.replace(SHAREPOINT_DEFAULTS)
        )
        self.schema = Schema(SITE)
        library = SpList("Documents", f"{SITE}/Shared Documents", 101, self.settings)
        self.schema.add(library)
        if provisioned:
            library.fields = {c: text_field(c) for c in LIBRARY_COLUMNS}
            for title, columns in TRACKERS.items():
                fields = {c: text_field(c) for c in columns}
                fields["DhrKey"] = text_field("DhrKey", indexed=True)
                fields["DhrSequence"] = text_field("DhrSequence", "Number")
                self.schema.add(SpList(title, f"{SITE}/Lists/{title}", 100, {}, fields))
                self.lists[title] = {}
        self.permissions = rules.Permissions()
        self.digest = secrets.token_hex(8)
        self.lock = threading.Lock()
        self.tokens_seen: list[str] = []  # the bearer token of every request, in order
        self.server = FakeServer(self._handle)

    @property
    def site_url(self) -> str:
        return f"{self.server.base}{SITE}"

    # -- test hooks ------------------------------------------------------------------------
    def rotate_digest(self) -> None:
        self.digest = secrets.token_hex(8)

    def checkout_as(self, unique_id: str, person: str) -> None:
        self.files[unique_id].checked_out_by = person

    def lock_for_shared_use(self, unique_id: str, person: str | None) -> None:
        """The file is open in Word or Excel (a co-authoring lock REST cannot break)."""
        self.files[unique_id].shared_lock = person

    def file_named(self, name: str) -> SpFile:
        return next(f for f in self.files.values() if f.name == name)

    # -- dispatch ----------------------------------------------------------------------------
    def _handle(self, request: Request) -> Reply:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        self.tokens_seen.append(token)
        if token not in self.valid_tokens or token in self.revoked:
            return Reply(
                401,
                b'{"error_description":"Invalid JWT token"}',
                {"Content-Type": "application/json"},
            )
        prefix = f"{SITE}/_api/"
        if not request.path.lower().startswith(prefix.lower()):
            return _error(404, -2147024894, "Not found")
        api_path = request.path[len(prefix) :]
        try:
            if api_path.lower() == "contextinfo":
                return self._context_info()
            if request.method == "POST" and request.headers.get("x-requestdigest") != self.digest:
                raise SpError(
                    403,
                    STALE_DIGEST,
                    "The security validation for this page is invalid and might be corrupted",
                )
            with self.lock:
                return self._route(request, split_segments(api_path))
        except SpError as exc:
            return _error(exc.status, exc.code, str(exc), exc.kind)
        except Exception as exc:  # a bug in the fake: say so rather than drop the connection
            return _error(500, -1, f"fake SharePoint failed: {exc!r}")

    def _context_info(self) -> Reply:
        return _entity(
            {
                "GetContextWebInformation": {
                    "FormDigestValue": self.digest,
                    "FormDigestTimeoutSeconds": 1800,
                    "WebFullUrl": self.site_url,
                    "SiteFullUrl": self.site_url,
                    "LibraryVersion": "16.0.0.0",
                    "SupportedSchemaVersions": {"results": ["14.0.0.0"]},
                    "__metadata": {"type": "SP.ContextWebInformation"},
                }
            }
        )

    def _route(self, request: Request, segments: list) -> Reply:
        head, args = segments[0]
        if head != "web":
            raise SpError(404, -2147024894, f"Unknown endpoint {head}")
        rest = segments[1:]
        if not rest:
            return _entity(
                {"Title": "DHR", "ServerRelativeUrl": SITE, "__metadata": {"type": "SP.Web"}}
            )
        name, args = rest[0]
        if name == "getfilebyid":
            return self._file_route(request, self._file(args[""]), rest[1:])
        if name in ("getfolderbyserverrelativepath", "getfolderbyserverrelativeurl"):
            folder = args.get("decodedurl", args.get(""))
            return self._folder_route(request, self._abs(folder), rest[1:])
        if name == "rootfolder":
            return self._folder_route(request, SITE, rest[1:])
        if name == "lists" and len(rest) > 1 and rest[1][0] == "getbytitle":
            return self._list_route(request, rest[1][1][""], rest[2:])
        if name == "lists" and len(rest) == 1 and request.method == "POST":
            created = self.schema.create(json.loads(request.body))
            self.lists.setdefault(created.title, {})
            return Reply(201, _entity(self._list_entity(created)).body, _JSON)
        if name == "getlist":
            sp_list = self.schema.by_url(self._abs(args[""]))
            return self._list_route(request, sp_list.title, rest[1:])
        raise SpError(404, -2147024894, f"Unknown endpoint {name}")

    # -- lists -------------------------------------------------------------------------------
    def _list_entity(self, sp_list: SpList) -> dict:
        title = sp_list.title
        entity_type = f"SP.Data.{title.replace(' ', '_x0020_').replace('-', '_x002d_')}ListItem"
        return {
            **sp_list.properties(),
            "ListItemEntityTypeFullName": entity_type,
            "__metadata": {"type": "SP.List"},
        }

    def _list_route(self, request: Request, title: str, rest: list) -> Reply:
        sp_list = self.schema.by_title(title)
        items = self.lists.setdefault(sp_list.title, {})
        list_entity = self._list_entity(sp_list)
        entity_type = list_entity["ListItemEntityTypeFullName"]
        merging = request.headers.get("x-http-method", "").upper() == "MERGE"
        if not rest and merging:
            sp_list.merge(json.loads(request.body))
            return Reply(204)
        if not rest:
            return _entity(list_entity)
        if rest[0][0] == "fields":
            found = self.schema.fields_route(
                sp_list, request.method, request.headers, request.body, rest[1:]
            )
            return Reply(204) if found is None else _entity(found)
        if rest[0][0] != "items":
            raise SpError(404, -2147024894, "Unknown list endpoint")
        addressed = rest[0][1] is not None or (len(rest) > 1 and rest[1][0] == "getbyid")
        if not addressed and request.method == "POST":
            fields = {k: v for k, v in json.loads(request.body).items() if k != "__metadata"}
            item_id = max(items, default=0) + 1
            items[item_id] = {**fields, "owshiddenversion": 1}
            return Reply(201, _entity(self._item(item_id, fields, entity_type)).body, _JSON)
        if not addressed:
            found = [(i, f) for i, f in items.items() if _matches(request.query, f)]
            return _collection([self._item(i, f, entity_type) for i, f in found])
        # items(3)/… or items/GetById(3)/…
        item_id, after = (
            (int(rest[0][1][""]), rest[1:]) if rest[0][1] else (int(rest[1][1][""]), rest[2:])
        )
        if item_id not in items:
            raise SpError(404, -2147024809, "Item does not exist")
        if after and after[0][0] == "parentlist":
            return _entity(list_entity)
        if request.headers.get("x-http-method", "").upper() == "MERGE":
            item = items[item_id]
            wanted = request.headers.get("if-match", "*")
            if wanted != "*" and wanted != _etag(item):
                raise SpError(
                    412,
                    SAVE_CONFLICT,
                    "Save Conflict. Your changes conflict with those made concurrently by "
                    "another user. If you want your changes to be applied, click Back in your "
                    "Web browser, refresh the page, and resubmit your changes.",
                )
            body = json.loads(request.body)
            item.update({k: v for k, v in body.items() if k != "__metadata"})
            item["owshiddenversion"] += 1
            return Reply(204)
        return _entity(self._item(item_id, items[item_id], entity_type))

    @staticmethod
    def _item(item_id: int, fields: dict, entity_type: str) -> dict:
        metadata = {"type": entity_type, "etag": _etag(fields)}
        return {"Id": item_id, "ID": item_id, **fields, "__metadata": metadata}

    # -- folders -------------------------------------------------------------------------------
    def _abs(self, folder: str) -> str:
        folder = folder.rstrip("/")
        return folder if folder.startswith(SITE) else f"{SITE}/{folder.lstrip('/')}"

    def _folder_route(self, request: Request, folder: str, rest: list) -> Reply:
        if not rest:
            if folder not in self.folders and folder != SITE:
                raise SpError(404, -2147024894, "File Not Found.")
            return _entity(self._folder_entity(folder))
        name, args = rest[0]
        if name == "folders" and args:
            return self._folder_route(request, f"{folder}/{args['']}", rest[1:])
        if name == "folders" and len(rest) > 1 and rest[1][0] == "add":
            return self._add_folder(folder, rest[1][1].get("", rest[1][1].get("url", "")))
        if name == "folders" and len(rest) == 1:
            children = [f for f in sorted(self.folders) if f.rsplit("/", 1)[0] == folder]
            return _collection([self._folder_entity(f) for f in children])
        if name == "files" and len(rest) > 1 and rest[1][0] == "add":
            add = rest[1][1]
            return self._add_file(folder, add["url"], add.get("overwrite") == "true", request.body)
        raise SpError(404, -2147024894, f"Unknown folder endpoint {name}")

    def _add_folder(self, parent: str, name: str) -> Reply:
        path = self._abs(name) if name.startswith("/") else f"{parent}/{name}"
        self.folders.add(path)
        return _entity(self._folder_entity(path))

    def _folder_entity(self, path: str) -> dict:
        return {
            "Name": path.rsplit("/", 1)[-1],
            "ServerRelativeUrl": path,
            "Exists": True,
            "UniqueId": str(uuid.uuid5(uuid.NAMESPACE_URL, path)),
            "__metadata": {"type": "SP.Folder"},
        }

    # -- files ---------------------------------------------------------------------------------
    def _file(self, unique_id: str) -> SpFile:
        found = self.files.get(unique_id.strip("'").lower())
        if found is None:
            raise SpError(404, -2147024894, "File Not Found.")
        return found

    def _add_file(self, folder: str, name: str, overwrite: bool, body: bytes) -> Reply:
        self.permissions.check("add")
        if folder not in self.folders:
            raise SpError(404, -2147024894, "File Not Found.")
        existing = next(
            (f for f in self.files.values() if f.folder == folder and f.name == name), None
        )
        if existing is None:
            existing = SpFile(str(uuid.uuid4()), folder, name, checked_out_by="app")
            self.files[existing.unique_id] = existing
        elif not overwrite:
            raise SpError(400, -2130575257, f"A file with the name {name} already exists.")
        elif existing.checked_out_by != "app":
            self._refuse_unless_checked_out(existing)
        existing.working = body
        return _entity(self._file_entity(existing))

    def _file_route(self, request: Request, file: SpFile, rest: list) -> Reply:
        if not rest:
            return _entity(self._file_entity(file))
        name, args = rest[0]
        actions = {
            "checkout": lambda: self._checkout(file),
            "checkin": lambda: self._checkin(file, args),
            "undocheckout": lambda: self._undo(file),
            "publish": lambda: self._publish(file),
            "approve": lambda: self._moderate(file, 0),
            "deny": lambda: self._moderate(file, 1),
        }
        if name in actions:
            actions[name]()
            return _entity({})
        self.permissions.check("read")
        if name == "$value":
            return _binary(file.versions[-1].content)
        if name == "versions":
            return self._versions_route(file, rest[1:])
        if name == "listitemallfields":
            return self._fields_route(request, file, rest[1:])
        if name in ("startupload", "continueupload", "finishupload"):
            return self._upload_step(file, name, args, request.body)
        raise SpError(404, -2147024894, f"Unknown file endpoint {name}")

    def _path(self, file: SpFile) -> str:
        return f"{file.folder}/{file.name}"

    def _refuse_unless_checked_out(self, file: SpFile) -> None:
        """Changes to a file need it checked out to the caller (require check out)."""
        if file.shared_lock:
            raise rules.locked_message(self._path(file), rules.Lock(file.shared_lock, "shared"))
        if file.checked_out_by not in (None, "app"):
            raise rules.locked_message(self._path(file), rules.Lock(file.checked_out_by))
        if file.checked_out_by is None:
            raise rules.not_checked_out(self._path(file))

    def _checkout(self, file: SpFile) -> None:
        self.permissions.check("edit")
        if file.shared_lock:
            raise rules.locked_message(self._path(file), rules.Lock(file.shared_lock, "shared"))
        if file.checked_out_by not in (None, "app"):
            raise rules.locked_message(self._path(file), rules.Lock(file.checked_out_by))
        file.checked_out_by = "app"
        file.working = file.versions[-1].content if file.versions else b""

    def _checkin(self, file: SpFile, args: dict) -> None:
        self._refuse_unless_checked_out(file)
        kind = args.get("checkintype", "0")
        if kind == "2" and file.versions:  # OverwriteCheckIn: no new version
            file.versions[-1].content = file.working
            file.checked_out_by = None
            return
        major = kind == "1"
        label = rules.next_label(file.versions, major, self.settings)
        file.versions.append(Version(*label, file.working, args.get("comment", ""), _now()))
        file.checked_out_by = None
        file.moderation = rules.moderation_after_checkin(major, self.settings)

    def _undo(self, file: SpFile) -> None:
        file.checked_out_by = None

    def _publish(self, file: SpFile) -> None:
        self.permissions.check("edit")
        if file.checked_out_by is not None:
            raise SpError(
                400,
                CHECKED_OUT,
                f'The file "{self._path(file)}" is checked out; check it in first.',
            )
        file.moderation = rules.publish(file.versions, self.settings)

    def _moderate(self, file: SpFile, status: int) -> None:
        self.permissions.check("approve")
        if file.moderation != 2:
            raise SpError(400, -2146232832, "The item is not pending approval.")
        file.moderation = status

    def _versions_route(self, file: SpFile, rest: list) -> Reply:
        history = file.versions[:-1]  # SharePoint leaves the current version out
        if not rest:
            return _collection([self._version_entity(file, v) for v in history])
        name, args = rest[0]
        if name == "getbyid":
            wanted = int(args[""])
            version = next((v for v in history if v.major * 512 + v.minor == wanted), None)
            if version is None:
                raise SpError(404, -2147024809, "Version not found")
            if len(rest) > 1 and rest[1][0] == "openbinarystream":
                return _binary(version.content)
            return _entity(self._version_entity(file, version))
        raise SpError(404, -2147024894, f"Unknown versions endpoint {name}")

    def _fields_route(self, request: Request, file: SpFile, rest: list) -> Reply:
        changing = request.method == "POST" and (not rest or rest[0][0] == "validateupdatelistitem")
        if changing:
            self.permissions.check("edit")
            if self.settings.ForceCheckout:
                self._refuse_unless_checked_out(file)
        if not rest and request.headers.get("x-http-method", "").upper() == "MERGE":
            body = json.loads(request.body)
            file.fields.update({k: v for k, v in body.items() if k != "__metadata"})
            return Reply(204)
        if rest and rest[0][0] == "parentlist":
            return _entity(
                {
                    "Id": "lib",
                    "ListItemEntityTypeFullName": "SP.Data.Shared_x0020_DocumentsItem",
                    "__metadata": {"type": "SP.List"},
                }
            )
        if not rest:
            return _entity(
                {
                    "Id": 1,
                    "OData__ModerationStatus": file.moderation,
                    "OData__UIVersionString": self._label(file),
                    **file.fields,
                    "__metadata": {"type": "SP.Data.Shared_x0020_DocumentsItem"},
                }
            )
        if rest[0][0] == "validateupdatelistitem":
            body = json.loads(request.body)
            results = []
            for value in body["formValues"]:
                file.fields[value["FieldName"]] = value["FieldValue"]
                results.append(
                    {
                        "FieldName": value["FieldName"],
                        "FieldValue": value["FieldValue"],
                        "HasException": False,
                        "ErrorMessage": None,
                        "__metadata": {"type": "SP.ListItemFormUpdateValue"},
                    }
                )
            return _entity({"ValidateUpdateListItem": {"results": results}})
        raise SpError(404, -2147024894, "Unknown list item endpoint")

    def _upload_step(self, file: SpFile, step: str, args: dict, body: bytes) -> Reply:
        upload_id = args["uploadid"]
        if step == "startupload":
            file.uploads[upload_id] = bytearray(body)
        else:
            if int(args["fileoffset"]) != len(file.uploads[upload_id]):
                raise SpError(400, -2147024809, "The upload offset does not match")
            file.uploads[upload_id].extend(body)
        done = len(file.uploads[upload_id])
        if step == "finishupload":
            file.working = bytes(file.uploads.pop(upload_id))
            return _entity({**self._file_entity(file)})
        key = "StartUpload" if step == "startupload" else "ContinueUpload"
        return _entity({key: str(done)})

    # -- entities ------------------------------------------------------------------------------
    def _label(self, file: SpFile) -> str:
        return file.versions[-1].label if file.versions else "0.0"

    def _file_entity(self, file: SpFile) -> dict:
        current = file.versions[-1] if file.versions else None
        return {
            "UniqueId": file.unique_id,
            "Name": file.name,
            "ServerRelativeUrl": f"{file.folder}/{file.name}",
            "Length": str(len(current.content) if current else len(file.working)),
            "UIVersionLabel": self._label(file),
            "MajorVersion": current.major if current else 0,
            "MinorVersion": current.minor if current else 0,
            "CheckInComment": current.comment if current else "",
            "CheckOutType": 0 if file.checked_out_by else 2,
            "TimeLastModified": current.created if current else _now(),
            "TimeCreated": file.versions[0].created if file.versions else _now(),
            "__metadata": {"type": "SP.File"},
        }

    def _version_entity(self, file: SpFile, v: Version) -> dict:
        return {
            "ID": v.major * 512 + v.minor,
            "VersionLabel": v.label,
            "CheckInComment": v.comment,
            "Created": v.created,
            "IsCurrentVersion": False,
            "Size": len(v.content),
            "Url": f"_vti_history/{v.major * 512 + v.minor}/{file.name}",
            "__metadata": {"type": "SP.FileVersion"},
        }


_JSON = {"Content-Type": "application/json;odata=verbose;charset=utf-8"}


def _etag(item: dict) -> str:
    """A list item's ETag: its version, quoted, as SharePoint sends it."""
    return f'"{item.get("owshiddenversion", 1)}"'


def _matches(query: str, fields: dict) -> bool:
    """The one $filter form our adapter sends: `Column eq 'value'`."""
    wanted = parse_qs(query).get("$filter")
    if not wanted:
        return True
    column, _, value = wanted[0].partition(" eq ")
    return str(fields.get(column.strip())) == value.strip().strip("'").replace("''", "'")


def _entity(body: dict) -> Reply:
    return Reply(
        200,
        json.dumps({"d": body}).encode(),
        {"Content-Type": "application/json;odata=verbose;charset=utf-8"},
    )


def _collection(items: list[dict]) -> Reply:
    return _entity({"results": items})


def _binary(content: bytes) -> Reply:
    return Reply(200, content, {"Content-Type": "application/octet-stream"})


def _error(status: int, code: int, message: str, kind: str = "SPException") -> Reply:
    namespace = (
        "System" if kind.startswith(("Unauthorized", "Argument")) else "Microsoft.SharePoint"
    )
    body = {
        "error": {
            "code": f"{code}, {namespace}.{kind}",
            "message": {"lang": "en-US", "value": message},
        }
    }
    return Reply(
        status,
        json.dumps(body).encode(),
        {"Content-Type": "application/json;odata=verbose;charset=utf-8"},
    )
