"""DHR_AUTH=entra: bearer tokens are Entra ID access tokens, checked by the real PyJWT against
the fake tenant's JWKS over HTTPS on 127.0.0.1. People are linked once, at their first sign-in,
to their directory entry, and are known by tid + oid from then on."""

from __future__ import annotations

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from services.config import Settings
from tests.fakes.dns import FakeDns
from tests.fakes.entra import CLIENT_ID, TENANT

OID = "0b0b0b0b-0000-4000-8000-0000000000c1"


@pytest.fixture
def entra_app(make_app, m365):
    return make_app(
        seed=False,
        resolver=FakeDns(),
        auth="entra",
        entra_tenant_id=TENANT,
        entra_client_id=CLIENT_ID,
        entra_authority_host=m365.entra.authority_host,
        entra_ca_bundle=str(m365.ca_bundle),
        entra_keys_cooldown_seconds=0,  # a rotated key is fetched at once here
    )


def get(app, token: str, path: str = "reviews"):
    return app.test_client().get(f"/api/v1/{path}", headers={"Authorization": f"Bearer {token}"})


def test_the_first_sign_in_links_by_username_and_then_only_tid_and_oid_count(entra_app, m365):
    entra = m365.entra
    first = get(entra_app, entra.mint(oid=OID, preferred_username="Coordinator@demo.local"))
    assert first.status_code == 200 and first.json[0]["reference"] == "DEMO-2026-001"
    # The same account after an email change is still the coordinator.
    renamed = get(entra_app, entra.mint(oid=OID, preferred_username="c.new@demo.local"))
    assert renamed.status_code == 200
    # Another account presenting the coordinator's address cannot take the record over.
    other = get(
        entra_app,
        entra.mint(
            oid="0b0b0b0b-0000-4000-8000-0000000000c2", preferred_username="coordinator@demo.local"
        ),
    )
    assert other.status_code == 401 and "invitation" in other.json["detail"]
    # Nor can the same object id from another tenant.
    guest = get(
        entra_app,
        entra.mint(
            oid=OID,
            tid="99999999-0000-4000-8000-000000000000",
            preferred_username="coordinator@demo.local",
        ),
    )
    assert guest.status_code == 401
    people = get(entra_app, entra.mint(oid=OID), "people").json
    assert next(p for p in people if p["email"] == "coordinator@demo.local")["signed_in_with_entra"]


@pytest.mark.parametrize(
    "case",
    [
        "wrong audience",
        "wrong issuer",
        "alg none",
        "expired",
        "id token",
        "not yet valid",
        "forged",
    ],
)
def test_tokens_that_are_not_ours_are_refused_with_401(entra_app, m365, case):
    entra = m365.entra
    ok = entra.mint(oid=OID, preferred_username="coordinator@demo.local")
    assert get(entra_app, ok).status_code == 200
    bad = {
        "wrong audience": lambda: entra.mint(oid=OID, aud="api://someone-else"),
        "wrong issuer": lambda: entra.mint(
            oid=OID, iss="https://login.microsoftonline.com/other/v2.0"
        ),
        "alg none": lambda: jwt.encode(
            {
                "aud": CLIENT_ID,
                "iss": entra.issuer,
                "tid": TENANT,
                "oid": OID,
                "scp": "access_as_user",
            },
            None,
            algorithm="none",
            headers={"kid": entra.kid},
        ),
        "expired": lambda: entra.mint(
            oid=OID, exp=1_700_000_000, iat=1_699_990_000, nbf=1_699_990_000
        ),
        "id token": lambda: entra.mint(oid=OID, scp=None, nonce="n-0S6_WzA2Mj"),
        "not yet valid": lambda: entra.mint(oid=OID, nbf=4_000_000_000),
        "forged": lambda: entra.mint(oid=OID, key=rsa.generate_private_key(65537, 2048)),
    }[case]()
    refused = get(entra_app, bad)
    assert refused.status_code == 401, refused.json
    assert refused.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_token_without_the_api_scope_is_forbidden(entra_app, m365):
    get(entra_app, m365.entra.mint(oid=OID, preferred_username="coordinator@demo.local"))
    r = get(entra_app, m365.entra.mint(oid=OID, scp="User.Read"))
    assert r.status_code == 403 and "access_as_user" in r.json["detail"]


def test_a_removed_persons_token_is_refused(entra_app, m365):
    entra = m365.entra
    admin_oid, chair_oid = (
        "0b0b0b0b-0000-4000-8000-0000000000a1",
        "0b0b0b0b-0000-4000-8000-0000000000a2",
    )
    admin = entra.mint(oid=admin_oid, preferred_username="admin@demo.local")
    chair = entra.mint(oid=chair_oid, preferred_username="csp-chair@demo.local")
    assert get(entra_app, chair).status_code == 200
    people = get(entra_app, admin, "people").json
    chair_id = next(p["id"] for p in people if p["email"] == "csp-chair@demo.local")
    removed = entra_app.test_client().delete(
        f"/api/v1/people/{chair_id}", headers={"Authorization": f"Bearer {admin}"}
    )
    assert removed.status_code == 200 and removed.json["removed_at"]
    assert get(entra_app, chair).status_code == 401


