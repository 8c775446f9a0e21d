"""App-only tokens from Microsoft Entra ID: one MSAL ConfidentialClientApplication per process.

Certificate credential (SharePoint REST refuses app-only tokens got with a secret). The token is
handed to office365-rest-python-client through `with_access_token`, with `expires_in` cut by a
margin because that library refreshes only after expiry.
"""

from __future__ import annotations

import threading
from pathlib import Path

import msal
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

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
        credential: dict,
        scope: str,
        authority_host: str = "https://login.microsoftonline.com",
        instance_discovery: bool = True,
        ca_bundle: str | None = None,
    ):
        http = requests.Session()
        http.trust_env = False  # REQUESTS_CA_BUNDLE and proxies must not override `verify`
        http.verify = ca_bundle or True
        self._scope = scope
        self._lock = threading.Lock()
        self._app = msal.ConfidentialClientApplication(
            client_id,
            client_credential=credential,
            authority=f"{authority_host.rstrip('/')}/{tenant_id}",
            instance_discovery=instance_discovery,
            http_client=http,
        )

    @property
    def scope(self) -> str:
        return self._scope

    @property
    def client(self) -> msal.ConfidentialClientApplication:
        """The process's one MSAL client, shared with the on-behalf-of tokens."""
        return self._app

    def __call__(self) -> dict:
        with self._lock:
            result = self._app.acquire_token_for_client(scopes=[self._scope])
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
