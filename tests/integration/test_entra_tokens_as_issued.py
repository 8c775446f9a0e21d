"""Entra ID tokens as a real tenant issues them: v1 (the default for an app registration), v2,
a partner tenant's members and B2B guests, and signing keys that are rotated and withdrawn. The
real PyJWT checks every token against the fake tenant's JWKS over HTTPS on 127.0.0.1."""

from __future__ import annotations

import pytest

from app import create_app
from services.auth.entra import EntraTokens
from services.config import Settings
from services.domain.errors import Unauthenticated
from services.seed.demo import seed_once
from tests.fakes.dns import FakeDns
from tests.fakes.entra import CLIENT_ID, PARTNER_TENANT, TENANT

OID = "0b0b0b0b-0000-4000-8000-0000000000d1"
APP_ID_URI = f"api://127.0.0.1:3000/{CLIENT_ID}"


@pytest.fixture
def entra_app(tmp_path, database_url, clock, m365):
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        tls=False,
        auth="entra",
        entra_tenant_id=TENANT,
        entra_client_id=CLIENT_ID,
        entra_authority_host=m365.entra.authority_host,
        entra_ca_bundle=str(m365.ca_bundle),
        entra_allowed_tenants=(PARTNER_TENANT,),
        entra_keys_cooldown_seconds=0,
    )
    application = create_app(settings, clock=clock, resolver=FakeDns())
    seed_once(application.extensions["dhr"], imrs=False)
    yield application
    application.extensions["dhr"].engine.dispose()


def get(app, token: str, path: str = "reviews"):
    return app.test_client().get(f"/api/v1/{path}", headers={"Authorization": f"Bearer {token}"})


def linked(app, admin_token: str, email: str) -> bool:
    people = get(app, admin_token, "people").json
    return next(p for p in people if p["email"] == email)["signed_in_with_entra"]


def admin(entra) -> str:
    return entra.mint(
        oid="0b0b0b0b-0000-4000-8000-0000000000a1", preferred_username="admin@demo.local"
    )


def test_a_v1_token_from_a_default_registration_links_by_upn(entra_app, m365):
    entra = m365.entra
    assert entra_app.extensions["dhr"].settings.public_url.endswith("127.0.0.1:3000")
    first = entra.mint_v1(app_id_uri=APP_ID_URI, oid=OID, upn="Coordinator@demo.local")
    response = get(entra_app, first)
    assert response.status_code == 200, response.json
    assert response.json[0]["reference"] == "DEMO-2026-001"
    # v1 and v2 tokens of the same account are the same person; after the link only tid + oid.
    assert get(entra_app, entra.mint(oid=OID)).status_code == 200
    later = entra.mint_v1(app_id_uri=APP_ID_URI, oid=OID, upn="casey.h@demo.local")
    assert get(entra_app, later).status_code == 200
    assert linked(entra_app, admin(entra), "coordinator@demo.local")


def test_a_v1_token_with_only_unique_name_or_email_links_too(entra_app, m365):
    entra = m365.entra
    token = entra.mint_v1(
        app_id_uri=APP_ID_URI, oid=OID, upn=None, unique_name="live.com#csp-chair@demo.local"
    )
    assert get(entra_app, token).status_code == 200
    other = entra.mint_v1(
        app_id_uri=APP_ID_URI,
        oid="0b0b0b0b-0000-4000-8000-0000000000d2",
        upn=None,
        email="a.brandt@council.demo.local",
    )
    assert get(entra_app, other).status_code == 200
    assert linked(entra_app, admin(entra), "a.brandt@council.demo.local")


def test_a_v1_token_for_another_api_is_refused(entra_app, m365):
    token = m365.entra.mint_v1(
        app_id_uri="api://127.0.0.1:3000/someone-else", oid=OID, upn="coordinator@demo.local"
    )
    assert get(entra_app, token).status_code == 401


