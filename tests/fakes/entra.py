"""A fake Microsoft Entra ID token endpoint over TLS on 127.0.0.1, for MSAL's real code path.

It serves the OpenID configuration and /oauth2/v2.0/token, checks the client's certificate
assertion against the registered certificate, and issues opaque access tokens that the fake
SharePoint accepts.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from pathlib import Path
from urllib.parse import parse_qs

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from tests.fakes.http_fake import FakeServer, Reply

TENANT = "11111111-2222-3333-4444-555555555555"
CLIENT_ID = "66666666-7777-8888-9999-000000000000"


def client_certificate(folder: Path) -> Path:
    """An RSA key and self-signed certificate in one PEM, as an app registration would hold."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "dhr-addin-test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .sign(key, hashes.SHA256())
    )
    path = folder / "app-credential.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        + cert.public_bytes(serialization.Encoding.PEM)
    )
    return path


class FakeEntra:
    def __init__(self, tls_files: tuple, credential_pem: Path, expires_in: int = 3600):
        self.certificate = x509.load_pem_x509_certificate(credential_pem.read_bytes())
        self.expires_in = expires_in
        self.issued: list[str] = []
        self.server = FakeServer(self._handle, tls_files)

    @property
    def authority_host(self) -> str:
        return self.server.base

    def _handle(self, request) -> Reply:
        base = f"{self.server.base}/{TENANT}"
        if request.path.endswith("/.well-known/openid-configuration"):
            return _json(
                {
                    "token_endpoint": f"{base}/oauth2/v2.0/token",
                    "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                    "issuer": f"{base}/v2.0",
                    "jwks_uri": f"{base}/discovery/keys",
                }
            )
        if request.path == f"/{TENANT}/oauth2/v2.0/token" and request.method == "POST":
            return self._token(parse_qs(request.body.decode()), f"{base}/oauth2/v2.0/token")
        return _json({"error": "not_found"}, 404)

    def _token(self, form: dict, audience: str) -> Reply:
        try:
            jwt.decode(
                form["client_assertion"][0],
                self.certificate.public_key(),
                algorithms=["RS256", "PS256"],
                audience=audience,
                options={"require": ["exp", "iss", "sub"]},
            )
        except (KeyError, jwt.PyJWTError) as exc:
            return _json({"error": "invalid_client", "error_description": str(exc)}, 401)
        if form.get("client_id", [""])[0] != CLIENT_ID:
            return _json({"error": "unauthorized_client"}, 400)
        token = secrets.token_urlsafe(24)
        self.issued.append(token)
        return _json({"token_type": "Bearer", "expires_in": self.expires_in, "access_token": token})


def _json(body: dict, status: int = 200) -> Reply:
    return Reply(status, json.dumps(body).encode(), {"Content-Type": "application/json"})
