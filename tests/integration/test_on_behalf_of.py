"""With DHR_AUTH=entra and SharePoint, the service acts in SharePoint as the signed-in person:
the real MSAL exchanges their token on-behalf-of (cached by us), the fake SharePoint sees that
person's token; Entra's demand for MFA reaches the caller as 403 with its claims challenge."""

from __future__ import annotations

import io

import pytest

from tests.fakes.hostile import valid_docx

OID = "0b0b0b0b-0000-4000-8000-0000000000d1"


@pytest.fixture
def obo_app(make_app, tmp_path, database_url, m365):
    settings = m365.settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        auth="entra",
        entra_keys_cooldown_seconds=0,
    )
    return make_app(settings, seed=False)


def add_document(app, token: str):
    return app.test_client().post(
        "/api/v1/reviews/1/documents",
        data={
            "kind": "other",
            "title": "Minutes",
            "file": (io.BytesIO(valid_docx("Minutes")), "m.docx"),
        },
        content_type="multipart/form-data",
        headers={"Authorization": f"Bearer {token}"},
    )


def test_sharepoint_is_called_with_the_signed_in_persons_token(obo_app, m365):
    entra, sharepoint = m365.entra, m365.sharepoint
    token = entra.mint(oid=OID, preferred_username="coordinator@demo.local")
    first = sharepoint.tokens_seen[:]
    created = add_document(obo_app, token)
    assert created.status_code == 201, created.json
    used = sharepoint.tokens_seen[len(first) :]
    assert used and all(entra.on_behalf_of.get(t) == OID for t in used)  # the user's, not the app's
    exchanges = len(entra.on_behalf_of)
    again = obo_app.test_client().get(
        f"/api/v1/documents/{created.json['id']}/versions/0.1/content",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert again.status_code == 200
    assert len(entra.on_behalf_of) == exchanges  # cached by us for the same incoming token


def test_a_demand_for_mfa_reaches_the_caller_with_its_claims(obo_app, m365):
    entra = m365.entra
    assert (
        add_document(
            obo_app, entra.mint(oid=OID, preferred_username="coordinator@demo.local")
        ).status_code
        == 201
    )
    refused = add_document(obo_app, entra.mint(oid=OID, needs_mfa=True))
    assert refused.status_code == 403
    assert "mfa" in refused.json["claims"]
    assert refused.headers["WWW-Authenticate"].startswith('Bearer error="insufficient_claims"')
