"""Microsoft Entra ID access tokens, checked with PyJWT against the tenant's published keys.

Only RS256, from keys in the tenant's JWKS (cached; fetched again once when a token names an
unknown `kid`, which is how Entra rotates keys). The audience is the API's client id (v2 tokens)
or its `api://` URI (v1); the issuer is the configured tenant's, or one of an allow-list; `exp`,
`nbf` and `iat` are checked with a minute's skew. A delegated token must carry the
`access_as_user` scope; an app-only token (no `scp`) needs one of this API's app roles
(`Dhr.…`); an ID token (no `scp`, no `roles`) is not an access token. People and applications
are identified by `tid` + `oid`, never by email.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass

import jwt

from services.domain.errors import Forbidden, Unauthenticated

SCOPE = "access_as_user"
LEEWAY_SECONDS = 60


APP_ROLE_PREFIX = "Dhr."


@dataclass(frozen=True)
class AppIdentity:
    """A valid app-only token (a Power Automate flow or another service, no person)."""

    tenant_id: str
    object_id: str  # the service principal's object id
    app_id: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class EntraIdentity:
    """Who a valid delegated token speaks for."""

    tenant_id: str
    object_id: str
    username: str  # preferred_username: for the first sign-in's link and for display only
    name: str


class EntraTokens:
    """The TokenVerifier of DHR_AUTH=entra."""

    def __init__(
        self,
        tenant_id: str,
        client_id: str,
        issuer: str,
        jwks_url: str,
        app_id_uri: str,
        allowed_tenants: tuple[str, ...] = (),
        ca_bundle: str | None = None,
        keys_cooldown_seconds: float = 30.0,
    ):
        self.tenant_id = tenant_id
        self.client_id = client_id
        self.issuer = issuer
        self.audiences = [client_id, app_id_uri]
        self.tenants = {tenant_id, *allowed_tenants}
        context = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else None
        self._keys = jwt.PyJWKClient(
            jwks_url,
            cache_keys=True,
            lifespan=3600,
            timeout=10,
            ssl_context=context,
            cooldown_duration=keys_cooldown_seconds,
        )

    def verify(self, token: str) -> EntraIdentity | AppIdentity:
        try:
            key = self._keys.get_signing_key_from_jwt(token)
            claims = jwt.decode(
                token,
                key.key,
                algorithms=["RS256"],
                audience=self.audiences,
                leeway=LEEWAY_SECONDS,
                options={
                    "require": ["exp", "nbf", "iat", "iss", "aud", "tid", "oid"],
                    "verify_iss": False,  # checked below: one tenant, or the allow-list
                },
            )
        except jwt.PyJWKClientConnectionError as exc:
            raise Unauthenticated(f"The tenant's signing keys cannot be fetched: {exc}") from exc
        except jwt.PyJWTError as exc:
            raise Unauthenticated(f"Invalid bearer token: {exc}") from exc
        tenant = claims["tid"]
        if tenant not in self.tenants or claims["iss"] not in self._issuers_for(tenant):
            raise Unauthenticated("Invalid bearer token: issued by another tenant")
        if "scp" not in claims and "roles" not in claims:
            raise Unauthenticated("An ID token is not an access token: ask for the API's scope")
        if "scp" not in claims:
            return self._application(claims)
        if SCOPE not in str(claims["scp"]).split():
            raise Forbidden(f"The token lacks the '{SCOPE}' scope")
        return EntraIdentity(
            tenant_id=tenant,
            object_id=claims["oid"],
            username=str(claims.get("preferred_username", "")).lower(),
            name=str(claims.get("name", "")),
        )

    def _application(self, claims: dict) -> AppIdentity:
        """App-only: only named app roles of ours count; a token with none is refused."""
        roles = tuple(r for r in claims.get("roles") or () if str(r).startswith(APP_ROLE_PREFIX))
        if not roles:
            raise Unauthenticated(
                f"An app-only token needs one of this API's roles ({APP_ROLE_PREFIX}…)"
            )
        return AppIdentity(
            tenant_id=claims["tid"],
            object_id=claims["oid"],
            app_id=str(claims.get("azp") or claims.get("appid") or ""),
            roles=roles,
        )

    def _issuers_for(self, tenant: str) -> set[str]:
        """The v2 issuer (configured), and the v1 issuer that v1 tokens carry."""
        return {self.issuer.replace(self.tenant_id, tenant), f"https://sts.windows.net/{tenant}/"}
