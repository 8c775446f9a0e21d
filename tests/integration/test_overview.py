"""From three accepted IMRs to an overview report and executive summary whose pre-submission
check is clean, then each rule of the check finding a defect planted the way people make them."""

from __future__ import annotations

import io
import time
from datetime import date
from types import SimpleNamespace

import docx
from openpyxl import load_workbook

from tests.fakes.docx_text import all_paragraphs, all_tables
from tests.fakes.hostile import valid_docx
from tests.integration.helpers import field_errors
from tests.integration.imr_steps import ok
from tests.integration.overview_steps import (
    RECOMMENDATIONS,
    REVIEW,
    plan,
    reports,
    run_check,
    write,
)


def rules(result) -> list[tuple[str, str]]:
    return [(f["severity"], f["rule"]) for f in result["findings"]]


def test_combined_chronology_merges_links_and_flags(api, coordinator, accepted):
    author = api.as_("chair.penhallow@pool.demo.local")
    rows = ok(author.get(f"reviews/{REVIEW}/chronology"))
    assert [(r["date_text"], r["agency"]) for r in rows] == [
        ("April 2024", "Demoshire Police"),
        ("2 April 2024", "Demo Hospitals NHS Trust"),
        ("3 April 2024", "Demoshire Police"),
        ("1 May 2024", "Demo District Council"),
        ("12 June 2024", "Demo District Council"),
        ("12 June 2024", "Demoshire Police"),
    ]
    council, police = rows[4], rows[5]
    assert council["possible_duplicates"] == [police["id"]]
    assert police["possible_duplicates"] == [council["id"]]
    assert police["imr"]["version"] == "0.2" and police["read_from"]["version"] == "0.2"

    marked = ok(
        author.patch(
            f"reviews/{REVIEW}/chronology/{police['id']}",
            {"key_episode": True, "note": "First visible injury", "summary": "Injury seen"},
        )
    )
    assert marked["key_episode"] and marked["note"] == "First visible injury"
    other = api.as_("j.okafor@police.demo.local")
    assert (
        other.patch(f"reviews/{REVIEW}/chronology/{police['id']}", {"note": "x"}).status_code == 403
    )
    assert other.get(f"reviews/{REVIEW}/chronology").status_code == 200  # accepted rows only
    assert (
        api.as_("p.castell@police.demo.local").get(f"reviews/{REVIEW}/chronology").status_code
        == 404
    )

    sheet = author.get(f"reviews/{REVIEW}/chronology?format=xlsx")
    book = load_workbook(io.BytesIO(sheet.data), read_only=True)
    table = list(book.active.values)
    assert len(table) == 7 and table[1][1] == "April 2024"
    word = author.get(f"reviews/{REVIEW}/chronology?format=docx")
    text = "\n".join(
        c.text for t in docx.Document(io.BytesIO(word.data)).tables for r in t.rows for c in r.cells
    )
    assert "Emergency department: injury to the wrist" in text


def test_three_imrs_to_a_clean_check_then_every_planted_defect_is_found(
    api, coordinator, accepted, clock, subtests
):
    """Each step is reported on its own: a failure names its step, and the later steps run."""
    author = api.as_("chair.penhallow@pool.demo.local")
    chair = api.as_("chair.ashdown@pool.demo.local")
    refs = plan(author, coordinator)
    rows = ok(author.get(f"reviews/{REVIEW}/chronology"))
    author.patch(f"reviews/{REVIEW}/chronology/{rows[2]['id']}", {"key_episode": True})
    ok(chair.post(f"reviews/{REVIEW}/panel-meetings", {"held_on": "2026-10-01"}), 201)
    docs = reports(author, chair)

    scenario = SimpleNamespace(
        author=author,
        chair=chair,
        clock=clock,
        docs=docs,
        refs=refs,
        rows=rows,
    )
    for step in STEPS:
        with subtests.test(step.__doc__):
            step(scenario)


