"""Sign-in and tokens: nothing but health, sign-in and add-in files answers without a token."""

from __future__ import annotations

import jwt
import pytest

from app import create_app
from services.auth.dev import AUDIENCE, ISSUER, DevTokens, load_or_create_key
from services.config import Settings


def test_health_and_sign_in_need_no_token(api):
    assert api.anonymous.get("/health").json["status"] == "ok"
    r = api.anonymous.post("dev/sign-in", {"email": "Coordinator@Demo.Local"})
    assert r.status_code == 200
    assert r.json["token_type"] == "Bearer"
    assert r.json["expires_in"] == 8 * 3600


def test_sign_in_for_an_unknown_person_is_refused(api):
    r = api.anonymous.post("dev/sign-in", {"email": "nobody@demo.local"})
    assert r.status_code == 422
    assert r.json["errors"] == [{"field": "email", "message": "No person with this email"}]


@pytest.mark.parametrize(
    "path",
    ["reviews", "reviews/1", "csps/DEMO/dashboard", "people", "no/such/route"],
)
def test_every_other_route_needs_a_token(api, path):
    r = api.anonymous.get(path)
    assert r.status_code == 401
    assert r.mimetype == "application/problem+json"
    assert r.headers["WWW-Authenticate"].startswith("Bearer")


def tokens(app, **claims):
    key = load_or_create_key(app.extensions["dhr"].settings.data_dir)
    body = {"iss": ISSUER, "aud": AUDIENCE, "sub": "2", "exp": 4102444800, **claims}
    return key, body


@pytest.mark.parametrize(
    "make",
    [
        lambda key, body: "not-a-jwt",
        lambda key, body: "Bearer",
        lambda key, body: jwt.encode(body, "another-key-entirely-32-bytes-long", "HS256"),
        lambda key, body: jwt.encode({**body, "exp": 1000}, key, "HS256"),
        lambda key, body: jwt.encode({**body, "aud": "someone-else"}, key, "HS256"),
        lambda key, body: jwt.encode(body, None, "none"),
        lambda key, body: jwt.encode({**body, "sub": "99999"}, key, "HS256"),
    ],
    ids=[
        "garbage",
        "empty",
        "wrong-key",
        "expired",
        "wrong-audience",
        "alg-none",
        "unknown-person",
    ],
)
def test_bad_tokens_get_401(app, api, make):
    key, body = tokens(app)
    r = api.client.get("/api/v1/reviews", headers={"Authorization": f"Bearer {make(key, body)}"})
    assert r.status_code == 401
    assert r.mimetype == "application/problem+json"


def test_a_token_signed_with_the_data_dir_key_works(app, api):
    key, _ = tokens(app)
    token = DevTokens(key, 60).issue(2)["access_token"]
    r = api.client.get("/api/v1/reviews", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200


@pytest.mark.parametrize(
    ("changes", "reason"),
    [({"auth": "entra"}, "DHR_AUTH"), ({"host": "0.0.0.0"}, "localhost")],  # noqa: S104
)
def test_unsafe_configurations_refuse_to_start(tmp_path, changes, reason):
    settings = Settings(data_dir=tmp_path, tls=False, **changes)
    with pytest.raises(SystemExit, match=reason):
        create_app(settings)


def test_signing_key_is_private_to_the_service(app):
    path = app.extensions["dhr"].settings.data_dir / "dev-signing.key"
    assert path.stat().st_mode & 0o077 == 0
