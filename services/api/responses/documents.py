"""Responses of the documents routes: documents, versions, sections, scans, sliced uploads."""

from __future__ import annotations

from services.api.responses.base import Body, Bool, Int, Lst, Obj, Raw, Str, maybe


class DocumentResponse(Body):
    agency_id = maybe(Int, required=True)
    approval_status = Str(required=True)
    checked_out = maybe(Obj, required=True)
    current_version = Obj(required=True)
    etag = Str(required=True)
    file_type = Str(required=True)
    filename = Str(required=True)
    id = Int(required=True)
    imr_id = maybe(Int, required=True)
    kind = Str(required=True)
    protective_marking = Str(required=True)
    review_id = maybe(Int, required=True)
    title = Str(required=True)


class VersionResponse(Body):
    author = Obj(required=True)
    comment = Str(required=True)
    created = Str(required=True)
    label = Str(required=True)
    sha256 = Str(required=True)
    size = Int(required=True)


class SectionsResponse(Body):
    document_id = maybe(Int, required=True)
    sections = Lst(Obj(), required=True)
    version = Str(required=True)


class AnonymityScanResponse(Body):
    document_id = maybe(Int, required=True)
    version = Str(required=True)
    clean = Bool(required=True)
    hits = Lst(Obj(), required=True)
    warnings = Lst(Raw(), required=True)


class UploadResponse(Body):
    upload_id = maybe(Str, required=True)
    chunk_limit = Int(required=True)
    chunks = Int(required=True)
    expires_at = maybe(Str, required=True)


class ChunkResponse(Body):
    upload_id = maybe(Str, required=True)
    received = Int(required=True)
    chunks = Int(required=True)
