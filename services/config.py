"""Typed settings read from DHR_* environment variables; the defaults are the embedded mode."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

_TRUE = {"1", "true", "yes", "on"}


def _pairs(text: str) -> dict[str, str]:
    """ "DEMO=https://…;OTHER=https://…" as a dict (a URL may itself hold '=')."""
    found = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        code, _, url = part.partition("=")
        found[code.strip()] = url.strip()
    return found


def _certificate(value: str) -> Path | str | None:
    """A Key Vault secret URL stays a URL; anything else is a file path."""
    if not value:
        return None
    return value if value.startswith("https://") else Path(value)


@dataclass(frozen=True)
class Settings:
    """Everything the service can be told from outside. See the README's configuration table."""

    data_dir: Path = Path("var")
    database_url: str = ""
    host: str = "127.0.0.1"
    port: int = 3000
    tls: bool = True
    auth: str = "dev"
    token_ttl_seconds: int = 8 * 3600
    max_json_bytes: int = 1024 * 1024
    seed_demo: bool = True
    guidance_file: Path | None = None
    library: str = "local"
    max_upload_bytes: int = 50 * 1024 * 1024
    sharepoint_site_url: str = ""
    sharepoint_library: str = "Shared Documents"
    sharepoint_retry_backoff: float = 2.0
    entra_tenant_id: str = ""
    entra_client_id: str = ""
    entra_certificate: Path | str | None = None  # a PEM file, or a Key Vault secret URL
    entra_authority_host: str = "https://login.microsoftonline.com"
    entra_instance_discovery: bool = True
    entra_ca_bundle: str | None = None
    public_url: str = "https://127.0.0.1:3000"
    teams_webhooks: dict = field(default_factory=dict)  # CSP code -> Teams Workflows URL
    outbox_lease_seconds: float = 60.0
    outbox_backoff_seconds: float = 5.0
    outbox_max_attempts: int = 12
    production: bool = False
    entra_jwks_url: str = ""  # default: the tenant's keys at the authority host
    entra_issuer: str = ""  # default: {authority host}/{tenant}/v2.0
    entra_allowed_tenants: tuple[str, ...] = ()  # other tenants whose people may sign in
    # The least time between two fetches of the keys forced by an unknown kid (a token flood
    # naming made-up kids must not become a flood of requests to Entra ID).
    entra_keys_cooldown_seconds: float = 30.0
    # With DHR_AUTH=entra and SharePoint: act in SharePoint as the signed-in person (OBO).
    sharepoint_as_user: bool = True

    @property
    def jwks_url(self) -> str:
        host = self.entra_authority_host.rstrip("/")
        return self.entra_jwks_url or f"{host}/{self.entra_tenant_id}/discovery/v2.0/keys"

    @property
    def issuer(self) -> str:
        host = self.entra_authority_host.rstrip("/")
        return self.entra_issuer or f"{host}/{self.entra_tenant_id}/v2.0"

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'dhr.sqlite3').resolve()}"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        guidance = env.get("DHR_GUIDANCE_FILE")
        return cls(
            data_dir=Path(env.get("DHR_DATA_DIR", "var")),
            database_url=env.get("DHR_DATABASE_URL", ""),
            host=env.get("DHR_HOST", "127.0.0.1"),
            port=int(env.get("DHR_PORT", "3000")),
            tls=env.get("DHR_TLS", "1").lower() in _TRUE,
            auth=env.get("DHR_AUTH", "dev"),
            token_ttl_seconds=int(env.get("DHR_TOKEN_TTL_SECONDS", str(8 * 3600))),
            max_json_bytes=int(env.get("DHR_MAX_JSON_BYTES", str(1024 * 1024))),
            seed_demo=env.get("DHR_SEED_DEMO", "1").lower() in _TRUE,
            guidance_file=Path(guidance) if guidance else None,
            library=env.get("DHR_LIBRARY", "local"),
            max_upload_bytes=int(env.get("DHR_MAX_UPLOAD_BYTES", str(50 * 1024 * 1024))),
            sharepoint_site_url=env.get("DHR_SHAREPOINT_SITE_URL", ""),
            sharepoint_library=env.get("DHR_SHAREPOINT_LIBRARY", "Shared Documents"),
            sharepoint_retry_backoff=float(env.get("DHR_SHAREPOINT_RETRY_BACKOFF", "2.0")),
            entra_tenant_id=env.get("DHR_ENTRA_TENANT_ID", ""),
            entra_client_id=env.get("DHR_ENTRA_CLIENT_ID", ""),
            entra_certificate=_certificate(env.get("DHR_ENTRA_CERTIFICATE", "")),
            # DHR_ENTRA_AUTHORITY is the documented name; DHR_ENTRA_AUTHORITY_HOST the earlier one.
            entra_authority_host=env.get("DHR_ENTRA_AUTHORITY")
            or env.get("DHR_ENTRA_AUTHORITY_HOST", "https://login.microsoftonline.com"),
            entra_instance_discovery=env.get("DHR_ENTRA_INSTANCE_DISCOVERY", "1").lower() in _TRUE,
            entra_ca_bundle=env.get("DHR_ENTRA_CA_BUNDLE") or None,
            public_url=env.get("DHR_PUBLIC_URL", "https://127.0.0.1:3000").rstrip("/"),
            teams_webhooks=_pairs(env.get("DHR_TEAMS_WEBHOOKS", "")),
            outbox_lease_seconds=float(env.get("DHR_OUTBOX_LEASE_SECONDS", "60")),
            outbox_backoff_seconds=float(env.get("DHR_OUTBOX_BACKOFF_SECONDS", "5")),
            outbox_max_attempts=int(env.get("DHR_OUTBOX_MAX_ATTEMPTS", "12")),
            production=env.get("DHR_PRODUCTION", "0").lower() in _TRUE,
            entra_jwks_url=env.get("DHR_ENTRA_JWKS_URL", ""),
            entra_issuer=env.get("DHR_ENTRA_ISSUER", ""),
            entra_keys_cooldown_seconds=float(env.get("DHR_ENTRA_KEYS_COOLDOWN_SECONDS", "30")),
            sharepoint_as_user=env.get("DHR_SHAREPOINT_AS_USER", "1").lower() in _TRUE,
            entra_allowed_tenants=tuple(
                t.strip() for t in env.get("DHR_ENTRA_ALLOWED_TENANTS", "").split(",") if t.strip()
            ),
        )

    def problems(self) -> list[str]:
        """Reasons this configuration must not start; empty when it may."""
        found = []
        if self.auth not in {"dev", "entra"}:
            found.append(f"DHR_AUTH={self.auth!r}: use 'entra' (Microsoft Entra ID) or 'dev'")
        if self.auth == "dev" and self.host not in {"127.0.0.1", "localhost", "::1"}:
            found.append("dev sign-in only binds to localhost: set DHR_HOST=127.0.0.1")
        if self.production and self.auth == "dev":
            found.append("DHR_PRODUCTION=1 refuses the dev sign-in: set DHR_AUTH=entra")
        if self.auth == "entra":
            needed = {
                "DHR_ENTRA_TENANT_ID": self.entra_tenant_id,
                "DHR_ENTRA_CLIENT_ID": self.entra_client_id,
            }
            found += [f"DHR_AUTH=entra needs {k}" for k, v in needed.items() if not v]
        for code, url in self.teams_webhooks.items():
            loopback = url.startswith(("http://127.0.0.1", "http://localhost"))
            if not url.startswith("https://") and not loopback:
                found.append(f"DHR_TEAMS_WEBHOOKS: the webhook of {code} must be an https:// URL")
        if self.library not in {"local", "sharepoint"}:
            found.append(f"DHR_LIBRARY={self.library!r}: use 'local' or 'sharepoint'")
        if self.library == "sharepoint":
            needed = {
                "DHR_SHAREPOINT_SITE_URL": self.sharepoint_site_url,
                "DHR_ENTRA_TENANT_ID": self.entra_tenant_id,
                "DHR_ENTRA_CLIENT_ID": self.entra_client_id,
                "DHR_ENTRA_CERTIFICATE": self.entra_certificate,
            }
            found += [f"DHR_LIBRARY=sharepoint needs {k}" for k, v in needed.items() if not v]
        return found
