"""Responses of the template routes: the catalogue, uploads and rendering."""

from __future__ import annotations

from services.api.responses.base import Body, Lst, Raw, Str
from services.api.responses.documents import DocumentResponse


class TemplateResponse(Body):
    document_kind = Str(required=True)
    file_type = Str(required=True)
    name = Str(required=True)
    variables = Lst(Str(), required=True)
    version = Str(required=True)


class RenderDocumentResponse(DocumentResponse):
    """The document a render made, with what the render warned of."""

    warnings = Lst(Raw(), required=True)
