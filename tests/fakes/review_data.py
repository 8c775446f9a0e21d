"""Sample review data for template tests: the specimen, with text that tries to break out."""

from __future__ import annotations

from services.documents.specimen import specimen_extra, specimen_review_data

TRICKY = "Smith & Jones <b> \"quoted\" 'single' {{ 7*7 }} x</w:t></w:r><w:r><w:t>INJECTED"


def sample_review_data(**overrides) -> dict:
    data = specimen_review_data(**overrides)
    for key in ("terms", "decision"):
        data[key] = dict(data[key])
    if "terms" not in overrides:
        data["terms"]["lines_of_enquiry"] = [TRICKY, "Second line"]
    if "decision" not in overrides:
        data["decision"]["rationale"] = TRICKY
    if "proceedings" not in overrides:
        data["proceedings"] = [{"kind": "Criminal trial", "description": TRICKY}]
    if "chronology" not in overrides:
        data["chronology"] = [{**data["chronology"][0], "event": TRICKY}]
    return data


sample_extra = specimen_extra
