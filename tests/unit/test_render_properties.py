"""Any text a person can type comes back exactly, or the API refuses it; nothing is truncated."""

from __future__ import annotations

import io

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from marshmallow import ValidationError

from services.api.schemas import Text
from services.documents.catalogue import CATALOGUE
from services.documents.contexts import headings_for, load_headings
from services.documents.render_docx import render_docx
from services.documents.text import clean, forbidden_characters
from tests.fakes.docx_text import all_paragraphs, ends_with_the_mark
from tests.fakes.review_data import sample_extra, sample_review_data

TEMPLATE = CATALOGUE["executive_summary"]
HEADINGS = headings_for(load_headings(), "executive_summary", "2016")
SPICE = st.sampled_from(
    [
        "<",
        ">",
        "&",
        '"',
        "'",
        "{{",
        "{%",
        "\u202e",
        "\u05e9\u05dc\u05d5\u05dd",
        "\U0001f468\u200d\U0001f469\u200d\U0001f467",
        "e\u0301",
        "\t",
        "\n",
        "\r\n",
        "\x00",
        "\x0b",
        "\x07",
        "\x0c",
        "\ud800",
        "\ufffe",
    ]
)
TEXTS = st.lists(st.one_of(st.text(max_size=12), SPICE), max_size=8).map("".join)


def rendered_paragraphs(value: str) -> list[str]:
    """The paragraphs, the end mark's last (as "END" when it is the hidden mark)."""
    data = sample_review_data(chair={"name": "Chair", "statement": f"Statement: {value}"})
    context = TEMPLATE.build(data, sample_extra(HEADINGS))
    document = docx.Document(io.BytesIO(render_docx(TEMPLATE.default_bytes(), context)))
    texts = [p.text for p in all_paragraphs(document)]
    return [*texts[:-1], "END" if ends_with_the_mark(document) else texts[-1]]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_text_comes_back_exactly_or_is_refused(value):
    if forbidden_characters(value):
        with pytest.raises(ValidationError):
            Text().deserialize(value)
        return
    expected, _ = clean(value)
    paragraphs = rendered_paragraphs(value)
    assert any(f"Statement: {expected}" == p for p in paragraphs)
    assert paragraphs[-1] == "END"


@settings(max_examples=30, deadline=None)
@given(TEXTS)
def test_stored_text_with_forbidden_characters_is_cleaned_and_never_truncates(value):
    paragraphs = rendered_paragraphs(clean(value)[0])
    assert paragraphs[-1] == "END"
