"""Typed settings read from DHR_* environment variables; the defaults are the embedded mode."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from services.domain.reminders import enabled as reminder_kinds
from services.integrations import outbound

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


# Power Automate / Logic Apps HTTP triggers (older *.logic.azure.com and current
# *.environment.api.powerplatform.com flow URLs), which Teams Workflows webhooks use too, and
# the retiring Office 365 connectors (*.webhook.office.com).
OUTBOUND_HOSTS = (
    ".logic.azure.com",
    ".powerplatform.com",
    ".environment.api.powerplatform.com",
    ".webhook.office.com",
)


def _suffixes(text: str | None) -> tuple[str, ...]:
    if text is None:
        return OUTBOUND_HOSTS
    return tuple("." + s.strip().lstrip(".").lower() for s in text.split(",") if s.strip())


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
    # Protective marking -> Purview sensitivity label id, applied to what the service generates.
    sensitivity_labels: dict = field(default_factory=dict)
    outbox_lease_seconds: float = 60.0
    outbox_backoff_seconds: float = 5.0
    outbox_max_attempts: int = 12
    # Which deadline reminders the worker sends (services.domain.reminders.enabled): "all",
    # "none", a list of kinds, or "-kind,-kind" for all but those.
    reminders: str = "all"
    production: bool = False
    entra_jwks_url: str = ""  # default: the tenant's keys at the authority host
    entra_issuer: str = ""  # default: {authority host}/{tenant}/v2.0
    entra_allowed_tenants: tuple[str, ...] = ()  # other tenants whose people may sign in
    # The least time between two fetches of the keys forced by an unknown kid (a token flood
    # naming made-up kids must not become a flood of requests to Entra ID).
    entra_keys_cooldown_seconds: float = 30.0
    # With DHR_AUTH=entra and SharePoint: act in SharePoint as the signed-in person (OBO).
    sharepoint_as_user: bool = True
    # Sliced uploads (docs/security.md, "Uploads"): abandoned sessions expire and are swept;
    # a person has a few open at once and sends at most so many bytes a day (429 beyond).
    upload_session_hours: float = 24.0
    upload_sessions_per_person: int = 4
    upload_daily_bytes: int = 1024 * 1024 * 1024
    # The sandbox pools: council template renders (a fair queue per CSP) and upload parsing
    # (their own workers, so a slow render never holds up an upload), and their time budgets.
    render_workers: int = 2
    render_seconds: float = 10.0
    upload_workers: int = 2
    parse_seconds: float = 20.0
    # JSON bodies nested deeper than this are refused (400) before any field is read.
    max_json_depth: int = 32
    # Webhooks and Teams URLs: https, a public address, a host ending in one of these.
    outbound_host_suffixes: tuple[str, ...] = OUTBOUND_HOSTS
    # Tests only: lets webhooks reach fakes on 127.0.0.1 over http. No DHR_* variable sets it,
    # and problems() refuses it with DHR_PRODUCTION=1 or DHR_AUTH=entra (docs/security.md).
    outbound_allow_loopback: bool = False
    # Several nodes on the embedded library (docs/deployment.md, "Several nodes"): this node's
    # name (default: host and data directory) and how often it proves it sees the library.
    node_id: str = ""
    node_beat_seconds: float = 10.0

    def outbound_policy(self) -> outbound.Policy:
        return outbound.Policy(self.outbound_host_suffixes, self.outbound_allow_loopback)

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
            sensitivity_labels=_pairs(env.get("DHR_SENSITIVITY_LABELS", "")),
            outbox_lease_seconds=float(env.get("DHR_OUTBOX_LEASE_SECONDS", "60")),
            reminders=env.get("DHR_REMINDERS", "all"),
            outbox_backoff_seconds=float(env.get("DHR_OUTBOX_BACKOFF_SECONDS", "5")),
            outbox_max_attempts=int(env.get("DHR_OUTBOX_MAX_ATTEMPTS", "12")),
            production=env.get("DHR_PRODUCTION", "0").lower() in _TRUE,
            entra_jwks_url=env.get("DHR_ENTRA_JWKS_URL", ""),
            entra_issuer=env.get("DHR_ENTRA_ISSUER", ""),
            entra_keys_cooldown_seconds=float(env.get("DHR_ENTRA_KEYS_COOLDOWN_SECONDS", "30")),
            sharepoint_as_user=env.get("DHR_SHAREPOINT_AS_USER", "1").lower() in _TRUE,
            upload_session_hours=float(env.get("DHR_UPLOAD_SESSION_HOURS", "24")),
            upload_sessions_per_person=int(env.get("DHR_UPLOAD_SESSIONS_PER_PERSON", "4")),
            upload_daily_bytes=int(env.get("DHR_UPLOAD_DAILY_BYTES", str(1024**3))),
            render_workers=int(env.get("DHR_RENDER_WORKERS", "2")),
            render_seconds=float(env.get("DHR_RENDER_SECONDS", "10")),
            upload_workers=int(env.get("DHR_UPLOAD_WORKERS", "2")),
            parse_seconds=float(env.get("DHR_PARSE_SECONDS", "20")),
            max_json_depth=int(env.get("DHR_MAX_JSON_DEPTH", "32")),
            node_id=env.get("DHR_NODE_ID", ""),
            node_beat_seconds=float(env.get("DHR_NODE_BEAT_SECONDS", "10")),
            outbound_host_suffixes=_suffixes(env.get("DHR_OUTBOUND_HOSTS")),
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
        if self.outbound_allow_loopback and (self.production or self.auth != "dev"):
            found.append(
                "webhooks to loopback are for tests only: never with DHR_PRODUCTION=1 or Entra"
            )
        for code, url in self.teams_webhooks.items():
            problem = outbound.static_problem(url, self.outbound_policy())
            if problem:
                found.append(f"DHR_TEAMS_WEBHOOKS: the webhook of {code}: {problem}")
        try:
            reminder_kinds(self.reminders)
        except ValueError as exc:
            found.append(str(exc))
        if self.render_workers < 1 or self.upload_workers < 1:
            found.append("DHR_RENDER_WORKERS and DHR_UPLOAD_WORKERS must be at least 1")
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