def _filled_and_clean(scenario: SimpleNamespace) -> None:
    """The filled reports carry what the service knows, and check clean."""
    author = scenario.author
    chair = scenario.chair
    docs = scenario.docs
    rows = scenario.rows
    filled = docs["overview_report"]
    data = author.get(
        f"documents/{filled['id']}/versions/{filled['current_version']['label']}/content"
    ).data
    document = docx.Document(io.BytesIO(data))
    text = "\n".join(
        [p.text for p in all_paragraphs(document)]
        + [c.text for t in all_tables(document) for r in t.rows for c in r.cells]
    )
    for expected in (
        "Individual Management Review",  # contributors
        "1 October 2026",  # the panel meeting in the timescales
        "Sister",  # the family section, without the contact's name
        RECOMMENDATIONS[2],
        "Call handlers complete DASH for every report of threats",
        rows[2]["event"],  # the key episode, in the chronology section's narrative
    ):
        assert expected in text, expected
    assert "Sister of the victim" not in text
    # The full combined chronology is not in the report unless the panel chose the appendix.
    assert not any(r["event"] in text for i, r in enumerate(rows) if i != 2)

    summary_doc = docs["executive_summary"]
    label = summary_doc["current_version"]["label"]
    summary_data = author.get(f"documents/{summary_doc['id']}/versions/{label}/content").data
    summary_text = [p.text for p in all_paragraphs(docx.Document(io.BytesIO(summary_data)))]
    assert f"3 April 2024: {rows[2]['event']}" in summary_text

    overview = write(author, docs["overview_report"])
    summary = write(author, docs["executive_summary"])
    read_back = ok(
        author.get(f"documents/{docs['overview_report']['id']}/versions/{overview}/sections")
    )
    analysis = next(s for s in read_back["sections"] if s["title"] == "16. Analysis")
    assert analysis["text"] == "What the review found, written by the author (16. Analysis)."
    clean = run_check(author, docs, overview, summary)
    assert clean["findings"] == [], clean["findings"]
    assert clean["clean"] is True
    stored = ok(chair.get(f"reviews/{REVIEW}/checks/{clean['id']}"))
    assert stored["overview"]["version"] == overview and stored["findings"] == []
    scenario.overview = overview
    scenario.summary = summary


def _asynchronous_check(scenario: SimpleNamespace) -> None:
    """The same check asked for asynchronously, as a flow polls for it."""
    author = scenario.author
    docs = scenario.docs
    overview = scenario.overview
    summary = scenario.summary
    body = {
        "overview_document_id": docs["overview_report"]["id"],
        "overview_version": overview,
        "executive_summary_document_id": docs["executive_summary"]["id"],
        "executive_summary_version": summary,
    }
    accepted_202 = author.post(
        f"reviews/{REVIEW}/checks", body, headers={"Prefer": "respond-async"}
    )
    assert accepted_202.status_code == 202 and accepted_202.headers["Retry-After"] == "1"
    location = accepted_202.headers["Location"]
    for _ in range(200):
        polled = author.get(location)
        if polled.status_code != 202:
            break
        time.sleep(0.05)
    assert polled.status_code == 200 and polled.json["status"] == "done"
    assert polled.json["findings"] == [] and polled.json["clean"] is True


def _missing_sections(scenario: SimpleNamespace) -> None:
    """A missing section and an empty equality section (V11)."""
    author = scenario.author
    docs = scenario.docs
    summary = scenario.summary
    broken = write(author, docs["overview_report"], drop_heading="8. The review panel members")
    result = run_check(author, docs, broken, summary)
    assert ("block", "V11") in rules(result)
    assert any(
        "'8. The review panel members' is missing" in f["message"] for f in result["findings"]
    )
    no_equality = write(author, docs["overview_report"], equality=False)
    result = run_check(author, docs, no_equality, summary)
    equality = [f for f in result["findings"] if "(equality and diversity)" in f["message"]]
    assert len(equality) == 9 and all(f["severity"] == "block" for f in equality)
    assert equality[0]["location"]["section"] == "11. Equality and diversity"


def _summary_differs(scenario: SimpleNamespace) -> None:
    """The executive summary's recommendation 3 differs by one word (V12)."""
    author = scenario.author
    docs = scenario.docs
    overview = scenario.overview
    changed = RECOMMENDATIONS[2].replace("every", "each")
    off = write(author, docs["executive_summary"], recommendation=(3, changed))
    result = run_check(author, docs, overview, off)
    [v12] = [f for f in result["findings"] if f["rule"] == "V12"]
    assert v12["severity"] == "block"
    assert (
        "Recommendation 3 differs" in v12["message"] and "'every' became 'each'" in v12["message"]
    )
    assert v12["location"] == {
        "document": "executive_summary",
        "version": off,
        "section": "10. Recommendations from the review",
    }


