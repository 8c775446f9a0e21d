"""Microsoft Entra ID access tokens, checked with PyJWT against the tenant's published keys.

Only RS256, from keys in the tenant's JWKS (services/auth/entra_keys.py: the published set,
fetched again at most once per cooldown, so rotated keys arrive and withdrawn ones go). Entra
issues v1 tokens unless the app registration asks for v2, so both are accepted as issued: the
audience is the API's client id (v2) or its `api://` URI (v1); the issuer is the tenant's v2
issuer or its v1 `https://sts.windows.net/<tid>/`, for the home tenant or one of an allow-list;
`exp`, `nbf` and `iat` are checked with a minute's skew. A delegated token must carry the
`access_as_user` scope; an app-only token (no `scp`) needs one of this API's app roles
(`Dhr.…`); an ID token (no `scp`, no `roles`) is not an access token. People and applications
are identified by `tid` + `oid`, never by email; the username (for the first sign-in's link
only) is read from whichever claim the token version carries (services/auth/entra_claims.py).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

import jwt

from services.auth.entra_claims import guest_home_tenant, username_of
from services.auth.entra_keys import KeysUnavailable, TenantKeys, UnknownKey
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
    username: str  # for the first sign-in's link and for display only
    name: str
    guest: bool = False  # a B2B guest account of the tenant (`acct` 1)
    home_tenant_id: str = ""  # a guest's own tenant, from `idp`


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
        monotonic: Callable[[], float] = time.monotonic,
    ):
        self.tenant_id = tenant_id
        self.client_id = client_id
        self.issuer = issuer
        self.audiences = [client_id, app_id_uri]
        self.tenants = {tenant_id, *allowed_tenants}
        self.keys = TenantKeys(
            jwks_url,
            cooldown_seconds=keys_cooldown_seconds,
            ca_bundle=ca_bundle,
            monotonic=monotonic,
        )

    def verify(self, token: str) -> EntraIdentity | AppIdentity:
        try:
            key = self.keys.signing_key(token)
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
        except KeysUnavailable as exc:
            raise Unauthenticated(f"The tenant's signing keys cannot be fetched: {exc}") from exc
        except UnknownKey as exc:
            raise Unauthenticated(f"Invalid bearer token: {exc}") from exc
        except jwt.PyJWTError as exc:
            raise Unauthenticated(f"Invalid bearer token: {exc}") from exc
        _well_formed(claims)
        tenant = claims["tid"]
        if tenant not in self.tenants or claims["iss"] not in self._issuers_for(tenant):
            raise Unauthenticated("Invalid bearer token: issued by another tenant")
        if "scp" not in claims and "roles" not in claims:
            raise Unauthenticated("An ID token is not an access token: ask for the API's scope")
        if "scp" not in claims:
            return self._application(claims)
        if SCOPE not in str(claims["scp"]).split():
            raise Forbidden(f"The token lacks the '{SCOPE}' scope")
        home = guest_home_tenant(claims)
        return EntraIdentity(
            tenant_id=tenant,
            object_id=claims["oid"],
            username=username_of(claims),
            name=str(claims.get("name", "")),
            guest=home is not None,
            home_tenant_id=home or tenant,
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


GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _well_formed(claims: dict) -> None:
    """Claims of the shapes Entra ID issues, before any is used (a validly signed token can
    still carry a list where a GUID belongs): 401, never a crash further on."""
    problems = [k for k in ("tid", "oid") if not _guid(claims.get(k))]
    if "scp" in claims and not isinstance(claims["scp"], str):
        problems.append("scp")
    roles = claims.get("roles")
    if roles is not None and not (
        isinstance(roles, list) and all(isinstance(r, str) and len(r) <= 200 for r in roles)
    ):
        problems.append("roles")
    for key in ("azp", "appid"):
        if key in claims and not (isinstance(claims[key], str) and len(claims[key]) <= 64):
            problems.append(key)
    for key in ("preferred_username", "upn", "unique_name", "email", "name", "idp"):
        if key in claims and not (isinstance(claims[key], str) and len(claims[key]) <= 320):
            problems.append(key)
    if problems:
        raise Unauthenticated(f"Invalid bearer token: malformed {', '.join(problems)}")


def _guid(value) -> bool:
    return isinstance(value, str) and GUID.fullmatch(value) is not None
