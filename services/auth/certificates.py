"""Where the app registration's certificate (private key and certificate, one PEM) comes from: a
file, or an Azure Key Vault secret read with the host's managed identity.

`DHR_ENTRA_CERTIFICATE=/etc/dhr/app.pem`, or
`DHR_ENTRA_CERTIFICATE=https://<vault>.vault.azure.net/secrets/<name>[/<version>]` (a Key Vault
certificate's secret holds its PEM when the certificate's content type is PEM). The vault is read
once, when the service starts, with azure-identity's ManagedIdentityCredential and
azure-keyvault-secrets; the key never sits on the host's disk.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def is_key_vault(reference: str | Path | None) -> bool:
    return isinstance(reference, str) and reference.startswith("https://")


def certificate_pem(reference: str | Path, ca_bundle: str | None = None) -> bytes:
    if not is_key_vault(reference):
        return Path(reference).read_bytes()
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
    return client.get_secret(segments[1], version).value.encode()
