"""Embedded-mode sign-in: short-lived HS256 tokens signed with a key generated into the data dir."""

from __future__ import annotations

import os
import re
import secrets
import time
from pathlib import Path

import jwt

from services.domain.errors import Unauthenticated

ISSUER, AUDIENCE = "dhr-dev-sign-in", "dhr-api"
SUBJECT = re.compile(r"[1-9][0-9]{0,9}")
MAX_ID = 2**31 - 1


def load_or_create_key(data_dir: Path) -> bytes:
    path = data_dir / "dev-signing.key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return bytes.fromhex(path.read_text().strip())


class DevTokens:
    """Issues and verifies the dev sign-in's bearer tokens (TokenIssuer and TokenVerifier)."""

    def __init__(self, key: bytes, ttl_seconds: int):
        self._key = key
        self._ttl = ttl_seconds

    def issue(self, person_id: int) -> dict:
        now = int(time.time())
        claims = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": str(person_id),
            "iat": now,
            "exp": now + self._ttl,
            "jti": secrets.token_hex(8),
        }
        token = jwt.encode(claims, self._key, algorithm="HS256")
        return {"access_token": token, "token_type": "Bearer", "expires_in": self._ttl}

    def verify(self, token: str) -> int:
        try:
            claims = jwt.decode(
                token,
                self._key,
                algorithms=["HS256"],
                audience=AUDIENCE,
                issuer=ISSUER,
                options={"require": ["exp", "sub", "iss", "aud"]},
            )
        except jwt.PyJWTError as exc:
            raise Unauthenticated(f"Invalid bearer token: {exc}") from exc
        subject = claims["sub"]
        # A person id: a short decimal string within the database's integer range.
        if not isinstance(subject, str) or not SUBJECT.fullmatch(subject):
            raise Unauthenticated("Invalid bearer token: malformed subject")
        person_id = int(subject)
        if not 0 < person_id <= MAX_ID:
            raise Unauthenticated("Invalid bearer token: malformed subject")
        return person_id
