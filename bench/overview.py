"""The overview stage: merging 10 agencies x 1,000 chronology rows and rendering the overview with
them, and the pre-submission check on a 300-page overview.

    python -m bench.overview      (also run by `make bench`)
"""

from __future__ import annotations

import io
import random
from datetime import date, timedelta

import docx

from bench.machine import p50
from services.documents.catalogue import CATALOGUE
from services.documents.contexts import headings_for, load_headings
from services.documents.docx_sections import read_report
from services.documents.presubmission import Documents, check, prompt_patterns
from services.documents.render_docx import render_docx
from services.documents.specimen import specimen_extra, specimen_review_data
from services.domain.combined_chronology import merge
from tests.fakes.imr_docx import WORDS
from tests.fakes.report_docx import author_writes


def agency_rows(agencies: int = 10, each: int = 1000) -> list[dict]:
    chooser = random.Random(7)
    start = date(2024, 1, 1)
    rows = []
    for a in range(agencies):
        for n in range(each):
            day = start + timedelta(days=chooser.randrange(730))
            rows.append(
                {
                    "id": a * each + n,
                    "date": day.isoformat(),
                    "date_precision": "month" if n % 50 == 0 else "day",
                    "date_text": "",
                    "time": f"{chooser.randrange(24):02d}:00" if n % 3 else None,
                    "agency": f"Agency {a}",
                    "event": " ".join(chooser.choices(WORDS, k=14)),
                    "action_outcome": "Advice given",
                }
            )
    return rows


def merge_and_render() -> None:
    merged = merge(agency_rows())
    template = CATALOGUE["overview_report"]
    table = load_headings()
    extra = specimen_extra(headings_for(table, "overview_report", "2016"))
    data = specimen_review_data(chronology=merged)
    render_docx(template.default_bytes(), template.build(data, extra))


def big_overview(pages: int = 300) -> tuple[bytes, bytes]:
    """The filled overview written up, with ~400 words a page of analysis; and the summary."""
    table = load_headings()
    rendered = {}
    for name in ("overview_report", "executive_summary"):
        template = CATALOGUE[name]
        extra = specimen_extra(headings_for(table, name, "2016"))
        rendered[name] = author_writes(
            render_docx(template.default_bytes(), template.build(specimen_review_data(), extra))
        )
    document = docx.Document(io.BytesIO(rendered["overview_report"]))
    chooser = random.Random(3)
    anchor = next(p for p in document.paragraphs if p.text.startswith("16."))
    for _ in range(pages * 10):
        anchor.insert_paragraph_before(" ".join(chooser.choices(WORDS, k=40)))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), rendered["executive_summary"]


def checked(overview: bytes, summary: bytes) -> int:
    table = load_headings()
    docs = Documents(
        overview=read_report(overview),
        summary=read_report(summary),
        overview_version="1.0",
        summary_version="1.0",
        overview_headings=headings_for(table, "overview_report", "2016"),
        summary_headings=headings_for(table, "executive_summary", "2016"),
        overview_prompts=prompt_patterns(read_report(CATALOGUE["overview_report"].default_bytes())),
        summary_prompts=prompt_patterns(
            read_report(CATALOGUE["executive_summary"].default_bytes())
        ),
    )
    facts = {
        "today": date(2026, 11, 26),
        "decided_on": date(2026, 9, 1),
        "six_months_due": date(2027, 3, 1),
        "extensions": [],
        "chair_statement": "I am independent.",
        "proceedings": [],
        "family_contacts": 1,
        "pseudonyms": ["Ruth"],
        "victim_pseudonym": None,
        "real_names": ["Jordan Fernleigh", "Chris Dunmore"],
        "overview_recommendations": [],
        "imr_recommendations": [],
        "actions": [],
        "agency_ids": set(),
    }
    return len(check(docs, facts))


def run() -> dict:
    overview, summary = big_overview()
    pages = len(read_report(overview).all_text.split()) // 400
    return {
        "merge 10 agencies x 1,000 rows and render the overview": p50(merge_and_render, 3),
        f"pre-submission check, overview of about {pages} pages": p50(
            lambda: checked(overview, summary), 5
        ),
    }


if __name__ == "__main__":
    from bench.machine import describe

    print(describe())
    for name, figures in run().items():
        print(f"{name:60} p50 {figures['p50_ms']:8.1f} ms  p95 {figures['p95_ms']:8.1f} ms")
