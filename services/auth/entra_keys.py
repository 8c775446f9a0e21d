"""The tenant's token-signing keys (its JWKS), cached so that withdrawn keys stop being trusted.

PyJWT's PyJWKClient keeps every key it has seen in an `lru_cache` that never expires, so a key the
tenant withdraws stays trusted until the process restarts. Here the whole published set is the
cache: it is fetched again by the first token after it is older than the cooldown (so at most
once per cooldown, whatever the traffic) and replaced as a whole: a rotated key is picked up and a
key the tenant no longer publishes is refused within `DHR_ENTRA_KEYS_COOLDOWN_SECONDS`. When the
tenant cannot be reached, the last set is used while it is younger than `STALE_LIMIT_SECONDS`;
after that every token is refused.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import jwt
import requests

STALE_LIMIT_SECONDS = 3600.0
TIMEOUT_SECONDS = 10


class KeysUnavailable(Exception):
    """The tenant's keys cannot be fetched and no recent copy is held."""


class UnknownKey(Exception):
    """The token names a key the tenant does not publish (any more)."""


class TenantKeys:
    def __init__(
        self,
        jwks_url: str,
        *,
        cooldown_seconds: float = 30.0,
        ca_bundle: str | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ):
        self.jwks_url = jwks_url
        self.cooldown = max(float(cooldown_seconds), 0.0)
        self._http = requests.Session()
        self._http.trust_env = False  # REQUESTS_CA_BUNDLE and proxies must not override `verify`
        self._http.verify = ca_bundle or True
        self._now = monotonic
        self._lock = threading.Lock()
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at: float | None = None
        self._tried_at: float | None = None

    def signing_key(self, token: str) -> jwt.PyJWK:
        """The published key the token's header names (`kid`)."""
        kid = jwt.get_unverified_header(token).get("kid")
        if not isinstance(kid, str) or not kid:
            raise UnknownKey("The token names no signing key (kid)")
        with self._lock:
            if self._due():
                self._refresh()
            key = self._keys.get(kid)
        if key is None:
            raise UnknownKey(f"The tenant does not publish the signing key {kid!r}")
        return key

    def _due(self) -> bool:
        """Fetched again once the set is older than the cooldown: that both picks up a rotated
        key and drops a withdrawn one, and bounds the fetches whatever the traffic."""
        return self._tried_at is None or self._now() - self._tried_at >= self.cooldown

    def _refresh(self) -> None:
        self._tried_at = self._now()
        try:
            self._keys = self._fetch()
        except (requests.RequestException, ValueError, jwt.PyJWTError) as exc:
            fetched = self._fetched_at
            if fetched is None or self._now() - fetched > STALE_LIMIT_SECONDS:
                self._keys = {}
                raise KeysUnavailable(str(exc)) from exc
            return  # keep the last set a while; the next cooldown tries again
        self._fetched_at = self._now()

    def _fetch(self) -> dict[str, jwt.PyJWK]:
        response = self._http.get(
            self.jwks_url, headers={"Accept": "application/json"}, timeout=TIMEOUT_SECONDS
        )
        response.raise_for_status()
        document = response.json()
        keys = {}
        for entry in document.get("keys", []):
            if entry.get("use", "sig") != "sig" or not entry.get("kid"):
                continue
            try:
                keys[entry["kid"]] = jwt.PyJWK(entry)
            except jwt.PyJWTError:
                continue  # a key type PyJWT cannot use signs nothing we accept
        return keys
