"""The anonymity scan over HTTP: the register's names and sensitive terms, any version."""

from __future__ import annotations

import json

from services.storage.models import Review
from services.workflows.anonymity import scanner_for
from services.workflows.context import Ctx
from services.workflows.document_data import pseudonymised, review_data
from services.workflows.principal import load_principal
from tests.fakes.leaky_docx import planted
from tests.integration.helpers import field_errors
from tests.integration.imr_steps import ok

REVIEW = 1


def upload(caller, data: bytes, name: str = "Overview report.docx") -> dict:
    return ok(
        caller.send(
            f"reviews/{REVIEW}/documents", {"kind": "overview_report", "title": "o"}, (name, data)
        ),
        201,
    )


def test_the_scan_finds_the_register_names_and_terms_and_passes_a_clean_version(api, coordinator):
    ok(
        coordinator.post(
            f"reviews/{REVIEW}/sensitive-terms", {"kind": "school", "term": "Cedars Academy"}
        ),
        201,
    )
    assert [t["term"] for t in ok(coordinator.get(f"reviews/{REVIEW}/sensitive-terms"))] == [
        "Cedars Academy"
    ]
    bad = coordinator.post(f"reviews/{REVIEW}/sensitive-terms", {"kind": "shoe size", "term": "9"})
    assert set(field_errors(bad)) == {"kind", "term"}

    leaky = upload(coordinator, planted("header", "Chris Dunmore"))  # the perpetrator's real name
    result = ok(coordinator.post(f"documents/{leaky['id']}/versions/0.1/anonymity-scan"))
    assert result["clean"] is False
    [hit] = [h for h in result["hits"] if h["term"] == "Chris Dunmore"]
    assert hit["part"] == "word/header1.xml" and hit["who"] == "Mark"

    alias = upload(coordinator, planted("comment", "Jo Fernleigh"))  # the victim's alias
    result = ok(coordinator.post(f"documents/{alias['id']}/versions/0.1/anonymity-scan"))
    assert {h["part"] for h in result["hits"]} == {"word/comments.xml"}

    school = upload(coordinator, planted("footnote", "Cedars Academy"))
    result = ok(coordinator.post(f"documents/{school['id']}/versions/0.1/anonymity-scan"))
    assert [(h["kind"], h["part"]) for h in result["hits"]] == [("school", "word/footnotes.xml")]

    clean = upload(coordinator, planted("clean", ""))
    result = ok(coordinator.post(f"documents/{clean['id']}/versions/0.1/anonymity-scan"))
    assert result["clean"] is True and result["hits"] == []

    outsider = api.as_("p.castell@police.demo.local")  # no role on this review
    assert outsider.post(f"documents/{clean['id']}/versions/0.1/anonymity-scan").status_code == 404


def test_publishable_templates_are_filled_from_pseudonymised_data(app, api):
    """The overview's and executive summary's context never holds a real name."""
    services = app.extensions["dhr"]
    with services.sessions() as session:
        ctx = Ctx(session, load_principal(session, 1), services.clock, services.guidance)
        review = session.get(Review, REVIEW)
        scanner = scanner_for(ctx, review)
        everything = json.dumps(review_data(ctx, review), default=str)
        assert scanner.hits(everything)  # the raw data does name the victim
        assert scanner.hits(json.dumps(pseudonymised(review_data(ctx, review)), default=str)) == []
