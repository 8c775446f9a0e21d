"""The lists of the fake SharePoint site as SharePoint describes them: their settings (SP.List
properties) and columns (SP.Field), created and changed through the REST calls
office365-rest-python-client sends (`lists` POST, MERGE, `fields/CreateFieldAsXml`,
`GetList(url)`, `fields/GetByInternalNameOrTitle`), for `flask dhr provision-sharepoint`."""

from __future__ import annotations

import dataclasses
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from tests.fakes.sharepoint_rules import LibrarySettings, SpError

# A new document library's settings in SharePoint Online: major versions only, no approval.
SHAREPOINT_DEFAULTS = LibrarySettings(
    EnableVersioning=True,
    EnableMinorVersions=False,
    EnableModeration=False,
    ForceCheckout=False,
    DraftVersionVisibility=0,
)


@dataclass
class SpList:
    title: str
    url: str
    template: int  # 101 document library, 100 list
    settings: LibrarySettings | dict
    fields: dict[str, dict] = field(default_factory=dict)

    def properties(self) -> dict:
        values = (
            dataclasses.asdict(self.settings)
            if isinstance(self.settings, LibrarySettings)
            else dict(self.settings)
        )
        return {"Title": self.title, "BaseTemplate": self.template, "Id": self.title, **values}

    def merge(self, body: dict) -> None:
        for key, value in body.items():
            if key == "__metadata":
                continue
            if isinstance(self.settings, LibrarySettings):
                if not hasattr(self.settings, key):
                    raise SpError(400, -2147024809, f"The property '{key}' does not exist.")
                setattr(self.settings, key, value)
            else:
                self.settings[key] = value


def text_field(name: str, kind: str = "Text", indexed: bool = False) -> dict:
    return {"InternalName": name, "Title": name, "TypeAsString": kind, "Indexed": indexed}


class Schema:
    """The site's lists, by lower-cased title."""

    def __init__(self, site: str):
        self.site = site
        self.lists: dict[str, SpList] = {}

    def add(self, sp_list: SpList) -> SpList:
        self.lists[sp_list.title.lower()] = sp_list
        return sp_list

    def by_title(self, title: str) -> SpList:
        found = self.lists.get(title.lower())
        if found is None:
            raise SpError(
                404, -2130575322, f"List '{title}' does not exist at site with URL '{self.site}'."
            )
        return found

    def by_url(self, url: str) -> SpList:
        wanted = url.rstrip("/").lower()
        for sp_list in self.lists.values():
            if sp_list.url.lower() == wanted:
                return sp_list
        raise SpError(404, -2147024894, "List does not exist.")

    def create(self, body: dict) -> SpList:
        title, template = body["Title"], int(body.get("BaseTemplate", 100))
        if title.lower() in self.lists:
            raise SpError(
                409,
                -2130575342,
                "A list, survey, discussion board, or document library with the specified title "
                "already exists in this Web site.  Please choose another title.",
            )
        url = f"{self.site}/{title}" if template == 101 else f"{self.site}/Lists/{title}"
        settings = dataclasses.replace(SHAREPOINT_DEFAULTS) if template == 101 else {}
        return self.add(SpList(title, url, template, settings))

    def fields_route(self, sp_list: SpList, method: str, headers: dict, body, rest: list):
        """`…/fields/…`: the entity of one field, or None for a 204."""
        name, args = rest[0] if rest else ("", None)
        if name == "createfieldasxml":
            schema = json.loads(body)["parameters"]["SchemaXml"]
            element = ET.fromstring(schema)  # noqa: S314 (the XML our provisioning wrote)
            internal = element.get("StaticName") or element.get("Name")
            created = text_field(
                internal, element.get("Type", "Text"), element.get("Indexed") == "TRUE"
            )
            sp_list.fields[internal] = created
            return {**created, "__metadata": {"type": "SP.Field"}}
        if name == "getbyinternalnameortitle":
            wanted = args[""]
            found = next(
                (f for f in sp_list.fields.values() if wanted in (f["InternalName"], f["Title"])),
                None,
            )
            if found is None:
                raise SpError(
                    404,
                    -2147024809,
                    f"Column '{wanted}' does not exist. It may have been deleted by another user.",
                )
            if method == "POST" and headers.get("x-http-method", "").upper() == "MERGE":
                changes = json.loads(body)
                found.update({k: v for k, v in changes.items() if k != "__metadata"})
                return None
            return {**found, "__metadata": {"type": "SP.Field"}}
        raise SpError(404, -2147024894, f"Unknown fields endpoint {name}")
