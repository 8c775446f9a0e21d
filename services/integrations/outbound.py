"""Outbound calls to URLs people give us (webhooks, Teams): allow-listed, pinned, forgetful.

A URL must be https, name a host ending in one of the configured suffixes, and resolve only to
public addresses. It is checked when it is given (a subscription, the configuration) and again
each time it is called; the connection then goes to the address just checked, so a name that
re-resolves to 127.0.0.1 between the check and the call (DNS rebinding) reaches nothing.
Redirects are never followed, and of the reply only the status is kept (docs/security.md).

Tests reach fakes on 127.0.0.1 through `Policy.allow_loopback`, which no DHR_* variable sets and
which the configuration refuses in production (services/config.py).
"""

from __future__ import annotations

import ipaddress
import json
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urlsplit

import certifi
from urllib3 import HTTPConnectionPool, HTTPSConnectionPool, Timeout
from urllib3.exceptions import HTTPError

Resolver = Callable[..., list]  # socket.getaddrinfo's shape
IP = ipaddress.IPv4Address | ipaddress.IPv6Address
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
# Ranges that is_global does not cover on every Python, or that carry an IPv4 address inside
# an IPv6 one (6to4, NAT64, Teredo): a route to a private network in disguise.
BLOCKED = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT
        "192.0.0.0/24",
        "198.18.0.0/15",
        "2002::/16",  # 6to4
        "64:ff9b::/96",  # NAT64
        "64:ff9b:1::/48",
        "2001::/32",  # Teredo
        "fc00::/7",  # unique local
        "fec0::/10",  # site local
    )
)


@dataclass(frozen=True)
class Policy:
    host_suffixes: tuple[str, ...]
    allow_loopback: bool = False  # tests only: see the module's docstring


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    path: str  # with the query string
    addresses: tuple[str, ...]  # checked addresses, in the resolver's order


class Refused(Exception):
    """The URL may not be called; the message says why, for a person to read."""


class Unresolved(Exception):
    """The host name did not resolve just now: worth another try later."""


def public(address: IP) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return public(address.ipv4_mapped)
    return address.is_global and not (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or any(address in network for network in BLOCKED if network.version == address.version)
    )


def static_problem(url: str, policy: Policy) -> str | None:
    """What is wrong with the URL itself (no name lookup), or None."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "not a valid URL"
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.username is not None or parts.password is not None:
        return "a URL may not carry a user name or password"
    if not host:
        return "the URL names no host"
    if policy.allow_loopback and host in LOOPBACK_NAMES and parts.scheme in ("http", "https"):
        return None
    if parts.scheme != "https":
        return "only https:// URLs are called"
    if port not in (None, 443):
        return "only the standard https port (443) is called"
    if not any(host.endswith(s) and host != s.lstrip(".") for s in policy.host_suffixes):
        return f"the host must end in one of: {', '.join(policy.host_suffixes)}"
    return None


def check(url: str, policy: Policy, resolver: Resolver = socket.getaddrinfo) -> Target:
    """The URL's target with its addresses, each of them checked; Refused or Unresolved."""
    problem = static_problem(url, policy)
    if problem:
        raise Refused(problem)
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")  # static_problem refused no host
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        found = resolver(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise Unresolved(f"{host} did not resolve: {exc}") from exc
    addresses = tuple(dict.fromkeys(info[4][0] for info in found))
    if not addresses:
        raise Unresolved(f"{host} has no address")
    loopback = policy.allow_loopback and host in LOOPBACK_NAMES
    for text in addresses:
        address = ipaddress.ip_address(text.split("%", 1)[0])
        if not (public(address) or (loopback and address.is_loopback)):
            raise Refused(f"{host} resolves to {address}, which is not a public address")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(parts.scheme, host, port, path, addresses)


def post(
    target: Target, body: dict, headers: dict, timeout: float, verify: bool | str = True
) -> tuple:
    """POSTs JSON to the checked address (never another); (status, HTTP reason, Retry-After).

    The reply's body is never read: nothing a receiver says is kept."""
    data = json.dumps(body).encode("utf-8")
    default = 443 if target.scheme == "https" else 80
    host_header = target.host if target.port == default else f"{target.host}:{target.port}"
    sent = {**headers, "Host": host_header, "Content-Type": "application/json"}
    error: Exception | None = None
    for address in target.addresses:
        try:
            with _pool(target, address, timeout, verify) as pool:
                reply = pool.urlopen(
                    "POST",
                    target.path,
                    body=data,
                    headers=sent,
                    redirect=False,
                    retries=False,
                    assert_same_host=False,
                    preload_content=False,
                )
                try:
                    return reply.status, _phrase(reply.status), reply.headers.get("Retry-After")
                finally:
                    reply.close()
        except (HTTPError, OSError) as exc:
            error = exc  # the next address of the name, if it has one
    raise ConnectionError(f"{target.host}: {type(error).__name__}: {error}")


def _pool(target: Target, address: str, timeout: float, verify: bool | str):
    common = {
        "host": address,
        "port": target.port,
        "timeout": Timeout(connect=timeout, read=timeout),
        "retries": False,
        "maxsize": 1,
    }
    if target.scheme != "https":
        return HTTPConnectionPool(**common)
    context = ssl.create_default_context(
        cafile=verify if isinstance(verify, str) else certifi.where()
    )
    if verify is False:
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    return HTTPSConnectionPool(
        **common,
        ssl_context=context,
        server_hostname=target.host,
        assert_hostname=target.host if verify is not False else False,
    )


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
