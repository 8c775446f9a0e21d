"""Steps the pane tests share: signing in through the page, picking work, API calls made as
another person (a colleague saving meanwhile), and tokens."""

from __future__ import annotations

import io

from services.auth.dev import DevTokens, load_or_create_key
from tests.e2e.conftest import choose

COORDINATOR = "coordinator@demo.local"


def sign_in(page, email: str) -> None:
    page.get_by_role("textbox", name="Your work email").fill(email)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text(f"Signed in as {email}").wait_for()


def as_(live, email: str) -> dict:
    client = live.test_client()
    token = client.post("/api/v1/dev/sign-in", json={"email": email}).json["access_token"]
    return {"Authorization": f"Bearer {token}"}


def expired_token(live, email: str) -> str:
    """A dev token for this person that expired two minutes ago (as one left open over lunch)."""
    client = live.test_client()
    people = client.get("/api/v1/people", headers=as_(live, COORDINATOR)).json
    person = next(p for p in people if p["email"] == email)
    services = live.extensions["dhr"]
    return DevTokens(load_or_create_key(services.settings.data_dir), -120).issue(person["id"])[
        "access_token"
    ]


def pick(page, review: str, document: str | None = None) -> None:
    choose(page, "Review", review)
    if document:
        choose(page, "Document", document)


def save_version(live, email: str, doc_id: int, data: bytes, comment: str) -> dict:
    """Someone else saves a version of the document through the API (their own Word)."""
    from werkzeug.datastructures import FileStorage
    from werkzeug.test import encode_multipart

    client = live.test_client()
    headers = as_(live, email)
    doc = client.get(f"/api/v1/documents/{doc_id}", headers=headers).json
    boundary, body = encode_multipart(
        {"comment": comment, "file": FileStorage(io.BytesIO(data), filename=doc["filename"])}
    )
    saved = client.post(
        f"/api/v1/documents/{doc_id}/versions",
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
        headers={**headers, "If-Match": doc["etag"]},
    )
    assert saved.status_code == 201, saved.json
    return saved.json
