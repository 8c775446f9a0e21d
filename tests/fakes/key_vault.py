"""A fake Azure Key Vault (HTTPS on 127.0.0.1) and a fake managed-identity endpoint (the App
Service kind azure-identity finds through IDENTITY_ENDPOINT and IDENTITY_HEADER), for reading the
app's certificate through the real azure-identity and azure-keyvault-secrets."""

from __future__ import annotations

import json
import secrets

from tests.fakes.http_fake import FakeServer, Reply

RESOURCE = "https://vault.azure.net"


class FakeKeyVault:
    def __init__(
        self, tls_files: tuple, secrets_by_name: dict[str, str], content_types: dict | None = None
    ):
        self.secrets = secrets_by_name
        self.content_types = content_types or {}  # name -> e.g. application/x-pkcs12
        self.versions = dict.fromkeys(secrets_by_name, 1)
        self.header = secrets.token_hex(8)
        self.token = secrets.token_urlsafe(16)
        self.reads: list[str] = []
        self.identity = FakeServer(self._identity)
        self.vault = FakeServer(self._vault, tls_files)

    def renew(self, name: str, value: str) -> None:
        """A new version of the secret (a certificate renewed in place)."""
        self.secrets[name] = value
        self.versions[name] = self.versions.get(name, 0) + 1

    def __enter__(self):
        self.identity.__enter__()
        self.vault.__enter__()
        return self

    def __exit__(self, *exc):
        self.vault.__exit__(*exc)
        self.identity.__exit__(*exc)

    def environment(self) -> dict[str, str]:
        return {
            "IDENTITY_ENDPOINT": f"{self.identity.base}/msi/token",
            "IDENTITY_HEADER": self.header,
        }

    def reference(self, name: str) -> str:
        return f"{self.vault.base}/secrets/{name}"

    def _identity(self, request) -> Reply:
        if request.headers.get("x-identity-header") != self.header:
            return Reply(401, b"{}", {"Content-Type": "application/json"})
        body = {
            "access_token": self.token,
            "expires_on": "4000000000",
            "resource": RESOURCE,
            "token_type": "Bearer",
        }
        return Reply(200, json.dumps(body).encode(), {"Content-Type": "application/json"})

    def _vault(self, request) -> Reply:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            authority = "https://login.microsoftonline.com/common"
            challenge = f'Bearer authorization="{authority}", resource="{RESOURCE}"'
            return Reply(401, b"", {"WWW-Authenticate": challenge})
        name = request.path.strip("/").split("/")[1]
        if name not in self.secrets:
            return Reply(
                404, b'{"error":{"code":"SecretNotFound"}}', {"Content-Type": "application/json"}
            )
        self.reads.append(name)
        body = {
            "value": self.secrets[name],
            "id": f"{self.vault.base}/secrets/{name}/{self.versions.get(name, 1)}",
            "attributes": {"enabled": True},
        }
        if name in self.content_types:
            body["contentType"] = self.content_types[name]
        return Reply(200, json.dumps(body).encode(), {"Content-Type": "application/json"})
