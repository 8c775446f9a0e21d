"""A fake Microsoft Entra ID over TLS on 127.0.0.1, for MSAL's and PyJWT's real code paths.

It serves the OpenID configuration, /oauth2/v2.0/token (checking the client's certificate
assertion, issuing opaque tokens the fake SharePoint accepts) and the tenant's signing keys
(JWKS), and mints RS256 access tokens for our API as Entra ID issues them: v2 (the registration
asks for v2), v1 (the default: `sts.windows.net` issuer, `api://` audience, `upn`/`unique_name`,
no `preferred_username`), a B2B guest's (`acct`, `idp`, `#EXT#` upn, `email`) and a partner
tenant's. Its keys can be rotated and withdrawn.
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
PARTNER_TENANT = "22222222-3333-4444-5555-666666666666"  # e.g. a police force's own tenant


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
        # The certificates uploaded to the app registration (a renewal adds one, then the old
        # one is removed).
        self.certificates = [self.certificate]
        self.expires_in = expires_in
        self.issued: list[str] = []
        self.server = FakeServer(self._handle, tls_files)
        self.signing_keys: dict[str, rsa.RSAPrivateKey] = {}
        self.key_fetches = 0
        self.on_behalf_of: dict[str, str] = {}  # issued OBO token -> the user's oid
        self.rotate()

    def rotate(self) -> str:
        """A new signing key, published beside the old ones and used from now on."""
        self.kid = f"key-{len(self.signing_keys) + 1}"
        self.signing_keys[self.kid] = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return self.kid

    def withdraw(self, kid: str) -> None:
        """The tenant stops publishing a key (compromised, or rolled over)."""
        del self.signing_keys[kid]
        if self.kid == kid:
            self.kid = next(iter(self.signing_keys))

    @property
    def issuer(self) -> str:
        return f"{self.server.base}/{TENANT}/v2.0"

    def v2_issuer(self, tenant: str = TENANT) -> str:
        return f"{self.server.base}/{tenant}/v2.0"

    def mint_v1(self, *, app_id_uri: str, upn: str | None = None, **claims) -> str:
        """A v1 access token, what Entra issues for an app registration left at its defaults."""
        tenant = claims.pop("tid", TENANT)
        v1 = {
            "iss": f"https://sts.windows.net/{tenant}/",
            "aud": app_id_uri,
            "tid": tenant,
            "ver": "1.0",
            "upn": upn,
            "unique_name": upn,
            "appid": "ea5a67f6-b6f3-4338-b240-c655ddc3cc8e",  # the Office client
        }
        return self.mint(**{**v1, **claims})

    def mint_guest(self, *, email: str, home_tenant: str = PARTNER_TENANT, **claims) -> str:
        """A B2B guest of this tenant signed in with their own tenant's account (v2 shape unless
        claims say otherwise): `tid` is this tenant, `idp` their home tenant's issuer, and their
        upn here is the `#EXT#` one."""
        local, _, domain = email.partition("@")
        guest = {
            "idp": f"https://sts.windows.net/{home_tenant}/",
            "acct": 1,
            "email": email,
            "upn": f"{local}_{domain}#EXT#@contoso.onmicrosoft.com",
            "preferred_username": None,
        }
        return self.mint(**{**guest, **claims})

    def mint_partner(self, *, tenant: str = PARTNER_TENANT, **claims) -> str:
        """A member of another tenant (a multi-tenant registration consented there)."""
        return self.mint(**{"iss": self.v2_issuer(tenant), "tid": tenant, **claims})

    def mint(self, *, headers: dict | None = None, key=None, **claims) -> str:
        """An access token as Entra ID issues one for our API (v2, delegated), signed RS256."""
        now = int(dt.datetime.now(dt.UTC).timestamp())
        body = {
            "iss": self.issuer,
            "aud": CLIENT_ID,
            "tid": TENANT,
            "oid": claims.pop("oid", "0b0b0b0b-0000-4000-8000-000000000001"),
            "scp": "access_as_user",
            "iat": now,
            "nbf": now,
            "exp": now + 3600,
            "name": "Test Person",
            "ver": "2.0",
            **claims,
        }
        body = {k: v for k, v in body.items() if v is not None}
        return jwt.encode(
            body,
            key or self.signing_keys[self.kid],
            algorithm="RS256",
            headers={"kid": self.kid, **(headers or {})},
        )

    def _on_behalf_of(self, assertion: str) -> Reply:
        """Exchanges a user's token for our API for one for SharePoint, as that user."""
        try:
            claims = jwt.decode(
                assertion,
                self.signing_keys[jwt.get_unverified_header(assertion)["kid"]].public_key(),
                algorithms=["RS256"],
                audience=CLIENT_ID,
            )
        except (KeyError, jwt.ExpiredSignatureError):
            return _json(
                {"error": "invalid_grant", "error_description": "AADSTS500133: Assertion expired"},
                400,
            )
        if claims.get("needs_mfa"):
            challenge = '{"access_token":{"capolids":{"essential":true,"values":["mfa"]}}}'
            return _json(
                {
                    "error": "interaction_required",
                    "error_description": "AADSTS50076: multi-factor authentication required",
                    "claims": challenge,
                },
                400,
            )
        token = f"obo-{secrets.token_urlsafe(18)}"
        self.issued.append(token)
        self.on_behalf_of[token] = claims["oid"]
        return _json({"token_type": "Bearer", "expires_in": self.expires_in, "access_token": token})

    def _keys(self) -> Reply:
        self.key_fetches += 1
        keys = []
        for kid, key in self.signing_keys.items():
            jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
            keys.append({**jwk, "kid": kid, "use": "sig", "alg": "RS256"})
        return _json({"keys": keys})

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
                    "jwks_uri": f"{base}/discovery/v2.0/keys",
                }
            )
        if request.path == f"/{TENANT}/discovery/v2.0/keys":
            return self._keys()
        if request.path == f"/{TENANT}/oauth2/v2.0/token" and request.method == "POST":
            return self._token(parse_qs(request.body.decode()), f"{base}/oauth2/v2.0/token")
        return _json({"error": "not_found"}, 404)

    def _token(self, form: dict, audience: str) -> Reply:
        problem = "AADSTS700027: the client assertion's certificate is not registered"
        for certificate in self.certificates:
            try:
                jwt.decode(
                    form["client_assertion"][0],
                    certificate.public_key(),
                    algorithms=["RS256", "PS256"],
                    audience=audience,
                    options={"require": ["exp", "iss", "sub"]},
                )
                break
            except (KeyError, jwt.PyJWTError) as exc:
                problem = str(exc)
        else:
            return _json({"error": "invalid_client", "error_description": problem}, 401)
        if form.get("client_id", [""])[0] != CLIENT_ID:
            return _json({"error": "unauthorized_client"}, 400)
        if form.get("requested_token_use") == ["on_behalf_of"]:
            return self._on_behalf_of(form["assertion"][0])
        token = secrets.token_urlsafe(24)
        self.issued.append(token)
        return _json({"token_type": "Bearer", "expires_in": self.expires_in, "access_token": token})


def _json(body: dict, status: int = 200) -> Reply:
    return Reply(status, json.dumps(body).encode(), {"Content-Type": "application/json"})