def test_a_partner_tenants_member_links_by_invitation(entra_app, m365):
    entra, oid = m365.entra, "0b0b0b0b-0000-4000-8000-0000000000d3"
    token = entra.mint_partner(oid=oid, preferred_username="j.okafor@police.demo.local")
    assert get(entra_app, token).status_code == 200
    assert linked(entra_app, admin(entra), "j.okafor@police.demo.local")
    # ... and in v1 shape from that tenant, the same person.
    v1 = entra.mint_v1(app_id_uri=APP_ID_URI, tid=PARTNER_TENANT, oid=oid, upn="x@police.demo")
    assert get(entra_app, v1).status_code == 200
    # Without an invitation a partner's member is refused, saying so.
    stranger = entra.mint_partner(
        oid="0b0b0b0b-0000-4000-8000-0000000000d4", preferred_username="nobody@police.demo.local"
    )
    refused = get(entra_app, stranger)
    assert refused.status_code == 401 and "invitation" in refused.json["detail"]
    # A tenant not on the allow-list is refused whatever its token says.
    elsewhere = entra.mint_partner(
        tenant="33333333-0000-4000-8000-000000000000",
        oid=oid,
        preferred_username="j.okafor@police.demo.local",
    )
    assert get(entra_app, elsewhere).status_code == 401


@pytest.mark.parametrize("version", ["v2", "v1"])
def test_a_b2b_guest_links_by_their_email_not_their_ext_upn(entra_app, m365, version):
    entra, oid = m365.entra, "0b0b0b0b-0000-4000-8000-0000000000d5"
    extra = {"ver": "1.0", "iss": f"https://sts.windows.net/{TENANT}/", "aud": APP_ID_URI}
    token = entra.mint_guest(
        oid=oid, email="S.Whitlow@trust.demo.local", **(extra if version == "v1" else {})
    )
    assert get(entra_app, token).status_code == 200
    assert linked(entra_app, admin(entra), "s.whitlow@trust.demo.local")
    audit = get(entra_app, admin(entra), "directory/audit").json["entries"]
    [link] = [e for e in audit if e["action"] == "person.linked" and e["payload"]["oid"] == oid]
    assert link["payload"]["guest"] is True and link["payload"]["home_tid"] == PARTNER_TENANT


def test_a_guest_whose_only_username_is_the_ext_upn_is_not_linked(entra_app, m365):
    no_email = m365.entra.mint(
        oid="0b0b0b0b-0000-4000-8000-0000000000d6",
        acct=1,
        idp=f"https://sts.windows.net/{PARTNER_TENANT}/",
        upn="s.whitlow_trust.demo.local#EXT#@contoso.onmicrosoft.com",
    )
    refused = get(entra_app, no_email)
    assert refused.status_code == 401 and "No one in the directory" in refused.json["detail"]


def test_a_withdrawn_key_is_refused_and_a_rotated_one_accepted(entra_app, m365):
    entra = m365.entra
    first = entra.mint(oid=OID, preferred_username="coordinator@demo.local")
    assert get(entra_app, first).status_code == 200
    old = entra.kid
    entra.rotate()
    assert get(entra_app, entra.mint(oid=OID)).status_code == 200
    assert get(entra_app, first).status_code == 200  # still published
    entra.withdraw(old)
    refused = get(entra_app, first)
    assert refused.status_code == 401 and old in refused.json["detail"]
    assert get(entra_app, entra.mint(oid=OID)).status_code == 200


def test_keys_are_fetched_at_most_once_per_cooldown_and_withdrawal_is_seen_after_it(m365):
    entra, now = m365.entra, [1000.0]
    tokens = EntraTokens(
        tenant_id=TENANT,
        client_id=CLIENT_ID,
        issuer=entra.issuer,
        jwks_url=f"{entra.authority_host}/{TENANT}/discovery/v2.0/keys",
        app_id_uri=APP_ID_URI,
        ca_bundle=str(m365.ca_bundle),
        keys_cooldown_seconds=30,
        monotonic=lambda: now[0],
    )
    old_token = entra.mint(oid=OID)
    assert tokens.verify(old_token).object_id == OID
    fetched = entra.key_fetches
    old = entra.kid
    entra.rotate()
    new_token = entra.mint(oid=OID)
    for _ in range(5):  # within the cooldown: no fetch, however many tokens (or unknown kids)
        with pytest.raises(Unauthenticated):
            tokens.verify(new_token)
        assert tokens.verify(old_token).object_id == OID
    assert entra.key_fetches == fetched
    entra.withdraw(old)
    now[0] += 30
    assert tokens.verify(new_token).object_id == OID
    assert entra.key_fetches == fetched + 1
    with pytest.raises(Unauthenticated, match=old):
        tokens.verify(old_token)
