"""Integration fixtures: the demo seeded through the real use cases, and signed-in callers."""

from __future__ import annotations

import io

import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from services.seed.demo import seed_once
from tests.fakes.microsoft365 import microsoft365


class Caller:
    """One signed-in person talking to the API over the Flask test client."""

    def __init__(self, client, token: str | None):
        self.client = client
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def _call(self, method: str, path: str, body=None, **kw):
        url = path if path.startswith("/") else f"/api/v1/{path}"
        headers = {**self.headers, **kw.pop("headers", {})}
        return self.client.open(url, method=method, json=body, headers=headers, **kw)

    def get(self, path, **kw):
        return self._call("GET", path, **kw)

    def post(self, path, body=None, **kw):
        return self._call("POST", path, body, **kw)

    def put(self, path, body=None, **kw):
        return self._call("PUT", path, body, **kw)

    def delete(self, path, **kw):
        return self._call("DELETE", path, **kw)

    def patch(self, path, body=None, **kw):
        return self._call("PATCH", path, body, **kw)

    def send(
        self, path, fields: dict, file: tuple[str, bytes] | None = None, headers=None, method="POST"
    ):
        """A multipart form post (or put), as the task panes send documents.

        The body is encoded here, in memory: werkzeug's test client would spool a body over
        500 KB to a temporary file that nothing closes."""
        data = {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in fields.items()}
        if file is not None:
            data["file"] = FileStorage(io.BytesIO(file[1]), filename=file[0])
        boundary, body = encode_multipart(data)
        return self.client.open(
            f"/api/v1/{path}",
            method=method,
            data=body,
            content_type=f"multipart/form-data; boundary={boundary}",
            headers={**self.headers, **(headers or {})},
        )


class Api:
    def __init__(self, client):
        self.client = client
        self.anonymous = Caller(client, None)

    def as_(self, email: str) -> Caller:
        response = self.anonymous.post("dev/sign-in", {"email": email})
        assert response.status_code == 200, response.json
        return Caller(self.client, response.json["access_token"])


@pytest.fixture
def api(app):
    seed_once(app.extensions["dhr"], imrs=False)
    return Api(app.test_client())


@pytest.fixture
def m365(tmp_path):
    """Fake Entra ID and SharePoint on 127.0.0.1, for the SharePoint mode."""
    with microsoft365(tmp_path / "m365") as fakes:
        yield fakes


@pytest.fixture
def coordinator(api):
    return api.as_("coordinator@demo.local")


@pytest.fixture
def csp_chair(api):
    return api.as_("csp-chair@demo.local")


@pytest.fixture
def admin(api):
    return api.as_("admin@demo.local")


def with_other_csp(caller) -> dict:
    """A second CSP, OTHR, with an officer, a coordinator, and a Home Office reviewer: ids."""
    assert caller.post("csps", {"code": "OTHR", "name": "Other CSP"}).status_code == 201
    agency = caller.post("agencies", {"name": "Othershire Police", "kind": "police", "csp": "OTHR"})
    made = {}
    for key, body in (
        (
            "officer",
            {"name": "Oona Officer", "email": "officer@othr.local", "agency_id": agency.json["id"]},
        ),
        (
            "coordinator",
            {
                "name": "Olu Other",
                "email": "coordinator@othr.local",
                "csp_roles": [{"csp": "OTHR", "role": "coordinator"}],
            },
        ),
        (
            "home_office",
            {
                "name": "Sam Quinton",
                "email": "s.quinton@homeoffice.gov.uk",
                "home_office_reviewer": True,
            },
        ),
    ):
        response = caller.post("people", body)
        assert response.status_code == 201, response.json
        made[key] = response.json["id"]
    return made


@pytest.fixture
def other_csp(admin) -> dict:
    """A second CSP beside the demo (see `with_other_csp`): the people's ids."""
    return with_other_csp(admin)


from tests.integration.overview_steps import accepted  # noqa: E402, F401  (a shared fixture)
