"""Where the app registration's certificate (private key and certificate) comes from: a file, or
an Azure Key Vault secret read with the host's managed identity.

`DHR_ENTRA_CERTIFICATE=/etc/dhr/app.pem` (or `.pfx`), or
`DHR_ENTRA_CERTIFICATE=https://<vault>.vault.azure.net/secrets/<name>[/<version>]`. A Key Vault
certificate's secret holds its PEM when the certificate's content type is PEM, and its PKCS#12
(base64, content type `application/x-pkcs12`) otherwise; both are read, and answered as one PEM
(key and certificate). The vault is read with azure-identity's ManagedIdentityCredential and
azure-keyvault-secrets; the key never sits on the host's disk.
"""

from __future__ import annotations

import base64
import hashlib
import time
from pathlib import Path
from urllib.parse import urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def is_key_vault(reference: str | Path | None) -> bool:
    return isinstance(reference, str) and reference.startswith("https://")


PKCS12 = "application/x-pkcs12"


def as_pem(data: bytes) -> bytes:
    """One PEM with the private key and the certificate, from PEM or PKCS#12 (DER) bytes."""
    if data.lstrip().startswith(b"-----BEGIN"):
        return data
    key, certificate, _chain = pkcs12.load_key_and_certificates(data, None)
    if key is None or certificate is None:
        raise ValueError("DHR_ENTRA_CERTIFICATE: the PKCS#12 holds no private key and certificate")
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ) + certificate.public_bytes(serialization.Encoding.PEM)


class CertificateSource:
    """The certificate as it is now: looked at again at most every `refresh_seconds` (a Key
    Vault certificate renewed in place gets a new secret version; a file may be replaced), so a
    renewal reaches a running service without a restart."""

    def __init__(
        self,
        reference: str | Path,
        ca_bundle: str | None = None,
        refresh_seconds: float = 3600.0,
        monotonic=time.monotonic,
    ):
        self.reference, self.ca_bundle = reference, ca_bundle
        self.refresh_seconds, self._now = refresh_seconds, monotonic
        self._checked: float | None = None
        self.version, self.pem = "", b""

    def current(self) -> tuple[str, bytes]:
        """(version, PEM); the version changes when the certificate does."""
        now = self._now()
        if self._checked is None or now - self._checked >= self.refresh_seconds:
            pem, version = _read(self.reference, self.ca_bundle)
            self.version, self.pem, self._checked = version, pem, now
        return self.version, self.pem


def certificate_pem(reference: str | Path, ca_bundle: str | None = None) -> bytes:
    return _read(reference, ca_bundle)[0]


def _read(reference: str | Path, ca_bundle: str | None) -> tuple[bytes, str]:
    """(PEM, version): the Key Vault secret's version, or the file's SHA-256."""
    if not is_key_vault(reference):
        data = Path(reference).read_bytes()
        return as_pem(data), hashlib.sha256(data).hexdigest()
    from azure.identity import ManagedIdentityCredential
    from azure.keyvault.secrets import SecretClient

    url = urlsplit(str(reference))
    segments = url.path.strip("/").split("/")
    if len(segments) not in (2, 3) or segments[0] != "secrets":
        raise ValueError(
            "DHR_ENTRA_CERTIFICATE: a Key Vault reference is "
            "https://<vault>.vault.azure.net/secrets/<name>[/<version>]"
        )
    client = SecretClient(
        f"{url.scheme}://{url.netloc}",
        ManagedIdentityCredential(),
        # The vault's challenge names its resource; only a loopback test vault cannot match it.
        verify_challenge_resource=url.hostname not in LOOPBACK,
        connection_verify=ca_bundle or True,
    )
    version = segments[2] if len(segments) == 3 else None
    secret = client.get_secret(segments[1], version)
    found = secret.properties.version or ""
    value = secret.value or ""
    if secret.properties.content_type == PKCS12:
        return as_pem(base64.b64decode(value)), found
    return as_pem(value.encode()), found
