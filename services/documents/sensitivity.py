"""Microsoft Purview sensitivity labels on Office files: read from what is uploaded, written on
what the service generates.

Office records a label in the package's custom properties (`docProps/custom.xml`):
`MSIP_Label_<label id>_Enabled` = true, `…_Name`, `…_SiteId` (the tenant), `…_Method`,
`…_SetDate`, `…_ActionId`, `…_ContentBits`; newer versions also in `docMetadata/LabelInfo.xml`.
A label that encrypts turns the file into an OLE container (`EncryptedPackage`), which the
service cannot read: it is refused naming the label when its properties can be seen, with what
to do instead.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from defusedxml.ElementTree import fromstring

OLE_LABEL_HINT = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE (compound file) container
CUSTOM = "docProps/custom.xml"
LABEL_INFO = "docMetadata/LabelInfo.xml"
PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
PROPERTY = re.compile(r"MSIP_Label_([0-9a-fA-F-]{36})_(\w+)")
GUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


@dataclass(frozen=True)
class Label:
    id: str
    name: str
    site_id: str = ""

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "site_id": self.site_id}


def label_of(data: bytes) -> Label | None:
    """The enabled sensitivity label of a .docx/.xlsx, if any."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            if CUSTOM not in names:
                return None
            xml = package.read(CUSTOM)
    except zipfile.BadZipFile:
        return None
    found: dict[str, dict[str, str]] = {}
    for prop in fromstring(xml).findall(f"{{{PROPS}}}property"):
        match = PROPERTY.fullmatch(prop.get("name", ""))
        if match:
            value = "".join(prop.itertext()).strip()
            found.setdefault(match.group(1).lower(), {})[match.group(2)] = value
    for label_id, props in found.items():
        if props.get("Enabled", "").lower() == "true":
            return Label(label_id, props.get("Name", ""), props.get("SiteId", ""))
    return None


def protected_label(data: bytes) -> str | None:
    """What an encrypted (OLE) Office file says of its label: its name, else its id; None when
    it names none. The label's properties sit in the container's summary information, which
    Office writes unencrypted; they are looked for as text (UTF-16 or 8-bit)."""
    text = data.decode("utf-16-le", "ignore") + "\n" + data.decode("latin-1")
    ids = re.findall(rf"MSIP_Label_({GUID})_Enabled", text)
    if not ids:
        return None
    named = re.search(rf"MSIP_Label_{ids[0]}_Name\W{{0,8}}([\w][\w .,&()-]{{1,80}})", text)
    if named and not named.group(1).startswith("MSIP_Label"):
        return named.group(1).strip()
    return f"a sensitivity label ({ids[0]})"


def refusal(data: bytes) -> str:
    """Why an OLE upload is refused, in words a person can act on."""
    label = protected_label(data)
    if label is None:
        return (
            "This is an encrypted (password-protected or labelled) Office file, or an old binary "
            ".doc/.xls. Remove the protection or save it as .docx/.xlsx, then upload again"
        )
    return (
        f"This file is encrypted by its sensitivity label '{label}', so the service cannot read "
        "or check it. Upload a copy without encryption (a label that does not encrypt, such as "
        "OFFICIAL-SENSITIVE without protection), or put the file in the review's SharePoint "
        "library directly"
    )


def apply_label(data: bytes, label_id: str, name: str, site_id: str = "") -> bytes:
    """The package with the label set in its custom properties (as Office sets a label by hand:
    method Privileged, no encryption); other custom properties are kept."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    props = _custom_properties(source.read(CUSTOM) if CUSTOM in names else None)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    values = {
        "Enabled": "true",
        "SetDate": stamp,
        "Method": "Privileged",
        "Name": name,
        "SiteId": site_id,
        "ActionId": str(uuid.uuid4()),
        "ContentBits": "0",
    }
    props.update({f"MSIP_Label_{label_id}_{k}": v for k, v in values.items()})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "[Content_Types].xml" and CUSTOM not in names:
                override = f'<Override PartName="/{CUSTOM}" ContentType="{CUSTOM_TYPE}"/>'
                body = body.replace(b"</Types>", f"{override}</Types>".encode())
            if info.filename == "_rels/.rels" and CUSTOM not in names:
                body = body.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdDhrLabel" Type="{CUSTOM_REL}" Target="{CUSTOM}"/>'
                    "</Relationships>".encode(),
                )
            if info.filename != CUSTOM:
                target.writestr(info, body)
        target.writestr(CUSTOM, _custom_xml(props))
    return out.getvalue()


def _custom_properties(xml: bytes | None) -> dict[str, str]:
    if xml is None:
        return {}
    return {
        p.get("name", ""): "".join(p.itertext()).strip()
        for p in fromstring(xml).findall(f"{{{PROPS}}}property")
    }


def _custom_xml(props: dict[str, str]) -> bytes:
    root = ET.Element(f"{{{PROPS}}}Properties")
    for pid, (name, value) in enumerate(props.items(), start=2):
        prop = ET.SubElement(
            root, f"{{{PROPS}}}property", {"fmtid": FMTID, "pid": str(pid), "name": name}
        )
        ET.SubElement(prop, f"{{{VT}}}lpwstr").text = value
    ET.register_namespace("", PROPS)
    ET.register_namespace("vt", VT)
    return ET.tostring(root, xml_declaration=True, encoding="UTF-8")