def test_a_dev_token_is_refused_and_dev_sign_in_does_not_exist(entra_app, m365):
    services = entra_app.extensions["dhr"]
    dev = services.tokens.issue(1)["access_token"]
    assert get(entra_app, dev).status_code == 401
    client = entra_app.test_client()
    assert (
        client.post("/api/v1/dev/sign-in", json={"email": "coordinator@demo.local"}).status_code
        == 404
    )
    config = client.get("/api/v1/auth/config").json
    settings = services.settings
    # What MSAL.js needs for nested app authentication and the sign-in dialog; nothing secret.
    assert config == {
        "mode": "entra",
        "client_id": settings.entra_client_id,
        "authority": f"{settings.entra_authority_host.rstrip('/')}/{settings.entra_tenant_id}",
        "scope": f"api://{settings.public_url.split('://')[1]}/{settings.entra_client_id}"
        "/access_as_user",
    }
    page = client.get("/addin/word/taskpane.html")
    page.close()
    policy = page.headers["Content-Security-Policy"]
    assert f"connect-src 'self' {settings.entra_authority_host.rstrip('/')}" in policy


def test_rotated_keys_are_used_at_once_with_no_cooldown(entra_app, m365):
    """Cooldown 0 here: every token reads the published set (the cooldown's bound is tested in
    test_entra_tokens_as_issued.py with a clock)."""
    entra = m365.entra
    assert (
        get(entra_app, entra.mint(oid=OID, preferred_username="coordinator@demo.local")).status_code
        == 200
    )
    fetched = entra.key_fetches
    entra.rotate()
    assert get(entra_app, entra.mint(oid=OID)).status_code == 200
    assert entra.key_fetches == fetched + 1


def test_production_refuses_the_dev_sign_in_and_entra_without_its_settings():
    assert (
        "DHR_PRODUCTION=1 refuses the dev sign-in: set DHR_AUTH=entra"
        in Settings(production=True).problems()
    )
    missing = Settings(auth="entra").problems()
    assert "DHR_AUTH=entra needs DHR_ENTRA_TENANT_ID" in missing
    assert "DHR_AUTH=entra needs DHR_ENTRA_CLIENT_ID" in missing
    env = Settings.from_env(
        {
            "DHR_AUTH": "entra",
            "DHR_ENTRA_TENANT_ID": TENANT,
            "DHR_ENTRA_CLIENT_ID": CLIENT_ID,
            "DHR_PRODUCTION": "1",
        }
    )
    assert env.problems() == []
    assert env.jwks_url == f"https://login.microsoftonline.com/{TENANT}/discovery/v2.0/keys"
    assert env.issuer == f"https://login.microsoftonline.com/{TENANT}/v2.0"
    sovereign = Settings.from_env(
        {"DHR_ENTRA_AUTHORITY": "https://login.microsoftonline.us", "DHR_ENTRA_TENANT_ID": TENANT}
    )
    assert sovereign.jwks_url == f"https://login.microsoftonline.us/{TENANT}/discovery/v2.0/keys"


APP_OID = "0b0b0b0b-0000-4000-8000-0000000000f1"
FLOW = {
    "event": "signoff.requested",
    "callback_url": "https://prod-01.uksouth.logic.azure.com/workflows/1",
}


def app_token(entra, *roles):
    return entra.mint(
        oid=APP_OID,
        scp=None,
        roles=list(roles),
        azp="a1b2c3d4-0000-4000-8000-00000000f10w",
        idtyp="app",
    )


def test_an_app_only_token_acts_only_through_its_named_app_roles(entra_app, m365):
    entra, client = m365.entra, entra_app.test_client()

    def call(method, path, token, body=None):
        return client.open(
            f"/api/v1/{path}",
            method=method,
            json=body,
            headers={"Authorization": f"Bearer {token}"},
        )

    flow = app_token(entra, "Dhr.Subscriptions.DEMO")
    made = call("POST", "subscriptions", flow, {**FLOW, "csp": "DEMO"})
    assert made.status_code == 201, made.json
    assert (
        call("POST", "subscriptions", flow, {**FLOW, "csp": "OTHR"}).status_code == 404
    )  # no such CSP here
    assert call("GET", "reviews", flow).json == []  # an application sees no review
    assert call("GET", "reviews/1", flow).status_code == 404
    assert call("DELETE", f"subscriptions/{made.json['id']}", flow).status_code == 204
    assert (
        call("GET", "reviews", app_token(entra, "User.Read.All")).status_code == 401
    )  # none of ours
    other_csp = app_token(entra, "Dhr.Subscriptions.ELSE")
    # A CSP the application has no part in is not found, exactly like one that does not exist.
    assert call("POST", "subscriptions", other_csp, {**FLOW, "csp": "DEMO"}).status_code == 404
    coordinator = entra.mint(oid=OID, preferred_username="coordinator@demo.local")
    people = call("GET", "people", coordinator).json
    assert not [p for p in people if p["email"] == f"{APP_OID}@applications.invalid"]
    # Applications belong to no CSP: the service's administrator sees them in the directory.
    admin = entra.mint(
        oid="0b0b0b0b-0000-4000-8000-0000000000a1", preferred_username="admin@demo.local"
    )
    [app] = [
        p
        for p in call("GET", "people", admin).json
        if p["email"] == f"{APP_OID}@applications.invalid"
    ]
    assert app["name"].startswith("Application ") and app["signed_in_with_entra"]


def test_a_coordinator_subscribes_a_flow_and_a_csp_chair_may_not(api, coordinator, csp_chair):
    made = coordinator.post("subscriptions", {**FLOW, "csp": "DEMO"})
    assert made.status_code == 201 and made.headers["Location"].endswith(
        f"/subscriptions/{made.json['id']}"
    )
    assert csp_chair.post("subscriptions", {**FLOW, "csp": "DEMO"}).status_code == 403
    assert csp_chair.delete(f"subscriptions/{made.json['id']}").status_code == 403
    assert coordinator.delete(f"subscriptions/{made.json['id']}").status_code == 204
