"""After "approved subject to changes" under a guidance version whose panel signs off revisions
(`panel_signs_revisions`, docs/case-file.md): clearance waits for the panel and the CSP to sign
off exactly the revised text, and says which of the two is missing."""

from __future__ import annotations

from tests.integration.helpers import field_errors
from tests.integration.imr_steps import ok
from tests.integration.test_case_file_walk import (
    _docs,
    _signed_off,
    _submitted_until_clearance,
    signed_off_by_panel_and_csp,
)
from tests.integration.test_publication import tools  # noqa: F401  (LibreOffice, loudly skipped)
from tests.integration.walk_steps import CHAIR, COORDINATOR, CSP_CHAIR


def test_the_panel_and_the_csp_sign_off_the_revised_text_before_clearance(api):
    rid = signed_off_by_panel_and_csp(api, guidance_version="2024-draft")
    _submitted_until_clearance(api, rid)
    coordinator = api.as_(COORDINATOR)
    refused = coordinator.post(f"reviews/{rid}/clearance", {"cleared_on": "2026-11-26"})
    assert refused.status_code == 422
    assert "by the panel and the CSP" in field_errors(refused)["versions.overview_report"]
    _signed_off(api, rid, "panel", CHAIR, kinds=("overview_report",))
    refused = coordinator.post(f"reviews/{rid}/clearance", {"cleared_on": "2026-11-26"})
    assert refused.status_code == 422
    message = field_errors(refused)["versions.overview_report"]
    assert "by the CSP" in message and "panel" not in message
    _signed_off(api, rid, "csp", CSP_CHAIR, kinds=("overview_report",))
    ok(coordinator.post(f"reviews/{rid}/clearance", {"cleared_on": "2026-11-26"}), 201)
    [cleared] = ok(coordinator.get(f"reviews/{rid}/clearance"))
    revised = _docs(coordinator, rid)["overview_report"]["current_version"]
    assert cleared["versions"]["overview_report"]["label"] == revised
