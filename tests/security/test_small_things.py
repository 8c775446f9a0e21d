"""Finding 9: small things that answered 500 or said yes. Deeply nested JSON is a 400 naming the
body; a validly signed token with malformed claims is a 401; the dev sign-in refuses removed
people and any peer that is not this machine, whatever the headers say; and file names lose
bidi controls and zero-width characters."""

from __future__ import annotations

import time

import jwt
import pytest
from sqlalchemy import select

from services.auth.dev import AUDIENCE, ISSUER, load_or_create_key
from services.storage.models import Document
from tests.fakes.hostile import valid_docx
from tests.integration.helpers import person_id


@pytest.mark.parametrize(
    "body", ["[" * 100_000 + "]" * 100_000, '{"a":' * 5_000 + "1" + "}" * 5_000]
)
def test_deeply_nested_json_is_a_400_naming_the_body(api, coordinator, body):
    for path in ("reviews", "reviews/1/actions", "subscriptions"):
        response = coordinator.client.post(
            f"/api/v1/{path}",
            data=body,
            content_type="application/json",
            headers=coordinator.headers,
        )
        assert response.status_code == 400, (path, response.status_code)
        assert response.json["errors"][0]["field"] == "body"
    ordinary = coordinator.post(
        "reviews/1/parallel-proceedings", {"kind": "inquest", "description": "[[{}]]"}
    )
    assert ordinary.status_code == 201  # brackets inside strings are not nesting


def _dev_token(app, sub) -> str:
    key = load_or_create_key(app.extensions["dhr"].settings.data_dir)
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": sub, "iat": now, "exp": now + 600}
    return jwt.encode(claims, key, algorithm="HS256")


@pytest.mark.parametrize("sub", ["9" * 400, "-1", "0", "1e3", " 1", "2147483648"])
def test_a_signed_dev_token_with_a_malformed_subject_is_a_401(app, api, sub):
    token = _dev_token(app, sub)
    response = app.test_client().get(
        "/api/v1/reviews", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 401, response.json


@pytest.mark.parametrize(
    "claims",
    [
        {"oid": ["0b0b0b0b-0000-4000-8000-000000000001"]},
        {"oid": "x" * 5000},
        {"tid": 12345},
        {"tid": {"nested": True}},
        {"scp": ["access_as_user"]},
        {"preferred_username": "a" * 10_000},
        {"scp": None, "roles": "Dhr.Subscriptions.DEMO"},
        {"scp": None, "roles": ["Dhr.Subscriptions.DEMO"], "azp": "z" * 5000},
    ],
)
def test_a_signed_entra_token_with_malformed_claims_is_a_401(entra_app, m365, claims):
    token = m365.entra.mint(**claims)
    response = entra_app.test_client().get(
        "/api/v1/reviews", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 401, response.json


def test_the_dev_sign_in_refuses_removed_people(api, admin, coordinator):
    gone = person_id(coordinator, "j.okafor@police.demo.local")
    assert admin.delete(f"people/{gone}").status_code == 200
    removed = api.anonymous.post("dev/sign-in", {"email": "j.okafor@police.demo.local"})
    unknown = api.anonymous.post("dev/sign-in", {"email": "nobody@demo.local"})
    assert removed.status_code == unknown.status_code == 422
    assert removed.json == unknown.json  # no hint that the address was ever known


@pytest.mark.parametrize("peer", ["10.0.0.7", "192.168.1.20", "203.0.113.9", "::ffff:10.0.0.7"])
def test_the_dev_sign_in_answers_only_a_loopback_peer_whatever_the_headers(app, api, peer):
    response = app.test_client().post(
        "/api/v1/dev/sign-in",
        json={"email": "coordinator@demo.local"},
        environ_base={"REMOTE_ADDR": peer},
        headers={
            "X-Forwarded-For": "127.0.0.1",
            "Host": "localhost:3000",
            "X-Real-IP": "127.0.0.1",
        },
    )
    assert response.status_code == 403, response.json
    assert "access_token" not in (response.json or {})
    ipv6 = app.test_client().post(
        "/api/v1/dev/sign-in",
        json={"email": "coordinator@demo.local"},
        environ_base={"REMOTE_ADDR": "::1"},
    )
    assert ipv6.status_code == 200


@pytest.mark.parametrize(
    "name",
    [
        "IMR \u202edocx.exe\u202c.docx",  # right-to-left override: reads as "…exe.docx"
        "IMR\u2066 draft\u2069.docx",  # isolates
        "IMR\u200b\u200c\u200d\u2060 draft\ufeff.docx",  # zero-width characters
        "IMR\u200e\u200f draft.docx",  # direction marks
    ],
)
def test_stored_file_names_lose_bidi_controls_and_zero_width_characters(app, api, name):
    author = api.as_("chair.penhallow@pool.demo.local")
    made = author.send(
        "reviews/1/documents", {"kind": "other", "title": "Notes"}, (name, valid_docx())
    )
    assert made.status_code == 201, made.json
    with app.extensions["dhr"].sessions() as session:
        stored = session.scalar(select(Document.filename).where(Document.id == made.json["id"]))
    invisible = {
        "\u202e",
        "\u202c",
        "\u2066",
        "\u2069",
        "\u200b",
        "\u200c",
        "\u200d",
        "\u2060",
        "\ufeff",
        "\u200e",
        "\u200f",
    }
    assert not invisible & set(stored), repr(stored)
    assert stored.endswith(".docx") and "IMR" in stored
    download = author.get(f"documents/{made.json['id']}/versions/0.1/content")
    assert not invisible & set(download.headers["Content-Disposition"])
