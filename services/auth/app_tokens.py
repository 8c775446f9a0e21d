"""App-only tokens from Microsoft Entra ID: one MSAL ConfidentialClientApplication per process.

Certificate credential (SharePoint REST refuses app-only tokens got with a secret), followed as
it is renewed (services/auth/certificates.py: a new Key Vault version builds a new client). The
token is handed to office365-rest-python-client through `with_access_token`, with `expires_in`
cut by a margin because that library refreshes only after expiry.
"""

from __future__ import annotations

import threading
from pathlib import Path

import msal
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from services.auth.certificates import CertificateSource
from services.domain.errors import LibraryUnavailable

EXPIRY_MARGIN_SECONDS = 300


def load_certificate_credential(pem: Path | bytes) -> dict:
    """MSAL's certificate credential from one PEM holding the private key and the certificate."""
    if isinstance(pem, Path):
        pem = pem.read_bytes()
    certificate = x509.load_pem_x509_certificate(pem)
    key = serialization.load_pem_private_key(pem, password=None)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    return {
        "private_key": key_pem,
        "thumbprint": certificate.fingerprint(hashes.SHA1()).hex(),  # noqa: S303 (x5t is SHA-1)
        "public_certificate": certificate.public_bytes(serialization.Encoding.PEM).decode(),
    }


class AppTokens:
    """Callable token source for one resource (e.g. https://contoso.sharepoint.com/.default)."""

    def __init__(
        self,
        *,
        tenant_id: str,
        client_id: str,
        credential: dict | None = None,
        scope: str,
        certificate: CertificateSource | None = None,
        authority_host: str = "https://login.microsoftonline.com",
        instance_discovery: bool = True,
        ca_bundle: str | None = None,
    ):
        http = requests.Session()
        http.trust_env = False  # REQUESTS_CA_BUNDLE and proxies must not override `verify`
        http.verify = ca_bundle or True
        self._scope = scope
        self._lock = threading.Lock()
        self._source = certificate
        self._version = ""

        def build(credential: dict) -> msal.ConfidentialClientApplication:
            return msal.ConfidentialClientApplication(
                client_id,
                client_credential=credential,
                authority=f"{authority_host.rstrip('/')}/{tenant_id}",
                instance_discovery=instance_discovery,
                http_client=http,
            )

        self._build = build
        if certificate is not None:
            self._version, pem = certificate.current()
            credential = load_certificate_credential(pem)
        if credential is None:
            raise ValueError("AppTokens needs a credential or a certificate source")
        self._app = build(credential)

    @property
    def scope(self) -> str:
        return self._scope

    @property
    def client(self) -> msal.ConfidentialClientApplication:
        """The process's one MSAL client, shared with the on-behalf-of tokens; a new one once
        the certificate was renewed."""
        with self._lock:
            self._follow_certificate()
            return self._app

    def _follow_certificate(self) -> None:
        if self._source is None:
            return
        version, pem = self._source.current()
        if version != self._version:
            self._app = self._build(load_certificate_credential(pem))
            self._version = version

    def __call__(self) -> dict:
        with self._lock:
            self._follow_certificate()
            # MSAL's annotation allows None; an answer without a token is refused below.
            result = self._app.acquire_token_for_client(scopes=[self._scope]) or {}
        if "access_token" not in result:
            raise LibraryUnavailable(
                f"Entra ID refused the token: {result.get('error')}: "
                f"{result.get('error_description', '')[:200]}"
            )
        expires = max(int(result.get("expires_in", 0)) - EXPIRY_MARGIN_SECONDS, 1)
        return {
            "access_token": result["access_token"],
            "token_type": "Bearer",
            "expires_in": expires,
        }

    def invalidate(self) -> None:
        """Drops the cached token so the next call fetches a fresh one (after a 401)."""
        with self._lock:
            self._app.remove_tokens_for_client()
