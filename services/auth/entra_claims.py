"""Who a verified Entra ID token names, read from the claims its version and account type carry.

A v2 token names the account in `preferred_username`; a v1 token (what Entra issues unless the app
registration sets `accessTokenAcceptedVersion: 2`) in `upn` and `unique_name`; a guest's v1 token
may carry only `email` (and `unique_name` as `live.com#alice@example.org`). A B2B guest's `upn`
in the resource tenant (`alice_partner.org#EXT#@contoso.onmicrosoft.com`) is not their address
and is never used. The username serves only the first sign-in's link to an invitation; from then
on `tid` + `oid` alone count.

A guest is marked by `acct` = 1, or by an `idp` naming another tenant's issuer
(`https://sts.windows.net/<home tenant>/`).
"""

from __future__ import annotations

import re

USERNAME_CLAIMS = ("preferred_username", "upn", "unique_name", "email")
GUEST_UPN_MARK = "#ext#"
ADDRESS = re.compile(r"[^@\s#]+@[^@\s#]+\.[^@\s#]+")
TENANT_IN_ISSUER = re.compile(
    r"https://[^/]+/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/"
)


def username_of(claims: dict) -> str:
    """The first claim that holds a plain address, lower-cased; "" when none does."""
    for name in USERNAME_CLAIMS:
        value = claims.get(name)
        if not isinstance(value, str) or GUEST_UPN_MARK in value.lower():
            continue
        # v1 guests: "live.com#alice@example.org" names the identity provider before the '#'
        candidate = value.rsplit("#", 1)[-1].strip().lower()
        if ADDRESS.fullmatch(candidate):
            return candidate
    return ""


def guest_home_tenant(claims: dict) -> str | None:
    """A guest's home tenant id ("" when its identity provider is not an Entra tenant, e.g. a
    Microsoft account); None for a member of the token's tenant."""
    idp = claims.get("idp")
    home = None
    if isinstance(idp, str):
        found = TENANT_IN_ISSUER.match(idp)
        home = found.group(1).lower() if found else ""
        if home == str(claims.get("tid", "")).lower() or idp == claims.get("iss"):
            home = None
    if home is None and str(claims.get("acct", "")) == "1":
        home = ""
    return home
