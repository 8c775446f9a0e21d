"""The building blocks of the request schemas: text that a document can hold, flags, ids."""

from __future__ import annotations

from marshmallow import ValidationError, fields, validate

from services.api.openapi import MAX_ID
from services.documents.text import forbidden_characters

# XML 1.0's characters, as the description states them (lone surrogates cannot reach us as UTF-8)
DOCUMENT_CHARACTERS = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]*$"


class Text(fields.String):
    """A string that can go into a Word or Excel document: XML 1.0 characters only."""

    def __init__(self, *args, **kwargs):
        given = kwargs.get("validate")
        validators = given if isinstance(given, list | tuple) else [given]
        if not any(isinstance(v, validate.Regexp) for v in validators):
            # a field with its own pattern (a version label, a SHA-256) states that one instead
            kwargs["metadata"] = {"pattern": DOCUMENT_CHARACTERS, **kwargs.get("metadata", {})}
        super().__init__(*args, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        bad = forbidden_characters(text)
        if bad:
            raise ValidationError(
                f"Contains characters a document cannot hold: {', '.join(bad[:5])}"
            )
        return text


class Flag(fields.Boolean):
    """A JSON true or false; 0, 1, "yes" and the like are refused (forms and queries, which
    carry only text, use marshmallow's Boolean)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


NonBlank = validate.Length(min=1, max=10_000)
Name = validate.Length(min=1, max=200)


def closed(values) -> dict:
    """A closed list, stated in the description; the use case checks it with the other rules,
    so one answer names every broken field."""
    return {"enum": list(values)}


def Id(**kwargs) -> fields.Integer:
    """A row id: the same bounds as the path's <id:…> converter."""
    return fields.Integer(validate=validate.Range(min=1, max=MAX_ID), **kwargs)


Label = validate.Regexp(r"^\d{1,4}\.\d{1,4}$", error="A version label such as 0.3")
