"""A resolver with a fixed table, in socket.getaddrinfo's shape: what a host name resolves to in
a test (nothing here reaches a real DNS server). A name it does not know fails as DNS would."""

from __future__ import annotations

import ipaddress
import socket

# Public addresses (Microsoft's ranges) for the flow hosts tests subscribe to; never connected.
FLOW_HOSTS = {
    "prod-01.uksouth.logic.azure.com": ["20.90.130.1"],
    "default.environment.api.powerplatform.com": ["20.90.130.2"],
}


class FakeDns:
    def __init__(self, names: dict[str, list[str]] | None = None):
        self.names = dict(FLOW_HOSTS if names is None else names)
        self.asked: list[str] = []

    def __call__(self, host, port, family=0, type=0, proto=0, flags=0):
        self.asked.append(host)
        try:  # an address literal resolves to itself, as with the real resolver
            return self._entries([str(ipaddress.ip_address(host))], port)
        except ValueError:
            pass
        if host == "localhost":
            return self._entries(["127.0.0.1"], port)
        if host not in self.names:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return self._entries(self.names[host], port)

    @staticmethod
    def _entries(addresses: list[str], port: int) -> list:
        found = []
        for text in addresses:
            kind = socket.AF_INET6 if ipaddress.ip_address(text).version == 6 else socket.AF_INET
            address = (text, port, 0, 0) if kind == socket.AF_INET6 else (text, port)
            found.append((kind, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", address))
        return found
