"""The anonymity scan over HTTP: the register's names and sensitive terms, any version; what
someone who may not read the register is told; the service's own dates."""

from __future__ import annotations

import json

from services.documents.package_text import TextRecord
from services.domain import leaks
from services.storage.models import Review
from services.workflows.directory.principal import load_principal
from services.workflows.kernel.context import Ctx
from services.workflows.library.document_data import pseudonymised, review_data
from services.workflows.publication.anonymity import scanner_for
from tests.fakes.docx_package import Package
from tests.fakes.leaky_docx import planted
from tests.fakes.report_docx import author_writes
from tests.integration.helpers import field_errors
from tests.integration.imr_steps import ok, started_imr
from tests.integration.overview_steps import register_date_of_death

REVIEW = 1


def upload(caller, data: bytes, name: str = "Overview report.docx") -> dict:
    return ok(
        caller.send(
            f"reviews/{REVIEW}/documents", {"kind": "overview_report", "title": "o"}, (name, data)
        ),
        201,
    )


def scan(caller, doc: dict, label: str = "0.1") -> dict:
    return ok(caller.post(f"documents/{doc['id']}/versions/{label}/anonymity-scan"))


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

    leaky = upload(coordinator, planted("header", "Chris Dunm\u043e\u200bre"))  # the perpetrator
    result = scan(coordinator, leaky)
    assert result["clean"] is False
    [hit] = [h for h in result["hits"] if h["term"] == "Chris Dunmore"]
    assert hit["part"] == "word/header1.xml" and hit["who"] == "Mark"
    assert hit["text"] == "Chris Dunm\u043e\u200bre" and hit["paragraph"] == 1
    assert hit["message"] == "A name on the review's register"
    assert "U+200B ZERO WIDTH SPACE" in hit["disguised"]

    alias = upload(coordinator, planted("comment", "Jo Fernleigh"))  # the victim's alias
    assert {h["part"] for h in scan(coordinator, alias)["hits"]} == {"word/comments.xml"}

    school = upload(coordinator, planted("footnote", "Cedars Academy"))
    assert [(h["kind"], h["part"]) for h in scan(coordinator, school)["hits"]] == [
        ("school", "word/footnotes.xml")
    ]

    clean = upload(coordinator, planted("clean", ""))
    result = scan(coordinator, clean)
    assert result["clean"] is True and result["hits"] == []

    outsider = api.as_("p.castell@police.demo.local")  # no role on this review
    assert outsider.post(f"documents/{clean['id']}/versions/0.1/anonymity-scan").status_code == 404


def test_someone_who_may_not_read_the_register_is_not_told_it(api, coordinator):
    """An IMR's author may scan their own IMR, but is told only that a name on the register is
    there, and where: not the register's spelling of it, nor the pseudonym it maps to."""
    _imr, doc = started_imr(
        api,
        coordinator,
        "Demoshire Police",
        "m.kells@police.demo.local",
        "p.castell@police.demo.local",
    )
    author = api.as_("p.castell@police.demo.local")
    saved = ok(
        author.send(
            f"documents/{doc['id']}/versions",
            {"comment": "written"},
            ("IMR.docx", planted("body", "J. Fernl\u0435igh and Chris")),
            {"If-Match": doc["etag"]},
        ),
        201,
    )
    label = saved["current_version"]["label"]
    theirs = ok(author.post(f"documents/{doc['id']}/versions/{label}/anonymity-scan"))
    ours = ok(coordinator.post(f"documents/{doc['id']}/versions/{label}/anonymity-scan"))
    assert len(theirs["hits"]) == len(ours["hits"]) == 2
    for hit in theirs["hits"]:
        assert "term" not in hit and "who" not in hit
        assert hit["message"] == "A name on the review's register"
        assert hit["part"] == "word/document.xml" and hit["paragraph"] == 2
    assert [h["text"] for h in theirs["hits"]] == ["J. Fernl\u0435igh", "Chris"]
    assert {h["who"] for h in ours["hits"]} == {"Ruth", "Mark"}
    assert "Ruth" not in json.dumps(theirs) and "Mark" not in json.dumps(theirs)


def test_dates_the_service_wrote_are_not_findings_but_a_typed_date_is(api, coordinator):
    """The terms-of-reference period ends on the date of death; registering that date must not
    make the service's own template text a finding."""
    died = register_date_of_death(coordinator)
    written = f"{died.day} {died:%B %Y}"
    doc = upload(coordinator, Package().build())
    rendered = ok(coordinator.post(f"reviews/{REVIEW}/documents/{doc['id']}/render", {}), 201)
    label = rendered["current_version"]["label"]
    data = coordinator.get(f"documents/{doc['id']}/versions/{label}/content").data
    assert written in " ".join(_texts(data))  # the template does write the date
    assert scan(coordinator, rendered, label)["hits"] == []

    typed = author_writes(data, header=f"Ruth died on {died:%d/%m/%Y}")
    current = ok(coordinator.get(f"documents/{doc['id']}"))
    saved = ok(
        coordinator.send(
            f"documents/{doc['id']}/versions",
            {"comment": "written"},
            ("report.docx", typed),
            {"If-Match": current["etag"]},
        ),
        201,
    )
    hits = scan(coordinator, saved, saved["current_version"]["label"])["hits"]
    assert [(h["kind"], h["part"], h["text"]) for h in hits] == [
        ("date_of_death", "word/header1.xml", f"{died:%d/%m/%Y}")
    ]


def _texts(data: bytes) -> list[str]:
    from services.documents.package_text import extract

    return [r.text for r in extract(data).records if isinstance(r, TextRecord)]


def test_publishable_templates_are_filled_from_pseudonymised_data(app, api):
    """The overview's and executive summary's context never holds a real name."""
    services = app.extensions["dhr"]
    with services.sessions() as session:
        ctx = Ctx(session, load_principal(session, 1), services.clock, services.guidance)
        review = session.get(Review, REVIEW)
        scanner = scanner_for(ctx, review)

        def found(data) -> list[dict]:
            text = json.dumps(data, default=str)
            return leaks.findings(scanner, [TextRecord("context", "json", text)])[0]

        assert found(review_data(ctx, review))  # the raw data does name the victim
        assert found(pseudonymised(review_data(ctx, review))) == []