def _recommendation_without_action(scenario: SimpleNamespace) -> None:
    """A recommendation with no action row (V13)."""
    author = scenario.author
    docs = scenario.docs
    overview = scenario.overview
    refs = scenario.refs
    summary = scenario.summary
    recs = [{"text": t, "scope": "local"} for t in [*RECOMMENDATIONS, "A fourth recommendation"]]
    ok(author.put(f"reviews/{REVIEW}/recommendations", {"recommendations": recs}))
    result = run_check(author, docs, overview, summary)
    assert any(
        f["rule"] == "V13" and "Overview recommendation 4 has no action-plan row" in f["message"]
        for f in result["findings"]
    )
    ok(author.put(f"reviews/{REVIEW}/recommendations", {"recommendations": recs[:3]}))
    assert len(refs) == 5


def _unexplained_delay(scenario: SimpleNamespace) -> None:
    """Eight months after the decision with no extension: an unexplained delay (V10)."""
    author = scenario.author
    chair = scenario.chair
    clock = scenario.clock
    docs = scenario.docs
    overview = scenario.overview
    summary = scenario.summary
    decided = date.fromisoformat(ok(chair.get(f"reviews/{REVIEW}"))["decisions"][0]["decided_on"])
    clock.day = date(
        decided.year + (decided.month + 8 - 1) // 12, (decided.month + 8 - 1) % 12 + 1, 1
    )
    result = run_check(author, docs, overview, summary)
    [v10] = [f for f in result["findings"] if f["rule"] == "V10"]
    assert v10["severity"] == "block" and "8 months past the decision" in v10["message"]


STEPS = [
    _filled_and_clean,
    _asynchronous_check,
    _missing_sections,
    _summary_differs,
    _recommendation_without_action,
    _unexplained_delay,
]


def test_family_contacts_at_risk_are_for_the_chair_only(api, coordinator):
    author = api.as_("chair.penhallow@pool.demo.local")
    body = {
        "name": "Cousin A",
        "relationship": "Cousin",
        "method": "through_advocate",
        "outcome": "took_part",
        "risk_flag": "honour_based_abuse",
    }
    made = ok(author.post(f"reviews/{REVIEW}/family-contacts", body), 201)
    assert made == {"id": made["id"], "restricted": True, "risk_flag": "honour_based_abuse"}
    chair = api.as_("chair.ashdown@pool.demo.local")
    [full] = ok(chair.get(f"reviews/{REVIEW}/family-contacts"))
    assert full["name"] == "Cousin A" and full["restricted"] is True
    assert "name" not in ok(coordinator.get(f"reviews/{REVIEW}/family-contacts"))[0]
    member = api.as_("j.okafor@police.demo.local")
    assert member.get(f"reviews/{REVIEW}/family-contacts").status_code == 403
    bad = author.post(
        f"reviews/{REVIEW}/family-contacts",
        {**body, "method": "carrier pigeon", "approached_on": "2027-01-01"},
    )
    assert set(field_errors(bad)) == {"method", "approached_on"}


def test_checks_refuse_documents_of_the_wrong_kind_or_version(api, coordinator):
    author = api.as_("chair.penhallow@pool.demo.local")
    doc = ok(
        author.send(
            f"reviews/{REVIEW}/documents",
            {"kind": "overview_report", "title": "o"},
            ("o.docx", valid_docx("x")),
        ),
        201,
    )
    r = author.post(
        f"reviews/{REVIEW}/checks",
        {
            "overview_document_id": doc["id"],
            "overview_version": "0.9",
            "executive_summary_document_id": doc["id"],
            "executive_summary_version": "0.1",
        },
    )
    assert r.status_code == 422
    assert set(field_errors(r)) == {"overview_version", "executive_summary_document_id"}
    member = api.as_("j.okafor@police.demo.local")
    body = {
        "overview_document_id": doc["id"],
        "overview_version": "0.1",
        "executive_summary_document_id": doc["id"],
        "executive_summary_version": "0.1",
    }
    assert member.post(f"reviews/{REVIEW}/checks", body).status_code == 403
