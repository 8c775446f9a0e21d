"""Request schemas of the document library, uploads, rendering and council templates."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from services.api.schemas.fields import Flag, Id, Text, closed
from services.domain.versions import DOCUMENT_KINDS, PROTECTIVE_MARKINGS


class DocumentFormSchema(Schema):
    kind = Text(required=True, metadata=closed(DOCUMENT_KINDS))
    title = Text(required=True, validate=validate.Length(min=1, max=300))
    comment = Text(load_default="", validate=validate.Length(max=2_000))
    agency_id = Id(load_default=None)
    protective_marking = Text(
        load_default="OFFICIAL-SENSITIVE", metadata=closed(PROTECTIVE_MARKINGS)
    )
    upload_id = Text(load_default=None)
    imr_id = Id(load_default=None)


class VersionFormSchema(Schema):
    comment = Text(load_default="", validate=validate.Length(max=2_000))
    major = fields.Boolean(load_default=False)
    upload_id = Text(load_default=None)


class FileSchema(Schema):
    file = fields.Raw(load_default=None, metadata={"type": "string", "format": "binary"})


class UploadStartSchema(Schema):
    filename = Text(required=True, validate=validate.Length(min=1, max=300))
    size = fields.Integer(required=True, validate=validate.Range(min=1))
    sha256 = Text(required=True, validate=validate.Regexp(r"^[0-9a-fA-F]{64}$"))
    chunks = fields.Integer(required=True, validate=validate.Range(min=1, max=10_000))


class RenderPreviewSchema(Schema):
    template = Text(required=True)
    agency_id = Id(load_default=None)
    recipient_id = Id(load_default=None)


class RenderSchema(Schema):
    template = Text(load_default=None)
    agency_id = Id(load_default=None)
    recipient_id = Id(load_default=None)
    # Data regions the author edited by hand that the render may replace all the same.
    overwrite = fields.List(Text(), load_default=list)
    chronology_appendix = Flag(load_default=False)


class TemplateFormSchema(Schema):
    csp = Text(required=True)
