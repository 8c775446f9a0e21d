"""On-behalf-of tokens: SharePoint called as the signed-in person, not as the app.

MSAL does not cache on-behalf-of results, so we do: per incoming token and scope, until five
minutes before expiry. The MSAL client is the process's one ConfidentialClientApplication (shared
with the app-only tokens). Entra's refusals become what the task pane can act on: an expired
assertion is 401 (get a fresh token), a Conditional Access or MFA demand is 403 with the
`claims` challenge to pass back to MSAL.js, missing consent is 403.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable

import msal

from services.auth.app_tokens import EXPIRY_MARGIN_SECONDS
from services.domain.errors import ClaimsChallenge, Forbidden, LibraryUnavailable, Unauthenticated


class UserTokens:
    def __init__(self, client: Callable[[], msal.ConfidentialClientApplication], scope: str):
        self._client = client  # asked each time: the app's client is rebuilt on renewal
        self._scope = scope
        self._cache: dict[str, tuple[float, str]] = {}
        self._lock = threading.Lock()

    def provider(self, assertion: str) -> Callable[[], dict]:
        """A token source for office365-rest-python-client, acting for the assertion's person."""
        return lambda: self.token(assertion)

    def token(self, assertion: str) -> dict:
        key = hashlib.sha256(f"{self._scope}\n{assertion}".encode()).hexdigest()
        now = time.monotonic()
        with self._lock:
            cached = self._cache.get(key)
            if cached and cached[0] > now:
                return _bearer(cached[1], cached[0] - now)
            self._cache = {k: v for k, v in self._cache.items() if v[0] > now}  # drop stale ones
        result = self._client().acquire_token_on_behalf_of(assertion, scopes=[self._scope])
        if "access_token" not in result:
            raise _refusal(result)
        lifetime = max(int(result.get("expires_in", 0)) - EXPIRY_MARGIN_SECONDS, 1)
        with self._lock:
            self._cache[key] = (now + lifetime, result["access_token"])
        return _bearer(result["access_token"], lifetime)

    def invalidate(self) -> None:
        with self._lock:
            self._cache.clear()


def _bearer(token: str, seconds: float) -> dict:
    return {"access_token": token, "token_type": "Bearer", "expires_in": int(seconds)}


def _refusal(result: dict) -> Exception:
    error, text = result.get("error", ""), result.get("error_description", "")
    if "AADSTS500133" in text or "AADSTS700024" in text:
        return Unauthenticated("Your sign-in has expired: sign in again")
    if result.get("claims") or error == "interaction_required":
        return ClaimsChallenge(
            "Your organisation needs you to sign in again (for example with MFA)",
            result.get("claims", ""),
        )
    if "AADSTS65001" in text or error == "consent_required":
        return Forbidden("Consent is needed for the add-in to use SharePoint for you")
    return LibraryUnavailable(f"Entra ID refused the on-behalf-of token: {error}: {text[:200]}")
